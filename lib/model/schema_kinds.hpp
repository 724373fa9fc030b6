#pragma once
// What the descriptions of the file kinds share (private to lib/model: schema.cpp and its
// schema_<kind>.cpp files, one per file kind).
#include "vap/model.hpp"
#include "vap/schema.hpp"

namespace vap::schema {

// `vap: 1`, the first field of every file.
inline constexpr Field version{.key = "vap",
                               .type = Type::version,
                               .doc = "the file format's number; another number than 1 is an error",
                               .example = "1"};

// Each kind's whole file (schema_<kind>.cpp).
extern const Section municipality_file;
extern const Section session_file;
extern const Section causes_file;
extern const Section plan_file;
extern const Section monitoring_file;
extern const Section assembly_file;

} // namespace vap::schema
