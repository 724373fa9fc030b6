// The answers of a phone form's submission against the form (vap/export_values.hpp), and an
// ODK XML instance's elements (vap/export_xml.hpp).
#include "vap/export_values.hpp"
#include "vap/export_xml.hpp"

#include <doctest/doctest.h>

using namespace vap;
using vap::exports::Entry;
using vap::form::QType;
using vap::form::Question;

namespace {

Question question(QType type, std::string name, bool required = true) {
  Question q;
  q.type = type;
  q.name = std::move(name);
  q.required = required;
  return q;
}

std::vector<std::string> messages(const std::vector<Question>& scope, const Entry& e) {
  std::vector<std::string> out;
  for (const auto& p :
       exports::answer_problems(scope, e, Lang::en, [](const Question& q) { return q.name; }))
    out.push_back(p.message);
  return out;
}

} // namespace

TEST_CASE(
    "answer_problems: a required answer missing, 'other' without its text, a score outside 1-5") {
  std::vector<Question> form;
  form.push_back(question(QType::select_one, "service"));
  form.push_back(question(QType::text, "service_other"));
  form.back().relevant = "${service} = 'other'";
  Question group = question(QType::group, "about", false);
  group.children.push_back(question(QType::select_one, "gender"));
  group.children.push_back(question(QType::integer, "score"));
  group.children.back().constraint = ". >= 1 and . <= 5";
  group.children.back().constraint_message = {"1ден 5ке чейин", "От 1 до 5", "From 1 to 5"};
  group.children.push_back(question(QType::text, "comment", false));
  form.push_back(group);
  Question repeat = question(QType::repeat, "votes", false);
  repeat.children.push_back(question(QType::integer, "vote_dots"));
  form.push_back(repeat);
  form.push_back(question(QType::calculate, "votes_count"));

  Entry e;
  e.answers.push_back({&form[0], "drinking-water", {}});
  e.answers.push_back({&form[2].children[0], "female", {}});
  e.answers.push_back({&form[2].children[1], "4", {}});
  // Complete: the repeat group's questions and the calculation are not the row's to answer.
  CHECK(messages(form, e).empty());

  e.answers[0].text = "other";
  e.answers[2].text = "7";
  e.answers.erase(e.answers.begin() + 1);
  CHECK(messages(form, e) ==
        std::vector<std::string>{"'service_other' has no answer; the form requires one",
                                 "'gender' has no answer; the form requires one",
                                 "'score' cannot be 7: From 1 to 5"});
  e.answers[1].text = "0";
  CHECK(messages(form, e).back() == "'score' cannot be 0: From 1 to 5");
  e.answers[1].text = "5";
  e.answers.push_back({&form[1], "Көчө жарыгы", {}});
  CHECK(messages(form, e) ==
        std::vector<std::string>{"'gender' has no answer; the form requires one"});
}

TEST_CASE("answer_problems: a select_multiple's 'other' and a constraint on other questions") {
  std::vector<Question> form;
  form.push_back(question(QType::select_multiple, "problems"));
  form.back().constraint = "count-selected(.) <= ${dots_each}";
  form.push_back(question(QType::text, "problems_other"));
  form.back().relevant = "selected(${problems}, 'other')";
  form.push_back(question(QType::integer, "vote_dots"));
  form.back().constraint = ". >= 0 and ${dots_total} <= ${participants} * ${dots_each}";
  Entry e;
  e.answers.push_back({&form[0], "roads other", {}});
  e.answers.push_back({&form[2], "-1", {}});
  CHECK(messages(form, e) ==
        std::vector<std::string>{"'problems_other' has no answer; the form requires one",
                                 "'vote_dots' cannot be -1: "});
  e.answers[0].text = "roads otherwise";
  e.answers[1].text = "400"; // only the bound on the answer itself is checked here
  CHECK(messages(form, e).empty());
}

TEST_CASE("normalise: values as the question takes them, or why not") {
  form::Form f;
  f.lists.push_back(
      {"genders",
       {{"female", {"Аял", "Женщина", "Female"}}, {"male", {"Эркек", "Мужчина", "Male"}}}});
  Question g = question(QType::select_one, "gender");
  g.list = "genders";
  exports::Table t;
  std::string why;
  CHECK(exports::normalise(f, g, "Женщина", t, "Пол", Lang::en, why) == "female");
  CHECK_FALSE(exports::normalise(f, g, "Ж", t, "Пол", Lang::en, why));
  CHECK(why == "'Ж' is not one of the form's choices for 'Пол': Female, Male");
  Question d = question(QType::date, "date");
  CHECK(exports::normalise(f, d, "02.03.2015", t, "Дата", Lang::en, why) == "2015-03-02");
  CHECK_FALSE(exports::normalise(f, d, "31.02.2015", t, "Дата", Lang::en, why));
  Question n = question(QType::integer, "score");
  CHECK(exports::normalise(f, n, "4", t, "score", Lang::en, why) == "4");
  CHECK_FALSE(exports::normalise(f, n, "4.5", t, "score", Lang::en, why));
  CHECK(why == "'score' must be a whole number, not '4.5'");
}

TEST_CASE("content_hash: the same answers hash alike, a changed answer not; ids by text") {
  Question q = question(QType::integer, "score");
  Entry a, b;
  a.answers.push_back({&q, "4", {}});
  b.answers.push_back({&q, "4", {1, 2, 3, 4}}); // another place, the same content
  CHECK(exports::content_hash(a) == exports::content_hash(b));
  b.answers[0].text = "5";
  CHECK(exports::content_hash(a) != exports::content_hash(b));
  CHECK(exports::text_hash("uuid:1") == exports::text_hash("uuid:1"));
  CHECK(exports::text_hash("uuid:1") != exports::text_hash("uuid:2"));
}

TEST_CASE("parse_instance: elements without their prefixes, each with its line and column") {
  const auto x = exports::parse_instance(
      "<?xml version=\"1.0\"?>\n<data id=\"f\">\n  <score>4</score>\n"
      "  <orx:meta xmlns:orx=\"http://openrosa.org/xforms\">\n"
      "    <orx:instanceID>uuid:1</orx:instanceID>\n  </orx:meta>\n</data>\n");
  REQUIRE(x.parsed);
  CHECK(x.root.name == "data");
  REQUIRE(x.root.kids.size() == 2);
  CHECK(x.root.kids[0].name == "score");
  CHECK(x.root.kids[0].text == "4");
  CHECK(x.root.kids[0].line == 3);
  CHECK(x.root.kids[0].col == 2);
  CHECK(x.root.kids[1].name == "meta");
  CHECK(x.root.kids[1].kids.at(0).name == "instanceID");
  CHECK(x.root.kids[1].kids.at(0).text == "uuid:1");

  const auto broken = exports::parse_instance("<data>\n  <score>4</data>\n");
  CHECK_FALSE(broken.parsed);
  CHECK(broken.line == 2);
  CHECK(broken.why == "mismatched tag");

  std::string deep;
  for (int i = 0; i < 70; ++i)
    deep += "<a>";
  for (int i = 0; i < 70; ++i)
    deep += "</a>";
  const auto too_deep = exports::parse_instance(deep);
  CHECK_FALSE(too_deep.parsed);
  CHECK(too_deep.why == "too deep");
}
