#include "vap/render_board.hpp"

#include "vap/number.hpp"
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
std::string participation(const std::vector<GroupParticipation>& groups, Lang lang, bool compact) {
  std::string out;
  if (!groups.empty()) {
    long long people = 0, women = 0, men = 0;
    for (const auto& g : groups) {
      people += g.participants;
      women += g.women;
      men += g.men;
    }
    out += fmt::format("<h3>{}</h3>\n", esc(label(lang, "board_who_took_part")));
    out += fmt::format("<p>{}</p>\n", esc(label_fmt(lang, "board_took_part", people, women, men)));
    if (compact) {
      // One line a group, in a list: the table's columns take a row of their own.
      out += "<ul class=\"groups\">\n";
      for (const auto& g : groups)
        out += fmt::format("<li>{}: <b>{}</b> <span class=\"who\">({})</span></li>\n",
                           esc(g.label(lang)), g.participants,
                           esc(label_fmt(lang, "board_women_men", g.women, g.men)));
      out += "</ul>\n";
      return out;
    }
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

std::string panel_priorities(const MunicipalityResults& r, Lang lang, bool with_participation) {
  const GalleryTally& t = r.gallery;
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
  if (with_participation) out += participation(r.participation, lang, false);
  return out + "</section>\n";
}

// What the latest assembly decided about a problem of the plan, when it voted on it.
const AssemblyRow* assembly_row(const MunicipalityResults& r, const std::string& problem_id) {
  if (!r.assembly || !r.assembly->assembly) return nullptr;
  for (const auto& row : r.assembly->summary.rows)
    if (row.problem_id == problem_id) return &row;
  return nullptr;
}

std::string panel_plan(const MunicipalityResults& r, const PlanSummary& plan, Lang lang,
                       bool all_names) {
  std::string out =
      fmt::format("<section class=\"panel plan\">\n<h2>{}</h2>\n", esc(label(lang, "board_plan")));
  // What the assembly rejected is not what we will do: it is named below the plan, not in it.
  std::vector<const PlanEntry*> entries;
  std::string rejected;
  for (const auto& e : plan.entries) {
    const AssemblyRow* row = assembly_row(r, e.problem.id);
    if (row && row->decision == Decision::rejected)
      rejected += (rejected.empty() ? "" : ", ") + esc(e.problem.label(lang));
    else
      entries.push_back(&e);
  }
  const std::string rejected_note =
      rejected.empty() ? std::string()
                       : fmt::format("<p class=\"note\">{}: {}</p>\n",
                                     esc(label_fmt(lang, "board_rejected",
                                                   date_text(r.assembly->summary.date))),
                                     rejected);
  if (entries.empty())
    return out + fmt::format("<p>{}</p>\n{}</section>\n", esc(label(lang, "board_no_plan")),
                             rejected_note);
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      esc(label_fmt(lang, "board_plan_total", plan.year, amount(plan.total), plan.unit)));
  auto source_name = [&](const std::string& id) -> std::string {
    for (const auto& s : plan.sources)
      if (s.id == id) return s.label(lang);
    return id;
  };
  out += "<div class=\"cols\">\n";
  for (const PlanEntry* entry : entries) {
    const PlanEntry& e = *entry;
    // A problem's heading, its money and its tasks stay in one column.
    out += "<div class=\"entry\">\n";
    out += fmt::format("<h3>{} <span class=\"sum\">{} {}</span></h3>\n", esc(e.problem.label(lang)),
                       amount(e.total), esc(plan.unit));
    if (const AssemblyRow* row = assembly_row(r, e.problem.id);
        row && row->decision == Decision::amended && !row->amendment.empty())
      out += fmt::format("<p class=\"note\">{}</p>\n",
                         esc(label_fmt(lang, "board_amended", row->amendment)));
    // The whole poster gives the amounts by source once per priority; the plan's own poster
    // gives them for each task.
    if (!all_names) {
      std::vector<std::pair<std::string, double>> by_source;
      for (const auto& t : e.tasks)
        for (const auto& [id, v] : t.funding) {
          auto it = std::find_if(by_source.begin(), by_source.end(),
                                 [&id = id](const auto& x) { return x.first == id; });
          if (it == by_source.end())
            by_source.emplace_back(id, v);
          else
            it->second += v;
        }
      std::string money;
      for (const auto& [id, v] : by_source)
        money += (money.empty() ? "" : "; ") + esc(source_name(id)) + " " + amount(v);
      if (!money.empty()) out += fmt::format("<p class=\"money\">{}</p>\n", money);
    }
    out += "<ul class=\"tasks\">\n";
    for (const auto& t : e.tasks) {
      std::string money;
      if (all_names)
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
      out += fmt::format("<li><b>{}</b>", esc(t.task));
      if (!money.empty()) out += fmt::format("<br><span class=\"money\">{}</span>", money);
      if (!who.empty())
        out += fmt::format("{}<span class=\"who\">{}: {}</span>", money.empty() ? " · " : " · ",
                           esc(label(lang, "board_responsible")), who);
      out += "</li>\n";
    }
    out += "</ul>\n</div>\n";
  }
  return out + "</div>\n" + rejected_note + "</section>\n";
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

std::string panel_progress(const MonitorResult& r, Lang lang, bool compact) {
  std::string out = fmt::format("<section class=\"panel progress\">\n<h2>{}</h2>\n",
                                esc(label(lang, "board_progress")));
  if (!r.has_round)
    return out + fmt::format("<p>{}</p>\n</section>\n", esc(label(lang, "board_no_monitoring")));
  out += fmt::format(
      "<p class=\"note\">{}</p>\n",
      esc(label_fmt(lang, "board_progress_how", date_text(r.date), percent(r.progress / 100, 0),
                    amount(r.spent), amount(r.planned), r.unit)));
  // A cancelled task is not to come: it is named apart, never "not started yet".
  auto cancelled = [](const TaskResult& t) { return t.status.id == "cancelled"; };
  // On the whole poster the tasks not started yet (0 %, nothing spent, not late) are named in
  // one sentence with what is planned for them; their bars would all be empty.
  auto waiting = [&](const TaskResult& t) {
    return compact && t.progress <= 0 && t.spent <= 0 && !t.delayed && t.in_plan && !cancelled(t);
  };
  std::string not_started, stopped;
  for (const auto& t : r.tasks)
    if (cancelled(t)) stopped += (stopped.empty() ? "" : "; ") + esc(t.task);
  for (const auto& t : r.tasks)
    if (waiting(t))
      not_started +=
          (not_started.empty() ? "" : "; ") +
          fmt::format("{} <span class=\"money\">({})</span>", esc(t.task), amount(t.planned));
  out += "<div class=\"cols\">\n<ul class=\"bars progress\">\n";
  for (const auto& t : r.tasks) {
    if (waiting(t) || cancelled(t)) continue;
    // Spent against planned beside the percentage; the note above says which is which.
    const std::string spent =
        t.in_plan ? label_fmt(lang, "board_spent_of", amount(t.spent), amount(t.planned))
                  : label_fmt(lang, "board_spent", amount(t.spent));
    // A late task says so in words, as `vap monitor` marks it: delayed (its status) or overdue
    // (past its end and not done).
    std::string flag;
    if (t.delayed)
      flag = fmt::format(" <span class=\"flag\">{}</span>",
                         esc(label(lang, t.status.id == "delayed" ? "board_delayed" : "board_overdue")));
    out += fmt::format("<li><span class=\"name\">{}{}</span>{}<span class=\"value\">{}</span><span "
                       "class=\"money{}\">{}</span></li>\n",
                       esc(t.task), flag, bar(t.progress / 100, t.delayed ? "late" : "done"),
                       percent(t.progress / 100, 0), t.overspent ? " over" : "", esc(spent));
  }
  out += "</ul>\n</div>\n";
  if (!not_started.empty())
    out +=
        fmt::format("<p><b>{}:</b> {}</p>\n", esc(label(lang, "board_not_started")), not_started);
  if (!stopped.empty())
    out += fmt::format("<p><b>{}:</b> {}</p>\n", esc(label(lang, "board_cancelled")), stopped);
  return out + "</section>\n";
}

// How tall a panel's text is, in lines of the poster's base font, when its columns are `column`
// ems wide: each heading, paragraph, list item and table row, wrapped at an average width per
// character (a space 0.32 em, other ASCII 0.62, Cyrillic and the rest 0.68), headings at their
// size, a progress bar as 0.6 of a line more.
double panel_lines(std::string_view html, double column) {
  auto text_ems = [](std::string_view h) {
    double ems = 0;
    bool tag = false, space = true;
    for (std::size_t i = 0; i < h.size(); ++i) {
      const auto c = static_cast<unsigned char>(h[i]);
      if (c == '<') tag = true;
      if (!tag && (c & 0xC0) != 0x80) {
        const bool blank = c == ' ' || c == '\n';
        if (!(blank && space)) ems += blank ? 0.32 : c < 0x80 ? 0.62 : 0.68;
        space = blank;
      }
      if (c == '>') tag = false;
    }
    return ems;
  };
  double lines = 0;
  for (std::size_t at = 0; (at = html.find('<', at)) != std::string_view::npos; ++at) {
    std::string_view name;
    for (std::string_view t : {"h2", "h3", "p", "li", "tr"})
      if (html.compare(at + 1, t.size(), t) == 0 &&
          (html[at + 1 + t.size()] == ' ' || html[at + 1 + t.size()] == '>'))
        name = t;
    if (name.empty()) continue;
    const std::size_t end = html.find("</" + std::string(name) + ">", at);
    if (end == std::string_view::npos) break;
    const std::string_view block = html.substr(at, end - at);
    const std::string_view open = block.substr(0, block.find('>'));
    const double size = name == "h2"                                  ? 1.3
                        : name == "h3"                                ? 1.05
                        : open.find("note") != std::string_view::npos ? 0.9
                                                                      : 1.0;
    lines += std::max(1.0, std::ceil(text_ems(block) * size / column)) * size * 1.15;
    if (name == "h2") lines += 0.5;
    if (name == "li" && block.find("track") != std::string_view::npos) lines += 0.6;
    at = end;
  }
  return lines;
}

// The poster's base font (16 pt on A3, 11 pt on A4, where a column holds about 24 ems and the
// page about 72 lines) made smaller when its text would not leave a fifth of the page free
// (the estimate is rough, and a panel that does not fit goes whole to a second page): the
// height goes as the square of the font, so the font as the root of the ratio, down to 70 %.
std::string base_font(const std::vector<std::pair<std::string, std::string>>& panels, bool alone,
                      Paper paper) {
  constexpr double k_column = 24;
  constexpr double k_room = 59;      // lines of the page the text may take (of about 72)
  double height = alone ? 2.5 : 5.5; // the title, the footer and the gaps between the panels
  double first_row = 0;
  for (const auto& [name, html] : panels) {
    const bool across = name == "plan" || name == "progress";
    if (across)
      height += panel_lines(html, k_column) / 2;
    else if (alone)
      height += panel_lines(html, 2 * k_column);
    else
      first_row = std::max(first_row, panel_lines(html, k_column));
  }
  height += first_row;
  const double scale = std::clamp(std::sqrt(k_room / height), 0.7, 1.0);
  return fixed((paper == Paper::a3 ? 16 : 11) * scale, 1);
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

std::string render_board(const MunicipalityResults& r, const BoardOptions& o) {
  const Municipality& m = *r.municipality;
  const Lang lang = o.lang;
  const PlanSummary plan = r.plan ? *r.plan : PlanSummary{};
  std::vector<std::pair<std::string, std::string>> parts; // (panel, its HTML)
  auto wanted = [&](BoardPanel p) { return !o.panel || *o.panel == p; };
  // The whole poster is one page: the priorities beside the groups, then the plan and the
  // progress across; names beyond the first responsible person and the group leaders are on
  // the posters of one panel (--panel plan, --panel groups).
  const bool alone = o.panel.has_value();
  // On the whole poster who took part goes under the groups, to even out the first row.
  if (wanted(BoardPanel::priorities))
    parts.emplace_back("priorities", panel_priorities(r, lang, alone));
  if (wanted(BoardPanel::groups))
    parts.emplace_back(
        "groups",
        panel_groups(plan, lang, alone,
                     alone ? std::string() : participation(r.participation, lang, true)));
  if (wanted(BoardPanel::plan)) parts.emplace_back("plan", panel_plan(r, plan, lang, alone));
  if (wanted(BoardPanel::progress))
    parts.emplace_back("progress",
                       panel_progress(r.monitoring ? *r.monitoring : MonitorResult{}, lang, !alone));
  std::string panels;
  for (const auto& [name, html] : parts)
    panels += html;
  Data d;
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
  d.set("base", base_font(parts, alone, o.paper));
  d.set("single", o.panel.has_value());
  std::string html = render_template("board.html.mustache", d, lang, Markup::html, o.templates_dir);
  html.erase(0, html.find_first_not_of(" \t\r\n"));
  return html;
}

} // namespace vap
