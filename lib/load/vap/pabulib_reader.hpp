#pragma once
// Reading pabulib files (.pb, https://pabulib.org/format) for `vap budget FILE.pb...`: sections
// META, PROJECTS and VOTES, each a title line, a header line and rows of ';'-separated fields
// (quoted as CSV when they hold ';' or '"', with '""' for a quote), as pabutools' parse_pabulib
// reads them: fields trimmed, blank lines skipped, `None` for a value not given, decimal commas
// in amounts and points, voters' sex and age, projects' categories and targets. Every problem
// is a message at file:line:column in the run's language; a file with an error gives nothing.
#include "vap/diag.hpp"
#include "vap/pb.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vap {

// Parses the text of `file` (already in `sources`, without its byte-order mark).
std::optional<PbElection> parse_pabulib(const Sources& sources, std::uint32_t file,
                                        Diagnostics& diags);

} // namespace vap
