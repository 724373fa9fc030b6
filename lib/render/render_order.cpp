// The head of the ayil okmotu's order approving the initiative groups' members: its points (the
// groups, their leaders, the gender balance, the villages without anyone) and the lists, one per
// problem (the annex).
#include "vap/render_papers.hpp"

namespace vap {

Data order_data(const OrderPaper& p, Lang lang) {
  Data d = paper_data(p.header, lang);
  d.set("year", std::to_string(p.year));
  d.set("preamble", paper_fmt(lang, "paper_order_preamble", p.year));
  std::vector<std::string> points;
  std::vector<std::string> groups, leaders, unbalanced;
  for (const auto& g : p.groups) {
    const std::string name = g.problem.label(lang);
    groups.push_back(paper_fmt(lang, "paper_order_group", name, g.members.size()));
    if (!g.leader.empty()) leaders.push_back(paper_fmt(lang, "paper_order_leader", name, g.leader));
    if (!g.balanced)
      unbalanced.push_back(paper_fmt(lang, "paper_order_group_gender", name, g.women, g.men));
  }
  if (!groups.empty()) {
    std::string joined;
    for (const auto& g : groups)
      joined += (joined.empty() ? "" : "; ") + g;
    points.push_back(paper_fmt(lang, "paper_order_approve", joined));
  }
  if (!leaders.empty()) {
    std::string joined;
    for (const auto& l : leaders)
      joined += (joined.empty() ? "" : "; ") + l;
    points.push_back(paper_fmt(lang, "paper_order_leaders", joined));
  }
  if (!groups.empty()) {
    std::string gender = paper_fmt(lang, "paper_order_gender", p.people, p.women, p.men);
    if (unbalanced.empty())
      gender += " " + std::string(label(lang, "paper_order_balanced"));
    else
      gender += " " + paper_fmt(lang, "paper_order_unbalanced", paper_list(lang, unbalanced));
    points.push_back(gender);
  }
  if (!p.villages_without_group.empty())
    points.push_back(
        paper_fmt(lang, "paper_order_villages", paper_list(lang, p.villages_without_group)));
  points.push_back(std::string(label(lang, "paper_order_lead")));
  points.push_back(std::string(label(lang, "paper_order_post")));
  points.push_back(std::string(label(lang, "paper_order_control")));
  d.set("points", numbered(points, "text"));

  Data lists = list(p.groups.size());
  int n = 0;
  for (const auto& g : p.groups) {
    Data item;
    item.set("number", std::to_string(++n));
    item.set("problem", g.problem.label(lang));
    item.set("members", member_rows(g.members, lang));
    item.set("count", paper_fmt(lang, "paper_group_count", g.members.size(), g.women, g.men));
    append(lists, std::move(item));
  }
  d.set("groups", lists);
  d.set("no_groups", p.groups.empty());
  std::vector<std::string> fill = {std::string(label(lang, "paper_fill_order_number")),
                                   std::string(label(lang, "paper_fill_control")),
                                   std::string(label(lang, "paper_fill_signature"))};
  d.set("draft_note", paper_fmt(lang, "paper_draft_note", paper_list(lang, fill)));
  return d;
}

} // namespace vap
