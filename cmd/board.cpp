// vap board: the information-board poster of one municipality (one page, A3 or A4, HTML; with
// --pdf printed to PDF by Chromium or Edge).
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/pdf.hpp"
#include "vap/render_board.hpp"

namespace vap::cmd {

void define_board(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  auto paper = std::make_shared<std::string>("a3");
  auto panel = std::make_shared<std::string>();
  add_common(sub, *o, {"html"});
  sub.add_option("--paper", *paper, "Paper size: a3|a4 (default a3)")
      ->check(CLI::IsMember({"a3", "a4"}))
      ->type_name("a3|a4");
  sub.add_option("--panel", *panel, "One panel alone: priorities|plan|groups|progress")
      ->check(CLI::IsMember({"priorities", "plan", "groups", "progress"}))
      ->type_name("NAME");
  auto pdf = std::make_shared<bool>(false);
  sub.add_flag("--pdf", *pdf,
               "Write a PDF (printed by Chromium or Edge; VAP_CHROMIUM names the browser) "
               "instead of HTML; needs -o FILE");
  sub.callback([o, paper, panel, pdf, &self]() {
    // Checked before anything is read: a PDF is never written to a terminal.
    if (*pdf && (o->output.empty() || o->output == "-"))
      throw Error(ExitStatus::usage,
                  msg(message_lang(*o), "--pdf needs -o FILE: the PDF is written to a file"));
    auto make = [&](const Loaded& loaded, const RenderOptions& r) {
      if (loaded.program.batch())
        throw Error(ExitStatus::usage,
                    msg(r.lang, "vap board makes the poster of one municipality; give one "
                                "municipality's folder"));
      BoardOptions b;
      b.lang = r.lang;
      b.paper = *paper == "a4" ? Paper::a4 : Paper::a3;
      b.panel = board_panel(*panel);
      b.templates_dir = r.templates_dir;
      return render_board(results_of(loaded.program.municipalities.front()), b);
    };
    if (!*pdf) {
      run_command(self, *o, make);
      return;
    }
    Loaded loaded = load_inputs(*o, self.uses);
    const RenderOptions r = render_options(*o, loaded.program);
    write_pdf(o->output, make(loaded, r), run_inputs(*o, loaded), r.lang);
  });
}

} // namespace vap::cmd
