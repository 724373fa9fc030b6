#pragma once
// Joint monitoring and evaluation (БМжБ): the plan's tasks against the latest monitoring round,
// progress weighted by planned cost, satisfaction surveys and the monitoring team's make-up.
#include "vap/model.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace vap {

// A catalog entry as reports name it: id and ky/ru/en labels (typed text for a new name).
struct LabelSet {
  std::string id;
  std::array<std::string, 3> labels;
  const std::string& label(Lang lang) const;
};

struct SourceAmount {
  LabelSet source;
  double planned = 0;
  double spent = 0;
};

struct IndicatorResult {
  std::string name;
  std::optional<double> target;
  std::optional<double> actual;
  std::optional<double> achieved; // actual / target, when both are given and target > 0
  bool under_target = false;
};

// A task as one monitoring round left it: what the round says, or, when the round does not name
// the task, what the last round before it said (not 0 %).
struct RoundState {
  Date date;
  bool reported = false; // this round names the task
  bool known = false;    // some round up to this one named it
  std::string status;    // statuses id, "" when no round named it yet
  double progress = 0;
  double spent = 0; // as reported: spent to date
};

struct TaskResult {
  LabelSet problem;
  std::string task;
  bool reported = false; // the monitoring round names the task
  bool in_plan = true;   // false for a monitored task with no plan to compare with
  LabelSet status;       // empty id when not reported
  double progress = 0;   // percent
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<SourceAmount> funding; // by source, in catalog order
  double planned = 0;
  double spent = 0;
  std::vector<IndicatorResult> indicators;
  bool delayed = false;            // status delayed, or past its end and not done
  bool overspent = false;          // spent more than planned, in all or from one source
  bool done_under_target = false;  // done, but an indicator is under its target
  std::vector<RoundState> history; // one per round, oldest first
  std::optional<Date> reported_on; // the round the figures above come from
};

// An indicator across the rounds: baseline and target as last given, actual per round.
struct IndicatorHistory {
  std::string task;
  std::string name;
  std::optional<double> baseline;
  std::optional<double> target;
  std::vector<std::optional<double>> actual; // one per round, oldest first; none when not given
};

// What changed between the two latest rounds.
struct SinceLast {
  Date previous;
  std::vector<std::string> done;    // tasks done now and not before
  std::vector<std::string> started; // tasks under way now that had not started
  double spent = 0;                 // spent to date now minus then
};

// Step 7, the evaluation: what the local government did about each priority of the gallery.
struct PriorityEvaluation {
  LabelSet problem;
  int rank = 0;
  bool planned = false;  // the plan has it
  bool budgeted = false; // its tasks ask money of the local budget
  bool started = false;  // some task has progress or is under way
  bool done = false;     // every task (not cancelled) is done
  double progress = 0;   // percent, weighted by planned cost
};

// Satisfaction with a service by group across rounds.
struct SurveyTrend {
  std::string service;
  LabelSet group;                                     // empty id: no group
  std::vector<std::optional<double>> satisfied_share; // one per round, oldest first
  std::vector<bool> carried; // per round: the round has no surveys, the share is the last given
};

// The tasks cancelled: left out of the planned and spent amounts and the progress, summed here.
struct CancelledTasks {
  int tasks = 0;
  double planned = 0;
  double spent = 0;
};

struct ProblemProgress {
  LabelSet problem;
  int tasks = 0; // not cancelled
  double planned = 0;
  double spent = 0;
  double progress = 0; // percent, weighted by planned cost
};

struct SurveyRow {
  std::string service;
  LabelSet group;     // empty id: the service's total, or a survey without a group
  bool total = false; // the row sums the service's groups
  int scale = 5;
  long long respondents = 0;
  std::optional<double> mean; // missing when the rows summed have different scales
  long long satisfied = 0;    // the top two answers of the scale
  double satisfied_share = 0;
};

struct TeamCheck {
  int size = 0;
  int women = 0;
  int men = 0;
  int community = 0;
  int lsg_staff = 0;
  int deputies = 0;
  std::vector<std::string> warnings; // label keys: monitor_team_small, monitor_team_large, ...
};

struct MonitorResult {
  std::string municipality_id;
  std::string municipality;
  bool has_round = false;
  Date date;      // of the latest round
  int rounds = 0; // monitoring files of the municipality
  int plan_year = 0;
  std::string unit;
  std::vector<TaskResult> tasks; // in plan order, then monitored tasks not in the plan
  std::vector<ProblemProgress> problems;
  // The base of the figures (FORMAT.md): the tasks not cancelled. Totals by source, planned and
  // spent amounts, progress (percent, weighted by planned cost) are theirs.
  std::vector<SourceAmount> sources;
  double planned = 0;
  double spent = 0;
  double progress = 0;
  CancelledTasks cancelled;
  int delayed = 0;
  int overspent = 0;
  int done_under_target = 0;
  std::vector<SurveyRow> surveys;      // of the latest round that records surveys
  std::optional<Date> surveys_date;    // that round's date
  TeamCheck team;                      // of the latest round that records a team
  std::optional<Date> team_date;       // that round's date
  std::vector<Date> round_dates;       // every round, oldest first
  std::optional<SinceLast> since_last; // with two rounds or more
  std::vector<IndicatorHistory> indicator_history;
  std::vector<PriorityEvaluation> evaluation; // the gallery's priorities, in rank order
  std::vector<SurveyTrend> survey_trend;      // with two rounds or more
};

// Satisfied = the two highest answers of the scale (4 and 5 of 5).
MonitorResult monitor(const Municipality& m);

} // namespace vap
