#pragma once
// Horizontal bar charts as inline SVG for the reports (the seed's "13 ayil aimaks" chart):
// labels on the left in the report's language, one bar per row, the value at the bar's end.
// Deterministic: the same rows give the same bytes. No XML declaration, so it can sit in HTML.
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// The colour of every chart's text (on white): WCAG contrast 17.4:1 (tests/render/test_chart.cpp).
inline constexpr std::string_view k_chart_text_colour = "#1a1a1a";

// A chart of this header made a file of its own: XML declaration and the SVG namespace.
std::string svg_file(std::string_view chart);

// WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21).
double contrast_ratio(std::string_view a, std::string_view b);

struct BarRow {
  std::string label;
  double value = 0;
  std::string value_text; // written at the bar's end
};

// One bar per row; `max` 0 scales to the largest value.
std::string bar_chart_svg(std::string_view title, const std::vector<BarRow>& rows, double max = 0,
                          std::string_view colour = "#2f6f9f");

struct PairRow {
  std::string label;
  double first = 0;
  double second = 0;
  std::string first_text;
  std::string second_text;
};

// Two bars per row (planned and spent, women and men), with a legend naming both.
std::string pair_chart_svg(std::string_view title, std::string_view first_name,
                           std::string_view second_name, const std::vector<PairRow>& rows);

} // namespace vap

namespace vap {

struct TimelineRow {
  std::string label;
  int start = 0;        // months since `first`, inclusive
  int end = 0;          // inclusive
  bool heading = false; // a problem's name above its tasks: no bar
};

// A Gantt-like timeline: one bar per task over months; `first_year`/`first_month` is month 0.
std::string timeline_svg(std::string_view title, const std::vector<TimelineRow>& rows,
                         int first_year, int first_month);

} // namespace vap
