#include "vap/yaml_guard.hpp"

#include "vap/i18n.hpp"

#include <yaml-cpp/yaml.h>

#include <vector>

namespace vap {
namespace {

// The '&' of an anchor (the '!' of a tag) is before the node's mark on its line (or on an
// earlier one); the place shown is the last one before the mark, when there is one.
SourcePos sign_pos(const Sources& sources, std::uint32_t file, const YAML::Mark& mark, char sign) {
  const std::string& text = sources.text(file);
  if (mark.pos < 0) return SourcePos{file, 1, 1};
  std::size_t at = std::min(static_cast<std::size_t>(mark.pos), text.size());
  auto amp = text.rfind(sign, at);
  if (amp != std::string::npos && sign == '!')
    while (amp > 0 && text[amp - 1] == '!')
      --amp;
  if (amp != std::string::npos) return sources.at_offset(file, amp);
  return sources.at(file, static_cast<std::size_t>(std::max(0, mark.line)),
                    static_cast<std::size_t>(std::max(0, mark.column)));
}

} // namespace

std::unique_ptr<yaml::Document> parse_refusing_aliases(const Sources& sources, std::uint32_t file,
                                                       Diagnostics& diags) {
  auto doc = yaml::reused_document();
  try {
    yaml::parse_into(*doc, sources.text(file));
  } catch (const YAML::Exception&) {
    // A syntax error after a sign: the signs are what is said.
    if (doc->signs.empty()) throw;
  }
  if (doc->signs.empty()) return doc;
  const Lang lang = diags.lang();
  for (const auto& f : doc->signs) {
    switch (f.what) {
    case yaml::Sign::What::alias:
      diags.error(sources.at(file, static_cast<std::size_t>(std::max(0, f.mark.line)),
                             static_cast<std::size_t>(std::max(0, f.mark.column))),
                  msg(lang, "a YAML alias ('*name'); vap does not read anchors and aliases: "
                            "write the value out in full"));
      break;
    case yaml::Sign::What::anchor:
      diags.error(sign_pos(sources, file, f.mark, '&'),
                  msg(lang, "a YAML anchor ('&name'); vap does not read anchors and aliases: "
                            "write the value out in full"));
      break;
    case yaml::Sign::What::tag: {
      const std::string_view core = "tag:yaml.org,2002:";
      std::string shown = f.tag.rfind(core, 0) == 0 ? "!!" + f.tag.substr(core.size()) : f.tag;
      diags.error(sign_pos(sources, file, f.mark, '!'),
                  msg(lang,
                      "a YAML tag ('{}'); vap reads each value as it is typed: remove the "
                      "tag",
                      shown));
      break;
    }
    }
  }
  return nullptr;
}

} // namespace vap
