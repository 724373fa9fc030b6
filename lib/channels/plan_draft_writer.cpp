#include "vap/plan_draft_writer.hpp"

#include "vap/placeholder.hpp"
#include "vap/text.hpp"
#include "vap/yaml_writer.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

// A line of YAML with its comment lined up at column 40 (or one space after a long line).
void put(std::string& out, const std::string& code, std::string_view comment = {}) {
  out += code;
  if (!comment.empty()) {
    const std::size_t w = codepoints(code);
    out += std::string(w < 39 ? 40 - w : 1, ' ');
    out += "# ";
    out += comment;
  }
  out += '\n';
}

std::string say(Lang lang, std::string_view key) {
  return std::string(label(lang, key));
}

std::string names(const std::vector<ProblemName>& problems, Lang lang) {
  std::string out;
  for (const auto& p : problems)
    out += (out.empty() ? "" : ", ") + p.label(lang);
  return out;
}

// The lines of one task; `action` is `___` for a task to name.
void put_task(std::string& out, const std::string& action, const std::vector<DraftSource>& sources,
              const std::string& unit, Lang lang) {
  const std::string ph(k_placeholder);
  const std::string dph(k_date_placeholder);
  put(out, "        - task: " + (action == ph ? ph : yaml_scalar(action)),
      say(lang, "plan_draft_task"));
  put(out, "          activities: [" + ph + "]", say(lang, "plan_draft_activities"));
  put(out, "          results: [" + ph + "]", say(lang, "plan_draft_results"));
  put(out, "          start: " + dph, say(lang, "plan_draft_start"));
  put(out, "          end: " + dph, say(lang, "plan_draft_end"));
  put(out, "          responsible: [" + ph + "]", say(lang, "plan_draft_responsible"));
  put(out, fmt::format("          beneficiaries: {{direct: {0}, indirect: {0}}}", ph),
      say(lang, "plan_draft_beneficiaries"));
  put(out, "          funding:", label_fmt(lang, "plan_draft_funding", unit));
  for (const auto& s : sources) {
    std::string who;
    for (const auto& w : s.stakeholders)
      who += (who.empty() ? "" : ", ") + w;
    put(out, "            " + s.id + ": " + ph, who);
  }
}

} // namespace

std::string plan_draft_text(const PlanDraft& d, const Municipality& m, Lang lang) {
  const Catalogs& cat = *m.catalogs;
  const std::string ph(k_placeholder);
  const std::string unit = !d.unit.empty() ? d.unit : say(lang, "plan_default_unit");
  std::string out;
  put(out, "vap: 1");
  put(out, "# " + label_fmt(lang, "plan_draft_title", m.name));
  put(out, "# " + say(lang, "plan_draft_how"));
  put(out,
      "# " + label_fmt(lang, "plan_draft_check", m.folder.empty() ? std::string("DIR") : m.folder));
  if (d.assembly) {
    put(out, "# " + label_fmt(lang, "plan_draft_assembly", date_text(*d.assembly)));
    if (!d.rejected.empty())
      put(out, "# " + label_fmt(lang, "plan_draft_rejected", names(d.rejected, lang)));
    if (!d.not_voted.empty())
      put(out, "# " + label_fmt(lang, "plan_draft_not_voted", names(d.not_voted, lang)));
  }
  put(out, "plan:");
  put(out, "  year: " + (d.year ? std::to_string(d.year) : ph), say(lang, "plan_draft_year"));
  put(out, "  unit: " + yaml_scalar(unit), say(lang, "plan_draft_unit"));
  put(out, "  problems:");
  if (d.problems.empty()) put(out, "    - problem: " + ph, say(lang, "plan_draft_problem"));
  std::vector<DraftProblem> problems = d.problems;
  if (problems.empty()) problems.push_back({});
  bool first = true;
  for (const auto& p : problems) {
    if (!p.name.id.empty()) {
      if (!first) put(out, "");
      std::string head =
          p.rank ? label_fmt(lang, "plan_draft_rank", p.rank, p.name.label(lang), p.dots)
                 : p.name.label(lang);
      if (p.added) head += " – " + say(lang, "plan_draft_added");
      if (!p.analysed) head += " – " + say(lang, "plan_draft_no_analysis");
      put(out, "    # " + head);
      if (!p.amendment.empty())
        put(out, "    # " + label_fmt(lang, "plan_draft_amended", p.amendment));
      put(out, "    - problem: " + yaml_scalar(p.name.label(lang)));
    }
    first = false;
    put(out, "      statement: " + ph, say(lang, "plan_draft_statement"));
    put(out, "      goal: " + ph, say(lang, "plan_draft_goal"));
    if (p.assembly)
      put(out, "      assembly: " + date_text(*p.assembly), say(lang, "plan_draft_assembly_date"));
    put(out, "      initiative_group:", say(lang, "plan_draft_group"));
    put(out, "        leader: " + ph, say(lang, "plan_draft_leader"));
    put(out, "        members:", say(lang, "plan_draft_members"));
    for (auto role : {"lsg-staff", "deputy", "community", "community"})
      put(out,
          fmt::format("          - {{name: {0}, gender: {0}, village: {0}, role: {1}}}", ph, role));
    put(out, "      tasks:");
    for (const auto& left : p.left_out)
      put(out, "        # " + label_fmt(lang, "plan_draft_left_out", left));
    for (const auto& t : p.tasks) {
      std::string from = say(lang, "plan_draft_from");
      if (!t.solver_id.empty())
        if (const CatalogEntry* e = cat[CatalogKind::solvers].by_id(t.solver_id))
          from += " (" + e->label(lang) + ")";
      put(out, "        # " + from);
      std::string tasks;
      for (const auto& [who, what] : t.contributions)
        tasks += "            # " + who + (what.empty() ? "" : ": " + what) + "\n";
      std::string task;
      put_task(task, t.action, t.sources, unit, lang);
      // The contributions as they were said, above the sources they became.
      const std::size_t at = task.find("          funding:");
      const std::size_t line_end = task.find('\n', at) + 1;
      task.insert(line_end, tasks);
      out += task;
    }
    if (p.tasks.empty()) put_task(out, ph, {{"local-budget", {}}}, unit, lang);
  }
  return out;
}

} // namespace vap
