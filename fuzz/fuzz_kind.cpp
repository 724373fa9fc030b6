// libFuzzer targets, one per file kind (vap_fuzz_kind: municipality, session, causes, plan,
// monitoring, assembly, catalog, workbook). The input takes the place of that kind's files in a
// fixed municipality (examples/jany-jol, read and parsed once at start-up, as are the shipped
// catalogs); a workbook input is the whole municipality (the bytes of an .xlsx, unzipped and read
// as vap reads a workbook). The whole is matched and checked as `vap` does, and when no error
// stops it, every method runs and each renderer writes one of its formats (md, csv, json, html,
// svg, geojson) in one language, both picked from a hash of the input. Each output is checked:
// JSON and GeoJSON must parse (nlohmann), SVG and HTML must be well-formed (balanced tags, quoted
// attributes, no raw '<' or stray '&' in text). A crash, a sanitizer report or a failed check
// (abort) is a bug.
#include "vap/assembly.hpp"
#include "vap/causes.hpp"
#include "vap/coverage.hpp"
#include "vap/gallery.hpp"
#include "vap/load.hpp"
#include "vap/map.hpp"
#include "vap/monitor.hpp"
#include "vap/parse.hpp"
#include "vap/pie.hpp"
#include "vap/plan.hpp"
#include "vap/plan_draft.hpp"
#include "vap/plan_draft_writer.hpp"
#include "vap/render_assembly.hpp"
#include "vap/render_causes.hpp"
#include "vap/render_gallery.hpp"
#include "vap/render_map.hpp"
#include "vap/render_monitor.hpp"
#include "vap/render_pie.hpp"
#include "vap/render_plan.hpp"
#include "vap/render_report.hpp"
#include "vap/render_venn.hpp"
#include "vap/resolve.hpp"
#include "vap/results.hpp"
#include "vap/venn.hpp"
#include "vap/workbook.hpp"
#include "vap/xlsx.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef VAP_FUZZ_BASE
#error "VAP_FUZZ_BASE must be the folder of the fixed municipality"
#endif

namespace fs = std::filesystem;

// Set by the small source of each target (fuzz/CMakeLists.txt writes it): one object, eight
// programs.
extern "C" const char* const vap_fuzz_kind;

namespace {

const std::string_view k_kind = vap_fuzz_kind;

[[noreturn]] void fail(std::string_view what, std::string_view output) {
  std::fprintf(stderr, "fuzz_%s: %.*s\n--- output ---\n%.*s\n", vap_fuzz_kind,
               static_cast<int>(what.size()), what.data(),
               static_cast<int>(std::min<std::size_t>(output.size(), 4000)), output.data());
  std::abort();
}

// ---- Output checks ------------------------------------------------------------------------------

void check_json(const std::string& out) {
  if (!nlohmann::json::accept(out)) fail("JSON does not parse", out);
}

// A small well-formedness check for the SVG and HTML vap writes: tags balance (HTML's void
// elements excepted), attribute values are quoted, text holds no raw '<' and every '&' starts an
// entity. Script and style contents are skipped.
void check_markup(const std::string& out, bool html) {
  static const std::vector<std::string> k_void = {"meta", "br",  "img",    "link", "hr",  "input",
                                                  "col",  "wbr", "source", "area", "base"};
  std::vector<std::string> open;
  std::size_t i = 0;
  auto entity_ok = [&](std::size_t at) {
    std::size_t end = out.find(';', at);
    if (end == std::string::npos || end - at > 12 || end == at + 1) return false;
    for (std::size_t k = at + 1; k < end; ++k) {
      char c = out[k];
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '#')) return false;
    }
    return true;
  };
  while (i < out.size()) {
    char c = out[i];
    if (c == '&') {
      if (!entity_ok(i)) fail("a '&' that starts no entity", out.substr(i, 200));
      ++i;
      continue;
    }
    if (c == '>') fail("a raw '>' in text", out.substr(i > 100 ? i - 100 : 0, 200));
    if (c != '<') {
      ++i;
      continue;
    }
    if (out.compare(i, 4, "<!--") == 0) {
      std::size_t end = out.find("-->", i + 4);
      if (end == std::string::npos) fail("an unclosed comment", out.substr(i, 200));
      i = end + 3;
      continue;
    }
    if (out.compare(i, 2, "<!") == 0 || out.compare(i, 2, "<?") == 0) {
      std::size_t end = out.find('>', i);
      if (end == std::string::npos) fail("an unclosed declaration", out.substr(i, 200));
      i = end + 1;
      continue;
    }
    const bool closing = i + 1 < out.size() && out[i + 1] == '/';
    std::size_t k = i + (closing ? 2 : 1);
    std::size_t name_start = k;
    while (k < out.size() && (std::isalnum(static_cast<unsigned char>(out[k])) || out[k] == '-' ||
                              out[k] == ':' || out[k] == '_'))
      ++k;
    std::string name = out.substr(name_start, k - name_start);
    if (name.empty()) fail("a raw '<' in text", out.substr(i, 200));
    // Attributes: name="value" or name='value'.
    bool self_closing = false;
    while (true) {
      while (k < out.size() && std::isspace(static_cast<unsigned char>(out[k])))
        ++k;
      if (k >= out.size()) fail("an unclosed tag", out.substr(i, 200));
      if (out[k] == '>') {
        ++k;
        break;
      }
      if (out[k] == '/' && k + 1 < out.size() && out[k + 1] == '>') {
        self_closing = true;
        k += 2;
        break;
      }
      std::size_t a = k;
      while (k < out.size() && !std::isspace(static_cast<unsigned char>(out[k])) && out[k] != '=' &&
             out[k] != '>' && out[k] != '/' && out[k] != '"' && out[k] != '\'' && out[k] != '<')
        ++k;
      if (k == a) fail("a broken attribute", out.substr(i, 200));
      if (k < out.size() && out[k] == '=') {
        ++k;
        if (k >= out.size() || (out[k] != '"' && out[k] != '\''))
          fail("an unquoted attribute value", out.substr(i, 200));
        char q = out[k];
        std::size_t end = out.find(q, k + 1);
        if (end == std::string::npos) fail("an unclosed attribute value", out.substr(i, 200));
        if (out.substr(k + 1, end - k - 1).find('<') != std::string::npos)
          fail("a '<' in an attribute value", out.substr(i, 200));
        k = end + 1;
      }
    }
    i = k;
    if (closing) {
      if (open.empty() || open.back() != name) fail("a closing tag that does not match", out);
      open.pop_back();
      continue;
    }
    if (self_closing) continue;
    if (html && std::find(k_void.begin(), k_void.end(), name) != k_void.end()) continue;
    if (name == "script" || name == "style") {
      std::size_t end = out.find("</" + name, i);
      if (end == std::string::npos) fail("an unclosed script or style", out);
      i = end;
    }
    open.push_back(name);
  }
  if (!open.empty()) fail("a tag that is never closed: " + open.back(), out);
}

void check(vap::Format format, const std::string& out) {
  using vap::Format;
  switch (format) {
  case Format::json:
  case Format::geojson:
    check_json(out);
    break;
  case Format::svg:
    check_markup(out, false);
    break;
  case Format::html:
    check_markup(out, true);
    break;
  default:
    break;
  }
}

// ---- The fixed municipality -------------------------------------------------------------------

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The fixed municipality's files, read and parsed once: every input starts from copies of them.
struct Base {
  std::shared_ptr<vap::Catalogs> catalogs;
  vap::Sources sources;                // the fixed files (other kinds only)
  std::vector<vap::ParsedFile> parsed; // each of them parsed
};

const Base& base() {
  static const Base k_base = [] {
    Base b;
    b.catalogs = vap::shipped_catalogs(vap::Lang::en);
    if (k_kind == "workbook") return b; // the workbook holds every file of its municipality
    std::vector<std::pair<std::string, std::string>> files; // path, text
    for (const auto& e : fs::recursive_directory_iterator(VAP_FUZZ_BASE)) {
      if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
      const std::string text = read(e.path());
      // The fuzzed kind's own files are left out: the input takes their place.
      const bool same = text.find("\n" + std::string(k_kind) + ":") != std::string::npos ||
                        text.rfind(std::string(k_kind) + ":", 0) == 0;
      if (same && k_kind != "catalog") continue;
      files.emplace_back(e.path().generic_string(), text);
    }
    std::sort(files.begin(), files.end());
    vap::Diagnostics diags(vap::Lang::en);
    for (auto& [path, text] : files) {
      const std::uint32_t id = b.sources.add(path);
      b.sources.set_text(id, std::move(text));
      b.parsed.push_back(vap::parse_file(b.sources, id, diags));
    }
    if (diags.has_errors()) {
      std::fprintf(stderr, "fuzz_%s: the fixed municipality %s has errors\n", vap_fuzz_kind,
                   VAP_FUZZ_BASE);
      std::abort();
    }
    return b;
  }();
  return k_base;
}

using vap::Format;

// What one input is rendered in: every method runs, each renderer writes one of its formats in one
// language, both picked from the input's hash, so that the corpus as a whole reaches every format
// and language while one run stays cheap.
struct Pick {
  std::uint64_t hash = 1469598103934665603ull; // FNV-1a of the input
  vap::Lang lang() const {
    static constexpr vap::Lang k_langs[] = {vap::Lang::ky, vap::Lang::ru, vap::Lang::en};
    return k_langs[hash % 3];
  }
  // One of `formats`, a different draw for each renderer (`salt`).
  Format format(std::initializer_list<Format> formats, std::uint64_t salt) const {
    std::uint64_t h = (hash / 3) ^ (salt * 0x9E3779B97F4A7C15ull);
    h ^= h >> 29;
    return formats.begin()[h % formats.size()];
  }
};

template <typename F>
void one_format(const Pick& pick, std::uint64_t salt, std::initializer_list<Format> formats,
                F render) {
  vap::RenderOptions o;
  o.format = pick.format(formats, salt);
  o.lang = pick.lang();
  check(o.format, render(o));
}

// Every method, and every renderer in the format and language the input picks.
void render_all(const vap::Program& program, const Pick& pick) {
  const vap::Municipality& m = program.municipalities.front();
  one_format(pick, 1, {Format::md, Format::csv, Format::json}, [&](const vap::RenderOptions& o) {
    return vap::render_gallery(vap::tally_gallery(m, vap::RankBy::dots), o);
  });
  one_format(
      pick, 2, {Format::md, Format::csv, Format::json, Format::geojson},
      [&](const vap::RenderOptions& o) { return vap::render_map({vap::inventory_map(m)}, o); });
  one_format(
      pick, 3, {Format::md, Format::csv, Format::json, Format::svg},
      [&](const vap::RenderOptions& o) { return vap::render_venn({vap::summarize_venn(m)}, o); });
  one_format(
      pick, 4, {Format::md, Format::csv, Format::json, Format::svg},
      [&](const vap::RenderOptions& o) { return vap::render_pie({vap::compare_pie(m, 10)}, o); });
  one_format(pick, 5, {Format::md, Format::csv, Format::json}, [&](const vap::RenderOptions& o) {
    return vap::render_causes(vap::analyse_causes(m), o);
  });
  one_format(pick, 6, {Format::md, Format::csv, Format::json}, [&](const vap::RenderOptions& o) {
    return vap::render_plan(vap::summarize_plan(m), o);
  });
  one_format(pick, 7, {Format::md, Format::csv, Format::json}, [&](const vap::RenderOptions& o) {
    return vap::render_monitor({vap::monitor(m)}, o);
  });
  one_format(pick, 9, {Format::md, Format::csv, Format::json}, [&](const vap::RenderOptions& o) {
    return vap::render_assembly({vap::assembly_report(m)}, o);
  });
  one_format(pick, 8, {Format::md, Format::html}, [&](const vap::RenderOptions& o) {
    return vap::render_report(vap::results_of(m), o);
  });
  (void)vap::plan_draft_text(vap::make_plan_draft(m), m, pick.lang());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)base(); // the catalogs and the fixed files, once
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Base& b = base();
  Pick pick;
  for (std::size_t i = 0; i < size; ++i)
    pick.hash = (pick.hash ^ data[i]) * 1099511628211ull;
  std::string input(reinterpret_cast<const char*>(data), size);
  if (input.rfind("\xEF\xBB\xBF", 0) == 0) input.erase(0, 3);
  vap::Sources sources = b.sources;
  std::vector<vap::ParsedFile> parsed = b.parsed;
  vap::Diagnostics diags(pick.lang());

  auto catalogs = b.catalogs;
  if (k_kind == "catalog") {
    auto own = std::make_shared<vap::Catalogs>(*b.catalogs);
    const std::uint32_t id = sources.add("fuzz.yaml");
    sources.set_text(id, input);
    vap::read_catalog_text(sources, id, *own, diags);
    catalogs = own;
  }
  if (k_kind == "workbook") {
    const std::uint32_t book_id = sources.add("fuzz.xlsx");
    vap::XlsxError error;
    auto book =
        vap::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), ".xlsx", error);
    if (!book) {
      (void)vap::xlsx_error_message(pick.lang(), error);
      return 0;
    }
    for (auto& wf : vap::workbook_files(*book, sources, book_id, diags)) {
      const std::uint32_t id = sources.add("fuzz.xlsx");
      sources.set_cells(id, std::move(wf.cells));
      if (wf.from_text()) {
        sources.set_text(id, std::move(wf.text));
        parsed.push_back(vap::parse_file(sources, id, diags));
      } else {
        parsed.push_back(vap::parse_record(sources, id, wf.record, diags));
      }
    }
  } else if (k_kind != "catalog") {
    const std::uint32_t id = sources.add("fuzz.yaml");
    sources.set_text(id, input);
    parsed.push_back(vap::parse_file(sources, id, diags));
  }
  (void)vap::format_diagnostics(diags, sources);
  if (diags.has_errors()) return 0;

  vap::Program program;
  program.catalogs = catalogs;
  vap::Municipality* m = nullptr;
  for (auto& pf : parsed)
    if (pf.municipality && !m) {
      program.municipalities.push_back(std::move(*pf.municipality));
      m = &program.municipalities.back();
      if (!pf.catalog.empty()) {
        auto own = std::make_shared<vap::Catalogs>(*catalogs);
        for (const auto& a : pf.catalog)
          (*own)[a.kind].add(a.entry);
        m->catalogs = own;
      } else {
        m->catalogs = catalogs;
      }
    }
  if (!m) return 0;
  if (m->id.empty()) m->id = "fuzz";
  for (auto& pf : parsed) {
    if (pf.session) m->sessions.push_back(std::move(*pf.session));
    if (pf.causes) m->causes.push_back(std::move(*pf.causes));
    if (pf.plan) m->plans.push_back(std::move(*pf.plan));
    if (pf.monitoring) m->monitorings.push_back(std::move(*pf.monitoring));
    if (pf.assembly) m->assemblies.push_back(std::move(*pf.assembly));
  }
  vap::resolve_municipality(*m, diags);
  vap::check_priority_coverage(program, diags);
  (void)vap::format_diagnostics(diags, sources);
  if (diags.has_errors()) return 0;
  render_all(program, pick);
  return 0;
}
