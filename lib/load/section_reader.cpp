#include "vap/section_reader.hpp"

#include "vap/text.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace vap {
namespace {

using schema::Type;

constexpr std::size_t k_max_fields = 16;

// A section's keys, in its order, on the stack.
struct Keys {
  std::array<std::string_view, k_max_fields> keys{};
  std::size_t n = 0;
  explicit Keys(const schema::Section& s) {
    if (s.fields.size() > k_max_fields) throw std::logic_error("schema: a section of too many fields");
    for (const auto& f : s.fields)
      keys[n++] = f.key;
  }
  std::span<const std::string_view> span() const { return {keys.data(), n}; }
};

} // namespace

SectionReader::SectionReader(const yaml::Node& node, const schema::Section& section,
                             YamlReader& reader)
    : m_node(node), m_section(section), m_reader(reader) {
  m_ok = m_reader.check_map(node, section.key, Keys(section).span());
}

yaml::Node SectionReader::operator[](std::string_view key) const {
  if (!m_ok) return {};
  return m_node[key];
}

SourcePos SectionReader::key_pos(std::string_view key) const {
  if (m_node.IsMap())
    for (auto it = m_node.begin(); it != m_node.end(); ++it)
      if (it->first.IsScalar() && it->first.Scalar() == key) return m_reader.pos(it->first);
  return m_reader.pos(m_node);
}

const schema::Field& SectionReader::field(std::string_view key) const {
  const schema::Field* f = m_section.find(key);
  if (!f)
    throw std::logic_error("schema: '" + std::string(key) + "' is not a field of '" +
                           std::string(m_section.key) + "'");
  return *f;
}

const schema::Field& SectionReader::typed(std::string_view key,
                                          std::initializer_list<schema::Type> types) const {
  const schema::Field& f = field(key);
  if (std::find(types.begin(), types.end(), f.type) == types.end())
    throw std::logic_error("schema: '" + std::string(key) + "' of '" + std::string(m_section.key) +
                           "' is read as another type than it is described");
  return f;
}

namespace {
Need need_of(const schema::Field& f) {
  return f.required ? Need::required : Need::optional;
}
} // namespace

std::optional<Text> SectionReader::text(std::string_view key) {
  const auto& f = typed(key, {Type::text, Type::name, Type::choice});
  if (!m_ok) return std::nullopt;
  return m_reader.text(m_node, key, m_section.key, need_of(f));
}

std::optional<Ref> SectionReader::name(std::string_view key) {
  const auto& f = typed(key, {Type::name});
  if (!m_ok) return std::nullopt;
  return m_reader.name(m_node, key, m_section.key, need_of(f));
}

std::optional<long long> SectionReader::whole(std::string_view key) {
  const auto& f = typed(key, {Type::whole});
  if (!m_ok) return std::nullopt;
  return m_reader.whole(m_node, key, m_section.key, need_of(f), static_cast<long long>(f.min),
                        static_cast<long long>(f.max));
}

std::optional<double> SectionReader::number(std::string_view key) {
  const auto& f = typed(key, {Type::number});
  if (!m_ok) return std::nullopt;
  return m_reader.number(m_node, key, m_section.key, need_of(f), f.min, f.max);
}

std::optional<Date> SectionReader::date(std::string_view key) {
  const auto& f = typed(key, {Type::date, Type::month});
  if (!m_ok) return std::nullopt;
  return m_reader.date(m_node, key, m_section.key, need_of(f), f.type == Type::month);
}

std::optional<Count> SectionReader::count(std::string_view key) {
  const auto& f = typed(key, {Type::count});
  if (!m_ok) return std::nullopt;
  return m_reader.count(m_node, key, m_section.key, need_of(f));
}

std::vector<Text> SectionReader::texts(std::string_view key) {
  const auto& f = typed(key, {Type::texts});
  if (!m_ok) return {};
  if (f.required && !m_node[key]) m_reader.require(m_node, key, m_section.key);
  return m_reader.texts(m_node, key, m_section.key);
}

std::optional<std::size_t> SectionReader::choice(std::string_view key) {
  const auto& f = typed(key, {Type::choice});
  auto t = text(key);
  if (!t) return std::nullopt;
  std::vector<std::string> names;
  std::string_view rest = f.choices;
  std::size_t index = 0;
  while (!rest.empty()) {
    const std::size_t bar = rest.find('|');
    const std::string_view c = rest.substr(0, bar);
    if (t->text == c) return index;
    names.emplace_back(c);
    ++index;
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  std::string list;
  for (const auto& n : names)
    list += (list.empty() ? "" : ", ") + n;
  const Lang lang = m_reader.lang();
  const std::string hint = did_you_mean(lang, t->text, names);
  m_reader.error(t->pos, hint.empty()
                             ? msg(lang, "'{}' must be one of: {}; not '{}'", key, list, t->text)
                             : msg(lang, "'{}' must be one of: {}; not '{}'; {}", key, list,
                                   t->text, hint));
  return std::nullopt;
}

std::vector<std::pair<Ref, double>>
SectionReader::amounts(std::string_view key, std::string_view not_lines,
                       const std::function<bool(const yaml::Node&)>& skip) {
  const auto& f = typed(key, {Type::amounts});
  std::vector<std::pair<Ref, double>> out;
  if (!m_ok) return out;
  const yaml::Node node = m_node[key];
  if (!node || node.IsNull()) {
    if (f.required) m_reader.require(m_node, key, m_section.key);
    return out;
  }
  if (!node.IsMap()) {
    m_reader.error(node, msg(m_reader.lang(), not_lines, key));
    return out;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto name = m_reader.as_text(it->first, key);
    if (skip && skip(it->second)) continue;
    // The value is checked even when its name is wrong (both messages at once).
    auto value =
        m_reader.as_number(it->second, name ? name->text : std::string(key), f.min, f.max);
    if (name && value) out.emplace_back(m_reader.as_ref(std::move(*name)), *value);
  }
  return out;
}

bool SectionReader::items(std::string_view key,
                          const std::function<void(const yaml::Node&)>& each) {
  const auto& f = typed(key, {Type::list, Type::ballots});
  if (!m_ok) return false;
  const yaml::Node node = m_node[key];
  if (!node) {
    if (f.required) m_reader.require(m_node, key, m_section.key);
    return false;
  }
  if (node.IsNull()) return false;
  if (!node.IsSequence()) {
    m_reader.not_a_list(node, key);
    return false;
  }
  for (const auto& item : node)
    each(item);
  return true;
}

} // namespace vap
