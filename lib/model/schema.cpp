// The description of each file kind (vap/schema.hpp). The order of a section's fields is the
// order in which messages list them ("allowed keys: ..."), starter files and forms ask for them,
// and FORMAT.md's tables show them.
#include "vap/schema.hpp"

#include "vap/model.hpp"

#include <array>
#include <stdexcept>

namespace vap::schema {
namespace {

using CK = CatalogKind;
using T = Type;

constexpr Field version{.key = "vap",
                        .type = T::version,
                        .doc = "the file format's number; another number than 1 is an error",
                        .example = "1"};

// ---- municipality ----
constexpr Field municipality_fields[] = {
    {.key = "id",
     .label = "wb_id",
     .doc = "a slug (lower-case Latin letters, digits, '-'); default: the folder's name",
     .example = "jany-jol"},
    {.key = "name",
     .required = true,
     .label = "wb_name",
     .doc = "the municipality's name",
     .example = "Жаңы-Жол айыл аймагы"},
    {.key = "region", .label = "wb_region", .doc = "oblast", .example = "Жалал-Абад облусу"},
    {.key = "district", .label = "wb_district", .doc = "rayon", .example = "Аксы району"},
    {.key = "villages",
     .type = T::texts,
     .required = true,
     .label = "wb_village",
     .doc = "its villages: sessions, groups and maps refer to these",
     .example = "Жаңы-Жол"},
    {.key = "population",
     .type = T::whole,
     .max = 100'000'000,
     .label = "wb_population",
     .doc = "inhabitants",
     .example = "12400"},
    {.key = "priorities",
     .type = T::whole,
     .min = 1,
     .max = 1000,
     .label = "wb_priorities",
     .doc = "how many top problems the plan takes (default 5)",
     .example = "5"},
    {.key = "lang",
     .type = T::choice,
     .choices = "ky|ru|en",
     .label = "wb_lang",
     .doc = "the language of its reports (default ky)",
     .example = "ky"},
};
constexpr Section municipality_section{"municipality", municipality_fields};

constexpr Field budget_fields[] = {
    {.key = "year",
     .type = T::whole,
     .min = k_first_year,
     .max = k_last_year,
     .label = "wb_year",
     .doc = "the budget's year",
     .example = "2015"},
    {.key = "unit",
     .label = "wb_unit",
     .doc = "printed beside amounts",
     .example = "миң сом"},
    {.key = "revenue",
     .type = T::amounts,
     .catalog = CK::budget_items,
     .has_catalog = true,
     .max = 1e12,
     .label = "wb_revenue",
     .doc = "budget item: amount",
     .example = "land-tax: 1250.0"},
    {.key = "expenditure",
     .type = T::amounts,
     .catalog = CK::budget_items,
     .has_catalog = true,
     .max = 1e12,
     .label = "wb_expenditure",
     .doc = "budget item: amount",
     .example = "education: 2100"},
    {.key = "plan_envelope",
     .type = T::number,
     .max = 1e12,
     .label = "wb_envelope",
     .doc = "what the local budget sets aside for the plan (`vap budget`)",
     .example = "900"},
};
constexpr Section budget_section{"budget", budget_fields};

constexpr Field catalog_entry_fields[] = {
    {.key = "id",
     .required = true,
     .label = "wb_id",
     .doc = "ASCII slug",
     .example = "ultrasound"},
    {.key = "ky", .label = "wb_label_ky", .doc = "Kyrgyz label", .example = "УЗИ аппараты"},
    {.key = "ru", .label = "wb_label_ru", .doc = "Russian label", .example = "Аппарат УЗИ"},
    {.key = "en", .label = "wb_label_en", .doc = "English label", .example = "Ultrasound machine"},
    {.key = "synonyms",
     .type = T::texts,
     .label = "wb_synonyms",
     .doc = "other names that match it",
     .example = "УЗИ"},
    {.key = "lsg_issue",
     .type = T::whole,
     .min = 1,
     .max = 23,
     .label = "wb_lsg_issue",
     .doc = "problems: its issue of local importance (article 18)",
     .example = "7"},
    {.key = "gender",
     .type = T::choice,
     .choices = "female|male|mixed",
     .label = "wb_gender",
     .doc = "groups: female | male | mixed",
     .example = "female"},
    {.key = "side",
     .type = T::choice,
     .choices = "revenue|expenditure",
     .label = "wb_side",
     .doc = "budget items: revenue | expenditure",
     .example = "revenue"},
    {.key = "problem",
     .label = "wb_problem",
     .doc = "map categories: the problem a poor object points to",
     .example = "drinking-water"},
    {.key = "type",
     .type = T::choice,
     .choices = "community-group|local-institution|external",
     .label = "wb_type",
     .doc = "institutions: its usual type",
     .example = "local-institution"},
};
constexpr Section catalog_entry_section{"catalog", catalog_entry_fields};

constexpr Field municipality_top[] = {
    version,
    {.key = "municipality",
     .type = T::record,
     .required = true,
     .doc = "the municipality",
     .section = &municipality_section},
    {.key = "catalog",
     .type = T::catalogs,
     .label = "wb_sheet_catalog",
     .doc = "its own catalog entries, added to the shipped catalogs",
     .section = &catalog_entry_section},
    {.key = "lang",
     .type = T::choice,
     .choices = "ky|ru|en",
     .label = "wb_lang",
     .doc = "the language of its reports (default ky)",
     .example = "ky"},
    {.key = "budget",
     .type = T::record,
     .label = "wb_sheet_budget",
     .doc = "the approved local budget",
     .section = &budget_section},
};
constexpr Section municipality_file{"file", municipality_top};

// ---- session ----
constexpr Field session_fields[] = {
    {.key = "date",
     .type = T::date,
     .required = true,
     .label = "wb_date",
     .doc = "the day of the session",
     .example = "2015-03-02"},
    {.key = "village",
     .required = true,
     .label = "wb_village",
     .doc = "one of the municipality's villages",
     .example = "Кербен"},
    {.key = "group",
     .type = T::name,
     .required = true,
     .catalog = CK::groups,
     .has_catalog = true,
     .label = "wb_group",
     .doc = "the gender–age group (or the municipality's own)",
     .example = "young-women"},
    {.key = "participants",
     .type = T::count,
     .required = true,
     .max = 1e9,
     .label = "wb_participants",
     .doc = "how many took part, or {women: n, men: n}",
     .example = "14"},
    {.key = "facilitator",
     .label = "wb_facilitator",
     .doc = "who ran it",
     .example = "Айгүл Т."},
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = "жаан жаады"},
};
constexpr Section session_section{"session", session_fields};

constexpr Field map_fields[] = {
    {.key = "name",
     .required = true,
     .label = "wb_object",
     .doc = "the object",
     .example = "№2 орто мектеп"},
    {.key = "category",
     .type = T::name,
     .required = true,
     .catalog = CK::map_categories,
     .has_catalog = true,
     .label = "wb_category",
     .doc = "what kind of object",
     .example = "school"},
    {.key = "condition",
     .type = T::name,
     .catalog = CK::conditions,
     .has_catalog = true,
     .label = "wb_condition",
     .doc = "good | fair | poor | absent",
     .example = "poor"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = "чатыры агат"},
    {.key = "location",
     .type = T::location,
     .label = "wb_location",
     .doc = "latitude, longitude (WGS 84)",
     .example = "[41.95, 72.91]"},
};
constexpr Section map_section{"map", map_fields};

constexpr Field venn_fields[] = {
    {.key = "name",
     .type = T::name,
     .required = true,
     .catalog = CK::institutions,
     .has_catalog = true,
     .label = "wb_institution",
     .doc = "the institution or group",
     .example = "Айыл өкмөтү"},
    {.key = "type",
     .type = T::name,
     .required = true,
     .catalog = CK::institution_types,
     .has_catalog = true,
     .label = "wb_type",
     .doc = "community-group | local-institution | external",
     .example = "local-institution"},
    {.key = "importance",
     .type = T::whole,
     .required = true,
     .min = 1,
     .max = 5,
     .label = "wb_importance",
     .doc = "the circle's size",
     .example = "5"},
    {.key = "closeness",
     .type = T::whole,
     .required = true,
     .min = 1,
     .max = 5,
     .label = "wb_closeness",
     .doc = "5 = close to and reachable by the community",
     .example = "4"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section venn_section{"venn", venn_fields};

constexpr Field pie_fields[] = {
    {.key = "revenue",
     .type = T::amounts,
     .catalog = CK::budget_items,
     .has_catalog = true,
     .max = 1e9,
     .label = "wb_revenue",
     .doc = "perceived share per item (percent, beans or counts)",
     .example = "land-tax: 40"},
    {.key = "expenditure",
     .type = T::amounts,
     .catalog = CK::budget_items,
     .has_catalog = true,
     .max = 1e9,
     .label = "wb_expenditure",
     .doc = "perceived share per item",
     .example = "education: 50"},
};
constexpr Section pie_section{"pie", pie_fields};

constexpr Field gallery_fields[] = {
    {.key = "dots",
     .type = T::whole,
     .min = 1,
     .max = 100,
     .label = "wb_dots",
     .doc = "dots per participant (default 3)",
     .example = "3"},
    {.key = "votes",
     .type = T::votes,
     .catalog = CK::problems,
     .has_catalog = true,
     .max = 1e9,
     .label = "wb_sheet_gallery",
     .doc = "problem: dots counted (or {women: n, men: n})",
     .example = "Ичүүчү суу: 12"},
    {.key = "ballots",
     .type = T::ballots,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_sheet_ballots",
     .doc = "instead of votes: one list of problems per participant",
     .example = "[Ичүүчү суу, Ичүүчү суу, Жолдор]"},
};
constexpr Section gallery_section{"gallery", gallery_fields};

constexpr Field session_top[] = {
    version,
    {.key = "session",
     .type = T::record,
     .required = true,
     .doc = "who met, where and when",
     .section = &session_section},
    {.key = "map",
     .type = T::list,
     .label = "wb_sheet_map",
     .doc = "Картирлөө: village resources",
     .section = &map_section},
    {.key = "venn",
     .type = T::list,
     .label = "wb_sheet_venn",
     .doc = "Венн диаграммасы: institutions and groups",
     .section = &venn_section},
    {.key = "pie",
     .type = T::record,
     .label = "wb_sheet_pie",
     .doc = "Токоч: the group's picture of the local budget",
     .section = &pie_section},
    {.key = "gallery",
     .type = T::record,
     .label = "wb_sheet_gallery",
     .doc = "Көйгөйлөр галереясы: dot voting on problems",
     .section = &gallery_section},
};
constexpr Section session_file{"file", session_top};

// ---- causes ----
constexpr Field solution_fields[] = {
    {.key = "action",
     .required = true,
     .label = "wb_solution",
     .doc = "what can be done",
     .example = "Мектептин алдында даярдоо классын уюштуруу"},
    {.key = "by",
     .type = T::name,
     .catalog = CK::solvers,
     .has_catalog = true,
     .label = "wb_by",
     .doc = "community | lsg | external | none",
     .example = "community"},
    {.key = "contributions",
     .type = T::pairs,
     .label = "wb_contributions",
     .doc = "stakeholder: what they bring",
     .example = "Мектеп: класс"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section solution_section{"solutions", solution_fields};

constexpr Field cause_problem_fields[] = {
    {.key = "problem",
     .type = T::name,
     .required = true,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "a problem, as in the gallery",
     .example = "Мектепке даярдык начар"},
    {.key = "causes",
     .type = T::texts,
     .label = "wb_causes",
     .doc = "its causes",
     .example = "Квалификациялуу адистер жок"},
    {.key = "effects",
     .type = T::texts,
     .label = "wb_effects",
     .doc = "its effects",
     .example = "Балдар мектепке көнбөйт"},
    {.key = "solutions",
     .type = T::list,
     .label = "wb_solution",
     .doc = "what can be done, by whom (or just the action)",
     .section = &solution_section,
     .shorthand = "action"},
    {.key = "note", .label = "wb_problem_note", .doc = "free text", .example = ""},
};
constexpr Section cause_problem_section{"problems", cause_problem_fields};

constexpr Field causes_fields[] = {
    {.key = "date",
     .type = T::date,
     .label = "wb_date",
     .doc = "the day of the focus group",
     .example = "2015-03-20"},
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "facilitator",
     .label = "wb_facilitator",
     .doc = "who ran it",
     .example = "Айгүл Т."},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
    {.key = "problems",
     .type = T::list,
     .required = true,
     .label = "wb_problem",
     .doc = "one entry per priority problem",
     .section = &cause_problem_section},
};
constexpr Section causes_section{"causes", causes_fields};

constexpr Field causes_top[] = {
    version,
    {.key = "causes",
     .type = T::record,
     .required = true,
     .doc = "the cause–effect focus group",
     .section = &causes_section},
};
constexpr Section causes_file{"file", causes_top};

// ---- plan ----
constexpr Field member_fields[] = {
    {.key = "name", .required = true, .label = "wb_member", .doc = "who", .example = "Исанов А."},
    {.key = "gender",
     .type = T::name,
     .catalog = CK::genders,
     .has_catalog = true,
     .label = "wb_gender",
     .doc = "female | male",
     .example = "male"},
    {.key = "village",
     .label = "wb_village",
     .doc = "one of the municipality's villages",
     .example = "Кербен"},
    {.key = "role",
     .type = T::name,
     .catalog = CK::roles,
     .has_catalog = true,
     .label = "wb_role",
     .doc = "lsg-staff | deputy | community | organization",
     .example = "community"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section member_section{"members", member_fields};

constexpr Field group_fields[] = {
    {.key = "leader",
     .label = "wb_leader",
     .doc = "who leads the group",
     .example = "Исанов А."},
    {.key = "members",
     .type = T::list,
     .label = "wb_sheet_group",
     .doc = "one entry per member (or just the name)",
     .section = &member_section,
     .shorthand = "name"},
    {.key = "note", .label = "wb_group_note", .doc = "free text", .example = ""},
};
constexpr Section group_section{"initiative_group", group_fields};

constexpr Field beneficiaries_fields[] = {
    {.key = "direct",
     .type = T::whole,
     .max = 1e9,
     .label = "wb_direct",
     .doc = "people served directly",
     .example = "1000"},
    {.key = "indirect",
     .type = T::whole,
     .max = 1e9,
     .label = "wb_indirect",
     .doc = "people served indirectly",
     .example = "500"},
};
constexpr Section beneficiaries_section{"beneficiaries", beneficiaries_fields};

constexpr Field task_fields[] = {
    {.key = "task",
     .required = true,
     .label = "wb_task",
     .doc = "the task (милдет)",
     .example = "Долбоорду даярдоо"},
    {.key = "activities",
     .type = T::texts,
     .label = "wb_activities",
     .doc = "its activities",
     .example = "Комиссия түзүү"},
    {.key = "results",
     .type = T::texts,
     .label = "wb_results",
     .doc = "results / indicators",
     .example = "Долбоор түзүлдү"},
    {.key = "start",
     .type = T::month,
     .label = "wb_start",
     .doc = "YYYY-MM or a date",
     .example = "2014-06"},
    {.key = "end",
     .type = T::month,
     .label = "wb_end",
     .doc = "YYYY-MM or a date",
     .example = "2014-06"},
    {.key = "responsible",
     .type = T::texts,
     .label = "wb_responsible",
     .doc = "who answers for it",
     .example = "Юсупов К."},
    {.key = "beneficiaries",
     .type = T::record,
     .label = "wb_direct",
     .doc = "people served: {direct: n, indirect: n}, or one number (direct)",
     .section = &beneficiaries_section,
     .shorthand = "direct"},
    {.key = "funding",
     .type = T::amounts,
     .catalog = CK::funding_sources,
     .has_catalog = true,
     .max = 1e12,
     .label = "wb_funding",
     .doc = "source: amount in the plan's unit",
     .example = "local-budget: 300.0"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section task_section{"tasks", task_fields};

constexpr Field plan_problem_fields[] = {
    {.key = "problem",
     .type = T::name,
     .required = true,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "the priority problem",
     .example = "Ичүүчү суу"},
    {.key = "statement",
     .label = "wb_statement",
     .doc = "the problem as the community states it",
     .example = "1000 жаранга таза суу жеткиликтүү эмес"},
    {.key = "goal",
     .required = true,
     .label = "wb_goal",
     .doc = "what the plan will change",
     .example = "1000 жаранды таза суу менен камсыз кылуу"},
    {.key = "initiative_group",
     .type = T::record,
     .label = "wb_sheet_group",
     .doc = "the initiative group (демилгелүү топ)",
     .section = &group_section},
    {.key = "tasks",
     .type = T::list,
     .label = "wb_task",
     .doc = "its tasks, with the seed's columns",
     .section = &task_section},
    {.key = "assembly",
     .type = T::date,
     .label = "wb_assembly_date",
     .doc = "the day of the assembly (жыйын) that agreed it",
     .example = "2014-04-05"},
    {.key = "note", .label = "wb_problem_note", .doc = "free text", .example = ""},
};
constexpr Section plan_problem_section{"problems", plan_problem_fields};

constexpr Field plan_fields[] = {
    {.key = "year",
     .type = T::whole,
     .min = k_first_year,
     .max = k_last_year,
     .label = "wb_year",
     .doc = "the plan's first year",
     .example = "2014"},
    {.key = "unit", .label = "wb_unit", .doc = "the unit of amounts", .example = "миң сом"},
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
    {.key = "problems",
     .type = T::list,
     .required = true,
     .label = "wb_problem",
     .doc = "one entry per priority problem",
     .section = &plan_problem_section},
};
constexpr Section plan_section{"plan", plan_fields};

constexpr Field plan_top[] = {
    version,
    {.key = "plan",
     .type = T::record,
     .required = true,
     .doc = "the joint action plan (БАП)",
     .section = &plan_section},
};
constexpr Section plan_file{"file", plan_top};

// ---- monitoring ----
constexpr Field team_fields[] = {
    {.key = "name",
     .required = true,
     .label = "wb_team_member",
     .doc = "who",
     .example = "Баринова Л."},
    {.key = "gender",
     .type = T::name,
     .catalog = CK::genders,
     .has_catalog = true,
     .label = "wb_gender",
     .doc = "female | male",
     .example = "female"},
    {.key = "village",
     .label = "wb_village",
     .doc = "one of the municipality's villages",
     .example = "Кербен"},
    {.key = "role",
     .type = T::name,
     .catalog = CK::roles,
     .has_catalog = true,
     .label = "wb_role",
     .doc = "lsg-staff | deputy | community | organization",
     .example = "community"},
};
constexpr Section team_section{"team", team_fields};

constexpr Field indicator_fields[] = {
    {.key = "name",
     .required = true,
     .label = "wb_indicator",
     .doc = "what is measured",
     .example = "Орнотулган колонкалар"},
    {.key = "baseline",
     .type = T::number,
     .max = 1e12,
     .label = "wb_baseline",
     .doc = "where it stood before the plan",
     .example = "0"},
    {.key = "target",
     .type = T::number,
     .max = 1e12,
     .label = "wb_target",
     .doc = "what the plan aims at",
     .example = "20"},
    {.key = "actual",
     .type = T::number,
     .max = 1e12,
     .label = "wb_actual",
     .doc = "where it stands at the round's date",
     .example = "12"},
    {.key = "unit", .label = "wb_unit", .doc = "its unit", .example = "даана"},
};
constexpr Section indicator_section{"indicators", indicator_fields};

constexpr Field report_fields[] = {
    {.key = "task",
     .required = true,
     .label = "wb_task",
     .doc = "a task of the plan, by its title",
     .example = "Долбоорду ишке ашыруу"},
    {.key = "problem",
     .type = T::name,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "needed only when two problems have a task of that title",
     .example = "Ичүүчү суу"},
    {.key = "status",
     .type = T::name,
     .required = true,
     .catalog = CK::statuses,
     .has_catalog = true,
     .label = "wb_status",
     .doc = "not-started | in-progress | done | delayed | cancelled",
     .example = "in-progress"},
    {.key = "progress",
     .type = T::number,
     .max = 100,
     .label = "wb_progress",
     .doc = "percent done at the round's date",
     .example = "60"},
    {.key = "spent",
     .type = T::amounts,
     .catalog = CK::funding_sources,
     .has_catalog = true,
     .max = 1e12,
     .label = "wb_spent",
     .doc = "source: amount spent to date",
     .example = "local-budget: 250"},
    {.key = "indicators",
     .type = T::list,
     .label = "wb_sheet_indicators",
     .doc = "its indicators",
     .section = &indicator_section},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section report_section{"tasks", report_fields};

constexpr Field survey_fields[] = {
    {.key = "service",
     .required = true,
     .label = "wb_service",
     .doc = "the service people were asked about",
     .example = "Ичүүчү суу"},
    {.key = "group",
     .type = T::name,
     .catalog = CK::groups,
     .has_catalog = true,
     .label = "wb_group",
     .doc = "the respondents' group, when the survey was split",
     .example = "older-women"},
    {.key = "village",
     .label = "wb_village",
     .doc = "the respondents' village, when the survey was split",
     .example = "Кербен"},
    {.key = "scale",
     .type = T::whole,
     .min = 2,
     .max = 10,
     .label = "wb_scale",
     .doc = "the highest score (default 5)",
     .example = "5"},
    {.key = "answers",
     .type = T::scores,
     .required = true,
     .max = 100'000'000,
     .label = "wb_answers",
     .doc = "score: how many answered it",
     .example = "{5: 40, 4: 25, 3: 10}"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section survey_section{"surveys", survey_fields};

constexpr Field monitoring_fields[] = {
    {.key = "date",
     .type = T::date,
     .required = true,
     .label = "wb_date",
     .doc = "the round's date",
     .example = "2015-03-01"},
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "team",
     .type = T::list,
     .label = "wb_sheet_team",
     .doc = "the monitoring group (БМжБ тобу)",
     .section = &team_section},
    {.key = "tasks",
     .type = T::list,
     .label = "wb_task",
     .doc = "the state of the plan's tasks",
     .section = &report_section},
    {.key = "surveys",
     .type = T::list,
     .label = "wb_sheet_surveys",
     .doc = "satisfaction with a service",
     .section = &survey_section},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
};
constexpr Section monitoring_section{"monitoring", monitoring_fields};

constexpr Field monitoring_top[] = {
    version,
    {.key = "monitoring",
     .type = T::record,
     .required = true,
     .doc = "one round of joint monitoring (БМжБ)",
     .section = &monitoring_section},
};
constexpr Section monitoring_file{"file", monitoring_top};

// ---- assembly ----
constexpr Field assembly_village_fields[] = {
    {.key = "village",
     .required = true,
     .label = "wb_village",
     .doc = "a village of the municipality",
     .example = "Жаңы-Жол"},
    {.key = "participants",
     .type = T::count,
     .required = true,
     .max = 1e9,
     .label = "wb_participants",
     .doc = "who came: a number, or {women: n, men: n}",
     .example = "{women: 48, men: 50}"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section assembly_village_section{"villages", assembly_village_fields};

constexpr Field proposal_fields[] = {
    {.key = "problem",
     .type = T::name,
     .required = true,
     .catalog = CK::problems,
     .has_catalog = true,
     .label = "wb_problem",
     .doc = "the proposal, by the problem it answers",
     .example = "Ичүүчү суу"},
    {.key = "yes",
     .type = T::whole,
     .required = true,
     .max = 1e9,
     .label = "wb_yes",
     .doc = "votes for",
     .example = "150"},
    {.key = "no",
     .type = T::whole,
     .required = true,
     .max = 1e9,
     .label = "wb_no",
     .doc = "votes against",
     .example = "20"},
    {.key = "abstain",
     .type = T::whole,
     .max = 1e9,
     .label = "wb_abstain",
     .doc = "abstentions (default 0)",
     .example = "10"},
    {.key = "amendment",
     .label = "wb_amendment",
     .doc = "what the assembly changed, when it did",
     .example = "Кербенге чейин гана"},
    {.key = "note", .label = "wb_note", .doc = "free text", .example = ""},
};
constexpr Section proposal_section{"proposals", proposal_fields};

constexpr Field assembly_fields[] = {
    {.key = "municipality",
     .label = "wb_municipality",
     .doc = "the municipality's id or name, when the file is not in its folder",
     .example = "jany-jol"},
    {.key = "date",
     .type = T::date,
     .required = true,
     .label = "wb_date",
     .doc = "the day of the assembly",
     .example = "2015-04-18"},
    {.key = "rule",
     .type = T::choice,
     .choices = "simple|absolute|two_thirds",
     .label = "wb_rule",
     .doc = "the majority a proposal needs (default simple)",
     .example = "simple"},
    {.key = "deputies",
     .type = T::whole,
     .max = 1e6,
     .label = "wb_deputies",
     .doc = "council deputies present",
     .example = "9"},
    {.key = "staff",
     .type = T::whole,
     .max = 1e6,
     .label = "wb_staff",
     .doc = "ayil okmotu staff present",
     .example = "5"},
    {.key = "villages",
     .type = T::list,
     .label = "wb_sheet_assembly",
     .doc = "who came, by village",
     .section = &assembly_village_section},
    {.key = "proposals",
     .type = T::list,
     .label = "wb_sheet_votes",
     .doc = "one vote per proposal, one person one vote",
     .section = &proposal_section},
    {.key = "note", .label = "wb_file_note", .doc = "free text", .example = ""},
};
constexpr Section assembly_section{"assembly", assembly_fields};

constexpr Field assembly_top[] = {
    version,
    {.key = "assembly",
     .type = T::record,
     .required = true,
     .doc = "the assembly (жыйын) that agrees the plan",
     .section = &assembly_section},
};
constexpr Section assembly_file{"file", assembly_top};

constexpr std::array<Kind, 6> k_kinds{{
    {FileKind::municipality, "municipality", &municipality_file},
    {FileKind::session, "session", &session_file},
    {FileKind::causes, "causes", &causes_file},
    {FileKind::plan, "plan", &plan_file},
    {FileKind::monitoring, "monitoring", &monitoring_file},
    {FileKind::assembly, "assembly", &assembly_file},
}};

} // namespace

const Field* Section::find(std::string_view k) const {
  for (const auto& f : fields)
    if (f.key == k) return &f;
  return nullptr;
}

std::span<const Kind> kinds() {
  return k_kinds;
}

const Kind& kind(FileKind k) {
  for (const auto& d : k_kinds)
    if (d.kind == k) return d;
  throw std::logic_error("schema: no description of this file kind");
}

const Section& main_section(FileKind k) {
  const Kind& d = kind(k);
  return *d.top->find(d.key)->section;
}

const Field* field_at(FileKind k, std::string_view path) {
  const Section* s = kind(k).top;
  const Field* f = nullptr;
  while (!path.empty()) {
    if (!s) return nullptr;
    const std::size_t dot = path.find('.');
    f = s->find(path.substr(0, dot));
    if (!f) return nullptr;
    s = f->section;
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return f;
}

const Section* section_at(FileKind k, std::string_view path) {
  if (path.empty()) return kind(k).top;
  const Field* f = field_at(k, path);
  return f ? f->section : nullptr;
}

std::string_view type_word(Type t) {
  switch (t) {
  case T::text:
    return "text";
  case T::name:
    return "name";
  case T::choice:
    return "one of";
  case T::whole:
    return "whole number";
  case T::number:
    return "number";
  case T::date:
    return "date";
  case T::month:
    return "month or date";
  case T::count:
    return "count";
  case T::texts:
    return "list of text";
  case T::location:
    return "[latitude, longitude]";
  case T::amounts:
    return "name: amount";
  case T::scores:
    return "score: how many";
  case T::votes:
    return "problem: dots";
  case T::ballots:
    return "list of ballots";
  case T::pairs:
    return "who: what";
  case T::record:
    return "mapping";
  case T::list:
    return "list";
  case T::catalogs:
    return "catalog entries";
  case T::version:
    return "format number";
  }
  return "";
}

} // namespace vap::schema
