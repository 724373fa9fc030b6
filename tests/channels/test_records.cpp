// The model's files as records (lib/channels/records.cpp) against the parsers that make the
// model (lib/load/parse_*.cpp) and the workbook (lib/channels/workbook_*, lib/load/workbook_*),
// on tests/fixtures/every-field, which uses every field of the description: a field the
// description has and a channel drops fails here.
#include "vap/load.hpp"
#include "vap/parse.hpp"
#include "vap/records.hpp"
#include "vap/schema.hpp"
#include "vap/workbook_writer.hpp"
#include "vap/yaml_writer.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

using namespace vap;

namespace {

std::string fixture() {
  const char* root = std::getenv("VAP_SOURCE_DIR");
  REQUIRE(root);
  return std::string(root) + "/tests/fixtures/every-field";
}

Loaded load_checked(const std::string& path) {
  LoadOptions o;
  Loaded loaded = load({path}, o);
  for (const auto& d : loaded.diags.items())
    if (d.severity == Severity::error) FAIL_CHECK(d.message);
  REQUIRE(loaded.program.municipalities.size() == 1);
  return loaded;
}

// Every file of the municipality as records, in a fixed order.
std::vector<Record> records(const Municipality& m, const Naming& n) {
  std::vector<Record> out{record_of(m, n)};
  for (const auto& s : m.sessions)
    out.push_back(record_of(s, n));
  for (const auto& c : m.causes)
    out.push_back(record_of(c, n));
  for (const auto& p : m.plans)
    out.push_back(record_of(p, n));
  for (const auto& a : m.assemblies)
    out.push_back(record_of(a, n));
  for (const auto& x : m.monitorings)
    out.push_back(record_of(x, n));
  return out;
}

// The dotted paths of a record's keys ("plan.problems.tasks.funding").
void paths(const Record& r, const std::string& at, std::set<std::string>& out) {
  if (r.is_list()) {
    for (const auto& i : r.items)
      paths(i, at, out);
    return;
  }
  if (!r.is_map()) return;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const std::string p = at.empty() ? r.key(i).text : at + "." + r.key(i).text;
    out.insert(p);
    // The keys of a mapping of names (votes, funding, contributions) are data, not fields.
    const schema::Field* f = nullptr;
    for (const auto& k : schema::kinds())
      if (!f) f = schema::field_at(k.kind, p);
    if (f && (f->type == schema::Type::record || f->type == schema::Type::list))
      paths(r.value(i), p, out);
    if (f && f->type == schema::Type::catalogs) // its keys are the catalogs' kinds
      for (std::size_t k = 0; k < r.value(i).size(); ++k)
        paths(r.value(i).value(k), p + "." + r.value(i).key(k).text, out);
  }
}

void described(const schema::Section& s, const std::string& at, std::set<std::string>& out) {
  for (const auto& f : s.fields) {
    const std::string p = at.empty() ? std::string(f.key) : at + "." + std::string(f.key);
    if (f.type != schema::Type::version) out.insert(p);
    if (f.section && f.type != schema::Type::catalogs) described(*f.section, p, out);
    if (f.type == schema::Type::catalogs)
      for (const auto& e : f.section->fields)
        if (e.key != "type" && e.key != "problem" && e.key != "lsg_issue" && e.key != "gender" &&
            e.key != "side")
          out.insert(p + ".problems." + std::string(e.key));
  }
}

} // namespace

TEST_CASE("records: every field of the description is in tests/fixtures/every-field, and written") {
  Loaded loaded = load_checked(fixture());
  std::set<std::string> written;
  for (const auto& r : records(loaded.program.municipalities.front(), Naming{}))
    paths(r, "", written);
  // The municipality's own catalog entries: the fields of one kind's entries.
  std::set<std::string> want;
  for (const auto& k : schema::kinds())
    described(*k.top, "", want);
  for (const auto& p : want) {
    CAPTURE(p);
    // `municipality` in the other kinds names the municipality of a file outside its folder;
    // the fixture's files are in theirs.
    if (p.ends_with(".municipality") || p == "municipality.lang") continue;
    CHECK(written.count(p) == 1);
  }
}

TEST_CASE("records: YAML written from the model reads back to the same model") {
  Loaded loaded = load_checked(fixture());
  const Municipality& m = loaded.program.municipalities.front();
  for (const auto& r : records(m, Naming{})) {
    const std::string text = yaml_text(r);
    Diagnostics diags;
    ParsedText again = parse_text(text, "again.yaml", diags);
    CAPTURE(text);
    CHECK_FALSE(diags.has_errors());
    Record back;
    const ParsedFile& pf = again.file;
    if (pf.municipality) {
      Municipality mm = *pf.municipality;
      for (const auto& a : pf.catalog)
        mm.own_catalog.emplace_back(a.kind, a.entry);
      back = record_of(mm, Naming{});
    }
    if (pf.session) back = record_of(*pf.session, Naming{});
    if (pf.causes) back = record_of(*pf.causes, Naming{});
    if (pf.plan) back = record_of(*pf.plan, Naming{});
    if (pf.monitoring) back = record_of(*pf.monitoring, Naming{});
    if (pf.assembly) back = record_of(*pf.assembly, Naming{});
    CHECK(yaml_text(back) == text);
  }
}

TEST_CASE("records: the workbook written from the model reads back to the same files") {
  Loaded yaml = load_checked(fixture());
  const Municipality& m = yaml.program.municipalities.front();
  test::TempFolder dir;
  for (Lang lang : {Lang::ru, Lang::ky, Lang::en}) {
    CAPTURE(lang_code(lang));
    const std::string book = dir.path(std::string("every-") + std::string(lang_code(lang)) + ".xlsx");
    WorkbookRequest req;
    req.municipality = &m;
    req.lang = lang;
    write_workbook(req, book);
    Loaded read = load_checked(book);
    // Names typed as ids are written in the workbook's words: compare in those words.
    const Naming words{lang, m.catalogs.get()};
    const auto want = records(m, words);
    const auto got = records(read.program.municipalities.front(), words);
    REQUIRE(want.size() == got.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      const std::string w = yaml_text(want[i]), g = yaml_text(got[i]);
      CHECK(w == g);
    }
  }
}
