#include "vap/yaml_reader.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <map>

namespace vap {
namespace {

std::string kind_of(const yaml::Node& node) {
  switch (node.Type()) {
  case YAML::NodeType::Sequence:
    return "a list";
  case YAML::NodeType::Map:
    return "a mapping";
  case YAML::NodeType::Null:
    return "empty";
  default:
    return "text";
  }
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The days of month `m` (1-12) of year `y`, by the Gregorian calendar of <chrono>.
int days_in(int y, int m) {
  using namespace std::chrono;
  const year_month_day_last last{year{y}, month_day_last{month{static_cast<unsigned>(m)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

} // namespace

SourcePos YamlReader::pos(const YAML::Mark& mark) const {
  if (mark.line < 0) return SourcePos{m_file, 0, 0};
  return m_sources.at(m_file, static_cast<std::size_t>(mark.line),
                      static_cast<std::size_t>(std::max(0, mark.column)));
}

SourcePos YamlReader::pos(const yaml::Node& node) const {
  SourcePos at = pos(node.Mark());
  // An empty value is marked where the next token starts, often at the start of a later line:
  // it is shown at the end of the line that holds its key instead.
  if (node.IsNull() && at.line > 1 && !m_sources.has_cells(m_file)) {
    std::string_view line = m_sources.line(m_file, at.line);
    if (line.find_first_not_of(" \t") >= std::size_t{at.col} - 1) {
      std::uint32_t l = at.line - 1;
      while (l > 1 &&
             m_sources.line(m_file, l).find_first_not_of(" \t\r") == std::string_view::npos)
        --l;
      at = SourcePos{m_file, l,
                     static_cast<std::uint32_t>(codepoints(m_sources.line(m_file, l)) + 1)};
    }
  }
  return at;
}

namespace {

// Digits with at most one '.' between digits, after an optional '-': "12", "-40.5".
bool plain_decimal(std::string_view v) {
  std::size_t i = !v.empty() && v[0] == '-' ? 1 : 0;
  const std::size_t first = i;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9')
    ++i;
  if (i == first) return false;
  if (i == v.size()) return true;
  if (v[i] != '.') return false;
  const std::size_t after = ++i;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9')
    ++i;
  return i > after && i == v.size();
}

// The keys of one mapping seen so far, each with the line of its first occurrence.
class SeenKeys {
public:
  explicit SeenKeys(std::size_t keys) : m_long(keys > k_short) {}
  // Adds `key` at `line`: (its first line, true) when it is new, (the first line, false) when not.
  std::pair<const int*, bool> emplace(std::string_view key, int line) {
    if (m_long) {
      auto [it, fresh] = m_map.emplace(key, line);
      return {&it->second, fresh};
    }
    for (std::size_t i = 0; i < m_count; ++i)
      if (equal_bytes(m_keys[i].first, key)) return {&m_keys[i].second, false};
    m_keys[m_count] = {key, line};
    return {&m_keys[m_count++].second, true};
  }

private:
  static constexpr std::size_t k_short = 16;
  bool m_long;
  std::size_t m_count = 0;
  std::array<std::pair<std::string_view, int>, k_short> m_keys{};
  std::map<std::string_view, int> m_map;
};

} // namespace

bool YamlReader::check_map(const yaml::Node& node, std::string_view what,
                           std::span<const std::string_view> allowed) {
  if (!node.IsMap()) {
    error(node, msg(lang(), "'{}' must be a mapping of 'key: value' lines, not {}", what,
                    tr(lang(), kind_of(node))));
    return false;
  }
  // The parsers call the document's own keys "file"; messages say "at the top of the file".
  const bool top = what == "file";
  // Each key and the line of its first occurrence (the keys live in the document): most
  // mappings have a few keys, looked through on the stack; a long one also gets a map.
  SeenKeys seen(node.size());
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) {
      error(it->first, top ? msg(lang(), "a key at the top of the file must be a plain word")
                           : msg(lang(), "a key in '{}' must be a plain word", what));
      continue;
    }
    const std::string& key = it->first.Scalar();
    // A key's line is its mark's; its column (counted in characters) only when a message needs it.
    if (auto [first, fresh] = seen.emplace(key, it->first.Mark().line + 1); !fresh) {
      const SourcePos at = pos(it->first);
      error(at, top ? msg(lang(),
                          "'{}' appears twice at the top of the file (first on line {}); keep one",
                          key, *first)
                    : msg(lang(), "'{}' appears twice in '{}' (first on line {}); keep one", key,
                          what, *first));
      continue;
    }
    if (std::any_of(allowed.begin(), allowed.end(),
                    [&](std::string_view a) { return equal_bytes(a, key); }))
      continue;
    const SourcePos at = pos(it->first);
    const std::vector<std::string> names(allowed.begin(), allowed.end());
    std::string hint = did_you_mean(lang(), key, names);
    if (hint.empty()) {
      std::string list;
      for (auto a : allowed)
        list += (list.empty() ? "" : ", ") + std::string(a);
      error(at, top ? msg(lang(), "unknown key '{}' at the top of the file; allowed keys: {}", key,
                          list)
                    : msg(lang(), "unknown key '{}' in '{}'; allowed keys: {}", key, what, list));
    } else {
      error(at, top ? msg(lang(), "unknown key '{}' at the top of the file; {}", key, hint)
                    : msg(lang(), "unknown key '{}' in '{}'; {}", key, what, hint));
      for (const auto& a : allowed)
        if (hint.find("'" + std::string(a) + "'") != std::string::npos)
          m_suggested.emplace_back(pos(node), std::string(a));
    }
  }
  return true;
}

void YamlReader::not_a_list(const yaml::Node& node, std::string_view what) {
  error(node, msg(lang(), "'{}' must be a list of entries (lines starting with '- ')", what));
}

bool YamlReader::require(const yaml::Node& map, std::string_view key, std::string_view what) {
  if (map[key]) return true;
  const SourcePos at = pos(map);
  for (const auto& [where, suggested] : m_suggested)
    if (suggested == key && where.line == at.line && where.col == at.col) return false;
  error(map, msg(lang(), "'{}' is missing '{}', which is required", what, key));
  return false;
}

std::optional<Text> YamlReader::as_text(const yaml::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    error(node, msg(lang(), "'{}' must be text, not {}", what, tr(lang(), kind_of(node))));
    return std::nullopt;
  }
  std::string t = tidy(node.Scalar());
  if (t.empty()) {
    error(node, msg(lang(), "'{}' is empty", what));
    return std::nullopt;
  }
  return Text{std::move(t), pos(node)};
}

std::optional<Text> YamlReader::text(const yaml::Node& map, std::string_view key,
                                     std::string_view what, Need need) {
  yaml::Node n = map[key];
  if (!n || n.IsNull()) {
    if (need == Need::required) {
      if (n)
        error(n.IsNull() && n.Mark().line >= 0 ? pos(n) : pos(map),
              msg(lang(), "'{}' is empty", key));
      else
        require(map, key, what);
    }
    return std::nullopt;
  }
  return as_text(n, key);
}

std::optional<Ref> YamlReader::name(const yaml::Node& map, std::string_view key,
                                    std::string_view what, Need need) {
  auto t = text(map, key, what, need);
  if (!t) return std::nullopt;
  return as_ref(std::move(*t));
}

std::optional<long long> YamlReader::as_whole(const yaml::Node& node, std::string_view what,
                                              long long min, long long max) {
  if (!node.IsScalar()) {
    error(node,
          msg(lang(), "'{}' must be a whole number, not {}", what, tr(lang(), kind_of(node))));
    return std::nullopt;
  }
  std::string s = tidy(node.Scalar());
  std::string_view v = s;
  bool negative = false;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    negative = v[0] == '-';
    v.remove_prefix(1);
  }
  if (!all_digits(v)) {
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    bool numeric = !s.empty() && end && *end == '\0';
    if (numeric && s.find_first_of(".,") != std::string::npos)
      error(node, msg(lang(), "'{}' must be a whole number, not a fraction ({})", what, s));
    else
      error(node, msg(lang(), "'{}' must be a whole number, not '{}'", what, s));
    return std::nullopt;
  }
  if (negative && v.find_first_not_of('0') != std::string_view::npos) {
    error(node, msg(lang(), "'{}' cannot be negative ({})", what, s));
    return std::nullopt;
  }
  long long value = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec != std::errc() || value > max) {
    error(node, msg(lang(), "'{}' is too large ({}); at most {}", what, s, max));
    return std::nullopt;
  }
  if (value < min) {
    error(node, msg(lang(), "'{}' must be between {} and {}, not {}", what, min, max, s));
    return std::nullopt;
  }
  return value;
}

std::optional<long long> YamlReader::whole(const yaml::Node& map, std::string_view key,
                                           std::string_view what, Need need, long long min,
                                           long long max) {
  yaml::Node n = map[key];
  if (!n) {
    if (need == Need::required) require(map, key, what);
    return std::nullopt;
  }
  return as_whole(n, key, min, max);
}

std::optional<double> YamlReader::as_number(const yaml::Node& node, std::string_view what,
                                            double min, double max) {
  if (!node.IsScalar()) {
    error(node, msg(lang(), "'{}' must be a number, not {}", what, tr(lang(), kind_of(node))));
    return std::nullopt;
  }
  std::string s = tidy(node.Scalar());
  // A decimal comma, as Russian-locale Excel writes it, is accepted.
  std::string dot = s;
  std::replace(dot.begin(), dot.end(), ',', '.');
  double value = 0;
  bool ok = false;
  if (plain_decimal(dot)) {
    // Most numbers (12, 40.5, -3.25): from_chars, which gives strtod's correctly rounded value
    // without its locale and its work on hexadecimal and exponents.
    auto [ptr, ec] = std::from_chars(dot.data(), dot.data() + dot.size(), value);
    ok = ec == std::errc() && ptr == dot.data() + dot.size() && std::isfinite(value);
  } else {
    char* end = nullptr;
    value = std::strtod(dot.c_str(), &end);
    ok = !dot.empty() && end && *end == '\0' && std::isfinite(value) &&
         dot.find_first_of("xXnNiIeE") == std::string::npos;
  }
  if (!ok) {
    error(node, msg(lang(), "'{}' must be a number, not '{}'", what, s));
    return std::nullopt;
  }
  if (value < 0 && min >= 0) {
    error(node, msg(lang(), "'{}' cannot be negative ({})", what, s));
    return std::nullopt;
  }
  if (value < min || value > max) {
    error(node, msg(lang(), "'{}' must be between {} and {}, not {}", what, min, max, s));
    return std::nullopt;
  }
  return value;
}

std::optional<double> YamlReader::number(const yaml::Node& map, std::string_view key,
                                         std::string_view what, Need need, double min, double max) {
  yaml::Node n = map[key];
  if (!n) {
    if (need == Need::required) require(map, key, what);
    return std::nullopt;
  }
  return as_number(n, key, min, max);
}

std::optional<Date> YamlReader::as_date(const yaml::Node& node, std::string_view what,
                                        bool month_ok) {
  std::string s = node.IsScalar() ? tidy(node.Scalar()) : std::string();
  auto fail = [&]() -> std::optional<Date> {
    if (month_ok)
      error(node, msg(lang(),
                      "'{}' is not a date: '{}'; write DD.MM.YYYY or YYYY-MM-DD (a month: MM.YYYY "
                      "or YYYY-MM), e.g. 02.03.2015",
                      what, s));
    else
      error(node,
            msg(lang(), "'{}' is not a date: '{}'; write DD.MM.YYYY or YYYY-MM-DD, e.g. 02.03.2015",
                what, s));
    return std::nullopt;
  };
  if (!node.IsScalar()) return fail();
  Date d;
  std::string_view v = s;
  // As people type dates: 03.03.2025 (or 3.3.2025, 03/03/2025), and 06.2014 for a month.
  auto day_first = [&](std::string_view t, Date& out) {
    for (char sep : {'.', '/'}) {
      const std::size_t a = t.find(sep);
      if (a == std::string_view::npos) continue;
      const std::size_t b = t.find(sep, a + 1);
      const std::string_view first = t.substr(0, a);
      if (b == std::string_view::npos) {
        const std::string_view year = t.substr(a + 1);
        if (!month_ok || first.size() > 2 || year.size() != 4 || !all_digits(first) ||
            !all_digits(year))
          return false;
        out = {std::atoi(std::string(year).c_str()), std::atoi(std::string(first).c_str()), 0};
        return true;
      }
      const std::string_view month = t.substr(a + 1, b - a - 1), year = t.substr(b + 1);
      if (first.empty() || first.size() > 2 || month.empty() || month.size() > 2 ||
          year.size() != 4 || !all_digits(first) || !all_digits(month) || !all_digits(year))
        return false;
      out = {std::atoi(std::string(year).c_str()), std::atoi(std::string(month).c_str()),
             std::atoi(std::string(first).c_str())};
      return out.day != 0;
    }
    return false;
  };
  if (v.size() == 10 && v[4] == '-' && v[7] == '-' && all_digits(v.substr(0, 4)) &&
      all_digits(v.substr(5, 2)) && all_digits(v.substr(8, 2))) {
    d = {std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()),
         std::atoi(s.substr(8, 2).c_str())};
  } else if (month_ok && v.size() == 7 && v[4] == '-' && all_digits(v.substr(0, 4)) &&
             all_digits(v.substr(5, 2))) {
    d = {std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()), 0};
  } else if (!day_first(v, d)) {
    return fail();
  }
  if (d.year < k_first_year || d.year > k_last_year) {
    error(node, msg(lang(), "'{}' is {}, a year vap does not read: dates are from {} to {}", what,
                    s, k_first_year, k_last_year));
    return std::nullopt;
  }
  if (d.month < 1 || d.month > 12 ||
      (d.day != 0 && (d.day < 1 || d.day > days_in(d.year, d.month)))) {
    error(node, msg(lang(), "'{}' is not a real date: {}", what, s));
    return std::nullopt;
  }
  return d;
}

std::optional<Date> YamlReader::date(const yaml::Node& map, std::string_view key,
                                     std::string_view what, Need need, bool month_ok) {
  yaml::Node n = map[key];
  if (!n) {
    if (need == Need::required) require(map, key, what);
    return std::nullopt;
  }
  return as_date(n, key, month_ok);
}

std::optional<Count> YamlReader::as_count(const yaml::Node& node, std::string_view what) {
  Count c;
  c.pos = pos(node);
  if (node.IsMap()) {
    if (!check_map(node, what, {"women", "men"})) return std::nullopt;
    bool ok = true;
    if (node["women"]) {
      auto w = as_whole(node["women"], "women", 0, 1'000'000'000);
      ok = ok && w;
      c.women = w.value_or(0);
    }
    if (node["men"]) {
      auto m = as_whole(node["men"], "men", 0, 1'000'000'000);
      ok = ok && m;
      c.men = m.value_or(0);
    }
    if (!c.women && !c.men) {
      error(node, msg(lang(), "'{}' needs 'women' or 'men' (or a plain number)", what));
      return std::nullopt;
    }
    if (!ok) return std::nullopt;
    c.total = c.women.value_or(0) + c.men.value_or(0);
    return c;
  }
  auto v = as_whole(node, what, 0, 1'000'000'000);
  if (!v) return std::nullopt;
  c.total = *v;
  return c;
}

std::optional<Count> YamlReader::count(const yaml::Node& map, std::string_view key,
                                       std::string_view what, Need need) {
  yaml::Node n = map[key];
  if (!n) {
    if (need == Need::required) require(map, key, what);
    return std::nullopt;
  }
  return as_count(n, key);
}

std::vector<Text> YamlReader::texts(const yaml::Node& map, std::string_view key, std::string_view) {
  std::vector<Text> out;
  yaml::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (n.IsScalar()) {
    if (auto t = as_text(n, key)) out.push_back(*t);
    return out;
  }
  if (!n.IsSequence()) {
    error(n, msg(lang(), "'{}' must be a list, not {}", key, tr(lang(), kind_of(n))));
    return out;
  }
  for (const auto& item : n)
    if (auto t = as_text(item, key)) out.push_back(*t);
  return out;
}

} // namespace vap
