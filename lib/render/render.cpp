#include "vap/render.hpp"

#include "vap/embedded.hpp"
#include "vap/error.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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

Data labels_data(Lang lang) {
  // The label files are parsed once per run (by label()), not at every call.
  Data d;
  for (std::string_view key : label_keys())
    d.set(std::string(key), std::string(label(lang, key)));
  return d;
}

Data list() {
  return Data(Data::type::list);
}

std::string render_template(std::string_view name, const Data& data, Markup markup,
                            const std::string& templates_dir) {
  std::string text;
  bool found = false;
  if (!templates_dir.empty()) {
    std::filesystem::path p = std::filesystem::path(templates_dir) / "reports" / std::string(name);
    if (!std::filesystem::exists(p)) p = std::filesystem::path(templates_dir) / std::string(name);
    std::ifstream in(p, std::ios::binary);
    if (in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str();
      found = true;
    }
  }
  if (!found) {
    auto embedded = embedded_file("reports/" + std::string(name));
    if (!embedded) throw Error(ExitStatus::usage, "no template '" + std::string(name) + "'");
    text = std::string(*embedded);
  }
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid())
    throw Error(ExitStatus::usage, "template '" + std::string(name) + "': " + tmpl.error_message());
  if (markup == Markup::markdown)
    tmpl.set_custom_escape([](const std::string& s) { return md_cell(s); });
  else
    tmpl.set_custom_escape([](const std::string& s) { return html_escape(s); });
  std::string out = tmpl.render(data);
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

std::string json_text(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace vap
