#include "vap/parse.hpp"

#include "vap/schema.hpp"
#include "vap/text.hpp"

#include <array>

namespace vap {

void parse_catalog_section(const yaml::Node& node, YamlReader& reader,
                           std::vector<CatalogAddition>& out) {
  const Lang lang = reader.lang();
  if (!node.IsMap()) {
    reader.error(node, msg(lang, "'{}' must be a mapping of 'key: value' lines, not {}", "catalog",
                           tr(lang, node.IsSequence() ? "a list"
                                    : node.IsNull()   ? "empty"
                                                      : "text")));
    return;
  }
  std::vector<std::string> kinds;
  for (std::size_t i = 0; i < k_catalog_kinds; ++i)
    kinds.emplace_back(catalog_key(static_cast<CatalogKind>(i)));
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    auto kind = catalog_kind(key);
    if (!kind) {
      std::string hint = did_you_mean(lang, key, kinds);
      std::string list;
      for (const auto& k : kinds)
        list += (list.empty() ? "" : ", ") + k;
      reader.error(it->first, hint.empty()
                                  ? msg(lang, "unknown catalog '{}'; catalogs: {}", key, list)
                                  : msg(lang, "unknown catalog '{}'; {}", key, hint));
      continue;
    }
    const yaml::Node list = it->second; // a copy: `it->second` lives in a temporary
    if (!list.IsSequence()) {
      reader.not_a_list(list, key);
      continue;
    }
    for (const auto& item : list) {
      // An institution may name its usual type (the shipped catalog does); other kinds may not.
      const bool institutions = *kind == CatalogKind::institutions;
      const auto& fields = schema::field_at(FileKind::municipality, "catalog")->section->fields;
      std::array<std::string_view, 10> keys{};
      std::size_t n = 0;
      for (const auto& f : fields)
        if (f.key != "type" || institutions) keys[n++] = f.key;
      if (!reader.check_map(item, key, std::span<const std::string_view>(keys.data(), n)))
        continue;
      auto id = reader.text(item, "id", key, Need::required);
      if (!id) continue;
      if (!is_slug(id->text)) {
        reader.error(id->pos, msg(lang,
                                  "an id is lower-case Latin letters, digits and '-' (like "
                                  "'drinking-water'), not '{}'",
                                  id->text));
        continue;
      }
      CatalogEntry e;
      e.id = id->text;
      if (auto t = reader.text(item, "ky", key, Need::optional)) e.labels[0] = t->text;
      if (auto t = reader.text(item, "ru", key, Need::optional)) e.labels[1] = t->text;
      if (auto t = reader.text(item, "en", key, Need::optional)) e.labels[2] = t->text;
      for (auto& s : reader.texts(item, "synonyms", key))
        e.synonyms.push_back(std::move(s.text));
      if (auto n = reader.whole(item, "lsg_issue", key, Need::optional, 1, 23))
        e.lsg_issue = static_cast<int>(*n);
      if (auto t = reader.text(item, "gender", key, Need::optional)) {
        if (t->text != "female" && t->text != "male" && t->text != "mixed")
          reader.error(t->pos, msg(lang, "'{}' must be one of: {}; not '{}'", "gender",
                                   "female, male, mixed", t->text));
        e.gender = t->text;
      }
      if (auto t = reader.text(item, "side", key, Need::optional)) {
        if (t->text != "revenue" && t->text != "expenditure")
          reader.error(t->pos, msg(lang, "'{}' must be one of: {}; not '{}'", "side",
                                   "revenue, expenditure", t->text));
        e.side = t->text;
      }
      if (auto t = reader.text(item, "problem", key, Need::optional)) e.problem = t->text;
      if (institutions)
        if (auto t = reader.text(item, "type", key, Need::optional)) {
          if (t->text != "community-group" && t->text != "local-institution" &&
              t->text != "external")
            reader.error(t->pos, msg(lang, "'{}' must be one of: {}; not '{}'", "type",
                                     "community-group, local-institution, external", t->text));
          e.type = t->text;
        }
      out.push_back({*kind, std::move(e), reader.pos(item)});
    }
  }
}

} // namespace vap
