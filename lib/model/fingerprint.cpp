#include "vap/fingerprint.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace vap {
namespace {

// Fields end with a byte no text holds, so that "a" + "bc" is not "ab" + "c".
constexpr char k_end = '\x1F';

void add(std::string& out, std::string_view text) {
  out.append(text);
  out += k_end;
}
void add(std::string& out, const Ref& r) {
  add(out, r.id.empty() ? match_key(r.text) : r.id);
}
void add(std::string& out, const Count& c) {
  add(out, c.by_gender() ? fmt::format("{}/{}", c.women.value_or(-1), c.men.value_or(-1))
                         : std::to_string(c.total));
}

} // namespace

std::string session_content(const Session& s) {
  std::string out;
  add(out, date_text(s.date));
  add(out, match_key(s.village.text));
  add(out, s.group);
  add(out, s.participants);
  add(out, s.facilitator);
  add(out, s.note);
  if (s.map) {
    add(out, "map");
    for (const auto& o : *s.map) {
      add(out, o.name.text);
      add(out, o.category);
      add(out, o.condition ? o.condition->id : std::string());
      add(out, o.note);
      add(out, o.location ? fmt::format("{},{}", o.location->first, o.location->second) : "");
    }
  }
  if (s.venn) {
    add(out, "venn");
    for (const auto& e : *s.venn) {
      add(out, e.institution);
      add(out, e.type);
      add(out, std::to_string(e.importance * 10 + e.closeness));
      add(out, e.note);
    }
  }
  if (s.pie) {
    // A side's items in any order are one pie.
    for (const auto* side : {&s.pie->revenue, &s.pie->expenditure}) {
      add(out, side == &s.pie->revenue ? "revenue" : "expenditure");
      std::vector<std::string> items;
      for (const auto& sh : *side)
        items.push_back((sh.item.id.empty() ? match_key(sh.item.text) : sh.item.id) + "=" +
                        fmt::format("{}", sh.value));
      std::sort(items.begin(), items.end());
      for (const auto& i : items)
        add(out, i);
    }
  }
  if (s.gallery) {
    add(out, "gallery");
    add(out, std::to_string(s.gallery->dots_per_participant));
    std::vector<std::string> votes;
    for (const auto& v : s.gallery->votes) {
      std::string one = v.problem.id.empty() ? match_key(v.problem.text) : v.problem.id;
      add(one, v.dots);
      votes.push_back(std::move(one));
    }
    std::sort(votes.begin(), votes.end());
    for (const auto& v : votes)
      add(out, v);
  }
  return out;
}

} // namespace vap
