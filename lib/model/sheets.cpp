// The workbook's sheets (vap/sheets.hpp). A column's words are its field's (schema.cpp) unless
// it says others; `#number`, `#session`, `#key`, `#name` and `#value` are the columns that are
// no field: a session's number, the session a row belongs to, the keyed rows' key, and a
// 'name: number' line's name and number.
#include "vap/sheets.hpp"

#include <array>

namespace vap::sheets {
namespace {

using L = Level;
using K = FileKind;

constexpr Column municipality_columns[] = {
    {L::file, "municipality.id"},
    {L::file, "municipality.name"},
    {L::file, "municipality.region"},
    {L::file, "municipality.district"},
    {L::file, "municipality.population"},
    {L::file, "municipality.priorities"},
    {L::file, "lang"},
    {L::file, "municipality.villages"},
};
constexpr std::string_view municipality_signature[] = {"wb_field", "wb_value"};

constexpr Column catalog_columns[] = {
    {L::row, "#key", "wb_catalog_kind"},
    {L::row, "id"},
    {L::row, "ky"},
    {L::row, "ru"},
    {L::row, "en"},
    {L::row, "synonyms"},
    {L::row, "lsg_issue"},
    {L::row, "gender"},
    {L::row, "side"},
    {L::row, "problem"},
    {L::row, "type"},
};
constexpr std::string_view catalog_signature[] = {"wb_catalog_kind", "wb_id"};

constexpr Column budget_columns[] = {
    {L::file, "budget.year"},    {L::file, "budget.unit"},     {L::file, "budget.plan_envelope"},
    {L::row, "#key", "wb_side"}, {L::row, "#name", "wb_item"}, {L::row, "#value", "wb_amount"},
};
constexpr std::string_view budget_signature[] = {"wb_side", "wb_amount"};

constexpr Column sessions_columns[] = {
    {L::row, "#number", "wb_number"}, {L::row, "session.date"},
    {L::row, "session.village"},      {L::row, "session.group"},
    {L::row, "session.participants"}, {L::row, "session.facilitator"},
    {L::row, "gallery.dots"},         {L::row, "session.note"},
};
constexpr std::string_view sessions_signature[] = {"wb_number", "wb_date"};

constexpr std::string_view gallery_signature[] = {"wb_problem"};

constexpr Column ballots_columns[] = {
    {L::row, "#session", "wb_session"},
    {L::row, "", "wb_ballot"},
};
constexpr std::string_view ballots_signature[] = {"wb_session", "wb_ballot"};

constexpr Column map_columns[] = {
    {L::row, "#session", "wb_session"},
    {L::row, "name"},
    {L::row, "category"},
    {L::row, "condition"},
    {L::row, "note"},
    {L::row, "location"},
};
constexpr std::string_view map_signature[] = {"wb_session", "wb_object"};

constexpr Column venn_columns[] = {
    {L::row, "#session", "wb_session"},
    {L::row, "name"},
    {L::row, "type"},
    {L::row, "importance"},
    {L::row, "closeness"},
    {L::row, "note"},
};
constexpr std::string_view venn_signature[] = {"wb_session", "wb_institution"};

constexpr Column pie_columns[] = {
    {L::row, "#session", "wb_session"},
    {L::row, "#key", "wb_side"},
    {L::row, "#name", "wb_item"},
    {L::row, "#value", "wb_share"},
};
constexpr std::string_view pie_signature[] = {"wb_session", "wb_side"};

constexpr Column causes_columns[] = {
    {L::file, "causes.date"}, {L::file, "causes.facilitator"},
    {L::file, "causes.note"}, {L::group, "problem"},
    {L::group, "causes"},     {L::group, "effects"},
    {L::group, "note"},       {L::row, "action"},
    {L::row, "by"},           {L::row, "contributions"},
    {L::row, "note"},
};
constexpr std::string_view causes_signature[] = {"wb_causes", "wb_solution"};

constexpr Column plan_columns[] = {
    {L::file, "plan.year"},
    {L::file, "plan.unit"},
    {L::file, "plan.note"},
    {L::group, "problem"},
    {L::group, "statement"},
    {L::group, "goal"},
    {L::group, "initiative_group.leader"},
    {L::group, "initiative_group.note"},
    {L::group, "assembly"},
    {L::group, "note"},
    {L::row, "task"},
    {L::row, "activities"},
    {L::row, "results"},
    {L::row, "start"},
    {L::row, "end"},
    {L::row, "responsible"},
    {L::row, "beneficiaries.direct"},
    {L::row, "beneficiaries.indirect"},
    {L::row, "note"},
    {L::row, "funding"},
};
constexpr std::string_view plan_signature[] = {"wb_task", "wb_goal"};

constexpr Column group_columns[] = {
    {L::file, "plan.year"}, {L::group, "problem"}, {L::row, "name"}, {L::row, "gender"},
    {L::row, "village"},    {L::row, "role"},      {L::row, "note"},
};
constexpr std::string_view group_signature[] = {"wb_problem", "wb_member"};

constexpr Column monitoring_columns[] = {
    {L::file, "monitoring.date"},
    {L::file, "monitoring.note"},
    {L::row, "task"},
    {L::row, "problem"},
    {L::row, "status"},
    {L::row, "progress"},
    {L::row, "note"},
    {L::row, "spent"},
};
constexpr std::string_view monitoring_signature[] = {"wb_task", "wb_status"};

constexpr Column team_columns[] = {
    {L::file, "monitoring.date"}, {L::row, "name"}, {L::row, "gender"},
    {L::row, "village"},          {L::row, "role"},
};
constexpr std::string_view team_signature[] = {"wb_team_member"};

constexpr Column indicator_columns[] = {
    {L::file, "monitoring.date"}, {L::group, "task"}, {L::group, "problem"}, {L::row, "name"},
    {L::row, "baseline"},         {L::row, "target"}, {L::row, "actual"},    {L::row, "unit"},
};
constexpr std::string_view indicator_signature[] = {"wb_indicator", "wb_target"};

constexpr Column survey_columns[] = {
    {L::file, "monitoring.date"}, {L::row, "service"}, {L::row, "group"},
    {L::row, "village"},          {L::row, "scale"},   {L::row, "note"},
    {L::row, "answers"},
};
constexpr std::string_view survey_signature[] = {"wb_service", "wb_scale"};

constexpr Column assembly_columns[] = {
    {L::file, "assembly.date"},  {L::file, "assembly.rule"}, {L::file, "assembly.deputies"},
    {L::file, "assembly.staff"}, {L::file, "assembly.note"}, {L::row, "village"},
    {L::row, "participants"},    {L::row, "note"},
};
constexpr std::string_view assembly_signature[] = {"wb_deputies", "wb_village"};

constexpr Column vote_columns[] = {
    {L::file, "assembly.date"}, {L::row, "problem"},   {L::row, "yes"},  {L::row, "no"},
    {L::row, "abstain"},        {L::row, "amendment"}, {L::row, "note"},
};
constexpr std::string_view vote_signature[] = {"wb_yes", "wb_no"};

// In the order they are written. Recognised in the order of `k_recognised` below: a sheet's
// first row is tested against the signatures that need more first.
constexpr std::array<Sheet, 18> k_sheets{{
    {"wb_sheet_municipality", Shape::fields, K::municipality, FileKey::only, "", "", "", "",
     municipality_columns, municipality_signature},
    {"wb_sheet_sessions", Shape::table, K::session, FileKey::session, "", "", "", "",
     sessions_columns, sessions_signature},
    {"wb_sheet_gallery",
     Shape::gallery,
     K::session,
     FileKey::session,
     "",
     "gallery.votes",
     "",
     "",
     {},
     gallery_signature},
    {"wb_sheet_ballots", Shape::table, K::session, FileKey::session, "", "gallery.ballots", "", "",
     ballots_columns, ballots_signature},
    {"wb_sheet_map", Shape::table, K::session, FileKey::session, "", "map", "", "", map_columns,
     map_signature},
    {"wb_sheet_venn", Shape::table, K::session, FileKey::session, "", "venn", "", "", venn_columns,
     venn_signature},
    {"wb_sheet_pie", Shape::table, K::session, FileKey::session, "", "pie", "", "side", pie_columns,
     pie_signature},
    {"wb_sheet_budget", Shape::table, K::municipality, FileKey::only, "", "budget", "", "side",
     budget_columns, budget_signature},
    {"wb_sheet_catalog", Shape::table, K::municipality, FileKey::only, "", "catalog", "", "kind",
     catalog_columns, catalog_signature},
    {"wb_sheet_causes", Shape::table, K::causes, FileKey::field, "date",
     "causes.problems.solutions", "", "", causes_columns, causes_signature},
    {"wb_sheet_plan", Shape::table, K::plan, FileKey::field, "year", "plan.problems.tasks", "", "",
     plan_columns, plan_signature},
    {"wb_sheet_group", Shape::table, K::plan, FileKey::field, "year",
     "plan.problems.initiative_group.members", "problem", "", group_columns, group_signature},
    {"wb_sheet_assembly", Shape::table, K::assembly, FileKey::field, "date", "assembly.villages",
     "", "", assembly_columns, assembly_signature},
    {"wb_sheet_votes", Shape::table, K::assembly, FileKey::field, "date", "assembly.proposals", "",
     "", vote_columns, vote_signature},
    {"wb_sheet_monitoring", Shape::table, K::monitoring, FileKey::field, "date", "monitoring.tasks",
     "", "", monitoring_columns, monitoring_signature},
    {"wb_sheet_team", Shape::table, K::monitoring, FileKey::field, "date", "monitoring.team", "",
     "", team_columns, team_signature},
    {"wb_sheet_indicators", Shape::table, K::monitoring, FileKey::field, "date",
     "monitoring.tasks.indicators", "task,problem", "", indicator_columns, indicator_signature},
    {"wb_sheet_surveys", Shape::table, K::monitoring, FileKey::field, "date", "monitoring.surveys",
     "", "", survey_columns, survey_signature},
}};

} // namespace

std::span<const Sheet> all() {
  return k_sheets;
}

std::string group_path(const Sheet& sheet) {
  std::string path, group;
  std::string_view rest = sheet.rows;
  while (!rest.empty()) {
    const std::size_t dot = rest.find('.');
    path += (path.empty() ? "" : ".") + std::string(rest.substr(0, dot));
    const schema::Field* f = schema::field_at(sheet.kind, path);
    if (f && f->type == schema::Type::list && path != sheet.rows) group = path;
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  }
  return group;
}

std::string rows_below_group(const Sheet& sheet) {
  const std::string group = group_path(sheet);
  if (group.empty()) return std::string(sheet.rows);
  return std::string(sheet.rows.substr(group.size() + 1));
}

const schema::Field* field_of(const Sheet& sheet, const Column& c) {
  if (c.field.empty() || c.field.front() == '#') return nullptr;
  std::string path;
  switch (c.level) {
  case Level::file:
    path = std::string(c.field);
    break;
  case Level::group:
    path = group_path(sheet) + "." + std::string(c.field);
    break;
  case Level::row:
    path = sheet.rows.empty() ? std::string(c.field)
                              : std::string(sheet.rows) + "." + std::string(c.field);
    break;
  }
  return schema::field_at(sheet.kind, path);
}

std::string_view label_of(const Sheet& sheet, const Column& c) {
  if (!c.label.empty()) return c.label;
  const schema::Field* f = field_of(sheet, c);
  return f ? f->label : std::string_view();
}

} // namespace vap::sheets
