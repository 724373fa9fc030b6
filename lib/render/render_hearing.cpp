// The public hearing pack: the notice, the agenda, a one-page citizens' budget (the approved
// budget with `vap pie`'s shares, the items people misjudged most, what the plan asks of the
// budget) and the minutes form (attendance by village and gender, questions and answers).
#include "vap/render_papers.hpp"
#include "vap/render_plan.hpp"

#include <algorithm>
#include <cmath>

namespace vap {
namespace {

// Empty rows of the minutes' questions and answers.
constexpr int k_question_rows = 8;
// Empty lines of the hearing's conclusions.
constexpr int k_conclusion_lines = 3;

// The approved budget in one table, revenue beside spending, row by row. A side that has run out
// of lines leaves its cells empty; its share cell holds a no-break space so that the row is not
// taken for a form's row to write in (one whose last cell is empty).
Data budget_rows(const CitizensBudgetSide& revenue, const CitizensBudgetSide& spending, Lang lang,
                 int dec) {
  const std::size_t n = std::max(revenue.lines.size(), spending.lines.size());
  Data rows = list(n);
  for (std::size_t i = 0; i < n; ++i) {
    Data r;
    for (const auto& [side, prefix] : {std::pair{&revenue, "revenue_"}, {&spending, "spending_"}}) {
      const std::string p(prefix);
      if (i < side->lines.size()) {
        const auto& l = side->lines[i];
        r.set(p + "item", l.item.label(lang));
        r.set(p + "amount", official_number(lang, l.amount, dec));
        r.set(p + "share", official_percent(lang, l.share, 1));
      } else {
        r.set(p + "share", std::string("\u00a0"));
      }
    }
    append(rows, std::move(r));
  }
  return rows;
}

// A gap with its sign: "+25,2", "−35,8" (a minus sign, not a hyphen).
std::string signed_number(Lang lang, double v) {
  const std::string n = official_number(lang, std::abs(v), 1);
  if (n == official_number(lang, 0, 1)) return n;
  return (v > 0 ? "+" : "\u2212") + n;
}

} // namespace

Data hearing_data(const HearingPaper& p, Lang lang) {
  Data d = paper_data(p.header, lang);
  const int year = p.has_budget ? p.budget_year : p.plan_year;
  const std::string year_text = year > 0 ? std::to_string(year) : "20____";
  d.set("topic", paper_fmt(lang, "paper_hearing_topic", year_text));

  // The agenda: the pie's item only when a pie was drawn, the plan's only when there is one.
  std::vector<std::string> items = {std::string(label(lang, "paper_agenda_open")),
                                    paper_fmt(lang, "paper_agenda_budget", year_text)};
  if (p.pie_sessions > 0) items.push_back(std::string(label(lang, "paper_agenda_pie")));
  if (p.plan_year > 0) items.push_back(std::string(label(lang, "paper_agenda_plan")));
  items.push_back(std::string(label(lang, "paper_agenda_questions")));
  items.push_back(std::string(label(lang, "paper_agenda_close")));
  d.set("agenda", numbered(items, "item"));

  // The citizens' budget.
  d.set("citizens_subject", paper_fmt(lang, "paper_citizens_subject", year_text));
  d.set("has_budget", p.has_budget);
  if (p.has_budget) {
    std::vector<double> amounts = {p.revenue.total, p.expenditure.total};
    for (const auto* side : {&p.revenue, &p.expenditure})
      for (const auto& l : side->lines)
        amounts.push_back(l.amount);
    const int dec = amount_decimals(amounts);
    const std::string unit = paper_unit(lang, p.unit);
    d.set("col_amount", paper_fmt(lang, "paper_col_amount", unit));
    d.set("totals",
          paper_fmt(lang, "paper_citizens_totals", paper_amount(lang, p.revenue.total, dec, p.unit),
                    paper_amount(lang, p.expenditure.total, dec, p.unit)));
    d.set("budget", budget_rows(p.revenue, p.expenditure, lang, dec));
    d.set("revenue_total", official_number(lang, p.revenue.total, dec));
    d.set("spending_total", official_number(lang, p.expenditure.total, dec));
    d.set("hundred", official_percent(lang, 100, 1));
  }
  if (p.pie_sessions == 0) {
    d.set("no_pie", true);
  } else if (!p.has_budget) {
    d.set("no_pie", true); // nothing to compare the pie with
    d.set("pie_without_budget", paper_fmt(lang, "paper_pie_without_budget", p.pie_sessions));
  } else {
    d.set("misjudged_how", paper_fmt(lang, "paper_misjudged_how", p.pie_sessions));
    Data rows = list(p.misjudged.size());
    for (const auto& t : p.misjudged) {
      Data r;
      r.set("side",
            std::string(label(lang, t.side == BudgetSide::revenue ? "paper_side_revenue"
                                                                  : "paper_side_expenditure")));
      r.set("item", t.item.item.label(lang));
      r.set("thought", official_percent(lang, t.item.perceived, 1));
      r.set("actual", official_percent(lang, t.item.actual, 1));
      r.set("gap", signed_number(lang, t.item.gap));
      append(rows, std::move(r));
    }
    d.set("misjudged", rows);
    d.set("misjudged_none", p.misjudged.empty());
  }
  if (!p.asks.empty()) {
    std::vector<double> amounts = {p.asked};
    if (p.envelope) amounts.push_back(*p.envelope);
    for (const auto& a : p.asks)
      amounts.push_back(a.amount);
    const int dec = amount_decimals(amounts);
    d.set("col_local_budget",
          paper_fmt(lang, "paper_col_local_budget", paper_unit(lang, p.plan_unit)));
    Data rows = list(p.asks.size());
    for (const auto& a : p.asks) {
      Data r;
      r.set("problem", a.problem.label(lang));
      r.set("amount", official_number(lang, a.amount, dec));
      append(rows, std::move(r));
    }
    d.set("asks", rows);
    d.set("asked", official_number(lang, p.asked, dec));
    d.set("envelope", paper_fmt(lang, "paper_lines_envelope",
                                p.envelope ? paper_amount(lang, *p.envelope, dec, p.plan_unit)
                                           : paper_missing(lang)));
  } else {
    d.set("no_asks", true);
  }

  // The minutes form.
  Data villages = list(p.header.villages.size());
  for (const auto& v : p.header.villages)
    append(villages, Data("village", v));
  d.set("villages", villages);
  d.set("questions", numbered(std::vector<std::string>(k_question_rows), "text"));
  d.set("conclusions", numbered(std::vector<std::string>(k_conclusion_lines), "text"));
  return d;
}

} // namespace vap
