#pragma once
// Small SVG building blocks shared by the diagrams (Venn, pie, the report's bar charts):
// a document frame, escaped text, shapes, fixed-decimal numbers and text-box estimates.
// Everything is deterministic: the same input gives the same bytes.
#include <string>
#include <string_view>
#include <vector>

namespace vap::svg {

// The font stack every diagram uses: common fonts with Cyrillic glyphs, then the generic family.
inline constexpr std::string_view k_font_family = "DejaVu Sans, Arial, Helvetica, sans-serif";

// A coordinate or length with fixed decimals ("12.5"), never "-0.0".
std::string num(double value, int decimals = 1);

// A complete SVG document: XML declaration, svg root with viewBox (min_x, min_y, width, height),
// a <title>, the font stack and a white background, then `body`.
std::string document(double min_x, double min_y, double width, double height,
                     std::string_view title, std::string_view body);

// <text> with the content escaped; `attrs` are extra attributes written as given (e.g.
// fill="#333").
std::string text(double x, double y, std::string_view content, double font_size,
                 std::string_view anchor = "start", std::string_view attrs = "");
// Several lines of text, one <tspan> per line, `line_height` apart; the first line's baseline at y.
std::string text_lines(double x, double y, const std::vector<std::string>& lines, double font_size,
                       double line_height, std::string_view anchor = "start",
                       std::string_view attrs = "");
std::string circle(double cx, double cy, double r, std::string_view attrs);
std::string rect(double x, double y, double width, double height, std::string_view attrs);
std::string line(double x1, double y1, double x2, double y2, std::string_view attrs);
// A pie slice from angle a0 to a1 (radians, clockwise from twelve o'clock); a full turn is a
// circle.
std::string slice(double cx, double cy, double r, double a0, double a1, std::string_view attrs);

// The estimated width of `content` in a sans-serif font: display columns × 0.62 em.
double text_width(std::string_view content, double font_size);
// The same for bold text: 15 % wider (DejaVu Sans Bold measures 12 % wider than its regular face
// in Chromium; a long municipality's name in a bold title ran out of the picture).
double bold_text_width(std::string_view content, double font_size);
// Splits a label into at most two lines near its middle when it is wider than `max_columns`.
std::vector<std::string> wrap_label(std::string_view content, std::size_t max_columns);

// An axis-aligned box, for keeping labels apart.
struct Box {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
  bool intersects(const Box& other, double gap = 0) const;
  // True when the circle (cx, cy, r) reaches into the box.
  bool touches_circle(double cx, double cy, double r) const;
  void extend(const Box& other);
};

// The box of a text (or text_lines) element placed like text() places it.
Box text_box(double x, double y, const std::vector<std::string>& lines, double font_size,
             double line_height, std::string_view anchor);

// A colour from a fixed palette of distinguishable colours, by index (wraps around).
std::string_view palette(std::size_t index);

} // namespace vap::svg
