#include "vap/render.hpp"

#include "vap/embedded.hpp"
#include "vap/error.hpp"
#include "vap/file_reader.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"

#include <array>
#include <filesystem>
#include <memory>
#include <mutex>

namespace vap {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "md" || name == "markdown") return Format::md;
  if (name == "csv") return Format::csv;
  if (name == "json") return Format::json;
  if (name == "html") return Format::html;
  if (name == "svg") return Format::svg;
  if (name == "geojson") return Format::geojson;
  if (name == "pb") return Format::pb;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  switch (format) {
  case Format::md:
    return "md";
  case Format::csv:
    return "csv";
  case Format::json:
    return "json";
  case Format::html:
    return "html";
  case Format::svg:
    return "svg";
  case Format::geojson:
    return "geojson";
  case Format::pb:
    return "pb";
  }
  return "md";
}

namespace {

// {"l": every label in `lang`}: made once per language of a run (a report renders a template per
// section, each of which had its own copy of some 550 labels), and put under the data of every
// template rendered in that language.
const Data& labels_context(Lang lang) {
  static std::array<std::once_flag, 3> once;
  static std::array<std::unique_ptr<Data>, 3> made;
  const auto i = static_cast<std::size_t>(lang);
  std::call_once(once[i], [&] {
    Data labels;
    for (std::string_view key : label_keys())
      labels.set(std::string(key), std::string(label(lang, key)));
    made[i] = std::make_unique<Data>();
    made[i]->set("l", std::move(labels));
  });
  return *made[i];
}

} // namespace

Data list() {
  return Data(Data::type::list);
}

Data list(std::size_t capacity) {
  Data d(Data::type::list);
  const_cast<kainjow::mustache::list&>(d.list_value()).reserve(capacity);
  return d;
}

void append(Data& to, Data&& item) {
  if (!to.is_list()) return;
  // The list is this Data's own (a unique_ptr to a non-const vector); kainjow only hands it out
  // as const, so the cast adds no new right to change anything but what `to` owns.
  const_cast<kainjow::mustache::list&>(to.list_value()).push_back(std::move(item));
}

void put(Data& to, const std::string& key, Data&& value) {
  if (to.is_object()) to[key] = std::move(value);
}

namespace {

// kainjow's mustache parses and renders sections by recursion, with memory that grows as the
// square of the depth: 20,000 nested sections crash it. vap's own templates nest 4 deep.
constexpr std::size_t k_max_section_depth = 100;

// How deep the sections ({{#a}}, {{^a}}) of a Mustache template nest, set delimiters
// ({{=<% %>=}}) followed: one pass over the text.
std::size_t section_depth(std::string_view text) {
  std::string open = "{{", close = "}}";
  std::size_t depth = 0, deepest = 0;
  for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
    at += open.size();
    const std::size_t first = text.find_first_not_of(" \t\r\n", at); // kainjow trims tags
    const char kind = first < text.size() ? text[first] : '\0';
    std::string end_of = kind == '{' && open == "{{" ? "}}}" : kind == '=' ? "=" + close : close;
    const std::size_t end = text.find(end_of, at);
    if (end == std::string_view::npos) break; // kainjow says what is wrong
    if (kind == '#' || kind == '^') {
      deepest = std::max(deepest, ++depth);
    } else if (kind == '/' && depth > 0) {
      --depth;
    } else if (kind == '=') {
      // {{=<% %>=}}: the new opening and closing delimiters, separated by white space.
      std::string_view pair = text.substr(first + 1, end - first - 1);
      pair.remove_prefix(std::min(pair.find_first_not_of(" \t"), pair.size()));
      const auto space = pair.find_first_of(" \t");
      const auto next = pair.find_first_not_of(" \t", space);
      if (space == std::string_view::npos || next == std::string_view::npos) break;
      open = std::string(pair.substr(0, space));
      close = std::string(pair.substr(next, pair.find_first_of(" \t", next) - next));
      if (open.empty() || close.empty()) break;
    }
    at = end + end_of.size();
  }
  return deepest;
}

} // namespace

std::string render_template(std::string_view name, const Data& data, Lang lang, Markup markup,
                            const std::string& templates_dir) {
  std::string text;
  bool found = false;
  if (!templates_dir.empty()) {
    // Read as every input is (vap/file_reader.hpp): a folder, a pipe, a device or a huge file
    // under the template's name is an error, not an empty or endless report.
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = utf8_path(templates_dir) / "reports" / utf8_path(name);
    if (!fs::exists(fs::symlink_status(p, ec))) p = utf8_path(templates_dir) / utf8_path(name);
    if (fs::exists(fs::symlink_status(p, ec))) {
      FileBytes r = read_input_file(p, Lang::en);
      if (!r)
        throw Error(r.failure == ReadFailure::encoding || r.failure == ReadFailure::too_large
                        ? ExitStatus::data
                        : ExitStatus::no_input,
                    msg(Lang::en, "cannot read the template '{}': {}", path_text(p), r.message));
      if (auto bad = find_invalid_utf8(r.bytes))
        throw Error(ExitStatus::data,
                    msg(Lang::en, "the template '{}' is not UTF-8 text (byte {} of the file)",
                        path_text(p), *bad + 1));
      text = std::move(r.bytes);
      found = true;
    }
  }
  if (!found) {
    auto embedded = embedded_file("reports/" + std::string(name));
    if (!embedded) throw Error(ExitStatus::usage, "no template '" + std::string(name) + "'");
    text = std::string(*embedded);
  }
  if (const std::size_t depth = section_depth(text); depth > k_max_section_depth)
    throw Error(ExitStatus::usage,
                msg(lang,
                    "template '{}': its sections are nested {} deep; a template may nest "
                    "them {} deep at most",
                    std::string(name), depth, k_max_section_depth));
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid())
    throw Error(ExitStatus::usage, "template '" + std::string(name) + "': " + tmpl.error_message());
  if (markup == Markup::markdown)
    tmpl.set_custom_escape([](const std::string& s) { return md_cell(s); });
  else
    tmpl.set_custom_escape([](const std::string& s) { return html_escape(s); });
  // The template's data, then the labels under it: {{l.key}} is found there, and any name of
  // the data (also {{.}}) in the data first, as when the labels were one of its keys.
  kainjow::mustache::context<std::string> ctx(&labels_context(lang));
  ctx.push(&data);
  std::string out = tmpl.render(ctx);
  return markup == Markup::markdown ? tidy_markdown(out) : out;
}

std::string tidy_markdown(std::string_view text) {
  // Sections left out by a template leave blank lines behind: at most one blank line in a row,
  // none at the start, one newline at the end.
  std::string out;
  int newlines = 2;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  while (!out.empty() && out.back() == '\n')
    out.pop_back();
  out += '\n';
  return out;
}

std::string csv_header(const RenderOptions& o, std::string_view column) {
  const bool id = column.size() > 3 && column.substr(column.size() - 3) == "_id";
  if (o.csv != CsvStyle::excel || id) return std::string(column);
  return std::string(label(o.lang, "csv_" + std::string(column)));
}

std::string csv_yes_no(const RenderOptions& o, bool yes) {
  if (o.csv != CsvStyle::excel) return yes ? "yes" : "no";
  return std::string(label(o.lang, yes ? "csv_yes" : "csv_no"));
}

std::string csv_word(const RenderOptions& o, std::string_view id, std::string_view word) {
  return std::string(o.csv == CsvStyle::excel ? word : id);
}

std::string json_text(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace vap
