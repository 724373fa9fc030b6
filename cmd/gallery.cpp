// vap gallery: the problem gallery's ranked priorities, for one municipality or a batch.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/gallery.hpp"
#include "vap/render_gallery.hpp"

namespace vap::cmd {
namespace {

struct GalleryOptions {
  CommonOptions common;
  int top = 0;
  std::string rank_by = "dots";
};

void run(const GalleryOptions& o) {
  Loaded loaded = load_inputs(o.common, {FileKind::session});
  RenderOptions r = render_options(o.common, loaded.program);
  r.top = o.top;
  const RankBy by = o.rank_by == "share" ? RankBy::share : RankBy::dots;
  std::string out =
      loaded.program.batch()
          ? render_batch_gallery(tally_batch(loaded.program, by), r)
          : render_gallery(tally_gallery(loaded.program.municipalities.front(), by), r);
  emit(o.common, out, loaded);
}

} // namespace

void register_gallery(CLI::App& app) {
  auto o = std::make_shared<GalleryOptions>();
  CLI::App* sub =
      app.add_subcommand("gallery", "Problem gallery: dots counted, problems ranked, priorities");
  add_common(*sub, o->common, {"md", "csv", "json"});
  sub->add_option("--top", o->top, "Show only the first N problems")
      ->check(CLI::Range(1, 100000))
      ->type_name("N");
  sub->add_option("--rank-by", o->rank_by, "Rank by dots (default) or by share")
      ->check(CLI::IsMember({"dots", "share"}))
      ->type_name("dots|share");
  sub->callback([o]() { run(*o); });
}

} // namespace vap::cmd
