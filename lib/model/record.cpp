#include "vap/record.hpp"

namespace vap {

Record Record::scalar(std::string text, std::uint32_t place) {
  Record r;
  r.kind = Kind::scalar;
  r.text = std::move(text);
  r.place = place;
  return r;
}

Record Record::list(std::uint32_t place) {
  Record r;
  r.kind = Kind::list;
  r.place = place;
  return r;
}

Record Record::map(std::uint32_t place) {
  Record r;
  r.kind = Kind::map;
  r.place = place;
  return r;
}

Record Record::null(std::uint32_t place) {
  Record r;
  r.place = place;
  return r;
}

Record& Record::add(Record item) {
  items.push_back(std::move(item));
  return items.back();
}

Record& Record::at(std::string_view k, std::uint32_t key_place) {
  if (Record* v = get(k)) return *v;
  items.push_back(scalar(std::string(k), key_place));
  items.push_back(null());
  return items.back();
}

Record& Record::set(std::string_view k, Record v, std::uint32_t key_place) {
  Record& slot = at(k, key_place);
  slot = std::move(v);
  return slot;
}

void Record::erase(std::string_view k) {
  for (std::size_t i = 0; i + 1 < items.size(); i += 2)
    if (items[i].text == k) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i),
                  items.begin() + static_cast<std::ptrdiff_t>(i + 2));
      return;
    }
}

const Record* Record::get(std::string_view k) const {
  for (std::size_t i = 0; i + 1 < items.size(); i += 2)
    if (items[i].text == k) return &items[i + 1];
  return nullptr;
}

Record* Record::get(std::string_view k) {
  for (std::size_t i = 0; i + 1 < items.size(); i += 2)
    if (items[i].text == k) return &items[i + 1];
  return nullptr;
}

bool Record::operator==(const Record& o) const {
  return kind == o.kind && text == o.text && items == o.items;
}

} // namespace vap
