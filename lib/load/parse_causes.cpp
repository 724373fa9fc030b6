// The `causes` file kind (FORMAT.md): the cause–effect table of the leaders' focus group, parsed,
// matched against the problem and solver catalogs, and checked against the gallery's priorities.
#include "vap/parse.hpp"
#include "vap/resolve.hpp"
#include "vap/section_reader.hpp"

#include <algorithm>

namespace vap {
namespace {

Solution parse_solution(const yaml::Node& item, const schema::Section& section, YamlReader& reader,
                        bool& ok) {
  const Lang lang = reader.lang();
  Solution s;
  s.pos = reader.pos(item);
  if (item.IsScalar()) {
    // A bare line is an action whose carrier is not said.
    if (auto t = reader.as_text(item, "solutions"))
      s.action = *t;
    else
      ok = false;
    return s;
  }
  SectionReader r(item, section, reader);
  if (!r.ok()) {
    ok = false;
    return s;
  }
  if (auto t = r.text("action"))
    s.action = *t;
  else
    ok = false;
  s.by = r.name("by");
  if (auto t = r.text("note")) s.note = std::move(t->text);
  if (const yaml::Node c = r["contributions"]; c && !c.IsNull()) {
    if (c.IsMap()) {
      for (auto it = c.begin(); it != c.end(); ++it) {
        auto who = reader.as_text(it->first, "contributions");
        if (!who) continue;
        if (it->second.IsNull()) {
          s.contributions.push_back({*who, Text{"", who->pos}});
          continue;
        }
        std::vector<Text> what;
        if (it->second.IsSequence()) {
          std::string joined;
          for (const auto& w : it->second)
            if (auto t = reader.as_text(w, who->text))
              joined += (joined.empty() ? "" : ", ") + t->text;
          s.contributions.push_back({*who, Text{joined, reader.pos(it->second)}});
        } else if (auto t = reader.as_text(it->second, who->text)) {
          s.contributions.push_back({*who, *t});
        }
      }
    } else {
      reader.error(c,
                   msg(lang, "'{}' must be 'stakeholder: what they bring' lines", "contributions"));
    }
  }
  return s;
}

} // namespace

void parse_causes_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  SectionReader file(root, *schema::kind(FileKind::causes).top, reader);
  const schema::Section& section = schema::main_section(FileKind::causes);
  const schema::Section& problems = *section.find("problems")->section;
  const schema::Section& solutions = *problems.find("solutions")->section;
  Causes c;
  c.file = reader.file();
  SectionReader r(root["causes"], section, reader);
  c.pos = r.pos();
  if (r.ok()) {
    c.date = r.date("date");
    if (auto t = r.text("municipality")) c.municipality = t->text;
    if (auto t = r.text("facilitator")) c.facilitator = t->text;
    if (auto t = r.text("note")) c.note = t->text;
    r.items("problems", [&](const yaml::Node& item) {
      SectionReader p(item, problems, reader);
      if (!p.ok()) return;
      CauseAnalysis a;
      a.pos = reader.pos(item);
      auto problem = p.name("problem");
      a.causes = p.texts("causes");
      a.effects = p.texts("effects");
      if (auto t = p.text("note")) a.note = t->text;
      p.items("solutions", [&](const yaml::Node& si) {
        bool sok = true;
        Solution s = parse_solution(si, solutions, reader, sok);
        if (sok) a.solutions.push_back(std::move(s));
      });
      if (problem) {
        a.problem = *problem;
        c.problems.push_back(std::move(a));
      }
    });
  }
  out.causes = std::move(c);
}

void resolve_causes(Municipality& m, NewNames& news, Diagnostics& diags) {
  if (m.causes.empty()) return;
  const Catalogs& cat = *m.catalogs;
  const Lang lang = diags.lang();
  struct Seen {
    std::string id;
    std::string text;
    SourcePos pos;
  };
  std::vector<Seen> seen; // each problem where first analysed
  for (auto& c : m.causes) {
    for (auto& a : c.problems) {
      resolve_ref(a.problem, cat[CatalogKind::problems], diags, "problem");
      news.note(a.problem, cat[CatalogKind::problems], diags, "problem");
      auto it = std::find_if(seen.begin(), seen.end(),
                             [&](const Seen& s) { return s.id == a.problem.id; });
      if (it != seen.end())
        diags.warning(a.problem.pos,
                      msg(lang, "'{}' is analysed twice (first on line {}); both rows are kept",
                          a.problem.text, it->pos.line));
      else
        seen.push_back({a.problem.id, a.problem.text, a.problem.pos});
      for (auto& s : a.solutions)
        if (s.by) resolve_ref(*s.by, cat[CatalogKind::solvers], diags, "solver ('by')");
    }
  }
}

} // namespace vap
