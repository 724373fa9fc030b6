#include "vap/parse.hpp"

namespace vap {
namespace {

void parse_map(const yaml::Node& node, YamlReader& reader, Session& s) {
  const Lang lang = reader.lang();
  std::vector<MapObject> objects;
  if (!node.IsSequence()) {
    if (!node.IsNull()) reader.not_a_list(node, "map");
    s.map = std::move(objects);
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "map", {"name", "category", "condition", "note", "location"}))
      continue;
    MapObject o;
    o.pos = reader.pos(item);
    auto name = reader.text(item, "name", "map", Need::required);
    auto category = reader.name(item, "category", "map", Need::required);
    o.condition = reader.name(item, "condition", "map", Need::optional);
    if (auto n = reader.text(item, "note", "map", Need::optional)) o.note = std::move(n->text);
    if (const yaml::Node loc = item["location"]) {
      if (!loc.IsSequence() || loc.size() != 2) {
        reader.error(
            loc, msg(lang, "'{}' must be [latitude, longitude], e.g. [41.95, 72.91]", "location"));
      } else {
        auto lat = reader.as_number(loc[0], "latitude", -90, 90);
        auto lon = reader.as_number(loc[1], "longitude", -180, 180);
        if (lat && lon) o.location = std::make_pair(*lat, *lon);
      }
    }
    if (name && category) {
      o.name = std::move(*name);
      o.category = std::move(*category);
      objects.push_back(std::move(o));
    }
  }
  s.map = std::move(objects);
}

void parse_venn(const yaml::Node& node, YamlReader& reader, Session& s) {
  std::vector<VennEntry> entries;
  if (!node.IsSequence()) {
    if (!node.IsNull()) reader.not_a_list(node, "venn");
    s.venn = std::move(entries);
    return;
  }
  for (const auto& item : node) {
    if (!reader.check_map(item, "venn", {"name", "type", "importance", "closeness", "note"}))
      continue;
    VennEntry e;
    e.pos = reader.pos(item);
    auto name = reader.name(item, "name", "venn", Need::required);
    auto type = reader.name(item, "type", "venn", Need::required);
    auto importance = reader.whole(item, "importance", "venn", Need::required, 1, 5);
    auto closeness = reader.whole(item, "closeness", "venn", Need::required, 1, 5);
    if (auto n = reader.text(item, "note", "venn", Need::optional)) e.note = std::move(n->text);
    if (name && type && importance && closeness) {
      e.institution = std::move(*name);
      e.type = std::move(*type);
      e.importance = static_cast<int>(*importance);
      e.closeness = static_cast<int>(*closeness);
      entries.push_back(std::move(e));
    }
  }
  s.venn = std::move(entries);
}

std::vector<Share> pie_side(const yaml::Node& node, std::string_view what, YamlReader& reader) {
  std::vector<Share> out;
  if (!node || node.IsNull()) return out;
  if (!node.IsMap()) {
    reader.error(node, msg(reader.lang(), "'{}' must be 'item: share' lines", what));
    return out;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto item = reader.as_text(it->first, what);
    auto value = reader.as_number(it->second, item ? item->text : std::string(what), 0, 1e9);
    if (item && value) {
      const SourcePos at = item->pos;
      out.push_back({reader.as_ref(std::move(*item)), *value, at});
    }
  }
  return out;
}

void parse_pie(const yaml::Node& node, YamlReader& reader, Session& s) {
  Pie pie;
  pie.pos = reader.pos(node);
  if (reader.check_map(node, "pie", {"revenue", "expenditure"})) {
    pie.revenue = pie_side(node["revenue"], "revenue", reader);
    pie.expenditure = pie_side(node["expenditure"], "expenditure", reader);
  }
  s.pie = std::move(pie);
}

// Where `key` is written in `map` (the mapping itself when it is not there).
SourcePos key_pos(const yaml::Node& map, std::string_view key, YamlReader& reader) {
  if (map.IsMap())
    for (auto it = map.begin(); it != map.end(); ++it)
      if (it->first.IsScalar() && it->first.Scalar() == key) return reader.pos(it->first);
  return reader.pos(map);
}

// `at` is the `gallery:` key, where messages about the gallery as a whole point.
void parse_gallery(const yaml::Node& node, SourcePos at, YamlReader& reader, Session& s) {
  const Lang lang = reader.lang();
  Gallery g;
  g.pos = at;
  if (!reader.check_map(node, "gallery", {"dots", "votes", "ballots"})) {
    s.gallery = std::move(g);
    return;
  }
  if (yaml::Node d = node["dots"]) {
    g.dots_pos = reader.pos(d);
    // A wrong `dots` is reported here; 0 then tells the checks against it to stay silent.
    auto n = reader.as_whole(d, "dots", 1, 100);
    g.dots_per_participant = n.value_or(0);
  } else {
    g.dots_pos = g.pos;
  }
  const yaml::Node votes = node["votes"];
  const yaml::Node ballots = node["ballots"];
  if (votes && ballots)
    reader.error(key_pos(node, "ballots", reader),
                 msg(lang, "a gallery has 'votes' or 'ballots', not both: keep one"));
  if (votes && !votes.IsNull()) {
    if (!votes.IsMap()) {
      reader.error(votes, msg(lang, "'{}' must be 'problem: dots' lines", "votes"));
    } else {
      for (auto it = votes.begin(); it != votes.end(); ++it) {
        auto problem = reader.as_text(it->first, "votes");
        auto dots = reader.as_count(it->second, problem ? problem->text : std::string("votes"));
        if (problem && dots) g.votes.push_back({reader.as_ref(std::move(*problem)), *dots});
      }
    }
  }
  if (ballots && !ballots.IsNull() && !votes) {
    if (!ballots.IsSequence()) {
      reader.error(
          ballots,
          msg(lang,
              "'{}' must be a list with one line per participant, like - [Дороги, Дороги, Мусор]",
              "ballots"));
    } else {
      for (const auto& b : ballots) {
        Ballot ballot;
        ballot.pos = reader.pos(b);
        if (b.IsScalar()) {
          if (auto t = reader.as_text(b, "ballots"))
            ballot.dots.push_back(reader.as_ref(std::move(*t)));
        } else if (b.IsSequence()) {
          for (const auto& dot : b)
            if (auto t = reader.as_text(dot, "ballots"))
              ballot.dots.push_back(reader.as_ref(std::move(*t)));
        } else if (!b.IsNull()) {
          reader.error(b,
                       msg(lang, "a ballot is a list of problems, like [Дороги, Дороги, Мусор]"));
          continue;
        }
        g.ballots.push_back(std::move(ballot));
      }
    }
  }
  s.gallery = std::move(g);
}

} // namespace

void parse_session_doc(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  reader.check_map(root, "file", {"vap", "session", "map", "venn", "pie", "gallery"});
  const yaml::Node m = root["session"];
  Session s;
  s.file = reader.file();
  s.pos = reader.pos(m);
  if (reader.check_map(
          m, "session",
          {"date", "village", "group", "participants", "facilitator", "municipality", "note"})) {
    if (auto d = reader.date(m, "date", "session", Need::required)) s.date = *d;
    if (auto t = reader.text(m, "village", "session", Need::required)) s.village = std::move(*t);
    if (auto t = reader.name(m, "group", "session", Need::required)) s.group = std::move(*t);
    if (auto c = reader.count(m, "participants", "session", Need::required)) s.participants = *c;
    if (auto t = reader.text(m, "facilitator", "session", Need::optional))
      s.facilitator = std::move(t->text);
    if (auto t = reader.text(m, "municipality", "session", Need::optional))
      s.municipality = std::move(t->text);
  }
  if (const yaml::Node n = root["map"]) parse_map(n, reader, s);
  if (const yaml::Node n = root["venn"]) parse_venn(n, reader, s);
  if (const yaml::Node n = root["pie"]) parse_pie(n, reader, s);
  if (const yaml::Node n = root["gallery"])
    parse_gallery(n, key_pos(root, "gallery", reader), reader, s);
  out.session = std::move(s);
}

} // namespace vap
