#include "vap/pabulib_load.hpp"

#include "vap/file_reader.hpp"
#include "vap/pabulib_reader.hpp"
#include "vap/text.hpp"
#include "vap/utf8_path.hpp"

#include <set>

namespace fs = std::filesystem;

namespace vap {
namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool has_yaml_or_workbook_name(const fs::path& p) {
  std::string name = lower(path_text(p.filename()));
  for (std::string_view ext : {".yaml", ".yml", ".xlsx", ".xls", ".ods"})
    if (name.size() >= ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
      return true;
  return false;
}

} // namespace

bool is_pabulib_file(const fs::path& path) {
  const std::string name = lower(path_text(path.filename()));
  return name.size() > 3 && name.compare(name.size() - 3, 3, ".pb") == 0;
}

bool is_pabulib_folder(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return false;
  bool pb = false;
  fs::recursive_directory_iterator it(path, ec), end;
  for (; it != end && !ec; it.increment(ec)) {
    std::error_code entry_ec;
    if (!it->is_regular_file(entry_ec)) continue;
    if (has_yaml_or_workbook_name(it->path())) return false;
    pb = pb || is_pabulib_file(it->path());
  }
  return pb;
}

PbLoaded load_pabulib(const std::vector<std::string>& paths, Lang lang) {
  PbLoaded out;
  out.diags = Diagnostics(lang);
  std::set<fs::path> found;
  std::error_code cwd_ec;
  const fs::path cwd = fs::current_path(cwd_ec);
  // A file under the working folder is shown from it, others as they are.
  auto shown = [&](const fs::path& f) {
    if (!cwd_ec) {
      const fs::path rel = f.lexically_relative(cwd);
      if (!rel.empty() && *rel.begin() != "..") return path_text(rel);
    }
    return path_text(f);
  };
  for (const auto& p : paths) {
    const fs::path path = utf8_path(p);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      fs::recursive_directory_iterator it(path, ec), end;
      for (; it != end && !ec; it.increment(ec)) {
        std::error_code entry_ec;
        if (it->is_regular_file(entry_ec) && is_pabulib_file(it->path()))
          found.insert(fs::weakly_canonical(it->path(), entry_ec));
      }
      if (ec) {
        out.diags.error(SourcePos{}, msg(lang, "cannot read the folder '{}': {}", p, ec.message()));
        out.unreadable = true;
      }
    } else {
      found.insert(fs::weakly_canonical(path, ec));
    }
  }
  for (const auto& path : found) {
    out.files.push_back(path);
    FileBytes bytes = read_input_file(path, lang);
    const std::uint32_t id = out.sources.add(shown(path));
    if (!bytes) {
      out.diags.error(SourcePos{id, 0, 0}, bytes.message);
      out.unreadable = true;
      continue;
    }
    const auto bad = find_invalid_utf8(bytes.bytes);
    out.sources.set_text(id, std::move(bytes.bytes));
    if (bad) {
      out.diags.error(out.sources.at_offset(id, *bad),
                      msg(lang, "this file is not in UTF-8; save it as UTF-8 and run vap again"));
      continue;
    }
    if (auto e = parse_pabulib(out.sources, id, out.diags)) out.elections.push_back(std::move(*e));
  }
  return out;
}

} // namespace vap
