#pragma once
// Shared pieces of the render stage: output formats, options, and Mustache templates (embedded
// from templates/reports, overridable with --templates DIR).
#include "vap/i18n.hpp"
#include "vap/table.hpp"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

enum class Format { md, csv, json, html, svg, geojson, pb };

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);

struct RenderOptions {
  Format format = Format::md;
  Lang lang = Lang::ky;
  CsvStyle csv = CsvStyle::standard;
  int top = 0;               // 0: every row
  bool mermaid = false;      // --mermaid: Markdown with Mermaid diagrams (for GitHub, not Word)
  bool batch = false;        // the run has more than one municipality: CSV rows start with
                             // municipality_id, JSON is {"municipalities": [...]}
  std::string templates_dir; // --templates DIR: templates there win over the embedded ones
};

using Data = kainjow::mustache::data;
using Json = nlohmann::ordered_json;

// A label with {} placeholders filled in; like a message (msg), it may choose a word's plural
// form with ICU's syntax ("{0, plural, one {# session} other {# sessions}}").
template <typename... Args> std::string label_fmt(Lang lang, std::string_view key, Args&&... args) {
  std::string_view t = label(lang, key);
  std::string expanded;
  if (t.find(", plural,") != std::string_view::npos) {
    expanded = expand_plurals(lang, t, {detail::as_number(args)...});
    t = expanded;
  }
  try {
    return fmt::format(fmt::runtime(t), std::forward<Args>(args)...);
  } catch (const fmt::format_error&) {
    return std::string(t);
  }
}

enum class Markup { markdown, html };
// Renders templates/reports/<name> with `data`; values are escaped for the markup. Every label
// of templates/labels/*.yaml is there in `lang` as {{l.key}}.
std::string render_template(std::string_view name, const Data& data, Lang lang, Markup markup,
                            const std::string& templates_dir);

// Markdown with runs of blank lines collapsed to one and a single final newline.
std::string tidy_markdown(std::string_view text);

// An empty Mustache list; with room for `capacity` items (kainjow's move is not noexcept, so a
// growing list copies every item it holds: reserve what a long list will hold).
Data list();
Data list(std::size_t capacity);

// Appends `item` to the Mustache list `to` and sets `key` of the object `to` to `value`, both
// without a deep copy (kainjow's push_back and set copy the whole subtree: a gallery of 100,000
// problems spent a third of its time there).
void append(Data& to, Data&& item);
void put(Data& to, const std::string& key, Data&& value);

// CSV for people (--excel) is in the report's language; plain CSV (scripts) keeps FORMAT.md's
// English headers and ids. A column's header: its `csv_<column>` label for --excel, a column of
// ids (`*_id`) keeping its name; the column's name otherwise.
std::string csv_header(const RenderOptions& o, std::string_view column);
// `yes`/`no`, in the report's language for --excel.
std::string csv_yes_no(const RenderOptions& o, bool yes);
// A closed-vocabulary value (a state, a kind, a status): `word` (its label) for --excel, `id`
// otherwise.
std::string csv_word(const RenderOptions& o, std::string_view id, std::string_view word);

// JSON text: two-space indent, UTF-8 as is, a final newline.
std::string json_text(const Json& json);

// The JSON of a command: one municipality's object, or {"municipalities": [...]} for several
// (`many`; FORMAT.md), each item made by `to_json`.
template <typename T, typename F>
std::string json_one_or_all(bool many, const std::vector<T>& items, F to_json) {
  if (!many) return json_text(to_json(items.front()));
  Json all = Json::array();
  for (const auto& item : items)
    all.push_back(to_json(item));
  return json_text(Json{{"municipalities", all}});
}

} // namespace vap
