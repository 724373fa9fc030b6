// The `causes` file kind (FORMAT.md): the cause–effect table of the leaders' focus group, parsed,
// matched against the problem and solver catalogs, and checked against the gallery's priorities.
#include "vap/parse.hpp"
#include "vap/resolve.hpp"

#include <algorithm>

namespace vap {
namespace {

Solution parse_solution(const yaml::Node& item, YamlReader& reader, bool& ok) {
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
  if (!reader.check_map(item, "solutions", {"action", "by", "contributions", "note"})) {
    ok = false;
    return s;
  }
  if (auto t = reader.text(item, "action", "solutions", Need::required))
    s.action = *t;
  else
    ok = false;
  s.by = reader.name(item, "by", "solutions", Need::optional);
  if (const yaml::Node c = item["contributions"]; c && !c.IsNull()) {
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
  reader.check_map(root, "file", {"vap", "causes"});
  const yaml::Node node = root["causes"];
  Causes c;
  c.file = reader.file();
  c.pos = reader.pos(node);
  if (reader.check_map(node, "causes",
                       {"date", "municipality", "facilitator", "note", "problems"})) {
    c.date = reader.date(node, "date", "causes", Need::optional);
    if (auto t = reader.text(node, "municipality", "causes", Need::optional))
      c.municipality = t->text;
    const yaml::Node problems = node["problems"];
    if (!problems) {
      reader.require(node, "problems", "causes");
    } else if (!problems.IsSequence()) {
      if (!problems.IsNull()) reader.not_a_list(problems, "problems");
    } else {
      for (const auto& item : problems) {
        if (!reader.check_map(item, "problems",
                              {"problem", "causes", "effects", "solutions", "note"}))
          continue;
        CauseAnalysis a;
        a.pos = reader.pos(item);
        auto problem = reader.name(item, "problem", "problems", Need::required);
        a.causes = reader.texts(item, "causes", "problems");
        a.effects = reader.texts(item, "effects", "problems");
        bool ok = problem.has_value();
        if (const yaml::Node sols = item["solutions"]; sols && !sols.IsNull()) {
          if (!sols.IsSequence()) {
            reader.not_a_list(sols, "solutions");
          } else {
            for (const auto& si : sols) {
              bool sok = true;
              Solution s = parse_solution(si, reader, sok);
              if (sok) a.solutions.push_back(std::move(s));
            }
          }
        }
        if (ok) {
          a.problem = *problem;
          c.problems.push_back(std::move(a));
        }
      }
    }
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
