// The phone forms of a municipality (vap/form.hpp), made from the description of each file kind
// (vap/schema.hpp) and the municipality's own lists.
#include "vap/form.hpp"

#include "vap/schema.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <set>

namespace vap::form {
namespace {

constexpr std::array<Lang, 3> k_langs{Lang::ky, Lang::ru, Lang::en};

Words words(std::string_view key) {
  Words w;
  for (std::size_t i = 0; i < 3; ++i)
    w[i] = std::string(label(k_langs[i], key));
  return w;
}

// The words of a field of the description (its workbook header), by its dotted path.
Words field_words(FileKind kind, std::string_view path) {
  const schema::Field* f = schema::field_at(kind, path);
  return f ? words(f->label) : Words{};
}

Words entry_words(const CatalogEntry& e) {
  Words w;
  for (std::size_t i = 0; i < 3; ++i)
    w[i] = e.label(k_langs[i]).empty() ? e.id : e.label(k_langs[i]);
  return w;
}

Words same_words(const std::string& text) {
  return {text, text, text};
}

std::string range_text(double v) {
  return fmt::format("{}", v);
}

// A question of the form, built in steps.
struct Q {
  Question q;
  Q(QType type, std::string name, Words label) {
    q.type = type;
    q.name = std::move(name);
    q.label = std::move(label);
  }
  Q& required() {
    q.required = true;
    return *this;
  }
  Q& list(std::string name) {
    q.list = std::move(name);
    return *this;
  }
  Q& constraint(std::string expr, std::string_view message_key) {
    q.constraint = std::move(expr);
    q.constraint_message = words(message_key);
    return *this;
  }
  Q& relevant(std::string expr) {
    q.relevant = std::move(expr);
    return *this;
  }
  Q& calculate(std::string expr) {
    q.calculation = std::move(expr);
    return *this;
  }
  Q& by_default(std::string value) {
    q.default_value = std::move(value);
    return *this;
  }
  Q& hint(std::string_view key) {
    q.hint = words(key);
    return *this;
  }
  Q& add(Question child) {
    q.children.push_back(std::move(child));
    return *this;
  }
  operator Question() && { return std::move(q); }
};

// A whole number within the range of a field of the description.
Q whole(FileKind kind, std::string_view path, std::string name, std::string_view message_key) {
  const schema::Field* f = schema::field_at(kind, path);
  Q q(QType::integer, std::move(name), words(f->label));
  if (f->min > 0 || f->max < 1e6)
    q.constraint(fmt::format(". >= {} and . <= {}", range_text(f->min), range_text(f->max)),
                 message_key);
  else
    q.constraint(". >= 0", "form_not_negative");
  if (f->required) q.required();
  return q;
}

Q count(std::string name, std::string_view label_key) {
  return std::move(Q(QType::integer, std::move(name), words(label_key))
                       .required()
                       .constraint(". >= 0", "form_not_negative"));
}

class Builder {
public:
  Builder(Purpose purpose, const Municipality& m, const Options& options)
      : m_m(m), m_options(options) {
    m_form.purpose = purpose;
    m_form.municipality = m.id;
    m_form.id = fmt::format("vap-{}-{}", purpose_key(purpose), m.id);
    m_form.default_lang = m.lang.value_or(Lang::ky);
    const Words t = words(fmt::format("form_title_{}", purpose_key(purpose)));
    for (std::size_t i = 0; i < 3; ++i)
      m_form.title[i] = t[i] + " — " + m.name;
  }

  Form build() {
    // clang-format off
    m_form.questions.push_back(std::move(Q(QType::calculate, std::string(k_form_field), {})
                                              .calculate(fmt::format("'{}'", purpose_key(m_form.purpose)))));
    m_form.questions.push_back(std::move(Q(QType::calculate, std::string(k_municipality_field), {})
                                              .calculate(fmt::format("'{}'", m_m.id))));
    // clang-format on
    switch (m_form.purpose) {
    case Purpose::session:
      session();
      break;
    case Purpose::ballot:
      ballot();
      break;
    case Purpose::survey:
      survey();
      break;
    case Purpose::assembly:
      assembly();
      break;
    case Purpose::monitoring:
      monitoring();
      break;
    }
    m_form.version = digest();
    return std::move(m_form);
  }

private:
  // ---- choice lists ----
  void add_list(std::string name, std::vector<Choice> choices) {
    if (m_form.list(name)) return;
    m_form.lists.push_back({std::move(name), std::move(choices)});
  }
  std::string villages() {
    std::vector<Choice> cs;
    std::set<std::string> used;
    for (const auto& v : m_m.villages) {
      std::string name = slugify(v.text);
      if (name.empty() || !used.insert(name).second)
        name = fmt::format("village-{}", cs.size() + 1);
      cs.push_back({name, same_words(v.text)});
    }
    add_list("villages", std::move(cs));
    return "villages";
  }
  // A catalog's entries (those of the municipality's own catalog too); an open catalog's list
  // ends with "other".
  std::string catalog(CatalogKind kind, std::string name, bool other) {
    std::vector<Choice> cs;
    for (const auto& e : (*m_m.catalogs)[kind].entries())
      if (e.in_catalog) cs.push_back({e.id, entry_words(e)});
    if (other) cs.push_back({std::string(k_other), words("form_other")});
    add_list(name, std::move(cs));
    return name;
  }
  std::string groups() { return catalog(CatalogKind::groups, "groups", false); }
  std::string sides() {
    add_list("sides", {{"revenue", words("form_side_revenue")},
                       {"expenditure", words("form_side_expenditure")}});
    return "sides";
  }

  // A select_one of an open list, and the text typed when the answer is "other".
  void select_open(std::vector<Question>& into, std::string name, Words label, std::string list,
                   bool required) {
    Q q(QType::select_one, name, std::move(label));
    q.list(std::move(list));
    if (required) q.required();
    into.push_back(std::move(q));
    into.push_back(std::move(Q(QType::text, name + "_other", words("form_other_name"))
                                 .required()
                                 .relevant(fmt::format("${{{}}} = '{}'", name, k_other))));
  }

  Question date(std::string name, std::string_view label_key) {
    Q q(QType::date, std::move(name), words(label_key));
    q.required();
    if (m_options.week) {
      const Date& d = *m_options.week;
      const std::chrono::sys_days first = std::chrono::year(d.year) /
                                          std::chrono::month(static_cast<unsigned>(d.month)) /
                                          std::chrono::day(static_cast<unsigned>(d.day));
      const std::chrono::year_month_day last(first + std::chrono::days(6));
      const Date end{static_cast<int>(last.year()), static_cast<int>(unsigned(last.month())),
                     static_cast<int>(unsigned(last.day()))};
      q.constraint(fmt::format(". >= date('{}') and . <= date('{}')", date_text(d), date_text(end)),
                   "form_in_week");
    } else {
      q.constraint(". <= today()", "form_not_future");
    }
    return q;
  }

  // The date, village and group of a session (its form, and each ballot's).
  void session_fields(std::vector<Question>& into) {
    into.push_back(date("date", "wb_date"));
    into.push_back(std::move(
        Q(QType::select_one, "village", words("wb_village")).list(villages()).required()));
    into.push_back(
        std::move(Q(QType::select_one, "group", words("wb_group")).list(groups()).required()));
  }

  Question dots_each() {
    return std::move(whole(FileKind::session, "gallery.dots", "dots_each", "form_dots_range")
                         .by_default("3")
                         .required());
  }

  void session() {
    Q head(QType::group, "session", words("form_session"));
    session_fields(head.q.children);
    head.add(count("women", "form_women"));
    head.add(count("men", "form_men"));
    head.add(std::move(Q(QType::integer, "participants", words("wb_participants"))
                           .required()
                           .constraint(". = ${women} + ${men}", "form_participants_sum")));
    head.add(Q(QType::text, "facilitator", words("wb_facilitator")));
    head.add(Q(QType::text, "note", words("wb_note")));
    m_form.questions.push_back(std::move(head));

    Q gallery(QType::group, "gallery", words("wb_sheet_gallery"));
    gallery.add(dots_each());
    Q votes(QType::repeat, "votes", words("form_votes"));
    select_open(votes.q.children, "problem", words("wb_problem"),
                catalog(CatalogKind::problems, "problems", true), true);
    votes.add(
        std::move(Q(QType::integer, "vote_dots", words("form_vote_dots"))
                      .required()
                      .constraint(". >= 0 and ${dots_total} <= ${participants} * ${dots_each}",
                                  "form_dots_limit")));
    gallery.add(std::move(votes));
    gallery.add(std::move(Q(QType::calculate, "dots_total", {}).calculate("sum(${vote_dots})")));
    m_form.questions.push_back(std::move(gallery));

    Q map(QType::repeat, "map", words("wb_sheet_map"));
    map.add(std::move(Q(QType::text, "object", words("wb_object")).required()));
    select_open(map.q.children, "category", words("wb_category"),
                catalog(CatalogKind::map_categories, "map_categories", true), true);
    map.add(std::move(Q(QType::select_one, "condition", words("wb_condition"))
                          .list(catalog(CatalogKind::conditions, "conditions", false))));
    map.add(Q(QType::text, "object_note", words("wb_note")));
    map.add(Q(QType::geopoint, "location", words("wb_location")));
    m_form.questions.push_back(std::move(map));

    Q venn(QType::repeat, "venn", words("wb_sheet_venn"));
    select_open(venn.q.children, "institution", words("wb_institution"),
                catalog(CatalogKind::institutions, "institutions", true), true);
    venn.add(std::move(Q(QType::select_one, "type", words("wb_type"))
                           .list(catalog(CatalogKind::institution_types, "types", false))
                           .required()));
    venn.add(whole(FileKind::session, "venn.importance", "importance", "form_one_to_five"));
    venn.add(whole(FileKind::session, "venn.closeness", "closeness", "form_one_to_five"));
    venn.add(Q(QType::text, "venn_note", words("wb_note")));
    m_form.questions.push_back(std::move(venn));

    Q pie(QType::repeat, "pie", words("wb_sheet_pie"));
    pie.add(std::move(Q(QType::select_one, "side", words("wb_side")).list(sides()).required()));
    select_open(pie.q.children, "item", words("wb_item"),
                catalog(CatalogKind::budget_items, "budget_items", true), true);
    pie.add(std::move(Q(QType::decimal, "share", words("wb_share"))
                          .required()
                          .constraint(". >= 0", "form_not_negative")));
    m_form.questions.push_back(std::move(pie));
    counts();
  }

  void ballot() {
    session_fields(m_form.questions);
    m_form.questions.push_back(dots_each());
    m_form.questions.push_back(
        std::move(Q(QType::select_multiple, "problems", words("form_ballot_problems"))
                      .list(catalog(CatalogKind::problems, "problems", true))
                      .required()
                      .constraint("count-selected(.) <= ${dots_each}", "form_ballot_limit")));
    m_form.questions.push_back(
        std::move(Q(QType::text, "problems_other", words("form_other_name"))
                      .required()
                      .relevant(fmt::format("selected(${{problems}}, '{}')", k_other))));
  }

  // The services people are asked about: the plan's problems, then the services of the surveys
  // already typed.
  std::string services() {
    std::vector<Choice> cs;
    std::set<std::string> used;
    const Catalog& problems = (*m_m.catalogs)[CatalogKind::problems];
    for (const auto& plan : m_m.plans)
      for (const auto& p : plan.problems) {
        if (!used.insert(p.problem.id).second) continue;
        const CatalogEntry* e = problems.by_id(p.problem.id);
        cs.push_back({p.problem.id, e ? entry_words(*e) : same_words(p.problem.text)});
      }
    for (const auto& round : m_m.monitorings)
      for (const auto& s : round.surveys) {
        const CatalogEntry* e = problems.find(s.service.text);
        const std::string name = e ? e->id : slugify(s.service.text);
        if (name.empty() || !used.insert(name).second) continue;
        cs.push_back({name, e ? entry_words(*e) : same_words(s.service.text)});
      }
    cs.push_back({std::string(k_other), words("form_other")});
    add_list("services", std::move(cs));
    return "services";
  }

  void survey() {
    auto& qs = m_form.questions;
    qs.push_back(date("date", "form_interview_date"));
    qs.push_back(std::move(
        Q(QType::select_one, "village", words("wb_village")).list(villages()).required()));
    select_open(qs, "service", words("wb_service"), services(), true);
    std::vector<Choice> genders;
    for (const auto* id : {"female", "male"})
      if (const CatalogEntry* e = (*m_m.catalogs)[CatalogKind::genders].by_id(id))
        genders.push_back({e->id, entry_words(*e)});
    add_list("genders", std::move(genders));
    qs.push_back(
        std::move(Q(QType::select_one, "gender", words("wb_gender")).list("genders").required()));
    add_list("ages", {{"young", words("form_age_young")}, {"older", words("form_age_older")}});
    qs.push_back(std::move(Q(QType::select_one, "age", words("form_age")).list("ages").required()));
    qs.push_back(std::move(Q(QType::integer, "score", words("form_score"))
                               .required()
                               .constraint(". >= 1 and . <= 5", "form_one_to_five")));
    qs.push_back(Q(QType::text, "comment", words("form_comment")));
  }

  void assembly() {
    constexpr FileKind K = FileKind::assembly;
    Q head(QType::group, "assembly", words("wb_sheet_assembly"));
    head.add(date("date", "wb_date"));
    std::vector<Choice> rules;
    for (std::string_view r : {"simple", "absolute", "two_thirds"})
      rules.push_back({std::string(r), words(fmt::format("wb_rule_{}", r))});
    add_list("rules", std::move(rules));
    head.add(std::move(
        Q(QType::select_one, "rule", words("wb_rule")).list("rules").by_default("simple")));
    head.add(whole(K, "assembly.deputies", "deputies", "form_not_negative"));
    head.add(whole(K, "assembly.staff", "staff", "form_not_negative"));
    head.add(Q(QType::text, "note", words("wb_note")));
    m_form.questions.push_back(std::move(head));

    Q villages_(QType::repeat, "villages", words("form_assembly_villages"));
    villages_.add(std::move(
        Q(QType::select_one, "village", words("wb_village")).list(villages()).required()));
    villages_.add(count("women", "form_women"));
    villages_.add(count("men", "form_men"));
    m_form.questions.push_back(std::move(villages_));
    m_form.questions.push_back(
        std::move(Q(QType::calculate, "present", {}).calculate("sum(${women}) + sum(${men})")));

    Q proposals(QType::repeat, "proposals", words("form_proposals"));
    select_open(proposals.q.children, "problem", words("wb_problem"),
                catalog(CatalogKind::problems, "problems", true), true);
    const std::string limit = ". >= 0 and ${votes_cast} <= ${present}";
    proposals.add(std::move(Q(QType::integer, "yes", field_words(K, "assembly.proposals.yes"))
                                .required()
                                .constraint(limit, "form_votes_limit")));
    proposals.add(std::move(Q(QType::integer, "no", field_words(K, "assembly.proposals.no"))
                                .required()
                                .constraint(limit, "form_votes_limit")));
    proposals.add(
        std::move(Q(QType::integer, "abstain", field_words(K, "assembly.proposals.abstain"))
                      .by_default("0")
                      .constraint(limit, "form_votes_limit")));
    proposals.add(Q(QType::text, "amendment", words("wb_amendment")));
    m_form.questions.push_back(std::move(proposals));
    m_form.questions.push_back(
        std::move(Q(QType::calculate, "votes_cast", {})
                      .calculate("sum(${yes}) + sum(${no}) + sum(${abstain})")));
    counts();
  }

  void monitoring() {
    constexpr FileKind K = FileKind::monitoring;
    m_form.questions.push_back(date("date", "form_round_date"));
    std::vector<Choice> tasks;
    std::set<std::string> sources;
    for (const auto& plan : m_m.plans)
      for (const auto& p : plan.problems)
        for (const auto& t : p.tasks) {
          Words w;
          const CatalogEntry* e = (*m_m.catalogs)[CatalogKind::problems].by_id(p.problem.id);
          for (std::size_t i = 0; i < 3; ++i)
            w[i] = fmt::format("{}: {}", e ? entry_words(*e)[i] : p.problem.text, t.task.text);
          tasks.push_back({fmt::format("t{}", tasks.size() + 1), w});
          for (const auto& f : t.funding)
            sources.insert(f.source.id);
        }
    add_list("tasks", std::move(tasks));
    Q report(QType::repeat, "tasks", field_words(K, "monitoring.tasks"));
    report.add(std::move(Q(QType::select_one, "task", words("wb_task")).list("tasks").required()));
    report.add(std::move(Q(QType::select_one, "status", words("wb_status"))
                             .list(catalog(CatalogKind::statuses, "statuses", false))
                             .required()));
    report.add(std::move(Q(QType::decimal, "progress", words("wb_progress"))
                             .constraint(". >= 0 and . <= 100", "form_percent")));
    // One amount per funding source the plan uses (all of them when the plan names none).
    for (const auto& e : (*m_m.catalogs)[CatalogKind::funding_sources].entries()) {
      if (!sources.empty() && !sources.count(e.id)) continue;
      Words w;
      const Words spent = words("form_spent_on");
      for (std::size_t i = 0; i < 3; ++i)
        w[i] = fmt::format(fmt::runtime(spent[i]), entry_words(e)[i]);
      std::string name = "spent_" + e.id;
      std::replace(name.begin(), name.end(), '-', '_');
      report.add(std::move(Q(QType::decimal, name, w).constraint(". >= 0", "form_not_negative")));
    }
    m_form.questions.push_back(std::move(report));
    counts();
  }

  // For each repeat, a count of its entries: an export that lost a repeat's rows says so.
  void counts() {
    std::vector<std::string> repeats;
    std::function<void(const std::vector<Question>&)> walk = [&](const std::vector<Question>& qs) {
      for (const auto& q : qs) {
        if (q.type == QType::repeat) repeats.push_back(q.name);
        walk(q.children);
      }
    };
    walk(m_form.questions);
    for (const auto& r : repeats)
      m_form.questions.push_back(std::move(
          Q(QType::calculate, r + "_count", {}).calculate(fmt::format("count(${{{}}})", r))));
  }

  // FNV-1a of every name, label and expression: the same form, the same version.
  std::string digest() const {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::string_view s) {
      for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
      }
      h ^= 0xff;
      h *= 1099511628211ull;
    };
    std::function<void(const std::vector<Question>&)> walk = [&](const std::vector<Question>& qs) {
      for (const auto& q : qs) {
        mix(q.name);
        mix(std::to_string(static_cast<int>(q.type)));
        for (const auto& w : q.label)
          mix(w);
        mix(q.list);
        mix(q.constraint);
        mix(q.relevant);
        mix(q.calculation);
        mix(q.default_value);
        mix(q.required ? "1" : "0");
        walk(q.children);
      }
    };
    walk(m_form.questions);
    for (const auto& l : m_form.lists) {
      mix(l.name);
      for (const auto& c : l.choices) {
        mix(c.name);
        for (const auto& w : c.label)
          mix(w);
      }
    }
    return fmt::format("{:08x}", static_cast<std::uint32_t>(h ^ (h >> 32)));
  }

  const Municipality& m_m;
  const Options& m_options;
  Form m_form;
};

const Question* find_in(const std::vector<Question>& qs, std::string_view name) {
  for (const auto& q : qs) {
    if (q.name == name) return &q;
    if (const Question* c = find_in(q.children, name)) return c;
  }
  return nullptr;
}

bool parents_of(const std::vector<Question>& qs, const Question& target,
                std::vector<const Question*>& path) {
  for (const auto& q : qs) {
    if (&q == &target) return true;
    path.push_back(&q);
    if (parents_of(q.children, target, path)) return true;
    path.pop_back();
  }
  return false;
}

} // namespace

std::string_view purpose_key(Purpose p) {
  switch (p) {
  case Purpose::session:
    return "session";
  case Purpose::ballot:
    return "ballot";
  case Purpose::survey:
    return "survey";
  case Purpose::assembly:
    return "assembly";
  case Purpose::monitoring:
    return "monitoring";
  }
  return "";
}

std::optional<Purpose> purpose_of(std::string_view key) {
  for (Purpose p :
       {Purpose::session, Purpose::ballot, Purpose::survey, Purpose::assembly, Purpose::monitoring})
    if (purpose_key(p) == key) return p;
  return std::nullopt;
}

FileKind file_kind(Purpose p) {
  switch (p) {
  case Purpose::session:
  case Purpose::ballot:
    return FileKind::session;
  case Purpose::survey:
  case Purpose::monitoring:
    return FileKind::monitoring;
  case Purpose::assembly:
    return FileKind::assembly;
  }
  return FileKind::none;
}

const Choice* ChoiceList::find(std::string_view n) const {
  for (const auto& c : choices)
    if (c.name == n) return &c;
  return nullptr;
}

const ChoiceList* Form::list(std::string_view n) const {
  for (const auto& l : lists)
    if (l.name == n) return &l;
  return nullptr;
}

const Question* Form::find(std::string_view n) const {
  return find_in(questions, n);
}

std::vector<const Question*> Form::parents(const Question& q) const {
  std::vector<const Question*> path;
  parents_of(questions, q, path);
  return path;
}

std::string_view language_name(Lang lang) {
  switch (lang) {
  case Lang::ky:
    return label(lang, "form_lang_ky");
  case Lang::ru:
    return label(lang, "form_lang_ru");
  case Lang::en:
    return label(lang, "form_lang_en");
  }
  return "";
}

Form make_form(Purpose purpose, const Municipality& m, const Options& options) {
  return Builder(purpose, m, options).build();
}

std::string_view survey_group(std::string_view gender, std::string_view age) {
  const bool young = age == "young";
  if (gender == "female") return young ? "young-women" : "older-women";
  if (gender == "male") return young ? "young-men" : "older-men";
  return "";
}

} // namespace vap::form
