#include "vap/text.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("match_key folds case, composes and collapses white space") {
  CHECK(match_key("  Ичүүчү   суу ") == match_key("ичүүчү суу"));
  CHECK(match_key("ПИТЬЕВАЯ ВОДА") == "питьевая вода");
  // NFC: "й" written as и + combining breve matches the composed letter.
  CHECK(match_key("Уличное освещени\u0435") == match_key("уличное освещение"));
  CHECK(match_key("и\u0306") == match_key("й"));
  CHECK(match_key("Ичүүчү\u00a0суу") == "ичүүчү суу");
}

TEST_CASE("loose_key lets Russian-keyboard spellings of Kyrgyz letters match") {
  CHECK(loose_key("Ичүүчү суу") == loose_key("Ичууч\u0443 суу"));
  CHECK(loose_key("Көчө жарыгы") != loose_key("Коча жарыгы"));
  CHECK(loose_key("Көчө жарыгы") == loose_key("Коч\u043e жарыгы"));
}

TEST_CASE("loose_key forgives spaces at punctuation, dashes, quotes and a final full stop") {
  CHECK(loose_key("Баня,объекты культуры и быта.") == loose_key("Баня, объекты культуры и быта"));
  CHECK(loose_key("Кара - Суу") == loose_key("Кара-Суу"));
  CHECK(loose_key("Кара\u2013Суу") == loose_key("Кара-Суу"));
  CHECK(loose_key("«Ичүүчү суу»") == loose_key("Ичүүчү суу"));
  CHECK(loose_key("Мосты") != loose_key("Мусор"));
}

TEST_CASE("loose_key: the exact key, letter by letter") {
  CHECK(loose_key("«Ичүүчү суу».") == "ичуучу суу");
  CHECK(loose_key("Баня , объекты \u2013 культуры и быта ...") == "баня,объекты-культуры и быта");
  CHECK(loose_key("Ёлка ЁЛКА") == "елка елка");
  CHECK(loose_key("Ң Ө Ү ң ө ү") == "н о у н о у");
  CHECK(loose_key("“Жол” 'көпүрө' \"мост\"") == "жол копуро мост");
  CHECK(loose_key("Суу \U0001F4A7 (Café)") == "суу \U0001F4A7(café)");
  CHECK(loose_key(" . ").empty());
}

TEST_CASE("find_invalid_utf8 gives the offset of the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("Жаңы-Жол").has_value());
  CHECK(find_invalid_utf8("ab\xff"
                          "cd") == 2u);
  CHECK(find_invalid_utf8("Ж\xd0") == 2u);
}

TEST_CASE("display width and code points") {
  CHECK(codepoints("Жаңы") == 4u);
  CHECK(display_width("Жаңы") == 4u);
  CHECK(edit_distance("participants", "particpants") == 1u);
  CHECK(edit_distance("Жолдор", "Жолдр") == 1u);
}

TEST_CASE("slugify transliterates Russian and Kyrgyz") {
  CHECK(slugify("Аппарат УЗИ") == "apparat-uzi");
  CHECK(slugify("Бродячий скот на улицах") == "brodyachiy-skot-na-ulitsah");
  CHECK(slugify("Көңүл ачуу") == "kongul-achuu");
  CHECK(slugify("Подъезд") == "podezd");
  CHECK(slugify("!!!") == "unnamed");
}

TEST_CASE("tidy keeps case and collapses white space, no-break spaces too") {
  CHECK(tidy("  Ичүүчү \t  суу\u00a0 ") == "Ичүүчү суу");
  CHECK(tidy("") == "");
  CHECK(tidy(" \n ") == "");
}

TEST_CASE("tidy keeps three-byte characters and takes every kind of space for a space") {
  // Already tidy: returned as it is.
  CHECK(tidy("№4 орто мектеп – «Ала-Тоо»") == "№4 орто мектеп – «Ала-Тоо»");
  // Em space, ideographic space, narrow no-break space and a byte-order mark are spaces.
  CHECK(tidy("№4\u2003орто\u3000мектеп\u202f") == "№4 орто мектеп");
  CHECK(tidy("\ufeffКөл") == "Көл");
  // A zero-width space is no space (the checks of invisible characters name it).
  CHECK(tidy("Көл\u200bсуу") == "Көл\u200bсуу");
  // An invalid byte becomes U+FFFD; four-byte characters are kept.
  CHECK(tidy("a\xff b") == "a\ufffd b");
  CHECK(tidy(" \U0001F4A7  суу ") == "\U0001F4A7 суу");
  // Cyrillic letters are passed four at a time; a space or a Latin letter among them is seen.
  CHECK(tidy("Ичүүчүсуу  скважинасы") == "Ичүүчүсуу скважинасы");
  CHECK(tidy("Ичүүчүсуу\u00a0скважинасы ") == "Ичүүчүсуу скважинасы");
  CHECK(tidy("Ичүүчүсуу скважинасы") == "Ичүүчүсуу скважинасы");
}

TEST_CASE("did_you_mean picks a plausible typo only, in the language of the messages") {
  const std::vector<std::string> keys = {"date", "village", "group", "participants", "facilitator"};
  CHECK(did_you_mean(Lang::en, "particpants", keys) == "did you mean 'participants'?");
  CHECK(did_you_mean(Lang::en, "Vilage", keys) == "did you mean 'village'?");
  CHECK(did_you_mean(Lang::ru, "grup", keys) == "может быть, имелось в виду 'group'?");
  CHECK(did_you_mean(Lang::ky, "grup", keys) == "'group' дегениңиз беле?");
  CHECK(did_you_mean(Lang::en, "budget", keys).empty());
  CHECK(did_you_mean(Lang::en, "Кербн", {"Жаңы-Жол", "Кербен"}) == "did you mean 'Кербен'?");
}

TEST_CASE("is_slug accepts catalog ids only") {
  CHECK(is_slug("drinking-water"));
  CHECK(is_slug("land-tax2"));
  CHECK_FALSE(is_slug("Drinking-water"));
  CHECK_FALSE(is_slug("drinking water"));
  CHECK_FALSE(is_slug("суу"));
  CHECK_FALSE(is_slug(""));
}

TEST_CASE("edit distance counts code points, not bytes") {
  CHECK(edit_distance("ү", "у") == 1u);
  CHECK(edit_distance("Кербен", "Кербн") == 1u);
  CHECK(edit_distance("", "абв") == 3u);
}

TEST_CASE("match_key of Cyrillic letters without utf8proc gives utf8proc's bytes") {
  // Kyrgyz ң ө ү, Ukrainian and Serbian letters, Ѐ (U+0400), Ӏ stays with utf8proc (U+04C0).
  CHECK(match_key("ҢӨҮ Көл") == "ңөү көл");
  CHECK(match_key("ЁЇЂЉ Ѐ") == "ёїђљ ѐ");
  CHECK(match_key("Ѣ Ѳ Ґ Ӂ Ӑ Ӹ") == "ѣ ѳ ґ ӂ ӑ ӹ");
  CHECK(match_key("\u04C0") == "\u04CF");
  // A combining mark after a letter of the block still composes: Е + ̈ is ё.
  CHECK(match_key("Е\u0308") == "ё");
}

TEST_CASE("invisible_character names format characters, DEL, C1 controls and separators") {
  CHECK(vap::invisible_character(0x200B) == "U+200B ZERO WIDTH SPACE");
  CHECK(vap::invisible_character(0x202E) == "U+202E RIGHT-TO-LEFT OVERRIDE");
  CHECK(vap::invisible_character(0x2067) == "U+2067 RIGHT-TO-LEFT ISOLATE");
  CHECK(vap::invisible_character(0x7F) == "U+007F DELETE");
  CHECK(vap::invisible_character(0x85) == "U+0085 CONTROL CHARACTER");
  CHECK(vap::invisible_character(0x2028) == "U+2028 LINE SEPARATOR");
  CHECK(vap::invisible_character(0x2029) == "U+2029 PARAGRAPH SEPARATOR");
  CHECK(vap::invisible_character(0xE0001) == "U+E0001 FORMAT CHARACTER"); // a tag character
  CHECK(vap::invisible_character(U'ң').empty());
  CHECK(vap::invisible_character(U' ').empty());
  CHECK(vap::invisible_character(0xA0).empty()); // no-break space: a space, seen as one
}

TEST_CASE("edit_distance_within: the distance up to the limit, limit + 1 beyond it") {
  using vap::edit_distance_within;
  using vap::to_codepoints;
  CHECK(edit_distance_within(to_codepoints("суу"), to_codepoints("суу"), 2) == 0);
  CHECK(edit_distance_within(to_codepoints("ичүүчү суу"), to_codepoints("ичуучу суу"), 3) == 3);
  CHECK(edit_distance_within(to_codepoints("ичүүчү суу"), to_codepoints("ичуучу суу"), 2) == 3);
  CHECK(edit_distance_within(to_codepoints("ичүүчү суу"), to_codepoints("ичүүчү су"), 2) == 1);
  CHECK(edit_distance_within(to_codepoints("a"), to_codepoints("abcdefgh"), 3) == 4);
  CHECK(edit_distance_within(to_codepoints("kitten"), to_codepoints("sitting"), 5) == 3);
}

TEST_CASE("windows_1251_text: Cyrillic saved in Windows-1251 is decoded; other bytes are not") {
  // "Дороги: 5" in Windows-1251.
  CHECK(windows_1251_text("\xC4\xEE\xF0\xEE\xE3\xE8: 5") ==
        std::optional<std::string>("Дороги: 5"));
  CHECK(windows_1251_text("\xA8\xEB\xEA\xE0") == std::optional<std::string>("Ёлка"));
  CHECK_FALSE(windows_1251_text("plain ASCII").has_value());
  // Mostly bytes that are not letters in Windows-1251 (binary data, another code page).
  CHECK_FALSE(windows_1251_text("\x80\x81\x82\x83\xC0").has_value());
  CHECK(windows_1251_to_utf8("\x96") == std::optional<std::string>("–"));
}
