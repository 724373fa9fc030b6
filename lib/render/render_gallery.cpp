#include "vap/render_gallery.hpp"

#include "vap/chart.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

std::string group_label(const GalleryTally& t, const std::string& id, Lang lang) {
  for (const auto& g : t.groups)
    if (g.id == id) {
      const std::string& l = g.labels[static_cast<std::size_t>(lang)];
      return l.empty() ? id : l;
    }
  return id;
}

std::string names_list(const std::vector<ProblemName>& names, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? std::string(label(lang, "and_sep")) : ", ";
    out += "«" + names[i].label(lang) + "»";
  }
  return out;
}

std::size_t shown(std::size_t rows, int top) {
  return top > 0 ? std::min(rows, static_cast<std::size_t>(top)) : rows;
}

Json problem_json(const ProblemTally& r, const GalleryTally& t, Lang lang) {
  Json j;
  j["rank"] = r.rank;
  j["problem_id"] = r.problem.id;
  j["problem"] = r.problem.label(lang);
  j["in_catalog"] = r.problem.in_catalog;
  if (r.problem.lsg_issue) j["lsg_issue"] = r.problem.lsg_issue;
  j["dots"] = r.dots;
  j["share"] = std::stod(fixed(r.share, 4));
  j["sessions"] = r.sessions;
  j["priority"] = r.priority;
  j["women_dots"] = r.women;
  j["men_dots"] = r.men;
  Json groups = Json::object();
  for (const auto& g : t.groups)
    groups[g.id] = r.by_group.count(g.id) ? r.by_group.at(g.id) : 0;
  j["dots_by_group"] = groups;
  return j;
}

Json participation_json(const Participation& p) {
  Json j;
  j["sessions"] = p.sessions;
  j["participants"] = p.participants;
  j["women"] = p.women;
  j["men"] = p.men;
  j["gender_unknown"] = p.unknown;
  j["women_share"] = std::stod(fixed(p.women_share, 4));
  j["women_under_40_percent"] = p.women_low;
  Json rows = Json::array();
  for (const auto& r : p.rows) {
    Json row;
    row["village"] = r.village;
    row["group"] = r.group;
    row["sessions"] = r.sessions;
    row["participants"] = r.participants;
    row["women"] = r.women ? Json(*r.women) : Json(nullptr);
    row["men"] = r.men ? Json(*r.men) : Json(nullptr);
    rows.push_back(row);
  }
  j["by_village_and_group"] = rows;
  return j;
}

Json tally_json(const GalleryTally& t, const RenderOptions& o) {
  Json j;
  j["municipality_id"] = t.municipality_id;
  j["municipality"] = t.municipality;
  j["priorities_setting"] = t.priorities;
  j["priorities"] = t.priority_count;
  j["sessions_with_gallery"] = t.sessions;
  j["dots"] = t.dots;
  Json tied = Json::array();
  for (const auto& p : t.tied_at_cut)
    tied.push_back(p.id);
  j["tied_at_cut"] = tied;
  Json problems = Json::array();
  for (std::size_t i = 0; i < shown(t.problems.size(), o.top); ++i)
    problems.push_back(problem_json(t.problems[i], t, o.lang));
  j["problems"] = problems;
  Json dis = Json::array();
  for (const auto& d : t.disagreements)
    dis.push_back({{"group", d.group},
                   {"problem_id", d.problem.id},
                   {"problem", d.problem.label(o.lang)},
                   {"group_rank", d.group_rank},
                   {"rank", d.rank},
                   {"group_dots", d.group_dots}});
  j["groups_disagree"] = dis;
  j["participation"] = participation_json(t.participation);
  return j;
}

} // namespace

Data gallery_data(const GalleryTally& t, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", t.municipality);
  d.set("summary", label_fmt(lang, "gallery_summary", t.sessions, t.participation.participants,
                             t.dots, t.priority_count));
  d.set("how", std::string(label(lang, "gallery_how")));
  Data rows = list(shown(t.problems.size(), o.top));
  for (std::size_t i = 0; i < shown(t.problems.size(), o.top); ++i) {
    const auto& r = t.problems[i];
    Data row;
    row.set("rank", std::to_string(r.rank));
    row.set("problem", r.problem.label(lang) + (r.problem.in_catalog ? "" : " *"));
    row.set("dots", std::to_string(r.dots));
    row.set("share", percent(r.share));
    row.set("sessions", std::to_string(r.sessions));
    row.set("priority", r.priority ? std::string(label(lang, "yes")) : std::string(""));
    append(rows, std::move(row));
  }
  put(d, "problems", std::move(rows));
  if (!t.tied_at_cut.empty())
    d.set("tie_note", label_fmt(lang, "tie_note", t.tie_rank, names_list(t.tied_at_cut, lang),
                                t.priorities, t.priority_count));
  bool any_new = false;
  for (const auto& r : t.problems)
    any_new = any_new || !r.problem.in_catalog;
  if (any_new) d.set("new_note", std::string(label(lang, "new_problem_note")));

  // Dots by group and by gender.
  if (!t.groups.empty()) {
    Data header = list();
    for (const auto& g : t.groups)
      header.push_back(Data("name", group_label(t, g.id, lang)));
    d.set("group_columns", header);
    d.set("has_groups", true);
    std::string align;
    for (std::size_t i = 0; i < t.groups.size(); ++i)
      align += "---:|";
    d.set("group_align", align);
    Data grows = list(shown(t.problems.size(), o.top));
    for (std::size_t i = 0; i < shown(t.problems.size(), o.top); ++i) {
      const auto& r = t.problems[i];
      Data row;
      row.set("problem", r.problem.label(lang));
      Data cells = list(t.groups.size());
      for (const auto& g : t.groups) {
        auto it = r.by_group.find(g.id);
        append(cells, Data("value", std::to_string(it == r.by_group.end() ? 0 : it->second)));
      }
      put(row, "cells", std::move(cells));
      row.set("women", std::to_string(r.women));
      row.set("men", std::to_string(r.men));
      append(grows, std::move(row));
    }
    put(d, "group_rows", std::move(grows));
  }
  if (!t.disagreements.empty()) {
    Data items = list();
    for (const auto& x : t.disagreements)
      items.push_back(
          Data("text", label_fmt(lang, "disagree_item", group_label(t, x.group, lang),
                                 x.problem.label(lang), x.group_rank, x.group_dots, x.rank)));
    d.set("disagreements", items);
    d.set("has_disagreements", true);
  }

  // Participation.
  const Participation& p = t.participation;
  Data prow = list();
  for (const auto& r : p.rows) {
    Data row;
    row.set("village", r.village);
    row.set("group",
            group_label(t, r.group, lang) == r.group ? r.group : group_label(t, r.group, lang));
    row.set("sessions", std::to_string(r.sessions));
    row.set("participants", std::to_string(r.participants));
    row.set("women", r.women ? std::to_string(*r.women) : "–");
    row.set("men", r.men ? std::to_string(*r.men) : "–");
    prow.push_back(row);
  }
  d.set("participation", prow);
  // No share of women when nobody's gender is known (mixed groups without colours).
  d.set("participation_total",
        p.women + p.men > 0
            ? label_fmt(lang, "participation_total", p.sessions, p.participants, p.women, p.men,
                        percent(p.women_share))
            : label_fmt(lang, "participation_total_no_gender", p.sessions, p.participants));
  if (p.unknown > 0) d.set("gender_unknown", label_fmt(lang, "gender_unknown", p.unknown));
  if (p.women_low) d.set("women_low", label_fmt(lang, "women_low", percent(p.women_share)));
  return d;
}

std::string gallery_chart_svg(const GalleryTally& t, Lang lang) {
  std::vector<BarRow> rows;
  const std::size_t n = std::max<std::size_t>(static_cast<std::size_t>(t.priority_count), 10);
  for (std::size_t i = 0; i < t.problems.size() && i < n; ++i)
    rows.push_back({t.problems[i].problem.label(lang), double(t.problems[i].dots),
                    std::to_string(t.problems[i].dots)});
  if (rows.empty()) return "";
  return bar_chart_svg(label(lang, "report_gallery_chart"), rows, 0, "#c0582b");
}

std::string batch_priorities_svg(const BatchGallery& b, Lang lang) {
  std::vector<BarRow> bars;
  for (const auto& r : b.rows)
    if (r.municipalities > 0)
      bars.push_back(
          {r.problem.label(lang), double(r.municipalities), std::to_string(r.municipalities)});
  const std::size_t n = b.municipalities.size();
  return bar_chart_svg(label_fmt(lang, "report_priorities_chart", n), bars, double(n), "#2f6f9f");
}

std::string render_gallery(const GalleryTally& t, const RenderOptions& o) {
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    for (auto h : {"rank", "problem_id", "problem", "dots", "share", "sessions", "priority"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (std::size_t i = 0; i < shown(t.problems.size(), o.top); ++i) {
      const auto& r = t.problems[i];
      csv.whole(r.rank).text(r.problem.id).text(r.problem.label(o.lang)).whole(r.dots);
      if (o.csv == CsvStyle::excel)
        csv.percent(r.share, 1);
      else
        csv.number(r.share, 4);
      csv.whole(r.sessions).text(csv_yes_no(o, r.priority));
      csv.end_row();
    }
    return csv.str();
  }
  case Format::json:
    return json_text(tally_json(t, o));
  case Format::svg:
    return svg_file(gallery_chart_svg(t, o.lang));
  default: {
    Data d = gallery_data(t, o);
    return render_template("gallery.md.mustache", d, o.lang, Markup::markdown, o.templates_dir);
  }
  }
}

std::string render_batch_gallery(const BatchGallery& b, const RenderOptions& o) {
  const Lang lang = o.lang;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    for (auto h : {"problem_id", "problem", "municipalities", "dots", "sessions"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (std::size_t i = 0; i < shown(b.rows.size(), o.top); ++i) {
      const auto& r = b.rows[i];
      csv.text(r.problem.id)
          .text(r.problem.label(lang))
          .whole(r.municipalities)
          .whole(r.dots)
          .whole(r.sessions);
      csv.end_row();
    }
    return csv.str();
  }
  case Format::json: {
    // {"municipalities": [...]} as every command writes a batch, then the problems over all.
    Json j;
    Json ms = Json::array();
    for (const auto& t : b.municipalities) {
      Json pri = Json::array();
      for (const auto& r : t.problems)
        if (r.priority)
          pri.push_back({{"rank", r.rank},
                         {"problem_id", r.problem.id},
                         {"problem", r.problem.label(lang)},
                         {"dots", r.dots}});
      ms.push_back({{"municipality_id", t.municipality_id},
                    {"municipality", t.municipality},
                    {"sessions", t.participation.sessions},
                    {"participants", t.participation.participants},
                    {"priorities", pri}});
    }
    j["municipalities"] = ms;
    j["sessions"] = b.sessions;
    j["participants"] = b.participants;
    Json rows = Json::array();
    for (std::size_t i = 0; i < shown(b.rows.size(), o.top); ++i) {
      const auto& r = b.rows[i];
      rows.push_back({{"problem_id", r.problem.id},
                      {"problem", r.problem.label(lang)},
                      {"municipalities", r.municipalities},
                      {"dots", r.dots},
                      {"sessions", r.sessions},
                      {"mentioned_in", r.mentioned}});
    }
    j["problems"] = rows;
    return json_text(j);
  }
  case Format::svg:
    return svg_file(batch_priorities_svg(b, lang));
  default: {
    Data d;
    d.set("summary",
          label_fmt(lang, "batch_summary", b.municipalities.size(), b.sessions, b.participants));
    Data rows = list();
    const int n = static_cast<int>(b.municipalities.size());
    for (std::size_t i = 0; i < shown(b.rows.size(), o.top); ++i) {
      const auto& r = b.rows[i];
      Data row;
      row.set("problem", r.problem.label(lang));
      row.set("municipalities", std::to_string(r.municipalities));
      // A bar of 20 marks for all municipalities; none at all (no empty code span) for 0.
      if (r.municipalities > 0 && n > 0)
        row.set("bar",
                std::string(static_cast<std::size_t>((r.municipalities * 20 + n - 1) / n), '#'));
      row.set("dots", std::to_string(r.dots));
      row.set("sessions", std::to_string(r.sessions));
      rows.push_back(row);
    }
    d.set("problems", rows);
    Data ms = list();
    for (const auto& t : b.municipalities) {
      std::vector<ProblemName> names;
      for (const auto& r : t.problems)
        if (r.priority) names.push_back(r.problem);
      std::string text;
      // "; " because a problem's own name may hold a comma ("Баня, объекты культуры и быта").
      for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? "; " : "") + names[i].label(lang);
      Data m;
      m.set("municipality", t.municipality);
      m.set("priorities", text);
      m.set("sessions", std::to_string(t.participation.sessions));
      if (!t.tied_at_cut.empty()) m.set("tie", std::string(label(lang, "tie_short")));
      ms.push_back(m);
    }
    d.set("municipalities", ms);
    return render_template("gallery_batch.md.mustache", d, lang, Markup::markdown, o.templates_dir);
  }
  }
}

} // namespace vap
