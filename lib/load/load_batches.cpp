// Loading a run in batches (load_batches, vap/load.hpp): memory that does not grow with the
// number of municipalities.
#include "load_internal.hpp"

#include "vap/fingerprint.hpp"
#include "vap/utf8_path.hpp"

#include <atomic>
#include <set>

namespace vap {

using namespace load_internal;

namespace {

// The folder of a municipality file, found by its name alone (the batches are cut before any
// file is parsed; load_batches checks that the guess was right).
bool named_municipality_file(const fs::path& p) {
  const std::string name = lower_name(p);
  return name == "municipality.yaml" || name == "municipality.yml";
}

// A workbook (read by the workbook reader, not as YAML).
bool is_book(const fs::path& p) {
  return is_workbook(p) && !is_yaml(p);
}

} // namespace

bool load_batches(const std::vector<std::string>& paths, const LoadOptions& options,
                  std::size_t batch, const std::function<bool(Loaded&)>& each, BatchRun& run,
                  const std::function<void(Loaded&)>& check,
                  const std::function<void(const std::vector<std::optional<Lang>>&)>& langs_first) {
  if (batch == 0) return false;
  const Lang lang = options.lang;
  // The first pass: the files and the municipality folders, nothing read yet.
  Loaded found;
  found.diags = Diagnostics(lang);
  std::vector<fs::path> not_read;
  discover(paths, lang, found, not_read);
  // The files that are not read are named in one note, which a whole load lists first (it has
  // no line); the batches go on without them.
  if (!found.diags.items().empty() || found.unreadable) return false;
  std::set<fs::path> roots;
  std::size_t workbooks = 0;
  for (const auto& f : found.files) {
    if (is_yaml_txt_file(f)) return false; // read with a warning
    if (named_municipality_file(f)) roots.insert(f.parent_path());
    if (is_book(f)) ++workbooks;
  }
  if (roots.size() + workbooks <= batch) return false; // one batch: load() as it is
  // Each file goes with the outermost municipality folder above it; a folder's files are next
  // to each other in path order. A workbook is a municipality of its own (one municipality
  // sheet), outside every municipality folder.
  std::vector<std::size_t> starts;          // index in found.files of each folder's first file
  std::vector<std::size_t> per_group;       // municipality files guessed in each folder
  auto outermost_root = [&](fs::path dir) { // the outermost municipality folder over dir
    fs::path found_root;
    for (;; dir = dir.parent_path()) {
      if (roots.count(dir)) found_root = dir;
      if (dir == dir.parent_path() || dir.empty()) break;
    }
    return found_root;
  };
  fs::path current;
  fs::path parent, root; // the last file's folder and its outermost municipality folder
  for (std::size_t i = 0; i < found.files.size(); ++i) {
    const fs::path& f = found.files[i];
    if (is_book(f)) {
      // Inside a municipality folder, its municipality is the folder's, or another.
      if (!outermost_root(f.parent_path()).empty()) return false;
      starts.push_back(i);
      per_group.push_back(1);
      current = f;
      continue;
    }
    if (i == 0 || f.parent_path() != parent) {
      parent = f.parent_path();
      root = outermost_root(parent);
    }
    if (root.empty()) return false; // its owner would be found by name, or not at all
    if (starts.empty() || root != current) {
      starts.push_back(i);
      per_group.push_back(0);
      current = root;
    }
    if (named_municipality_file(f)) ++per_group.back();
  }
  starts.push_back(found.files.size());

  // The shipped and --catalog catalogs, read once.
  Loaded cat;
  cat.diags = Diagnostics(lang);
  auto base = shipped_catalogs(lang);
  for (const auto& c : options.catalog_files)
    read_catalog_option(c, cat.sources.add(c), *base, cat, options);
  if (!cat.diags.items().empty() || cat.unreadable) return false;

  LoadOptions part_options = options;
  part_options.found_files = true;
  part_options.lang_from_files = false;
  part_options.catalog_files.clear();
  part_options.base_catalogs = base;
  // The batches' messages are written in the language a whole load would choose: with
  // `lang_from_files`, the one of the municipalities' `lang`. It is read from their files alone
  // when the first message is to be written (a run without messages never needs it).
  bool lang_chosen = !options.lang_from_files;
  std::optional<std::vector<std::optional<Lang>>> file_langs; // read once, when first needed
  auto municipality_langs = [&]() -> const std::vector<std::optional<Lang>>& {
    if (!file_langs) {
      // The municipality files (and workbooks), a batch at a time: memory stays flat.
      std::vector<std::string> municipality_files;
      for (const auto& f : found.files)
        if (named_municipality_file(f) || is_book(f)) municipality_files.push_back(path_text(f));
      LoadOptions first = part_options;
      first.on_file = nullptr;
      file_langs.emplace();
      for (std::size_t k = 0; k < municipality_files.size(); k += batch) {
        const auto end =
            municipality_files.begin() +
            static_cast<std::ptrdiff_t>(std::min(municipality_files.size(), k + batch));
        Loaded alone = load(std::vector<std::string>(
                                municipality_files.begin() + static_cast<std::ptrdiff_t>(k), end),
                            first);
        for (const auto& m : alone.program.municipalities)
          file_langs->push_back(m.lang);
      }
    }
    return *file_langs;
  };
  auto choose_run_lang = [&]() {
    lang_chosen = true;
    return choose_lang(std::nullopt, municipality_langs(), lang);
  };
  if (langs_first) langs_first(municipality_langs());
  std::atomic<std::size_t> offset{0};
  if (options.on_file)
    part_options.on_file = [&](std::size_t done, std::size_t) {
      options.on_file(offset + done, found.files.size());
    };
  std::set<std::string> ids, name_keys;
  std::set<std::size_t> texts; // hashes of the sessions' text: a copy in another batch
  // The messages shown so far (the note of the files not read is the printout's first, as in
  // a whole load), and those past the run's limit.
  std::size_t kept = not_read.empty() ? 0 : 1;
  std::size_t left_out = 0;
  const std::size_t groups = starts.size() - 1;
  for (std::size_t g = 0; g < groups; g += batch) {
    const std::size_t last = std::min(groups, g + batch);
    std::vector<std::string> files;
    std::size_t guessed = 0;
    for (std::size_t k = g; k < last; ++k) {
      guessed += per_group[k];
      for (std::size_t i = starts[k]; i < starts[k + 1]; ++i)
        files.push_back(path_text(found.files[i]));
    }
    offset = starts[g];
    Loaded part = load(files, part_options);
    if (check) check(part);
    if (!lang_chosen && !part.diags.items().empty()) {
      // The first messages: in the run's language, the batch loaded again when it is another.
      const Lang chosen = choose_run_lang();
      if (chosen != part_options.lang) {
        part_options.lang = chosen;
        part = load(files, part_options);
        if (check) check(part);
      }
    }
    if (part.unreadable) return false;
    const Blocking blocking = blocking_errors(part, options.uses);
    if (blocking.blocked()) return false;
    auto& ms = part.program.municipalities;
    if (ms.size() != guessed) return false;
    auto named_elsewhere = [&](const std::string& named) {
      return !named.empty() && (ids.count(named) || name_keys.count(match_key(named)));
    };
    for (const auto& m : ms) {
      const fs::path file = utf8_path(part.sources.path(m.file));
      if (!named_municipality_file(file) && !is_book(file)) return false;
      for (const auto& s : m.sessions)
        if (named_elsewhere(s.municipality) ||
            !texts.insert(std::hash<std::string_view>{}(session_content(s))).second)
          return false;
      for (const auto& c : m.causes)
        if (named_elsewhere(c.municipality)) return false;
      for (const auto& p : m.plans)
        if (named_elsewhere(p.municipality)) return false;
      for (const auto& x : m.monitorings)
        if (named_elsewhere(x.municipality)) return false;
      for (const auto& x : m.assemblies)
        if (named_elsewhere(x.municipality)) return false;
    }
    for (const auto& m : ms) {
      if (!ids.insert(m.id).second) return false;
      name_keys.insert(match_key(m.name));
      run.langs.push_back(m.lang);
    }
    run.municipalities += ms.size();
    const std::size_t errors = part.diags.error_count();
    if (!each(part) || part.diags.error_count() != errors) return false;
    // The warnings as a whole load lists them: each of a file of this batch, none cut off; the
    // errors the command does not need only counted, as its whole load shows them.
    const Diagnostics& d = part.diags;
    // (past the run's limit only counted, as a whole load's printout counts them).
    if (!d.dropped_per_file().empty()) return false;
    for (const auto& x : d.items())
      if (!x.pos.known()) return false;
    run.warnings += d.warning_count();
    for (const auto& [kind, n] : blocking.ignored)
      run.ignored[kind] += n;
    if (errors == 0)
      run.messages += format_diagnostics_part(d, part.sources, kept, left_out);
    else
      run.messages += format_diagnostics_part(without_errors(d), part.sources, kept, left_out);
  }
  run.files = std::move(found.files);
  run.lang = options.lang_from_files ? choose_lang(std::nullopt, run.langs, lang) : lang;
  if (left_out > 0) run.messages += run_limit_line(run.lang, left_out);
  // The municipality files alone chose the batches' language; the whole run says the same.
  // (Without a message in any batch, no language was used.)
  if (lang_chosen && run.lang != part_options.lang) return false;
  if (!not_read.empty()) {
    Diagnostics note(run.lang);
    note.note(SourcePos{}, not_read_message(run.lang, not_read, ShownPath()));
    run.messages = format_diagnostics(note, Sources{}) + run.messages;
  }
  return true;
}

} // namespace vap
