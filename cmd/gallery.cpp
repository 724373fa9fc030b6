// vap gallery: the problem gallery's ranked priorities, for one municipality or a batch.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/gallery.hpp"
#include "vap/pabulib.hpp"
#include "vap/pabulib_writer.hpp"
#include "vap/render_gallery.hpp"

#include <algorithm>

namespace vap::cmd {

void define_gallery(CLI::App& sub, const Command& self) {
  struct Options {
    CommonOptions common;
    int top = 0;
    std::string rank_by = "dots";
  };
  auto o = std::make_shared<Options>();
  add_common(sub, o->common, {"md", "csv", "json", "svg", "pb"}, self.uses);
  sub.add_option("--top", o->top, "Show only the first N problems")
      ->check(number_flag(1, 100000, true))
      ->type_name("N");
  sub.add_option("--rank-by", o->rank_by, "Rank by dots (default) or by share")
      ->check(CLI::IsMember({"dots", "share"}))
      ->type_name("dots|share");
  sub.callback([o, &self]() {
    const RankBy rank_by = o->rank_by == "share" ? RankBy::share : RankBy::dots;
    if (o->common.format != "pb") {
      // A batch of many municipalities is streamed: only their tallies' sums are kept.
      BatchTally batch;
      auto run = stream_inputs(o->common, [&](const Loaded& part) {
        for (const auto& m : part.program.municipalities)
          batch.add(tally_gallery(m, rank_by));
        return true;
      });
      if (run) {
        RenderOptions r = render_options(o->common, run->langs);
        r.top = o->top;
        emit(o->common, render_batch_gallery(batch.take(true), r), *run);
        return;
      }
    }
    run_command(self, o->common, [&](const Loaded& loaded, RenderOptions r) {
      r.top = o->top;
      const RankBy by = o->rank_by == "share" ? RankBy::share : RankBy::dots;
      if (r.format == Format::pb) {
        const auto& ms = loaded.program.municipalities;
        if (ms.size() > 1)
          throw Error(
              ExitStatus::usage,
              msg(r.lang, "--format pb writes one municipality; this run has {}", ms.size()));
        return pabulib_text(gallery_pb(ms.front(), tally_gallery(ms.front(), by), r.lang));
      }
      return loaded.program.batch()
                 ? render_batch_gallery(tally_batch(loaded.program, by), r)
                 : render_gallery(tally_gallery(loaded.program.municipalities.front(), by), r);
    });
  });
}

} // namespace vap::cmd
