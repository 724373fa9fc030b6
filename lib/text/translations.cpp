#include "vap/translations.hpp"

#include "vap/embedded.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace vap {
namespace {

void read_one(std::string_view text, std::string_view section, TranslationMap& out) {
  YAML::Node root = YAML::Load(std::string(text));
  YAML::Node node = root[std::string(section)];
  auto fill = [](const YAML::Node& n, std::array<std::string, 3>& t) {
    if (n["ky"]) t[0] = n["ky"].as<std::string>();
    if (n["ru"]) t[1] = n["ru"].as<std::string>();
    if (n["en"]) t[2] = n["en"].as<std::string>();
  };
  if (node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it)
      fill(it->second, out[it->first.as<std::string>()]);
  } else if (node.IsSequence()) {
    for (const auto& n : node) {
      std::array<std::string, 3> t;
      fill(n, t);
      out[t[2]] = t;
    }
  }
}

} // namespace

const Translation* TranslationTable::find(std::string_view key) const {
  const Translation* it = std::lower_bound(
      begin(), end(), key, [](const Translation& t, std::string_view k) { return t.key < k; });
  return it != end() && it->key == key ? it : nullptr;
}

TranslationMap translations_from_yaml(std::string_view folder, std::string_view section) {
  TranslationMap out;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind(folder, 0) != 0) continue;
    read_one(f.content, section, out);
  }
  return out;
}

} // namespace vap
