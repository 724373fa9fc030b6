// The `plan` file kind (FORMAT.md): the joint action plan (БАП), parsed, matched against the
// funding-source, role and gender catalogs, and checked: tasks, dates, initiative groups,
// priorities.
#include "vap/number.hpp"
#include "vap/parse.hpp"
#include "vap/placeholder.hpp"
#include "vap/resolve.hpp"
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

std::optional<Person> parse_person(const yaml::Node& item, YamlReader& reader) {
  Person p;
  p.pos = reader.pos(item);
  if (item.IsScalar()) {
    auto t = reader.as_text(item, "members");
    if (!t) return std::nullopt;
    p.name = *t;
    return p;
  }
  if (!reader.check_map(item, "members", {"name", "gender", "village", "role", "note"}))
    return std::nullopt;
  auto name = reader.text(item, "name", "members", Need::required);
  p.gender = unless_placeholder(reader.name(item, "gender", "members", Need::optional));
  p.village = unless_placeholder(reader.text(item, "village", "members", Need::optional));
  p.role = unless_placeholder(reader.name(item, "role", "members", Need::optional));
  if (!name) return std::nullopt;
  p.name = *name;
  return p;
}

void parse_group(const yaml::Node& node, YamlReader& reader, PlanProblem& pp) {
  pp.group_pos = reader.pos(node);
  if (!reader.check_map(node, "initiative_group", {"leader", "members", "note"})) return;
  pp.leader = reader.text(node, "leader", "initiative_group", Need::optional);
  const yaml::Node members = node["members"];
  if (!members || members.IsNull()) return;
  if (!members.IsSequence()) {
    reader.not_a_list(members, "members");
    return;
  }
  for (const auto& item : members)
    if (auto p = parse_person(item, reader)) pp.members.push_back(std::move(*p));
}

std::optional<Task> parse_task(const yaml::Node& item, YamlReader& reader) {
  const Lang lang = reader.lang();
  if (!reader.check_map(item, "tasks",
                        {"task", "activities", "results", "start", "end", "responsible",
                         "beneficiaries", "funding", "note"}))
    return std::nullopt;
  Task t;
  t.pos = reader.pos(item);
  auto title = reader.text(item, "task", "tasks", Need::required);
  t.activities = reader.texts(item, "activities", "tasks");
  t.results = reader.texts(item, "results", "tasks");
  t.responsible = reader.texts(item, "responsible", "tasks");
  if (const yaml::Node n = item["start"]) t.start_pos = reader.pos(n);
  if (const yaml::Node n = item["end"]) t.end_pos = reader.pos(n);
  if (!is_placeholder(item["start"]))
    t.start = reader.date(item, "start", "tasks", Need::optional, true);
  if (!is_placeholder(item["end"])) t.end = reader.date(item, "end", "tasks", Need::optional, true);
  if (const yaml::Node b = item["beneficiaries"]; b && !b.IsNull()) {
    constexpr long long k_max = 1'000'000'000;
    if (b.IsScalar()) {
      if (!is_placeholder(b))
        t.direct_beneficiaries = reader.as_whole(b, "beneficiaries", 0, k_max);
    } else if (reader.check_map(b, "beneficiaries", {"direct", "indirect"})) {
      if (!is_placeholder(b["direct"]))
        t.direct_beneficiaries =
            reader.whole(b, "direct", "beneficiaries", Need::optional, 0, k_max);
      if (!is_placeholder(b["indirect"]))
        t.indirect_beneficiaries =
            reader.whole(b, "indirect", "beneficiaries", Need::optional, 0, k_max);
    }
  }
  if (const yaml::Node f = item["funding"]; f && !f.IsNull()) {
    if (!f.IsMap()) {
      reader.error(
          f, msg(lang, "'{}' must be 'source: amount' lines, like local-budget: 300.0", "funding"));
    } else {
      for (auto it = f.begin(); it != f.end(); ++it) {
        auto source = reader.as_text(it->first, "funding");
        if (!source || is_placeholder(it->second)) continue;
        auto amount = reader.as_number(it->second, source->text, 0, 1e12);
        if (amount) t.funding.push_back({reader.as_ref(*source), *amount, source->pos});
      }
    }
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

std::string date_text(const Date& d) {
  return d.day == 0 ? fmt::format("{:04}-{:02}", d.year, d.month)
                    : fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
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
  reader.check_map(root, "file", {"vap", "plan"});
  const yaml::Node node = root["plan"];
  Plan p;
  p.file = reader.file();
  p.pos = reader.pos(node);
  if (reader.check_map(node, "plan", {"year", "unit", "municipality", "note", "problems"})) {
    report_placeholders(node, reader);
    if (!is_placeholder(node["year"]))
      if (auto y = reader.whole(node, "year", "plan", Need::optional, 1991, 2100))
        p.year = static_cast<int>(*y);
    if (auto t = reader.text(node, "unit", "plan", Need::optional)) p.unit = t->text;
    if (auto t = reader.text(node, "municipality", "plan", Need::optional))
      p.municipality = t->text;
    const yaml::Node problems = node["problems"];
    if (!problems) {
      reader.require(node, "problems", "plan");
    } else if (!problems.IsSequence()) {
      if (!problems.IsNull()) reader.not_a_list(problems, "problems");
    } else {
      for (const auto& item : problems) {
        if (!reader.check_map(
                item, "problems",
                {"problem", "statement", "goal", "initiative_group", "tasks", "assembly", "note"}))
          continue;
        PlanProblem pp;
        pp.pos = reader.pos(item);
        auto problem = reader.name(item, "problem", "problems", Need::required);
        if (auto t = reader.text(item, "statement", "problems", Need::optional))
          pp.statement = t->text;
        auto goal = reader.text(item, "goal", "problems", Need::required);
        if (const yaml::Node a = item["assembly"]; a && !a.IsNull()) {
          pp.assembly = reader.date(item, "assembly", "problems", Need::optional);
          pp.assembly_pos = reader.pos(a);
        }
        if (const yaml::Node g = item["initiative_group"]; g && !g.IsNull())
          parse_group(g, reader, pp);
        if (const yaml::Node tasks = item["tasks"]; tasks && !tasks.IsNull()) {
          if (!tasks.IsSequence()) {
            reader.not_a_list(tasks, "tasks");
          } else {
            for (const auto& ti : tasks)
              if (auto t = parse_task(ti, reader)) pp.tasks.push_back(std::move(*t));
            // Two tasks of one title could not be told apart (in monitoring, in the report).
            std::map<std::string, std::uint32_t> titles; // match key → line of the first
            for (const auto& t : pp.tasks)
              if (auto [first, fresh] = titles.emplace(match_key(t.task.text), t.task.pos.line);
                  !fresh)
                reader.error(t.task.pos,
                             msg(reader.lang(),
                                 "task '{}' appears twice in this problem (first on line {}); "
                                 "give each task its own title",
                                 t.task.text, first->second));
          }
        }
        if (problem && goal) {
          pp.problem = *problem;
          pp.goal = *goal;
          p.problems.push_back(std::move(pp));
        }
      }
    }
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
        const int known = women + men;
        if (known > 0 && (women * 10 < known * 4 || men * 10 < known * 4)) {
          const bool few_women = women * 10 < known * 4;
          diags.warning(pp.group_pos,
                        msg(lang,
                            few_women ? "the initiative group of '{}': women are {} of its {} "
                                        "members ({}); gender balance "
                                        "asks for at least 40 % of each"
                                      : "the initiative group of '{}': men are {} of its {} "
                                        "members ({}); gender balance "
                                        "asks for at least 40 % of each",
                            pp.problem.text, few_women ? women : men, known,
                            percent(static_cast<double>(few_women ? women : men) / known, 0)));
        }
        if (!pp.members.empty() && !staff)
          diags.warning(
              pp.group_pos,
              msg(lang, "the initiative group of '{}' has no ayil okmotu staff (role: lsg-staff)",
                  pp.problem.text));
        if (!pp.members.empty() && !deputy)
          diags.warning(pp.group_pos,
                        msg(lang,
                            "the initiative group of '{}' has no council deputy (role: deputy)",
                            pp.problem.text));
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
