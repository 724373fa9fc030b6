#pragma once
// The printable map of a municipality's located objects (`vap map --format svg`): an SVG with no
// background tiles, so that it prints offline; markers by condition, numbered by category, a
// legend, a scale bar and north.
#include "vap/map.hpp"

#include <string>
#include <string_view>

namespace vap {

// The label key of a condition ("map_good", ...), for the map's tables and its legend.
std::string_view condition_key(Condition c);

// "" when no object has a location.
std::string map_svg(const MapInventory& map, Lang lang);

} // namespace vap
