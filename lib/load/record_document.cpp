#include "vap/record_document.hpp"

#include <vector>

namespace vap {
namespace {

YAML::Mark mark_of(std::uint32_t place, std::uint32_t column) {
  YAML::Mark m;
  m.pos = 0;
  m.line = static_cast<int>(place) - 1; // place p is line p (1-based), the p-th cell
  m.column = static_cast<int>(column);
  return m;
}

std::uint32_t add(yaml::Document& doc, const Record& r, std::uint32_t inherited) {
  const std::uint32_t place = r.place ? r.place : inherited;
  const auto index = static_cast<std::uint32_t>(doc.items.size());
  YAML::NodeType::value type = YAML::NodeType::Null;
  if (r.is_scalar()) type = YAML::NodeType::Scalar;
  if (r.is_list()) type = YAML::NodeType::Sequence;
  if (r.is_map()) type = YAML::NodeType::Map;
  doc.items.push_back({type, mark_of(place, r.place ? r.column : 0), 0, 0});
  if (r.is_scalar()) {
    doc.items[index].first = doc.add_scalar(r.text);
  } else if (r.is_list() || r.is_map()) {
    std::vector<std::uint32_t> children;
    children.reserve(r.items.size());
    for (const auto& item : r.items)
      children.push_back(add(doc, item, place));
    doc.items[index].first = static_cast<std::uint32_t>(doc.kids.size());
    doc.items[index].count = static_cast<std::uint32_t>(r.size());
    doc.kids.insert(doc.kids.end(), children.begin(), children.end());
  }
  return index;
}

} // namespace

std::unique_ptr<yaml::Document> document_of(const Record& file) {
  auto doc = std::make_unique<yaml::Document>();
  doc->root_index = add(*doc, file, 1);
  doc->has_root = true;
  return doc;
}

Record record_of_node(const yaml::Node& node,
                      std::uint32_t (*place)(const yaml::Node& node, const void* context),
                      const void* context) {
  Record r;
  r.place = place(node, context);
  if (node.IsScalar()) {
    r.kind = Record::Kind::scalar;
    r.text = node.Scalar();
  } else if (node.IsSequence()) {
    r.kind = Record::Kind::list;
    for (const auto& item : node)
      r.items.push_back(record_of_node(item, place, context));
  } else if (node.IsMap()) {
    r.kind = Record::Kind::map;
    for (auto it = node.begin(); it != node.end(); ++it) {
      r.items.push_back(record_of_node(it->first, place, context));
      r.items.push_back(record_of_node(it->second, place, context));
    }
  }
  return r;
}

} // namespace vap
