#pragma once
// What load.cpp shares with discover.cpp and load_batches.cpp (private to lib/load): the
// workshop files' names, and the discovery of the files of a run.
#include "vap/load.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace vap::load_internal {

namespace fs = std::filesystem;

std::string lower_name(const fs::path& p);      // the file's name, A-Z in lower case
std::string lower_extension(const fs::path& p); // ".xlsx"
bool is_yaml(const fs::path& p);                // a .yaml or .yml file
// Spreadsheets: .xlsx is read; .xls and .ods are found too, to say how to save them as .xlsx.
bool is_workbook(const fs::path& p);
bool hidden(const fs::path& p); // ".git", ".DS_Store"

// One --catalog file, read into `catalogs`.
void read_catalog_option(const std::string& path, std::uint32_t id, Catalogs& catalogs, Loaded& out,
                         const LoadOptions& options);

// Paths as messages show them: relative to the current folder when they are under it.
class ShownPath {
public:
  ShownPath() : m_cwd(fs::current_path(m_ec)) {}
  std::string operator()(const fs::path& f) const {
    // Most files lie under the working folder, written from it: the rest of the path after it,
    // when that is plain names (as lexically_relative gives it, without building paths).
    if (!m_ec) {
      const auto& file = f.native();
      const auto& cwd = m_cwd.native();
      if (file.size() > cwd.size() + 1 && file.compare(0, cwd.size(), cwd) == 0 &&
          file[cwd.size()] == fs::path::preferred_separator && plain_names(file, cwd.size() + 1))
        return path_text(fs::path(file.substr(cwd.size() + 1)));
    }
    fs::path shown = f;
    if (!m_ec) {
      auto rel = f.lexically_relative(m_cwd);
      if (!rel.empty() && *rel.begin() != "..") shown = rel;
    }
    return path_text(shown);
  }

private:
  // The part of `p` from `from` on has no empty, "." or ".." name, and only the preferred
  // separator.
  static bool plain_names(const fs::path::string_type& p, std::size_t from) {
    using Char = fs::path::value_type;
    bool start = true; // at the start of a name
    for (std::size_t i = from; i < p.size(); ++i) {
      const Char c = p[i];
      if (c == fs::path::preferred_separator) {
        if (start) return false;
        start = true;
      } else if (c == Char('/') || (start && c == Char('.'))) {
        return false;
      } else {
        start = false;
      }
    }
    return !start;
  }
  std::error_code m_ec;
  fs::path m_cwd;
};

// The note on the files beside the workshop files that vap does not read, each named once.
std::string not_read_message(Lang lang, const std::vector<fs::path>& not_read,
                             const ShownPath& shown_path);

// Discovery: files as given, folders recursively; sorted by path, each once. Problems go to
// `out.diags`; `not_read` gets the files of the folders that look like workshop files.
void discover(const std::vector<std::string>& paths, Lang lang, Loaded& out,
              std::vector<fs::path>& not_read);

} // namespace vap::load_internal
