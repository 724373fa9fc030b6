#pragma once
// A workshop file's content as keys and values, whichever way it comes in or goes out: what the
// workbook reader makes of sheets (and the phones' exports), what the writers of YAML text,
// workbooks and forms take. Its shape is the file kind's description (vap/schema.hpp). Data
// only: no YAML, no I/O.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

struct Record {
  enum class Kind : std::uint8_t { null, scalar, list, map };
  Kind kind = Kind::null;
  std::string text;        // a scalar's text
  std::uint32_t place = 0; // where it was read: 1 + an index into the reader's places; 0: none
  std::uint32_t column = 0; // within its place, the byte column (YAML typed in a cell)
  // A list's items; a mapping's keys and values in turn (key, value, key, value, ...).
  std::vector<Record> items;

  static Record scalar(std::string text, std::uint32_t place = 0);
  static Record list(std::uint32_t place = 0);
  static Record map(std::uint32_t place = 0);
  static Record null(std::uint32_t place = 0);

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_list() const { return kind == Kind::list; }
  bool is_map() const { return kind == Kind::map; }
  // A list's items, a mapping's pairs.
  std::size_t size() const { return kind == Kind::map ? items.size() / 2 : items.size(); }

  // A list: adds an item.
  Record& add(Record item);
  // A mapping: the value of `key`, added (null) when it is not there; `key_place` is where the
  // key was read.
  Record& at(std::string_view key, std::uint32_t key_place = 0);
  // A mapping: adds `key: value` (or replaces the value of a key that is there).
  Record& set(std::string_view key, Record value, std::uint32_t key_place = 0);
  // A mapping: drops `key` and its value.
  void erase(std::string_view key);
  // A mapping: the value of `key`, or nullptr.
  const Record* get(std::string_view key) const;
  Record* get(std::string_view key);
  // A mapping's i-th key and value.
  const Record& key(std::size_t i) const { return items[2 * i]; }
  const Record& value(std::size_t i) const { return items[2 * i + 1]; }
  Record& value(std::size_t i) { return items[2 * i + 1]; }

  bool operator==(const Record& other) const;
};

} // namespace vap
