#pragma once
// The one error type that reaches main(): a message and the exit status of FORMAT.md.
#include <stdexcept>
#include <string>

namespace vap {

enum class ExitStatus : int {
  ok = 0,
  usage = 64,      // unknown flag or subcommand, bad flag value
  data = 65,       // a workshop file is malformed or fails a check
  no_input = 66,   // an input file or folder cannot be read
  cant_create = 73 // the output cannot be created
};

class Error : public std::runtime_error {
public:
  Error(ExitStatus status, const std::string& message)
      : std::runtime_error(message), m_status(status) {}
  ExitStatus status() const { return m_status; }

private:
  ExitStatus m_status;
};

} // namespace vap
