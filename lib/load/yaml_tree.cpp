#include "vap/yaml_tree.hpp"

#include "vap/text.hpp"

#include <yaml-cpp/eventhandler.h>

#include <istream>
#include <streambuf>

namespace vap::yaml {
namespace {

const std::string k_empty;
const YAML::Mark k_no_mark = YAML::Mark::null_mark();

// Reads a string in place (YAML::Load(std::string) copies it into a string stream first).
class TextBuffer : public std::streambuf {
public:
  explicit TextBuffer(std::string_view text) {
    char* p = const_cast<char*>(text.data());
    setg(p, p, p + text.size());
  }
};

// The tree, built as yaml-cpp's NodeBuilder builds its graph: each event adds one node (an alias
// adds the node of its anchor, registered when that node starts); a list or mapping gathers its
// children on a stack and stores them contiguously when it ends.
class Builder : public YAML::EventHandler {
public:
  explicit Builder(Document& doc) : m_doc(doc) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor != YAML::NullAnchor) sign(mark, k_empty, anchor);
    add(item(YAML::NodeType::Null, mark, 0), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    m_doc.signs.push_back({mark, Sign::What::alias, {}});
    std::uint32_t target = anchor < m_anchors.size() ? m_anchors[anchor] : 0;
    place(target);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    sign(mark, tag, anchor);
    add(item(YAML::NodeType::Scalar, mark, m_doc.add_scalar(value)), anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    sign(mark, tag, anchor);
    open(YAML::NodeType::Sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(1); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    sign(mark, tag, anchor);
    open(YAML::NodeType::Map, mark, anchor);
  }
  void OnMapEnd() override { close(2); }

private:
  // The signs are noted here, in the one pass that builds the tree (no second parse to find them).
  void sign(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) m_doc.signs.push_back({mark, Sign::What::anchor, {}});
    // "?" is a plain value's, "!" a quoted one's; any other was written out ("!!float 2014").
    if (!tag.empty() && !(tag.size() == 1 && (tag[0] == '?' || tag[0] == '!')))
      m_doc.signs.push_back({mark, Sign::What::tag, tag});
  }
  std::uint32_t item(YAML::NodeType::value type, const YAML::Mark& mark, std::uint32_t first) {
    m_doc.items.push_back({type, mark, first, 0});
    return static_cast<std::uint32_t>(m_doc.items.size() - 1);
  }
  void add(std::uint32_t index, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      if (m_anchors.size() <= anchor) m_anchors.resize(anchor + 1, 0);
      m_anchors[anchor] = index;
    }
    place(index);
  }
  void place(std::uint32_t index) {
    if (m_open.empty()) {
      if (!m_doc.has_root) {
        m_doc.root_index = index;
        m_doc.has_root = true;
      }
    } else {
      m_stack.push_back(index);
    }
  }
  void open(YAML::NodeType::value type, const YAML::Mark& mark, YAML::anchor_t anchor) {
    const std::uint32_t index = item(type, mark, 0);
    add(index, anchor);
    m_open.push_back({index, m_stack.size()});
  }
  void close(std::uint32_t per_entry) {
    const auto [index, start] = m_open.back();
    m_open.pop_back();
    Document::Item& it = m_doc.items[index];
    it.first = static_cast<std::uint32_t>(m_doc.kids.size());
    it.count = static_cast<std::uint32_t>((m_stack.size() - start) / per_entry);
    m_doc.kids.insert(m_doc.kids.end(), m_stack.begin() + static_cast<std::ptrdiff_t>(start),
                      m_stack.begin() + static_cast<std::ptrdiff_t>(start + it.count * per_entry));
    m_stack.resize(start);
  }

  Document& m_doc;
  std::vector<std::uint32_t> m_stack;
  std::vector<std::pair<std::uint32_t, std::size_t>> m_open;
  std::vector<std::uint32_t> m_anchors;
};

std::uint32_t copy(Document& doc, const YAML::Node& node) {
  const auto index = static_cast<std::uint32_t>(doc.items.size());
  doc.items.push_back({node.Type(), node.Mark(), 0, 0});
  if (node.IsScalar()) {
    doc.items[index].first = doc.add_scalar(node.Scalar());
  } else if (node.IsSequence() || node.IsMap()) {
    std::vector<std::uint32_t> children;
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (node.IsMap()) {
        children.push_back(copy(doc, it->first));
        children.push_back(copy(doc, it->second));
      } else {
        children.push_back(copy(doc, *it));
      }
    }
    doc.items[index].first = static_cast<std::uint32_t>(doc.kids.size());
    doc.items[index].count = static_cast<std::uint32_t>(children.size() / (node.IsMap() ? 2 : 1));
    doc.kids.insert(doc.kids.end(), children.begin(), children.end());
  }
  return index;
}

} // namespace

Node::Node(const YAML::Node& node) {
  if (!node) return;
  m_keep = std::make_shared<Document>();
  m_keep->root_index = copy(*m_keep, node);
  m_keep->has_root = true;
  m_doc = m_keep.get();
  m_index = m_keep->root_index;
}

YAML::NodeType::value Node::Type() const {
  return m_doc ? m_doc->items[m_index].type : YAML::NodeType::Undefined;
}

const YAML::Mark& Node::Mark() const {
  return m_doc ? m_doc->items[m_index].mark : k_no_mark;
}

const std::string& Node::Scalar() const {
  if (!IsScalar()) return k_empty;
  return m_doc->scalars[m_doc->items[m_index].first];
}

std::size_t Node::size() const {
  if (!IsSequence() && !IsMap()) return 0;
  return m_doc->items[m_index].count;
}

Node Node::operator[](std::string_view key) const {
  if (!IsMap()) return Node();
  const Document::Item& it = m_doc->items[m_index];
  const std::uint32_t* kid = m_doc->kids.data() + it.first;
  for (std::uint32_t i = 0; i < it.count; ++i, kid += 2) {
    const Document::Item& k = m_doc->items[kid[0]];
    if (k.type == YAML::NodeType::Scalar && equal_bytes(m_doc->scalars[k.first], key)) {
      Node out(m_doc, kid[1]);
      out.m_keep = m_keep;
      return out;
    }
  }
  return Node();
}

Node Node::operator[](std::size_t i) const {
  if (!IsSequence() || i >= m_doc->items[m_index].count) return Node();
  Node out(m_doc, m_doc->kids[m_doc->items[m_index].first + i]);
  out.m_keep = m_keep;
  return out;
}

void Node::remove(std::string_view key) {
  if (!IsMap()) return;
  Document::Item& it = m_doc->items[m_index];
  std::vector<std::uint32_t> kept;
  for (std::uint32_t i = 0; i < it.count; ++i) {
    const std::uint32_t k = m_doc->kids[it.first + 2 * i];
    const std::uint32_t v = m_doc->kids[it.first + 2 * i + 1];
    const Document::Item& ki = m_doc->items[k];
    if (ki.type == YAML::NodeType::Scalar && m_doc->scalars[ki.first] == key) continue;
    kept.push_back(k);
    kept.push_back(v);
  }
  // The pairs kept go to the end of the arena (other nodes' children stay where they are).
  it.first = static_cast<std::uint32_t>(m_doc->kids.size());
  it.count = static_cast<std::uint32_t>(kept.size() / 2);
  m_doc->kids.insert(m_doc->kids.end(), kept.begin(), kept.end());
}

Node::iterator Node::begin() const {
  if (!IsSequence() && !IsMap()) return iterator();
  const Document::Item& it = m_doc->items[m_index];
  const std::uint32_t* first = m_doc->kids.data() + it.first;
  const std::uint32_t n = it.count * (IsMap() ? 2 : 1);
  return iterator(*this, first, first + n, IsMap());
}

Node::iterator Node::end() const {
  if (!IsSequence() && !IsMap()) return iterator();
  const Document::Item& it = m_doc->items[m_index];
  const std::uint32_t* last = m_doc->kids.data() + it.first + it.count * (IsMap() ? 2 : 1);
  iterator out;
  out.m_at = last;
  out.m_end = last;
  return out;
}

Node::iterator::iterator(const Node& owner, const std::uint32_t* at, const std::uint32_t* end,
                         bool pairs)
    : m_owner(owner), m_at(at), m_end(end), m_step(pairs ? 2 : 1) {
  fill();
}

void Node::iterator::fill() {
  if (m_at >= m_end) return;
  Document* doc = m_owner.m_doc;
  if (m_step == 2) {
    m_entry.first = Node(doc, m_at[0]);
    m_entry.second = Node(doc, m_at[1]);
    m_entry.first.m_keep = m_owner.m_keep;
    m_entry.second.m_keep = m_owner.m_keep;
  } else {
    static_cast<Node&>(m_entry) = Node(doc, m_at[0]);
    m_entry.m_keep = m_owner.m_keep;
  }
}

std::uint32_t Document::add_scalar(const std::string& value) {
  // A reused document's strings keep their buffers: most scalars are copied without a malloc.
  if (scalar_count < scalars.size())
    scalars[scalar_count].assign(value);
  else
    scalars.push_back(value);
  return scalar_count++;
}

void Document::reset() {
  items.clear();
  kids.clear();
  scalar_count = 0;
  root_index = 0;
  has_root = false;
  signs.clear();
}

namespace {

// The calling thread's innermost DocumentReuse (a plain pointer: a thread_local with a
// destructor is not safe at thread exit under MinGW's winpthreads).
thread_local DocumentReuse* t_reuse = nullptr;
constexpr std::size_t k_spare_scalars = 1 << 16; // documents of files up to about 1 MB

} // namespace

DocumentReuse::DocumentReuse() : m_outer(t_reuse) {
  t_reuse = this;
}

DocumentReuse::~DocumentReuse() {
  t_reuse = m_outer;
}

std::unique_ptr<Document> reused_document() {
  if (t_reuse && t_reuse->m_spare) return std::move(t_reuse->m_spare);
  return std::make_unique<Document>();
}

void reuse(std::unique_ptr<Document> doc) {
  if (!doc || !t_reuse || doc->scalars.size() > k_spare_scalars) return;
  doc->reset();
  t_reuse->m_spare = std::move(doc);
}

void parse_into(Document& doc, std::string_view text) {
  doc.items.reserve(text.size() / 16);
  doc.scalars.reserve(text.size() / 24);
  TextBuffer buffer(text);
  std::istream in(&buffer);
  YAML::Parser parser(in);
  Builder builder(doc);
  parser.HandleNextDocument(builder);
  if (!doc.has_root) {
    doc.items.push_back({YAML::NodeType::Null, YAML::Mark::null_mark(), 0, 0});
    doc.root_index = static_cast<std::uint32_t>(doc.items.size() - 1);
    doc.has_root = true;
  }
}

std::unique_ptr<Document> parse(std::string_view text) {
  auto doc = std::make_unique<Document>();
  parse_into(*doc, text);
  return doc;
}

} // namespace vap::yaml
