#include "vap/plan_draft.hpp"

#include "vap/causes.hpp"
#include "vap/gallery.hpp"
#include "vap/render.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace vap {
namespace {

// A line of YAML with its comment lined up at column 40 (or one space after a long line).
void put(std::string& out, const std::string& code, std::string_view comment = {}) {
  out += code;
  if (!comment.empty()) {
    std::size_t w = codepoints(code);
    out += std::string(w < 39 ? 40 - w : 1, ' ');
    out += "# ";
    out += comment;
  }
  out += '\n';
}

std::string say(Lang lang, std::string_view key) {
  return std::string(label(lang, key));
}

struct DraftProblem {
  ProblemName name;
  int rank = 0;
  long long dots = 0;
  const CauseAnalysis* analysis = nullptr;
};

} // namespace

std::string stakeholder_source(const std::string& stakeholder, const Catalogs& catalogs) {
  if (const CatalogEntry* e = catalogs[CatalogKind::funding_sources].find(stakeholder))
    return e->id;
  // People of the village bring the community's contribution.
  static const char* const k_people[] = {"тургундар",       "жашоочулар", "ата-энелер", "дыйкандар",
                                         "айыл тургундары", "жители",     "родители",   "фермеры",
                                         "жители села",     "residents",  "parents",    "farmers",
                                         "villagers"};
  const std::string key = loose_key(stakeholder);
  for (const char* p : k_people)
    if (key == loose_key(p)) return "community";
  if (const CatalogEntry* e = catalogs[CatalogKind::solvers].find(stakeholder)) {
    if (e->id == "lsg") return "local-budget";
    if (e->id == "community") return "community";
    if (e->id == "external") return "donor";
  }
  return "other";
}

std::string yaml_scalar(std::string_view text) {
  // In block context a plain scalar may hold anything but ': ', ' #', quotes and backslashes, and
  // must not start with an indicator, a digit or a space.
  bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' && text.back() != ':';
  for (char c : text)
    if (std::string_view("\"\\`\t\n").find(c) != std::string_view::npos) plain = false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos)
    plain = false;
  if (plain && std::string_view("-?[]{},&*!|>'%@#:.+").find(text.front()) != std::string_view::npos)
    plain = false;
  if (plain && std::isdigit(static_cast<unsigned char>(text.front()))) plain = false;
  const std::string key = match_key(text);
  for (auto w : {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"})
    if (key == w) plain = false;
  if (plain) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string draft_plan(const Municipality& m, Lang lang) {
  const Catalogs& cat = *m.catalogs;
  const std::string ph(k_placeholder);
  const std::string dph(k_date_placeholder);

  // The problems: the gallery's priorities, else the analysed ones, else one to name.
  std::vector<DraftProblem> problems;
  auto analysis_of = [&](const std::string& id) -> const CauseAnalysis* {
    for (const auto& c : m.causes)
      for (const auto& a : c.problems)
        if (a.problem.id == id) return &a;
    return nullptr;
  };
  const GalleryTally tally = tally_gallery(m, RankBy::dots);
  for (const auto& p : tally.problems)
    if (p.priority) problems.push_back({p.problem, p.rank, p.dots, analysis_of(p.problem.id)});
  if (problems.empty())
    for (const auto& c : m.causes)
      for (const auto& a : c.problems)
        if (std::none_of(problems.begin(), problems.end(),
                         [&](const DraftProblem& d) { return d.name.id == a.problem.id; }))
          problems.push_back({problem_name(a.problem, cat[CatalogKind::problems]), 0, 0, &a});

  // The plan's year: the latest year of the workshop's files.
  int year = 0;
  for (const auto& s : m.sessions)
    year = std::max(year, s.date.year);
  for (const auto& c : m.causes)
    if (c.date) year = std::max(year, c.date->year);
  const std::string unit = m.budget && !m.budget->unit.empty()
                               ? m.budget->unit
                               : std::string(label(lang, "plan_default_unit"));

  std::string out;
  put(out, "vap: 1");
  put(out, "# " + label_fmt(lang, "plan_draft_title", m.name));
  put(out, "# " + say(lang, "plan_draft_how"));
  put(out,
      "# " + label_fmt(lang, "plan_draft_check", m.folder.empty() ? std::string("DIR") : m.folder));
  put(out, "plan:");
  put(out, "  year: " + (year ? std::to_string(year) : ph), say(lang, "plan_draft_year"));
  put(out, "  unit: " + yaml_scalar(unit), say(lang, "plan_draft_unit"));
  put(out, "  problems:");
  if (problems.empty()) {
    put(out, "    - problem: " + ph, say(lang, "plan_draft_problem"));
    problems.push_back({});
  }
  bool first = true;
  for (const auto& p : problems) {
    if (!p.name.id.empty()) {
      if (!first) put(out, "");
      std::string head =
          p.rank ? label_fmt(lang, "plan_draft_rank", p.rank, p.name.label(lang), p.dots)
                 : p.name.label(lang);
      if (!p.analysis) head += " – " + say(lang, "plan_draft_no_analysis");
      put(out, "    # " + head);
      put(out, "    - problem: " + yaml_scalar(p.name.label(lang)));
    }
    first = false;
    put(out, "      statement: " + ph, say(lang, "plan_draft_statement"));
    put(out, "      goal: " + ph, say(lang, "plan_draft_goal"));
    put(out, "      initiative_group:", say(lang, "plan_draft_group"));
    put(out, "        leader: " + ph, say(lang, "plan_draft_leader"));
    put(out, "        members:", say(lang, "plan_draft_members"));
    for (auto role : {"lsg-staff", "deputy", "community", "community"})
      put(out,
          fmt::format("          - {{name: {0}, gender: {0}, village: {0}, role: {1}}}", ph, role));
    put(out, "      tasks:");
    int tasks = 0;
    if (p.analysis) {
      for (const auto& s : p.analysis->solutions) {
        if (solver_of(s) == Solver::none) {
          put(out, "        # " + label_fmt(lang, "plan_draft_left_out", s.action.text));
          continue;
        }
        ++tasks;
        const Solver by = solver_of(s);
        std::string from = say(lang, "plan_draft_from");
        if (by != Solver::unsaid && s.by)
          if (const CatalogEntry* e = cat[CatalogKind::solvers].by_id(s.by->id))
            from += " (" + e->label(lang) + ")";
        put(out, "        # " + from);
        put(out, "        - task: " + yaml_scalar(s.action.text), say(lang, "plan_draft_task"));
        put(out, "          activities: [" + ph + "]", say(lang, "plan_draft_activities"));
        put(out, "          results: [" + ph + "]", say(lang, "plan_draft_results"));
        put(out, "          start: " + dph, say(lang, "plan_draft_start"));
        put(out, "          end: " + dph, say(lang, "plan_draft_end"));
        put(out, "          responsible: [" + ph + "]", say(lang, "plan_draft_responsible"));
        put(out, fmt::format("          beneficiaries: {{direct: {0}, indirect: {0}}}", ph),
            say(lang, "plan_draft_beneficiaries"));
        put(out, "          funding:", label_fmt(lang, "plan_draft_funding", unit));
        std::vector<std::pair<std::string, std::vector<std::string>>>
            sources; // source → stakeholders
        for (const auto& [who, what] : s.contributions) {
          put(out, "            # " + who.text + (what.text.empty() ? "" : ": " + what.text));
          std::string id = stakeholder_source(who.text, cat);
          auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const auto& x) { return x.first == id; });
          if (it == sources.end())
            sources.push_back({id, {who.text}});
          else
            it->second.push_back(who.text);
        }
        if (sources.empty()) sources.push_back({"local-budget", {}});
        for (const auto& [id, who] : sources) {
          std::string names;
          for (const auto& w : who)
            names += (names.empty() ? "" : ", ") + w;
          put(out, "            " + id + ": " + ph, names);
        }
      }
    }
    if (tasks == 0) {
      put(out, "        - task: " + ph, say(lang, "plan_draft_task"));
      put(out, "          activities: [" + ph + "]", say(lang, "plan_draft_activities"));
      put(out, "          results: [" + ph + "]", say(lang, "plan_draft_results"));
      put(out, "          start: " + dph, say(lang, "plan_draft_start"));
      put(out, "          end: " + dph, say(lang, "plan_draft_end"));
      put(out, "          responsible: [" + ph + "]", say(lang, "plan_draft_responsible"));
      put(out, fmt::format("          beneficiaries: {{direct: {0}, indirect: {0}}}", ph),
          say(lang, "plan_draft_beneficiaries"));
      put(out, "          funding:", label_fmt(lang, "plan_draft_funding", unit));
      put(out, "            local-budget: " + ph);
    }
  }
  return out;
}

} // namespace vap
