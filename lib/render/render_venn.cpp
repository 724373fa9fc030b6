#include "vap/render_venn.hpp"

#include "vap/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace vap {
namespace {

std::string mean(double x) {
  return fixed(x, 1);
}

Json summary_json(const VennSummary& v, Lang lang) {
  Json j;
  j["municipality_id"] = v.municipality_id;
  j["municipality"] = v.municipality;
  j["sessions_with_venn"] = v.sessions;
  Json rows = Json::array();
  for (const auto& r : v.rows) {
    Json row;
    row["institution_id"] = r.institution.id;
    row["institution"] = r.institution.label(lang);
    row["in_catalog"] = r.institution.in_catalog;
    row["type"] = r.type.id;
    row["types_differ"] = r.types_differ;
    row["sessions"] = r.sessions;
    row["importance"] = std::stod(fixed(r.importance, 2));
    row["closeness"] = std::stod(fixed(r.closeness, 2));
    row["out_of_reach"] = r.out_of_reach;
    Json groups = Json::object();
    for (const auto& g : r.by_group)
      groups[g.group] = {{"sessions", g.sessions},
                         {"importance", std::stod(fixed(g.importance, 2))},
                         {"closeness", std::stod(fixed(g.closeness, 2))}};
    row["by_group"] = groups;
    rows.push_back(row);
  }
  j["institutions"] = rows;
  return j;
}

// ---- the diagram ----

constexpr double k_community_r = 62;
constexpr double k_label_size = 12.5;
constexpr double k_line_height = 15;
constexpr std::size_t k_wrap_columns = 18;

std::string_view type_colour(const std::string& type) {
  if (type == "community-group") return "#59a14f";
  if (type == "local-institution") return "#4e79a7";
  if (type == "external") return "#f28e2b";
  return "#9c9c9c";
}

// The circle grows with importance (1 → 14, 5 → 46), so that the important ones stand out.
double circle_r(double importance) {
  return 6 + 8 * std::clamp(importance, 1.0, 5.0);
}

// Distance from the centre grows as closeness falls; `base` moves every ring out alike.
double distance(double closeness, double base) {
  return k_community_r + base + (5 - closeness) * 66;
}

struct Drawing {
  std::string body;
  svg::Box bounds;
};

struct Placed {
  const VennRow* row = nullptr;
  double x = 0;
  double y = 0;
  double r = 0;
  double angle = 0; // clockwise from twelve o'clock
};

// Circles on angles: ordered by type, then importance; each gets a wedge wide enough for its
// circle so that no two circles overlap, and rings move out when the wedges do not fit.
std::vector<Placed> place_circles(const VennSummary& v, double& base) {
  std::vector<const VennRow*> order;
  for (const auto& r : v.rows)
    order.push_back(&r);
  auto type_index = [&](const std::string& id) {
    for (std::size_t i = 0; i < v.types.size(); ++i)
      if (v.types[i].id == id) return i;
    return v.types.size();
  };
  std::stable_sort(order.begin(), order.end(), [&](const VennRow* a, const VennRow* b) {
    return type_index(a->type.id) < type_index(b->type.id);
  });
  constexpr double k_pad = 5;
  std::vector<double> wedge(order.size());
  for (base = 38;; base += 8) {
    double sum = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
      const double d = distance(order[i]->closeness, base);
      const double r = circle_r(order[i]->importance) + k_pad;
      wedge[i] = r >= d ? std::numbers::pi : 2 * std::asin(r / d);
      sum += wedge[i];
    }
    if (sum <= 2 * std::numbers::pi || base > 2000) break;
  }
  double sum = 0;
  for (double w : wedge)
    sum += w;
  const double slack =
      order.empty() ? 0
                    : std::max(0.0, 2 * std::numbers::pi - sum) / static_cast<double>(order.size());
  std::vector<Placed> out;
  double a = order.empty() ? 0 : -(wedge[0] + slack) / 2; // the first circle straight up
  for (std::size_t i = 0; i < order.size(); ++i) {
    const double centre = a + (wedge[i] + slack) / 2;
    a += wedge[i] + slack;
    Placed p;
    p.row = order[i];
    p.angle = centre;
    p.r = circle_r(order[i]->importance);
    const double d = distance(order[i]->closeness, base);
    p.x = d * std::sin(centre);
    p.y = -d * std::cos(centre);
    out.push_back(p);
  }
  return out;
}

// A label's lines and baseline beside a circle, `extra` further out along the circle's direction.
struct LabelSpot {
  double x = 0;
  double y = 0;
  std::string_view anchor;
  svg::Box box;
};

LabelSpot label_spot(const Placed& p, const std::vector<std::string>& lines, double extra,
                     bool bold) {
  const double ux = std::sin(p.angle);
  const double uy = -std::cos(p.angle);
  const double reach = p.r + 5 + extra;
  const double px = p.x + ux * reach;
  const double py = p.y + uy * reach;
  const double block = static_cast<double>(lines.size() - 1) * k_line_height;
  LabelSpot s;
  s.x = px;
  if (ux > 0.35 || ux < -0.35) {
    s.anchor = ux > 0 ? "start" : "end";
    // Vertically centred on the direction line.
    s.y = py - block / 2 + 0.3 * k_label_size;
  } else {
    s.anchor = "middle";
    s.y = uy < 0 ? py - block - 0.25 * k_label_size : py + 0.8 * k_label_size;
  }
  // Bold text is about a tenth wider.
  s.box = svg::text_box(s.x, s.y, lines, bold ? k_label_size * 1.1 : k_label_size, k_line_height,
                        s.anchor);
  return s;
}

// The circles and the labels placed so far, by the cells of a coarse grid they reach (with the
// margins the checks allow), so that a label is checked against its neighbours only, not against
// every circle and label: the same answers, in time that grows with the number of institutions
// and not with its square.
class Obstacles {
public:
  Obstacles(const std::vector<Placed>& circles) : m_circles(circles) {
    for (std::size_t i = 0; i < circles.size(); ++i) {
      const Placed& q = circles[i];
      const double r = q.r + k_circle_gap;
      insert({q.x - r, q.y - r, q.x + r, q.y + r}, static_cast<int>(i));
    }
  }
  void take(const svg::Box& box) {
    m_taken.push_back(box);
    insert({box.x0 - k_label_gap, box.y0 - k_label_gap, box.x1 + k_label_gap, box.y1 + k_label_gap},
           -static_cast<int>(m_taken.size()));
  }
  // Whether `box` keeps clear of every circle (with its margin) and every label taken.
  bool clear(const svg::Box& box) const {
    bool ok = true;
    cells(box, [&](long long key) {
      auto it = m_grid.find(key);
      if (it == m_grid.end()) return;
      for (int i : it->second) {
        if (i >= 0) {
          const Placed& q = m_circles[static_cast<std::size_t>(i)];
          ok = ok && !box.touches_circle(q.x, q.y, q.r + (q.row->out_of_reach ? 7 : 2));
        } else {
          ok = ok && !box.intersects(m_taken[static_cast<std::size_t>(-i - 1)], k_label_gap);
        }
      }
    });
    return ok;
  }

private:
  static constexpr double k_cell = 48;
  static constexpr double k_circle_gap = 7; // the largest margin of a circle's check
  static constexpr double k_label_gap = 4;

  template <typename F> static void cells(const svg::Box& b, F f) {
    const auto lo_x = static_cast<long long>(std::floor(b.x0 / k_cell));
    const auto hi_x = static_cast<long long>(std::floor(b.x1 / k_cell));
    const auto lo_y = static_cast<long long>(std::floor(b.y0 / k_cell));
    const auto hi_y = static_cast<long long>(std::floor(b.y1 / k_cell));
    for (long long x = lo_x; x <= hi_x; ++x)
      for (long long y = lo_y; y <= hi_y; ++y)
        f(x * 4294967296LL + y);
  }
  void insert(const svg::Box& b, int id) {
    cells(b, [&](long long key) { m_grid[key].push_back(id); });
  }

  const std::vector<Placed>& m_circles;
  std::vector<svg::Box> m_taken;
  std::unordered_map<long long, std::vector<int>> m_grid;
};

Drawing draw(const VennSummary& v, Lang lang) {
  Drawing dr;
  std::string& out = dr.body;
  const std::string title = std::string(label(lang, "venn_title")) + ": " + v.municipality;
  if (v.rows.empty()) {
    out += svg::text(0, 0, title, 18, "start", "font-weight=\"bold\"");
    out += svg::text(0, 28, std::string(label(lang, "venn_no_data")), 14);
    dr.bounds = {-10, -28,
                 std::max(svg::bold_text_width(title, 18),
                          svg::text_width(label(lang, "venn_no_data"), 14)) +
                     10,
                 40};
    return dr;
  }
  double base = 0;
  std::vector<Placed> circles = place_circles(v, base);

  svg::Box bounds{-k_community_r, -k_community_r, k_community_r, k_community_r};
  // Closeness rings, faint, from 5 (near) to 1 (far).
  std::string rings;
  for (int c = 5; c >= 1; --c) {
    const double d = distance(c, base);
    rings += svg::circle(
        0, 0, d, "fill=\"none\" stroke=\"#d0d0d0\" stroke-width=\"1\" stroke-dasharray=\"4 4\"");
    bounds.extend({-d, -d, d, d});
  }
  out += "<g id=\"rings\">\n" + rings + "</g>\n";
  out += svg::circle(0, 0, k_community_r, "fill=\"#fff3c4\" stroke=\"#c9a227\" stroke-width=\"2\"");
  out += svg::text(0, 5, label(lang, "venn_community"), 15, "middle",
                   "font-weight=\"bold\" fill=\"#5d4a00\"");

  // Circles, least important first so that the important ones are drawn on top.
  std::vector<const Placed*> by_importance;
  for (const auto& p : circles)
    by_importance.push_back(&p);
  std::stable_sort(
      by_importance.begin(), by_importance.end(),
      [](const Placed* a, const Placed* b) { return a->row->importance > b->row->importance; });
  std::string shapes;
  for (auto it = by_importance.rbegin(); it != by_importance.rend(); ++it) {
    const Placed& p = **it;
    shapes += svg::circle(
        p.x, p.y, p.r,
        fmt::format("fill=\"{}\" fill-opacity=\"0.8\" stroke=\"#333333\" stroke-width=\"1\"",
                    type_colour(p.row->type.id)));
    shapes += svg::text(p.x, p.y + 4, mean(p.row->importance), 11, "middle",
                        "fill=\"#ffffff\" font-weight=\"bold\"");
    if (p.row->out_of_reach)
      shapes += svg::circle(
          p.x, p.y, p.r + 4,
          "fill=\"none\" stroke=\"#c62828\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"");
    bounds.extend({p.x - p.r - 4, p.y - p.r - 4, p.x + p.r + 4, p.y + p.r + 4});
  }

  // Labels, most important first: each moves outwards until it clears the circles and the
  // labels placed before it.
  Obstacles obstacles(circles);
  std::string labels;
  std::string leaders;
  for (const Placed* p : by_importance) {
    std::vector<std::string> lines =
        svg::wrap_label(p->row->institution.label(lang), k_wrap_columns);
    LabelSpot spot;
    double extra = 0;
    for (int attempt = 0; attempt < 80; ++attempt, extra += 5) {
      spot = label_spot(*p, lines, extra, p->row->out_of_reach);
      if (!spot.box.touches_circle(0, 0, k_community_r) && obstacles.clear(spot.box)) break;
    }
    obstacles.take(spot.box);
    bounds.extend(spot.box);
    if (extra > 0) {
      const double ux = std::sin(p->angle);
      const double uy = -std::cos(p->angle);
      leaders +=
          svg::line(p->x + ux * p->r, p->y + uy * p->r, p->x + ux * (p->r + 3 + extra),
                    p->y + uy * (p->r + 3 + extra), "stroke=\"#777777\" stroke-width=\"0.8\"");
    }
    std::string attrs =
        "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
    attrs += p->row->out_of_reach ? " fill=\"#b71c1c\" font-weight=\"bold\"" : " fill=\"#1a1a1a\"";
    labels +=
        svg::text_lines(spot.x, spot.y, lines, k_label_size, k_line_height, spot.anchor, attrs);
  }
  out += "<g id=\"institutions\">\n" + shapes + "</g>\n";
  out += "<g id=\"leaders\">\n" + leaders + "</g>\n";
  out += "<g id=\"labels\">\n" + labels + "</g>\n";

  // Title above, legend below.
  const double title_y = bounds.y0 - 20;
  out += svg::text(bounds.x0, title_y, title, 18, "start", "font-weight=\"bold\" fill=\"#1a1a1a\"");
  svg::Box all = bounds;
  all.extend({bounds.x0, title_y - 18, bounds.x0 + svg::bold_text_width(title, 18), title_y});
  double y = bounds.y1 + 30;
  const double x = bounds.x0;
  std::string legend;
  for (const auto& t : v.types) {
    legend += svg::circle(
        x + 8, y - 4, 8,
        fmt::format("fill=\"{}\" fill-opacity=\"0.8\" stroke=\"#333333\" stroke-width=\"1\"",
                    type_colour(t.id)));
    legend += svg::text(x + 24, y, t.label(lang), 13, "start", "fill=\"#1a1a1a\"");
    all.extend({x, y - 13, x + 24 + svg::text_width(t.label(lang), 13), y + 4});
    y += 22;
  }
  legend +=
      svg::circle(x + 8, y - 4, 8,
                  "fill=\"none\" stroke=\"#c62828\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"");
  for (auto key : {"venn_legend_flag", "venn_legend_size", "venn_legend_distance"}) {
    const std::string text(label(lang, key));
    legend += svg::text(x + 24, y, text, 13, "start", "fill=\"#1a1a1a\"");
    all.extend({x, y - 13, x + 24 + svg::text_width(text, 13), y + 4});
    y += 22;
  }
  out += "<g id=\"legend\">\n" + legend + "</g>\n";
  dr.bounds = all;
  return dr;
}

std::string document(const std::vector<Drawing>& drawings, const std::string& title) {
  // One under another, 40 apart, each keeping its own coordinates inside a translated group.
  constexpr double k_margin = 20;
  double width = 0;
  double height = 0;
  std::string body;
  for (const auto& d : drawings) {
    const double w = d.bounds.x1 - d.bounds.x0;
    const double h = d.bounds.y1 - d.bounds.y0;
    body += fmt::format("<g transform=\"translate({} {})\">\n", svg::num(k_margin - d.bounds.x0),
                        svg::num(k_margin + height - d.bounds.y0));
    body += d.body + "</g>\n";
    width = std::max(width, w);
    height += h + 40;
  }
  height -= 40;
  return svg::document(0, 0, std::ceil(width + 2 * k_margin), std::ceil(height + 2 * k_margin),
                       title, body);
}

} // namespace

std::string venn_svg(const VennSummary& v, Lang lang) {
  return venn_svg(std::vector<VennSummary>{v}, lang);
}

std::string venn_svg(const std::vector<VennSummary>& summaries, Lang lang) {
  std::vector<Drawing> drawings;
  for (const auto& v : summaries)
    drawings.push_back(draw(v, lang));
  std::string title(label(lang, "venn_title"));
  if (summaries.size() == 1) title += ": " + summaries.front().municipality;
  return document(drawings, title);
}

Data venn_data(const VennSummary& v, const RenderOptions& o) {
  const Lang lang = o.lang;
  Data d;
  d.set("municipality", v.municipality);
  if (v.sessions == 0) {
    d.set("no_data", std::string(label(lang, "venn_no_data")));
    return d;
  }
  d.set("has_data", true);
  d.set("summary", label_fmt(lang, "venn_summary", v.sessions, v.rows.size()));
  d.set("how", std::string(label(lang, "venn_how")));
  Data rows = list();
  Data flagged = list();
  for (const auto& r : v.rows) {
    Data row;
    row.set("institution", r.institution.label(lang));
    std::string type = r.type.label(lang);
    if (r.types_differ) type += " (" + std::string(label(lang, "venn_types_differ")) + ")";
    row.set("type", type);
    row.set("sessions", std::to_string(r.sessions));
    row.set("importance", mean(r.importance));
    row.set("closeness", mean(r.closeness));
    row.set("flag", r.out_of_reach ? std::string("⚠") : std::string());
    rows.push_back(row);
    if (r.out_of_reach)
      flagged.push_back(
          Data("text", label_fmt(lang, "venn_out_of_reach_item", r.institution.label(lang),
                                 mean(r.importance), mean(r.closeness), r.sessions)));
  }
  d.set("rows", rows);
  d.set("flagged", flagged);
  if (flagged.is_empty_list())
    d.set("flagged_none", std::string(label(lang, "venn_out_of_reach_none")));
  if (v.groups.size() > 1) {
    d.set("has_groups", true);
    Data header = list();
    std::string align;
    for (const auto& g : v.groups) {
      header.push_back(Data("name", g.label(lang)));
      align += ":---:|";
    }
    d.set("group_columns", header);
    d.set("group_align", align);
    Data grows = list();
    for (const auto& r : v.rows) {
      Data row;
      row.set("institution", r.institution.label(lang));
      Data cells = list();
      for (const auto& g : v.groups) {
        std::string cell = "–";
        for (const auto& view : r.by_group)
          if (view.group == g.id) cell = mean(view.importance) + " / " + mean(view.closeness);
        cells.push_back(Data("value", cell));
      }
      row.set("cells", cells);
      grows.push_back(row);
    }
    d.set("group_rows", grows);
  }
  return d;
}

std::string render_venn(const std::vector<VennSummary>& summaries, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || summaries.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"institution_id", "institution", "type", "sessions", "importance", "closeness",
                   "out_of_reach"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& v : summaries)
      for (const auto& r : v.rows) {
        if (many) csv.text(v.municipality_id);
        csv.text(r.institution.id)
            .text(r.institution.label(lang))
            .text(csv_word(o, r.type.id, r.type.label(lang)))
            .whole(r.sessions);
        csv.number(r.importance, 2).number(r.closeness, 2).text(csv_yes_no(o, r.out_of_reach));
        csv.end_row();
      }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(many, summaries,
                           [&](const auto& item) { return summary_json(item, lang); });
  }
  case Format::svg:
    return venn_svg(summaries, lang);
  default: {
    std::string out;
    for (const auto& v : summaries) {
      Data d = venn_data(v, o);
      if (!out.empty()) out += "\n";
      out += render_template("venn.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return tidy_markdown(out);
  }
  }
}

} // namespace vap
