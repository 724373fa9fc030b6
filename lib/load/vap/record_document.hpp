#pragma once
// Between a file's record (vap/record.hpp) and a parsed YAML document (vap/yaml_tree.hpp):
// the workbook reader makes records, the parsers read documents. A record's places become the
// nodes' lines (the line of a node from a record at place p is p: Sources' cells of that file
// say which cell it is), so that every message names the cell.
#include "vap/record.hpp"
#include "vap/yaml_tree.hpp"

#include <memory>

namespace vap {

// The document of `file`. A node without a place takes its parent's (the root: line 1).
std::unique_ptr<yaml::Document> document_of(const Record& file);

// The record of a parsed node; each node's place is `place(node)` (0: none).
Record record_of_node(const yaml::Node& node,
                      std::uint32_t (*place)(const yaml::Node& node, const void* context),
                      const void* context);

} // namespace vap
