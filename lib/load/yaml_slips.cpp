#include "vap/yaml_slips.hpp"

#include <algorithm>
#include <cctype>

namespace vap {
namespace {

std::string_view trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

bool is_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  return std::isalpha(static_cast<unsigned char>(w[0])) != 0;
}

} // namespace

std::optional<ColonSlip> colon_without_space(std::string_view line) {
  std::size_t b = line.find_first_not_of(' ');
  if (b == std::string_view::npos) return std::nullopt;
  if (line.substr(b, 2) == "- ") b = line.find_first_not_of(' ', b + 2);
  if (b == std::string_view::npos) return std::nullopt;
  const std::string_view body = trimmed(line.substr(b));
  if (body.empty() || std::string_view("#\"'[{|>&*!%@`").find(body[0]) != std::string_view::npos)
    return std::nullopt;
  const std::size_t colon = body.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == body.size() ||
      body[colon + 1] == ' ' || body[colon + 1] == '\t' || body.find(" #") < colon)
    return std::nullopt;
  // `10:30` or `http://` are values, not keys.
  const std::string_view key = trimmed(body.substr(0, colon));
  if (key.find_first_not_of("0123456789") == std::string_view::npos || body[colon + 1] == '/')
    return std::nullopt;
  std::string_view value = body.substr(colon + 1);
  value = trimmed(value.substr(0, value.find(" #")));
  return ColonSlip{std::string(key), std::string(value), b + colon};
}

std::optional<std::pair<std::string, std::size_t>> missing_colon(std::string_view line) {
  std::size_t b = line.find_first_not_of(' ');
  if (b == std::string_view::npos) return std::nullopt;
  std::size_t e = line.find_last_not_of(" \r");
  std::string_view body = line.substr(b, e - b + 1);
  if (body.empty() || body[0] == '#' || body[0] == '-' || body[0] == '"' || body[0] == '\'' ||
      body[0] == '[' || body[0] == '{' || body.find(':') != std::string_view::npos ||
      body.find(" #") != std::string_view::npos)
    return std::nullopt;
  const std::size_t space = body.find(' ');
  if (space == std::string_view::npos) {
    // A lone word: the key of a block whose ':' was left out.
    if (!is_word(body)) return std::nullopt;
    return std::pair{std::string(body), b + body.size()};
  }
  std::string_view key = body.substr(0, space);
  if (!is_word(key)) {
    const std::size_t last = body.rfind(' ');
    std::string_view tail = body.substr(last + 1);
    if (tail.find_first_not_of("0123456789.") != std::string_view::npos) return std::nullopt;
    key = body.substr(0, body.find_last_not_of(' ', last) + 1);
  }
  return std::pair{std::string(key), b + key.size()};
}

std::optional<std::size_t> tab_in_indentation(std::string_view text, std::size_t end) {
  end = std::min(end, text.size());
  for (std::size_t at = 0; at <= end && at < text.size();) {
    const std::size_t stop = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, stop - at);
    const std::size_t lead = line.find_first_not_of(" \t");
    const std::size_t tab = line.find('\t');
    // Only a line with something after its indentation: a blank line's Tab harms nothing.
    if (tab != std::string_view::npos && lead != std::string_view::npos && tab < lead &&
        line[lead] != '\r' && line[lead] != '#')
      return at + tab;
    at = stop + 1;
  }
  return std::nullopt;
}

std::optional<ColonSlip> key_without_space(const yaml::Node& root, std::string_view text) {
  if (!root) return std::nullopt;
  if (root.IsSequence()) {
    for (const auto& item : root)
      if (auto slip = key_without_space(item, text)) return slip;
    return std::nullopt;
  }
  if (!root.IsMap()) return std::nullopt;
  for (const auto& pair : root) {
    const yaml::Node& key = pair.first;
    if (key.IsScalar() && (!pair.second || pair.second.IsNull()) && key.Mark().pos >= 0) {
      const auto at = static_cast<std::size_t>(key.Mark().pos);
      const std::string& k = key.Scalar();
      // A plain key as typed (not quoted), on one line.
      if (at < text.size() && text.substr(at, k.size()) == k) {
        if (auto slip = colon_without_space(k)) {
          slip->colon += at;
          return slip;
        }
      }
    }
    if (auto slip = key_without_space(pair.second, text)) return slip;
  }
  return std::nullopt;
}

} // namespace vap
