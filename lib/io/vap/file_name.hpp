#pragma once
// Names of files that vap makes from what a file says (a municipality's id, the parts of a
// workbook), checked so that each names one ordinary file in the folder meant, on Linux and on
// Windows alike (a folder made on one is opened on the other).
#include "vap/i18n.hpp"

#include <string>
#include <string_view>

namespace vap {

// Why `name` (one file name, no folder) cannot name a file, in `lang`; "" when it can. Refused:
// an empty name, "." and "..", '/' and '\', control characters (a Tab, a line break), the
// characters Windows forbids (< > : " | ? *), a dot or space at the end (Windows drops it),
// the names Windows keeps for devices, and more than 255 bytes.
std::string unfit_file_name(std::string_view name, Lang lang);

// Whether Windows keeps `name` (UTF-8, no folder) for a device: CON, PRN, AUX, NUL, CONIN$,
// CONOUT$, COM0-COM9, LPT0-LPT9 and COM¹ COM² COM³ LPT¹ LPT² LPT³, in any case, before any
// extension or stream name (nul.yaml, NUL:x), spaces before them aside.
bool is_windows_device(std::string_view name);

// `name` as a message shows it: in double quotes, a Tab, a line break and the other control
// characters written as \t, \n, \x01, a quote and a backslash escaped.
std::string quoted_name(std::string_view name);

// `name` as a key for names that Windows (NTFS, case-insensitive) takes for one: case folded.
std::string file_name_key(std::string_view name);

} // namespace vap
