#pragma once
// The workshop data as values: what the files say, after names are matched to catalogs.
// No YAML, no I/O, no formatting here.
#include "vap/catalog.hpp"
#include "vap/diag.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vap {

// Free text as typed, with where it was typed.
struct Text {
  std::string text;
  SourcePos pos;
};

// A name matched against a catalog: `id` is the entry's id (or a slug of a new name).
struct Ref {
  std::string id;
  std::string text; // as typed, white space tidied
  SourcePos pos;
  bool in_catalog = false;
};

// The years a date or a plan's year may have (docs/FORMAT.md, "Files and folders"): from the
// year of the country's independence, when local self-government began, to 2100.
constexpr int k_first_year = 1991;
constexpr int k_last_year = 2100;

struct Date {
  int year = 0;
  int month = 0;
  int day = 0; // 0 when only a month was given (YYYY-MM)
  auto operator<=>(const Date&) const = default;
};
// "2014-06-15", or "2014-06" for a month alone ("" for no date).
std::string date_text(const Date& d);

// A count, possibly split by gender ({women: 9, men: 5}).
struct Count {
  long long total = 0;
  std::optional<long long> women;
  std::optional<long long> men;
  SourcePos pos;
  bool by_gender() const { return women.has_value() || men.has_value(); }
};

struct MapObject {
  Text name;
  Ref category;
  std::optional<Ref> condition; // conditions catalog
  std::string note;
  std::optional<std::pair<double, double>> location; // latitude, longitude
  SourcePos pos;
};

struct VennEntry {
  Ref institution; // institutions catalog (open)
  Ref type;        // institution_types catalog
  int importance = 0;
  int closeness = 0;
  std::string note;
  SourcePos pos;
};

struct Share {
  Ref item; // budget_items catalog (open)
  double value = 0;
  SourcePos pos;
};

struct Pie {
  std::vector<Share> revenue;
  std::vector<Share> expenditure;
  SourcePos pos;
};

// Dots one problem got in one session.
struct Vote {
  Ref problem;
  Count dots;
};

// One participant's dots; a problem named twice got two dots.
struct Ballot {
  std::vector<Ref> dots;
  SourcePos pos;
};

struct Gallery {
  long long dots_per_participant = 3;
  SourcePos dots_pos;
  // As typed: either votes or ballots. After loading, `votes` holds one entry per problem
  // (ballots counted in, repeated names merged) and `ballots` is kept for reference.
  std::vector<Vote> votes;
  std::vector<Ballot> ballots;
  SourcePos pos;
  long long total_dots() const {
    long long n = 0;
    for (const auto& v : votes)
      n += v.dots.total;
    return n;
  }
};

struct Session {
  std::string municipality; // the `municipality:` field, if any
  Date date;
  Text village;
  Ref group; // groups catalog
  Count participants;
  std::string facilitator;
  std::string note;
  std::optional<std::vector<MapObject>> map;
  std::optional<std::vector<VennEntry>> venn;
  std::optional<Pie> pie;
  std::optional<Gallery> gallery;
  std::uint32_t file = 0;
  SourcePos pos;
};

struct Solution {
  Text action;
  std::optional<Ref> by;                            // solvers catalog
  std::vector<std::pair<Text, Text>> contributions; // stakeholder, what they bring
  std::string note;
  SourcePos pos;
};

struct CauseAnalysis {
  Ref problem;
  std::vector<Text> causes;
  std::vector<Text> effects;
  std::vector<Solution> solutions;
  std::string note;
  SourcePos pos;
};

struct Causes {
  std::string municipality;
  std::optional<Date> date;
  std::string facilitator;
  std::string note;
  std::vector<CauseAnalysis> problems;
  std::uint32_t file = 0;
  SourcePos pos;
};

struct Person {
  Text name;
  std::optional<Ref> gender; // genders catalog
  std::optional<Text> village;
  std::optional<Ref> role; // roles catalog
  std::string note;
  SourcePos pos;
};

struct Funding {
  Ref source; // funding_sources catalog
  double amount = 0;
  SourcePos pos;
};

struct Task {
  Text task;
  std::vector<Text> activities;
  std::vector<Text> results;
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<Text> responsible;
  std::optional<long long> direct_beneficiaries;
  std::optional<long long> indirect_beneficiaries;
  std::vector<Funding> funding;
  std::string note;
  SourcePos pos;
  SourcePos start_pos; // where `start` / `end` were typed (unknown when absent)
  SourcePos end_pos;
};

struct PlanProblem {
  Ref problem;
  std::string statement;
  Text goal;
  std::optional<Text> leader;
  std::vector<Person> members;
  std::string group_note; // the initiative group's `note`
  std::vector<Task> tasks;
  std::optional<Date> assembly; // the date of the assembly (жыйын) that agreed this problem
  std::string note;
  SourcePos assembly_pos;
  SourcePos pos;
  SourcePos group_pos; // the `initiative_group:` mapping (unknown when absent)
};

struct Plan {
  std::string municipality;
  int year = 0;
  std::string unit;
  std::string note;
  std::vector<PlanProblem> problems;
  std::uint32_t file = 0;
  SourcePos pos;
};

struct Indicator {
  Text name;
  std::optional<double> target;
  std::optional<double> actual;
  SourcePos pos;
  std::optional<double> baseline; // where it stood before the plan (last, for aggregates)
  std::string unit;
};

struct TaskReport {
  Text task;
  std::optional<Ref> problem;
  Ref status; // statuses catalog
  std::optional<double> progress;
  std::vector<Funding> spent;
  std::vector<Indicator> indicators;
  std::string note;
  SourcePos pos;
};

struct Survey {
  Text service;
  std::optional<Ref> group;
  std::optional<Text> village; // the respondents' village, when the survey was split
  int scale = 5;
  std::map<int, long long> answers; // score → how many gave it
  std::string note;
  SourcePos pos;
};

struct Monitoring {
  std::string municipality;
  Date date;
  std::string note;
  std::vector<Person> team;
  std::vector<TaskReport> tasks;
  std::vector<Survey> surveys;
  std::uint32_t file = 0;
  SourcePos pos;
};

// The assembly (жыйын) that agrees the plan: who came, and one person one vote on each of the
// initiative groups' proposals.
struct AssemblyVillage {
  Text village;
  Count participants; // {women: n, men: n} for the gender check
  std::string note;
  SourcePos pos;
};

enum class MajorityRule { simple, absolute, two_thirds };

struct AssemblyProposal {
  Ref problem;                   // the proposal, by the problem it answers
  std::optional<Text> amendment; // what the assembly changed, when it agreed it amended
  long long yes = 0;
  long long no = 0;
  long long abstain = 0;
  std::string note;
  SourcePos pos;
};

struct Assembly {
  std::string municipality;
  Date date;
  std::vector<AssemblyVillage> villages;
  long long deputies = 0; // council deputies present
  long long staff = 0;    // ayil okmotu staff present
  MajorityRule rule = MajorityRule::simple;
  std::vector<AssemblyProposal> proposals;
  std::string note;
  std::uint32_t file = 0;
  SourcePos pos;

  // Held: someone came or a vote was cast. An assembly file of zeros (`vap init`'s starter
  // before the assembly) is a form not filled in yet, which decides nothing.
  bool held() const {
    for (const auto& v : villages)
      if (v.participants.total > 0) return true;
    for (const auto& p : proposals)
      if (p.yes + p.no + p.abstain > 0) return true;
    return false;
  }
};

struct BudgetLine {
  Ref item; // budget_items catalog
  double amount = 0;
  SourcePos pos;
};

struct Budget {
  int year = 0;
  std::string unit;
  std::vector<BudgetLine> revenue;
  std::vector<BudgetLine> expenditure;
  std::optional<double> plan_envelope; // what the local budget sets aside for the plan
  SourcePos pos;
};

struct Municipality {
  std::string id;
  std::string name;
  std::string region;
  std::string district;
  std::vector<Text> villages;
  std::optional<long long> population;
  int priorities = 5;
  std::optional<Lang> lang;
  std::optional<Budget> budget;
  std::shared_ptr<const Catalogs> catalogs; // shipped + --catalog + this municipality's own
  // This municipality's own entries (its file's `catalog:`), as typed, in their order.
  std::vector<std::pair<CatalogKind, CatalogEntry>> own_catalog;
  std::string folder; // the folder its file sits in
  std::uint32_t file = 0;
  SourcePos pos;

  std::vector<Session> sessions; // sorted by date, village, group, file
  std::vector<Causes> causes;
  std::vector<Plan> plans;
  std::vector<Monitoring> monitorings;
  std::vector<Assembly> assemblies;
};

// Everything one run loaded: one municipality or a batch, in a fixed order (by id).
struct Program {
  std::vector<Municipality> municipalities;
  std::shared_ptr<const Catalogs> catalogs; // shipped + --catalog files
  bool batch() const { return municipalities.size() > 1; }
};

} // namespace vap
