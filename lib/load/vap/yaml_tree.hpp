#pragma once
// A parsed YAML document as a compact tree, built in one pass from yaml-cpp's event stream
// (YAML::Parser + EventHandler) instead of YAML::Load's node graph. Nodes are indices into one
// arena per document; a mapping's key lookup compares the keys' text in place (no node is made
// or decoded per key). The subset of YAML::Node's interface the parsers use, with the same
// meaning: types, marks and scalars exactly as yaml-cpp's own builder records them, duplicate
// keys kept in order (lookup finds the first), an alias is the node it names.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vap::yaml {

struct Document;

class Node {
public:
  Node() = default; // no node: `!node` (a key that is not there)
  // A copy of a YAML::Node tree (for tests that build one with YAML::Load).
  Node(const YAML::Node& node); // NOLINT(google-explicit-constructor)

  explicit operator bool() const { return m_doc != nullptr; }
  bool operator!() const { return m_doc == nullptr; }

  YAML::NodeType::value Type() const;
  bool IsNull() const { return Type() == YAML::NodeType::Null; }
  bool IsScalar() const { return Type() == YAML::NodeType::Scalar; }
  bool IsSequence() const { return Type() == YAML::NodeType::Sequence; }
  bool IsMap() const { return Type() == YAML::NodeType::Map; }
  const YAML::Mark& Mark() const;
  const std::string& Scalar() const; // empty unless a scalar
  std::size_t size() const;          // items of a list, pairs of a mapping, else 0

  // The value of the first key whose text is `key` (no node if none or not a mapping).
  Node operator[](std::string_view key) const;
  Node operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
  Node operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  // The i-th item of a list.
  Node operator[](std::size_t i) const;
  Node operator[](int i) const { return (*this)[static_cast<std::size_t>(i)]; }
  // Drops every pair whose key is `key` from this mapping.
  void remove(std::string_view key);

  // An item of a list is the entry itself; a pair of a mapping is .first and .second.
  struct Entry;
  class iterator;
  iterator begin() const;
  iterator end() const;

private:
  friend struct Document;
  Node(Document* doc, std::uint32_t index) : m_doc(doc), m_index(index) {}
  Document* m_doc = nullptr;
  std::uint32_t m_index = 0;
  std::shared_ptr<Document> m_keep; // only for copies of a YAML::Node tree
};

struct Node::Entry : Node {
  Node first;
  Node second;
};

class Node::iterator {
public:
  using value_type = Entry;
  using difference_type = std::ptrdiff_t;
  using reference = const Entry&;
  using pointer = const Entry*;
  using iterator_category = std::forward_iterator_tag;

  iterator() = default;
  const Entry& operator*() const { return m_entry; }
  const Entry* operator->() const { return &m_entry; }
  iterator& operator++() {
    m_at += m_step;
    fill();
    return *this;
  }
  bool operator==(const iterator& o) const { return m_at == o.m_at; }
  bool operator!=(const iterator& o) const { return m_at != o.m_at; }

private:
  friend class Node;
  iterator(const Node& owner, const std::uint32_t* at, const std::uint32_t* end, bool pairs);
  void fill();
  Node m_owner;
  const std::uint32_t* m_at = nullptr;
  const std::uint32_t* m_end = nullptr;
  std::uint32_t m_step = 1;
  Entry m_entry;
};

// An anchor ('&name'), alias ('*name') or explicit tag ('!!float') met while parsing, at the
// mark of its node (vap refuses them: vap/yaml_guard.hpp).
struct Sign {
  enum class What { anchor, alias, tag };
  YAML::Mark mark;
  What what = What::anchor;
  std::string tag; // a tag's text
};

// One document's nodes. Nodes point into it: keep it while they are used.
struct Document {
  struct Item {
    YAML::NodeType::value type;
    YAML::Mark mark;
    std::uint32_t first; // a scalar: index in `scalars`; a list or mapping: first index in `kids`
    std::uint32_t count; // a list: items; a mapping: pairs (2 × count kids)
  };
  std::vector<Item> items;
  std::vector<std::uint32_t> kids;
  std::vector<std::string> scalars; // the first `scalar_count` are this document's
  std::uint32_t scalar_count = 0;
  std::uint32_t root_index = 0;
  bool has_root = false;
  std::vector<Sign> signs; // the anchors, aliases and tags, in the order of the file

  // The document's root: an empty document is a null node without a mark, as YAML::Load's.
  Node root() { return Node(this, root_index); }
  // Adds a scalar's text; its index in `scalars`.
  std::uint32_t add_scalar(const std::string& value);
  // Empty again, keeping what it allocated (reuse()).
  void reset();
};

// A document to parse into: the spare one of the calling thread's DocumentReuse, or a new one.
// reuse() gives a parsed file's document back to it, so that the next file's nodes and scalars
// fill the vectors and strings already allocated (without a DocumentReuse it is dropped).
std::unique_ptr<Document> reused_document();
void reuse(std::unique_ptr<Document> doc);

// While it lives, the calling thread's documents are reused (a loading thread holds one while
// it parses its files).
class DocumentReuse {
public:
  DocumentReuse();
  ~DocumentReuse();
  DocumentReuse(const DocumentReuse&) = delete;
  DocumentReuse& operator=(const DocumentReuse&) = delete;

private:
  friend std::unique_ptr<Document> reused_document();
  friend void reuse(std::unique_ptr<Document> doc);
  DocumentReuse* m_outer;
  std::unique_ptr<Document> m_spare;
};

// Parses the first document of `text` (as YAML::Load(text) does; throws the same
// YAML::Exception at the same mark on bad syntax).
std::unique_ptr<Document> parse(std::string_view text);
// The same into `doc` (empty): when it throws, `doc.signs` holds the signs met before the error.
void parse_into(Document& doc, std::string_view text);

} // namespace vap::yaml
