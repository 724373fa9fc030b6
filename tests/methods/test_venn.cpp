#include "vap/render_venn.hpp"
#include "vap/venn.hpp"

#include "vap/svg.hpp"

#include "temp_folder.hpp"

#include <regex>

#include <doctest/doctest.h>

using namespace vap;
using vap::test::TempFolder;

namespace {

std::string session(const std::string& group, int day, const std::string& venn) {
  return "session:\n  date: 2015-03-0" + std::to_string(day) + "\n  village: A\n  group: " + group +
         "\n  participants: 10\nvenn:\n" + venn;
}

VennSummary three_venns(const TempFolder& dir) {
  dir.write("m.yaml", "vap: 1\nmunicipality:\n  id: test\n  name: Test AA\n  villages: [A]\n");
  dir.write(
      "s1.yaml",
      session(
          "young-women", 1,
          "  - {name: Айыл өкмөтү, type: local-institution, importance: 5, closeness: 2}\n"
          "  - {name: ҮМБ, type: external, importance: 4, closeness: 2}\n"
          "  - {name: Кооператив Береке, type: community-group, importance: 2, closeness: 5}\n"));
  dir.write("s2.yaml",
            session("older-men", 2,
                    "  - {name: АӨ, type: local-institution, importance: 4, closeness: 3}\n"
                    "  - {name: ЦСМ, type: external, importance: 4, closeness: 2}\n"));
  dir.write(
      "s3.yaml",
      session("young-women", 3,
              "  - {name: Айыл окмоту, type: Местное учреждение, importance: 5, closeness: 2}\n"
              "  - {name: Донорлор, type: external, importance: 4, closeness: 1}\n"));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE_MESSAGE(!loaded.diags.has_errors(), format_diagnostics(loaded.diags, loaded.sources));
  return summarize_venn(loaded.program.municipalities.front());
}

const VennRow& row(const VennSummary& v, const std::string& id) {
  for (const auto& r : v.rows)
    if (r.institution.id == id) return r;
  FAIL("no row " << id);
  return v.rows.front();
}

} // namespace

TEST_CASE("venn: institutions are matched across sessions and averaged") {
  TempFolder dir;
  VennSummary v = three_venns(dir);
  CHECK(v.sessions == 3);
  REQUIRE(v.rows.size() == 4);
  const VennRow& ao = row(v, "ayil-okmotu");
  CHECK(ao.sessions == 3);
  CHECK(ao.importance == doctest::Approx(14.0 / 3)); // (5 + 4 + 5) / 3
  CHECK(ao.closeness == doctest::Approx(7.0 / 3));   // (2 + 3 + 2) / 3
  CHECK(ao.type.id == "local-institution");
  CHECK_FALSE(ao.types_differ);
  REQUIRE(ao.by_group.size() == 2);
  CHECK(ao.by_group[0].group == "young-women");
  CHECK(ao.by_group[0].sessions == 2);
  CHECK(ao.by_group[0].importance == doctest::Approx(5.0));
  CHECK(ao.by_group[0].closeness == doctest::Approx(2.0));
  CHECK(ao.by_group[1].group == "older-men");
  CHECK(ao.by_group[1].closeness == doctest::Approx(3.0));
  // ҮМБ and ЦСМ are one catalog entry.
  CHECK(row(v, "health-centre").sessions == 2);
  // A new name is kept as typed.
  CHECK(row(v, "kooperativ-bereke").institution.label(Lang::en) == "Кооператив Береке");
  // By importance first.
  CHECK(v.rows.front().institution.id == "ayil-okmotu");
}

TEST_CASE(
    "venn: important (mean ≥ 4) but out of reach (mean ≤ 2) is flagged, exactly at the bounds") {
  TempFolder dir;
  VennSummary v = three_venns(dir);
  CHECK(row(v, "health-centre").out_of_reach);     // 4 / 2
  CHECK(row(v, "donors").out_of_reach);            // 4 / 1
  CHECK_FALSE(row(v, "ayil-okmotu").out_of_reach); // 4.7 / 2.3
  CHECK_FALSE(row(v, "kooperativ-bereke").out_of_reach);
}

TEST_CASE("venn: the SVG names every institution, is the same every time, and has a legend") {
  TempFolder dir;
  VennSummary v = three_venns(dir);
  const std::string svg = venn_svg(v, Lang::ru);
  CHECK(svg == venn_svg(v, Lang::ru));
  CHECK(svg.rfind(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"",
            0) == 0);
  for (const char* name :
       {"Айыл окмоту", "Центр семейной", "медицины", "Доноры", "Кооператив Береке", "Сообщество",
        "Внешняя организация", "Красный пунктир: важно, но далеко"})
    CHECK_MESSAGE(svg.find(name) != std::string::npos, std::string(name));
  CHECK(svg.find("font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"") != std::string::npos);
}

TEST_CASE("venn: fifteen institutions get labels whose boxes do not overlap") {
  TempFolder dir;
  dir.write("m.yaml", "vap: 1\nmunicipality:\n  id: test\n  name: Test AA\n  villages: [A]\n");
  std::string entries;
  const char* names[] = {"Айыл өкмөтү",   "Мектеп",          "ФАП",     "Аялдар кеңеши",
                         "Айылдык кеңеш", "Микрокредит",     "ҮМБ",     "Жаштар комитети",
                         "Мечит",         "Участковый",      "СПА",     "РМА",
                         "Ишкерлер",      "Аксакалдар соту", "Донорлор"};
  const char* types[] = {"local-institution", "community-group", "external"};
  for (int i = 0; i < 15; ++i)
    entries += std::string("  - {name: ") + names[i] + ", type: " + types[i % 3] +
               ", importance: " + std::to_string(1 + i % 5) +
               ", closeness: " + std::to_string(1 + (i * 2) % 5) + "}\n";
  dir.write("s1.yaml", session("young-women", 1, entries));
  Loaded loaded = vap::test::load_folder(dir);
  REQUIRE(!loaded.diags.has_errors());
  const std::string svg = venn_svg(summarize_venn(loaded.program.municipalities.front()), Lang::ky);
  // Every institution's label is drawn once, and no two label boxes overlap.
  std::vector<svg::Box> boxes;
  const std::regex label_re("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" font-size=\"12.5\"(?: "
                            "text-anchor=\"(\\w+)\")? stroke=[^>]*>(.*?)</text>");
  const std::regex tspan_re("<tspan[^>]*>(.*?)</tspan>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label_re);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::vector<std::string> lines;
    const std::string content = m[4];
    for (auto t = std::sregex_iterator(content.begin(), content.end(), tspan_re);
         t != std::sregex_iterator(); ++t)
      lines.push_back((*t)[1]);
    if (lines.empty()) lines.push_back(content);
    const std::string anchor = m[3].matched ? m[3].str() : "start";
    boxes.push_back(svg::text_box(std::stod(m[1]), std::stod(m[2]), lines, 12.5, 15, anchor));
  }
  CHECK(boxes.size() == 15);
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j)
      CHECK_FALSE(boxes[i].intersects(boxes[j]));
}
