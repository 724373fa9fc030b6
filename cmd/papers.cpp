// vap papers: the documents officials sign, post and edit (the ayil kenesh's decision approving
// the joint action plan, the head's order approving the initiative groups, the public hearing's
// pack, the monitoring group checked against the method), as Markdown, a printable A4 HTML page
// (with --pdf printed to PDF by Chromium or Edge) or a Word document.
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/pdf.hpp"
#include "vap/render_papers.hpp"

namespace vap::cmd {

void define_papers(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<CommonOptions>();
  auto which = std::make_shared<std::string>();
  auto pdf = std::make_shared<bool>(false);
  add_common(sub, *o, {"md", "html", "docx"}, self.uses);
  sub.add_option("--for", *which, "The paper: decision|order|hearing|monitoring-group")
      ->required()
      ->check(CLI::IsMember({"decision", "order", "hearing", "monitoring-group"}))
      ->type_name("PAPER");
  sub.add_flag("--pdf", *pdf,
               "Write the HTML page as a PDF (printed by Chromium or Edge; VAP_CHROMIUM names the "
               "browser); needs -o FILE");
  sub.callback([o, which, pdf, &self]() {
    const Lang lang = message_lang(*o);
    const bool to_file = !o->output.empty() && o->output != "-";
    // Checked before anything is read: a PDF or a Word document is never written to a terminal.
    if (*pdf && !to_file)
      throw Error(ExitStatus::usage,
                  msg(lang, "--pdf needs -o FILE: the PDF is written to a file"));
    if (*pdf && o->format == "docx")
      throw Error(ExitStatus::usage,
                  msg(lang, "--pdf prints the HTML page; it cannot go with --format docx"));
    if (o->format == "docx" && !to_file)
      throw Error(ExitStatus::usage,
                  msg(lang, "--format docx needs -o FILE: the Word document is written to a file"));
    const PaperKind kind = *paper_kind(*which);
    const PaperFormat format = *pdf || o->format == "html" ? PaperFormat::html
                               : o->format == "docx"       ? PaperFormat::docx
                                                           : PaperFormat::md;
    auto make = [&](const Loaded& loaded, const RenderOptions& r) {
      if (loaded.program.batch())
        throw Error(ExitStatus::usage,
                    msg(r.lang, "vap papers makes the papers of one municipality; give one "
                                "municipality's folder"));
      const Municipality& m = loaded.program.municipalities.front();
      if ((kind == PaperKind::decision || kind == PaperKind::order) && m.plans.empty())
        throw Error(ExitStatus::data,
                    msg(r.lang,
                        "{}: there is no joint action plan (a plan file); the decision and the "
                        "order approve the plan and its initiative groups",
                        m.name));
      return render_paper(m, kind, PaperOptions{r.lang, format, r.templates_dir});
    };
    if (!*pdf) {
      run_command(self, *o, make);
      return;
    }
    Loaded loaded = load_inputs(*o, self.uses);
    const RenderOptions r = render_options(*o, loaded.program);
    write_pdf(o->output, make(loaded, r), run_inputs(*o, loaded), r.lang, "papers");
  });
}

} // namespace vap::cmd
