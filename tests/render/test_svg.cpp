#include "vap/svg.hpp"

#include <doctest/doctest.h>

using namespace vap;

TEST_CASE("svg: numbers have fixed decimals and no negative zero") {
  CHECK(svg::num(12.345) == "12.3");
  CHECK(svg::num(-0.04) == "0.0");
  CHECK(svg::num(3, 0) == "3");
}

TEST_CASE("svg: text is escaped and anchored") {
  CHECK(svg::text(1, 2, "A & <B>", 12) ==
        "<text x=\"1.0\" y=\"2.0\" font-size=\"12.0\">A &amp; &lt;B&gt;</text>\n");
  CHECK(svg::text(0, 0, "Мектеп", 10, "end", "fill=\"#000\"") ==
        "<text x=\"0.0\" y=\"0.0\" font-size=\"10.0\" text-anchor=\"end\" "
        "fill=\"#000\">Мектеп</text>\n");
  CHECK(svg::text_lines(5, 10, {"Аялдар", "кеңеши"}, 12, 15) ==
        "<text x=\"5.0\" y=\"10.0\" font-size=\"12.0\"><tspan x=\"5.0\" y=\"10.0\">Аялдар</tspan>"
        "<tspan x=\"5.0\" y=\"25.0\">кеңеши</tspan></text>\n");
}

TEST_CASE("svg: shapes") {
  CHECK(svg::circle(1, 2, 3, "fill=\"red\"") ==
        "<circle cx=\"1.0\" cy=\"2.0\" r=\"3.0\" fill=\"red\"/>\n");
  // A quarter from twelve to three o'clock.
  CHECK(svg::slice(0, 0, 10, 0, 3.14159265358979 / 2, "fill=\"x\"") ==
        "<path d=\"M0.0 0.0L0.0 -10.0A10.0 10.0 0 0 1 10.0 0.0Z\" fill=\"x\"/>\n");
  // A full turn is a circle.
  CHECK(svg::slice(0, 0, 10, 0, 2 * 3.14159265358979, "").rfind("<circle", 0) == 0);
}

TEST_CASE("svg: long labels wrap near the middle; text boxes keep apart") {
  CHECK(svg::wrap_label("Райондук мамлекеттик администрация", 18) ==
        std::vector<std::string>{"Райондук мамлекеттик", "администрация"});
  CHECK(svg::wrap_label("Мектеп", 18) == std::vector<std::string>{"Мектеп"});
  CHECK(svg::wrap_label("Суупайдалануучуларассоциациясы", 10).size() == 1);
  CHECK(svg::text_width("abcd", 10) == doctest::Approx(24.8));
  // Bold letters are wider (a bold title makes room for itself).
  CHECK(svg::bold_text_width("abcd", 10) == doctest::Approx(24.8 * 1.15));
  svg::Box a = svg::text_box(0, 10, {"abcd"}, 10, 12, "start");
  CHECK(a.x1 == doctest::Approx(24.8));
  CHECK(a.y0 == doctest::Approx(2));
  svg::Box b = svg::text_box(30, 10, {"abcd"}, 10, 12, "start");
  CHECK_FALSE(a.intersects(b));
  CHECK(a.intersects(b, 6));
  CHECK(a.touches_circle(30, 5, 6));
  CHECK_FALSE(a.touches_circle(40, 5, 6));
}

TEST_CASE("svg: a document has the XML header, a viewBox and the font stack") {
  std::string doc = svg::document(0, 0, 100, 50, "T & t", "");
  CHECK(
      doc ==
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"100\" height=\"50\" "
      "viewBox=\"0.0 0.0 100.0 50.0\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n"
      "<title>T &amp; t</title>\n"
      "<rect x=\"0.0\" y=\"0.0\" width=\"100.0\" height=\"50.0\" fill=\"#ffffff\"/>\n"
      "</svg>\n");
}
