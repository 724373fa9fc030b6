#include "vap/chart.hpp"

#include "vap/table.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace vap {
namespace {

constexpr double k_font = 13;
constexpr double k_width = 720;
constexpr double k_row = 24;
constexpr double k_gap = 4;
constexpr std::size_t k_label_columns = 30;

std::string num(double v) {
  std::string s = fixed(v, 1);
  return s == "-0.0" ? "0.0" : s;
}

constexpr double k_line = 15;
constexpr std::string_view k_chart_text = "#1a1a1a"; // between the lines of a wrapped label

// One UTF-8 character's length in bytes from its first byte.
std::size_t char_length(unsigned char c) {
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// A label in lines of at most k_label_columns display columns, broken at spaces (a word longer
// than a line is broken inside): nothing is cut off, long Kyrgyz and Russian names included.
std::vector<std::string> wrap(std::string_view label) {
  std::vector<std::string> lines;
  std::string line;
  auto push_word = [&](std::string_view word) {
    while (!word.empty()) {
      if (display_width(line) + (line.empty() ? 0 : 1) + display_width(word) <= k_label_columns) {
        line += (line.empty() ? "" : " ") + std::string(word);
        return;
      }
      if (!line.empty() && display_width(word) <= k_label_columns) {
        lines.push_back(line);
        line.clear();
        continue;
      }
      // A word longer than a line: as much of it as fits.
      if (!line.empty()) {
        lines.push_back(line);
        line.clear();
      }
      std::size_t cols = 0;
      std::size_t i = 0;
      while (i < word.size()) {
        const std::size_t n = char_length(static_cast<unsigned char>(word[i]));
        const std::size_t w = display_width(word.substr(i, n));
        if (cols + w > k_label_columns) break;
        cols += w;
        i += n;
      }
      if (i == 0) i = char_length(static_cast<unsigned char>(word[0]));
      lines.emplace_back(word.substr(0, i));
      word.remove_prefix(std::min(i, word.size()));
    }
  };
  std::size_t start = 0;
  while (start < label.size()) {
    std::size_t end = label.find(' ', start);
    if (end == std::string_view::npos) end = label.size();
    if (end > start) push_word(label.substr(start, end - start));
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

// The width of a line of text in ems of DejaVu Sans, on the safe side: a space 0.32, another
// ASCII character 0.62, any other (Cyrillic: ж, щ, ы are 0.8 wide, most 0.6 to 0.75) 0.72.
double text_ems(std::string_view line) {
  double ems = 0;
  for (std::size_t i = 0; i < line.size();) {
    const auto c = static_cast<unsigned char>(line[i]);
    ems += c == ' ' ? 0.32 : c < 0x80 ? 0.62 : 0.72;
    i += char_length(c);
  }
  return ems;
}

double label_width(const std::vector<std::string>& labels) {
  double ems = 4 * 0.62;
  for (const auto& l : labels)
    for (const auto& line : wrap(l))
      ems = std::max(ems, text_ems(line));
  return std::min(360.0, ems * k_font + 12);
}

// The height of a row whose label has `lines` lines (at least `minimum`).
double row_height(std::size_t lines, double minimum) {
  return std::max(minimum, static_cast<double>(lines) * k_line + 2 * k_gap);
}

// The frame of a chart: its title (shown and as <title>) and its data in words (<desc>), for
// screen readers and for whoever reuses the picture.
std::string head(double height, std::string_view title, std::string_view desc) {
  return fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {} {}\" width=\"{}\" "
      "height=\"{}\" role=\"img\" aria-label=\"{}\" font-family=\"DejaVu Sans, Arial, Helvetica, "
      "sans-serif\" font-size=\"{}\" fill=\"{}\">\n<title>{}</title>\n<desc>{}</desc>\n"
      "<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"14\">{}</text>\n",
      num(k_width), num(height), num(k_width), num(height), html_escape(title), num(k_font),
      k_chart_text, html_escape(title), html_escape(desc), html_escape(title));
}

std::string text(double x, double y, std::string_view content, std::string_view anchor) {
  return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n", num(x), num(y),
                     anchor, html_escape(content));
}

// A wrapped label, its lines centred on `middle` (a baseline 4 units under the middle for one
// line).
std::string label_text(double x, double middle, const std::vector<std::string>& lines,
                       std::string_view anchor, std::string_view attrs = "") {
  const double first = middle + 4 - k_line * static_cast<double>(lines.size() - 1) / 2;
  if (lines.size() == 1)
    return fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}>{}</text>\n", num(x),
                       num(first), anchor, attrs, html_escape(lines.front()));
  std::string out = fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"{}>", num(x), num(first),
                                anchor, attrs);
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += fmt::format("<tspan x=\"{}\" y=\"{}\">{}</tspan>", num(x),
                       num(first + k_line * static_cast<double>(i)), html_escape(lines[i]));
  return out + "</text>\n";
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
  std::vector<std::vector<std::string>> wrapped;
  double height = top + 8;
  for (const auto& r : rows) {
    wrapped.push_back(wrap(r.label));
    height += row_height(wrapped.back().size(), k_row);
  }
  if (max <= 0)
    for (const auto& r : rows)
      max = std::max(max, r.value);
  if (max <= 0) max = 1;
  const double span = k_width - left - right;
  std::string desc;
  for (const auto& r : rows)
    desc += (desc.empty() ? "" : "; ") + r.label + ": " + r.value_text;
  std::string out = head(height, title, desc);
  double y = top;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const double h = row_height(wrapped[i].size(), k_row);
    const double w = span * std::clamp(r.value / max, 0.0, 1.0);
    out += label_text(left - 6, y + h / 2, wrapped[i], "end");
    out += rect(left, y + h / 2 - (k_row / 2 - k_gap), w, k_row - 2 * k_gap, colour);
    out += text(left + w + 4, y + h / 2 + 4, r.value_text, "start");
    y += h;
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
  std::vector<std::vector<std::string>> wrapped;
  double height = top + 8;
  for (const auto& r : rows) {
    wrapped.push_back(wrap(r.label));
    height += row_height(wrapped.back().size(), pair);
  }
  double max = 0;
  for (const auto& r : rows)
    max = std::max({max, r.first, r.second});
  if (max <= 0) max = 1;
  const double span = k_width - left - right;
  const double bar = k_row - 2 * k_gap;
  std::string desc;
  for (const auto& r : rows)
    desc += fmt::format("{}{}: {} {}, {} {}", desc.empty() ? "" : "; ", r.label, first_name,
                        r.first_text, second_name, r.second_text);
  std::string out = head(height, title, desc);
  out += rect(0, 26, 12, 12, k_first) + text(16, 36, first_name, "start");
  const double second_x = 16 + static_cast<double>(display_width(first_name)) * k_font * 0.66 + 24;
  out += rect(second_x, 26, 12, 12, k_second) + text(second_x + 16, 36, second_name, "start");
  double y = top;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const double h = row_height(wrapped[i].size(), pair);
    out += label_text(left - 6, y + h / 2, wrapped[i], "end");
    const double w1 = span * std::clamp(r.first / max, 0.0, 1.0);
    const double w2 = span * std::clamp(r.second / max, 0.0, 1.0);
    const double y0 = y + (h - pair) / 2;
    out += rect(left, y0 + k_gap, w1, bar, k_first);
    out += text(left + w1 + 4, y0 + k_gap + bar - 4, r.first_text, "start");
    out += rect(left, y0 + 2 * k_gap + bar, w2, bar, k_second);
    out += text(left + w2 + 4, y0 + 2 * k_gap + 2 * bar - 4, r.second_text, "start");
    y += h;
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
  std::vector<std::vector<std::string>> wrapped;
  double height = top + 8;
  for (const auto& r : rows) {
    wrapped.push_back(r.heading ? std::vector<std::string>{r.label} : wrap(r.label));
    height += row_height(wrapped.back().size(), k_row);
  }
  std::string desc;
  auto month_name = [&](int m) {
    const int total = first_year * 12 + (first_month - 1) + m;
    return fmt::format("{:04}-{:02}", total / 12, total % 12 + 1);
  };
  for (const auto& r : rows) {
    if (r.heading) {
      desc += (desc.empty() ? "" : ". ") + r.label + ":";
    } else {
      desc += fmt::format(" {} {}", r.label,
                          r.start == r.end ? month_name(r.start)
                                           : month_name(r.start) + " – " + month_name(r.end)) +
              ";";
    }
  }
  std::string out = head(height, title, desc);
  // Month labels ("2025-03", about 44 units at 10) never touch: every month when there is room,
  // else every 2nd, 3rd, 4th, 6th or 12th.
  constexpr double k_month_label = 48;
  int every = 12;
  for (int e : {1, 2, 3, 4, 6, 12})
    if (step * e >= k_month_label) {
      every = e;
      break;
    }
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
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const double h = row_height(wrapped[i].size(), k_row);
    if (r.heading) {
      out += label_text(0, y + h / 2, wrapped[i], "start", " font-weight=\"bold\"");
    } else {
      out += label_text(left - 6, y + h / 2, wrapped[i], "end");
      out += rect(left + step * r.start, y + h / 2 - (k_row / 2 - k_gap),
                  step * (r.end - r.start + 1), k_row - 2 * k_gap, "#2f6f9f");
    }
    y += h;
  }
  out += "</svg>\n";
  return out;
}

} // namespace vap

namespace vap {

std::string svg_file(std::string_view chart) {
  std::string s(chart);
  if (s.rfind("<svg", 0) == 0) s.insert(4, " xmlns=\"http://www.w3.org/2000/svg\"");
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + s;
}

double contrast_ratio(std::string_view a, std::string_view b) {
  auto luminance = [](std::string_view c) {
    auto channel = [&](std::size_t at) {
      const double v = std::stoi(std::string(c.substr(at, 2)), nullptr, 16) / 255.0;
      return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace vap
