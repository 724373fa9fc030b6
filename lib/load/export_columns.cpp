// The columns of an export and the values in them, against the form: a header in any of its
// spellings (XML names or labels in any form language, group prefixes with '/', '.' or '-',
// a select_multiple split into a column per choice, a geopoint's parts), a value as the
// question takes it.
#include "vap/export_columns.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>

namespace vap::exports {
namespace {

using form::QType;
using form::Question;

constexpr std::array<char, 4> k_separators{'/', '.', '-', ':'};

// The meta columns of KoboToolbox and ODK Central (and the XLSForm's own meta questions).
constexpr std::string_view k_meta[] = {"_id",
                                       "_uuid",
                                       "_submission_time",
                                       "_validation_status",
                                       "_notes",
                                       "_status",
                                       "_submitted_by",
                                       "__version__",
                                       "_tags",
                                       "_index",
                                       "_parent_table_name",
                                       "_parent_index",
                                       "_submission__id",
                                       "_submission__uuid",
                                       "_submission__submission_time",
                                       "_submission__validation_status",
                                       "_submission__notes",
                                       "_submission__status",
                                       "_submission__submitted_by",
                                       "_submission__tags",
                                       "_xform_id_string",
                                       "_attachments",
                                       "_geolocation",
                                       "_duration",
                                       "SubmissionDate",
                                       "KEY",
                                       "PARENT_KEY",
                                       "SubmitterID",
                                       "SubmitterName",
                                       "AttachmentsPresent",
                                       "AttachmentsExpected",
                                       "Status",
                                       "ReviewState",
                                       "DeviceID",
                                       "Edits",
                                       "FormVersion",
                                       "instanceID",
                                       "meta-instanceID",
                                       "meta/instanceID",
                                       "meta/rootUuid",
                                       "meta/deprecatedID",
                                       "formhub/uuid",
                                       "start",
                                       "end",
                                       "today",
                                       "deviceid",
                                       "instanceName",
                                       "meta-instanceName",
                                       "meta/instanceName"};

std::string key_of(std::string_view s) {
  return match_key(s);
}

} // namespace

Columns::Columns(const form::Form& f) : m_form(f) {
  std::vector<const Question*> path;
  add(f.questions, path);
  for (auto m : k_meta)
    m_meta.insert(key_of(m));
}

void Columns::spell(const std::string& text, Column c) {
  if (text.empty()) return;
  m_spellings.emplace(key_of(text), c);
}

void Columns::add(const std::vector<Question>& qs, std::vector<const Question*>& path) {
  for (const auto& q : qs) {
    if (q.type == QType::group || q.type == QType::repeat) {
      path.push_back(&q);
      add(q.children, path);
      path.pop_back();
      continue;
    }
    // The names: alone, and with the groups' names before it.
    std::vector<std::string> bases{q.name};
    for (char sep : k_separators) {
      std::string s;
      for (const Question* p : path)
        s += p->name + sep;
      bases.push_back(s + q.name);
    }
    // The labels, in each language, alone and after the groups' labels ("Галерея/Чекиттер",
    // "Галерея.Чекиттер").
    for (std::size_t l = 0; l < 3; ++l) {
      if (q.label[l].empty()) continue;
      bases.push_back(q.label[l]);
      for (char sep : k_separators) {
        std::string s;
        for (const Question* p : path)
          s += p->label[l] + sep;
        bases.push_back(s + q.label[l]);
      }
    }
    for (const auto& b : bases)
      spell(b, {&q, -1, -1});
    if (q.type == QType::select_multiple) {
      const form::ChoiceList* list = m_form.list(q.list);
      for (std::size_t c = 0; list && c < list->choices.size(); ++c)
        for (const auto& b : bases)
          for (char sep : k_separators) {
            spell(b + sep + list->choices[c].name, {&q, static_cast<int>(c), -1});
            for (const auto& w : list->choices[c].label)
              spell(b + sep + w, {&q, static_cast<int>(c), -1});
          }
    }
    if (q.type == QType::geopoint) {
      // Kobo: _location_latitude (or _<group>/location_latitude); Central: location-Latitude.
      static constexpr std::array<std::string_view, 4> parts{"latitude", "longitude", "altitude",
                                                             "precision"};
      for (int p = 0; p < 4; ++p) {
        spell(fmt::format("_{}_{}", q.name, parts[static_cast<std::size_t>(p)]), {&q, -1, p});
        for (const auto& b : bases) {
          for (char sep : k_separators)
            spell(b + sep + std::string(parts[static_cast<std::size_t>(p)]), {&q, -1, p});
          spell(b + "_" + std::string(parts[static_cast<std::size_t>(p)]), {&q, -1, p});
          spell("_" + b + "_" + std::string(parts[static_cast<std::size_t>(p)]), {&q, -1, p});
        }
        if (p == 3)
          for (const auto& b : bases)
            for (char sep : k_separators)
              spell(b + sep + "accuracy", {&q, -1, p});
      }
    }
  }
}

std::optional<Column> Columns::find(std::string_view header) const {
  auto it = m_spellings.find(key_of(header));
  if (it != m_spellings.end()) return it->second;
  return std::nullopt;
}

bool Columns::is_meta(std::string_view header) const {
  const std::string k = key_of(header);
  if (m_meta.count(k)) return true;
  // Kobo's "meta/…" and "formhub/…", Central's "meta-…".
  return k.rfind("meta/", 0) == 0 || k.rfind("meta-", 0) == 0 || k.rfind("formhub/", 0) == 0 ||
         k.rfind("_submission_", 0) == 0;
}

// ---- values ----

std::optional<double> number_value(std::string_view s) {
  std::string t = trim_spaces(s);
  std::replace(t.begin(), t.end(), ',', '.');
  if (t.empty()) return std::nullopt;
  double v = 0;
  const char* end = t.data() + t.size();
  auto [p, ec] = std::from_chars(t.data() + (t[0] == '+' ? 1 : 0), end, v);
  if (ec != std::errc() || p != end || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<std::string> whole_number(std::string_view s) {
  auto v = number_value(s);
  if (!v || std::floor(*v) != *v || std::fabs(*v) > 1e15) return std::nullopt;
  return fmt::format("{}", static_cast<long long>(*v));
}

std::optional<std::string> day(std::string_view s, bool xlsx, bool date1904) {
  using namespace std::chrono;
  int y = 0, m = 0, d = 0;
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  bool ok = false;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-')
    // 2015-03-02, or the day of 2015-03-02T10:15:00.000+06:00
    ok = digits(0, 4, y) && digits(5, 2, m) && digits(8, 2, d) &&
         (s.size() == 10 || s[10] == 'T' || s[10] == ' ');
  else if (s.size() == 10 && s[2] == '.' && s[5] == '.')
    ok = digits(0, 2, d) && digits(3, 2, m) && digits(6, 4, y);
  else if (xlsx) {
    // A date cell: days since 1899-12-30 (or 1904-01-01).
    auto v = number_value(s);
    if (v && *v >= 1 && *v < 2958466) {
      const sys_days base =
          date1904 ? sys_days(year(1904) / 1 / 1) : sys_days(year(1899) / 12 / 30);
      const year_month_day ymd(base + days(static_cast<long long>(std::floor(*v))));
      y = static_cast<int>(ymd.year());
      m = static_cast<int>(unsigned(ymd.month()));
      d = static_cast<int>(unsigned(ymd.day()));
      ok = true;
    }
  }
  if (!ok) return std::nullopt;
  const year_month_day ymd{year(y), month(static_cast<unsigned>(m)),
                           std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::optional<std::string> choice_name(const form::ChoiceList& list, std::string_view s) {
  for (const auto& c : list.choices)
    if (c.name == s) return c.name;
  const std::string k = key_of(s);
  for (const auto& c : list.choices) {
    if (key_of(c.name) == k) return c.name;
    for (const auto& w : c.label)
      if (key_of(w) == k) return c.name;
  }
  return std::nullopt;
}

std::optional<std::string> choice_names(const form::ChoiceList& list, std::string_view s) {
  // Names (or labels, which may hold spaces) separated by spaces: the longest choice that
  // matches at each step.
  std::vector<std::string> names;
  std::string rest = trim_spaces(s);
  while (!rest.empty()) {
    std::size_t best = 0;
    std::string best_name;
    for (const auto& c : list.choices) {
      std::vector<std::string_view> ws{c.name};
      for (const auto& w : c.label)
        ws.push_back(w);
      for (auto w : ws) {
        if (w.empty() || w.size() <= best || w.size() > rest.size()) continue;
        if (key_of(rest.substr(0, w.size())) != key_of(w)) continue;
        if (w.size() < rest.size() && rest[w.size()] != ' ') continue;
        best = w.size();
        best_name = c.name;
      }
    }
    if (best == 0) return std::nullopt;
    if (std::find(names.begin(), names.end(), best_name) == names.end()) names.push_back(best_name);
    rest = trim_spaces(std::string_view(rest).substr(best));
  }
  std::string out;
  for (const auto& n : names)
    out += (out.empty() ? "" : " ") + n;
  return out;
}

std::string trim_spaces(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return std::string(s);
}

bool selected_flag(std::string_view s) {
  const std::string k = key_of(s);
  return !(k.empty() || k == "0" || k == "false" || k == "нет" || k == "жок" || k == "no" ||
           k == "0.0");
}

} // namespace vap::exports
