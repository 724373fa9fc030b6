// load_batches: a run streamed in batches gives what load() gives, or declines.
#include "vap/load.hpp"

#include "vap/gallery.hpp"
#include "vap/render_gallery.hpp"
#include "vap/render_report.hpp"
#include "vap/report.hpp"
#include "vap/workbook_writer.hpp"

#include "temp_folder.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::string municipality(int k) {
  // The ids do not follow the folders' order: the batches are sorted back by id.
  return "vap: 1\nmunicipality:\n  id: m" + std::to_string(9 - k) + "\n  name: Aimak " +
         std::to_string(k) + "\n  villages: [A, B]\n";
}

std::string session(int k, int s) {
  return "session:\n  date: 2015-03-0" + std::to_string(s + 1) +
         "\n  village: A\n  group: mixed\n  participants: " + std::to_string(4 + k) +
         "\ngallery:\n  votes:\n    Ичүүчү суу: " + std::to_string(5 + k * s) +
         "\n    Жолдор: " + std::to_string(3 + k) + "\n    Мектеп: " + std::to_string(k) + "\n";
}

// Five municipality folders of two sessions each.
void write_run(const TempFolder& t) {
  for (int k = 0; k < 5; ++k) {
    const std::string dir = "region/a" + std::to_string(k) + "/";
    t.write(dir + "municipality.yaml", municipality(k));
    for (int s = 0; s < 2; ++s)
      t.write(dir + "sessions/s" + std::to_string(s) + ".yaml", session(k, s));
  }
}

std::string csv(BatchGallery b) {
  RenderOptions o;
  o.format = Format::csv;
  o.lang = Lang::en;
  return render_batch_gallery(b, o);
}

struct Streamed {
  bool streamed = false;
  int batches = 0;
  std::vector<GalleryTally> tallies;
  BatchRun run;
};

Streamed stream(const TempFolder& t, std::size_t batch, const std::string& under = "") {
  Streamed s;
  LoadOptions o;
  s.streamed = load_batches(
      {under.empty() ? t.path() : t.path() + "/" + under}, o, batch,
      [&](Loaded& part) {
        ++s.batches;
        for (const auto& m : part.program.municipalities)
          s.tallies.push_back(tally_gallery(m, RankBy::dots));
        return true;
      },
      s.run);
  std::stable_sort(s.tallies.begin(), s.tallies.end(),
                   [](const GalleryTally& a, const GalleryTally& b) {
                     return a.municipality_id < b.municipality_id;
                   });
  return s;
}

} // namespace

TEST_CASE("load_batches: the batches' tallies are the whole load's") {
  TempFolder t;
  write_run(t);
  Loaded whole = load({t.path()}, LoadOptions{});
  REQUIRE(whole.diags.items().empty());
  REQUIRE(whole.program.municipalities.size() == 5);
  Streamed s = stream(t, 2);
  REQUIRE(s.streamed);
  CHECK(s.batches == 3);
  CHECK(s.run.municipalities == 5);
  CHECK(s.run.files == whole.files);
  CHECK(s.run.files.size() == 15);
  CHECK(s.tallies.size() == 5);
  CHECK(s.tallies.front().municipality_id == "m5");
  CHECK(csv(tally_batch(std::move(s.tallies))) == csv(tally_batch(whole.program, RankBy::dots)));
}

TEST_CASE("load_batches: the program report made batch by batch is the whole load's") {
  TempFolder t;
  write_run(t);
  Loaded whole = load({t.path()}, LoadOptions{});
  REQUIRE(whole.diags.items().empty());
  std::optional<ProgramTally> tally;
  BatchRun run;
  REQUIRE(load_batches(
      {t.path()}, LoadOptions{}, 2,
      [&](Loaded& part) {
        if (!tally) tally.emplace(part.program.catalogs, RankBy::dots);
        for (const auto& m : part.program.municipalities)
          tally->add(m);
        return true;
      },
      run));
  RenderOptions o;
  o.lang = Lang::ru;
  o.batch = true;
  const std::string streamed = render_batch_report(tally->take(true), o);
  CHECK(streamed == render_batch_report(summarize_program(whole.program, RankBy::dots), o));
  // The municipalities in the order of their ids (m5 ... m9), not of their folders.
  CHECK(streamed.find("Aimak 4") < streamed.find("Aimak 0"));
}

TEST_CASE("load_batches: a batch's warnings are streamed as a whole load writes them") {
  TempFolder t;
  write_run(t);
  // A new problem (a warning) in two municipalities of different batches; the municipalities
  // speak Russian, so the messages do too, whatever the fallback language.
  for (int k : {1, 3})
    t.write("region/a" + std::to_string(k) + "/sessions/s2.yaml",
            "session:\n  date: 2015-04-01\n  village: B\n  group: mixed\n  participants: 3\n"
            "gallery:\n  votes:\n    Бродячий скот: " +
                std::to_string(k) + "\n");
  for (int k = 0; k < 5; ++k)
    t.write("region/a" + std::to_string(k) + "/municipality.yaml", municipality(k) + "lang: ru\n");
  LoadOptions o;
  o.lang = Lang::en;
  o.lang_from_files = true;
  Loaded whole = load({t.path()}, o);
  REQUIRE(whole.diags.warning_count() == 2);
  REQUIRE_FALSE(whole.diags.has_errors());
  REQUIRE(whole.lang == Lang::ru);
  BatchRun run;
  REQUIRE(load_batches(
      {t.path()}, o, 2, [](Loaded&) { return true; }, run));
  CHECK(run.lang == Lang::ru);
  CHECK(run.warnings == 2);
  CHECK(run.messages == format_diagnostics(whole.diags, whole.sources));
  CHECK(run.messages.find("Бродячий скот") != std::string::npos);
  CHECK(run.messages.find("a1/sessions/s2.yaml:8:5: ") <
        run.messages.find("a3/sessions/s2.yaml:8:5: "));
}

TEST_CASE("load_batches: the language is chosen when the first message comes") {
  TempFolder t;
  write_run(t);
  for (int k = 0; k < 5; ++k)
    t.write("region/a" + std::to_string(k) + "/municipality.yaml", municipality(k) + "lang: ru\n");
  LoadOptions o;
  o.lang = Lang::en;
  o.lang_from_files = true;
  SUBCASE("no message at all: the run's language is still the municipalities'") {
    BatchRun run;
    REQUIRE(load_batches(
        {t.path()}, o, 2, [](Loaded&) { return true; }, run));
    CHECK(run.lang == Lang::ru);
    CHECK(run.messages.empty());
  }
  SUBCASE("the first message in the second batch: that batch is loaded again in Russian") {
    t.write("region/a3/sessions/s2.yaml",
            "session:\n  date: 2015-04-01\n  village: B\n  group: mixed\n  participants: 3\n"
            "gallery:\n  votes:\n    Бродячий скот: 2\n");
    Loaded whole = load({t.path()}, o);
    REQUIRE(whole.diags.warning_count() == 1);
    int batches = 0;
    BatchRun run;
    REQUIRE(load_batches(
        {t.path()}, o, 2,
        [&](Loaded&) {
          ++batches;
          return true;
        },
        run));
    CHECK(batches == 3);
    CHECK(run.lang == Lang::ru);
    CHECK(run.warnings == 1);
    CHECK(run.messages == format_diagnostics(whole.diags, whole.sources));
  }
  SUBCASE("a warning of the check hook counts as a message too") {
    BatchRun run;
    REQUIRE(load_batches(
        {t.path()}, o, 2, [](Loaded&) { return true; }, run,
        [](Loaded& part) {
          for (const auto& m : part.program.municipalities)
            if (m.id == "m7")
              part.diags.warning(SourcePos{m.file, 1, 1},
                                 part.diags.lang() == Lang::ru ? "in ru" : "not in ru");
        }));
    CHECK(run.warnings == 1);
    CHECK(run.lang == Lang::ru);
    // The batch of m7 (the second) was loaded again and checked again in Russian.
    CHECK(run.messages.find(": in ru") != std::string::npos);
    CHECK(run.messages.find("not in ru") == std::string::npos);
  }
}

TEST_CASE("load_batches: declines what only the whole load can say the same") {
  SUBCASE("no more folders than one batch") {
    TempFolder t;
    write_run(t);
    CHECK_FALSE(stream(t, 5).streamed);
    CHECK(stream(t, 4).streamed);
  }
  SUBCASE("a session copied into another batch's folder") {
    TempFolder t;
    write_run(t);
    t.write("region/a4/sessions/copy.yaml", session(0, 0));
    CHECK_FALSE(stream(t, 2).streamed);
    Loaded whole = load({t.path()}, LoadOptions{});
    CHECK(whole.diags.error_count() == 1);
  }
  SUBCASE("a message in one batch") {
    TempFolder t;
    write_run(t);
    t.write("region/a3/sessions/s9.yaml", "session: [\n");
    CHECK_FALSE(stream(t, 2).streamed);
  }
  SUBCASE("a file outside every municipality folder") {
    TempFolder t;
    write_run(t);
    t.write("region/loose.yaml", session(1, 1));
    CHECK_FALSE(stream(t, 2).streamed);
  }
  SUBCASE("two municipalities of one id") {
    TempFolder t;
    write_run(t);
    t.write("region/a4/municipality.yaml", municipality(0));
    CHECK_FALSE(stream(t, 2).streamed);
  }
  SUBCASE("a municipality file that is not named so") {
    TempFolder t;
    write_run(t);
    t.write("region/a4/sessions/s0.yaml", "vap: 1\nmunicipality:\n  id: other\n  name: O\n");
    CHECK_FALSE(stream(t, 2).streamed);
  }
}

TEST_CASE(
    "load_batches: goes on past a file it does not read and errors the command does not need") {
  TempFolder t;
  write_run(t);
  t.write("region/a2/report.pdf", "%PDF-1.4\n");
  t.write("region/a1/plan.yaml", "vap: 1\nplan:\n  year: 2014\n  problems: 5\n");
  Loaded whole = load({t.path()}, LoadOptions{});
  const Blocking b = blocking_errors(whole, {FileKind::municipality, FileKind::session});
  REQUIRE(b.errors == 0);
  REQUIRE(b.ignored.count(FileKind::plan) == 1);
  // What the whole load's command prints before its own notes: every message but the errors.
  Diagnostics shown(whole.diags.lang());
  for (const auto& d : whole.diags.items())
    if (d.severity != Severity::error) shown.add(d);
  const std::string expected = format_diagnostics(shown, whole.sources);
  REQUIRE(expected.find("not read: ") != std::string::npos);

  SUBCASE("a command that does not read plans streams, the errors counted by kind") {
    LoadOptions o;
    o.uses = {FileKind::municipality, FileKind::session};
    BatchRun run;
    int batches = 0;
    CHECK(load_batches(
        {t.path()}, o, 2, [&](Loaded&) { return ++batches > 0; }, run));
    CHECK(batches == 3);
    CHECK(run.messages == expected);
    CHECK(run.ignored == b.ignored);
  }
  SUBCASE("a command that reads plans does not") {
    BatchRun run;
    CHECK_FALSE(load_batches(
        {t.path()}, LoadOptions{}, 2, [](Loaded&) { return true; }, run));
  }
}

TEST_CASE("load_batches: workbooks are streamed as folders are, one municipality each") {
  TempFolder t;
  write_run(t);
  Loaded yaml = load({t.path() + "/region"}, LoadOptions{});
  REQUIRE(yaml.diags.items().empty());
  REQUIRE(yaml.program.municipalities.size() == 5);
  // Each municipality as a workbook of its own, named so that their order is not the ids'.
  std::filesystem::create_directories(t.path() + "/books");
  int k = 0;
  for (const auto& m : yaml.program.municipalities) {
    WorkbookRequest request;
    request.municipality = &m;
    request.lang = Lang::ru;
    request.spare = 0;
    request.spare_problems = 0;
    write_workbook(request, t.path() + "/books/b" + std::to_string(k++) + ".xlsx");
  }
  Loaded books = load({t.path() + "/books"}, LoadOptions{});
  REQUIRE(books.diags.items().empty());
  Streamed s = stream(t, 2, "books");
  REQUIRE(s.streamed);
  CHECK(s.batches == 3);
  CHECK(s.run.municipalities == 5);
  CHECK(s.run.files == books.files);
  CHECK(csv(tally_batch(std::move(s.tallies))) == csv(tally_batch(yaml.program, RankBy::dots)));
  SUBCASE("a workbook inside a municipality folder: the run is loaded whole") {
    REQUIRE(stream(t, 2, "region").streamed);
    // A municipality of its own (no id, name or session of another), so that nothing but its place
    // makes the run whole: a whole load of it has no message.
    Municipality extra = yaml.program.municipalities[0];
    extra.id = "extra";
    extra.name = "Extra aimak";
    extra.sessions.clear(); // the same sessions twice would be copied files
    write_workbook(WorkbookRequest{&extra, Lang::ky, 0, 0}, t.path() + "/region/a2/extra.xlsx");
    REQUIRE(load({t.path() + "/region"}, LoadOptions{}).diags.items().empty());
    CHECK_FALSE(stream(t, 2, "region").streamed);
  }
}
