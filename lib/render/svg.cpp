#include "vap/svg.hpp"

#include "vap/table.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace vap::svg {

std::string num(double value, int decimals) {
  return fixed(value, decimals);
}

std::string document(double min_x, double min_y, double width, double height,
                     std::string_view title, std::string_view body) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{}\" height=\"{}\" "
      "viewBox=\"{} {} {} {}\" font-family=\"{}\">\n",
      num(width, 0), num(height, 0), num(min_x), num(min_y), num(width), num(height),
      html_escape(k_font_family));
  out += "<title>" + html_escape(title) + "</title>\n";
  out += rect(min_x, min_y, width, height, "fill=\"#ffffff\"");
  out += body;
  out += "</svg>\n";
  return out;
}

namespace {

std::string text_open(double x, double y, double font_size, std::string_view anchor,
                      std::string_view attrs) {
  std::string out =
      fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\"", num(x), num(y), num(font_size));
  if (anchor != "start") out += fmt::format(" text-anchor=\"{}\"", anchor);
  if (!attrs.empty()) out += fmt::format(" {}", attrs);
  return out + ">";
}

} // namespace

std::string text(double x, double y, std::string_view content, double font_size,
                 std::string_view anchor, std::string_view attrs) {
  return text_open(x, y, font_size, anchor, attrs) + html_escape(content) + "</text>\n";
}

std::string text_lines(double x, double y, const std::vector<std::string>& lines, double font_size,
                       double line_height, std::string_view anchor, std::string_view attrs) {
  if (lines.size() == 1) return text(x, y, lines.front(), font_size, anchor, attrs);
  std::string out = text_open(x, y, font_size, anchor, attrs);
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += fmt::format("<tspan x=\"{}\" y=\"{}\">{}</tspan>", num(x),
                       num(y + static_cast<double>(i) * line_height), html_escape(lines[i]));
  return out + "</text>\n";
}

std::string circle(double cx, double cy, double r, std::string_view attrs) {
  return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}/>\n", num(cx), num(cy), num(r),
                     attrs);
}

std::string rect(double x, double y, double width, double height, std::string_view attrs) {
  return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n", num(x), num(y),
                     num(width), num(height), attrs);
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attrs) {
  return fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" {}/>\n", num(x1), num(y1),
                     num(x2), num(y2), attrs);
}

std::string slice(double cx, double cy, double r, double a0, double a1, std::string_view attrs) {
  if (a1 - a0 >= 2 * std::numbers::pi - 1e-9) return circle(cx, cy, r, attrs);
  auto px = [&](double a) { return cx + r * std::sin(a); };
  auto py = [&](double a) { return cy - r * std::cos(a); };
  const int large = a1 - a0 > std::numbers::pi ? 1 : 0;
  return fmt::format("<path d=\"M{} {}L{} {}A{} {} 0 {} 1 {} {}Z\" {}/>\n", num(cx), num(cy),
                     num(px(a0)), num(py(a0)), num(r), num(r), large, num(px(a1)), num(py(a1)),
                     attrs);
}

double text_width(std::string_view content, double font_size) {
  return static_cast<double>(display_width(content)) * 0.62 * font_size;
}

double bold_text_width(std::string_view content, double font_size) {
  return text_width(content, font_size) * 1.15;
}

std::vector<std::string> wrap_label(std::string_view content, std::size_t max_columns) {
  std::string s = tidy(content);
  if (display_width(s) <= max_columns) return {s};
  // The space closest to the middle (in columns) splits the label.
  const std::size_t total = display_width(s);
  std::size_t best = std::string::npos;
  std::size_t best_distance = SIZE_MAX;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ') continue;
    const std::size_t left = display_width(std::string_view(s).substr(0, i));
    const std::size_t distance = left * 2 > total ? left * 2 - total : total - left * 2;
    if (distance < best_distance) {
      best_distance = distance;
      best = i;
    }
  }
  if (best == std::string::npos) return {s};
  return {s.substr(0, best), s.substr(best + 1)};
}

bool Box::intersects(const Box& o, double gap) const {
  return x0 < o.x1 + gap && o.x0 < x1 + gap && y0 < o.y1 + gap && o.y0 < y1 + gap;
}

bool Box::touches_circle(double cx, double cy, double r) const {
  const double nx = std::clamp(cx, x0, x1);
  const double ny = std::clamp(cy, y0, y1);
  return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
}

void Box::extend(const Box& o) {
  x0 = std::min(x0, o.x0);
  y0 = std::min(y0, o.y0);
  x1 = std::max(x1, o.x1);
  y1 = std::max(y1, o.y1);
}

Box text_box(double x, double y, const std::vector<std::string>& lines, double font_size,
             double line_height, std::string_view anchor) {
  double width = 0;
  for (const auto& l : lines)
    width = std::max(width, text_width(l, font_size));
  Box b;
  b.x0 = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x;
  b.x1 = b.x0 + width;
  b.y0 = y - 0.8 * font_size;
  b.y1 = y + static_cast<double>(lines.empty() ? 0 : lines.size() - 1) * line_height +
         0.25 * font_size;
  return b;
}

std::string_view palette(std::size_t index) {
  // Colour-blind-friendly hues (Okabe–Ito and Tableau), distinguishable side by side.
  static constexpr std::array<std::string_view, 12> k_colours = {
      "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
      "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#0072b2", "#d55e00"};
  return k_colours[index % k_colours.size()];
}

} // namespace vap::svg
