#include "vap/pdf.hpp"

#include "vap/error.hpp"
#include "vap/output.hpp"
#include "vap/platform.hpp"
#include "vap/temp_file.hpp"
#include "vap/utf8_path.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace fs = std::filesystem;

namespace vap {
namespace {

// A poster takes Chromium a few seconds; a browser that hangs is stopped.
constexpr int k_timeout_seconds = 120;

[[noreturn]] void fail(Lang lang, const std::string& why, std::string_view command) {
  throw Error(ExitStatus::cant_create,
              msg(lang,
                  "cannot make the PDF: {}; without --pdf, vap {} writes the HTML page, which "
                  "any browser prints",
                  why, command));
}

// file:///... with every byte but the plain ones percent-encoded (spaces, Cyrillic letters).
std::string file_url(const fs::path& p) {
  std::error_code ec;
  std::string text = path_text(fs::absolute(p, ec));
  std::replace(text.begin(), text.end(), '\\', '/');
  std::string url = "file://";
  if (text.empty() || text.front() != '/') url += '/';
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 std::strchr("/-._~:", c) != nullptr;
    url += plain ? std::string(1, ch) : fmt::format("%{:02X}", c);
  }
  return url;
}

bool is_pdf(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  char head[5] = {};
  in.read(head, sizeof head);
  return in && std::memcmp(head, "%PDF-", sizeof head) == 0;
}

} // namespace

void write_pdf(const std::string& path, std::string_view html, const std::vector<fs::path>& inputs,
               Lang lang, std::string_view command) {
  // The target is checked first (write_output_made), then the browser is looked for.
  write_output_made(path, inputs, lang, [&](const fs::path& pdf) {
    const BrowserLookup browser = find_chromium();
    if (browser.program.empty()) {
      if (browser.from_variable)
        fail(lang,
             msg(lang,
                 "VAP_CHROMIUM is '{}', which is not a program; set VAP_CHROMIUM to the "
                 "program file of Chromium or Microsoft Edge",
                 browser.variable),
             command);
      fail(lang,
           msg(lang, "neither Chromium nor Microsoft Edge was found; install one, or set "
                     "VAP_CHROMIUM to the browser's program file"),
           command);
    }
    const std::string name = path_text(browser.program);
    TempFile page(".html", lang); // made exclusively, 0600
    std::ofstream out(utf8_path(page.path()), std::ios::binary);
    if (!out.write(html.data(), static_cast<std::streamsize>(html.size())).flush())
      fail(lang, msg(lang, "cannot write the temporary file '{}' (is the disk full?)", page.path()),
           command);
    out.close();
    TempDirectory profile("-profile"); // its removal ends an interrupted run (vap/temp_file.hpp)
    std::vector<std::string> args{"--headless",
                                  "--no-sandbox",
                                  "--disable-gpu",
                                  "--no-first-run",
                                  "--disable-background-networking",
                                  "--disable-component-update",
                                  "--disable-sync",
                                  "--no-pdf-header-footer"};
    if (!profile.path().empty()) args.push_back("--user-data-dir=" + path_text(profile.path()));
    args.push_back("--print-to-pdf=" + path_text(pdf));
    args.push_back(file_url(utf8_path(page.path())));
    const int status = run_program(browser.program, args, k_timeout_seconds);
    if (status == -1)
      fail(lang,
           msg(lang,
               "the browser '{}' could not be run or did not finish in {} seconds; set "
               "VAP_CHROMIUM to another Chromium or Microsoft Edge",
               name, k_timeout_seconds),
           command);
    if (status != 0)
      fail(lang,
           msg(lang,
               "the browser '{}' failed (exit status {}); set VAP_CHROMIUM to another "
               "Chromium or Microsoft Edge",
               name, status),
           command);
    if (!is_pdf(pdf))
      fail(lang,
           msg(lang,
               "the browser '{}' printed no PDF; set VAP_CHROMIUM to another Chromium "
               "or Microsoft Edge",
               name),
           command);
  });
}

} // namespace vap
