#include "vap/chart.hpp"

#include "vap/table.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {
namespace {

constexpr double k_font = 13;
constexpr double k_width = 720;
constexpr double k_row = 24;
constexpr double k_gap = 4;
constexpr std::size_t k_label_columns = 40;

std::string num(double v) {
  std::string s = fixed(v, 1);
  return s == "-0.0" ? "0.0" : s;
}

// A label cut to the columns a chart has room for.
std::string fit(std::string_view label) {
  if (display_width(label) <= k_label_columns) return std::string(label);
  std::string out;
  std::size_t cols = 0;
  for (std::size_t i = 0; i < label.size();) {
    std::size_t n = 1;
    unsigned char c = static_cast<unsigned char>(label[i]);
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    std::string_view ch = label.substr(i, n);
    cols += display_width(ch);
    if (cols > k_label_columns - 1) break;
    out += ch;
    i += n;
  }
  return out + "…";
}

double label_width(const std::vector<std::string>& labels) {
  std::size_t cols = 4;
  for (const auto& l : labels)
    cols = std::max(cols, display_width(fit(l)));
  return std::min(360.0, static_cast<double>(cols) * k_font * 0.66 + 12);
}

std::string head(double height, std::string_view title) {
  return fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {} {}\" width=\"{}\" "
      "height=\"{}\" role=\"img\" aria-label=\"{}\" font-family=\"DejaVu Sans, Arial, Helvetica, "
      "sans-serif\" font-size=\"{}\">\n<title>{}</title>\n"
      "<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"14\">{}</text>\n",
      num(k_width), num(height), num(k_width), num(height), html_escape(title), num(k_font),
      html_escape(title), html_escape(title));
}

std::string text(double x, double y, std::string_view content, std::string_view anchor) {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", num(x), num(y),
                     anchor, html_escape(content));
}

std::string rect(double x, double y, double w, double h, std::string_view fill) {
  return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", num(x),
                     num(y), num(std::max(0.0, w)), num(h), fill);
}

} // namespace

std::string bar_chart_svg(std::string_view title, const std::vector<BarRow>& rows, double max,
                          std::string_view colour) {
  std::vector<std::string> labels;
  for (const auto& r : rows)
    labels.push_back(r.label);
  const double left = label_width(labels);
  const double right = 64;
  const double top = 28;
  const double height = top + k_row * static_cast<double>(rows.size()) + 8;
  if (max <= 0)
    for (const auto& r : rows)
      max = std::max(max, r.value);
  if (max <= 0) max = 1;
  const double span = k_width - left - right;
  std::string out = head(height, title);
  double y = top;
  for (const auto& r : rows) {
    const double w = span * std::clamp(r.value / max, 0.0, 1.0);
    out += text(left - 6, y + k_row / 2 + 4, fit(r.label), "end");
    out += rect(left, y + k_gap, w, k_row - 2 * k_gap, colour);
    out += text(left + w + 4, y + k_row / 2 + 4, r.value_text, "start");
    y += k_row;
  }
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#555\" stroke-width=\"1\"/>\n",
      num(left), num(top), num(y));
  out += "</svg>\n";
  return out;
}

std::string pair_chart_svg(std::string_view title, std::string_view first_name,
                           std::string_view second_name, const std::vector<PairRow>& rows) {
  constexpr std::string_view k_first = "#9fb8cf";
  constexpr std::string_view k_second = "#c0582b";
  std::vector<std::string> labels;
  for (const auto& r : rows)
    labels.push_back(r.label);
  const double left = label_width(labels);
  const double right = 80;
  const double top = 48;
  const double pair = 2 * (k_row - 2 * k_gap) + 3 * k_gap;
  const double height = top + pair * static_cast<double>(rows.size()) + 8;
  double max = 0;
  for (const auto& r : rows)
    max = std::max({max, r.first, r.second});
  if (max <= 0) max = 1;
  const double span = k_width - left - right;
  const double bar = k_row - 2 * k_gap;
  std::string out = head(height, title);
  out += rect(0, 26, 12, 12, k_first) + text(16, 36, first_name, "start");
  const double second_x = 16 + static_cast<double>(display_width(first_name)) * k_font * 0.66 + 24;
  out += rect(second_x, 26, 12, 12, k_second) + text(second_x + 16, 36, second_name, "start");
  double y = top;
  for (const auto& r : rows) {
    out += text(left - 6, y + pair / 2 + 4, fit(r.label), "end");
    const double w1 = span * std::clamp(r.first / max, 0.0, 1.0);
    const double w2 = span * std::clamp(r.second / max, 0.0, 1.0);
    out += rect(left, y + k_gap, w1, bar, k_first);
    out += text(left + w1 + 4, y + k_gap + bar - 4, r.first_text, "start");
    out += rect(left, y + 2 * k_gap + bar, w2, bar, k_second);
    out += text(left + w2 + 4, y + 2 * k_gap + 2 * bar - 4, r.second_text, "start");
    y += pair;
  }
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#555\" stroke-width=\"1\"/>\n",
      num(left), num(top), num(y));
  out += "</svg>\n";
  return out;
}

} // namespace vap

namespace vap {

std::string timeline_svg(std::string_view title, const std::vector<TimelineRow>& rows,
                         int first_year, int first_month) {
  std::vector<std::string> labels;
  int months = 1;
  for (const auto& r : rows) {
    labels.push_back(r.label);
    if (!r.heading) months = std::max(months, r.end + 1);
  }
  const double left = label_width(labels);
  const double top = 44;
  const double right = 12;
  const double span = k_width - left - right;
  const double step = span / months;
  const double height = top + k_row * static_cast<double>(rows.size()) + 8;
  std::string out = head(height, title);
  // Month ticks: every month when there is room, else every third.
  const int every = step >= 34 ? 1 : (step >= 12 ? 3 : 6);
  for (int m = 0; m < months; ++m) {
    const double x = left + step * m;
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#ddd\" stroke-width=\"1\"/>\n",
        num(x), num(top - 4), num(height - 8));
    if (m % every != 0) continue;
    const int total = first_year * 12 + (first_month - 1) + m;
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\">{:04}-{:02}</text>\n", num(x + 2),
                       num(top - 8), total / 12, total % 12 + 1);
  }
  double y = top;
  for (const auto& r : rows) {
    if (r.heading) {
      out += fmt::format("<text x=\"0\" y=\"{}\" font-weight=\"bold\">{}</text>\n",
                         num(y + k_row / 2 + 4), html_escape(fit(r.label)));
    } else {
      out += text(left - 6, y + k_row / 2 + 4, fit(r.label), "end");
      out += rect(left + step * r.start, y + k_gap, step * (r.end - r.start + 1), k_row - 2 * k_gap,
                  "#2f6f9f");
    }
    y += k_row;
  }
  out += "</svg>\n";
  return out;
}

} // namespace vap
