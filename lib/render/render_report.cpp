#include "vap/render_report.hpp"

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
namespace {

// ---- Markdown, before md4c turns it into HTML ----

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

int heading_level(std::string_view line) {
  int n = 0;
  while (n < static_cast<int>(line.size()) && line[static_cast<std::size_t>(n)] == '#')
    ++n;
  if (n == 0 || n > 6 || static_cast<std::size_t>(n) >= line.size() ||
      line[static_cast<std::size_t>(n)] != ' ')
    return 0;
  return n;
}

// Plain text of a heading (for the table of contents): inline marks dropped.
std::string plain(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '`' || s[i] == '*') continue;
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out += s[i];
  }
  return out;
}

// Mermaid blocks left out (the HTML has SVG charts), and with them the headings that only
// introduced them: a heading with no text, table or chart before the next heading of its level.
std::vector<std::string> without_mermaid(std::string_view markdown) {
  std::vector<std::string> lines;
  bool mermaid = false;
  for (auto& line : split_lines(markdown)) {
    if (!mermaid && line.rfind("```mermaid", 0) == 0) {
      mermaid = true;
      continue;
    }
    if (mermaid) {
      if (line.rfind("```", 0) == 0) mermaid = false;
      continue;
    }
    lines.push_back(std::move(line));
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (const int level = heading_level(lines[i])) {
      bool content = false;
      for (std::size_t j = i + 1; j < lines.size(); ++j) {
        const int l = heading_level(lines[j]);
        if (l > 0 && l <= level) break;
        if (l == 0 && !trim(lines[j]).empty()) {
          content = true;
          break;
        }
      }
      if (!content) continue;
    }
    out.push_back(lines[i]);
  }
  return out;
}

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

std::string inline_svg(std::string_view svg) {
  std::string s(svg);
  if (s.rfind("<?xml", 0) == 0) {
    std::size_t end = s.find("?>");
    s.erase(0, end == std::string::npos ? 0 : end + 2);
    while (!s.empty() && (s.front() == '\n' || s.front() == '\r'))
      s.erase(0, 1);
  }
  for (std::string_view ns :
       {" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""})
    for (std::size_t at; (at = s.find(ns)) != std::string::npos;)
      s.erase(at, ns.size());
  return s;
}

namespace {

// The text of an HTML fragment: tags dropped, entities counted as one character.
std::size_t text_columns(std::string_view html) {
  std::string text;
  bool tag = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') tag = true;
    if (!tag) {
      if (c == '&') {
        const std::size_t semi = html.find(';', i);
        if (semi != std::string_view::npos && semi - i < 10) i = semi;
        text += 'x';
      } else {
        text += c;
      }
    }
    if (c == '>') tag = false;
  }
  return display_width(text);
}

// What goes on landscape pages with a wide table [table, table_end): from the level-3 heading
// before it (its item: heading, problem, goal) to the next heading (the lines under the table),
// when nothing else (table, chart) lies between, so that no portrait page holds just a heading
// and two lines before the table's landscape pages.
std::pair<std::size_t, std::size_t> wide_span(std::string_view html, std::size_t table,
                                              std::size_t table_end) {
  auto other = [&](std::size_t from, std::size_t to) {
    for (std::string_view tag : {"<table", "<figure", "<div", "<h2", "<h4"}) {
      const std::size_t at = html.find(tag, from);
      if (at != std::string_view::npos && at < to) return true;
    }
    return false;
  };
  std::size_t open = table;
  const std::size_t heading = html.rfind("<h3", table);
  if (heading != std::string_view::npos && !other(heading + 1, table)) open = heading;
  std::size_t close =
      std::min({html.find("<h2", table_end), html.find("<h3", table_end), html.size()});
  if (other(table_end, close)) close = table_end;
  return {open, close};
}

// The longest word of an HTML fragment, in display columns (header cells break at spaces only).
std::size_t longest_word(std::string_view html) {
  std::size_t longest = 0;
  std::size_t start = 0;
  const std::string text(html);
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == ' ') {
      longest = std::max(longest, text_columns(std::string_view(text).substr(start, i - start)));
      start = i + 1;
    }
  return longest;
}

// A table that does not fit the portrait page goes on landscape pages of its own (@page wide):
// seven columns or more whose longest cells add up to more than twice the characters of a
// portrait line at 10 pt (about 95), so that wrapping every cell would make rows of many lines;
// or whose longest body cells add up to more than a line when the header words (which do not
// break) with the cells' padding take most of the line (60 of 95), leaving the text columns a
// few letters each; and any table whose header words alone, in bold, are wider than the portrait
// line (70 letters), which would make Chromium shrink every page to fit it.
void widen_tables(std::string& html) {
  constexpr std::size_t k_columns = 7;
  constexpr std::size_t k_characters = 190;
  constexpr std::size_t k_line = 95;
  constexpr std::size_t k_header_room = 60;
  constexpr std::size_t k_padding = 2;      // a cell's padding and border, in characters
  constexpr std::size_t k_header_line = 70; // bold header letters a portrait line holds
  for (std::size_t at = 0; (at = html.find("<table>", at)) != std::string::npos;) {
    const std::size_t end = html.find("</table>", at);
    if (end == std::string::npos) break;
    const std::string_view table(html.data() + at, end - at);
    std::vector<std::size_t> widest;
    std::vector<std::size_t> header_words; // the longest word of each header cell
    std::vector<std::size_t> widest_body;  // the longest body cell of each column
    for (std::size_t row = 0; (row = table.find("<tr>", row)) != std::string_view::npos; ++row) {
      const std::size_t row_end = std::min(table.find("</tr>", row), table.size());
      std::size_t column = 0;
      for (std::size_t cell = row; cell < row_end;) {
        const std::size_t open = table.find("<t", cell + 1);
        if (open >= row_end ||
            (table.compare(open, 3, "<th") != 0 && table.compare(open, 3, "<td") != 0)) {
          break;
        }
        const std::size_t body = table.find('>', open) + 1;
        const std::size_t close = table.find("</t", body);
        if (widest.size() <= column) widest.resize(column + 1, 0);
        widest[column] = std::max(widest[column], text_columns(table.substr(body, close - body)));
        if (table.compare(open, 3, "<th") == 0) {
          if (header_words.size() <= column) header_words.resize(column + 1, 0);
          header_words[column] = longest_word(table.substr(body, close - body));
        } else {
          if (widest_body.size() <= column) widest_body.resize(column + 1, 0);
          widest_body[column] =
              std::max(widest_body[column], text_columns(table.substr(body, close - body)));
        }
        ++column;
        cell = close;
      }
    }
    std::size_t sum = 0;
    for (const std::size_t w : widest)
      sum += w;
    std::size_t header_sum = 0;
    for (const std::size_t w : header_words)
      header_sum += w + k_padding;
    std::size_t body_sum = 0;
    for (const std::size_t w : widest_body)
      body_sum += w;
    if ((widest.size() >= k_columns &&
         (sum > k_characters || (body_sum > k_line && header_sum > k_header_room))) ||
        header_sum > k_header_line) {
      const auto [open, close] = wide_span(html, at, end + 8);
      html.insert(close, "</div>\n");
      html.insert(open, "<div class=\"wide\">\n");
      at = close + 7 + 19;
    } else {
      at = end + 8;
    }
  }
}

// Chart tokens (a paragraph of their own) become the charts' figures.
void place_figures(std::string& html, const std::vector<std::string>& charts) {
  for (std::size_t i = 0; i < charts.size(); ++i)
    replace_all(html, fmt::format("<p>%%chart:{}%%</p>\n", i),
                "<figure class=\"chart\">\n" + charts[i] + "</figure>\n");
}

} // namespace

HtmlDocument markdown_html(std::string_view markdown, const std::vector<std::string>& charts) {
  // The report is cut at its level-2 headings (the table of contents' sections) before the
  // conversion; the first level-1 heading is the title.
  HtmlDocument doc;
  std::vector<std::string> chunks(1);
  bool fence = false;
  for (const auto& line : without_mermaid(markdown)) {
    if (line.rfind("```", 0) == 0) fence = !fence;
    const int level = fence ? 0 : heading_level(line);
    if (level == 1 && doc.title.empty()) doc.title = plain(line.substr(2));
    if (level == 2) {
      doc.sections.push_back(
          {"s" + std::to_string(doc.sections.size() + 1), plain(line.substr(3)), ""});
      chunks.emplace_back();
    }
    chunks.back() += line + "\n";
  }
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    std::string html = commonmark_html(chunks[i]);
    place_figures(html, charts);
    widen_tables(html);
    (i == 0 ? doc.intro : doc.sections[i - 1].html) = std::move(html);
  }
  return doc;
}

namespace {

// The Markdown as HTML, in the municipality's or the batch's page.
std::string report_html(const std::string& md, const std::vector<std::string>& charts, bool batch,
                        const RenderOptions& o);

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

namespace {

std::string report_html(const std::string& md, const std::vector<std::string>& charts, bool batch,
                        const RenderOptions& o) {
  const HtmlDocument doc = markdown_html(md, charts);
  Data d;
  d.set("lang", std::string(lang_code(o.lang)));
  d.set("title", doc.title);
  d.set("intro", doc.intro);
  Data sections = list();
  for (const auto& s : doc.sections) {
    Data x;
    x.set("id", s.id);
    x.set("title", s.title);
    x.set("html", s.html);
    // The footer goes in the last section, so that the page break keeps it with its last lines.
    if (&s == &doc.sections.back()) x.set("last", true);
    sections.push_back(x);
  }
  d.set("sections", sections);
  d.set("charts", std::to_string(charts.size()));
  std::string html = render_template(batch ? "batch_report.html.mustache" : "report.html.mustache",
                                     d, o.lang, Markup::html, o.templates_dir);
  // The template's leading comment leaves blank lines: the file starts with <!DOCTYPE html>.
  html.erase(0, html.find_first_not_of(" \t\r\n"));
  return html;
}

} // namespace

} // namespace vap
