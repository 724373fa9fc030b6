#include "vap/yaml_tree.hpp"

#include <doctest/doctest.h>

#include <string>

using vap::yaml::Node;

namespace {

// Every node of `ours` has the type, mark, scalar and children of the same node of `theirs`.
void same(const Node& ours, const YAML::Node& theirs) {
  REQUIRE(ours.Type() == theirs.Type());
  CHECK(ours.Mark().line == theirs.Mark().line);
  CHECK(ours.Mark().column == theirs.Mark().column);
  CHECK(ours.Mark().pos == theirs.Mark().pos);
  if (theirs.IsScalar()) CHECK(ours.Scalar() == theirs.Scalar());
  REQUIRE(ours.size() == theirs.size());
  auto a = ours.begin();
  for (auto b = theirs.begin(); b != theirs.end(); ++b, ++a) {
    REQUIRE(a != ours.end());
    if (theirs.IsMap()) {
      same(a->first, b->first);
      same(a->second, b->second);
    } else {
      same(*a, *b);
    }
  }
  CHECK(a == ours.end());
}

} // namespace

TEST_CASE("yaml_tree: the tree of the event stream is YAML::Load's, marks and all") {
  const std::string text = "vap: 1\n"
                           "session:\n"
                           "  date: 2015-03-02\n"
                           "  village: Көк-Жар\n"
                           "  note:\n"
                           "map:\n"
                           "  - {name: \"Мектеп\", location: [41.95, 72.91]}\n"
                           "  - name: ~\n"
                           "    name: second\n"
                           "gallery: &g\n"
                           "  votes: {Суу: 3, ? [a, b] : 1}\n"
                           "again: *g\n";
  auto doc = vap::yaml::parse(text);
  const Node root = doc->root();
  same(root, YAML::Load(text));
  // A key found is the first of its name; an alias is the node it names.
  CHECK(root["map"][1]["name"].IsNull());
  CHECK(root["again"]["votes"]["Суу"].Scalar() == "3");
  CHECK(root["again"].Mark().line == root["gallery"].Mark().line);
  CHECK_FALSE(root["missing"]);
  CHECK_FALSE(root["map"]["name"]);
  CHECK_FALSE(root["map"][2]);
  CHECK(root["session"]["note"].IsNull());
  CHECK(root["map"][0]["location"].size() == 2);
}

TEST_CASE("yaml_tree: an empty document, a scalar, remove, and syntax errors as YAML::Load's") {
  auto empty = vap::yaml::parse("# only a comment\n");
  CHECK(empty->root().IsNull());
  CHECK(empty->root().Mark().line == -1);
  auto scalar = vap::yaml::parse("just text\n");
  CHECK(scalar->root().Scalar() == "just text");

  auto doc = vap::yaml::parse("vap: 1\nproblems: []\nvap: 2\n");
  Node root = doc->root();
  root.remove("vap");
  REQUIRE(root.size() == 1);
  CHECK(root.begin()->first.Scalar() == "problems");

  const std::string bad = "a: [1, 2\nb: 3\n";
  std::string ours, theirs;
  int our_line = -2, their_line = -3;
  try {
    vap::yaml::parse(bad);
  } catch (const YAML::Exception& e) {
    ours = e.msg;
    our_line = e.mark.line;
  }
  try {
    YAML::Load(bad);
  } catch (const YAML::Exception& e) {
    theirs = e.msg;
    their_line = e.mark.line;
  }
  CHECK(ours == theirs);
  CHECK_FALSE(ours.empty());
  CHECK(our_line == their_line);
}

TEST_CASE("yaml_tree: a reused document holds only the last file's nodes") {
  {
    // Without a DocumentReuse, a document given back is dropped.
    auto alone = vap::yaml::reused_document();
    vap::yaml::reuse(std::move(alone));
    CHECK(vap::yaml::reused_document()->items.capacity() == 0);
  }
  vap::yaml::DocumentReuse scope;
  auto first = vap::yaml::reused_document();
  vap::yaml::parse_into(*first, "a: Ичүүчү суу скважинасы №3\nb: [1, 2, 3]\nc: {d: e}\n");
  CHECK(first->root()["a"].Scalar() == "Ичүүчү суу скважинасы №3");
  vap::yaml::Document* kept = first.get();
  vap::yaml::reuse(std::move(first));
  auto second = vap::yaml::reused_document();
  CHECK(second.get() == kept); // the same vectors and strings, filled again
  vap::yaml::parse_into(*second, "x: short\n");
  const YAML::Node theirs = YAML::Load("x: short\n");
  same(second->root(), theirs);
  CHECK(!second->root()["a"]);
  CHECK(second->root()["x"].Scalar() == "short");
  CHECK(second->scalar_count == 2);
  // Another thread's (or a fresh) document when none was given back.
  auto third = vap::yaml::reused_document();
  CHECK(third.get() != kept);
  CHECK(third->items.empty());
}
