// The discovery of a run's files (load_internal.hpp): files as given, folders recursively.
#include "load_internal.hpp"

#include "vap/i18n.hpp"
#include "vap/utf8_path.hpp"

#include <set>

namespace vap::load_internal {

// The note on the files beside the workshop files that vap does not read, each named once.
std::string not_read_message(Lang lang, const std::vector<fs::path>& not_read,
                             const ShownPath& shown_path) {
  std::set<std::string> names;
  for (const auto& f : not_read) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(f, ec);
    names.insert(shown_path(ec ? f : canonical));
  }
  std::string list;
  for (const auto& n : names)
    list += (list.empty() ? "" : ", ") + n;
  return msg(lang, "not read: {} (vap reads .yaml files)", list);
}

// Discovery: files as given, folders recursively; sorted by path, each once. Problems go to
// `out.diags`; `not_read` gets the files of the folders that look like workshop files.
void discover(const std::vector<std::string>& paths, Lang lang, Loaded& out,
              std::vector<fs::path>& not_read) {
  Diagnostics& diags = out.diags;
  std::set<fs::path> found;
  std::vector<std::string> empty_folders;
  for (const auto& p : paths) {
    std::error_code ec;
    const fs::path path = utf8_path(p);
    auto status = fs::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
      // A link that points at itself or round a loop, a folder that cannot be searched.
      diags.error(SourcePos{}, msg(lang, "cannot read '{}': {}", p, ec.message()));
      out.unreadable = true;
      continue;
    }
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
      // The folder is made canonical once; a file under it that is not a link is then the
      // canonical folder joined with its relative path (the walk follows no folder links).
      std::error_code root_ec;
      const fs::path root = fs::weakly_canonical(path, root_ec);
      fs::path last = path;
      for (; it != end && !ec; it.increment(ec)) {
        last = it->path();
        std::error_code entry_ec;
        if (hidden(it->path())) {
          if (it->is_directory(entry_ec)) it.disable_recursion_pending();
          continue;
        }
        // A link in a loop (or to itself) cannot be followed: skipped, with a note naming it.
        const bool regular = it->is_regular_file(entry_ec);
        if (entry_ec && entry_ec != std::errc::no_such_file_or_directory) {
          diags.warning(SourcePos{}, msg(lang, "'{}' is skipped: {}", path_text(it->path()),
                                         entry_ec.message()));
          continue;
        }
        if (entry_ec) continue; // a dangling link: nothing to read
        if (regular && (is_yaml(it->path()) || is_workbook(it->path()))) {
          fs::path canonical;
          if (!root_ec && !it->is_symlink(entry_ec) && !entry_ec)
            canonical = root / it->path().lexically_relative(path);
          else
            canonical = fs::weakly_canonical(it->path(), entry_ec);
          found.insert(entry_ec || canonical.empty() ? it->path() : canonical);
        } else if (regular && is_unread_workshop_file(it->path())) {
          not_read.push_back(it->path());
        }
      }
      if (ec) {
        // A subfolder that cannot be read would silently lose its files (the iterator ends there).
        fs::path shown = fs::is_directory(last) ? last : path;
        diags.error(SourcePos{},
                    msg(lang, "cannot read the folder '{}': {}", path_text(shown), ec.message()));
        out.unreadable = true;
      } else if (found.size() == before)
        empty_folders.push_back(p);
    } else if (!fs::is_regular_file(status)) {
      // A pipe or a device would be read forever or not at all.
      diags.error(SourcePos{}, msg(lang, "cannot read '{}': it is not a file", p));
      out.unreadable = true;
    } else {
      fs::path canonical = fs::weakly_canonical(path, ec);
      found.insert(ec ? path : canonical);
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
}

} // namespace vap::load_internal
