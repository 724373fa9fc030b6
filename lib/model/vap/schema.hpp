#pragma once
// The description of each file kind: its sections and fields, their types, which are required,
// the catalog a name is matched against, the range of a number, the words that head it (in ky,
// ru and en) and an example. The YAML reader's checks, the workbook's sheets, `vap init`'s
// starter files, the phones' forms and FORMAT.md's field tables are all made from it: a field
// added here appears in each of them, or a test fails (tests/model/test_schema.cpp).
// Data only: no YAML, no I/O.
#include "vap/catalog.hpp"
#include "vap/file_kind.hpp"

#include <cstdint>
#include <span>
#include <string_view>

namespace vap::schema {

enum class Type : std::uint8_t {
  text,     // free text
  name,     // a name matched to `catalog` (closed vocabularies must match, open ones may be new)
  choice,   // one of `choices` ("simple|absolute|two_thirds"), matched as typed
  whole,    // a whole number within [min, max]
  number,   // a number within [min, max]; a decimal comma is read
  date,     // a day: YYYY-MM-DD, or DD.MM.YYYY as people type it
  month,    // a month or a day: YYYY-MM or a date
  count,    // a whole number, or {women: n, men: n}
  texts,    // a list of text; one item alone may be written without the list
  location, // [latitude, longitude] (WGS 84)
  amounts,  // 'name: number' lines, each name matched to `catalog`
  scores,   // 'score: how many' lines (a satisfaction survey's answers)
  votes,    // 'problem: dots' lines, each dots a count
  ballots,  // a list of ballots, each a list of problems (or one problem)
  pairs,    // 'who: what' lines (contributions)
  record,   // a mapping of the fields of `section`
  list,     // a list of mappings of the fields of `section`
  catalogs, // a municipality's own catalog entries: 'kind: [entries]'
  version,  // the file format's number (`vap: 1`)
};

struct Section;

struct Field {
  std::string_view key{};
  Type type = Type::text;
  bool required = false;
  // For name and amounts and votes: the catalog the names are matched to.
  CatalogKind catalog = CatalogKind::problems;
  bool has_catalog = false;
  // For whole, number, amounts and scores: the smallest and largest value allowed.
  double min = 0;
  double max = 0;
  std::string_view choices{}; // for choice: the allowed values, '|' between them
  // The key of the words that head it (a workbook column, a form question) in
  // templates/labels: "wb_date" is Күнү / Дата / Date.
  std::string_view label{};
  std::string_view doc{};     // what it records (English, for FORMAT.md's tables)
  std::string_view example{}; // a value as a facilitator would type it
  const Section* section = nullptr; // record and list: its fields
  // record: a plain value in its place stands for this field (a member named alone).
  std::string_view shorthand{};
};

// A mapping: a file's top level, a section, or an item of a list.
struct Section {
  std::string_view key; // how messages name it ('tasks', 'session')
  std::span<const Field> fields;

  const Field* find(std::string_view key) const;
};

// A file kind: its top-level keys, one of which is the section that names the kind.
struct Kind {
  FileKind kind;
  std::string_view key; // the section key: `session`, `plan`, ...
  const Section* top;   // the file's top-level keys
};

const Kind& kind(FileKind kind);
std::span<const Kind> kinds();
// The section of the kind's own key (`session:`, `plan:`, ...).
const Section& main_section(FileKind kind);
// A section by a dotted path of keys from a kind's top ("plan.problems.tasks"), or nullptr.
const Section* section_at(FileKind kind, std::string_view path);
// A field by a dotted path from a kind's top ("plan.problems.tasks.funding"), or nullptr.
const Field* field_at(FileKind kind, std::string_view path);
// The English word for a type, for FORMAT.md's tables ("whole number 1–5").
std::string_view type_word(Type type);

} // namespace vap::schema
