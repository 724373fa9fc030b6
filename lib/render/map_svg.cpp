// The printable map of the located objects: no background tiles (it prints offline), each
// object a marker coloured by its condition with its category's number, its name beside it
// where it fits, the legend of categories and conditions, a scale bar and north.
#include "vap/map_svg.hpp"

#include "vap/svg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace vap {
namespace {

constexpr double k_width = 760; // the map's frame
constexpr double k_height = 520;
constexpr double k_margin = 40;
constexpr double k_legend = 250;      // the legend's column, right of the map
constexpr double k_earth = 6371008.8; // mean radius, metres
constexpr double k_pi = 3.14159265358979323846;

std::string_view condition_colour(Condition c) {
  switch (c) {
  case Condition::good:
    return "#2e7d32";
  case Condition::fair:
    return "#f9a825";
  case Condition::poor:
    return "#c62828";
  case Condition::absent:
    return "#6d4c41";
  case Condition::unknown:
    break;
  }
  return "#9e9e9e";
}

// A round length for the scale bar: 1, 2 or 5 times a power of ten, at most `most` metres.
double round_length(double most) {
  const double p = std::pow(10.0, std::floor(std::log10(most)));
  for (double f : {5.0, 2.0, 1.0})
    if (f * p <= most) return f * p;
  return p;
}

} // namespace

std::string map_svg(const MapInventory& inv, Lang lang) {
  std::vector<const MapItem*> located;
  for (const auto& it : inv.items)
    if (it.location) located.push_back(&it);
  if (located.empty()) return "";

  // An equirectangular projection about the objects' middle latitude: metres east and north.
  double lat0 = 0;
  for (const auto* it : located)
    lat0 += it->location->first;
  lat0 /= static_cast<double>(located.size());
  const double kx = k_earth * std::cos(lat0 * k_pi / 180) * k_pi / 180;
  const double ky = k_earth * k_pi / 180;
  double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
  for (const auto* it : located) {
    const double x = it->location->second * kx, y = it->location->first * ky;
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  // At least 200 m across, so that one object or a few close ones still have a scale.
  const double span = std::max({x1 - x0, y1 - y0, 200.0});
  const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const double inner_w = k_width - 2 * k_margin, inner_h = k_height - 2 * k_margin;
  const double scale = std::min(inner_w, inner_h) / span / 1.1; // pixels per metre
  auto px = [&](const MapItem& it) {
    return std::make_pair(k_width / 2 + (it.location->second * kx - cx) * scale,
                          k_height / 2 - (it.location->first * ky - cy) * scale);
  };

  // The categories, numbered in the order of the inventory (the catalog's).
  std::vector<const NamedId*> categories;
  for (const auto* it : located)
    if (std::none_of(categories.begin(), categories.end(),
                     [&](const NamedId* c) { return c->id == it->category.id; }))
      categories.push_back(&it->category);
  auto number_of = [&](const MapItem& it) {
    for (std::size_t i = 0; i < categories.size(); ++i)
      if (categories[i]->id == it.category.id) return i + 1;
    return std::size_t{0};
  };

  std::string body;
  body += svg::rect(0.5, 0.5, k_width - 1, k_height - 1, "fill=\"#fbfbf8\" stroke=\"#555\"");
  // The markers first, then the names where they fit: beside the marker, right, left, above or
  // below, never over another name or marker.
  std::vector<svg::Box> taken;
  constexpr double r = 9;
  for (const auto* it : located) {
    auto [x, y] = px(*it);
    taken.push_back({x - r, y - r, x + r, y + r});
  }
  std::string markers, names;
  for (const auto* it : located) {
    auto [x, y] = px(*it);
    markers += svg::circle(x, y, r,
                           fmt::format("fill=\"{}\" stroke=\"#222\" stroke-width=\"1\"",
                                       condition_colour(it->condition)));
    markers += svg::text(x, y + 3.5, std::to_string(number_of(*it)), 10, "middle",
                         "fill=\"#fff\" font-weight=\"bold\"");
    const std::vector<std::string> lines{it->name};
    const double w = svg::text_width(it->name, 11);
    const std::array<std::pair<double, double>, 4> tries{{{x + r + 3, y + 4},
                                                          {x - r - 3 - w, y + 4},
                                                          {x - w / 2, y - r - 4},
                                                          {x - w / 2, y + r + 13}}};
    for (const auto& [tx, ty] : tries) {
      const svg::Box b = svg::text_box(tx, ty, lines, 11, 13, "start");
      if (b.x0 < 2 || b.x1 > k_width - 2 || b.y0 < 2 || b.y1 > k_height - 2) continue;
      if (std::any_of(taken.begin(), taken.end(),
                      [&](const svg::Box& o) { return b.intersects(o, 1); }))
        continue;
      taken.push_back(b);
      names += svg::text(tx, ty, it->name, 11, "start", "fill=\"#222\"");
      break;
    }
  }
  body += markers + names;

  // The scale bar (bottom left) and north (top right).
  const double bar_m = round_length(inner_w / 4 / scale);
  const double bar = bar_m * scale;
  const double bx = k_margin / 2, by = k_height - k_margin / 2;
  body += svg::rect(bx, by - 4, bar / 2, 4, "fill=\"#222\"");
  body += svg::rect(bx + bar / 2, by - 4, bar / 2, 4,
                    "fill=\"#fff\" stroke=\"#222\" stroke-width=\"0.8\"");
  const std::string length = bar_m >= 1000
                                 ? fmt::format("{} {}", bar_m / 1000, label(lang, "map_km"))
                                 : fmt::format("{} {}", bar_m, label(lang, "map_m"));
  body += svg::text(bx, by - 8, "0", 10, "middle", "fill=\"#222\"");
  body += svg::text(bx + bar, by - 8, length, 10, "middle", "fill=\"#222\"");
  const double nx = k_width - k_margin / 2 - 6, ny = k_margin / 2 + 4;
  body += fmt::format("<path d=\"M {} {} L {} {} L {} {} Z\" fill=\"#222\"/>\n", svg::num(nx),
                      svg::num(ny - 12), svg::num(nx - 6), svg::num(ny + 6), svg::num(nx + 6),
                      svg::num(ny + 6));
  body += svg::text(nx, ny + 18, label(lang, "map_north"), 10, "middle", "fill=\"#222\"");

  // The legend, right of the map.
  double ly = 24;
  const double lx = k_width + 16;
  body += svg::text(lx, ly, inv.municipality, 13, "start", "font-weight=\"bold\" fill=\"#222\"");
  ly += 22;
  body += svg::text(lx, ly, label(lang, "map_legend_categories"), 11, "start",
                    "font-weight=\"bold\" fill=\"#222\"");
  for (std::size_t i = 0; i < categories.size(); ++i) {
    ly += 18;
    body += svg::circle(lx + 7, ly - 4, 7, "fill=\"#555\"");
    body += svg::text(lx + 7, ly - 0.5, std::to_string(i + 1), 9, "middle",
                      "fill=\"#fff\" font-weight=\"bold\"");
    body += svg::text(lx + 20, ly, categories[i]->label(lang), 11, "start", "fill=\"#222\"");
  }
  ly += 26;
  body += svg::text(lx, ly, label(lang, "map_legend_conditions"), 11, "start",
                    "font-weight=\"bold\" fill=\"#222\"");
  for (Condition c :
       {Condition::good, Condition::fair, Condition::poor, Condition::absent, Condition::unknown}) {
    if (std::none_of(located.begin(), located.end(),
                     [&](const MapItem* it) { return it->condition == c; }))
      continue;
    ly += 18;
    body += svg::circle(lx + 7, ly - 4, 7,
                        fmt::format("fill=\"{}\" stroke=\"#222\"", condition_colour(c)));
    body += svg::text(lx + 20, ly, label(lang, condition_key(c)), 11, "start", "fill=\"#222\"");
  }
  const std::size_t unplaced = inv.items.size() - located.size();
  if (unplaced > 0) {
    ly += 26;
    body += svg::text(lx, ly, fmt::format("{}: {}", label(lang, "map_not_located"), unplaced), 10,
                      "start", "fill=\"#555\"");
  }
  const double height = std::max(k_height, ly + 16);
  return svg::document(0, 0, k_width + k_legend, height,
                       fmt::format("{} — {}", label(lang, "map_printable_title"), inv.municipality),
                       body);
}

std::string_view condition_key(Condition c) {
  switch (c) {
  case Condition::good:
    return "map_good";
  case Condition::fair:
    return "map_fair";
  case Condition::poor:
    return "map_poor";
  case Condition::absent:
    return "map_absent";
  case Condition::unknown:
    break;
  }
  return "map_unknown";
}

} // namespace vap
