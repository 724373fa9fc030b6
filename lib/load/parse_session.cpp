#include "vap/parse.hpp"
#include "vap/section_reader.hpp"

namespace vap {
namespace {

void parse_map(const yaml::Node& node, YamlReader& reader, Session& s) {
  const Lang lang = reader.lang();
  const schema::Section& section = *schema::field_at(FileKind::session, "map")->section;
  std::vector<MapObject> objects;
  if (!node.IsSequence()) {
    if (!node.IsNull()) reader.not_a_list(node, "map");
    s.map = std::move(objects);
    return;
  }
  for (const auto& item : node) {
    SectionReader r(item, section, reader);
    if (!r.ok()) continue;
    MapObject o;
    o.pos = reader.pos(item);
    auto name = r.text("name");
    auto category = r.name("category");
    o.condition = r.name("condition");
    if (auto n = r.text("note")) o.note = std::move(n->text);
    if (const yaml::Node loc = r["location"]) {
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
  const schema::Section& section = *schema::field_at(FileKind::session, "venn")->section;
  std::vector<VennEntry> entries;
  if (!node.IsSequence()) {
    if (!node.IsNull()) reader.not_a_list(node, "venn");
    s.venn = std::move(entries);
    return;
  }
  for (const auto& item : node) {
    SectionReader r(item, section, reader);
    if (!r.ok()) continue;
    VennEntry e;
    e.pos = reader.pos(item);
    auto name = r.name("name");
    auto type = r.name("type");
    auto importance = r.whole("importance");
    auto closeness = r.whole("closeness");
    if (auto n = r.text("note")) e.note = std::move(n->text);
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

std::vector<Share> pie_side(SectionReader& r, std::string_view side) {
  std::vector<Share> out;
  for (auto& [item, value] : r.amounts(side, "'{}' must be 'item: share' lines")) {
    const SourcePos at = item.pos;
    out.push_back({std::move(item), value, at});
  }
  return out;
}

void parse_pie(const yaml::Node& node, YamlReader& reader, Session& s) {
  Pie pie;
  pie.pos = reader.pos(node);
  SectionReader r(node, *schema::field_at(FileKind::session, "pie")->section, reader);
  if (r.ok()) {
    pie.revenue = pie_side(r, "revenue");
    pie.expenditure = pie_side(r, "expenditure");
  }
  s.pie = std::move(pie);
}

// `at` is the `gallery:` key, where messages about the gallery as a whole point.
void parse_gallery(const yaml::Node& node, SourcePos at, YamlReader& reader, Session& s) {
  const Lang lang = reader.lang();
  Gallery g;
  g.pos = at;
  SectionReader r(node, *schema::field_at(FileKind::session, "gallery")->section, reader);
  if (!r.ok()) {
    s.gallery = std::move(g);
    return;
  }
  if (yaml::Node d = node["dots"]) {
    g.dots_pos = reader.pos(d);
    // A wrong `dots` is reported here; 0 then tells the checks against it to stay silent.
    const schema::Field& f = r.field("dots");
    auto n = reader.as_whole(d, "dots", static_cast<long long>(f.min), static_cast<long long>(f.max));
    g.dots_per_participant = n.value_or(0);
  } else {
    g.dots_pos = g.pos;
  }
  const yaml::Node votes = node["votes"];
  const yaml::Node ballots = node["ballots"];
  if (votes && ballots)
    reader.error(r.key_pos("ballots"),
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
  SectionReader file(root, *schema::kind(FileKind::session).top, reader);
  Session s;
  s.file = reader.file();
  SectionReader r(root["session"], schema::main_section(FileKind::session), reader);
  s.pos = r.pos();
  if (r.ok()) {
    if (auto d = r.date("date")) s.date = *d;
    if (auto t = r.text("village")) s.village = std::move(*t);
    if (auto t = r.name("group")) s.group = std::move(*t);
    if (auto c = r.count("participants")) s.participants = *c;
    if (auto t = r.text("facilitator")) s.facilitator = std::move(t->text);
    if (auto t = r.text("municipality")) s.municipality = std::move(t->text);
    if (auto t = r.text("note")) s.note = std::move(t->text);
  }
  if (const yaml::Node n = root["map"]) parse_map(n, reader, s);
  if (const yaml::Node n = root["venn"]) parse_venn(n, reader, s);
  if (const yaml::Node n = root["pie"]) parse_pie(n, reader, s);
  if (const yaml::Node n = root["gallery"]) parse_gallery(n, file.key_pos("gallery"), reader, s);
  out.session = std::move(s);
}

} // namespace vap
