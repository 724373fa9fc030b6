// The description of each file kind (vap/schema.hpp): the kinds and the lookups over them; each
// kind's fields are in schema_<kind>.cpp. The order of a section's fields is the order in which
// messages list them ("allowed keys: ..."), starter files and forms ask for them, and FORMAT.md's
// tables show them.
#include "vap/schema.hpp"

#include "schema_kinds.hpp"

#include "vap/model.hpp"

#include <array>
#include <stdexcept>

namespace vap::schema {
namespace {

using T = Type;

constexpr std::array<Kind, 6> k_kinds{{
    {FileKind::municipality, "municipality", &municipality_file},
    {FileKind::session, "session", &session_file},
    {FileKind::causes, "causes", &causes_file},
    {FileKind::plan, "plan", &plan_file},
    {FileKind::monitoring, "monitoring", &monitoring_file},
    {FileKind::assembly, "assembly", &assembly_file},
}};

} // namespace

const Field* Section::find(std::string_view k) const {
  for (const auto& f : fields)
    if (f.key == k) return &f;
  return nullptr;
}

std::span<const Kind> kinds() {
  return k_kinds;
}

const Kind& kind(FileKind k) {
  for (const auto& d : k_kinds)
    if (d.kind == k) return d;
  throw std::logic_error("schema: no description of this file kind");
}

const Section& main_section(FileKind k) {
  const Kind& d = kind(k);
  return *d.top->find(d.key)->section;
}

const Field* field_at(FileKind k, std::string_view path) {
  const Section* s = kind(k).top;
  const Field* f = nullptr;
  while (!path.empty()) {
    if (!s) return nullptr;
    const std::size_t dot = path.find('.');
    f = s->find(path.substr(0, dot));
    if (!f) return nullptr;
    s = f->section;
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return f;
}

const Section* section_at(FileKind k, std::string_view path) {
  if (path.empty()) return kind(k).top;
  const Field* f = field_at(k, path);
  return f ? f->section : nullptr;
}

std::string_view type_word(Type t) {
  switch (t) {
  case T::text:
    return "text";
  case T::name:
    return "name";
  case T::choice:
    return "one of";
  case T::whole:
    return "whole number";
  case T::number:
    return "number";
  case T::date:
    return "date";
  case T::month:
    return "month or date";
  case T::count:
    return "count";
  case T::texts:
    return "list of text";
  case T::location:
    return "[latitude, longitude]";
  case T::amounts:
    return "name: amount";
  case T::scores:
    return "score: how many";
  case T::votes:
    return "problem: dots";
  case T::ballots:
    return "list of ballots";
  case T::pairs:
    return "who: what";
  case T::record:
    return "mapping";
  case T::list:
    return "list";
  case T::catalogs:
    return "catalog entries";
  case T::version:
    return "format number";
  }
  return "";
}

} // namespace vap::schema
