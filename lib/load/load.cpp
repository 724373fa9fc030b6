#include "vap/load.hpp"

#include "vap/embedded.hpp"
#include "vap/parse.hpp"
#include "vap/resolve.hpp"
#include "vap/text.hpp"

#include <algorithm>
#include <atomic>
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
namespace {

std::string lower_name(const fs::path& p) {
  std::string name = p.filename().string();
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return name;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool hidden(const fs::path& p) {
  auto name = p.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

// Reads a whole file; on failure returns nothing and says why.
std::optional<std::string> read_bytes(const fs::path& path, std::size_t limit, std::string& why) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    why = "size";
    return std::nullopt;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!in) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  std::string data;
  if (!ec) data.reserve(static_cast<std::size_t>(size));
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, in.get())) > 0;) {
    data.append(buffer, n);
    if (data.size() > limit) {
      why = "size";
      return std::nullopt;
    }
  }
  if (std::ferror(in.get())) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  return data;
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
  YAML::Node root;
  try {
    root = YAML::Load(sources.text(file));
  } catch (const YAML::Exception& e) {
    diags.error(reader.pos(e.mark), msg(diags.lang(), "YAML syntax error: {}", e.msg));
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

std::string strip_bom(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

std::string_view kind_name(FileKind k) {
  switch (k) {
  case FileKind::session:
    return "session";
  case FileKind::causes:
    return "causes";
  case FileKind::plan:
    return "plan";
  case FileKind::monitoring:
    return "monitoring";
  default:
    return "file";
  }
}

} // namespace

void check_repeated_sessions(const Program& program, const Sources& sources, Diagnostics& diags) {
  const Lang lang = diags.lang();
  // A copied file: the same bytes twice, in any municipality.
  std::map<std::string_view, const Session*> by_text;
  std::set<const Session*> copies;
  for (const auto& m : program.municipalities)
    for (const auto& s : m.sessions) {
      auto [it, fresh] = by_text.emplace(sources.text(s.file), &s);
      if (fresh) continue;
      copies.insert(&s);
      copies.insert(it->second);
      diags.error(s.pos, msg(lang, "the same session twice: a copied file? ({} is the same)",
                             sources.path(it->second->file)));
    }
  // The same date, village and group twice: perhaps a copy with changes, perhaps a mistake.
  for (const auto& m : program.municipalities)
    for (std::size_t a = 0; a < m.sessions.size(); ++a)
      for (std::size_t b = a + 1; b < m.sessions.size(); ++b) {
        const Session& x = m.sessions[a];
        const Session& y = m.sessions[b];
        if (x.date != y.date || x.group.id != y.group.id ||
            match_key(x.village.text) != match_key(y.village.text))
          break; // sorted by date, village and group: the equal ones are next to each other
        if (copies.count(&x) && copies.count(&y)) continue;
        diags.warning(x.pos, msg(lang, "a second session of the same date, village and group is "
                                       "in {}; is one of them a copy?",
                                 sources.path(y.file)));
        diags.warning(y.pos, msg(lang, "a second session of the same date, village and group is "
                                       "in {}; is one of them a copy?",
                                 sources.path(x.file)));
      }
}

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
  // What facilitators type flipcharts into besides YAML. (.xlsx moves out of this list when
  // workbooks are read.)
  for (std::string_view ext : {".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xlsm", ".xls", ".ods",
                               ".csv", ".tsv", ".txt", ".pdf", ".json"})
    if (ends_with(name, ext)) return true;
  return false;
}

std::shared_ptr<Catalogs> shipped_catalogs(Lang lang) {
  auto catalogs = std::make_shared<Catalogs>();
  Sources sources;
  Diagnostics diags(lang);
  std::vector<std::uint32_t> ids;
  for (const auto& f : embedded_files()) {
    if (f.path.rfind("catalogs/", 0) != 0) continue;
    ids.push_back(sources.add("templates/" + std::string(f.path)));
    sources.set_text(ids.back(), std::string(f.content));
  }
  // The files are parsed by two threads (every other file each), then added in file order.
  std::vector<std::vector<CatalogAddition>> additions(ids.size());
  std::vector<Diagnostics> file_diags(ids.size(), Diagnostics(lang));
  auto parse_every_other = [&](std::size_t first) {
    for (std::size_t i = first; i < ids.size(); i += 2)
      additions[i] = parse_catalog_text(sources, ids[i], file_diags[i]);
  };
  std::thread helper(parse_every_other, 1);
  parse_every_other(0);
  helper.join();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    diags.append(file_diags[i]);
    add_entries(*catalogs, additions[i], diags, true);
  }
  return catalogs;
}

namespace {

// One --catalog file, read into `catalogs`.
void read_catalog_option(const std::string& path, std::uint32_t id, Catalogs& catalogs, Loaded& out,
                         const LoadOptions& options) {
  const Lang lang = options.lang;
  if (fs::is_directory(path)) {
    out.diags.error(SourcePos{id, 0, 0}, msg(lang, "this is a folder; a catalog is a YAML file"));
    out.unreadable = true;
    return;
  }
  std::string why;
  auto bytes = read_bytes(path, options.max_file_size, why);
  if (!bytes) {
    out.diags.error(SourcePos{id, 0, 0}, msg(lang, "cannot read the catalog: {}", why));
    out.unreadable = true;
    return;
  }
  out.sources.set_text(id, strip_bom(*bytes));
  read_catalog_file(out.sources, id, catalogs, out.diags);
}

} // namespace

Loaded load(const std::vector<std::string>& paths, const LoadOptions& options) {
  Loaded out;
  out.diags = Diagnostics(options.lang);
  Diagnostics& diags = out.diags;
  const Lang lang = options.lang;

  // The shipped catalogs are parsed while the files are (they are only needed to match names).
  std::future<std::shared_ptr<Catalogs>> shipped =
      std::async(std::launch::async, shipped_catalogs, lang);
  std::vector<std::uint32_t> catalog_ids;
  for (const auto& c : options.catalog_files)
    catalog_ids.push_back(out.sources.add(c));
  auto read_catalogs = [&]() {
    auto base = shipped.get();
    // Then the --catalog files.
    for (std::size_t k = 0; k < options.catalog_files.size(); ++k)
      read_catalog_option(options.catalog_files[k], catalog_ids[k], *base, out, options);
    return base;
  };

  // Discovery: files as given, folders recursively; sorted by path, each once.
  std::set<fs::path> found;
  std::vector<std::string> empty_folders;
  std::vector<fs::path> not_read; // files in the folders that look like workshop files
  for (const auto& p : paths) {
    std::error_code ec;
    fs::path path(p);
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diags.error(SourcePos{}, msg(lang, "cannot read '{}': no such file or folder", p));
      out.unreadable = true;
      continue;
    }
    if (fs::is_directory(status)) {
      std::size_t before = found.size();
      fs::recursive_directory_iterator it(path, ec), end;
      if (ec) {
        diags.error(SourcePos{}, msg(lang, "cannot read the folder '{}': {}", p, ec.message()));
        out.unreadable = true;
        continue;
      }
      fs::path last = path;
      for (; it != end && !ec; it.increment(ec)) {
        last = it->path();
        if (hidden(it->path())) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file()) continue;
        if (is_yaml_file(it->path()))
          found.insert(fs::weakly_canonical(it->path()));
        else if (is_unread_workshop_file(it->path()))
          not_read.push_back(it->path());
      }
      if (ec) {
        // A subfolder that cannot be read would silently lose its files (the iterator ends there).
        fs::path shown = fs::is_directory(last) ? last : path;
        diags.error(SourcePos{}, msg(lang, "cannot read the folder '{}': {}",
                                     shown.generic_string(), ec.message()));
        out.unreadable = true;
      } else if (found.size() == before)
        empty_folders.push_back(p);
    } else if (!fs::is_regular_file(status)) {
      // A pipe or a device would be read forever or not at all.
      diags.error(SourcePos{}, msg(lang, "cannot read '{}': it is not a file", p));
      out.unreadable = true;
    } else {
      found.insert(fs::weakly_canonical(path));
    }
  }
  out.files.assign(found.begin(), found.end());
  // A folder without YAML files is a warning beside other inputs, and the error when it is all.
  for (const auto& p : empty_folders) {
    if (found.empty())
      diags.error(SourcePos{},
                  msg(lang,
                      "the folder '{}' holds no .yaml files; give a municipality's folder, "
                      "with its municipality file and sessions",
                      p));
    else
      diags.warning(SourcePos{}, msg(lang, "the folder '{}' holds no .yaml files", p));
  }

  // Paths are shown relative to the current folder when they are under it.
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  auto shown_path = [&](const fs::path& f) {
    fs::path shown = f;
    if (!ec) {
      auto rel = f.lexically_relative(cwd);
      if (!rel.empty() && rel.native().rfind("..", 0) != 0) shown = rel;
    }
    return shown.generic_string();
  };
  std::vector<std::uint32_t> ids;
  for (const auto& f : out.files) {
    ids.push_back(out.sources.add(shown_path(f)));
    // Notepad adds .txt when "All files" is not chosen: read, but say how to name it.
    if (is_yaml_txt_file(f)) {
      std::string name = f.filename().string();
      diags.warning(SourcePos{ids.back(), 0, 0},
                    msg(lang, "read as YAML; rename it to '{}' (in Notepad: Save as, type \"All "
                              "files\")",
                        name.substr(0, name.size() - 4)));
    }
  }
  if (!not_read.empty()) {
    std::set<std::string> names;
    for (const auto& f : not_read)
      names.insert(shown_path(fs::weakly_canonical(f)));
    std::string list;
    for (const auto& n : names)
      list += (list.empty() ? "" : ", ") + n;
    diags.note(SourcePos{}, msg(lang, "not read: {} (vap reads .yaml files)", list));
  }

  // Read and parse in parallel; results are merged in file order.
  std::vector<ParsedFile> parsed(out.files.size());
  std::vector<Diagnostics> file_diags(out.files.size(), Diagnostics(lang));
  std::vector<char> unreadable(out.files.size(), 0);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto file_done = [&]() {
    if (options.on_file) options.on_file(++done, out.files.size());
  };
  auto work = [&]() {
    // The step runs after every file, also after one that could not be read (`continue`).
    for (std::size_t i = next++; i < out.files.size(); file_done(), i = next++) {
      std::string why;
      auto bytes = read_bytes(out.files[i], options.max_file_size, why);
      if (!bytes) {
        if (why == "size")
          file_diags[i].error(SourcePos{ids[i], 0, 0},
                              msg(lang, "the file is larger than {} MiB; is it a workshop file?",
                                  options.max_file_size >> 20));
        else {
          file_diags[i].error(SourcePos{ids[i], 0, 0}, msg(lang, "cannot read the file: {}", why));
          unreadable[i] = 1;
        }
        continue;
      }
      if (bytes->size() >= 2 && (((*bytes)[0] == '\xFF' && (*bytes)[1] == '\xFE') ||
                                 ((*bytes)[0] == '\xFE' && (*bytes)[1] == '\xFF'))) {
        file_diags[i].error(SourcePos{ids[i], 1, 1},
                            msg(lang, "the file is saved as UTF-16; save it as UTF-8 (in Notepad: "
                                      "Save as, Encoding UTF-8)"));
        continue;
      }
      out.sources.set_text(ids[i], strip_bom(std::move(*bytes)));
      parsed[i] = parse_file(out.sources, ids[i], file_diags[i]);
    }
  };
  unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(
      std::min<std::size_t>(threads, std::max<std::size_t>(1, out.files.size() / 8)));
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
    out.kinds[ids[i]] = parsed[i].kind;
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
    fs::path folder = out.files[i].parent_path();
    m.folder = out.sources.path(ids[i]);
    m.folder = fs::path(m.folder).parent_path().generic_string();
    if (m.id.empty()) m.id = folder.filename().string();
    if (auto [it, fresh] = by_folder.emplace(folder, ms.size()); !fresh) {
      diags.error(m.pos, msg(lang,
                             "a second municipality file in one folder (the first is {}); one "
                             "folder is one municipality",
                             out.sources.path(ms[it->second].file)));
      continue;
    }
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
    for (fs::path dir = out.files[i].parent_path();; dir = dir.parent_path()) {
      if (auto it = by_folder.find(dir); it != by_folder.end()) return &ms[it->second];
      if (dir == dir.parent_path() || dir.empty()) break;
    }
    if (ms.size() == 1) return &ms[0];
    diags.error(
        at,
        ms.empty()
            ? msg(final_lang,
                  "this {} belongs to no municipality: give the municipality's folder or its "
                  "municipality file too",
                  tr(final_lang, kind_name(kind)))
            : msg(final_lang,
                  "this {} belongs to no municipality: put it in a municipality's folder or add "
                  "'municipality: <id>' to its section",
                  tr(final_lang, kind_name(kind))));
    return nullptr;
  };
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    ParsedFile& pf = parsed[i];
    const SourcePos at{ids[i], 1, 1};
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
    }
  }

  // A fixed order whatever the order of the arguments.
  std::sort(ms.begin(), ms.end(), [&](const Municipality& a, const Municipality& b) {
    return std::tie(a.id, out.sources.path(a.file)) < std::tie(b.id, out.sources.path(b.file));
  });
  for (auto& m : ms) {
    resolve_municipality(m, diags);
    std::stable_sort(m.sessions.begin(), m.sessions.end(), [&](const Session& a, const Session& b) {
      return std::tie(a.date, a.village.text, a.group.id, out.sources.path(a.file)) <
             std::tie(b.date, b.village.text, b.group.id, out.sources.path(b.file));
    });
  }
  check_repeated_sessions(out.program, out.sources, diags);
  if (ms.empty() && !diags.has_errors() && !out.unreadable)
    diags.error(
        SourcePos{},
        msg(final_lang,
            "no municipality file among the inputs: a folder needs a file with 'municipality:'"));
  return out;
}

Blocking blocking_errors(const Loaded& loaded, const std::vector<FileKind>& uses) {
  Blocking b;
  for (const auto& d : loaded.diags.items()) {
    if (d.severity != Severity::error) continue;
    FileKind kind = d.pos.file < loaded.kinds.size() ? loaded.kinds[d.pos.file] : FileKind::none;
    const bool always = kind == FileKind::none || kind == FileKind::municipality;
    if (always || uses.empty() || std::find(uses.begin(), uses.end(), kind) != uses.end())
      ++b.errors;
    else
      ++b.ignored[kind];
  }
  return b;
}

} // namespace vap
