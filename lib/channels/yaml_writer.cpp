#include "vap/yaml_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace vap {
namespace {

constexpr std::size_t k_line = 100; // a flow list or mapping longer than this is written as a block

bool needs_quotes(std::string_view t, bool in_flow) {
  if (t.empty()) return true;
  static constexpr std::array<std::string_view, 12> k_words = {
      "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "<<", "="};
  if (std::find(k_words.begin(), k_words.end(), t) != k_words.end()) return true;
  const char first = t.front();
  if (std::string_view("?:,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos) return true;
  if (first == '-' && (t.size() == 1 || t[1] == ' ' || t.substr(0, 3) == "---")) return true;
  if (first == ' ' || t.back() == ' ' || t.back() == ':') return true;
  if (t.find(": ") != std::string_view::npos || t.find(" #") != std::string_view::npos)
    return true;
  if (in_flow && t.find_first_of(",[]{}") != std::string_view::npos) return true;
  for (char c : t) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F) return true;
  }
  // A byte-order mark or a non-breaking space would be read as something else.
  return t.find("\xEF\xBB\xBF") != std::string_view::npos;
}

bool plain_scalars(const Record& r) {
  for (const auto& i : r.items)
    if (!i.is_scalar() && !i.is_null()) return false;
  return true;
}

// A list or mapping of short values on one line: [a, b] or {women: 9, men: 5}.
std::string flow(const Record& r) {
  std::string out = r.is_list() ? "[" : "{";
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i) out += ", ";
    if (r.is_list()) {
      out += yaml_scalar(r.items[i].text, true);
    } else {
      out += yaml_scalar(r.key(i).text, true) + ": ";
      out += r.value(i).is_null() ? "" : yaml_scalar(r.value(i).text, true);
    }
  }
  return out + (r.is_list() ? "]" : "}");
}

// A mapping is written on one line when its keys are plain ASCII words (women, men, 5, direct).
bool ascii_keys(const Record& r) {
  for (std::size_t i = 0; i < r.size(); ++i)
    for (char c : r.key(i).text)
      if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool fits_flow(const Record& r, std::size_t indent) {
  if (r.size() == 0) return true;
  if (!plain_scalars(r)) return false;
  if (r.is_map() && !ascii_keys(r)) return false;
  return indent + flow(r).size() <= k_line;
}

void write(std::string& out, const Record& r, std::size_t indent);

// `key:` and its value; `prefix` is what the line starts with ("  ", or "- " for a list item's
// first key).
void write_pair(std::string& out, const std::string& prefix, const Record& key, const Record& value,
                std::size_t indent) {
  out += prefix + yaml_scalar(key.text) + ":";
  if (value.is_null()) {
    out += "\n";
  } else if (value.is_scalar()) {
    out += " " + yaml_scalar(value.text) + "\n";
  } else if (fits_flow(value, prefix.size() + key.text.size() + 2)) {
    out += " " + flow(value) + "\n";
  } else {
    out += "\n";
    // A list under a key is indented as its key is (the usual style), a mapping by two more.
    write(out, value, value.is_list() ? indent : indent + 2);
  }
}

void write(std::string& out, const Record& r, std::size_t indent) {
  const std::string pad(indent, ' ');
  if (r.is_map()) {
    for (std::size_t i = 0; i < r.size(); ++i)
      write_pair(out, pad, r.key(i), r.value(i), indent);
    return;
  }
  if (r.is_list()) {
    for (const auto& item : r.items) {
      if (item.is_map() && item.size() > 0) {
        // "- key: value", the further keys under the first.
        for (std::size_t i = 0; i < item.size(); ++i)
          write_pair(out, i == 0 ? pad + "- " : pad + "  ", item.key(i), item.value(i),
                     indent + 2);
      } else if (item.is_list() || item.is_map()) {
        out += pad + "- " + flow(item) + "\n";
      } else {
        out += pad + "- " + (item.is_null() ? "" : yaml_scalar(item.text)) + "\n";
      }
    }
    return;
  }
  if (r.is_scalar()) out += pad + yaml_scalar(r.text) + "\n";
}

} // namespace

std::string yaml_scalar(std::string_view text, bool in_flow) {
  if (!needs_quotes(text, in_flow)) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
        out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
      else
        out += c;
    }
  }
  return out + "\"";
}

std::string yaml_text(const Record& file) {
  std::string out;
  write(out, file, 0);
  return out;
}

} // namespace vap
