#pragma once
// An ODK submission's XML instance (as ODK Collect saves it, or Central's submission.xml) as a
// tree of elements, each with the line and column it starts at, for vap import.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vap::exports {

struct XNode {
  std::string name; // without its namespace prefix
  std::string text;
  std::uint32_t line = 0, col = 0;
  std::vector<XNode> kids;
};

struct XmlInstance {
  XNode root;
  bool parsed = false;
  std::uint32_t line = 0, col = 0; // where parsing stopped (an error's place)
  std::string why;                 // expat's words for the error, or "too deep"
};

// The elements of an instance; no DTD, no outside entities; deeper than 64 levels is an error.
XmlInstance parse_instance(std::string_view bytes);

} // namespace vap::exports
