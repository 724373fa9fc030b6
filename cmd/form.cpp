// vap form: a municipality's phone form for KoboToolbox and ODK (the XLSForm and the XForm).
#include "commands.hpp"
#include "common.hpp"

#include "vap/error.hpp"
#include "vap/form.hpp"
#include "vap/form_writer.hpp"
#include "vap/output.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"

#include <chrono>
#include <iostream>

namespace vap::cmd {
namespace {

struct FormOptions {
  CommonOptions common;
  std::string purpose;
  std::string week;
};

// A day typed as YYYY-MM-DD, or nullopt.
std::optional<Date> day_of(const std::string& s) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || s.size() != 10)
    return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(y),
                                        std::chrono::month(static_cast<unsigned>(m)),
                                        std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return Date{y, m, d};
}

void run_form(const FormOptions& o) {
  const Lang early = message_lang(o.common);
  form::Options options;
  if (!o.week.empty()) {
    options.week = day_of(o.week);
    if (!options.week)
      throw Error(ExitStatus::usage,
                  msg(early,
                      "--week takes the first day of the workshop week as YYYY-MM-DD, not '{}'",
                      o.week));
  }
  Loaded loaded =
      load_inputs(o.common, {FileKind::municipality, FileKind::plan, FileKind::monitoring});
  const Lang lang = loaded.lang;
  if (loaded.program.municipalities.size() != 1)
    throw Error(ExitStatus::usage,
                msg(lang,
                    "a form is made for one municipality; the inputs have {}: give one "
                    "municipality's folder",
                    loaded.program.municipalities.size()));
  const Municipality& m = loaded.program.municipalities.front();
  const form::Purpose purpose = *form::purpose_of(o.purpose);
  form::Form f = form::make_form(purpose, m, options);
  if (!o.common.lang.empty()) f.default_lang = *parse_lang(o.common.lang);

  const std::filesystem::path dir = utf8_path(o.common.output.empty() ? "." : o.common.output);
  const std::string base = m.id + "-" + std::string(form::purpose_key(purpose));
  const std::string xlsx = path_text(dir / utf8_path(base + ".xlsx"));
  const std::string xml = path_text(dir / utf8_path(base + ".xml"));
  TempFile tmp(".xlsx");
  write_xlsform(f, tmp.path(), lang);
  write_output(xlsx, tmp.read(), loaded.files, lang);
  write_output(xml, xform_text(f), loaded.files, lang);
  std::cout << msg(lang, "created {} (XLSForm: KoboToolbox, ODK Central)", xlsx) << "\n"
            << msg(lang, "created {} (XForm: ODK Collect)", xml) << "\n";
}

} // namespace

void define_form(CLI::App& sub, const Command& self) {
  auto o = std::make_shared<FormOptions>();
  o->common.uses = self.uses;
  sub.add_option("paths", o->common.paths, "The municipality's folder")
      ->required()
      ->type_name("DIR");
  sub.add_option("--for", o->purpose,
                 "What one submission is: a session, a ballot (one voter's dots), a survey "
                 "(one respondent), an assembly, a monitoring round")
      ->required()
      ->check(CLI::IsMember({"session", "ballot", "survey", "assembly", "monitoring"}))
      ->type_name("session|ballot|survey|assembly|monitoring");
  sub.add_option("-o,--output", o->common.output,
                 "The folder to write the two files into (default: the current folder)")
      ->type_name("DIR");
  sub.add_option("--week", o->week,
                 "session, ballot: the first day of the workshop week (YYYY-MM-DD); the form "
                 "refuses a date outside it")
      ->type_name("DATE");
  sub.add_option("--lang,-l", o->common.lang,
                 "The form's first language and the messages' (default: the municipality's lang)")
      ->check(CLI::IsMember({"ky", "ru", "en"}))
      ->type_name("ky|ru|en");
  sub.add_option("--catalog", o->common.catalogs,
                 "Extra catalog file (problems, groups, ...); may be repeated")
      ->type_name("FILE");
  sub.callback([o]() { run_form(*o); });
}

} // namespace vap::cmd
