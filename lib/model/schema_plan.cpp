// The description of the plan file (vap/schema.hpp), one of schema.cpp's kinds.
#include "schema_kinds.hpp"

namespace vap::schema {
namespace {

using CK = CatalogKind;
using T = Type;

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
    {.key = "leader", .label = "wb_leader", .doc = "who leads the group", .example = "Исанов А."},
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

} // namespace

extern constexpr Section plan_file{"file", plan_top};

} // namespace vap::schema
