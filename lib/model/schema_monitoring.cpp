// The description of the monitoring file (vap/schema.hpp), one of schema.cpp's kinds.
#include "schema_kinds.hpp"

namespace vap::schema {
namespace {

using CK = CatalogKind;
using T = Type;

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

} // namespace

extern constexpr Section monitoring_file{"file", monitoring_top};

} // namespace vap::schema
