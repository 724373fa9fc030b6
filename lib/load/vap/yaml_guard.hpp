#pragma once
// YAML anchors ('&name') and aliases ('*name') are refused wherever they are. An alias makes one
// value stand for many (a "billion laughs" file) or for itself (a cycle), and every walk over the
// tree would then multiply its work and its errors or never end; workshop files never need them.
// Explicit tags ('!!float 2014') are refused too: a value is read as it is typed. They are found
// by the one parse that builds the tree (yaml_tree notes them), before any walk over it.
#include "vap/diag.hpp"
#include "vap/yaml_tree.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace vap {

// Parses the text of `file` in `sources` into a tree. When it has anchors, aliases or explicit
// tags, each is reported as an error at its place and the result is null (also when a syntax
// error follows them). Otherwise a syntax error throws yaml-cpp's YAML::Exception.
std::unique_ptr<yaml::Document> parse_refusing_aliases(const Sources& sources, std::uint32_t file,
                                                       Diagnostics& diags);

} // namespace vap
