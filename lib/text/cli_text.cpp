#include "vap/cli_text.hpp"

#include <regex>

namespace vap {

std::string translate_cli_error(Lang lang, std::string_view english) {
  const std::string e(english);
  std::smatch m;
  // The option names CLI11 puts in its sentences: the positional is called "paths".
  auto name = [&](std::string n) { return n == "paths" ? std::string(tr(lang, "PATH...")) : n; };
  if (std::regex_match(e, m,
                       std::regex("The following arguments? (?:was|were) not expected: (.*)")))
    return msg(lang, "unexpected argument: {}", m[1].str());
  if (std::regex_match(e, m, std::regex("A subcommand is required")))
    return msg(lang, "a command is needed");
  if (std::regex_match(e, m, std::regex("(\\S+) is required")))
    return msg(lang, "{} is needed", name(m[1].str()));
  if (std::regex_match(e, m, std::regex("(\\S+): (.*) not in \\{(.*)\\}")))
    return msg(lang, "{}: '{}' is not one of {}", m[1].str(), m[2].str(), m[3].str());
  if (std::regex_match(e, m, std::regex("(\\S+): Value (.*) not in range (\\S+) to (\\S+)")))
    return msg(lang, "{}: {} is not between {} and {}", m[1].str(), m[2].str(), m[3].str(),
               m[4].str());
  // Every number flag's own check (cmd/common.cpp, number_flag).
  if (std::regex_match(e, m, std::regex("(\\S+): '(.*)' is not a whole number from (.+) to (.+)")))
    return msg(lang, "{}: '{}' is not a whole number from {} to {}", m[1].str(), m[2].str(),
               m[3].str(), m[4].str());
  if (std::regex_match(e, m, std::regex("(\\S+): '(.*)' is not a number from (.+) to (.+)")))
    return msg(lang, "{}: '{}' is not a number from {} to {}", m[1].str(), m[2].str(), m[3].str(),
               m[4].str());
  if (std::regex_match(e, m, std::regex("(\\S+): Failed parsing (.*) as a .*")) ||
      std::regex_match(e, m, std::regex("Could not convert: (\\S+) = (.*)")))
    return msg(lang, "{}: '{}' is not a number", m[1].str(), m[2].str());
  if (std::regex_match(e, m, std::regex("(\\S+): \\d+ required (\\S+) missing")))
    return msg(lang, "{} needs a value ({})", m[1].str(), std::string(tr(lang, m[2].str())));
  if (std::regex_match(e, m,
                       std::regex("Expected (?:exactly|at least) \\d+ arguments? to (\\S+).*")))
    return msg(lang, "{} needs a value", m[1].str());
  return e;
}

} // namespace vap
