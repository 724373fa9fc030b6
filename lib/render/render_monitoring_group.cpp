// The monitoring group (БМжБ) for the ayil kenesh to approve: its members as the latest
// monitoring round lists them (or a form to fill in), checked against the method, with what is
// missing named.
#include "vap/render_papers.hpp"

namespace vap {
namespace {

std::string gap_text(const TeamGapItem& g, const MonitoringGroupPaper& p, Lang lang) {
  switch (g.gap) {
  case TeamGap::no_team:
    return paper_fmt(lang, "paper_gap_no_team", p.size_wanted);
  case TeamGap::community_short:
    return paper_fmt(lang, "paper_gap_community", g.count);
  case TeamGap::no_lsg_staff:
    return std::string(label(lang, "paper_gap_lsg"));
  case TeamGap::no_deputy:
    return std::string(label(lang, "paper_gap_deputy"));
  case TeamGap::village_missing:
    return paper_fmt(lang, "paper_gap_village", g.village);
  case TeamGap::no_women:
    return std::string(label(lang, "paper_gap_no_women"));
  case TeamGap::no_men:
    return std::string(label(lang, "paper_gap_no_men"));
  case TeamGap::unbalanced:
    return paper_fmt(lang, "paper_gap_unbalanced", p.women, p.men);
  case TeamGap::unknown_gender:
    return paper_fmt(lang, "paper_gap_unknown_gender", g.count);
  case TeamGap::unknown_role:
    return paper_fmt(lang, "paper_gap_unknown_role", g.count);
  case TeamGap::large:
    break;
  }
  return paper_fmt(lang, "paper_gap_large", g.count);
}

bool has_gap(const MonitoringGroupPaper& p, TeamGap gap) {
  for (const auto& g : p.gaps)
    if (g.gap == gap) return true;
  return false;
}

} // namespace

Data monitoring_group_data(const MonitoringGroupPaper& p, Lang lang) {
  Data d = paper_data(p.header, lang);
  const bool team = !p.team.members.empty();
  if (team) {
    d.set("members_title", paper_fmt(lang, "paper_group_members",
                                     p.team.date ? paper_date(lang, *p.team.date) : ""));
    d.set("team", member_rows(p.team.members, lang));
  } else {
    d.set("members_title", std::string(label(lang, "paper_group_form")));
    d.set("team", team_form_rows(p.community_wanted, lang));
  }
  // The check, criterion by criterion: what the method wants, what the group has.
  const std::string ok(label(lang, "paper_check_ok"));
  const std::string short_(label(lang, "paper_check_short"));
  const int size = static_cast<int>(p.team.members.size());
  const std::size_t villages = p.header.villages.size();
  struct Row {
    std::string_view criterion;
    std::string wanted;
    std::string found;
    bool met;
  };
  const std::vector<Row> rows = {
      {"paper_check_size", paper_fmt(lang, "paper_check_about", p.size_wanted),
       std::to_string(size), team && !has_gap(p, TeamGap::large) && size + 2 >= p.size_wanted},
      {"paper_check_community", paper_fmt(lang, "paper_check_at_least", p.community_wanted),
       std::to_string(p.community), team && p.community >= p.community_wanted},
      {"paper_check_lsg", paper_fmt(lang, "paper_check_at_least", 1), std::to_string(p.lsg_staff),
       p.lsg_staff > 0},
      {"paper_check_deputy", paper_fmt(lang, "paper_check_at_least", 1), std::to_string(p.deputies),
       p.deputies > 0},
      {"paper_check_villages", paper_fmt(lang, "paper_check_all_villages", villages),
       std::to_string(p.villages_covered),
       team && p.villages_covered == static_cast<int>(villages)},
      {"paper_check_gender", std::string(label(lang, "paper_check_balanced")),
       std::to_string(p.women) + " / " + std::to_string(p.men),
       team && p.women > 0 && p.men > 0 && !has_gap(p, TeamGap::unbalanced)},
  };
  Data check = list(rows.size());
  for (const auto& r : rows) {
    Data item;
    item.set("criterion", std::string(label(lang, r.criterion)));
    item.set("wanted", r.wanted);
    item.set("found", r.found);
    item.set("verdict", r.met ? ok : short_);
    append(check, std::move(item));
  }
  d.set("check", check);
  Data gaps = list(p.gaps.size());
  for (const auto& g : p.gaps)
    append(gaps, Data("text", gap_text(g, p, lang)));
  d.set("gaps", gaps);
  d.set("complete", p.gaps.empty());
  return d;
}

} // namespace vap
