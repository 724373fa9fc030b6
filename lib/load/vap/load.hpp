#pragma once
// The load stage: finds the YAML files under the given paths, reads and parses them (in
// parallel), assigns them to municipalities, matches names against catalogs and runs the
// checks of FORMAT.md. Every problem of the run ends up in `diags`.
#include "vap/diag.hpp"
#include "vap/file_kind.hpp"
#include "vap/model.hpp"
#include "vap/record.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vap {

// A workshop file made from something that is not a file of the folder (vap import: the
// submissions of a phone form), read as if it were the YAML file `path`; its record's places
// are `cells` (`cells[p - 1]` for place p), and messages name `shown` (the export) and the cells.
struct MadeFile {
  std::filesystem::path path;
  std::string shown;
  Record record;
  std::vector<CellPlace> cells;
};

struct LoadOptions {
  Lang lang = Lang::en; // language of the messages (the fallback when lang_from_files)
  // The messages follow the municipalities' `lang` when they agree (choose_lang), else `lang`.
  bool lang_from_files = false;
  std::vector<std::string> catalog_files; // --catalog FILE...
  unsigned threads = 0;                   // 0: one per core
  std::size_t max_file_size = 16u << 20;  // 16 MiB: larger files are refused
  // Called after each file is read and parsed, from the parsing threads: (files done, files in
  // all).
  std::function<void(std::size_t, std::size_t)> on_file;
  // The shipped and --catalog catalogs, already read (then `catalog_files` is not read again).
  std::shared_ptr<const Catalogs> base_catalogs;
  // The paths are files a discovery found already (canonical, sorted, each once; load_batches'
  // batches): they are read as they are, not looked up again.
  bool found_files = false;
  // The kinds of files the command reads (load_batches): an error in a file of another kind does
  // not stop it (blocking_errors), and the run is streamed with it.
  FileKinds uses = FileKinds::all();
  // Files made elsewhere, read with the others (MadeFile).
  std::vector<MadeFile> made_files;
};

struct Loaded {
  Program program;
  Sources sources;
  Diagnostics diags;
  std::vector<std::filesystem::path> files; // every file read, canonical, sorted
  bool unreadable = false;                  // an input could not be read (exit 66)
  Lang lang = Lang::en;                     // the language the messages were written in
  std::vector<FileKind> kinds;              // by source id (Sources): the kind of each file
};

// Which errors of a run stop a command that reads only the file kinds `uses` (besides the
// municipality files, which every command reads). An error in a file of another kind does not
// stop it, but is counted in `ignored` by kind; an error in a municipality file, a catalog, a
// file whose kind is not known (it could not be parsed) or in no file stops every command.
// An empty `uses` means every kind (vap check, vap report).
struct Blocking {
  std::size_t errors = 0;                  // errors that stop the command
  std::map<FileKind, std::size_t> ignored; // errors in files of kinds it does not read
  bool blocked() const { return errors > 0; }
};
Blocking blocking_errors(const Loaded& loaded, FileKinds uses);
// The warnings and notes of `diags`, without its errors: what a command shows when every error
// is in a file of a kind it does not read (those are counted by kind instead).
Diagnostics without_errors(const Diagnostics& diags);

Loaded load(const std::vector<std::string>& paths, const LoadOptions& options);

// A run loaded one batch of municipalities at a time (load_batches): what is known of the
// whole run when the last batch is done.
struct BatchRun {
  std::vector<std::filesystem::path> files; // every file read, canonical, sorted
  Lang lang = Lang::en;                     // the language of the messages (as Loaded::lang)
  std::vector<std::optional<Lang>> langs;   // each municipality's `lang`
  std::size_t municipalities = 0;
  // The batches' warnings, formatted as a whole load formats them (format_diagnostics), in the
  // order of the paths: a whole load's standard error.
  std::string messages;
  std::size_t warnings = 0; // how many `messages` holds
  // Errors in files of kinds the command does not read (LoadOptions::uses), by kind: not in
  // `messages`, as a whole load's command shows only a count of them (blocking_errors).
  std::map<FileKind, std::size_t> ignored;
};

// Loads the run in batches of `batch` municipality folders, so that memory does not grow with
// the number of municipalities: `check` (when given) adds its warnings to every batch's Loaded
// (its municipalities sorted by id), then `each` gets it, in folder order, keeps what it needs
// of it (returns false to stop), and the batch is dropped. Only a run whose load() would say
// the same is streamed: the batches' warnings are formatted as they come (BatchRun::messages;
// with `lang_from_files` their language is chosen from the municipality files alone when the
// first batch with a message comes, and that batch is loaded again if it was another); an error
// in a file the command reads (LoadOptions::uses; others are counted in BatchRun::ignored), an
// unreadable file anywhere, a message of no file or over the limits of Diagnostics, a file
// outside the folders that hold a `municipality.yaml` (a workbook is a municipality of its own,
// but not inside such a folder, nor one whose sheets hold no municipality or several), two
// municipalities of one id, a session copied from another batch, or at most `batch` folders and
// workbooks in all make it return false, and
// the caller calls load() instead (dropping what `each` kept). `langs_first` (when given) gets
// every municipality's `lang`, read from the municipality files alone, before the first batch: a
// caller that writes its output as it goes knows the report language before the first municipality
// (the same read chooses the messages' language).
bool load_batches(
    const std::vector<std::string>& paths, const LoadOptions& options, std::size_t batch,
    const std::function<bool(Loaded&)>& each, BatchRun& run,
    const std::function<void(Loaded&)>& check = {},
    const std::function<void(const std::vector<std::optional<Lang>>&)>& langs_first = {});

// Two sessions of one date, village and group: a warning at both; two session files with the
// same content: an error ("a copied file?").
void check_repeated_sessions(const Program& program, const Sources& sources, Diagnostics& diags);

// The files of a folder that are read: *.yaml and *.yml in any case, and *.yaml.txt / *.yml.txt
// (Notepad's names; read with a warning to rename them).
bool is_yaml_file(const std::filesystem::path& path);
bool is_yaml_txt_file(const std::filesystem::path& path);
// A file of a folder that looks like a workshop file but is not read (.docx, .xlsx, .csv, .txt,
// .pdf, ...): listed in one note, "not read: ...".
bool is_unread_workshop_file(const std::filesystem::path& path);

// The shipped catalogs (templates/catalogs/*.yaml), as compiled at build time (shipped_data.hpp).
std::shared_ptr<Catalogs> shipped_catalogs(Lang lang);
// The same parsed from their embedded YAML (added to `sources`), with every message of the
// parse in `diags`: what the build compiles (vap-catalog-gen), what the tests compare it with.
std::shared_ptr<Catalogs> shipped_catalogs_from_yaml(Sources& sources, Diagnostics& diags);

// Adds the entries of catalog text (the text of `file` in `sources`, as a --catalog file's) to
// `catalogs`, with the same checks.
void read_catalog_text(Sources& sources, std::uint32_t file, Catalogs& catalogs,
                       Diagnostics& diags);

} // namespace vap
