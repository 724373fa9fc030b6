// Names of files made from what a file says (a municipality's id, a workbook's parts): one
// ordinary file in the folder meant, on Linux and on Windows alike.
#include "vap/file_name.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("file_name: the names Windows keeps for devices, COM0, LPT0 and COM¹ COM² COM³ too") {
  for (const char* device : {"NUL", "nul.yaml", "Con", "prn.txt", "AUX", "CONIN$", "conout$.x",
                             "COM0", "com9", "LPT0.csv", "lpt5", "COM\u00b9", "com\u00b2.md",
                             "LPT\u00b3", "LPT\u00b9.xlsx", "nul .txt", "NUL:stream"})
    CHECK_MESSAGE(is_windows_device(device), device);
  for (const char* name : {"NULL", "nul-report.csv", "COM10", "COM\u2074", "LPT", "console.txt",
                           "com", "jany-jol.xlsx", "", "CO M1"})
    CHECK_FALSE_MESSAGE(is_windows_device(name), name);
}

TEST_CASE("file_name: what cannot name a file is said; an ordinary name passes") {
  CHECK(unfit_file_name("jany-jol.xlsx", Lang::en).empty());
  CHECK(unfit_file_name("Жаңы-Жол 2.yaml", Lang::en).empty());
  CHECK(unfit_file_name(std::string(255, 'a'), Lang::en).empty());
  CHECK(unfit_file_name("", Lang::en) == "it is empty");
  CHECK(unfit_file_name("..", Lang::en) == "'..' names a folder, not a file");
  CHECK(unfit_file_name("../escaped.xlsx", Lang::en) == "it holds '/', which separates folders");
  CHECK(unfit_file_name("a\\b", Lang::en) == "it holds '\\', which separates folders");
  CHECK(unfit_file_name("a\tb.yaml", Lang::en) ==
        "it holds an invisible control character (U+0009, a Tab or a line break among them)");
  CHECK(unfit_file_name("a\nb.yaml", Lang::ru) ==
        "в нём есть невидимый управляющий символ (U+000A, например табуляция или перевод строки)");
  CHECK(unfit_file_name("report.md:s", Lang::en) ==
        "it holds ':', which Windows does not allow in a file name");
  CHECK(unfit_file_name("what?.yaml", Lang::en) ==
        "it holds '?', which Windows does not allow in a file name");
  CHECK(unfit_file_name("name.", Lang::en) == "it ends in a dot or a space, which Windows drops");
  CHECK(unfit_file_name("NUL.xlsx", Lang::en) == "Windows keeps the name 'NUL' for a device");
  CHECK(unfit_file_name("com\u00b9.yaml", Lang::ky) ==
        "Windows 'com\u00b9' деген атты түзмөк үчүн сактайт");
  CHECK(unfit_file_name(std::string(256, 'a'), Lang::en) == "it is longer than 255 bytes");
}

TEST_CASE("file_name: names that differ only in case are one name on Windows") {
  CHECK(file_name_key("Sessions") == file_name_key("sessions"));
  CHECK(file_name_key("Жаңы.yaml") == file_name_key("ЖАҢЫ.YAML"));
  CHECK(file_name_key("a.yaml") != file_name_key("b.yaml"));
}
