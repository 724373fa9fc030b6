#include "vap/render_report.hpp"

#include "report_parts.hpp"

#include "vap/chart.hpp"
#include "vap/commonmark.hpp"
#include "vap/gallery.hpp"
#include "vap/monitor.hpp"
#include "vap/render_assembly.hpp"
#include "vap/render_budget.hpp"
#include "vap/render_gallery.hpp"
#include "vap/render_monitor.hpp"
#include "vap/report.hpp"
#include "vap/text.hpp"

#include "vap/render_causes.hpp"
#include "vap/render_map.hpp"
#include "vap/render_pie.hpp"
#include "vap/render_plan.hpp"
#include "vap/render_program.hpp"
#include "vap/render_venn.hpp"
#include "vap/results.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {

using namespace report_parts;

namespace {

// ---- Markdown, before md4c turns it into HTML (report_html.cpp) ----

// Headings one level deeper, so that a command's document becomes a section of the report.
std::string demote(std::string_view markdown) {
  std::string out;
  bool fence = false;
  for (const auto& line : split_lines(markdown)) {
    if (line.rfind("```", 0) == 0) fence = !fence;
    if (!fence && heading_level(line) > 0 && heading_level(line) < 6) out += "#";
    out += line + "\n";
  }
  return out;
}

// ---- Charts ----

std::string chart_token(std::vector<std::string>& charts, std::string svg, bool html) {
  if (!html || svg.empty()) return "";
  charts.push_back(std::move(svg));
  return "\n%%chart:" + std::to_string(charts.size() - 1) + "%%\n";
}

// Charts go near the top of their section: after its heading and first paragraph.
std::string place_charts(const std::string& part, const std::string& tokens) {
  if (tokens.empty()) return part;
  const auto lines = split_lines(part);
  std::size_t i = 0;
  while (i < lines.size() && heading_level(lines[i]) == 0)
    ++i;
  if (i < lines.size()) ++i;
  while (i < lines.size() && trim(lines[i]).empty())
    ++i;
  auto prose = [](const std::string& l) {
    return !trim(l).empty() && heading_level(l) == 0 && trim(l).rfind("|", 0) != 0 &&
           l.rfind("```", 0) != 0 && l.rfind("- ", 0) != 0;
  };
  while (i < lines.size() && prose(lines[i]))
    ++i;
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k == i) out += tokens + "\n";
    out += lines[k] + (k + 1 < lines.size() ? "\n" : "");
  }
  if (i >= lines.size()) out += tokens;
  return out;
}

std::string participation_chart(const std::vector<GroupParticipation>& groups, Lang lang) {
  if (groups.empty()) return "";
  bool gender = false;
  for (const auto& g : groups)
    gender = gender || g.women > 0 || g.men > 0;
  if (!gender) {
    std::vector<BarRow> rows;
    for (const auto& g : groups)
      rows.push_back({g.label(lang), double(g.participants), std::to_string(g.participants)});
    return bar_chart_svg(label(lang, "report_participation_chart"), rows);
  }
  std::vector<PairRow> rows;
  for (const auto& g : groups)
    rows.push_back({g.label(lang), double(g.women), double(g.men), std::to_string(g.women),
                    std::to_string(g.men)});
  return pair_chart_svg(label(lang, "report_participation_chart"), label(lang, "women"),
                        label(lang, "men"), rows);
}

std::string financing_chart(const std::vector<SourceTotal>& sources, std::string_view title,
                            Lang lang) {
  if (sources.empty()) return "";
  std::vector<BarRow> rows;
  for (const auto& s : sources)
    rows.push_back({s.label(lang), s.amount, fixed(s.amount, 1)});
  return bar_chart_svg(title, rows, 0, "#2f6f9f");
}

// The plan's tasks over the months, grouped by problem (the HTML's stand-in for the Mermaid Gantt).
std::string plan_timeline(const Municipality& m, Lang lang) {
  auto month = [](const Date& d) { return d.year * 12 + d.month - 1; };
  int first = 0;
  bool any = false;
  for (const auto& plan : m.plans)
    for (const auto& p : plan.problems)
      for (const auto& t : p.tasks)
        for (const auto* d : {&t.start, &t.end})
          if (*d && (!any || month(**d) < first)) {
            first = month(**d);
            any = true;
          }
  if (!any) return "";
  const Catalog& problems = (*m.catalogs)[CatalogKind::problems];
  std::vector<TimelineRow> rows;
  for (const auto& plan : m.plans)
    for (const auto& p : plan.problems) {
      const CatalogEntry* e = problems.by_id(p.problem.id);
      rows.push_back({e ? e->label(lang) : p.problem.text, 0, 0, true});
      for (const auto& t : p.tasks) {
        if (!t.start && !t.end) continue;
        const int a = month(t.start ? *t.start : *t.end) - first;
        const int b = month(t.end ? *t.end : *t.start) - first;
        rows.push_back({t.task.text, std::min(a, b), std::max(a, b), false});
      }
    }
  return timeline_svg(label(lang, "report_timeline_chart"), rows, first / 12, first % 12 + 1);
}

// ---- One municipality ----

std::string municipality_markdown(const MunicipalityResults& res, const RenderOptions& o,
                                  std::vector<std::string>& charts) {
  const Municipality& m = *res.municipality;
  const Lang lang = o.lang;
  const bool html = o.format == Format::html;
  RenderOptions md = o;
  md.format = Format::md;
  md.top = 0;
  std::string body;
  const GalleryTally& tally = res.gallery;
  for (Section s : res.sections) {
    std::string part;
    switch (s) {
    case Section::participation:
      part = render_template("report_participation.md.mustache", gallery_data(tally, md), lang,
                             Markup::markdown, md.templates_dir);
      part = place_charts(part,
                          chart_token(charts, participation_chart(res.participation, lang), html));
      break;
    case Section::gallery:
      part = render_template("report_gallery.md.mustache", gallery_data(tally, md), lang,
                             Markup::markdown, md.templates_dir);
      part = place_charts(part, chart_token(charts, gallery_chart_svg(tally, lang), html));
      break;
    case Section::map:
      part = demote(render_map({*res.map}, md));
      break;
    case Section::venn:
      part = demote(render_venn({*res.venn}, md));
      part = place_charts(part, chart_token(charts, inline_svg(venn_svg(*res.venn, lang)), html));
      break;
    case Section::pie:
      part = demote(render_pie({*res.pie}, md));
      part = place_charts(part, chart_token(charts, inline_svg(pie_svg(*res.pie, lang)), html));
      break;
    case Section::causes:
      part = demote(render_causes(*res.causes, md));
      break;
    case Section::plan: {
      part = demote(render_plan(*res.plan, md));
      std::string tokens = chart_token(
          charts, financing_chart(res.financing, label(lang, "report_plan_chart"), lang), html);
      tokens += chart_token(charts, plan_timeline(m, lang), html);
      part = place_charts(part, tokens);
      break;
    }
    case Section::assembly:
      part = demote(render_assembly({*res.assembly}, md));
      break;
    case Section::budget:
      part = demote(render_budget({*res.budget}, md));
      break;
    case Section::monitoring: {
      part = demote(render_monitor({*res.monitoring}, md));
      std::string tokens;
      for (auto& svg : monitor_charts(*res.monitoring, lang))
        tokens += chart_token(charts, svg, html);
      part = place_charts(part, tokens);
      break;
    }
    }
    if (!part.empty()) body += part + "\n";
  }
  Data d;
  d.set("title", std::string(label(lang, "report_title")));
  d.set("municipality", m.name);
  std::string where;
  for (const auto* x : {&m.region, &m.district})
    if (!x->empty()) where += (where.empty() ? "" : ", ") + *x;
  if (!where.empty()) d.set("where", where);
  std::string villages;
  for (const auto& v : m.villages)
    villages += (villages.empty() ? "" : ", ") + v.text;
  d.set("place", label_fmt(lang, "report_place", villages,
                           m.population ? std::to_string(*m.population) : "–"));
  d.set("sections", body);
  return render_template("report.md.mustache", d, lang, Markup::markdown, o.templates_dir);
}

// ---- A batch ----

std::string batch_markdown(const ProgramSummary& s, const RenderOptions& o,
                           std::vector<std::string>& charts) {
  const Lang lang = o.lang;
  const bool html = o.format == Format::html;
  const BatchGallery& b = s.gallery;
  const std::size_t n = s.municipalities.size();
  Data d;
  d.set("title", std::string(label(lang, "report_batch_title")));
  d.set("summary", label_fmt(lang, "report_batch_summary", n, b.sessions, b.participants, s.women,
                             s.men, s.unknown));

  // Priorities across municipalities: the seed's chart.
  d.set("priorities_how", label_fmt(lang, "report_priorities_how", n));
  Data rows = list();
  for (const auto& r : b.rows) {
    if (r.municipalities == 0) continue;
    Data row;
    row.set("problem", r.problem.label(lang));
    row.set("municipalities", std::to_string(r.municipalities));
    row.set("dots", std::to_string(r.dots));
    row.set("sessions", std::to_string(r.sessions));
    rows.push_back(row);
  }
  d.set("priorities", rows);
  d.set("chart_priorities", chart_token(charts, batch_priorities_svg(b, lang), html));

  // Participation by group and gender, and by municipality.
  Data groups = list();
  for (const auto& g : s.groups) {
    Data row;
    row.set("group", g.label(lang));
    row.set("sessions", std::to_string(g.sessions));
    row.set("participants", std::to_string(g.participants));
    row.set("women", std::to_string(g.women));
    row.set("men", std::to_string(g.men));
    row.set("unknown", std::to_string(g.unknown));
    groups.push_back(row);
  }
  d.set("groups", groups);
  d.set("chart_groups", chart_token(charts, participation_chart(s.groups, lang), html));
  Data ms = list();
  std::vector<PairRow> mbars;
  for (std::size_t i = 0; i < s.municipalities.size(); ++i) {
    const auto& m = s.municipalities[i];
    const auto& t = b.municipalities[i];
    std::string pri;
    for (const auto& r : t.problems)
      if (r.priority) pri += (pri.empty() ? "" : ", ") + r.problem.label(lang);
    Data row;
    row.set("municipality", m.name);
    row.set("sessions", std::to_string(m.sessions));
    row.set("participants", std::to_string(m.participants));
    row.set("women", std::to_string(m.women));
    row.set("men", std::to_string(m.men));
    row.set("women_share",
            m.women + m.men > 0 ? percent(double(m.women) / double(m.women + m.men)) : "–");
    row.set("priorities", pri);
    if (!t.tied_at_cut.empty()) row.set("tie", std::string(label(lang, "tie_short")));
    ms.push_back(row);
    mbars.push_back(
        {m.name, double(m.women), double(m.men), std::to_string(m.women), std::to_string(m.men)});
  }
  d.set("municipalities", ms);
  d.set("chart_municipalities",
        chart_token(charts,
                    pair_chart_svg(label(lang, "report_municipality_chart"), label(lang, "women"),
                                   label(lang, "men"), mbars),
                    html));

  // The plans' financing by source.
  if (!s.financing.empty()) {
    Data header = list();
    std::string align;
    for (const auto& src : s.financing) {
      header.push_back(Data("name", src.label(lang)));
      align += "---:|";
    }
    d.set("source_columns", header);
    d.set("source_align", align);
    Data frows = list();
    double total = 0;
    for (const auto& m : s.municipalities) {
      if (m.financing.empty()) continue;
      Data row;
      row.set("municipality", m.name);
      Data cs = list();
      for (const auto& src : s.financing) {
        double v = 0;
        for (const auto& x : m.financing)
          if (x.id == src.id) v = x.amount;
        cs.push_back(Data("value", fixed(v, 1)));
      }
      row.set("cells", cs);
      row.set("total", fixed(m.planned, 1));
      total += m.planned;
      frows.push_back(row);
    }
    Data tcells = list();
    for (const auto& src : s.financing)
      tcells.push_back(Data("value", fixed(src.amount, 1)));
    d.set("financing", frows);
    d.set("financing_totals", tcells);
    d.set("financing_total", fixed(total, 1));
    d.set("has_financing", true);
    if (s.units.size() > 1) {
      std::string units;
      for (const auto& u : s.units)
        units += (units.empty() ? "" : ", ") + u;
      d.set("units_note", label_fmt(lang, "report_units_differ", units));
    } else if (s.units.size() == 1) {
      d.set("units_note", label_fmt(lang, "report_unit", s.units.front()));
    }
    d.set("chart_financing",
          chart_token(charts,
                      financing_chart(s.financing, label(lang, "report_financing_chart"), lang),
                      html));
  } else {
    d.set("no_plans", std::string(label(lang, "report_no_plans")));
  }

  // Monitoring progress per municipality.
  Data prow = list();
  std::vector<BarRow> pbars;
  bool any = false;
  for (const auto& m : s.municipalities) {
    Data row;
    row.set("municipality", m.name);
    row.set("progress", m.monitored ? percent(m.progress / 100)
                                    : std::string(label(lang, "report_not_monitored")));
    row.set("planned", fixed(m.monitored ? m.chain.monitored_planned : m.planned, 1));
    row.set("spent", m.monitored ? fixed(m.spent, 1) : "–");
    prow.push_back(row);
    if (m.monitored) {
      any = true;
      pbars.push_back({m.name, m.progress, percent(m.progress / 100)});
    }
  }
  if (any) {
    d.set("progress", prow);
    d.set("has_progress", true);
    d.set("chart_progress",
          chart_token(charts,
                      bar_chart_svg(label(lang, "report_progress_chart"), pbars, 100, "#3c8d5a"),
                      html));
  } else {
    d.set("no_monitoring", std::string(label(lang, "report_no_monitoring")));
  }
  set_program_chain(d, s, lang);
  return render_template("batch_report.md.mustache", d, lang, Markup::markdown, o.templates_dir);
}

} // namespace

std::string render_report(const MunicipalityResults& results, const RenderOptions& o) {
  std::vector<std::string> charts;
  std::string md = municipality_markdown(results, o, charts);
  if (o.format != Format::html) return md;
  return report_html(md, charts, false, o);
}

std::string report_page(const std::string& md, const std::vector<std::string>& charts,
                        const RenderOptions& o) {
  return report_html(md, charts, false, o);
}

std::string render_batch_report(const ProgramSummary& summary, const RenderOptions& o) {
  std::vector<std::string> charts;
  std::string md = batch_markdown(summary, o, charts);
  if (o.format != Format::html) return md;
  return report_html(md, charts, true, o);
}

} // namespace vap
