#include "vap/render_board.hpp"

#include "vap/gallery.hpp"
#include "vap/monitor.hpp"
#include "vap/number.hpp"
#include "vap/plan.hpp"
#include "vap/report.hpp"
#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace vap {
namespace {

std::string esc(std::string_view s) {
  return html_escape(s);
}

// An amount for reading from a distance: thousands apart ("1 300", "12 345.5"), no "-0".
std::string amount(double v) {
  const bool whole = std::abs(v - std::round(v)) < 0.05;
  std::string s = fixed(std::abs(v), whole ? 0 : 1);
  const std::size_t dot = s.find('.');
  std::string digits = s.substr(0, dot);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u00a0";
    out += digits[i];
  }
  if (dot != std::string::npos) out += s.substr(dot);
  return (v < -0.05 ? "−" : "") + out;
}

// A bar of `share` (0..1) of the track's width, with its words beside it.
std::string bar(double share, std::string_view cls) {
  return fmt::format(
      "<span class=\"track\"><span class=\"fill {}\" style=\"width:{}%\"></span></span>", cls,
      fixed(std::clamp(share, 0.0, 1.0) * 100, 1));
}

// Who took part, by group and gender: a heading and a table.
std::string participation(const Municipality& m, Lang lang) {
  std::string out;
  const auto groups = participation_by_group(m);
  if (!groups.empty()) {
    long long people = 0, women = 0, men = 0;
    for (const auto& g : groups) {
      people += g.participants;
      women += g.women;
      men += g.men;
    }
    out += fmt::format("<h3>{}</h3>\n", esc(label(lang, "board_who_took_part")));
    out += fmt::format("<p>{}</p>\n", esc(label_fmt(lang, "board_took_part", people, women, men)));
    out += fmt::format("<table>\n<thead><tr><th>{}</th><th class=\"right\">{}</th><th "
                       "class=\"right\">{}</th><th class=\"right\">{}</th></tr></thead>\n<tbody>\n",
                       esc(label(lang, "board_group")), esc(label(lang, "board_people")),
                       esc(label(lang, "women")), esc(label(lang, "men")));
    for (const auto& g : groups)
      out += fmt::format("<tr><td>{}</td><td class=\"right\">{}</td><td class=\"right\">{}</td><td "
                         "class=\"right\">{}</td></tr>\n",
                         esc(g.label(lang)), g.participants, g.women, g.men);
    out += "</tbody>\n</table>\n";
  }
  return out;
}

std::string panel_priorities(const Municipality& m, Lang lang, bool with_participation) {
  const GalleryTally t = tally_gallery(m, RankBy::dots);
  std::string out = fmt::format("<section class=\"panel priorities\">\n<h2>{}</h2>\n",
                                esc(label(lang, "board_priorities")));
  if (t.problems.empty()) {
    out += fmt::format("<p>{}</p>\n", esc(label(lang, "board_no_gallery")));
  } else {
    out += fmt::format("<p class=\"note\">{}</p>\n",
                       esc(label_fmt(lang, "board_priorities_how", t.sessions, t.dots)));
    long long max = 1;
    for (const auto& p : t.problems)
      max = std::max(max, p.dots);
    const std::size_t n = std::min<std::size_t>(
        t.problems.size(), std::max<std::size_t>(static_cast<std::size_t>(t.priority_count), 6));
    out += "<ol class=\"bars\">\n";
    for (std::size_t i = 0; i < n; ++i) {
      const auto& p = t.problems[i];
      out += fmt::format(
          "<li{}><span class=\"name\">{}</span>{}<span class=\"value\">{}</span></li>\n",
          p.priority ? " class=\"priority\"" : "", esc(p.problem.label(lang)),
          bar(double(p.dots) / double(max), p.priority ? "hot" : "cool"),
          esc(label_fmt(lang, "board_dots_sessions", p.dots, p.sessions)));
    }
    out += "</ol>\n";
    if (t.problems.size() > n)
      out += fmt::format("<p class=\"note\">{}</p>\n",
                         esc(label_fmt(lang, "board_more_problems", t.problems.size() - n)));
  }
  if (with_participation) out += participation(m, lang);
  return out + "</section>\n";
}

std::string panel_plan(const PlanSummary& plan, Lang lang, bool all_names) {
  std::string out =
      fmt::format("<section class=\"panel plan\">\n<h2>{}</h2>\n", esc(label(lang, "board_plan")));
  if (plan.entries.empty())
    return out + fmt::format("<p>{}</p>\n</section>\n", esc(label(lang, "board_no_plan")));
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      esc(label_fmt(lang, "board_plan_total", plan.year, amount(plan.total), plan.unit)));
  auto source_name = [&](const std::string& id) -> std::string {
    for (const auto& s : plan.sources)
      if (s.id == id) return s.label(lang);
    return id;
  };
  out += "<div class=\"cols\">\n";
  for (const auto& e : plan.entries) {
    out += fmt::format("<h3>{} <span class=\"sum\">{} {}</span></h3>\n<ul class=\"tasks\">\n",
                       esc(e.problem.label(lang)), amount(e.total), esc(plan.unit));
    for (const auto& t : e.tasks) {
      std::string money;
      for (const auto& [id, v] : t.funding)
        money += (money.empty() ? "" : "; ") + esc(source_name(id)) + " " + amount(v);
      // On the poster the first responsible person stands for all (the plan lists the others);
      // a poster of the plan alone has room for every name.
      std::string who;
      for (const auto& r : t.responsible) {
        if (!all_names && !who.empty()) {
          who += fmt::format(" +{}", t.responsible.size() - 1);
          break;
        }
        who += (who.empty() ? "" : ", ") + esc(r);
      }
      out += fmt::format("<li><b>{}</b><br>", esc(t.task));
      if (!money.empty()) out += fmt::format("<span class=\"money\">{}</span>", money);
      if (!who.empty())
        out += fmt::format("{}<span class=\"who\">{}: {}</span>", money.empty() ? "" : " · ",
                           esc(label(lang, "board_responsible")), who);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  return out + "</div>\n</section>\n";
}

std::string panel_groups(const PlanSummary& plan, Lang lang, bool all_names,
                         std::string_view after) {
  std::string out = fmt::format("<section class=\"panel groups\">\n<h2>{}</h2>\n",
                                esc(label(lang, "board_groups")));
  bool any = false;
  out += fmt::format("<p class=\"note\">{}:</p>\n<ul class=\"groups\">\n",
                     esc(label(lang, "board_leader")));
  for (const auto& e : plan.entries) {
    if (e.leader.empty() && e.members.empty()) continue;
    any = true;
    std::string members;
    for (const auto& p : e.members)
      if (!p.leader && p.name != e.leader) members += (members.empty() ? "" : ", ") + esc(p.name);
    // The label "initiative group leader" is said once, above the list.
    out += fmt::format("<li>{}: <b>{}</b>", esc(e.problem.label(lang)),
                       e.leader.empty() ? "–" : esc(e.leader));
    if (!e.members.empty())
      out += fmt::format(" <span class=\"who\">· {}</span>",
                         esc(label_fmt(lang, "board_members", e.members.size(), e.women, e.men)));
    if (all_names && !members.empty())
      out += fmt::format("<br><span class=\"names\">{}</span>", members);
    out += "</li>\n";
  }
  out += "</ul>\n";
  if (!any)
    return fmt::format("<section class=\"panel groups\">\n<h2>{}</h2>\n<p>{}</p>\n{}</section>\n",
                       esc(label(lang, "board_groups")), esc(label(lang, "board_no_groups")),
                       after);
  return out + std::string(after) + "</section>\n";
}

std::string panel_progress(const MonitorResult& r, Lang lang) {
  std::string out = fmt::format("<section class=\"panel progress\">\n<h2>{}</h2>\n",
                                esc(label(lang, "board_progress")));
  if (!r.has_round)
    return out + fmt::format("<p>{}</p>\n</section>\n", esc(label(lang, "board_no_monitoring")));
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      esc(label_fmt(lang, "board_progress_how", date_text(r.date), percent(r.progress / 100, 0),
                    amount(r.spent), amount(r.planned), r.unit)));
  out += "<div class=\"cols\">\n<ul class=\"bars progress\">\n";
  for (const auto& t : r.tasks) {
    // Spent against planned beside the percentage; the note above says which is which.
    const std::string spent =
        t.in_plan ? label_fmt(lang, "board_spent_of", amount(t.spent), amount(t.planned))
                  : label_fmt(lang, "board_spent", amount(t.spent));
    out += fmt::format("<li><span class=\"name\">{}</span>{}<span class=\"value\">{}</span><span "
                       "class=\"money{}\">{}</span></li>\n",
                       esc(t.task), bar(t.progress / 100, t.delayed ? "late" : "done"),
                       percent(t.progress / 100, 0), t.overspent ? " over" : "", esc(spent));
  }
  return out + "</ul>\n</div>\n</section>\n";
}

// The date of the data: the latest session, plan or monitoring date in the files.
std::optional<Date> data_date(const Municipality& m) {
  std::optional<Date> d;
  auto see = [&](const Date& x) {
    if (x.year > 0 && (!d || *d < x)) d = x;
  };
  for (const auto& s : m.sessions)
    see(s.date);
  for (const auto& c : m.causes)
    if (c.date) see(*c.date);
  for (const auto& r : m.monitorings)
    see(r.date);
  return d;
}

} // namespace

std::optional<BoardPanel> board_panel(std::string_view name) {
  if (name == "priorities") return BoardPanel::priorities;
  if (name == "plan") return BoardPanel::plan;
  if (name == "groups") return BoardPanel::groups;
  if (name == "progress") return BoardPanel::progress;
  return std::nullopt;
}

std::string render_board(const Municipality& m, const BoardOptions& o) {
  const Lang lang = o.lang;
  const PlanSummary plan = summarize_plan(m);
  std::string panels;
  auto wanted = [&](BoardPanel p) { return !o.panel || *o.panel == p; };
  // The whole poster is one page: the priorities beside the groups, then the plan and the
  // progress across; names beyond the first responsible person and the group leaders are on
  // the posters of one panel (--panel plan, --panel groups).
  const bool alone = o.panel.has_value();
  // On the whole poster who took part goes under the groups, to even out the first row.
  if (wanted(BoardPanel::priorities)) panels += panel_priorities(m, lang, alone);
  if (wanted(BoardPanel::groups))
    panels += panel_groups(plan, lang, alone, alone ? std::string() : participation(m, lang));
  if (wanted(BoardPanel::plan)) panels += panel_plan(plan, lang, alone);
  if (wanted(BoardPanel::progress)) panels += panel_progress(monitor(m), lang);
  Data d;
  d.set("l", labels_data(lang));
  d.set("lang", std::string(lang_code(lang)));
  d.set("municipality", m.name);
  std::string where;
  for (const auto* x : {&m.district, &m.region})
    if (!x->empty()) where += (where.empty() ? "" : ", ") + *x;
  d.set("where", where);
  if (const auto date = data_date(m))
    d.set("date", label_fmt(lang, "board_date", date_text(*date)));
  d.set("panels", panels);
  d.set(o.paper == Paper::a3 ? "a3" : "a4", true);
  d.set("single", o.panel.has_value());
  std::string html = render_template("board.html.mustache", d, Markup::html, o.templates_dir);
  html.erase(0, html.find_first_not_of(" \t\r\n"));
  return html;
}

} // namespace vap
