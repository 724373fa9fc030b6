#include "vap/yaml_guard.hpp"

#include "vap/i18n.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <vector>

namespace vap {
namespace {

// The places of the anchors and aliases, in the order of the file. Nothing is expanded: an
// alias is one event, however much it stands for.
class AliasFinder : public YAML::EventHandler {
public:
  enum class What { anchor, alias, tag };
  struct Found {
    YAML::Mark mark;
    What what;
    std::string tag;
  };
  std::vector<Found> found;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { note(mark, "", anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    found.push_back({mark, What::alias, ""});
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string&) override {
    note(mark, tag, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    note(mark, tag, anchor);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    note(mark, tag, anchor);
  }
  void OnMapEnd() override {}

private:
  void note(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) found.push_back({mark, What::anchor, ""});
    // "?" is a plain value's, "!" a quoted one's; any other was written out ("!!float 2014").
    if (!tag.empty() && tag != "?" && tag != "!") found.push_back({mark, What::tag, tag});
  }
};

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

std::size_t refuse_aliases(const Sources& sources, std::uint32_t file, Diagnostics& diags) {
  const std::string& text = sources.text(file);
  // Neither can be written without its sign: most files need no second pass.
  if (text.find_first_of("&*!") == std::string::npos) return 0;
  AliasFinder finder;
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    parser.HandleNextDocument(finder);
  } catch (const YAML::Exception&) {
    // A syntax error: the parser proper reports it, after what was found before it.
  }
  const Lang lang = diags.lang();
  for (const auto& f : finder.found) {
    switch (f.what) {
    case AliasFinder::What::alias:
      diags.error(sources.at(file, static_cast<std::size_t>(std::max(0, f.mark.line)),
                             static_cast<std::size_t>(std::max(0, f.mark.column))),
                  msg(lang, "a YAML alias ('*name'); vap does not read anchors and aliases: "
                            "write the value out in full"));
      break;
    case AliasFinder::What::anchor:
      diags.error(sign_pos(sources, file, f.mark, '&'),
                  msg(lang, "a YAML anchor ('&name'); vap does not read anchors and aliases: "
                            "write the value out in full"));
      break;
    case AliasFinder::What::tag: {
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
  return finder.found.size();
}

} // namespace vap
