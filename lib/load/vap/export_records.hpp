#pragma once
// Submissions of the phone forms (vap/exports.hpp) into the workshop files they become: a
// session per session submission, a session's ballots per date, village and group, a
// monitoring round's surveys counted by service, group and village, an assembly, a monitoring
// round. Each value keeps the place it was read at.
#include "vap/exports.hpp"

#include <map>
#include <tuple>

namespace vap::exports {

class Records {
public:
  Records(const Municipality& m, const std::vector<Table>& tables, Sources& sources,
          Diagnostics& diags);
  // One submission (checked already) of `form`, read from `shown`.
  void add(const form::Form& form, const Entry& e, const std::string& shown);
  // The files, in a fixed order whatever the order of the submissions.
  Imported finish();

private:
  struct File {
    std::string key; // what makes two submissions one file (a ballot's session)
    ImportedFile out;
  };
  std::uint32_t place(File& f, const Entry::Answer& a);
  Record value(File& f, const Entry::Answer& a);
  File& file(std::string name, FileKind kind, const std::string& shown, std::string key);
  void session(const form::Form& form, const Entry& e, const std::string& shown);
  void ballot(const form::Form& form, const Entry& e, const std::string& shown);
  void survey(const form::Form& form, const Entry& e, const std::string& shown);
  void assembly(const form::Form& form, const Entry& e, const std::string& shown);
  void monitoring(const form::Form& form, const Entry& e, const std::string& shown);
  std::string choice_words(const form::Form& form, const Entry::Answer& a) const;

  const Municipality& m_m;
  const std::vector<Table>& m_tables;
  Lang m_lang;
  std::vector<File> m_files;
  // Survey answers: (service, group, village) → score → how many, and the first place.
  struct Tally {
    std::map<int, long long> answers;
    Entry::Answer service, group, village;
    std::string shown;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Tally> m_surveys;
  std::string m_last_interview;
  std::vector<std::tuple<std::string, std::vector<std::string>, std::vector<Entry::Answer>>>
      m_ballots;
};

} // namespace vap::exports
