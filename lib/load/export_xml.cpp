// An ODK submission's XML instance as a tree of elements (expat), each with where it starts.
#include "vap/export_xml.hpp"

#include <expat.h>

namespace vap::exports {
namespace {

constexpr std::size_t k_max_depth = 64;

struct XmlBuild {
  XML_Parser parser;
  XNode root;
  std::vector<XNode*> stack;
  std::size_t depth = 0;
  bool too_deep = false;
};

} // namespace

XmlInstance parse_instance(std::string_view bytes) {
  XmlBuild build;
  build.parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(build.parser, &build);
  XML_SetElementHandler(
      build.parser,
      [](void* data, const XML_Char* name, const XML_Char**) {
        auto& b = *static_cast<XmlBuild*>(data);
        if (++b.depth > k_max_depth) {
          b.too_deep = true;
          return;
        }
        std::string_view n = name;
        if (auto colon = n.rfind(':'); colon != std::string_view::npos) n.remove_prefix(colon + 1);
        XNode node{std::string(n),
                   "",
                   static_cast<std::uint32_t>(XML_GetCurrentLineNumber(b.parser)),
                   static_cast<std::uint32_t>(XML_GetCurrentColumnNumber(b.parser)),
                   {}};
        if (b.stack.empty()) {
          b.root = std::move(node);
          b.stack.push_back(&b.root);
        } else {
          b.stack.back()->kids.push_back(std::move(node));
          b.stack.push_back(&b.stack.back()->kids.back());
        }
      },
      [](void* data, const XML_Char*) {
        auto& b = *static_cast<XmlBuild*>(data);
        if (b.depth-- > k_max_depth) return;
        b.stack.pop_back();
      });
  XML_SetCharacterDataHandler(build.parser, [](void* data, const XML_Char* s, int len) {
    auto& b = *static_cast<XmlBuild*>(data);
    if (!b.stack.empty() && !b.too_deep)
      b.stack.back()->text.append(s, static_cast<std::size_t>(len));
  });
  XmlInstance out;
  out.parsed = XML_Parse(build.parser, bytes.data(), static_cast<int>(bytes.size()), 1) != 0;
  out.line = static_cast<std::uint32_t>(XML_GetCurrentLineNumber(build.parser));
  out.col = static_cast<std::uint32_t>(XML_GetCurrentColumnNumber(build.parser));
  if (!out.parsed) out.why = XML_ErrorString(XML_GetErrorCode(build.parser));
  XML_ParserFree(build.parser);
  if (build.too_deep) {
    out.parsed = false;
    out.why = "too deep";
  }
  out.root = std::move(build.root);
  return out;
}

} // namespace vap::exports
