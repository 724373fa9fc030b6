#include "vap/render_pb_budget.hpp"

#include "vap/budget_report.hpp"
#include "vap/number.hpp"
#include "vap/render_report.hpp"
#include "vap/utf8_path.hpp"

#include <filesystem>

namespace vap {
namespace {

// The file's name without its folders ("poland_lodz_2022_.pb").
std::string file_name(const PbElection& e) {
  return path_text(utf8_path(e.source).filename());
}

std::vector<std::string> project_names(const PbElection& e) {
  std::vector<std::string> out;
  for (const auto& p : e.projects)
    out.push_back(p.name.empty() ? p.id : p.id + " " + p.name);
  return out;
}

std::string ids_text(const PbElection& e, const std::vector<std::uint32_t>& ps) {
  std::string out;
  for (std::uint32_t p : ps)
    out += (out.empty() ? "" : ", ") + e.projects[p].id;
  return out;
}

std::vector<std::vector<bool>> funded_by_rule(const PbBudget& b) {
  std::vector<std::vector<bool>> out(b.runs.outcomes.size(),
                                     std::vector<bool>(b.election.projects.size(), false));
  for (std::size_t k = 0; k < b.runs.outcomes.size(); ++k)
    for (std::uint32_t p : b.runs.outcomes[k].funded)
      out[k][p] = true;
  return out;
}

std::vector<long long> scores(const PbElection& e) {
  std::vector<long long> s(e.projects.size(), 0);
  for (std::size_t k = 0; k < e.ballot_project.size(); ++k)
    s[e.ballot_project[k]] += e.ballot_points[k];
  return s;
}

std::string points_text(const PbElection& e, long long points) {
  return e.vote_type == VoteType::ordinal ? std::to_string(points)
                                          : scaled_text(points, e.points_places);
}

std::string selected_text(const PbBudget& b, Lang lang) {
  if (!b.selected) return "";
  const SelectedCheck& c = *b.selected;
  if (c.agrees) return std::string(label(lang, "pb_selected_agrees"));
  std::string text =
      label_fmt(lang, "pb_selected_differs",
                c.only_selected.empty() ? "–" : ids_text(b.election, c.only_selected),
                c.only_greedy.empty() ? "–" : ids_text(b.election, c.only_greedy));
  if (!c.unvoted.empty())
    text += " " + label_fmt(lang, "pb_selected_unvoted", ids_text(b.election, c.unvoted));
  for (const auto& comment : c.comments)
    text += " " + label_fmt(lang, "pb_selected_comment", comment);
  if (c.comments.empty()) text += " " + std::string(label(lang, "pb_selected_no_comment"));
  return text;
}

Data pb_data(const PbBudget& b, Lang lang) {
  const PbElection& e = b.election;
  Data d;
  const std::string_view description = e.meta_value("description");
  d.set("title", description.empty() ? file_name(e) : std::string(description));
  long long all = 0;
  for (const auto& p : e.projects)
    all += p.cost;
  d.set("summary",
        label_fmt(
            lang, "pb_summary", file_name(e), money_text(e, e.budget), e.projects.size(),
            money_text(e, all), e.voters(),
            std::string(label(lang, "pb_vote_type_" + std::string(vote_type_name(e.vote_type))))));
  const std::string selected = selected_text(b, lang);
  if (!selected.empty()) d.set("selected", selected);
  d.set("tie_rule", std::string(label(lang, "pb_tie_rule")));
  if (b.runs.increase.percent != 100)
    d.set("increase_note", label_fmt(lang, "pb_increase_note", b.runs.increase.percent));
  set_budget_analysis(d, e, b.runs, b.analysis, project_names(e), pb_group_names(b.analysis, lang),
                      BudgetWords::pb, lang);
  const auto funded = funded_by_rule(b);
  const auto score = scores(e);
  Data rows = list(e.projects.size());
  for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
    Data row;
    row.set("project", e.projects[p].name.empty() ? e.projects[p].id
                                                  : e.projects[p].id + " " + e.projects[p].name);
    row.set("cost", money_text(e, e.projects[p].cost));
    row.set("votes", points_text(e, score[p]));
    Data cells = list();
    for (const auto& f : funded)
      cells.push_back(Data("value", f[p] ? std::string("✓") : std::string("–")));
    row.set("cells", cells);
    append(rows, std::move(row));
  }
  d.set("projects", rows);
  return d;
}

Json pb_json(const PbBudget& b) {
  const PbElection& e = b.election;
  Json j;
  j["file"] = file_name(e);
  for (const auto& key : {"description", "unit", "subunit", "instance", "rule"})
    if (!e.meta_value(key).empty()) j[key] = std::string(e.meta_value(key));
  j["vote_type"] = vote_type_name(e.vote_type);
  j["budget"] = scaled_value(e.budget, e.money_places);
  j["voters"] = e.voters();
  j["tie_rule"] = "project id, by code point";
  const auto funded = funded_by_rule(b);
  const auto score = scores(e);
  Json projects = Json::array();
  for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
    Json f = Json::object();
    for (std::size_t k = 0; k < funded.size(); ++k)
      f[std::string(rule_key(b.runs.outcomes[k].rule))] = static_cast<bool>(funded[k][p]);
    Json x{
        {"project_id", e.projects[p].id},
        {"name", e.projects[p].name},
        {"cost", scaled_value(e.projects[p].cost, e.money_places)},
        {"votes", scaled_value(score[p], e.vote_type == VoteType::ordinal ? 0 : e.points_places)},
        {"funded", f}};
    if (e.projects[p].selected) x["selected"] = *e.projects[p].selected;
    projects.push_back(x);
  }
  j["projects"] = projects;
  if (b.selected) {
    Json only_g = Json::array(), only_s = Json::array();
    for (std::uint32_t p : b.selected->only_greedy)
      only_g.push_back(e.projects[p].id);
    for (std::uint32_t p : b.selected->only_selected)
      only_s.push_back(e.projects[p].id);
    Json unvoted = Json::array();
    for (std::uint32_t p : b.selected->unvoted)
      unvoted.push_back(e.projects[p].id);
    j["greedy_against_selected"] = {{"agrees", b.selected->agrees},
                                    {"funded_by_greedy_only", only_g},
                                    {"selected_only", only_s},
                                    {"unvoted", unvoted},
                                    {"comments", b.selected->comments}};
  }
  Json analysis = budget_analysis_json(e, b.runs, b.analysis);
  for (auto it = analysis.begin(); it != analysis.end(); ++it)
    j[it.key()] = it.value();
  return j;
}

} // namespace

std::string render_pb_budget(const std::vector<PbBudget>& budgets, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = budgets.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    // The headers of --excel in the report's language (a .pb's cost is not the local budget's).
    auto head = [&](std::string_view column, std::string_view key) {
      return o.csv == CsvStyle::excel ? std::string(label(lang, key)) : std::string(column);
    };
    if (many) csv.text(head("file", "csv_file"));
    csv.text("project_id");
    for (RuleId r : k_all_rules)
      csv.text(csv_header(o, rule_key(r)));
    csv.text(head("cost", "csv_pb_cost"))
        .text(head("votes", "csv_pb_votes"))
        .text(head("name", "csv_name"))
        .text(head("selected", "csv_selected"));
    csv.end_row();
    for (const auto& b : budgets) {
      const PbElection& e = b.election;
      const auto funded = funded_by_rule(b);
      const auto score = scores(e);
      for (std::uint32_t p = 0; p < e.projects.size(); ++p) {
        if (many) csv.text(file_name(e));
        csv.text(e.projects[p].id);
        for (const auto& f : funded)
          csv.text(csv_yes_no(o, f[p]));
        csv.text(scaled_text(e.projects[p].cost, e.money_places))
            .text(points_text(e, score[p]))
            .text(e.projects[p].name)
            .text(e.projects[p].selected ? std::to_string(*e.projects[p].selected) : "");
        csv.end_row();
      }
    }
    return csv.str();
  }
  case Format::json: {
    if (!many) return json_text(pb_json(budgets.front()));
    Json all = Json::array();
    for (const auto& b : budgets)
      all.push_back(pb_json(b));
    return json_text(Json{{"instances", all}});
  }
  default: {
    std::string out;
    std::vector<std::string> charts;
    for (const auto& b : budgets) {
      Data d = pb_data(b, lang);
      if (o.format == Format::html && !b.analysis.groups.ids.empty()) {
        d.set("chart", "%%chart:" + std::to_string(charts.size()) + "%%");
        charts.push_back(
            inline_svg(groups_chart_svg(b.analysis, pb_group_names(b.analysis, lang), lang)));
      }
      if (!out.empty()) out += "\n";
      out += render_template("pb_budget.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    out = tidy_markdown(out);
    if (o.format == Format::html) return report_page(out, charts, o);
    return out;
  }
  }
}

} // namespace vap
