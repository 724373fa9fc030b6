#pragma once
// Texts kept in a temporary file rather than in memory, each under a key, and given back in key
// order: a streamed batch renders each municipality as its batch comes (in folder order) and
// writes the output in the order of their ids, with only the keys in memory.
#include "vap/i18n.hpp"
#include "vap/temp_file.hpp"

#include <cstdint>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

class SortedSpool {
public:
  // `lang`: the language of the messages (a temporary folder that cannot be written).
  explicit SortedSpool(Lang lang);
  ~SortedSpool();
  SortedSpool(const SortedSpool&) = delete;
  SortedSpool& operator=(const SortedSpool&) = delete;

  // Keeps `text` under `key`; throws Error (exit 73) when the temporary file cannot be written.
  void add(std::string key, std::string_view text);
  // Each text once, by key (the texts of one key in the order they came).
  void replay(const std::function<void(std::string_view)>& each);
  std::size_t size() const { return m_entries.size(); }

private:
  struct Entry {
    std::string key;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };
  [[noreturn]] void fail() const;
  Lang m_lang;
  std::vector<Entry> m_entries;
  std::optional<TempFile> m_file;
  std::fstream m_stream;
  std::uint64_t m_end = 0;
};

} // namespace vap
