#pragma once
// The resource map's results as Markdown, CSV, JSON and GeoJSON.
#include "vap/map.hpp"
#include "vap/render.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vap {

// One municipality's map, or several in turn (Markdown: a section each; CSV: a municipality_id
// column first when there is more than one; JSON: {"municipalities": [...]} when more than one;
// GeoJSON: one FeatureCollection, each feature with its municipality_id).
std::string render_map(const std::vector<MapInventory>& maps, const RenderOptions& options);

// The Mustache data of one municipality's map (also used by the full report).
Data map_data(const MapInventory& map, const RenderOptions& options);

// GeoJSON of the objects that have a location (longitude, latitude; WGS 84).
Json map_geojson(const std::vector<MapInventory>& maps, Lang lang);

// The same as text, one municipality at a time, without the whole collection as a Json:
// geojson_features() is one municipality's features as inside the collection (`many`: with
// their municipality_id), "" when none has a location; GeojsonText gathers them in order and
// finish() (once) is the text of json_text(map_geojson(...)).
std::string geojson_features(const MapInventory& map, Lang lang, bool many);
class GeojsonText {
public:
  GeojsonText();
  void add(std::string_view features);
  std::string finish();

private:
  std::string m_text;
  bool m_any = false;
};

// Objects without a location, which the GeoJSON leaves out.
std::vector<const MapItem*> unlocated(const MapInventory& map);

} // namespace vap
