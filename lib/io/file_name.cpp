#include "vap/file_name.hpp"

#include "vap/text.hpp"

#include <fmt/format.h>

#include <array>

namespace vap {

bool is_windows_device(std::string_view name) {
  name = name.substr(0, name.find_first_of(".:"));
  while (!name.empty() && name.back() == ' ')
    name.remove_suffix(1);
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  for (std::string_view reserved : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"})
    if (upper == reserved) return true;
  if (upper.size() < 4 || (upper.rfind("COM", 0) != 0 && upper.rfind("LPT", 0) != 0)) return false;
  const std::string_view digit = std::string_view(upper).substr(3);
  // COM0 to COM9, and the superscript digits one, two and three (U+00B9, U+00B2, U+00B3).
  return (digit.size() == 1 && digit[0] >= '0' && digit[0] <= '9') || digit == "\u00B9" ||
         digit == "\u00B2" || digit == "\u00B3";
}

std::string unfit_file_name(std::string_view name, Lang lang) {
  if (name.empty()) return msg(lang, "it is empty");
  if (name == "." || name == "..") return msg(lang, "'{}' names a folder, not a file", name);
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '/' || c == '\\') return msg(lang, "it holds '{}', which separates folders", c);
    if (u < 0x20 || u == 0x7F)
      return msg(lang,
                 "it holds an invisible control character (U+{:04X}, a Tab or a line break "
                 "among them)",
                 static_cast<unsigned>(u));
    if (std::string_view("<>:\"|?*").find(c) != std::string_view::npos)
      return msg(lang, "it holds '{}', which Windows does not allow in a file name", c);
  }
  if (name.back() == '.' || name.back() == ' ')
    return msg(lang, "it ends in a dot or a space, which Windows drops");
  if (is_windows_device(name))
    return msg(lang, "Windows keeps the name '{}' for a device", name.substr(0, name.find('.')));
  if (name.size() > 255) return msg(lang, "it is longer than 255 bytes");
  return {};
}

std::string quoted_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += {'\\', c};
    else if (c == '\t')
      out += "\\t";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (u < 0x20 || u == 0x7F)
      out += fmt::format("\\x{:02x}", u);
    else
      out += c;
  }
  return out + "\"";
}

std::string file_name_key(std::string_view name) {
  return match_key(name);
}

} // namespace vap
