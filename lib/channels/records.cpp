#include "vap/records.hpp"

#include "vap/number.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

Record text(std::string_view t) {
  return Record::scalar(std::string(t));
}
Record number(double v) {
  return Record::scalar(shortest(v));
}
Record whole(long long v) {
  return Record::scalar(std::to_string(v));
}

// Sets `key` when the text is not empty.
void put(Record& r, std::string_view key, std::string_view value) {
  if (!value.empty()) r.set(key, text(value));
}
void put(Record& r, std::string_view key, const std::optional<Text>& value) {
  if (value) put(r, key, value->text);
}

Record texts(const std::vector<Text>& items) {
  Record list = Record::list();
  for (const auto& t : items)
    list.add(text(t.text));
  return list;
}
void put(Record& r, std::string_view key, const std::vector<Text>& items) {
  if (!items.empty()) r.set(key, texts(items));
}

Record person(const Person& p, const Naming& n) {
  Record r = Record::map();
  r.set("name", text(p.name.text));
  if (p.gender) r.set("gender", text(name_text(*p.gender, CatalogKind::genders, n)));
  if (p.village) r.set("village", text(p.village->text));
  if (p.role) r.set("role", text(name_text(*p.role, CatalogKind::roles, n)));
  put(r, "note", p.note);
  return r;
}

Record amounts(const std::vector<Funding>& lines, const Naming& n) {
  Record r = Record::map();
  for (const auto& f : lines)
    r.set(name_text(f.source, CatalogKind::funding_sources, n), number(f.amount));
  return r;
}

Record budget_side(const std::vector<BudgetLine>& lines, const Naming& n) {
  Record r = Record::map();
  for (const auto& l : lines)
    r.set(name_text(l.item, CatalogKind::budget_items, n), number(l.amount));
  return r;
}

Record pie_side(const std::vector<Share>& shares, const Naming& n) {
  Record r = Record::map();
  for (const auto& s : shares)
    r.set(name_text(s.item, CatalogKind::budget_items, n), number(s.value));
  return r;
}

Record file_of(std::string_view key, Record section) {
  Record f = Record::map();
  f.set("vap", whole(1));
  f.set(key, std::move(section));
  return f;
}

} // namespace

std::string name_text(const Ref& r, CatalogKind kind, const Naming& n) {
  // A name typed as the entry's id (young-men, local-budget) is written as its label in the
  // workbook's language; a name typed in words (a synonym, another language's label) as typed,
  // since reports show it as the facilitator wrote it.
  if (n.lang && n.catalogs && r.in_catalog && !r.id.empty() && r.text == r.id)
    if (const CatalogEntry* e = (*n.catalogs)[kind].by_id(r.id); e && !e->label(*n.lang).empty())
      return e->label(*n.lang);
  return r.text;
}

Record count_record(const Count& c) {
  if (!c.by_gender()) return whole(c.total);
  Record r = Record::map();
  if (c.women) r.set("women", whole(*c.women));
  if (c.men) r.set("men", whole(*c.men));
  return r;
}

Record record_of(const Municipality& m, const Naming& n) {
  Record f = Record::map();
  f.set("vap", whole(1));
  Record& mun = f.set("municipality", Record::map());
  put(mun, "id", m.id);
  put(mun, "name", m.name);
  put(mun, "region", m.region);
  put(mun, "district", m.district);
  put(mun, "villages", m.villages);
  if (m.population) mun.set("population", whole(*m.population));
  if (m.priorities != 5) mun.set("priorities", whole(m.priorities));
  if (!m.own_catalog.empty()) {
    Record& cat = f.set("catalog", Record::map());
    for (const auto& [kind, e] : m.own_catalog) {
      Record entry = Record::map();
      entry.set("id", text(e.id));
      put(entry, "ky", e.labels[0]);
      put(entry, "ru", e.labels[1]);
      put(entry, "en", e.labels[2]);
      if (!e.synonyms.empty()) {
        Record syn = Record::list();
        for (const auto& s : e.synonyms)
          syn.add(text(s));
        entry.set("synonyms", std::move(syn));
      }
      if (e.lsg_issue) entry.set("lsg_issue", whole(e.lsg_issue));
      put(entry, "gender", e.gender);
      put(entry, "side", e.side);
      put(entry, "problem", e.problem);
      put(entry, "type", e.type);
      Record& list = cat.at(catalog_key(kind));
      if (list.is_null()) list = Record::list();
      list.add(std::move(entry));
    }
  }
  if (m.lang) f.set("lang", text(lang_code(*m.lang)));
  if (m.budget) {
    const Budget& b = *m.budget;
    Record& r = f.set("budget", Record::map());
    if (b.year) r.set("year", whole(b.year));
    put(r, "unit", b.unit);
    if (!b.revenue.empty()) r.set("revenue", budget_side(b.revenue, n));
    if (!b.expenditure.empty()) r.set("expenditure", budget_side(b.expenditure, n));
    if (b.plan_envelope) r.set("plan_envelope", number(*b.plan_envelope));
  }
  return f;
}

Record record_of(const Session& s, const Naming& n) {
  Record f = Record::map();
  f.set("vap", whole(1));
  Record& r = f.set("session", Record::map());
  r.set("date", text(date_text(s.date)));
  r.set("village", text(s.village.text));
  r.set("group", text(name_text(s.group, CatalogKind::groups, n)));
  r.set("participants", count_record(s.participants));
  put(r, "facilitator", s.facilitator);
  put(r, "municipality", s.municipality);
  put(r, "note", s.note);
  if (s.map) {
    Record& list = f.set("map", Record::list());
    for (const auto& o : *s.map) {
      Record& item = list.add(Record::map());
      item.set("name", text(o.name.text));
      item.set("category", text(name_text(o.category, CatalogKind::map_categories, n)));
      if (o.condition)
        item.set("condition", text(name_text(*o.condition, CatalogKind::conditions, n)));
      put(item, "note", o.note);
      if (o.location) {
        Record loc = Record::list();
        loc.add(number(o.location->first));
        loc.add(number(o.location->second));
        item.set("location", std::move(loc));
      }
    }
  }
  if (s.venn) {
    Record& list = f.set("venn", Record::list());
    for (const auto& e : *s.venn) {
      Record& item = list.add(Record::map());
      item.set("name", text(name_text(e.institution, CatalogKind::institutions, n)));
      item.set("type", text(name_text(e.type, CatalogKind::institution_types, n)));
      item.set("importance", whole(e.importance));
      item.set("closeness", whole(e.closeness));
      put(item, "note", e.note);
    }
  }
  if (s.pie) {
    Record& pie = f.set("pie", Record::map());
    if (!s.pie->revenue.empty()) pie.set("revenue", pie_side(s.pie->revenue, n));
    if (!s.pie->expenditure.empty()) pie.set("expenditure", pie_side(s.pie->expenditure, n));
  }
  if (s.gallery) {
    const Gallery& g = *s.gallery;
    Record& gal = f.set("gallery", Record::map());
    if (g.dots_per_participant != 3) gal.set("dots", whole(g.dots_per_participant));
    if (!g.ballots.empty()) {
      Record& list = gal.set("ballots", Record::list());
      for (const auto& b : g.ballots) {
        Record& ballot = list.add(Record::list());
        for (const auto& d : b.dots)
          ballot.add(text(name_text(d, CatalogKind::problems, n)));
      }
    } else {
      Record& votes = gal.set("votes", Record::map());
      for (const auto& v : g.votes)
        votes.set(name_text(v.problem, CatalogKind::problems, n), count_record(v.dots));
    }
  }
  return f;
}

Record record_of(const Causes& c, const Naming& n) {
  Record r = Record::map();
  if (c.date) r.set("date", text(date_text(*c.date)));
  put(r, "municipality", c.municipality);
  put(r, "facilitator", c.facilitator);
  put(r, "note", c.note);
  Record& problems = r.set("problems", Record::list());
  for (const auto& a : c.problems) {
    Record& p = problems.add(Record::map());
    p.set("problem", text(name_text(a.problem, CatalogKind::problems, n)));
    put(p, "causes", a.causes);
    put(p, "effects", a.effects);
    if (!a.solutions.empty()) {
      Record& sols = p.set("solutions", Record::list());
      for (const auto& s : a.solutions) {
        Record& sol = sols.add(Record::map());
        sol.set("action", text(s.action.text));
        if (s.by) sol.set("by", text(name_text(*s.by, CatalogKind::solvers, n)));
        if (!s.contributions.empty()) {
          Record& con = sol.set("contributions", Record::map());
          for (const auto& [who, what] : s.contributions)
            con.set(who.text, what.text.empty() ? Record::null() : text(what.text));
        }
        put(sol, "note", s.note);
      }
    }
    put(p, "note", a.note);
  }
  return file_of("causes", std::move(r));
}

Record record_of(const Plan& plan, const Naming& n) {
  Record r = Record::map();
  if (plan.year) r.set("year", whole(plan.year));
  put(r, "unit", plan.unit);
  put(r, "municipality", plan.municipality);
  put(r, "note", plan.note);
  Record& problems = r.set("problems", Record::list());
  for (const auto& pp : plan.problems) {
    Record& p = problems.add(Record::map());
    p.set("problem", text(name_text(pp.problem, CatalogKind::problems, n)));
    put(p, "statement", pp.statement);
    p.set("goal", text(pp.goal.text));
    if (pp.leader || !pp.members.empty() || !pp.group_note.empty()) {
      Record& g = p.set("initiative_group", Record::map());
      put(g, "leader", pp.leader);
      if (!pp.members.empty()) {
        Record& members = g.set("members", Record::list());
        for (const auto& m : pp.members)
          members.add(person(m, n));
      }
      put(g, "note", pp.group_note);
    }
    if (!pp.tasks.empty()) {
      Record& tasks = p.set("tasks", Record::list());
      for (const auto& t : pp.tasks) {
        Record& task = tasks.add(Record::map());
        task.set("task", text(t.task.text));
        put(task, "activities", t.activities);
        put(task, "results", t.results);
        if (t.start) task.set("start", text(date_text(*t.start)));
        if (t.end) task.set("end", text(date_text(*t.end)));
        put(task, "responsible", t.responsible);
        if (t.direct_beneficiaries || t.indirect_beneficiaries) {
          Record& b = task.set("beneficiaries", Record::map());
          if (t.direct_beneficiaries) b.set("direct", whole(*t.direct_beneficiaries));
          if (t.indirect_beneficiaries) b.set("indirect", whole(*t.indirect_beneficiaries));
        }
        if (!t.funding.empty()) task.set("funding", amounts(t.funding, n));
        put(task, "note", t.note);
      }
    }
    if (pp.assembly) p.set("assembly", text(date_text(*pp.assembly)));
    put(p, "note", pp.note);
  }
  return file_of("plan", std::move(r));
}

Record record_of(const Monitoring& m, const Naming& n) {
  Record r = Record::map();
  r.set("date", text(date_text(m.date)));
  put(r, "municipality", m.municipality);
  if (!m.team.empty()) {
    Record& team = r.set("team", Record::list());
    for (const auto& p : m.team)
      team.add(person(p, n));
  }
  if (!m.tasks.empty()) {
    Record& tasks = r.set("tasks", Record::list());
    for (const auto& t : m.tasks) {
      Record& task = tasks.add(Record::map());
      task.set("task", text(t.task.text));
      if (t.problem) task.set("problem", text(name_text(*t.problem, CatalogKind::problems, n)));
      task.set("status", text(name_text(t.status, CatalogKind::statuses, n)));
      if (t.progress) task.set("progress", number(*t.progress));
      if (!t.spent.empty()) task.set("spent", amounts(t.spent, n));
      if (!t.indicators.empty()) {
        Record& inds = task.set("indicators", Record::list());
        for (const auto& i : t.indicators) {
          Record& ind = inds.add(Record::map());
          ind.set("name", text(i.name.text));
          if (i.baseline) ind.set("baseline", number(*i.baseline));
          if (i.target) ind.set("target", number(*i.target));
          if (i.actual) ind.set("actual", number(*i.actual));
          put(ind, "unit", i.unit);
        }
      }
      put(task, "note", t.note);
    }
  }
  if (!m.surveys.empty()) {
    Record& surveys = r.set("surveys", Record::list());
    for (const auto& s : m.surveys) {
      Record& sv = surveys.add(Record::map());
      sv.set("service", text(s.service.text));
      if (s.group) sv.set("group", text(name_text(*s.group, CatalogKind::groups, n)));
      put(sv, "village", s.village);
      if (s.scale != 5) sv.set("scale", whole(s.scale));
      Record& answers = sv.set("answers", Record::map());
      for (auto it = s.answers.rbegin(); it != s.answers.rend(); ++it)
        answers.set(std::to_string(it->first), whole(it->second));
      put(sv, "note", s.note);
    }
  }
  put(r, "note", m.note);
  return file_of("monitoring", std::move(r));
}

Record record_of(const Assembly& a, const Naming& n) {
  Record r = Record::map();
  put(r, "municipality", a.municipality);
  r.set("date", text(date_text(a.date)));
  if (a.rule != MajorityRule::simple)
    r.set("rule", text(a.rule == MajorityRule::absolute ? "absolute" : "two_thirds"));
  if (a.deputies) r.set("deputies", whole(a.deputies));
  if (a.staff) r.set("staff", whole(a.staff));
  if (!a.villages.empty()) {
    Record& villages = r.set("villages", Record::list());
    for (const auto& v : a.villages) {
      Record& item = villages.add(Record::map());
      item.set("village", text(v.village.text));
      item.set("participants", count_record(v.participants));
      put(item, "note", v.note);
    }
  }
  if (!a.proposals.empty()) {
    Record& proposals = r.set("proposals", Record::list());
    for (const auto& p : a.proposals) {
      Record& item = proposals.add(Record::map());
      item.set("problem", text(name_text(p.problem, CatalogKind::problems, n)));
      item.set("yes", whole(p.yes));
      item.set("no", whole(p.no));
      if (p.abstain) item.set("abstain", whole(p.abstain));
      put(item, "amendment", p.amendment);
      put(item, "note", p.note);
    }
  }
  put(r, "note", a.note);
  return file_of("assembly", std::move(r));
}

} // namespace vap
