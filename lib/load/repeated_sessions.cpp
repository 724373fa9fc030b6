// Sessions typed twice (check_repeated_sessions, vap/load.hpp): two session files with the same
// content are an error ("a copied file?"); two sessions of one date, village and group a warning.
#include "vap/load.hpp"

#include "vap/fingerprint.hpp"
#include "vap/i18n.hpp"
#include "vap/text.hpp"

#include <map>
#include <set>
#include <unordered_map>

namespace vap {

void check_repeated_sessions(const Program& program, const Sources& sources, Diagnostics& diags) {
  const Lang lang = diags.lang();
  // A copied file: the same content twice, in any municipality, however it was typed.
  std::map<std::string, const Session*> by_text;
  std::set<const Session*> copies;
  for (const auto& m : program.municipalities)
    for (const auto& s : m.sessions) {
      if (s.date.year == 0) continue; // its date could not be read (an error already): no twin
      auto [it, fresh] = by_text.emplace(session_content(s), &s);
      if (fresh) continue;
      copies.insert(&s);
      copies.insert(it->second);
      diags.error(s.pos, msg(lang, "the same session twice: a copied file? ({} is the same)",
                             sources.path(it->second->file)));
    }
  // The same date, village and group twice: perhaps a copy with changes, perhaps a mistake.
  // One warning at each such session, naming the first of the others and how many there are
  // (10,000 sessions of one day would otherwise give 10,000 × 9,999 warnings); two copies of the
  // same bytes are already an error and are not warned about each other.
  for (const auto& m : program.municipalities) {
    const auto& ss = m.sessions; // sorted by date, village and group: equal ones are neighbours
    std::vector<std::string> keys;
    keys.reserve(ss.size());
    for (const auto& x : ss)
      keys.push_back(match_key(x.village.text));
    // A session whose date could not be read (an error already) is no one's twin.
    auto same = [&](std::size_t i, std::size_t j) {
      return ss[i].date.year != 0 && ss[i].date == ss[j].date && ss[i].group.id == ss[j].group.id &&
             keys[i] == keys[j];
    };
    for (std::size_t begin = 0, end = 0; begin < ss.size(); begin = end) {
      for (end = begin + 1; end < ss.size() && same(begin, end); ++end) {
      }
      std::size_t plain = 0, first_plain = end; // the sessions of the run that are no copy
      for (std::size_t i = begin; i < end; ++i)
        if (!copies.count(&ss[i]) && plain++ == 0) first_plain = i;
      for (std::size_t i = begin; i < end; ++i) {
        const bool copy = copies.count(&ss[i]) > 0;
        const std::size_t others = copy ? plain : end - begin - 1;
        if (others == 0) continue;
        const std::size_t first = copy ? first_plain : (i == begin ? begin + 1 : begin);
        if (others == 1)
          diags.warning(ss[i].pos, msg(lang,
                                       "a second session of the same date, village and group is "
                                       "in {}; is one of them a copy?",
                                       sources.path(ss[first].file)));
        else
          diags.warning(ss[i].pos,
                        msg(lang,
                            "{} other sessions of the same date, village and group, the first in "
                            "{}; is one of them a copy?",
                            others, sources.path(ss[first].file)));
      }
    }
  }
}

} // namespace vap
