#include "vap/sorted_spool.hpp"

#include "vap/error.hpp"
#include "vap/platform.hpp"
#include "vap/utf8_path.hpp"

#include <algorithm>

namespace vap {

SortedSpool::SortedSpool(Lang lang) : m_lang(lang) {}

SortedSpool::~SortedSpool() {
  if (m_stream.is_open()) m_stream.close(); // before m_file removes it
}

void SortedSpool::fail() const {
  throw Error(ExitStatus::cant_create,
              msg(m_lang, "cannot write the temporary file '{}' (is the disk full?)",
                  m_file ? m_file->path() : std::string()));
}

void SortedSpool::add(std::string key, std::string_view text) {
  if (!m_stream.is_open()) {
    // Made when the first text comes, in the system's temporary folder; removed with the object
    // (TempFile) or when the run is interrupted.
    m_file.emplace(".spool", m_lang);
    m_stream.open(utf8_path(m_file->path()),
                  std::ios::binary | std::ios::in | std::ios::out | std::ios::trunc);
    if (!m_stream) fail();
  }
  m_stream.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!m_stream) fail();
  m_entries.push_back(Entry{std::move(key), m_end, text.size()});
  m_end += text.size();
}

void SortedSpool::replay(const std::function<void(std::string_view)>& each) {
  std::stable_sort(m_entries.begin(), m_entries.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
  if (m_entries.empty()) return;
  m_stream.flush();
  std::string text;
  std::uint64_t at = m_end; // where the stream reads next (none yet)
  for (const auto& e : m_entries) {
    if (e.offset != at) m_stream.seekg(static_cast<std::streamoff>(e.offset));
    text.resize(e.size);
    m_stream.read(text.data(), static_cast<std::streamsize>(e.size));
    if (!m_stream) fail();
    at = e.offset + e.size;
    each(text);
  }
}

} // namespace vap
