#include "vap/render_pie.hpp"

#include "vap/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace vap {
namespace {

std::string pct(double x) {
  return fixed(x, 1) + " %";
}
std::string signed_pp(double x) {
  return (x > 0 ? "+" : "") + fixed(x, 1);
}
double json_number(double x) {
  return std::stod(fixed(x, 1));
}

std::string group_label(const PieComparison& c, const std::string& id, Lang lang) {
  for (const auto& g : c.group_names)
    if (g.id == id) return g.label(lang);
  return id;
}

Json side_json(const PieComparison& c, const PieSide& s, Lang lang) {
  Json j;
  j["sessions"] = s.sessions;
  if (c.has_budget) j["actual_total"] = s.actual_total;
  j["awareness"] = s.awareness ? Json(json_number(*s.awareness)) : Json(nullptr);
  Json items = Json::array();
  for (const auto& it : s.items) {
    Json row;
    row["item_id"] = it.item.id;
    row["item"] = it.item.label(lang);
    row["in_catalog"] = it.item.in_catalog;
    row["perceived_pct"] = json_number(it.perceived);
    row["actual_pct"] = c.has_budget && s.has_actual ? Json(json_number(it.actual)) : Json(nullptr);
    row["gap_pp"] = c.has_budget && s.has_actual ? Json(json_number(it.gap)) : Json(nullptr);
    row["sessions"] = it.sessions;
    items.push_back(row);
  }
  j["items"] = items;
  return j;
}

Json comparison_json(const PieComparison& c, Lang lang) {
  Json j;
  j["municipality_id"] = c.municipality_id;
  j["municipality"] = c.municipality;
  j["has_budget"] = c.has_budget;
  j["budget_year"] = c.has_budget ? Json(c.budget_year) : Json(nullptr);
  j["unit"] = c.has_budget ? Json(c.unit) : Json(nullptr);
  j["sessions_with_pie"] = c.sessions;
  j["revenue"] = side_json(c, c.revenue, lang);
  j["expenditure"] = side_json(c, c.expenditure, lang);
  j["awareness"] = c.awareness ? Json(json_number(*c.awareness)) : Json(nullptr);
  Json groups = Json::array();
  for (const auto& g : c.groups) {
    groups.push_back(
        {{"group", g.group},
         {"village", g.village},
         {"revenue", g.revenue ? Json(json_number(*g.revenue)) : Json(nullptr)},
         {"expenditure", g.expenditure ? Json(json_number(*g.expenditure)) : Json(nullptr)},
         {"awareness", json_number(g.score)}});
  }
  j["groups"] = groups;
  j["threshold_pp"] = c.threshold;
  Json topics = Json::array();
  for (const auto& t : c.topics)
    topics.push_back({{"side", side_id(t.side)},
                      {"item_id", t.item.item.id},
                      {"item", t.item.item.label(lang)},
                      {"perceived_pct", json_number(t.item.perceived)},
                      {"actual_pct", json_number(t.item.actual)},
                      {"gap_pp", json_number(t.item.gap)},
                      {"text", topic_sentence(t, lang)}});
  j["hearing_topics"] = topics;
  return j;
}

Data side_data(const PieComparison& c, const PieSide& s, Lang lang) {
  Data d;
  d.set("title", std::string(label(lang, s.side == BudgetSide::revenue ? "pie_revenue"
                                                                       : "pie_expenditure")));
  if (s.sessions == 0) {
    d.set("none", std::string(label(lang, "pie_side_none")));
    return d;
  }
  // A side the budget lacks is shown like a pie without a budget.
  const bool compare = c.has_budget && s.has_actual;
  Data rows = list();
  for (const auto& it : s.items) {
    Data row;
    row.set("item", it.item.label(lang));
    row.set("perceived", pct(it.perceived));
    if (compare) {
      row.set("actual", it.in_budget ? pct(it.actual)
                                     : "– (" + std::string(label(lang, "pie_not_in_budget")) + ")");
      row.set("gap", signed_pp(it.gap));
      if (std::abs(it.gap) > c.threshold) row.set("big", true);
    }
    row.set("sessions", std::to_string(it.sessions));
    rows.push_back(row);
  }
  if (!s.items.empty()) {
    d.set(compare ? "budget_rows" : "plain_rows", rows);
    d.set(compare ? "budget_header" : "plain_header", true);
  }
  d.set("sessions_note", label_fmt(lang, "pie_side_sessions", s.sessions));
  if (s.awareness)
    d.set("awareness", label_fmt(lang, "pie_side_awareness", fixed(*s.awareness, 1)));
  return d;
}

// ---- the chart: paired bars per side ----

constexpr double k_font = 12.5;
constexpr double k_bar = 13;
constexpr double k_row = 40;
constexpr double k_scale_width = 360;
constexpr std::string_view k_perceived_colour = "#4e79a7";
constexpr std::string_view k_actual_colour = "#9c9c9c";

struct Drawing {
  std::string body;
  double width = 0;
  double height = 0;
};

Drawing draw(const PieComparison& c, Lang lang) {
  Drawing dr;
  std::string& out = dr.body;
  const std::string title = std::string(label(lang, "pie_title")) + ": " + c.municipality;
  out += svg::text(0, 18, title, 18, "start", "font-weight=\"bold\" fill=\"#1a1a1a\"");
  double y = 44;
  double width = svg::bold_text_width(title, 18);
  // Legend.
  out += svg::rect(0, y - 10, 14, 10, fmt::format("fill=\"{}\"", k_perceived_colour));
  const std::string perceived(label(lang, "pie_perceived"));
  out += svg::text(20, y, perceived, k_font, "start", "fill=\"#1a1a1a\"");
  const double x2 = 20 + svg::text_width(perceived, k_font) + 24;
  std::string actual(label(lang, "pie_actual"));
  if (!c.has_budget) actual += " (" + std::string(label(lang, "pie_chart_no_budget")) + ")";
  out += svg::rect(x2, y - 10, 14, 10, fmt::format("fill=\"{}\"", k_actual_colour));
  out += svg::text(x2 + 20, y, actual, k_font, "start", "fill=\"#1a1a1a\"");
  width = std::max(width, x2 + 20 + svg::text_width(actual, k_font));
  y += 20;

  double label_w = 0;
  double max_value = 1;
  for (const PieSide* s : {&c.revenue, &c.expenditure})
    for (const auto& it : s->items) {
      label_w = std::max(label_w, svg::text_width(it.item.label(lang), k_font));
      max_value = std::max({max_value, it.perceived, it.actual});
    }
  const double bars_x = label_w + 12;
  const double gap_x = bars_x + k_scale_width + 70;
  auto bar_w = [&](double v) { return v / max_value * k_scale_width; };
  for (const PieSide* s : {&c.revenue, &c.expenditure}) {
    y += 26;
    const std::string side_title(
        label(lang, s->side == BudgetSide::revenue ? "pie_revenue" : "pie_expenditure"));
    out += svg::text(0, y, side_title, 15, "start", "font-weight=\"bold\" fill=\"#1a1a1a\"");
    if (c.has_budget && s->has_actual && s->sessions > 0)
      out += svg::text(gap_x, y, std::string(label(lang, "pie_gap")), k_font, "start",
                       "fill=\"#555555\"");
    y += 10;
    if (s->sessions == 0) {
      y += 18;
      out += svg::text(0, y, std::string(label(lang, "pie_side_none")), k_font, "start",
                       "fill=\"#555555\"");
      continue;
    }
    for (const auto& it : s->items) {
      const double top = y + 6;
      out += svg::text(label_w, top + k_bar + 4, it.item.label(lang), k_font, "end",
                       "fill=\"#1a1a1a\"");
      out += svg::rect(bars_x, top, bar_w(it.perceived), k_bar,
                       fmt::format("fill=\"{}\"", k_perceived_colour));
      out += svg::text(bars_x + bar_w(it.perceived) + 4, top + k_bar - 2, pct(it.perceived), 11,
                       "start", "fill=\"#1a1a1a\"");
      if (c.has_budget && s->has_actual) {
        out += svg::rect(bars_x, top + k_bar + 2, bar_w(it.actual), k_bar,
                         fmt::format("fill=\"{}\"", k_actual_colour));
        out += svg::text(bars_x + bar_w(it.actual) + 4, top + 2 * k_bar, pct(it.actual), 11,
                         "start", "fill=\"#1a1a1a\"");
        const bool big = std::abs(it.gap) > c.threshold;
        out += svg::text(gap_x, top + k_bar + 4, signed_pp(it.gap), k_font, "start",
                         big ? "fill=\"#b71c1c\" font-weight=\"bold\"" : "fill=\"#555555\"");
      }
      y += k_row;
    }
    out += svg::line(bars_x, y - k_row * static_cast<double>(s->items.size()) + 2, bars_x, y + 2,
                     "stroke=\"#333333\" stroke-width=\"1\"");
  }
  dr.width = std::max(width, gap_x + 70);
  dr.height = y + 10;
  return dr;
}

} // namespace

std::string topic_sentence(const HearingTopic& t, Lang lang) {
  return label_fmt(lang,
                   t.side == BudgetSide::revenue ? "pie_topic_revenue" : "pie_topic_expenditure",
                   t.item.item.label(lang), pct(t.item.perceived), pct(t.item.actual));
}

std::string pie_svg(const PieComparison& c, Lang lang) {
  return pie_svg(std::vector<PieComparison>{c}, lang);
}

std::string pie_svg(const std::vector<PieComparison>& comparisons, Lang lang) {
  constexpr double k_margin = 20;
  std::string body;
  double width = 0;
  double height = 0;
  for (const auto& c : comparisons) {
    Drawing d = draw(c, lang);
    body += fmt::format("<g transform=\"translate({} {})\">\n", svg::num(k_margin),
                        svg::num(k_margin + height));
    body += d.body + "</g>\n";
    width = std::max(width, d.width);
    height += d.height + 30;
  }
  height -= 30;
  std::string title(label(lang, "pie_title"));
  if (comparisons.size() == 1) title += ": " + comparisons.front().municipality;
  return svg::document(0, 0, std::ceil(width + 2 * k_margin), std::ceil(height + 2 * k_margin),
                       title, body);
}

Data pie_data(const PieComparison& c, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", c.municipality);
  if (c.sessions == 0) {
    d.set("no_data", std::string(label(lang, "pie_no_data")));
    return d;
  }
  d.set("has_data", true);
  d.set("summary", c.has_budget ? label_fmt(lang, "pie_summary", c.sessions, c.budget_year)
                                : label_fmt(lang, "pie_no_budget", c.sessions));
  d.set("how", std::string(label(lang, c.has_budget ? "pie_how" : "pie_how_perceived")));
  if (c.has_budget) d.set("has_budget", true);
  Data sides = list();
  sides.push_back(side_data(c, c.revenue, lang));
  sides.push_back(side_data(c, c.expenditure, lang));
  d.set("sides", sides);
  if (c.has_budget && !c.groups.empty()) {
    Data groups = list();
    for (const auto& g : c.groups) {
      Data row;
      row.set("group", group_label(c, g.group, lang));
      row.set("village", g.village);
      row.set("revenue", g.revenue ? fixed(*g.revenue, 1) : "–");
      row.set("expenditure", g.expenditure ? fixed(*g.expenditure, 1) : "–");
      row.set("score", fixed(g.score, 1));
      groups.push_back(row);
    }
    d.set("groups", groups);
    d.set("has_groups", true);
    if (c.awareness) d.set("overall", label_fmt(lang, "pie_overall", fixed(*c.awareness, 1)));
    const auto& least = c.groups.front();
    d.set("least", label_fmt(lang, "pie_least",
                             group_label(c, least.group, lang) + " (" + least.village + ", " +
                                 fixed(least.score, 1) + ")"));
  }
  if (c.has_budget) {
    const std::string threshold =
        fixed(c.threshold, c.threshold == std::floor(c.threshold) ? 0 : 1);
    Data topics = list();
    for (const auto& t : c.topics)
      topics.push_back(Data("text", topic_sentence(t, lang)));
    d.set("topics", topics);
    d.set("topics_how",
          label_fmt(lang, c.topics.empty() ? "pie_topics_none" : "pie_topics_how", threshold));
  }
  return d;
}

std::string render_pie(const std::vector<PieComparison>& comparisons, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || comparisons.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"side", "item_id", "item", "perceived_pct", "actual_pct", "gap_pp"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& c : comparisons)
      for (const PieSide* s : {&c.revenue, &c.expenditure}) {
        if (s->sessions == 0) continue;
        for (const auto& it : s->items) {
          if (many) csv.text(c.municipality_id);
          csv.text(csv_word(o, side_id(s->side),
                            label(lang, s->side == BudgetSide::revenue ? "pie_revenue"
                                                                       : "pie_expenditure")))
              .text(it.item.id)
              .text(it.item.label(lang))
              .number(it.perceived, 1);
          if (c.has_budget && s->has_actual)
            csv.number(it.actual, 1).number(it.gap, 1);
          else
            csv.text("").text("");
          csv.end_row();
        }
      }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(many, comparisons,
                           [&](const auto& item) { return comparison_json(item, lang); });
  }
  case Format::svg:
    return pie_svg(comparisons, lang);
  default: {
    std::string out;
    for (const auto& c : comparisons) {
      Data d = pie_data(c, o);
      if (!out.empty()) out += "\n";
      out += render_template("pie.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return tidy_markdown(out);
  }
  }
}

} // namespace vap
