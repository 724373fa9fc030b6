#pragma once
// Unicode helpers (utf8proc): validation, matching keys, widths, distances.
#include "vap/i18n.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// Byte offset of the first byte that is not valid UTF-8, or nothing.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// `bytes` (not UTF-8) read as Windows-1251 (ICU's converter), in UTF-8, when they look like
// Cyrillic text saved in that code page: most bytes above 0x7F are Cyrillic letters. Otherwise
// nothing (another code page, or binary data).
std::optional<std::string> windows_1251_text(std::string_view bytes);
// `bytes` read as Windows-1251, whatever they look like (nothing only if ICU cannot convert).
std::optional<std::string> windows_1251_to_utf8(std::string_view bytes);

// The key two names are compared by: NFC, case folded, white space collapsed and trimmed.
std::string match_key(std::string_view name);

// A looser key for names typed on a Russian keyboard: ң→н, ө→о, ү→у, ё→е after match_key.
std::string loose_key(std::string_view name);

// The same bytes: a == b, the first bytes compared before memcmp is called (keys of a mapping
// mostly differ there, and most have the same few lengths).
inline bool equal_bytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

// White space collapsed and trimmed, case kept: how a typed name is shown.
std::string tidy(std::string_view name);

// For a character that must not be in a workshop file because it cannot be seen or moves the
// text around it (DEL, C1 controls, Unicode format characters such as U+200B or U+202E, the line
// and paragraph separators U+2028/U+2029): "U+200B ZERO WIDTH SPACE"; otherwise empty.
std::string invisible_character(char32_t cp);
// Whether the text is well-formed UTF-8 without control characters (but tab and line ends) and
// without invisible characters (invisible_character), in lines of at most `max_line`
// characters: what check_bytes passes. One quick pass, ASCII and Cyrillic decided on the spot.
// When it is true and `line_starts` is given, that holds the byte where each line starts (as
// Sources::set_text finds them), found in the same pass.
bool plainly_clean(std::string_view text, std::size_t max_line,
                   std::vector<std::uint32_t>* line_starts = nullptr);

// Number of code points.
std::size_t codepoints(std::string_view text);

// Columns a terminal gives the text (East Asian wide = 2, combining = 0).
std::size_t display_width(std::string_view text);

// Levenshtein distance counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The code points of UTF-8 text (for distances computed many times).
std::u32string to_codepoints(std::string_view text);
// The distance when it is at most `limit`, else limit + 1; stops as soon as it is known to be
// larger, so that comparing one name against many costs little.
std::size_t edit_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit);

// An ASCII slug for a name with no catalog id ("Аппарат УЗИ" → "apparat-uzi").
std::string slugify(std::string_view name);

// True if `text` is a plausible ASCII id: lower-case letters, digits and hyphens.
bool is_slug(std::string_view text);

// "did you mean 'x'?" for the closest of `candidates` (a plausible typo), or an empty string.
std::string did_you_mean(Lang lang, std::string_view typed,
                         const std::vector<std::string>& candidates);

} // namespace vap
