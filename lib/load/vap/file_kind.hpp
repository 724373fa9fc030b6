#pragma once
// The kinds of workshop file, told apart by their section (FORMAT.md).

namespace vap {

// `none`: a file whose kind is not known (it could not be parsed, or names no section).
enum class FileKind { none, municipality, session, causes, plan, monitoring };

} // namespace vap
