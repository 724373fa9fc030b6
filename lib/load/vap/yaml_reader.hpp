#pragma once
// Walking a parsed YAML document with every problem reported at path:line:col.
// Used by the parsers of the file kinds (lib/parse_*.cpp); only the load stage includes it.
#include "vap/diag.hpp"
#include "vap/model.hpp"

#include "vap/yaml_tree.hpp"

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vap {

enum class Need { optional, required };

class YamlReader {
public:
  YamlReader(const Sources& sources, std::uint32_t file, Diagnostics& diags)
      : m_sources(sources), m_file(file), m_diags(diags) {}

  std::uint32_t file() const { return m_file; }
  Diagnostics& diags() { return m_diags; }
  Lang lang() const { return m_diags.lang(); }
  SourcePos pos(const yaml::Node& node) const;
  SourcePos pos(const YAML::Mark& mark) const;

  void error(const yaml::Node& at, const std::string& message) { m_diags.error(pos(at), message); }
  void error(SourcePos at, const std::string& message) { m_diags.error(at, message); }
  void warning(SourcePos at, const std::string& message) { m_diags.warning(at, message); }

  // Checks that `node` is a mapping whose keys are all in `allowed`, once each: unknown keys
  // get "did you mean", duplicated keys an error at the second. `what` names the section.
  bool check_map(const yaml::Node& node, std::string_view what,
                 std::span<const std::string_view> allowed);
  bool check_map(const yaml::Node& node, std::string_view what,
                 std::initializer_list<std::string_view> allowed) {
    return check_map(node, what, std::span<const std::string_view>(allowed.begin(), allowed.size()));
  }
  // "'what' must be a list of entries": for a node that should hold lines starting with '- '.
  void not_a_list(const yaml::Node& node, std::string_view what);
  // A required key that is missing: an error at the mapping.
  bool require(const yaml::Node& map, std::string_view key, std::string_view what);

  // Values of the keys of a mapping; each reports what is wrong with the value and returns
  // nothing then (a missing optional key returns nothing silently).
  std::optional<Text> text(const yaml::Node& map, std::string_view key, std::string_view what,
                           Need need);
  std::optional<Ref> name(const yaml::Node& map, std::string_view key, std::string_view what,
                          Need need);
  std::optional<long long> whole(const yaml::Node& map, std::string_view key, std::string_view what,
                                 Need need, long long min, long long max);
  std::optional<double> number(const yaml::Node& map, std::string_view key, std::string_view what,
                               Need need, double min, double max);
  // YYYY-MM-DD, or YYYY-MM as well when `month_ok`.
  std::optional<Date> date(const yaml::Node& map, std::string_view key, std::string_view what,
                           Need need, bool month_ok = false);
  // A count, or {women: n, men: n}.
  std::optional<Count> count(const yaml::Node& map, std::string_view key, std::string_view what,
                             Need need);
  // A scalar or a list of scalars, as text.
  std::vector<Text> texts(const yaml::Node& map, std::string_view key, std::string_view what);

  // The same for a node already in hand.
  std::optional<Text> as_text(const yaml::Node& node, std::string_view what);
  std::optional<long long> as_whole(const yaml::Node& node, std::string_view what, long long min,
                                    long long max);
  std::optional<double> as_number(const yaml::Node& node, std::string_view what, double min,
                                  double max);
  std::optional<Date> as_date(const yaml::Node& node, std::string_view what, bool month_ok);
  std::optional<Count> as_count(const yaml::Node& node, std::string_view what);
  Ref as_ref(const Text& text) const { return Ref{"", text.text, text.pos, false}; }
  Ref as_ref(Text&& text) const { return Ref{"", std::move(text.text), text.pos, false}; }

private:
  const Sources& m_sources;
  std::uint32_t m_file;
  Diagnostics& m_diags;
  // Keys that an unknown key was taken for ("particpants" → participants), per mapping, so
  // that the key is not reported missing too.
  std::vector<std::pair<SourcePos, std::string>> m_suggested;
};

} // namespace vap
