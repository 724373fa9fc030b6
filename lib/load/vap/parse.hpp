#pragma once
// Parsing one workshop file (YAML text) into model values, before names are matched.
// Only the load stage uses these; tests call parse_text with YAML inline.
#include "vap/file_kind.hpp"
#include "vap/model.hpp"
#include "vap/record.hpp"
#include "vap/yaml_reader.hpp"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace vap {

// The longest line a file may have, in characters (check_bytes).
constexpr std::size_t k_max_line_chars = 10'000;

struct CatalogAddition {
  CatalogKind kind;
  CatalogEntry entry;
  SourcePos pos;
};

// What one file holds. `kind` says which of the optionals is set.
struct ParsedFile {
  FileKind kind = FileKind::none;
  std::uint32_t file = 0;
  std::optional<Municipality> municipality;
  std::vector<CatalogAddition> catalog; // a municipality's own entries, or a --catalog file's
  std::optional<Session> session;
  std::optional<Causes> causes;
  std::optional<Plan> plan;
  std::optional<Monitoring> monitoring;
  std::optional<Assembly> assembly;
};

// Checks the bytes (UTF-8, control characters, size), parses the YAML and the section.
// `text` must already be in `sources` under `file` (BOM removed).
ParsedFile parse_file(const Sources& sources, std::uint32_t file, Diagnostics& diags);

// A file made from a workbook's sheets (vap/record.hpp), whose places are the cells of `file`
// in `sources`: checked and parsed as its YAML would be.
ParsedFile parse_record(const Sources& sources, std::uint32_t file, const Record& record,
                        Diagnostics& diags);

// The sections of a parsed document (a YAML file's, or one made from a workbook's sheets): which
// kind it is, its format number, and the kind's own parser. `out.kind` stays none when the
// document is no known kind (the error says why).
void parse_document(const yaml::Node& root, YamlReader& reader, ParsedFile& out);

// Catalog entries: a mapping of kind → list of entries (a catalog file or a `catalog:` section).
void parse_catalog_section(const yaml::Node& node, YamlReader& reader,
                           std::vector<CatalogAddition>& out);

// The sections of each file kind; `root` is the whole document, already checked to be a mapping.
void parse_municipality_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);
void parse_session_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);
void parse_causes_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);
void parse_plan_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);
void parse_monitoring_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);
void parse_assembly_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out);

// The checks of a file's bytes before YAML reads it (UTF-8, control and invisible characters,
// line lengths), each failure an error; false when there was one. For catalog files too.
bool check_bytes(const Sources& sources, std::uint32_t file, Diagnostics& diags);
// A YAML syntax error said so that a facilitator knows what to change, at its place.
void report_syntax_error(const YAML::Exception& e, const Sources& sources, std::uint32_t file,
                         Diagnostics& diags);

// For tests: parse `input` as a file named `source`; diagnostics go to `diags`.
struct ParsedText {
  Sources sources;
  ParsedFile file;
};
ParsedText parse_text(std::string_view input, std::string_view source, Diagnostics& diags);

// The entries of the shipped catalogs' embedded YAML (its files added to `sources`), in file
// order, with every message of the parse in `diags` (shipped_catalogs_from_yaml adds them;
// vap-catalog-gen writes them out).
std::vector<CatalogAddition> shipped_catalog_additions(Sources& sources, Diagnostics& diags);

} // namespace vap
