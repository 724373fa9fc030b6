#pragma once
// C++ literals of text, for the generators of build-time tables (tools/*_gen.cpp).
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

namespace vap::tools {

// A C++ string literal of UTF-8 text: printable ASCII as it is, every other byte in octal (three
// digits, so that no following digit is read as part of the escape).
inline std::string literal(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7F && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

// A C++ literal of UTF-32 text: every code point as \U and eight hex digits.
inline std::string literal32(std::u32string_view text) {
  std::string out = "U\"";
  for (char32_t c : text) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\U%08X", static_cast<unsigned>(c));
    out += buf;
  }
  return out + "\"";
}

// Writes `text` to `path` whole; false when it cannot.
inline bool write_generated(const char* path, const std::string& text) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << text;
  f.close();
  return static_cast<bool>(f);
}

} // namespace vap::tools
