#include "vap/i18n.hpp"

#include "vap/embedded.hpp"

#include <yaml-cpp/yaml.h>

#include <array>
#include <map>

namespace vap {
namespace {

using Translations = std::map<std::string, std::array<std::string, 3>, std::less<>>;

void read_one(std::string_view text, std::string_view section, Translations& out);

// Reads `key: {ky: .., ru: .., en: ..}` or a list of {en, ky, ru} from every embedded file
// under `folder` (templates/labels/*.yaml, templates/messages/*.yaml).
Translations read_table(std::string_view folder, std::string_view section) {
  Translations out;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind(folder, 0) != 0) continue;
    read_one(f.content, section, out);
  }
  return out;
}

void read_one(std::string_view text, std::string_view section, Translations& out) {
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

const Translations& messages() {
  static const Translations k_table = read_table("messages/", "messages");
  return k_table;
}

const Translations& labels() {
  static const Translations k_table = read_table("labels/", "labels");
  return k_table;
}

std::size_t slot(Lang lang) {
  return static_cast<std::size_t>(lang);
}

} // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "ky" || code == "kg") return Lang::ky;
  if (code == "ru") return Lang::ru;
  if (code == "en") return Lang::en;
  return std::nullopt;
}

std::string_view lang_code(Lang lang) {
  switch (lang) {
  case Lang::ky:
    return "ky";
  case Lang::ru:
    return "ru";
  case Lang::en:
    return "en";
  }
  return "ky";
}

std::string_view tr(Lang lang, std::string_view english) {
  if (lang == Lang::en) return english;
  const auto& table = messages();
  auto it = table.find(english);
  if (it == table.end() || it->second[slot(lang)].empty()) return english;
  return it->second[slot(lang)];
}

std::string_view label(Lang lang, std::string_view key) {
  const auto& table = labels();
  auto it = table.find(key);
  if (it == table.end()) return key;
  if (!it->second[slot(lang)].empty()) return it->second[slot(lang)];
  if (!it->second[2].empty()) return it->second[2];
  return key;
}

std::vector<std::string_view> label_keys() {
  std::vector<std::string_view> out;
  for (const auto& [key, text] : labels())
    out.push_back(key);
  return out;
}

} // namespace vap
