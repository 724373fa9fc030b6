// The `plan` file kind (FORMAT.md): the joint action plan (БАП), parsed, matched against the
// funding-source, role and gender catalogs, and checked: tasks, dates, initiative groups,
// priorities.
#include "vap/number.hpp"
#include "vap/parse.hpp"
#include "vap/placeholder.hpp"
#include "vap/resolve.hpp"
#include "vap/section_reader.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <map>

namespace vap {
namespace {

// A `___` or `YYYY-MM` left from `vap plan draft`.
bool is_placeholder(const yaml::Node& n) {
  if (!n || !n.IsScalar()) return false;
  const std::string t = tidy(n.Scalar());
  return t == k_placeholder || t == k_date_placeholder;
}

// Reports every placeholder still in the file, one error each; the fields themselves then skip
// them. A plan is a few levels deep: the search stops below k_max_depth (what is deeper is
// refused by the fields' own checks), so no input can make it recurse without end.
constexpr int k_max_depth = 16;
void report_placeholders(const yaml::Node& node, YamlReader& reader, int depth = 0) {
  if (depth > k_max_depth) return;
  if (is_placeholder(node)) {
    reader.error(node, msg(reader.lang(), "'{}' is a placeholder from 'vap plan draft': fill it in",
                           tidy(node.Scalar())));
    return;
  }
  if (node.IsSequence())
    for (const auto& item : node)
      report_placeholders(item, reader, depth + 1);
  if (node.IsMap())
    for (auto it = node.begin(); it != node.end(); ++it)
      report_placeholders(it->second, reader, depth + 1);
}

// An optional name or text, dropped when it is a placeholder (already reported).
template <typename T> std::optional<T> unless_placeholder(std::optional<T> value) {
  if (value && (value->text == k_placeholder || value->text == k_date_placeholder))
    return std::nullopt;
  return value;
}

std::optional<Person> parse_person(const yaml::Node& item, const schema::Section& section,
                                   YamlReader& reader) {
  Person p;
  p.pos = reader.pos(item);
  if (item.IsScalar()) {
    auto t = reader.as_text(item, "members");
    if (!t) return std::nullopt;
    p.name = *t;
    return p;
  }
  SectionReader r(item, section, reader);
  if (!r.ok()) return std::nullopt;
  auto name = r.text("name");
  p.gender = unless_placeholder(r.name("gender"));
  p.village = unless_placeholder(r.text("village"));
  p.role = unless_placeholder(r.name("role"));
  if (auto t = r.text("note")) p.note = t->text;
  if (!name) return std::nullopt;
  p.name = *name;
  return p;
}

void parse_group(const yaml::Node& node, const schema::Section& section, YamlReader& reader,
                 PlanProblem& pp) {
  pp.group_pos = reader.pos(node);
  SectionReader r(node, section, reader);
  if (!r.ok()) return;
  pp.leader = r.text("leader");
  if (auto t = r.text("note")) pp.group_note = t->text;
  const schema::Section& members = *section.find("members")->section;
  r.items("members", [&](const yaml::Node& item) {
    if (auto p = parse_person(item, members, reader)) pp.members.push_back(std::move(*p));
  });
}

std::optional<Task> parse_task(const yaml::Node& item, const schema::Section& section,
                               YamlReader& reader) {
  SectionReader r(item, section, reader);
  if (!r.ok()) return std::nullopt;
  Task t;
  t.pos = reader.pos(item);
  auto title = r.text("task");
  t.activities = r.texts("activities");
  t.results = r.texts("results");
  t.responsible = r.texts("responsible");
  if (auto n = r.text("note")) t.note = n->text;
  if (const yaml::Node n = item["start"]) t.start_pos = reader.pos(n);
  if (const yaml::Node n = item["end"]) t.end_pos = reader.pos(n);
  if (!is_placeholder(item["start"])) t.start = r.date("start");
  if (!is_placeholder(item["end"])) t.end = r.date("end");
  if (const yaml::Node b = item["beneficiaries"]; b && !b.IsNull()) {
    const schema::Field& people = section.find("beneficiaries")->section->fields[0];
    if (b.IsScalar()) {
      if (!is_placeholder(b))
        t.direct_beneficiaries =
            reader.as_whole(b, "beneficiaries", static_cast<long long>(people.min),
                            static_cast<long long>(people.max));
    } else {
      SectionReader br(b, *section.find("beneficiaries")->section, reader);
      if (br.ok()) {
        if (!is_placeholder(b["direct"])) t.direct_beneficiaries = br.whole("direct");
        if (!is_placeholder(b["indirect"])) t.indirect_beneficiaries = br.whole("indirect");
      }
    }
  }
  for (auto& [source, amount] :
       r.amounts("funding", "'{}' must be 'source: amount' lines, like local-budget: 300.0",
                 is_placeholder)) {
    const SourcePos at = source.pos;
    t.funding.push_back({std::move(source), amount, at});
  }
  if (!title) return std::nullopt;
  t.task = *title;
  return t;
}

// The first day a date may mean and the last: "2014-06" runs from 2014-06-01 to 2014-06-31.
Date first_day(Date d) {
  return {d.year, d.month, d.day == 0 ? 1 : d.day};
}
Date last_day(Date d) {
  return {d.year, d.month, d.day == 0 ? 31 : d.day};
}

void check_task(const Task& t, const Plan& plan, Diagnostics& diags) {
  const Lang lang = diags.lang();
  if (!t.start && !t.end && !t.start_pos.known() && !t.end_pos.known())
    diags.warning(t.task.pos,
                  msg(lang, "task '{}' has no deadline: add 'start' and 'end'", t.task.text));
  if (t.responsible.empty())
    diags.warning(t.task.pos,
                  msg(lang, "task '{}' has no one responsible: add 'responsible'", t.task.text));
  if (t.results.empty())
    diags.warning(t.task.pos,
                  msg(lang, "task '{}' has no result or indicator: add 'results'", t.task.text));
  if (t.start && t.end && first_day(*t.start) > last_day(*t.end))
    diags.error(t.end_pos, msg(lang, "task '{}' ends ({}) before it starts ({})", t.task.text,
                               date_text(*t.end), date_text(*t.start)));
  if (plan.year > 0) {
    for (auto [d, at] : {std::pair{t.start, t.start_pos}, std::pair{t.end, t.end_pos}}) {
      if (d && (d->year < plan.year || d->year > plan.year + 1))
        diags.warning(at, msg(lang, "{} is outside the plan's years {} and {}", date_text(*d),
                              plan.year, plan.year + 1));
    }
  }
}

} // namespace

void parse_plan_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  SectionReader file(root, *schema::kind(FileKind::plan).top, reader);
  const schema::Section& section = schema::main_section(FileKind::plan);
  const schema::Section& problems = *section.find("problems")->section;
  const schema::Section& group = *problems.find("initiative_group")->section;
  const schema::Section& tasks = *problems.find("tasks")->section;
  const yaml::Node node = root["plan"];
  Plan p;
  p.file = reader.file();
  SectionReader r(node, section, reader);
  p.pos = r.pos();
  if (r.ok()) {
    report_placeholders(node, reader);
    if (!is_placeholder(node["year"]))
      if (auto y = r.whole("year")) p.year = static_cast<int>(*y);
    if (auto t = r.text("unit")) p.unit = t->text;
    if (auto t = r.text("municipality")) p.municipality = t->text;
    if (auto t = r.text("note")) p.note = t->text;
    r.items("problems", [&](const yaml::Node& item) {
      SectionReader pr(item, problems, reader);
      if (!pr.ok()) return;
      PlanProblem pp;
      pp.pos = reader.pos(item);
      auto problem = pr.name("problem");
      if (auto t = pr.text("statement")) pp.statement = t->text;
      auto goal = pr.text("goal");
      if (auto t = pr.text("note")) pp.note = t->text;
      if (const yaml::Node a = item["assembly"]; a && !a.IsNull()) {
        pp.assembly = pr.date("assembly");
        pp.assembly_pos = reader.pos(a);
      }
      if (const yaml::Node g = item["initiative_group"]; g && !g.IsNull())
        parse_group(g, group, reader, pp);
      pr.items("tasks", [&](const yaml::Node& ti) {
        if (auto t = parse_task(ti, tasks, reader)) pp.tasks.push_back(std::move(*t));
      });
      // Two tasks of one title could not be told apart (in monitoring, in the report).
      std::map<std::string, std::uint32_t> titles; // match key → line of the first
      for (const auto& t : pp.tasks)
        if (auto [first, fresh] = titles.emplace(match_key(t.task.text), t.task.pos.line); !fresh)
          reader.error(t.task.pos, msg(reader.lang(),
                                       "task '{}' appears twice in this problem (first on line "
                                       "{}); give each task its own title",
                                       t.task.text, first->second));
      if (problem && goal) {
        pp.problem = *problem;
        pp.goal = *goal;
        p.problems.push_back(std::move(pp));
      }
    });
  }
  out.plan = std::move(p);
}

void resolve_plans(Municipality& m, NewNames& news, Diagnostics& diags) {
  if (m.plans.empty()) return;
  const Catalogs& cat = *m.catalogs;
  const Lang lang = diags.lang();

  struct Seen {
    std::string id;
    std::string text;
    SourcePos pos;
  };
  std::vector<Seen> seen;
  std::map<std::string, bool> village_in_group; // village → someone of it sits in a group
  bool any_village = false;

  for (auto& plan : m.plans) {
    for (auto& pp : plan.problems) {
      resolve_ref(pp.problem, cat[CatalogKind::problems], diags, "problem");
      news.note(pp.problem, cat[CatalogKind::problems], diags, "problem");
      auto it = std::find_if(seen.begin(), seen.end(),
                             [&](const Seen& s) { return s.id == pp.problem.id; });
      if (it != seen.end() && it->pos.file == pp.problem.pos.file)
        diags.warning(pp.problem.pos,
                      msg(lang, "'{}' has two plan entries (first on line {}); both are kept",
                          pp.problem.text, it->pos.line));
      if (it == seen.end()) seen.push_back({pp.problem.id, pp.problem.text, pp.problem.pos});

      // The initiative group.
      int women = 0, men = 0;
      bool staff = false, deputy = false;
      for (auto& p : pp.members) {
        if (p.gender && resolve_ref(*p.gender, cat[CatalogKind::genders], diags, "gender"))
          (p.gender->id == "female" ? women : men) += 1;
        if (p.role && resolve_ref(*p.role, cat[CatalogKind::roles], diags, "role")) {
          staff = staff || p.role->id == "lsg-staff";
          deputy = deputy || p.role->id == "deputy";
        }
        if (p.village && resolve_village(*p.village, m, diags, Severity::error)) {
          village_in_group[p.village->text] = true;
          any_village = true;
        }
      }
      if (pp.leader) {
        bool member = std::any_of(pp.members.begin(), pp.members.end(), [&](const Person& p) {
          return match_key(p.name.text) == match_key(pp.leader->text);
        });
        if (!member && !pp.members.empty())
          diags.warning(
              pp.leader->pos,
              msg(lang, "the leader '{}' is not among the group's members", pp.leader->text));
      }
      if (pp.group_pos.known()) {
        // Gender balance: at least 40 % of each gender, rounded up, but never more than half
        // the group (a group of 3 needs one woman and one man, of 5 two of each).
        const int known = women + men;
        const int needed = std::min((known * 4 + 9) / 10, known / 2);
        if (women < needed || men < needed) {
          const bool few_women = women < needed;
          diags.warning(pp.group_pos,
                        msg(lang,
                            few_women ? "the initiative group of '{}': women are {} of its {} "
                                        "members; gender balance asks for at least {} of each "
                                        "(40 %, or as near as the group's size allows)"
                                      : "the initiative group of '{}': men are {} of its {} "
                                        "members; gender balance asks for at least {} of each "
                                        "(40 %, or as near as the group's size allows)",
                            pp.problem.text, few_women ? women : men, known, needed));
        }
        // The role is named as the catalog names it in the run's language (a YAML file or a
        // workbook may type that word as well as the id).
        auto role_word = [&](std::string_view id) {
          const CatalogEntry* e = cat[CatalogKind::roles].by_id(id);
          return e && !e->label(lang).empty() ? e->label(lang) : std::string(id);
        };
        if (!pp.members.empty() && !staff)
          diags.warning(pp.group_pos,
                        msg(lang,
                            "the initiative group of '{}' has no ayil okmotu staff: give one "
                            "member the role '{}'",
                            pp.problem.text, role_word("lsg-staff")));
        if (!pp.members.empty() && !deputy)
          diags.warning(pp.group_pos,
                        msg(lang,
                            "the initiative group of '{}' has no council deputy: give one member "
                            "the role '{}'",
                            pp.problem.text, role_word("deputy")));
      } else {
        diags.warning(pp.pos, msg(lang, "'{}' has no initiative group: add 'initiative_group'",
                                  pp.problem.text));
      }

      // The tasks.
      for (auto& t : pp.tasks) {
        check_task(t, plan, diags);
        std::vector<Funding> merged;
        for (auto& f : t.funding) {
          if (!resolve_ref(f.source, cat[CatalogKind::funding_sources], diags, "funding source"))
            continue;
          auto same = std::find_if(merged.begin(), merged.end(),
                                   [&](const Funding& g) { return g.source.id == f.source.id; });
          if (same == merged.end()) {
            merged.push_back(f);
            continue;
          }
          diags.warning(
              f.pos,
              msg(lang, "'{}' is the same source as '{}' on line {}; their amounts are added up",
                  f.source.text, same->source.text, same->pos.line));
          same->amount += f.amount;
        }
        t.funding = std::move(merged);
      }
    }
  }

  const Plan& first = m.plans.front();
  if (any_village)
    for (const auto& v : m.villages)
      if (!village_in_group.count(v.text))
        diags.warning(first.pos, msg(lang, "no initiative group has a member from {}", v.text));
}

} // namespace vap
