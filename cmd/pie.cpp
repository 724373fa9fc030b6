// vap pie: what the groups think the local budget is made of, against the approved budget.
#include "commands.hpp"
#include "common.hpp"

#include "vap/pie.hpp"
#include "vap/render_pie.hpp"

#include <iostream>

namespace vap::cmd {

void define_pie(CLI::App& sub, const Command& self) {
  struct Options {
    CommonOptions common;
    double threshold = 10;
  };
  auto o = std::make_shared<Options>();
  add_common(sub, o->common, {"md", "csv", "json", "svg"}, self.uses);
  sub.add_option(
         "--threshold", o->threshold,
         "Gap in percentage points above which an item becomes a hearing topic (default 10)")
      ->check(number_flag(0, 100, false))
      ->type_name("PP");
  sub.callback([o, &self]() {
    // A batch of many municipalities is streamed, its output written as it is made; for an
    // SVG drawing each one's comparison is kept. A pie that adds up to 0 has a warning, which a
    // whole load prints with its line.
    if (joins_by_part(o->common)) {
      if (stream_output(o->common,
                        [&](const Municipality& m, const Loaded&,
                            const RenderOptions& r) -> std::optional<std::string> {
                          PieComparison c = compare_pie(m, o->threshold);
                          if (!c.empty_sides.empty()) return std::nullopt;
                          return render_pie({c}, r);
                        }))
        return;
    } else if (auto s =
                   stream_results<PieComparison>(o->common, [&](const Municipality& m, auto& out) {
                     out.push_back(compare_pie(m, o->threshold));
                     return out.back().empty_sides.empty();
                   })) {
      emit(o->common, render_pie(s->results, render_options(o->common, s->run.langs)), s->run);
      return;
    }
    run_command(self, o->common, [&](const Loaded& loaded, const RenderOptions& r) {
      const Lang lang = loaded.lang;
      std::vector<PieComparison> comparisons;
      Diagnostics warnings(lang);
      for (const auto& m : loaded.program.municipalities) {
        comparisons.push_back(compare_pie(m, o->threshold));
        for (const auto& e : comparisons.back().empty_sides)
          warnings.warning(e.pos,
                           msg(lang, "this pie's {} adds up to 0; it is left out of the means",
                               side_id(e.side)));
      }
      std::cerr << format_diagnostics(warnings, loaded.sources) << std::flush;
      return render_pie(comparisons, r);
    });
  });
}

} // namespace vap::cmd
