#pragma once
// Reading one mapping of a workshop file by its description (vap/schema.hpp): its keys are
// checked against the section's fields (unknown keys get "did you mean", a key twice an error),
// and each value is read as its field's type says, required or not, within its range. The
// parsers of the file kinds (parse_*.cpp) say only which field goes where in the model.
#include "vap/schema.hpp"
#include "vap/yaml_reader.hpp"

#include <functional>

namespace vap {

class SectionReader {
public:
  // Checks `node` (a mapping, else an error) against `section`.
  SectionReader(const yaml::Node& node, const schema::Section& section, YamlReader& reader);

  // It is a mapping (its fields can be read).
  bool ok() const { return m_ok; }
  const yaml::Node& node() const { return m_node; }
  SourcePos pos() const { return m_reader.pos(m_node); }
  // The value of a field, or no node.
  yaml::Node operator[](std::string_view key) const;
  // Where the field's key is written (the mapping when it is not there).
  SourcePos key_pos(std::string_view key) const;
  const schema::Field& field(std::string_view key) const;

  // The field's value as its type says; each reports what is wrong and returns nothing then
  // (a missing optional field returns nothing silently, a missing required one is an error).
  std::optional<Text> text(std::string_view key);
  std::optional<Ref> name(std::string_view key);
  std::optional<long long> whole(std::string_view key);
  std::optional<double> number(std::string_view key);
  std::optional<Date> date(std::string_view key);
  std::optional<Count> count(std::string_view key);
  std::vector<Text> texts(std::string_view key);
  // A choice: the index of the value among the field's choices.
  std::optional<std::size_t> choice(std::string_view key);
  // 'name: number' lines: each name (as a Ref, not yet matched) with its number;
  // `not_lines` is the message (a translated template with the key for {}) when the value is not
  // such lines; a value that `skip` accepts is left out without a word.
  std::vector<std::pair<Ref, double>>
  amounts(std::string_view key, std::string_view not_lines,
          const std::function<bool(const yaml::Node&)>& skip = {});
  // A list field: `each` gets every item (an error when it is not a list); false when the field
  // is missing or empty (a required one is then reported).
  bool items(std::string_view key, const std::function<void(const yaml::Node&)>& each);

private:
  const schema::Field& typed(std::string_view key, std::initializer_list<schema::Type> types) const;

  yaml::Node m_node;
  const schema::Section& m_section;
  YamlReader& m_reader;
  bool m_ok = false;
};

} // namespace vap
