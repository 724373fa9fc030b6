#include "vap/load.hpp"

#include "load_internal.hpp"

#include "vap/cpus.hpp"
#include "vap/embedded.hpp"
#include "vap/file_reader.hpp"
#include "vap/fingerprint.hpp"
#include "vap/parse.hpp"
#include "vap/record_document.hpp"
#include "vap/resolve.hpp"
#include "vap/shipped_data.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"
#include "vap/workbook.hpp"
#include "vap/xlsx.hpp"
#include "vap/yaml_guard.hpp"
#include "vap/yaml_tree.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <future>
#include <map>
#include <memory>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace vap {

using namespace load_internal;

namespace load_internal {

std::string lower_name(const fs::path& p) {
  std::string name = path_text(p.filename());
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return name;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool is_yaml(const fs::path& p) {
  return is_yaml_file(p);
}

// Spreadsheets: .xlsx is read; .xls and .ods are found too, to say how to save them as .xlsx.
// "~$book.xlsx" is the lock file Excel keeps beside an open workbook.
bool is_workbook(const fs::path& p) {
  auto ext = p.extension().string();
  for (auto& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return (ext == ".xlsx" || ext == ".xls" || ext == ".ods") &&
         p.filename().string().rfind("~$", 0) != 0;
}

std::string lower_extension(const fs::path& p) {
  auto ext = p.extension().string();
  for (auto& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool hidden(const fs::path& p) {
  auto name = path_text(p.filename());
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

// A file read by the one reader (vap/file_reader.hpp), or its failure as an error of the file:
// exit 66 when it cannot be read at all, 65 when it is too large or not UTF-8.
std::optional<std::string> read_checked(const fs::path& path, std::uint32_t id, Lang lang,
                                        std::size_t limit, Diagnostics& diags, bool& unreadable) {
  FileBytes r = read_input_file(path, lang, limit);
  if (r) return std::move(r.bytes);
  if (r.failure == ReadFailure::encoding)
    diags.error(SourcePos{id, 1, 1}, r.message);
  else
    diags.error(SourcePos{id, 0, 0}, r.message);
  if (r.failure != ReadFailure::too_large && r.failure != ReadFailure::encoding) unreadable = true;
  return std::nullopt;
}

void add_entries(Catalogs& catalogs, const std::vector<CatalogAddition>& additions,
                 Diagnostics& diags, bool in_catalog) {
  for (const auto& a : additions) {
    CatalogEntry e = a.entry;
    e.in_catalog = in_catalog || true;
    if (auto clash = catalogs[a.kind].add(std::move(e)))
      diags.warning(a.pos,
                    msg(diags.lang(), "'{}' already names another {} entry; it keeps that meaning",
                        *clash, catalog_key(a.kind)));
  }
}

// The entries of catalog text (a shipped or --catalog file).
std::vector<CatalogAddition> parse_catalog_text(const Sources& sources, std::uint32_t file,
                                                Diagnostics& diags) {
  YamlReader reader(sources, file, diags);
  std::vector<CatalogAddition> additions;
  std::unique_ptr<yaml::Document> doc;
  yaml::Node root;
  // The same checks as a workshop file's: bytes, anchors and aliases, syntax errors said plainly.
  if (!check_bytes(sources, file, diags)) return additions;
  try {
    doc = parse_refusing_aliases(sources, file, diags);
    if (!doc) return additions;
    root = doc->root();
  } catch (const YAML::Exception& e) {
    report_syntax_error(e, sources, file, diags);
    return additions;
  }
  if (!root || root.IsNull()) return additions;
  if (root.IsMap() && root["vap"]) root.remove("vap");
  parse_catalog_section(root, reader, additions);
  return additions;
}

// Parses catalog text (a shipped or --catalog file) into `catalogs`.
void read_catalog_file(Sources& sources, std::uint32_t file, Catalogs& catalogs,
                       Diagnostics& diags) {
  add_entries(catalogs, parse_catalog_text(sources, file, diags), diags, true);
}

} // namespace load_internal

bool is_yaml_file(const fs::path& p) {
  const std::string name = lower_name(p);
  return ends_with(name, ".yaml") || ends_with(name, ".yml") || is_yaml_txt_file(p);
}

bool is_yaml_txt_file(const fs::path& p) {
  const std::string name = lower_name(p);
  return ends_with(name, ".yaml.txt") || ends_with(name, ".yml.txt");
}

bool is_unread_workshop_file(const fs::path& p) {
  if (is_yaml_file(p)) return false;
  const std::string name = lower_name(p);
  // What facilitators type flipcharts into besides YAML and workbooks (.xlsx, .xls, .ods are
  // read or answered by the workbook reader).
  if (is_workbook(p) || name.rfind("~$", 0) == 0) return false;
  for (std::string_view ext :
       {".docx", ".doc", ".odt", ".rtf", ".xlsm", ".csv", ".tsv", ".txt", ".pdf", ".json"})
    if (ends_with(name, ext)) return true;
  return false;
}

void read_catalog_text(Sources& sources, std::uint32_t file, Catalogs& catalogs,
                       Diagnostics& diags) {
  read_catalog_file(sources, file, catalogs, diags);
}

std::shared_ptr<Catalogs> shipped_catalogs(Lang) {
  // Compiled at build time from the same files (shipped_catalogs_from_yaml is what it holds).
  auto catalogs = std::make_shared<Catalogs>();
  const ShippedData data = shipped_catalog_data();
  for (std::size_t i = 0; i < data.count; ++i) {
    const ShippedEntry& s = data.entries[i];
    CatalogEntry e;
    e.id = s.id;
    for (std::size_t k = 0; k < 3; ++k)
      e.labels[k] = s.labels[k];
    e.synonyms.assign(s.synonyms, s.synonyms + s.synonym_count);
    e.lsg_issue = s.lsg_issue;
    e.gender = s.gender;
    e.side = s.side;
    e.problem = s.problem;
    e.type = s.type;
    e.in_catalog = true;
    const Catalog::NameKeys keys{s.exact, s.loose, s.points};
    (*catalogs)[s.kind].add(std::move(e), &keys);
  }
  return catalogs;
}

std::vector<CatalogAddition> shipped_catalog_additions(Sources& sources, Diagnostics& diags) {
  std::vector<std::uint32_t> ids;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind("catalogs/", 0) != 0) continue;
    ids.push_back(sources.add("templates/" + std::string(f.path)));
    sources.set_text(ids.back(), std::string(f.content));
  }
  // In file order (only the build and the tests parse them now: no threads).
  std::vector<CatalogAddition> all;
  for (const auto id : ids) {
    auto additions = parse_catalog_text(sources, id, diags);
    all.insert(all.end(), additions.begin(), additions.end());
  }
  return all;
}

std::shared_ptr<Catalogs> shipped_catalogs_from_yaml(Sources& sources, Diagnostics& diags) {
  auto catalogs = std::make_shared<Catalogs>();
  add_entries(*catalogs, shipped_catalog_additions(sources, diags), diags, true);
  return catalogs;
}

namespace load_internal {

// One --catalog file, read into `catalogs`.
void read_catalog_option(const std::string& path, std::uint32_t id, Catalogs& catalogs, Loaded& out,
                         const LoadOptions& options) {
  const Lang lang = options.lang;
  bool unreadable = false;
  auto bytes =
      read_checked(utf8_path(path), id, lang, options.max_file_size, out.diags, unreadable);
  if (unreadable) out.unreadable = true;
  if (!bytes) return;
  out.sources.set_text(id, std::move(*bytes));
  read_catalog_file(out.sources, id, catalogs, out.diags);
}

} // namespace load_internal

Loaded load(const std::vector<std::string>& paths, const LoadOptions& options) {
  Loaded out;
  out.diags = Diagnostics(options.lang);
  Diagnostics& diags = out.diags;
  const Lang lang = options.lang;

  // The shipped catalogs are parsed while the files are (they are only needed to match names),
  // unless they were given.
  std::future<std::shared_ptr<Catalogs>> shipped;
  if (!options.base_catalogs) shipped = std::async(std::launch::async, shipped_catalogs, lang);
  std::vector<std::uint32_t> catalog_ids;
  for (const auto& c : options.catalog_files)
    catalog_ids.push_back(out.sources.add(c));
  auto read_catalogs = [&]() -> std::shared_ptr<const Catalogs> {
    if (options.base_catalogs) return options.base_catalogs;
    auto base = shipped.get();
    // Then the --catalog files.
    for (std::size_t k = 0; k < options.catalog_files.size(); ++k)
      read_catalog_option(options.catalog_files[k], catalog_ids[k], *base, out, options);
    return base;
  };

  std::vector<fs::path> not_read; // files in the folders that look like workshop files
  if (options.found_files) {
    for (const auto& p : paths)
      out.files.push_back(utf8_path(p));
  } else {
    discover(paths, lang, out, not_read);
  }

  const ShownPath shown_path;
  std::vector<std::uint32_t> ids;
  for (const auto& f : out.files) {
    ids.push_back(out.sources.add(shown_path(f)));
    // Notepad adds .txt when "All files" is not chosen: read, but say how to name it.
    if (is_yaml_txt_file(f)) {
      std::string name = path_text(f.filename());
      diags.warning(SourcePos{ids.back(), 0, 0},
                    msg(lang,
                        "read as YAML; rename it to '{}' (in Notepad: Save as, type \"All "
                        "files\")",
                        name.substr(0, name.size() - 4)));
    }
  }
  if (!not_read.empty()) diags.note(SourcePos{}, not_read_message(lang, not_read, shown_path));

  // What is parsed: each YAML file, and the YAML files made from each workbook (read here, one
  // after another, since they add to `sources`). A workbook's files sit in a folder named as
  // the workbook, so that they belong to its municipality.
  struct Unit {
    fs::path path;
    std::uint32_t id = 0;
    bool made = false; // made from a workbook: its record, or its text in `sources` already
    std::optional<Record> record;
  };
  std::vector<Unit> units;
  for (std::size_t i = 0; i < out.files.size(); ++i) {
    if (!is_workbook(out.files[i]) || is_yaml(out.files[i])) {
      units.push_back({out.files[i], ids[i], false, std::nullopt});
      continue;
    }
    bool cannot = false;
    auto bytes = read_checked(out.files[i], ids[i], lang, options.max_file_size, diags, cannot);
    if (cannot) out.unreadable = true;
    if (!bytes) continue;
    XlsxError error;
    auto book = read_xlsx(*bytes, lower_extension(out.files[i]), error, lang);
    if (!book) {
      diags.error(SourcePos{ids[i], 0, 0}, xlsx_error_message(lang, error));
      continue;
    }
    for (auto& wf : workbook_files(*book, out.sources, ids[i], diags)) {
      const std::uint32_t id = out.sources.add(out.sources.path(ids[i]));
      out.sources.set_cells(id, std::move(wf.cells));
      if (wf.from_text()) {
        out.sources.set_text(id, std::move(wf.text));
        units.push_back({out.files[i] / wf.name, id, true, std::nullopt});
      } else {
        units.push_back({out.files[i] / wf.name, id, true, std::move(wf.record)});
      }
    }
  }

  for (const auto& made : options.made_files) {
    const std::uint32_t id = out.sources.add(made.shown);
    out.sources.set_cells(id, made.cells);
    units.push_back({made.path, id, true, made.record});
  }

  // Read and parse in parallel; results are merged in file order.
  std::vector<ParsedFile> parsed(units.size());
  std::vector<Diagnostics> file_diags(units.size(), Diagnostics(lang));
  std::vector<char> unreadable(units.size(), 0);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto file_done = [&]() {
    if (options.on_file) options.on_file(++done, units.size());
  };
  auto work = [&]() {
    yaml::DocumentReuse reuse; // one document's buffers for all of this thread's files
    // The step runs after every file, also after one that could not be read (`continue`).
    for (std::size_t i = next++; i < units.size(); file_done(), i = next++) {
      if (units[i].record) {
        parsed[i] = parse_record(out.sources, units[i].id, *units[i].record, file_diags[i]);
        continue;
      }
      if (!units[i].made) {
        bool cannot = false;
        auto bytes = read_checked(units[i].path, units[i].id, lang, options.max_file_size,
                                  file_diags[i], cannot);
        if (cannot) unreadable[i] = 1;
        if (!bytes) continue;
        // Most files pass plainly_clean, which also finds their lines: check_bytes does not
        // read them again, and they are well-formed UTF-8.
        std::vector<std::uint32_t> lines;
        if (plainly_clean(*bytes, k_max_line_chars, &lines)) {
          out.sources.set_clean_text(units[i].id, std::move(*bytes), std::move(lines));
          parsed[i] = parse_file(out.sources, units[i].id, file_diags[i]);
          continue;
        }
        // Saved in the Windows Cyrillic code page (Notepad's "ANSI"): named so, and its line
        // shown decoded; the file is not parsed.
        if (auto bad = find_invalid_utf8(*bytes)) {
          if (auto decoded = windows_1251_text(*bytes)) {
            const std::size_t at =
                windows_1251_to_utf8(bytes->substr(0, *bad)).value_or(std::string()).size();
            out.sources.set_text(units[i].id, std::move(*decoded));
            file_diags[i].error(
                out.sources.at_offset(units[i].id, at),
                msg(lang, "the file is saved as Windows-1251 (Cyrillic), not UTF-8; save it as "
                          "UTF-8 (in Notepad: Save as, Encoding UTF-8; in Excel: Save as, type "
                          "\"CSV UTF-8\")"));
            continue;
          }
        }
        out.sources.set_text(units[i].id, std::move(*bytes));
      }
      parsed[i] = parse_file(out.sources, units[i].id, file_diags[i]);
    }
  };
  unsigned threads = options.threads ? options.threads : usable_cpus();
  threads = static_cast<unsigned>(
      std::min<std::size_t>(threads, std::max<std::size_t>(1, units.size() / 8)));
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(work);
    for (auto& t : pool)
      t.join();
  }
  out.kinds.assign(out.sources.size(), FileKind::none);
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    diags.append(file_diags[i]);
    if (unreadable[i]) out.unreadable = true;
    out.kinds[units[i].id] = parsed[i].kind;
  }

  auto base = read_catalogs();
  out.program.catalogs = base;

  // Municipalities: one per municipality file, keyed by its folder.
  std::map<fs::path, std::size_t> by_folder;
  std::vector<Municipality>& ms = out.program.municipalities;
  for (auto& pf : parsed) {
    if (pf.kind != FileKind::municipality || !pf.municipality) continue;
    Municipality m = std::move(*pf.municipality);
    std::size_t i = static_cast<std::size_t>(&pf - parsed.data());
    fs::path folder = units[i].path.parent_path();
    m.folder = out.sources.path(units[i].id);
    m.folder = path_text(utf8_path(m.folder).parent_path());
    // A workbook's files sit in a folder named as the workbook: its id is the name without .xlsx.
    if (m.id.empty()) m.id = path_text(units[i].made ? folder.stem() : folder.filename());
    if (auto [it, fresh] = by_folder.emplace(folder, ms.size()); !fresh) {
      diags.error(m.pos, msg(lang,
                             "a second municipality file in one folder (the first is {}); one "
                             "folder is one municipality",
                             out.sources.path(ms[it->second].file)));
      continue;
    }
    for (const auto& a : pf.catalog)
      m.own_catalog.emplace_back(a.kind, a.entry);
    if (!pf.catalog.empty()) {
      auto own = std::make_shared<Catalogs>(*base);
      add_entries(*own, pf.catalog, diags, true);
      m.catalogs = own;
    } else {
      m.catalogs = base;
    }
    ms.push_back(std::move(m));
  }
  if (options.lang_from_files) {
    // The messages speak the municipalities' language. The few messages already written (of
    // files with mistakes) were in the fallback language: then the run is done again in the
    // chosen one, so that every message of the run is in one language.
    std::vector<std::optional<Lang>> langs;
    for (const auto& m : ms)
      langs.push_back(m.lang);
    const Lang chosen = choose_lang(std::nullopt, langs, options.lang);
    if (chosen != lang) {
      if (!diags.items().empty()) {
        LoadOptions again = options;
        again.lang = chosen;
        again.lang_from_files = false;
        return load(paths, again);
      }
      diags.set_lang(chosen);
    }
  }
  const Lang final_lang = diags.lang();
  out.lang = final_lang;
  for (std::size_t a = 0; a < ms.size(); ++a)
    for (std::size_t b = 0; b < a; ++b)
      if (ms[a].id == ms[b].id)
        diags.error(ms[a].pos,
                    msg(final_lang,
                        "municipality id '{}' is used twice (also in {}); give each its own 'id'",
                        ms[a].id, out.sources.path(ms[b].file)));

  // Every other file joins the municipality it names, or the one whose folder holds it.
  std::optional<fs::path> owner_folder;
  std::optional<std::size_t> owner_index;
  auto owner = [&](const std::string& named, std::size_t i, SourcePos at,
                   FileKind kind) -> Municipality* {
    if (!named.empty()) {
      std::vector<std::string> known;
      for (auto& m : ms) {
        if (m.id == named || match_key(m.name) == match_key(named)) return &m;
        known.push_back(m.id);
      }
      std::string hint = did_you_mean(final_lang, named, known);
      diags.error(at, msg(final_lang, "no municipality '{}' among the files given{}", named,
                          hint.empty() ? "" : "; " + hint));
      return nullptr;
    }
    // The files of one folder are next to each other: the folder's owner is looked up once.
    const fs::path parent = units[i].path.parent_path();
    if (!owner_folder || parent != *owner_folder) {
      owner_folder = parent;
      owner_index = std::nullopt;
      for (fs::path dir = parent;; dir = dir.parent_path()) {
        if (auto it = by_folder.find(dir); it != by_folder.end()) {
          owner_index = it->second;
          break;
        }
        if (dir == dir.parent_path() || dir.empty()) break;
      }
    }
    if (owner_index) return &ms[*owner_index];
    if (ms.size() == 1) return &ms[0];
    diags.error(
        at,
        ms.empty()
            ? msg(final_lang,
                  "this {} belongs to no municipality: give the municipality's folder or its "
                  "municipality file too",
                  tr(final_lang, kind_word(kind)))
            : msg(final_lang,
                  "this {} belongs to no municipality: put it in a municipality's folder or add "
                  "'municipality: <id>' to its section",
                  tr(final_lang, kind_word(kind))));
    return nullptr;
  };
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    ParsedFile& pf = parsed[i];
    const SourcePos at{units[i].id, 1, 1};
    if (pf.session) {
      if (auto* m = owner(pf.session->municipality, i, at, pf.kind))
        m->sessions.push_back(std::move(*pf.session));
    } else if (pf.causes) {
      if (auto* m = owner(pf.causes->municipality, i, at, pf.kind))
        m->causes.push_back(std::move(*pf.causes));
    } else if (pf.plan) {
      if (auto* m = owner(pf.plan->municipality, i, at, pf.kind))
        m->plans.push_back(std::move(*pf.plan));
    } else if (pf.monitoring) {
      if (auto* m = owner(pf.monitoring->municipality, i, at, pf.kind))
        m->monitorings.push_back(std::move(*pf.monitoring));
    } else if (pf.assembly) {
      if (auto* m = owner(pf.assembly->municipality, i, at, pf.kind))
        m->assemblies.push_back(std::move(*pf.assembly));
    }
  }

  // A fixed order whatever the order of the arguments.
  std::sort(ms.begin(), ms.end(), [&](const Municipality& a, const Municipality& b) {
    return std::tie(a.id, out.sources.path(a.file)) < std::tie(b.id, out.sources.path(b.file));
  });
  // Each municipality is resolved on its own (by the same threads as the files); the
  // messages join in municipality order.
  std::vector<Diagnostics> muni_diags(ms.size(), Diagnostics(final_lang));
  std::atomic<std::size_t> next_muni{0};
  auto resolve_work = [&]() {
    for (std::size_t k = next_muni++; k < ms.size(); k = next_muni++) {
      Municipality& m = ms[k];
      resolve_municipality(m, muni_diags[k]);
      std::stable_sort(
          m.sessions.begin(), m.sessions.end(), [&](const Session& a, const Session& b) {
            return std::tie(a.date, a.village.text, a.group.id, out.sources.path(a.file)) <
                   std::tie(b.date, b.village.text, b.group.id, out.sources.path(b.file));
          });
    }
  };
  const unsigned resolvers = static_cast<unsigned>(std::min<std::size_t>(
      options.threads ? options.threads : usable_cpus(), std::max<std::size_t>(1, ms.size() / 4)));
  if (resolvers <= 1) {
    resolve_work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < resolvers; ++t)
      pool.emplace_back(resolve_work);
    for (auto& t : pool)
      t.join();
  }
  for (auto& d : muni_diags)
    diags.append(d);
  check_repeated_sessions(out.program, out.sources, diags);
  if (ms.empty() && !diags.has_errors() && !out.unreadable)
    diags.error(
        SourcePos{},
        msg(final_lang,
            "no municipality file among the inputs: a folder needs a file with 'municipality:'"));
  return out;
}

Diagnostics without_errors(const Diagnostics& diags) {
  Diagnostics shown(diags.lang());
  for (const auto& d : diags.items())
    if (d.severity != Severity::error) shown.add(d);
  return shown;
}

Blocking blocking_errors(const Loaded& loaded, FileKinds uses) {
  Blocking b;
  for (const auto& d : loaded.diags.items()) {
    if (d.severity != Severity::error) continue;
    FileKind kind = d.pos.file < loaded.kinds.size() ? loaded.kinds[d.pos.file] : FileKind::none;
    const bool always = kind == FileKind::none || kind == FileKind::municipality;
    if (always || uses.has(kind))
      ++b.errors;
    else
      ++b.ignored[kind];
  }
  return b;
}

} // namespace vap
