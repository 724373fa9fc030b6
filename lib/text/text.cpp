#include "vap/text.hpp"

#include <cstring>
#include <unicode/ucnv.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace vap {
namespace {

// Decodes UTF-8 that is known to be valid into code points.
std::vector<utf8proc_int32_t> decode(std::string_view text) {
  std::vector<utf8proc_int32_t> out;
  out.reserve(text.size());
  auto p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) { // invalid: skip the byte
      cp = 0xFFFD;
      n = 1;
    }
    out.push_back(cp);
    p += n;
    left -= n;
  }
  return out;
}

void encode(utf8proc_int32_t cp, std::string& out) {
  std::array<utf8proc_uint8_t, 4> buf{};
  auto n = utf8proc_encode_char(cp, buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

bool is_space(utf8proc_int32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
  if (cp == 0xA0 || cp == 0xFEFF) return true;
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

} // namespace

namespace {

// Eight bytes at `p` as one word (the tests below are on every byte at once, in any byte order).
std::uint64_t word_at(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}
constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
constexpr std::uint64_t k_highs = 0x8080808080808080ULL;
// Every byte of `w` is ASCII.
bool all_ascii(std::uint64_t w) {
  return (w & k_highs) == 0;
}
// The eight bytes of `w` are four Cyrillic letters of U+0400..U+04FF (D0..D3, then a
// continuation byte; none is invisible or a space).
bool four_cyrillic(std::uint64_t w) {
  std::uint64_t lead_mask = 0x00FC00FC00FC00FCULL, lead = 0x00D000D000D000D0ULL;
  std::uint64_t next_mask = 0xC000C000C000C000ULL, next = 0x8000800080008000ULL;
  if constexpr (std::endian::native == std::endian::big) {
    lead_mask = 0xFC00FC00FC00FC00ULL, lead = 0xD000D000D000D000ULL;
    next_mask = 0x00C000C000C000C0ULL, next = 0x0080008000800080ULL;
  }
  return (w & (lead_mask | next_mask)) == (lead | next);
}
// Every byte of `w` is a printable ASCII character, U+0020..U+007E (no control, no DELETE).
bool all_printable(std::uint64_t w) {
  const bool below_space = ((w - 0x20 * k_ones) & ~w & k_highs) != 0;
  const std::uint64_t del = w ^ (0x7F * k_ones);
  const bool has_delete = ((del - k_ones) & ~del & k_highs) != 0;
  return all_ascii(w) && !below_space && !has_delete;
}

} // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  auto base = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size() && all_ascii(word_at(text.data() + i))) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Two bytes (Latin, Cyrillic): C2..DF and a continuation byte are always well formed.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(base + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

namespace {

// Text that tidy() would return unchanged: single spaces between words and only ASCII, two-byte
// (Latin, Cyrillic) and three-byte characters, none of which is a space. Most names are like that.
bool already_tidy(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 8 <= s.size() && four_cyrillic(word_at(s.data() + i))) {
      i += 7; // four Cyrillic letters
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      if (i == 0 || i + 1 == s.size() || s[i - 1] == ' ') return false;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    } else if (c >= 0xC3 && c <= 0xDF) {
      // A valid two-byte character when a continuation byte follows (C2 holds U+00A0).
      if (i + 1 == s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80) return false;
      ++i;
    } else if (c >= 0xE0 && c <= 0xEF) {
      // Three bytes (№, –, «»): well formed and not a space (U+2000..U+200A, U+3000, U+FEFF...).
      utf8proc_int32_t cp = 0;
      const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                      static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
      if (n != 3 || is_space(cp)) return false;
      i += 2;
    } else if (c >= 0x80) {
      return false;
    }
  }
  return true;
}

} // namespace

std::string tidy(std::string_view name) {
  if (already_tidy(name)) return std::string(name);
  // Character by character, each kept as its bytes (a well-formed sequence is its own encoding);
  // an invalid byte becomes U+FFFD.
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  for (std::size_t i = 0; i < name.size();) {
    utf8proc_int32_t cp = p[i];
    utf8proc_ssize_t n = 1;
    if (cp >= 0x80) {
      n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(name.size() - i), &cp);
      if (n <= 0) {
        cp = 0xFFFD;
        n = 1;
      }
    }
    if (is_space(cp)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      if (cp == 0xFFFD && n == 1)
        encode(cp, out);
      else
        out.append(name.data() + i, static_cast<std::size_t>(n));
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

namespace {

// The case folding of a letter of the Cyrillic blocks that utf8proc's NFC + case folding maps on
// its own (no letter there decomposes into another of the block, none composes with a neighbour
// without a combining mark); 0 for any other code point (they take utf8proc's way).
std::uint32_t cyrillic_fold(std::uint32_t cp) {
  if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
  if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
  if (cp >= 0x0430 && cp <= 0x045F) return cp;
  if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) ||
      (cp >= 0x04D0 && cp <= 0x04FF))
    return cp | 1;
  return 0;
}

// match_key of tidy text made only of ASCII and the Cyrillic letters above (most names): the
// same bytes utf8proc_map gives, without it. False for anything else.
bool fast_key(const std::string& t, std::string& out) {
  out.clear();
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      continue;
    }
    if ((c & 0xE0) != 0xC0 || i + 1 == t.size()) return false;
    const auto d = static_cast<unsigned char>(t[i + 1]);
    if ((d & 0xC0) != 0x80) return false;
    const std::uint32_t folded = cyrillic_fold(((c & 0x1Fu) << 6) | (d & 0x3Fu));
    if (!folded) return false;
    out.push_back(static_cast<char>(0xC0 | (folded >> 6)));
    out.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
    ++i;
  }
  return true;
}

} // namespace

std::string match_key(std::string_view name) {
  std::string t = tidy(name);
  if (std::string fast; fast_key(t, fast)) return fast;
  // ASCII needs no normalisation, and its case folding is A-Z to a-z.
  if (std::all_of(t.begin(), t.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (char& c : t)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return t;
  }
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(t.data()), static_cast<utf8proc_ssize_t>(t.size()),
      &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (n < 0) return t;
  std::string out(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  return out;
}

std::string loose_key(std::string_view name) {
  // Letters of a Russian keyboard for Kyrgyz ones, dashes as '-', quotes dropped, no space beside
  // punctuation, no final full stop: "Баня,объекты культуры и быта." = "Баня, объекты культуры и
  // быта". The match key is well-formed UTF-8: each sequence is copied as it is unless it is one
  // of the letters changed or dropped here (none is longer than three bytes).
  const std::string key = match_key(name);
  std::string kept;
  kept.reserve(key.size());
  for (std::size_t i = 0; i < key.size();) {
    const auto c = static_cast<unsigned char>(key[i]);
    if (c < 0x80) {
      if (c != '"' && c != '\'') kept.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    const std::size_t n = std::min(len, key.size() - i);
    std::uint32_t cp = 0; // the code point of a whole two- or three-byte sequence, else 0
    if (n == len && len == 2)
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(key[i + 1]) & 0x3Fu);
    else if (n == len && len == 3)
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(key[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(key[i + 2]) & 0x3Fu);
    switch (cp) {
    case 0x04A3: // ң → н
      kept += "\u043D";
      break;
    case 0x04E9: // ө → о
      kept += "\u043E";
      break;
    case 0x04AF: // ү → у
      kept += "\u0443";
      break;
    case 0x0451: // ё → е
      kept += "\u0435";
      break;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
      kept.push_back('-');
      break;
    case 0x00AB: // « » “ ”
    case 0x00BB:
    case 0x201C:
    case 0x201D:
      break;
    default:
      kept.append(key, i, n);
    }
    i += n;
  }
  while (!kept.empty() && (kept.back() == '.' || kept.back() == ' '))
    kept.pop_back();
  // Punctuation and spaces are ASCII: a byte beside a space is the character beside it.
  auto punct = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '-' || c == '/' || c == '(' ||
           c == ')';
  };
  std::string out;
  out.reserve(kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (kept[i] == ' ' &&
        ((i > 0 && punct(kept[i - 1])) || (i + 1 < kept.size() && punct(kept[i + 1]))))
      continue;
    out.push_back(kept[i]);
  }
  return out;
}

std::string invisible_character(char32_t cp) {
  struct Named {
    char32_t cp;
    std::string_view name;
  };
  // The names of those one meets in pasted text; the others are named by their kind.
  static constexpr Named k_names[] = {{0x007F, "DELETE"},
                                      {0x00AD, "SOFT HYPHEN"},
                                      {0x061C, "ARABIC LETTER MARK"},
                                      {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
                                      {0x200B, "ZERO WIDTH SPACE"},
                                      {0x200C, "ZERO WIDTH NON-JOINER"},
                                      {0x200D, "ZERO WIDTH JOINER"},
                                      {0x200E, "LEFT-TO-RIGHT MARK"},
                                      {0x200F, "RIGHT-TO-LEFT MARK"},
                                      {0x2028, "LINE SEPARATOR"},
                                      {0x2029, "PARAGRAPH SEPARATOR"},
                                      {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
                                      {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
                                      {0x202C, "POP DIRECTIONAL FORMATTING"},
                                      {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
                                      {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
                                      {0x2060, "WORD JOINER"},
                                      {0x2066, "LEFT-TO-RIGHT ISOLATE"},
                                      {0x2067, "RIGHT-TO-LEFT ISOLATE"},
                                      {0x2068, "FIRST STRONG ISOLATE"},
                                      {0x2069, "POP DIRECTIONAL ISOLATE"},
                                      {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"}};
  const bool c1 = cp >= 0x80 && cp <= 0x9F;
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (!(cp == 0x7F || c1 || category == UTF8PROC_CATEGORY_CF || category == UTF8PROC_CATEGORY_ZL ||
        category == UTF8PROC_CATEGORY_ZP))
    return "";
  std::string_view name = c1 ? "CONTROL CHARACTER" : "FORMAT CHARACTER";
  for (const auto& n : k_names)
    if (n.cp == cp) name = n.name;
  return fmt::format("U+{:04X} {}", static_cast<std::uint32_t>(cp), name);
}

bool plainly_clean(std::string_view text, std::size_t max_line,
                   std::vector<std::uint32_t>* line_starts) {
  const auto* base = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  if (line_starts) line_starts->assign(1, 0);
  // Line by line: a line of at most `max_line` bytes has at most as many characters.
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > max_line && codepoints(text.substr(start, end - start)) > max_line)
      return false;
    for (std::size_t i = start; i < end;) {
      if (i + 8 <= end) {
        const std::uint64_t w = word_at(text.data() + i);
        if (all_printable(w) || four_cyrillic(w)) {
          i += 8;
          continue;
        }
      }
      const auto c = static_cast<unsigned char>(text[i]);
      if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\r') {
        ++i;
      } else if (c >= 0xD0 && c <= 0xD3 && i + 1 < end &&
                 (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
        i += 2; // U+0400..U+04FF: Cyrillic letters, none invisible
      } else if (c < 0x80) {
        return false; // a control character or DELETE
      } else {
        utf8proc_int32_t cp = 0;
        const auto n =
            utf8proc_iterate(base + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0 || !invisible_character(static_cast<char32_t>(cp)).empty()) return false;
        i += static_cast<std::size_t>(n);
      }
    }
    start = end + 1;
    if (line_starts && end < text.size()) line_starts->push_back(static_cast<std::uint32_t>(start));
  }
  return true;
}

std::size_t codepoints(std::string_view text) {
  // As decode(text).size(), without the vector: ASCII counts one, the rest as utf8proc reads it.
  auto p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  std::size_t n = 0;
  while (left > 0) {
    utf8proc_ssize_t step = 1;
    if (*p >= 0x80) {
      utf8proc_int32_t cp = 0;
      step = utf8proc_iterate(p, left, &cp);
      if (step <= 0) step = 1;
    }
    ++n;
    p += step;
    left -= step;
  }
  return n;
}

std::size_t display_width(std::string_view text) {
  std::size_t w = 0;
  for (auto cp : decode(text)) {
    int cw = utf8proc_charwidth(cp);
    w += cw > 0 ? static_cast<std::size_t>(cw) : 0;
  }
  return w;
}

std::u32string to_codepoints(std::string_view text) {
  auto d = decode(text);
  return std::u32string(d.begin(), d.end());
}

std::size_t edit_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  const std::size_t over = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
  // One row on the stack for names of up to 127 characters, else on the heap. (Not a
  // thread_local vector: a thread_local with a destructor can crash at thread exit under MinGW's
  // winpthreads, and "did you mean" runs in the loading threads.)
  std::array<std::size_t, 128> small;
  std::vector<std::size_t> large;
  std::size_t* row = small.data();
  if (b.size() + 1 > small.size()) {
    large.resize(b.size() + 1);
    row = large.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    std::size_t smallest = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      smallest = std::min(smallest, row[j]);
    }
    if (smallest > limit) return over; // every later row is at least as large
  }
  return std::min(row[b.size()], over);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto x = decode(a);
  auto y = decode(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::string slugify(std::string_view name) {
  // Cyrillic (Russian and Kyrgyz letters) to Latin, lower case.
  static const std::array<const char*, 32> k_basic = {
      "a", "b", "v", "g", "d", "e", "zh", "z",  "i",  "y",   "k", "l", "m", "n", "o",  "p",
      "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "",  "y", "",  "e", "yu", "ya"};
  std::string out;
  bool dash = false;
  for (auto cp : decode(match_key(name))) {
    std::string piece;
    if (cp == 0x044A || cp == 0x044C) continue; // hard and soft signs
    if (cp >= 0x0430 && cp <= 0x044F)
      piece = k_basic[static_cast<std::size_t>(cp - 0x0430)];
    else if (cp == 0x0451)
      piece = "yo";
    else if (cp == 0x04A3)
      piece = "ng";
    else if (cp == 0x04E9)
      piece = "o";
    else if (cp == 0x04AF)
      piece = "u";
    else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
      piece = std::string(1, static_cast<char>(cp));
    else if (utf8proc_category(cp) == UTF8PROC_CATEGORY_MN)
      continue;
    if (piece.empty()) {
      dash = !out.empty();
      continue;
    }
    if (dash) out.push_back('-');
    dash = false;
    out += piece;
  }
  return out.empty() ? std::string("unnamed") : out;
}

bool is_slug(std::string_view text) {
  if (text.empty()) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string did_you_mean(Lang lang, std::string_view typed,
                         const std::vector<std::string>& candidates) {
  const std::string key = match_key(typed);
  std::size_t best = SIZE_MAX;
  const std::string* pick = nullptr;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(key, match_key(c));
    if (d < best) {
      best = d;
      pick = &c;
    }
  }
  if (!pick || best > std::max<std::size_t>(2, codepoints(key) / 3)) return "";
  return msg(lang, "did you mean '{}'?", *pick);
}

std::optional<std::string> windows_1251_text(std::string_view bytes) {
  std::size_t high = 0;
  std::size_t letters = 0;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) continue;
    ++high;
    // А..я, Ё, ё, and the letters of other Cyrillic alphabets (Ў ў Ї ї І і Є є Ґ ґ).
    if (c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xA1 || c == 0xA2 || c == 0xAF || c == 0xBF ||
        c == 0xB2 || c == 0xB3 || c == 0xAA || c == 0xBA || c == 0xA5 || c == 0xB4)
      ++letters;
  }
  if (high == 0 || letters * 10 < high * 8) return std::nullopt;
  return windows_1251_to_utf8(bytes);
}

std::optional<std::string> windows_1251_to_utf8(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 1, '\0');
  UConverter* from = ucnv_open("windows-1251", &status);
  UConverter* to = ucnv_open("UTF-8", &status);
  if (U_FAILURE(status)) {
    if (from) ucnv_close(from);
    if (to) ucnv_close(to);
    return std::nullopt;
  }
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

} // namespace vap
