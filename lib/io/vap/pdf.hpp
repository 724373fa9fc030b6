#pragma once
// An HTML page printed to PDF by a Chromium-family browser (vap board --pdf). The browser is an
// optional dependency: it is looked for only when a PDF is asked for (find_chromium).
#include "vap/i18n.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// Writes `html` printed to PDF at `path` (a file name, never standard output) with
// write_output's checks: the page goes to a temporary file, the browser (headless, with a
// profile of its own in a temporary folder) prints it to a temporary file beside `path`, which
// is renamed into place. Throws Error (exit 73) when no browser is found, when it fails, or
// when it prints no PDF; nothing is written at `path` then, and the temporary files are removed.
// `command` (board, papers) is the one the message names, whose HTML page any browser prints.
void write_pdf(const std::string& path, std::string_view html,
               const std::vector<std::filesystem::path>& inputs, Lang lang,
               std::string_view command = "board");

} // namespace vap
