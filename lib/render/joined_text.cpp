#include "vap/joined_text.hpp"

#include <stdexcept>

namespace vap {
namespace {

// The end of a JSON document with one array: "\n  ]\n}\n" after items, "]\n}\n" when empty.
constexpr std::string_view k_items_end = "\n  ]\n}\n";
constexpr std::string_view k_empty_end = "]\n}\n";

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

} // namespace

JoinedText::JoinedText(Format format, Sink sink) : m_format(format), m_sink(std::move(sink)) {}

void JoinedText::tidy(std::string_view text) {
  // tidy_markdown as the text comes: at most one blank line in a row, none at the start, one
  // line break at the end (the held ones are written when a character follows them).
  std::size_t run = 0; // start of the characters not written yet
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\r' && c != '\n') {
      if (m_held > 0) {
        m_sink(std::string_view("\n\n").substr(0, static_cast<std::size_t>(m_held)));
        m_held = 0;
        run = i;
      }
      m_newlines = 0;
      continue;
    }
    if (i > run) m_sink(text.substr(run, i - run));
    run = i + 1;
    if (c == '\n' && ++m_newlines <= 2) ++m_held;
  }
  if (m_held == 0 && run < text.size()) m_sink(text.substr(run));
}

void JoinedText::add(std::string_view part) {
  ++m_parts;
  switch (m_format) {
  case Format::md:
    if (m_parts > 1) tidy("\n");
    tidy(part);
    return;
  case Format::csv: {
    if (m_parts == 1) {
      m_sink(part);
      return;
    }
    const auto nl = part.find('\n');
    if (nl != std::string_view::npos) m_sink(part.substr(nl + 1));
    return;
  }
  case Format::json:
  case Format::geojson: {
    const auto open = part.find('[');
    if (open == std::string_view::npos) throw std::logic_error("JoinedText: no JSON array");
    const std::string_view head = part.substr(0, open + 1);
    if (m_parts == 1) {
      m_head = head;
      m_sink(head);
    } else if (head != m_head) {
      throw std::logic_error("JoinedText: parts of different documents");
    }
    if (ends_with(part, k_items_end) && part.size() > open + 1 + k_items_end.size() &&
        part[open + 1] == '\n') {
      m_sink(m_items ? ",\n" : "\n");
      m_sink(part.substr(open + 2, part.size() - open - 2 - k_items_end.size()));
      m_items = true;
    } else if (part.substr(open + 1) != k_empty_end) {
      throw std::logic_error("JoinedText: not a JSON document with one array");
    }
    return;
  }
  default:
    throw std::logic_error("JoinedText: this format is not joined part by part");
  }
}

void JoinedText::finish() {
  switch (m_format) {
  case Format::md:
    m_sink("\n");
    return;
  case Format::json:
  case Format::geojson:
    if (m_parts > 0) m_sink(m_items ? k_items_end : k_empty_end);
    return;
  default:
    return;
  }
}

} // namespace vap
