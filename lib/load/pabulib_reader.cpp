#include "vap/pabulib_reader.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <climits>

namespace vap {
namespace {

enum class Section { none, meta, projects, votes };

// A field of a line: its text (unquoted and trimmed) and the byte where it starts.
struct Field {
  std::string text;
  std::size_t col = 0;
};

// An exact decimal as typed: units of 10^-places.
struct Decimal {
  long long units = 0;
  int places = 0;
};

constexpr int k_max_places = 9;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_none(std::string_view s) {
  return s.empty() || lower(s) == "none";
}

// "12", "12.5", "12,5", "-3": digits with at most one decimal point or comma.
std::optional<Decimal> parse_decimal(std::string_view s) {
  Decimal d;
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  bool point = false, digits = false;
  __extension__ __int128 units = 0;
  for (char c : s) {
    if (c == '.' || c == ',') {
      if (point) return std::nullopt;
      point = true;
    } else if (c >= '0' && c <= '9') {
      digits = true;
      units = units * 10 + (c - '0');
      if (point) ++d.places;
      if (units > LLONG_MAX || d.places > k_max_places) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  d.units = static_cast<long long>(negative ? -units : units);
  return d;
}

std::optional<long long> parse_whole(std::string_view s) {
  auto d = parse_decimal(s);
  if (!d || d->places != 0) return std::nullopt;
  return d->units;
}

// `d` in units of 10^-places, or nullopt when it does not fit.
std::optional<long long> rescale(Decimal d, int places) {
  __extension__ __int128 v = d.units;
  for (int i = d.places; i < places; ++i)
    v *= 10;
  if (v > LLONG_MAX || v < LLONG_MIN) return std::nullopt;
  return static_cast<long long>(v);
}

Sex parse_sex(std::string_view s) {
  const std::string l = lower(s);
  if (l == "f" || l == "k") return Sex::female; // K: kobieta, in Polish files
  if (l == "m") return Sex::male;
  if (l == "o") return Sex::other;
  return Sex::unknown;
}

class Reader {
public:
  Reader(const Sources& sources, std::uint32_t file, Diagnostics& diags)
      : m_sources(sources), m_file(file), m_diags(diags), m_lang(diags.lang()) {}
  std::optional<PbElection> read();

private:
  void error(std::size_t line0, std::size_t col, std::string message) {
    m_diags.error(m_sources.at(m_file, line0, col), std::move(message));
    m_failed = true;
  }
  void warning(std::size_t line0, std::size_t col, std::string message) {
    m_diags.warning(m_sources.at(m_file, line0, col), std::move(message));
  }
  bool split(std::string_view line, std::size_t line0);
  int column(std::string_view name) const;
  void header(std::size_t line0);
  void meta_row(std::size_t line0);
  void project_row(std::size_t line0);
  void start_votes(std::size_t line0);
  void vote_row(std::size_t line0);
  void finish(std::size_t lines);
  // The field of a row at `column`, trimmed; empty when the row has none there.
  const Field* field(int column) const {
    return column >= 0 && static_cast<std::size_t>(column) < m_fields.size() ? &m_fields[column]
                                                                             : nullptr;
  }

  const Sources& m_sources;
  std::uint32_t m_file;
  Diagnostics& m_diags;
  Lang m_lang;
  bool m_failed = false;

  PbElection m_e;
  std::vector<Field> m_fields;
  std::size_t m_count = 0; // fields of the current row
  Section m_section = Section::none;
  bool m_expect_header = false;
  std::vector<std::string> m_header;
  std::size_t m_section_line[4] = {0, 0, 0, 0}; // 1-based; 0: not seen
  std::vector<std::size_t> m_meta_line;         // per META row
  std::optional<Decimal> m_budget;
  std::vector<Decimal> m_costs;
  std::vector<std::pair<std::string_view, std::uint32_t>> m_ids; // sorted, for the votes
  std::vector<unsigned char> m_points_places;                    // per ballot entry
  std::vector<std::uint32_t> m_voter_line;                       // 0-based, per voter
  int m_vote = -1, m_points = -1, m_voter = -1, m_sex = -1, m_age = -1;
  std::vector<std::pair<std::uint32_t, long long>> m_entries;
  std::vector<char> m_seen;          // per project, for duplicates within a vote
  std::vector<std::string> m_broken; // ids of project lines that could not be read
};

bool Reader::split(std::string_view line, std::size_t line0) {
  // As Python's csv reader with ';': a field that starts with '"' is quoted ('""' a quote);
  // after its closing quote, characters up to the next ';' are kept as they are.
  m_count = 0;
  std::size_t i = 0;
  while (true) {
    if (m_fields.size() <= m_count) m_fields.emplace_back();
    Field& f = m_fields[m_count++];
    f.text.clear();
    std::size_t start = i;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
      ++start;
    if (start < line.size() && line[start] == '"') {
      std::size_t j = start + 1;
      bool closed = false;
      while (j < line.size()) {
        if (line[j] == '"') {
          if (j + 1 < line.size() && line[j + 1] == '"') {
            f.text += '"';
            j += 2;
            continue;
          }
          closed = true;
          ++j;
          break;
        }
        f.text += line[j++];
      }
      if (!closed) {
        error(
            line0, start,
            msg(m_lang, "this quoted field has no closing quote (\") before the end of the line"));
        return false;
      }
      const std::size_t end = std::min(line.find(';', j), line.size());
      f.text += line.substr(j, end - j);
      f.text = std::string(trim(f.text));
      f.col = start;
      i = end;
    } else {
      const std::size_t end = std::min(line.find(';', i), line.size());
      f.text.assign(trim(line.substr(i, end - i)));
      f.col = start < end ? start : i;
      i = end;
    }
    if (i >= line.size()) break;
    ++i; // the ';'
  }
  return true;
}

int Reader::column(std::string_view name) const {
  for (std::size_t i = 0; i < m_header.size(); ++i)
    if (m_header[i] == name) return static_cast<int>(i);
  return -1;
}

void Reader::header(std::size_t line0) {
  m_header.clear();
  for (std::size_t i = 0; i < m_count; ++i)
    m_header.push_back(m_fields[i].text);
  m_expect_header = false;
  if (m_section == Section::meta) {
    // Some of pabulib's own files have no header here: the line is read as a META line.
    if (m_count != 2 || lower(m_header[0]) != "key" || lower(m_header[1]) != "value") {
      warning(line0, 0,
              msg(m_lang, "the line after META should be the header key;value; it is read as a "
                          "META line"));
      meta_row(line0);
    }
  } else if (m_section == Section::projects) {
    if (m_header.empty() || m_header[0] != "project_id")
      error(line0, 0, msg(m_lang, "the first column of PROJECTS must be project_id"));
    else if (column("cost") < 0)
      error(line0, 0, msg(m_lang, "PROJECTS has no column '{}'", "cost"));
  } else {
    start_votes(line0);
  }
}

void Reader::meta_row(std::size_t line0) {
  if (m_count != 2) {
    error(line0, m_count > 2 ? m_fields[2].col : 0,
          msg(m_lang,
              "a META line is key;value; this one has {} {0, plural, one {field} other {fields}}",
              m_count));
    return;
  }
  const std::string& key = m_fields[0].text;
  const std::string& value = m_fields[1].text;
  for (std::size_t i = 0; i < m_e.meta.size(); ++i)
    if (m_e.meta[i].first == key) {
      error(line0, 0,
            msg(m_lang, "'{}' is in META twice (first at line {})", key, m_meta_line[i] + 1));
      return;
    }
  if (key == "budget") {
    m_budget = parse_decimal(value);
    if (!m_budget || m_budget->units < 0)
      error(line0, m_fields[1].col,
            msg(m_lang, "the budget must be a number of at least 0, here: '{}'", value));
  } else if (key == "vote_type") {
    if (auto t = parse_vote_type(value))
      m_e.vote_type = *t;
    else
      error(line0, m_fields[1].col,
            msg(m_lang,
                "'{}' is not a vote type; pabulib's are approval, cumulative, scoring and "
                "ordinal",
                value));
  }
  m_e.meta.emplace_back(key, value);
  m_meta_line.push_back(line0);
}

void Reader::project_row(std::size_t line0) {
  if (m_count != m_header.size()) {
    error(line0, m_count > m_header.size() ? m_fields[m_header.size()].col : 0,
          msg(m_lang,
              "this line has {} {0, plural, one {field} other {fields}}; the header of PROJECTS "
              "has {}",
              m_count, m_header.size()));
    return;
  }
  PbProject p;
  p.id = m_fields[0].text;
  p.pos = m_sources.at(m_file, line0, m_fields[0].col);
  if (p.id.empty()) {
    error(line0, m_fields[0].col, msg(m_lang, "a project needs its project_id"));
    return;
  }
  Decimal cost;
  for (std::size_t i = 1; i < m_count; ++i) {
    const std::string& key = m_header[i];
    const Field& f = m_fields[i];
    if (is_none(f.text)) {
      if (key == "cost") error(line0, f.col, msg(m_lang, "project '{}' has no cost", p.id));
      continue;
    }
    if (key == "cost") {
      auto d = parse_decimal(f.text);
      if (!d || d->units < 0)
        error(line0, f.col,
              msg(m_lang, "a cost must be a number of at least 0, here: '{}'", f.text));
      else
        cost = *d;
    } else if (key == "category" || key == "categories" || key == "target" || key == "targets") {
      auto& list = key[0] == 'c' ? p.categories : p.targets;
      std::size_t from = 0;
      while (from <= f.text.size()) {
        const std::size_t comma = std::min(f.text.find(',', from), f.text.size());
        const std::string_view item = trim(std::string_view(f.text).substr(from, comma - from));
        if (!item.empty()) list.emplace_back(item);
        from = comma + 1;
      }
    } else if (key == "selected" || key == "votes" || key == "score") {
      auto n = parse_whole(f.text);
      if (!n) {
        // pabutools keeps these as text; vap reads whole numbers only.
        error(line0, f.col, msg(m_lang, "'{}' must be a whole number, here: '{}'", key, f.text));
        continue;
      }
      if (key == "selected")
        p.selected = static_cast<int>(*n);
      else
        (key == "votes" ? p.votes : p.score) = *n;
    } else if (key == "name") {
      p.name = f.text;
    }
  }
  for (const auto& q : m_e.projects)
    if (q.id == p.id) {
      error(line0, m_fields[0].col,
            msg(m_lang, "project '{}' is listed twice (first at line {})", p.id, q.pos.line));
      return;
    }
  m_costs.push_back(cost);
  m_e.projects.push_back(std::move(p));
}

void Reader::start_votes(std::size_t line0) {
  m_voter = column("voter_id");
  m_vote = column("vote");
  m_points = column("points");
  m_sex = column("sex");
  m_age = column("age");
  for (std::string_view need : {"voter_id", "vote"})
    if (column(need) < 0) error(line0, 0, msg(m_lang, "VOTES has no column '{}'", need));
  if (m_points < 0 && (m_e.vote_type == VoteType::cumulative || m_e.vote_type == VoteType::scoring))
    error(line0, 0,
          msg(m_lang, "VOTES has no column 'points', which {} votes need",
              vote_type_name(m_e.vote_type)));
  m_ids.clear();
  for (std::uint32_t p = 0; p < m_e.projects.size(); ++p)
    m_ids.emplace_back(m_e.projects[p].id, p);
  std::sort(m_ids.begin(), m_ids.end());
  m_seen.assign(m_e.projects.size(), 0);
}

void Reader::vote_row(std::size_t line0) {
  if (m_count != m_header.size()) {
    error(
        line0, m_count > m_header.size() ? m_fields[m_header.size()].col : 0,
        msg(m_lang,
            "this line has {} {0, plural, one {field} other {fields}}; the header of VOTES has {}",
            m_count, m_header.size()));
    return;
  }
  if (m_voter < 0 || m_vote < 0) return;
  const Field& id = m_fields[m_voter];
  if (id.text.empty()) {
    error(line0, id.col, msg(m_lang, "a vote needs its voter_id"));
    return;
  }
  m_entries.clear();
  const Field& vote = m_fields[m_vote];
  const bool cardinal = m_e.vote_type == VoteType::cumulative || m_e.vote_type == VoteType::scoring;
  const Field* points = cardinal ? field(m_points) : nullptr;
  std::size_t from = 0, pfrom = 0, position = 0;
  const std::string_view vt = is_none(vote.text) ? std::string_view() : vote.text;
  const std::string_view pt =
      points && !is_none(points->text) ? std::string_view(points->text) : std::string_view();
  bool ok = true;
  while (from < vt.size() || (from == 0 && !vt.empty())) {
    const std::size_t comma = std::min(vt.find(',', from), vt.size());
    const std::string_view name = trim(vt.substr(from, comma - from));
    const std::size_t col = vote.col + from;
    from = comma + 1;
    if (name.empty()) {
      if (comma >= vt.size()) break;
      continue;
    }
    auto it = std::lower_bound(m_ids.begin(), m_ids.end(), std::make_pair(name, 0u),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    if (it == m_ids.end() || it->first != name) {
      if (std::find(m_broken.begin(), m_broken.end(), name) == m_broken.end())
        error(line0, col, msg(m_lang, "'{}' is not a project of this file", name));
      ok = false;
      continue;
    }
    const std::uint32_t p = it->second;
    if (m_seen[p]) {
      error(line0, col, msg(m_lang, "the vote lists '{}' twice", name));
      ok = false;
      continue;
    }
    m_seen[p] = 1;
    long long value = 1;
    unsigned char places = 0;
    if (cardinal) {
      const std::size_t pcomma = std::min(pt.find(',', pfrom), pt.size());
      const std::string_view text = pfrom < pt.size() ? trim(pt.substr(pfrom, pcomma - pfrom)) : "";
      auto d = parse_decimal(text);
      if (pfrom >= pt.size() && !pt.empty()) {
        error(line0, points->col + pt.size(),
              msg(m_lang, "the vote names more projects than it gives points"));
        ok = false;
        break;
      }
      if (!d || d->units < 0) {
        error(line0, points ? points->col + pfrom : vote.col,
              msg(m_lang, "points must be numbers of at least 0, here: '{}'", text));
        ok = false;
      } else {
        value = d->units;
        places = static_cast<unsigned char>(d->places);
      }
      pfrom = pcomma + 1;
    } else if (m_e.vote_type == VoteType::ordinal) {
      value = static_cast<long long>(position); // made points in finish()
    }
    ++position;
    m_entries.emplace_back(p, value);
    m_points_places.push_back(places);
  }
  if (cardinal && ok && pfrom < pt.size())
    error(line0, points->col + pfrom,
          msg(m_lang, "the vote gives more points than it names projects"));
  for (const auto& [p, value] : m_entries)
    m_seen[p] = 0;
  Sex sex = Sex::unknown;
  short age = -1;
  if (const Field* s = field(m_sex)) sex = parse_sex(s->text);
  if (const Field* a = field(m_age))
    if (auto n = parse_whole(a->text); n && *n >= 0 && *n <= 150) age = static_cast<short>(*n);
  m_e.add_voter(id.text, m_entries, sex, age);
  m_voter_line.push_back(static_cast<std::uint32_t>(line0));
}

void Reader::finish(std::size_t lines) {
  // Voter ids once each.
  std::vector<std::uint32_t> order(m_e.voters());
  for (std::uint32_t v = 0; v < order.size(); ++v)
    order[v] = v;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return m_e.voter_ids[a] < m_e.voter_ids[b];
  });
  for (std::size_t i = 1; i < order.size(); ++i)
    if (m_e.voter_ids[order[i]] == m_e.voter_ids[order[i - 1]])
      error(m_voter_line[order[i]], 0,
            msg(m_lang, "voter '{}' votes twice (first at line {})", m_e.voter_ids[order[i]],
                m_voter_line[order[i - 1]] + 1));
  const char* names[4] = {"", "META", "PROJECTS", "VOTES"};
  for (int s = 1; s <= 3; ++s)
    if (!m_section_line[s])
      error(lines ? lines - 1 : 0, 0, msg(m_lang, "the file has no {} section", names[s]));
  if (m_failed) return;
  if (!m_budget) {
    error(m_section_line[1] - 1, 0, msg(m_lang, "META has no '{}'", "budget"));
    return;
  }
  if (m_e.meta_value("vote_type").empty()) {
    error(m_section_line[1] - 1, 0, msg(m_lang, "META has no '{}'", "vote_type"));
    return;
  }
  // Amounts in one scale: the most decimals any of them has.
  int places = m_budget->places;
  for (const auto& c : m_costs)
    places = std::max(places, c.places);
  m_e.money_places = places;
  auto budget = rescale(*m_budget, places);
  if (!budget)
    error(m_section_line[1] - 1, 0, msg(m_lang, "the amounts of this file are too large"));
  for (std::size_t p = 0; p < m_costs.size(); ++p) {
    auto cost = rescale(m_costs[p], places);
    if (!cost) {
      m_diags.error(m_e.projects[p].pos, msg(m_lang, "the amounts of this file are too large"));
      m_failed = true;
    } else {
      m_e.projects[p].cost = *cost;
    }
  }
  if (m_failed) return;
  m_e.budget = *budget;
  if (m_e.vote_type == VoteType::ordinal) {
    // A ranking's points as pabulib counts its score: max_length for the first, one less for each
    // next (max_length: META's, or the longest ranking when it is longer).
    long long longest = 0;
    for (std::size_t v = 0; v < m_e.voters(); ++v)
      longest = std::max<long long>(longest, m_e.ballot_start[v + 1] - m_e.ballot_start[v]);
    if (auto n = parse_whole(m_e.meta_value("max_length")); n && *n > longest) longest = *n;
    for (auto& pts : m_e.ballot_points)
      pts = longest - pts;
  } else {
    int pp = 0;
    for (unsigned char x : m_points_places)
      pp = std::max<int>(pp, x);
    m_e.points_places = pp;
    for (std::size_t k = 0; k < m_e.ballot_points.size(); ++k)
      m_e.ballot_points[k] *= power_of_ten(pp - m_points_places[k]);
  }
  // What META and PROJECTS say against what the file holds: warnings.
  for (std::size_t i = 0; i < m_e.meta.size(); ++i) {
    const auto& [key, value] = m_e.meta[i];
    const std::size_t real = key == "num_votes" ? m_e.voters() : m_e.projects.size();
    if (key != "num_votes" && key != "num_projects") continue;
    if (auto n = parse_whole(value); n && *n != static_cast<long long>(real))
      warning(m_meta_line[i], 0, msg(m_lang, "{} says {}, and the file has {}", key, value, real));
  }
  std::vector<long long> voters_of(m_e.projects.size(), 0);
  for (std::uint32_t p : m_e.ballot_project)
    ++voters_of[p];
  for (std::size_t p = 0; p < m_e.projects.size(); ++p)
    if (m_e.projects[p].votes && *m_e.projects[p].votes != voters_of[p])
      m_diags.warning(m_e.projects[p].pos,
                      msg(m_lang,
                          "project '{}' has {} {1, plural, one {vote} other {votes}} in PROJECTS "
                          "and {} in VOTES",
                          m_e.projects[p].id, *m_e.projects[p].votes, voters_of[p]));
}

std::optional<PbElection> Reader::read() {
  const std::string& text = m_sources.text(m_file);
  m_e.source = m_sources.path(m_file);
  std::size_t line0 = 0;
  for (std::size_t at = 0; at < text.size(); ++line0) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!split(line, line0)) {
      // A project whose line cannot be read: its votes are not errors of their own.
      if (m_section == Section::projects && !m_expect_header)
        m_broken.emplace_back(trim(line.substr(0, line.find(';'))));
      continue;
    }
    bool blank = true;
    for (std::size_t i = 0; i < m_count && blank; ++i)
      blank = m_fields[i].text.empty();
    if (blank) continue;
    const std::string title = lower(m_fields[0].text);
    const Section s = title == "meta"       ? Section::meta
                      : title == "projects" ? Section::projects
                      : title == "votes"    ? Section::votes
                                            : Section::none;
    if (s != Section::none && m_count == 1) {
      const int k = static_cast<int>(s);
      if (m_section_line[k]) {
        error(line0, 0,
              msg(m_lang, "a second {} section (the first is at line {})", m_fields[0].text,
                  m_section_line[k]));
        return std::nullopt;
      }
      if (k > 1 && !m_section_line[k - 1])
        error(line0, 0, msg(m_lang, "the sections must come in the order META, PROJECTS, VOTES"));
      m_section_line[k] = line0 + 1;
      m_section = s;
      m_expect_header = true;
      continue;
    }
    if (m_expect_header) {
      header(line0);
      continue;
    }
    switch (m_section) {
    case Section::none:
      error(line0, 0, msg(m_lang, "a pabulib file starts with META; this line comes before it"));
      return std::nullopt;
    case Section::meta:
      meta_row(line0);
      break;
    case Section::projects:
      project_row(line0);
      break;
    case Section::votes:
      vote_row(line0);
      break;
    }
    if (m_diags.full(m_file)) break;
  }
  finish(line0);
  if (m_failed) return std::nullopt;
  return std::move(m_e);
}

} // namespace

std::optional<PbElection> parse_pabulib(const Sources& sources, std::uint32_t file,
                                        Diagnostics& diags) {
  return Reader(sources, file, diags).read();
}

} // namespace vap
