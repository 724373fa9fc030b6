// vap map: the resource map's inventory, what needs attention, and GeoJSON for a map viewer.
#include "commands.hpp"
#include "common.hpp"

#include "vap/map.hpp"
#include "vap/render_map.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <tuple>

namespace vap::cmd {
namespace {

// GeoJSON leaves out the objects without a location; say which, with where they were typed.
void warn_unlocated(const std::vector<MapInventory>& maps, const Loaded& loaded, Lang lang) {
  std::size_t total = 0;
  // By file, line and column, as the other diagnostics.
  std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>> missing;
  for (const auto& inv : maps) {
    total += inv.items.size();
    for (const MapItem* it : unlocated(inv)) {
      const SourcePos& p = it->pos;
      missing.emplace_back(p.known() ? loaded.sources.path(p.file) : "", p.line, p.col,
                           fmt::format("{} ({})", it->name, it->village));
    }
  }
  if (missing.empty()) return;
  std::sort(missing.begin(), missing.end());
  std::string list;
  for (const auto& [path, line, col, what] : missing)
    list += path.empty() ? fmt::format("  {}\n", what)
                         : fmt::format("  {}:{}:{}: {}\n", path, line, col, what);
  Diagnostics diags(lang);
  diags.warning({}, msg(lang,
                        "{} of {} objects have no location and are not in the GeoJSON (add "
                        "`location: [latitude, longitude]`):",
                        missing.size(), total));
  std::cerr << format_diagnostics(diags, loaded.sources) << list << std::flush;
}

} // namespace

void define_map(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json", "geojson"});
  sub.callback([o, &self]() {
    run_command(self, *o, [&](const Loaded& loaded, const RenderOptions& r) {
      std::vector<MapInventory> maps;
      for (const auto& m : loaded.program.municipalities)
        maps.push_back(inventory_map(m));
      if (r.format == Format::geojson) warn_unlocated(maps, loaded, loaded.lang);
      return render_map(maps, r);
    });
  });
}

} // namespace vap::cmd
