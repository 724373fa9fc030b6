#pragma once
// Finding and reading the pabulib files of a run (`vap budget FILE.pb...`, or folders of them):
// each .pb file once, in path order, read with the checks of vap/file_reader.hpp and parsed by
// vap/pabulib_reader.hpp; every message in the run's language.
#include "vap/diag.hpp"
#include "vap/pb.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace vap {

// A .pb file (by its name, in any case).
bool is_pabulib_file(const std::filesystem::path& path);
// A folder read as pabulib files: it holds .pb files (at any depth) and no workshop file (YAML
// or workbook).
bool is_pabulib_folder(const std::filesystem::path& path);

struct PbLoaded {
  std::vector<PbElection> elections; // by file path
  Sources sources;
  Diagnostics diags;
  std::vector<std::filesystem::path> files; // every file read, canonical, sorted
  bool unreadable = false;                  // a file or folder could not be read (exit 66)
};

// Reads the .pb files and the folders of them (every .pb file under a folder, at any depth),
// each file once, in path order.
PbLoaded load_pabulib(const std::vector<std::string>& paths, Lang lang);

} // namespace vap
