// vap map: the resource map's inventory, what needs attention, and GeoJSON for a map viewer.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/map.hpp"
#include "vap/render_map.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <tuple>

namespace vap::cmd {
namespace {

// The objects without a location, by file, line and column (as the other diagnostics).
using Unlocated = std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>>;

// Adds the objects of `inv` without a location to `missing`; returns how many objects it has.
std::size_t find_unlocated(const MapInventory& inv, const Sources& sources, Unlocated& missing) {
  for (const MapItem* it : unlocated(inv)) {
    const SourcePos& p = it->pos;
    missing.emplace_back(p.known() ? sources.path(p.file) : "", p.line, p.col,
                         fmt::format("{} ({})", it->name, it->village));
  }
  return inv.items.size();
}

// At most this many objects without a location are listed (a program's batch can have tens of
// thousands); the rest are counted, with the number of their files.
constexpr std::size_t k_unlocated_listed = 50;

// GeoJSON leaves out the objects without a location; say which, with where they were typed.
void warn_unlocated(Unlocated missing, std::size_t total, Lang lang) {
  if (missing.empty()) return;
  std::sort(missing.begin(), missing.end());
  std::string list;
  const std::size_t listed = std::min(missing.size(), k_unlocated_listed);
  for (std::size_t i = 0; i < listed; ++i) {
    const auto& [path, line, col, what] = missing[i];
    list += path.empty() ? fmt::format("  {}\n", what)
                         : fmt::format("  {}:{}:{}: {}\n", path, line, col, what);
  }
  if (missing.size() > listed) {
    std::size_t files = 0;
    for (std::size_t i = listed; i < missing.size(); ++i)
      if (i == listed || std::get<0>(missing[i]) != std::get<0>(missing[i - 1])) ++files;
    list += "  " +
            msg(lang,
                "and {} more, in {} files; run `vap map` on one municipality's folder to list "
                "all of its objects",
                missing.size() - listed, files) +
            "\n";
  }
  Diagnostics diags(lang);
  diags.warning({}, msg(lang,
                        "{} of {} objects have no location and are not in the GeoJSON (add "
                        "`location: [latitude, longitude]`):",
                        missing.size(), total));
  std::cerr << format_diagnostics(diags, Sources{}) << list << std::flush;
}

} // namespace

void define_map(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  add_common(sub, *o, {"md", "csv", "json", "geojson", "svg"}, self.uses);
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed, its output written as it is made; for
    // GeoJSON, only where each object without a location was typed is kept.
    Unlocated missing;
    std::size_t total = 0;
    const bool geojson = o->format == "geojson";
    if (stream_output(
            *o,
            [&](const Municipality& m, const Loaded& batch, const RenderOptions& r) {
              MapInventory inv = inventory_map(m);
              if (geojson) total += find_unlocated(inv, batch.sources, missing);
              return std::optional<std::string>(render_map({inv}, r));
            },
            [&](const BatchRun& run) {
              if (geojson) warn_unlocated(std::move(missing), total, run.lang);
            }))
      return;
    run_command(self, *o, [&](const Loaded& loaded, const RenderOptions& r) {
      std::vector<MapInventory> maps;
      Unlocated missing;
      std::size_t total = 0;
      for (const auto& m : loaded.program.municipalities) {
        maps.push_back(inventory_map(m));
        total += find_unlocated(maps.back(), loaded.sources, missing);
      }
      if (r.format == Format::geojson) warn_unlocated(std::move(missing), total, loaded.lang);
      if (r.format == Format::svg && maps.size() != 1)
        throw Error(ExitStatus::usage,
                    msg(loaded.lang,
                        "--format svg draws one municipality's map; the inputs have "
                        "{}: give one municipality's folder",
                        maps.size()));
      if (r.format == Format::svg && total == missing.size())
        throw Error(ExitStatus::data,
                    msg(loaded.lang, "no object of the map has a location, so there is nothing to "
                                     "draw (add `location: [latitude, longitude]`)"));
      return render_map(maps, r);
    });
  });
}

} // namespace vap::cmd
