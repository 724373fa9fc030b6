#pragma once
// Several municipalities' outputs written one after another as one document, byte for byte
// what the renderer makes of them all at once, without holding the document: each part is the
// renderer's output for one municipality of a batch (RenderOptions::batch), in the order of
// their ids. Markdown parts follow one another after a blank line (tidy_markdown of the whole),
// CSV parts' rows go under the first part's header, and JSON and GeoJSON parts (one array of
// the municipalities' items or features) are joined into one array.
#include "vap/render.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace vap {

class JoinedText {
public:
  using Sink = std::function<void(std::string_view)>;
  JoinedText(Format format, Sink sink);
  void add(std::string_view part);
  // The end of the document (once, after the last part).
  void finish();

private:
  void tidy(std::string_view text);
  Format m_format;
  Sink m_sink;
  std::size_t m_parts = 0;
  bool m_items = false; // JSON: an item was written
  std::string m_head;   // JSON: the text up to the array's '['
  int m_newlines = 2;   // Markdown: line breaks in a row so far (2 at the start)
  int m_held = 0;       // Markdown: line breaks not written yet (none at the end)
};

} // namespace vap
