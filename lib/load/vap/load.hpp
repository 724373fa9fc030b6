#pragma once
// The load stage: finds the YAML files under the given paths, reads and parses them (in
// parallel), assigns them to municipalities, matches names against catalogs and runs the
// checks of FORMAT.md. Every problem of the run ends up in `diags`.
#include "vap/diag.hpp"
#include "vap/model.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace vap {

struct LoadOptions {
  Lang lang = Lang::en;                   // language of the messages
  std::vector<std::string> catalog_files; // --catalog FILE...
  unsigned threads = 0;                   // 0: one per core
  std::size_t max_file_size = 16u << 20;  // 16 MiB: larger files are refused
  // Called after each file is read and parsed, from the parsing threads: (files done, files in
  // all).
  std::function<void(std::size_t, std::size_t)> on_file;
};

struct Loaded {
  Program program;
  Sources sources;
  Diagnostics diags;
  std::vector<std::filesystem::path> files; // every file read, canonical, sorted
  bool unreadable = false;                  // an input could not be read (exit 66)
};

Loaded load(const std::vector<std::string>& paths, const LoadOptions& options);

// The shipped catalogs (templates/catalogs/*.yaml, embedded), plus extra catalog files.
std::shared_ptr<Catalogs> shipped_catalogs(Lang lang);

// Adds the entries of catalog text (the text of `file` in `sources`, as a --catalog file's) to
// `catalogs`, with the same checks.
void read_catalog_text(Sources& sources, std::uint32_t file, Catalogs& catalogs,
                       Diagnostics& diags);

} // namespace vap
