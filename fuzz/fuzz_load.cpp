// libFuzzer target: one workshop file through the loader and, when it is a session with a gallery,
// through matching, the gallery tally and its renderers. Any crash, leak or undefined behaviour
// is a bug; error messages are the expected outcome for most inputs.
#include "vap/gallery.hpp"
#include "vap/load.hpp"
#include "vap/parse.hpp"
#include "vap/render_gallery.hpp"
#include "vap/resolve.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// The shipped catalogs, parsed once: they are the same for every input.
const std::shared_ptr<vap::Catalogs>& catalogs() {
  static const std::shared_ptr<vap::Catalogs> k_catalogs = vap::shipped_catalogs(vap::Lang::en);
  return k_catalogs;
}

// A municipality around one session: its village is the session's, the catalogs the shipped ones.
void tally_session(vap::Session session, vap::Diagnostics& diags) {
  vap::Municipality m;
  m.id = "fuzz";
  m.name = "Fuzz";
  m.villages.push_back(session.village);
  m.catalogs = catalogs();
  m.sessions.push_back(std::move(session));
  vap::resolve_municipality(m, diags);
  const vap::GalleryTally tally = vap::tally_gallery(m, vap::RankBy::dots);
  for (auto format : {vap::Format::md, vap::Format::csv, vap::Format::json}) {
    vap::RenderOptions options;
    options.format = format;
    options.lang = vap::Lang::ky;
    (void)vap::render_gallery(tally, options);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  vap::Diagnostics diags(vap::Lang::en);
  vap::ParsedText parsed = vap::parse_text(input, "fuzz.yaml", diags);
  (void)vap::format_diagnostics(diags, parsed.sources);
  if (parsed.file.session && parsed.file.session->gallery && !diags.has_errors()) {
    tally_session(std::move(*parsed.file.session), diags);
    (void)vap::format_diagnostics(diags, parsed.sources);
  }
  return 0;
}
