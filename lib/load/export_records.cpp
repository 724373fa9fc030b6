#include "vap/export_records.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <sstream>

namespace vap::exports {
namespace {

const Entry::Answer* get(const Entry& e, std::string_view name) {
  return e.get(name);
}

Record file_of(std::string_view key, Record section) {
  Record f = Record::map();
  f.set("vap", Record::scalar("1"));
  f.set(key, std::move(section));
  return f;
}

} // namespace

Records::Records(const Municipality& m, const std::vector<Table>& tables, Sources&,
                 Diagnostics& diags)
    : m_m(m), m_tables(tables), m_lang(diags.lang()) {}

std::uint32_t Records::place(File& f, const Entry::Answer& a) {
  f.out.cells.push_back(place_of(m_tables[a.where.table], a.where, a.text));
  return static_cast<std::uint32_t>(f.out.cells.size());
}

Record Records::value(File& f, const Entry::Answer& a) {
  return Record::scalar(a.text, place(f, a));
}

Records::File& Records::file(std::string name, FileKind kind, const std::string& shown,
                             std::string key) {
  if (!key.empty())
    for (auto& f : m_files)
      if (f.key == key) return f;
  File f;
  f.key = std::move(key);
  f.out.name = std::move(name);
  f.out.kind = kind;
  f.out.shown = shown;
  f.out.record = Record::map();
  m_files.push_back(std::move(f));
  return m_files.back();
}

// A choice's words in the municipality's language (a village as the municipality spells it).
std::string Records::choice_words(const form::Form& form, const Entry::Answer& a) const {
  if (const form::ChoiceList* l = form.list(a.q->list))
    if (const form::Choice* c = l->find(a.text))
      return c->label[static_cast<std::size_t>(m_m.lang.value_or(Lang::ky))];
  return a.text;
}

void Records::add(const form::Form& form, const Entry& e, const std::string& shown) {
  switch (form.purpose) {
  case form::Purpose::session:
    return session(form, e, shown);
  case form::Purpose::ballot:
    return ballot(form, e, shown);
  case form::Purpose::survey:
    return survey(form, e, shown);
  case form::Purpose::assembly:
    return assembly(form, e, shown);
  case form::Purpose::monitoring:
    return monitoring(form, e, shown);
  }
}

namespace {

// `key: value` when the answer is there.
void put(Record& into, const Entry& e, std::string_view name, std::string_view key,
         const std::function<Record(const Entry::Answer&)>& value) {
  if (const Entry::Answer* a = e.get(name)) into.set(key, value(*a));
}

// An open choice: the name chosen, or the text typed for "other".
const Entry::Answer* open_answer(const Entry& e, std::string_view name) {
  const Entry::Answer* a = e.get(name);
  if (a && a->text == form::k_other)
    if (const Entry::Answer* other = e.get(std::string(name) + "_other")) return other;
  return a;
}

} // namespace

void Records::session(const form::Form& form, const Entry& e, const std::string& shown) {
  const Entry::Answer* date = get(e, "date");
  const Entry::Answer* village = get(e, "village");
  const Entry::Answer* group = get(e, "group");
  File& f = file(fmt::format("sessions/{}-{}-{}.yaml", date ? date->text : "",
                             village ? village->text : "", group ? group->text : ""),
                 FileKind::session, shown, "");
  auto v = [&](const Entry::Answer& a) { return value(f, a); };
  Record s = Record::map(place(f, {nullptr, "", e.where}));
  put(s, e, "date", "date", v);
  if (village) s.set("village", Record::scalar(choice_words(form, *village), place(f, *village)));
  put(s, e, "group", "group", v);
  const Entry::Answer* women = get(e, "women");
  const Entry::Answer* men = get(e, "men");
  if (women || men) {
    Record& p = s.set("participants", Record::map(place(f, women ? *women : *men)));
    if (women) p.set("women", v(*women));
    if (men) p.set("men", v(*men));
  } else {
    put(s, e, "participants", "participants", v);
  }
  put(s, e, "facilitator", "facilitator", v);
  put(s, e, "note", "note", v);
  Record& r = f.out.record;
  r = file_of("session", std::move(s));
  if (const auto* objects = e.repeat("map")) {
    Record& list = r.set("map", Record::list());
    for (const auto& o : *objects) {
      Record& x = list.add(Record::map(place(f, {nullptr, "", o.where})));
      put(x, o, "object", "name", v);
      if (const auto* c = open_answer(o, "category")) x.set("category", v(*c));
      put(x, o, "condition", "condition", v);
      put(x, o, "object_note", "note", v);
      if (const auto* loc = o.get("location")) {
        std::istringstream in(loc->text);
        std::string lat, lon;
        in >> lat >> lon;
        Record& l = x.set("location", Record::list(place(f, *loc)));
        l.add(Record::scalar(lat));
        l.add(Record::scalar(lon));
      }
    }
  }
  if (const auto* entries = e.repeat("venn")) {
    Record& list = r.set("venn", Record::list());
    for (const auto& o : *entries) {
      Record& x = list.add(Record::map(place(f, {nullptr, "", o.where})));
      if (const auto* c = open_answer(o, "institution")) x.set("name", v(*c));
      put(x, o, "type", "type", v);
      put(x, o, "importance", "importance", v);
      put(x, o, "closeness", "closeness", v);
      put(x, o, "venn_note", "note", v);
    }
  }
  if (const auto* items = e.repeat("pie")) {
    Record& pie = r.set("pie", Record::map());
    for (const auto& o : *items) {
      const auto* side = o.get("side");
      const auto* item = open_answer(o, "item");
      const auto* share = o.get("share");
      if (!side || !item || !share) continue;
      pie.at(side->text, place(f, *side)).kind = Record::Kind::map;
      pie.get(side->text)->set(item->text, v(*share), place(f, *item));
    }
  }
  const Entry::Answer* dots = get(e, "dots_each");
  const auto* votes = e.repeat("votes");
  if (votes) {
    Record& g = r.set("gallery", Record::map());
    if (dots) g.set("dots", v(*dots));
    Record& vs = g.set("votes", Record::map());
    for (const auto& o : *votes) {
      const auto* p = open_answer(o, "problem");
      const auto* n = o.get("vote_dots");
      if (p && n) vs.set(p->text, v(*n), place(f, *p));
    }
  }
}

void Records::ballot(const form::Form& form, const Entry& e, const std::string& shown) {
  const Entry::Answer* date = get(e, "date");
  const Entry::Answer* village = get(e, "village");
  const Entry::Answer* group = get(e, "group");
  if (!date || !village || !group) return;
  const std::string key = date->text + "|" + village->text + "|" + group->text;
  File& f =
      file(fmt::format("sessions/{}-{}-{}-ballots.yaml", date->text, village->text, group->text),
           FileKind::session, shown, key);
  if (f.out.record.size() == 0) {
    Record s = Record::map(place(f, {nullptr, "", e.where}));
    s.set("date", value(f, *date));
    s.set("village", Record::scalar(choice_words(form, *village), place(f, *village)));
    s.set("group", value(f, *group));
    f.out.record = file_of("session", std::move(s));
    Record& g = f.out.record.set("gallery", Record::map());
    if (const auto* dots = get(e, "dots_each")) g.set("dots", value(f, *dots));
  }
  // The ballot: its problems (the one typed for "other" in its place).
  std::vector<std::string> names;
  std::vector<Entry::Answer> places;
  if (const auto* chosen = get(e, "problems")) {
    std::istringstream in(chosen->text);
    for (std::string n; in >> n;) {
      if (n == form::k_other) {
        if (const auto* other = get(e, "problems_other")) {
          names.push_back(other->text);
          places.push_back(*other);
        }
        continue;
      }
      names.push_back(n);
      places.push_back(*chosen);
    }
  }
  m_ballots.emplace_back(key, std::move(names), std::move(places));
}

void Records::survey(const form::Form& form, const Entry& e, const std::string& shown) {
  const auto* service = open_answer(e, "service");
  const auto* gender = get(e, "gender");
  const auto* age = get(e, "age");
  const auto* village = get(e, "village");
  const auto* score = get(e, "score");
  const auto* date = get(e, "date");
  if (!service || !gender || !age || !village || !score) return;
  Entry::Answer group = *age;
  group.text = std::string(form::survey_group(gender->text, age->text));
  Entry::Answer where = *village;
  where.text = choice_words(form, *village);
  Entry::Answer what = *service;
  if (service->q->type == form::QType::select_one) what.text = choice_words(form, *service);
  auto [it, fresh] = m_surveys.try_emplace({what.text, group.text, where.text});
  if (fresh) {
    it->second.service = what;
    it->second.group = group;
    it->second.village = where;
    it->second.shown = shown;
  }
  it->second.answers[std::stoi(score->text)] += 1;
  if (date && date->text > m_last_interview) m_last_interview = date->text;
}

void Records::assembly(const form::Form& form, const Entry& e, const std::string& shown) {
  const auto* date = get(e, "date");
  File& f =
      file(fmt::format("assembly-{}.yaml", date ? date->text : ""), FileKind::assembly, shown, "");
  auto v = [&](const Entry::Answer& a) { return value(f, a); };
  Record a = Record::map(place(f, {nullptr, "", e.where}));
  put(a, e, "date", "date", v);
  put(a, e, "rule", "rule", v);
  put(a, e, "deputies", "deputies", v);
  put(a, e, "staff", "staff", v);
  if (const auto* villages = e.repeat("villages")) {
    Record& list = a.set("villages", Record::list());
    for (const auto& o : *villages) {
      Record& x = list.add(Record::map(place(f, {nullptr, "", o.where})));
      if (const auto* vl = o.get("village"))
        x.set("village", Record::scalar(choice_words(form, *vl), place(f, *vl)));
      Record& p = x.set("participants", Record::map());
      put(p, o, "women", "women", v);
      put(p, o, "men", "men", v);
    }
  }
  if (const auto* proposals = e.repeat("proposals")) {
    Record& list = a.set("proposals", Record::list());
    for (const auto& o : *proposals) {
      Record& x = list.add(Record::map(place(f, {nullptr, "", o.where})));
      if (const auto* p = open_answer(o, "problem")) x.set("problem", v(*p));
      put(x, o, "yes", "yes", v);
      put(x, o, "no", "no", v);
      put(x, o, "abstain", "abstain", v);
      put(x, o, "amendment", "amendment", v);
    }
  }
  put(a, e, "note", "note", v);
  f.out.record = file_of("assembly", std::move(a));
}

void Records::monitoring(const form::Form&, const Entry& e, const std::string& shown) {
  const auto* date = get(e, "date");
  File& f = file(fmt::format("monitoring-{}.yaml", date ? date->text : ""), FileKind::monitoring,
                 shown, "");
  auto v = [&](const Entry::Answer& a) { return value(f, a); };
  Record mo = Record::map(place(f, {nullptr, "", e.where}));
  put(mo, e, "date", "date", v);
  // The plan's tasks in the form's order (t1, t2, ...).
  std::vector<std::pair<const PlanProblem*, const Task*>> tasks;
  for (const auto& plan : m_m.plans)
    for (const auto& p : plan.problems)
      for (const auto& t : p.tasks)
        tasks.emplace_back(&p, &t);
  if (const auto* reports = e.repeat("tasks")) {
    Record& list = mo.set("tasks", Record::list());
    for (const auto& o : *reports) {
      Record& x = list.add(Record::map(place(f, {nullptr, "", o.where})));
      if (const auto* t = o.get("task")) {
        const std::size_t i = std::stoul(t->text.substr(1)) - 1;
        if (i < tasks.size()) {
          x.set("task", Record::scalar(tasks[i].second->task.text, place(f, *t)));
          x.set("problem", Record::scalar(tasks[i].first->problem.id, place(f, *t)));
        }
      }
      put(x, o, "status", "status", v);
      put(x, o, "progress", "progress", v);
      Record spent = Record::map();
      for (const auto& a : o.answers)
        if (a.q->name.rfind("spent_", 0) == 0) {
          std::string id = a.q->name.substr(6);
          std::replace(id.begin(), id.end(), '_', '-');
          spent.set(id, v(a));
        }
      if (spent.size() > 0) x.set("spent", std::move(spent));
    }
  }
  f.out.record = file_of("monitoring", std::move(mo));
}

Imported Records::finish() {
  // Each session's ballots, in a fixed order (a ballot's problems in theirs), and its
  // participants: one per ballot.
  std::stable_sort(m_ballots.begin(), m_ballots.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  for (auto& [key, names, places] : m_ballots) {
    File& f = file("", FileKind::session, "", key);
    Record& g = *f.out.record.get("gallery");
    if (!g.get("ballots")) g.set("ballots", Record::list());
    Record& ballot = g.get("ballots")->add(Record::list());
    for (std::size_t i = 0; i < names.size(); ++i)
      ballot.add(Record::scalar(names[i], place(f, places[i])));
    Record& s = *f.out.record.get("session");
    const long long n = s.get("participants") ? std::stoll(s.get("participants")->text) + 1 : 1;
    s.set("participants", Record::scalar(std::to_string(n)));
  }
  // The surveys: in the monitoring round imported with them that comes first on or after the
  // last interview, else in a round of their own dated the last interview.
  if (!m_surveys.empty()) {
    File* round = nullptr;
    for (auto& f : m_files)
      if (f.out.kind == FileKind::monitoring) {
        const Record* d = f.out.record.get("monitoring")->get("date");
        const Record* rd = round ? round->out.record.get("monitoring")->get("date") : nullptr;
        if (d && d->text >= m_last_interview && (!rd || d->text < rd->text)) round = &f;
      }
    if (!round) {
      const Tally& first = m_surveys.begin()->second;
      round = &file(fmt::format("monitoring-{}.yaml", m_last_interview), FileKind::monitoring,
                    first.shown, "");
      Record mo = Record::map();
      mo.set("date", Record::scalar(m_last_interview));
      round->out.record = file_of("monitoring", std::move(mo));
    }
    Record& list = round->out.record.get("monitoring")->set("surveys", Record::list());
    for (const auto& [key, t] : m_surveys) {
      Record& s = list.add(Record::map(place(*round, t.service)));
      s.set("service", value(*round, t.service));
      s.set("group", value(*round, t.group));
      s.set("village", value(*round, t.village));
      Record& answers = s.set("answers", Record::map());
      for (auto it = t.answers.rbegin(); it != t.answers.rend(); ++it)
        answers.set(std::to_string(it->first), Record::scalar(std::to_string(it->second)));
    }
  }
  // Two files of one name (two sessions of one date, village and group): the second gets -2.
  std::sort(m_files.begin(), m_files.end(),
            [](const File& a, const File& b) { return a.out.name < b.out.name; });
  Imported out;
  std::map<std::string, int> names;
  for (auto& f : m_files) {
    if (int n = ++names[f.out.name]; n > 1) {
      const std::string& name = f.out.name;
      f.out.name = name.substr(0, name.size() - 5) + fmt::format("-{}.yaml", n);
    }
    out.files.push_back(std::move(f.out));
  }
  return out;
}

} // namespace vap::exports
