#pragma once
// `vap init`: the starter files of a new municipality folder, from the templates under
// templates/init/<lang>/, commented in that language and accepted by `vap check` as they are.
#include "vap/i18n.hpp"
#include "vap/model.hpp"

#include <string>
#include <vector>

namespace vap {

struct InitRequest {
  std::string folder; // the new folder's name: the municipality's id when it is a slug
  Lang lang = Lang::ky;
  std::string name;                  // empty: a placeholder in `lang`
  std::vector<std::string> villages; // empty: two placeholders in `lang`
  int year = 2026;                   // of the plan and the example dates
};

struct InitFile {
  std::string path; // relative to the folder, '/' separators
  std::string content;
};

// The files to write, in a fixed order: municipality, one session, causes, plan, monitoring.
std::vector<InitFile> init_files(const InitRequest& request);

// The municipality of a new workbook (`vap init --xlsx`): its id, name, villages and language
// as the starter files would have them; no sessions. `catalogs` is left for the caller.
Municipality init_municipality(const InitRequest& request);

} // namespace vap
