#include "vap/render_map.hpp"

#include "vap/map_svg.hpp"

#include <fmt/format.h>

namespace vap {
namespace {

std::string group_labels(const MapInventory& inv, const MapItem& item, Lang lang) {
  std::string out;
  for (const auto& id : item.groups) {
    const NamedId* g = inv.group(id);
    if (!out.empty()) out += ", ";
    out += (g ? g->label(lang) : id);
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

Json group_json(const MapInventory& inv, const MapItem& item, Lang lang) {
  Json a = Json::array();
  for (const auto& id : item.groups) {
    const NamedId* g = inv.group(id);
    a.push_back(g ? g->label(lang) : id);
  }
  return a;
}

// Coordinates as JSON numbers with at most six decimals (about 0.1 m), as typed when shorter.
Json coordinate(double value) {
  return std::stod(fixed(value, 6));
}

Json item_json(const MapInventory& inv, const MapItem& it, Lang lang) {
  Json j;
  j["name"] = it.name;
  j["village"] = it.village;
  j["category_id"] = it.category.id;
  j["category"] = it.category.label(lang);
  j["condition"] = condition_id(it.condition);
  j["conditions_differ"] = it.conditions_differ;
  j["mentions"] = it.mentions;
  Json groups = Json::array();
  for (const auto& g : it.groups)
    groups.push_back(g);
  j["group_ids"] = groups;
  j["groups"] = group_json(inv, it, lang);
  if (it.location) {
    j["latitude"] = coordinate(it.location->first);
    j["longitude"] = coordinate(it.location->second);
  } else {
    j["latitude"] = nullptr;
    j["longitude"] = nullptr;
  }
  j["problem_id"] = it.problem.empty() ? Json(nullptr) : Json(it.problem);
  Json notes = Json::array();
  for (const auto& n : it.notes)
    notes.push_back(n);
  j["notes"] = notes;
  return j;
}

Json inventory_json(const MapInventory& inv, Lang lang) {
  Json j;
  j["municipality_id"] = inv.municipality_id;
  j["municipality"] = inv.municipality;
  j["sessions_with_map"] = inv.sessions;
  j["objects"] = inv.items.size();
  Json totals;
  for (std::size_t c = 0; c < k_conditions; ++c)
    totals[std::string(condition_id(static_cast<Condition>(c)))] = inv.totals[c];
  j["by_condition"] = totals;
  Json rows = Json::array();
  for (const auto& r : inv.rows) {
    Json row;
    row["category_id"] = r.category.id;
    row["category"] = r.category.label(lang);
    row["village"] = r.village;
    row["objects"] = r.objects;
    for (std::size_t c = 0; c < k_conditions; ++c)
      row[std::string(condition_id(static_cast<Condition>(c)))] = r.by_condition[c];
    rows.push_back(row);
  }
  j["inventory"] = rows;
  Json attention = Json::array();
  for (const auto& g : inv.attention) {
    Json a;
    a["category_id"] = g.category.id;
    a["category"] = g.category.label(lang);
    a["problem_id"] = g.problem ? Json(g.problem->id) : Json(nullptr);
    a["problem"] = g.problem ? Json(g.problem->label(lang)) : Json(nullptr);
    a["gallery_rank"] = g.gallery_rank ? Json(g.gallery_rank) : Json(nullptr);
    a["gallery_priority"] = g.gallery_priority;
    Json objs = Json::array();
    for (const auto& it : g.items)
      objs.push_back({{"name", it.name},
                      {"village", it.village},
                      {"condition", condition_id(it.condition)},
                      {"mentions", it.mentions}});
    a["objects"] = objs;
    attention.push_back(a);
  }
  j["needs_attention"] = attention;
  Json items = Json::array();
  for (const auto& it : inv.items)
    items.push_back(item_json(inv, it, lang));
  j["object_list"] = items;
  return j;
}

std::string attention_note(const AttentionGroup& g, Lang lang) {
  if (!g.problem) return std::string(label(lang, "map_no_problem"));
  std::string gallery = g.gallery_priority ? label_fmt(lang, "map_gallery_priority", g.gallery_rank)
                        : g.gallery_rank   ? label_fmt(lang, "map_gallery_rank", g.gallery_rank)
                                           : std::string(label(lang, "map_gallery_none"));
  return fmt::format("{} «{}» ({})", label(lang, "map_points_to"), g.problem->label(lang), gallery);
}

} // namespace

std::vector<const MapItem*> unlocated(const MapInventory& inv) {
  std::vector<const MapItem*> out;
  for (const auto& it : inv.items)
    if (!it.location) out.push_back(&it);
  return out;
}

Data map_data(const MapInventory& inv, const RenderOptions& o) {
  const Lang lang = o.lang;
  const auto& t = inv.totals;
  Data d;
  d.set("municipality", inv.municipality);
  if (inv.sessions == 0) {
    d.set("no_data", std::string(label(lang, "map_no_data")));
    return d;
  }
  d.set("has_data", true);
  d.set("summary", label_fmt(lang, "map_summary", inv.sessions, inv.items.size(),
                             t[static_cast<std::size_t>(Condition::poor)],
                             t[static_cast<std::size_t>(Condition::absent)]));
  d.set("how", std::string(label(lang, "map_how")));
  auto counts = [](const std::array<int, k_conditions>& c, Data& row) {
    row.set("good", std::to_string(c[0]));
    row.set("fair", std::to_string(c[1]));
    row.set("poor", std::to_string(c[2]));
    row.set("absent", std::to_string(c[3]));
    row.set("unknown", std::to_string(c[4]));
  };
  Data rows = list();
  bool any_new = false;
  for (const auto& r : inv.rows) {
    Data row;
    row.set("category", r.category.label(lang) + (r.category.in_catalog ? "" : " *"));
    any_new = any_new || !r.category.in_catalog;
    row.set("village", r.village);
    row.set("objects", std::to_string(r.objects));
    counts(r.by_condition, row);
    rows.push_back(row);
  }
  d.set("rows", rows);
  Data total;
  total.set("objects", std::to_string(inv.items.size()));
  counts(inv.totals, total);
  d.set("total", total);
  if (any_new) d.set("new_note", std::string(label(lang, "map_new_note")));

  Data attention = list();
  for (const auto& g : inv.attention) {
    Data a;
    a.set("category", g.category.label(lang));
    a.set("note", attention_note(g, lang));
    Data objs = list();
    for (const auto& it : g.items) {
      Data ob;
      ob.set("name", it.name);
      ob.set("village", it.village);
      ob.set("condition", std::string(label(lang, condition_key(it.condition))));
      ob.set("mentions", label_fmt(lang, "map_mentions", it.mentions));
      const std::string notes = joined(it.notes, "; ");
      if (!notes.empty()) ob.set("notes", notes);
      objs.push_back(ob);
    }
    a.set("objects", objs);
    attention.push_back(a);
  }
  d.set("attention", attention);
  if (inv.attention.empty())
    d.set("attention_none", std::string(label(lang, "map_attention_none")));

  Data items = list();
  for (const auto& it : inv.items) {
    Data row;
    row.set("name", it.name);
    row.set("village", it.village);
    row.set("category", it.category.label(lang));
    std::string cond(label(lang, condition_key(it.condition)));
    if (it.conditions_differ) cond += " (" + std::string(label(lang, "map_differ")) + ")";
    row.set("condition", cond);
    row.set("groups", group_labels(inv, it, lang));
    row.set("mentions", std::to_string(it.mentions));
    items.push_back(row);
  }
  d.set("objects", items);
  return d;
}

namespace {

Json geojson_feature(const MapInventory& inv, const MapItem& it, Lang lang, bool many) {
  Json f;
  f["type"] = "Feature";
  f["geometry"] = {{"type", "Point"},
                   {"coordinates", Json::array({coordinate(it.location->second),
                                                coordinate(it.location->first)})}};
  Json p;
  if (many) p["municipality_id"] = inv.municipality_id;
  p["name"] = it.name;
  p["village"] = it.village;
  p["category_id"] = it.category.id;
  p["category"] = it.category.label(lang);
  p["condition"] = condition_id(it.condition);
  p["condition_label"] = label(lang, condition_key(it.condition));
  p["groups"] = group_labels(inv, it, lang);
  p["mentions"] = it.mentions;
  const std::string notes = joined(it.notes, "; ");
  if (!notes.empty()) p["note"] = notes;
  f["properties"] = p;
  return f;
}

} // namespace

Json map_geojson(const std::vector<MapInventory>& maps, Lang lang) {
  Json features = Json::array();
  for (const auto& inv : maps)
    for (const auto& it : inv.items)
      if (it.location) features.push_back(geojson_feature(inv, it, lang, maps.size() > 1));
  Json j;
  j["type"] = "FeatureCollection";
  j["features"] = features;
  return j;
}

std::string geojson_features(const MapInventory& inv, Lang lang, bool many) {
  std::string out;
  for (const auto& it : inv.items) {
    if (!it.location) continue;
    const std::string text =
        geojson_feature(inv, it, lang, many).dump(2, ' ', false, Json::error_handler_t::replace);
    // As inside the collection: two levels deeper (a string holds no raw line break).
    if (!out.empty()) out += ",\n";
    out += "    ";
    for (char c : text) {
      out += c;
      if (c == '\n') out += "    ";
    }
  }
  return out;
}

// The text grows in place (a national batch's GeoJSON is about 100 MB): no second copy.
GeojsonText::GeojsonText() : m_text("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [") {}

void GeojsonText::add(std::string_view features) {
  if (features.empty()) return;
  m_text += m_any ? ",\n" : "\n";
  m_text += features;
  m_any = true;
}

std::string GeojsonText::finish() {
  m_text += m_any ? "\n  ]\n}\n" : "]\n}\n";
  return std::move(m_text);
}

std::string render_map(const std::vector<MapInventory>& maps, const RenderOptions& o) {
  const Lang lang = o.lang;
  const bool many = o.batch || maps.size() > 1;
  switch (o.format) {
  case Format::csv: {
    CsvWriter csv(o.csv);
    if (many) csv.text("municipality_id");
    for (auto h : {"category_id", "category", "village", "object", "condition", "mentions",
                   "groups", "latitude", "longitude", "problem_id"})
      csv.text(csv_header(o, h));
    csv.end_row();
    for (const auto& inv : maps)
      for (const auto& it : inv.items) {
        if (many) csv.text(inv.municipality_id);
        csv.text(it.category.id).text(it.category.label(lang)).text(it.village).text(it.name);
        csv.text(csv_word(o, condition_id(it.condition), label(lang, condition_key(it.condition))))
            .whole(it.mentions)
            .text(group_labels(inv, it, lang));
        if (it.location)
          csv.number(it.location->first, 6).number(it.location->second, 6);
        else
          csv.text("").text("");
        csv.text(it.problem);
        csv.end_row();
      }
    return csv.str();
  }
  case Format::json: {
    return json_one_or_all(many, maps,
                           [&](const auto& item) { return inventory_json(item, lang); });
  }
  case Format::svg:
    // One municipality's printable map (cmd/map refuses a batch); "" when nothing is located.
    return maps.empty() ? std::string() : map_svg(maps.front(), lang);
  case Format::geojson: {
    GeojsonText text;
    for (const auto& inv : maps)
      text.add(geojson_features(inv, lang, many));
    return text.finish();
  }
  default: {
    std::string out;
    for (const auto& inv : maps) {
      Data d = map_data(inv, o);
      if (!out.empty()) out += "\n";
      out += render_template("map.md.mustache", d, lang, Markup::markdown, o.templates_dir);
    }
    return tidy_markdown(out);
  }
  }
}

} // namespace vap
