#include "vap/parse.hpp"
#include "vap/record_document.hpp"
#include "vap/schema.hpp"

#include "vap/text.hpp"
#include "vap/yaml_guard.hpp"
#include "vap/yaml_slips.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <sstream>
#include <vector>

namespace vap {
namespace {

constexpr std::size_t k_max_line = k_max_line_chars;

// yaml-cpp's messages, said so that a facilitator knows what to change.
std::string syntax_message(Lang lang, const std::string& raw) {
  struct Hint {
    std::string_view yaml;
    std::string_view english;
  };
  static const std::array<Hint, 11> k_hints = {{
      {"illegal block entry",
       "a '- ' list item where none can be; start the list on the line below its key"},
      {"illegal tab when looking for indentation",
       "a Tab at the start of the line; use spaces, not Tab"},
      {"end of sequence flow not found", "a list opened with '[' is not closed with ']'"},
      {"end of map flow not found", "a mapping opened with '{' is not closed with '}'"},
      {"illegal map value", "a ':' where none can be; put text that holds ': ' in quotes"},
      {"end of map not found", "the indentation does not line up with the lines above"},
      {"end of sequence not found", "the indentation of this list does not line up"},
      {"end of string not found", "a quote is opened and not closed"},
      {"bad file", "the structure is nested too deeply or is not closed"},
      {"unknown escape character", "an unknown escape after a backslash in quoted text"},
      {"invalid node; this may result from using a map iterator as a sequence iterator, or "
       "vice-versa",
       "the structure is broken here"},
  }};
  for (const auto& h : k_hints)
    if (raw == h.yaml) return msg(lang, "YAML syntax error: {}", tr(lang, h.english));
  return msg(lang, "YAML syntax error: {}", raw);
}

// Where a flow list or mapping was opened with `open` and not closed before byte `end`, so that
// the message points at the bracket rather than at the line where the parser gave up. Quoted
// text and comments are skipped.
std::optional<std::size_t> unclosed_bracket(std::string_view text, std::size_t end, char open,
                                            char close) {
  std::vector<std::size_t> opened;
  char quote = 0;
  bool comment = false;
  auto token_start = [&](std::size_t i) {
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
      --i;
    return i == 0 || std::string_view("\n:-[{,?").find(text[i - 1]) != std::string_view::npos;
  };
  end = std::min(end, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    const char c = text[i];
    if (comment) {
      comment = c != '\n';
    } else if (quote) {
      if (quote == '"' && c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '#' &&
               (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      comment = true;
    } else if ((c == '"' || c == '\'') && token_start(i)) {
      quote = c;
    } else if (c == open) {
      opened.push_back(i);
    } else if (c == close && !opened.empty()) {
      opened.pop_back();
    }
  }
  if (opened.empty()) return std::nullopt;
  return opened.back();
}

// The first byte that is not white space, a comment or a document marker, if any.
std::optional<std::size_t> first_content(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    auto lead = line.find_first_not_of(" \t\r");
    if (lead != std::string_view::npos && line[lead] != '#' && line.substr(lead) != "---" &&
        line.substr(lead) != "...")
      return at + lead;
    at = end + 1;
  }
  return std::nullopt;
}

// Counts the documents of a stream and notes where the second one's content starts.
class DocumentCounter : public YAML::EventHandler {
public:
  int documents = 0;
  std::optional<YAML::Mark> second; // the first node of the second document that is not empty

  void OnDocumentStart(const YAML::Mark&) override { ++documents; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { note(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    note(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    note(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    note(mark);
  }
  void OnMapEnd() override {}

private:
  void note(const YAML::Mark& mark) {
    if (documents == 2 && !second) second = mark;
  }
};

// Where a second, non-empty document starts, if the text has one. The text is only parsed again
// when a line after the first starts with '---' or '...'; at most two documents are read
// (YAML::LoadAll can loop forever on some broken input, such as a line starting with ',').
std::optional<YAML::Mark> second_document_mark(const std::string& text,
                                               const std::vector<std::uint32_t>& line_starts) {
  bool marker = false;
  for (std::size_t l = 1; !marker && l < line_starts.size(); ++l) {
    const std::size_t at = line_starts[l];
    if (at + 3 > text.size()) continue;
    const char c = text[at];
    marker = (c == '-' || c == '.') && text[at + 1] == c && text[at + 2] == c;
  }
  if (!marker) return std::nullopt;
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentCounter counter;
  for (int d = 0; d < 2 && parser.HandleNextDocument(counter); ++d) {
  }
  return counter.second;
}

} // namespace

bool check_bytes(const Sources& sources, std::uint32_t file, Diagnostics& diags) {
  const std::string& text = sources.text(file);
  if (sources.clean(file) || plainly_clean(text, k_max_line)) return true;
  const Lang lang = diags.lang();
  if (auto bad = find_invalid_utf8(text)) {
    diags.error(sources.at_offset(file, *bad),
                msg(lang, "this byte is not UTF-8; save the file as UTF-8 (in Notepad: Save as, "
                          "Encoding UTF-8)"));
    return false;
  }
  // Control characters other than tab and line ends: binary data or a broken file, said once.
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      diags.error(
          sources.at_offset(file, i),
          msg(lang, "a control character (byte {:#04x}) is not text; is this a YAML file?", c));
      return false;
    }
  }
  // One pass over the characters: invisible ones are each an error; a line may hold
  // k_max_line characters (not bytes: a Cyrillic letter is two).
  bool ok = true;
  std::size_t line_chars = 0;
  std::uint32_t line_no = 1;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      line_chars = 0;
      ++line_no;
      ++i;
      continue;
    }
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = c;
    if (len > 1) {
      cp = c & (0xFF >> (len + 1));
      for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    if (++line_chars == k_max_line + 1) {
      diags.error(SourcePos{file, line_no, 1},
                  msg(lang, "this line is longer than {} characters", k_max_line));
      return false;
    }
    if (c == 0x7F || len > 1) {
      const std::string name = invisible_character(cp);
      if (!name.empty()) {
        const SourcePos at{file, line_no, static_cast<std::uint32_t>(line_chars)};
        diags.error(at, msg(lang,
                            "{} at column {}: an invisible character that would make a name look "
                            "like another; delete it",
                            name, at.col));
        ok = false;
      }
    }
    i += len;
  }
  return ok;
}

void report_syntax_error(const YAML::Exception& e, const Sources& sources, std::uint32_t file,
                         Diagnostics& diags) {
  const std::string& text = sources.text(file);
  const Lang lang = diags.lang();
  const SourcePos start{file, 1, 1};
  YamlReader reader(sources, file, diags);
  SourcePos at = e.mark.line >= 0 ? reader.pos(e.mark) : start;
  // An error at the end of the file is shown on its last line.
  if (at.line > 1 && sources.line(file, at.line).empty() && at.line > 0) {
    std::uint32_t l = at.line;
    while (l > 1 && sources.line(file, l).empty())
      --l;
    at = SourcePos{file, l, static_cast<std::uint32_t>(codepoints(sources.line(file, l)) + 1)};
  }
  if (e.msg == "end of sequence flow not found" || e.msg == "end of map flow not found") {
    const bool list = e.msg == "end of sequence flow not found";
    const std::size_t end = e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : text.size();
    if (auto open = unclosed_bracket(text, end, list ? '[' : '{', list ? ']' : '}'))
      at = sources.at_offset(file, *open);
  }
  // A Tab in the indentation makes whatever error yaml-cpp meets next: said at the Tab.
  const std::size_t error_end =
      at.line < sources.line_starts(file).size() ? sources.line_starts(file)[at.line] : text.size();
  if (auto tab = tab_in_indentation(text, error_end)) {
    diags.error(sources.at_offset(file, *tab),
                msg(lang, "a Tab at the start of the line; use spaces, not Tab"));
    return;
  }
  // A `key:value` line, a "key value" line or a lone `key` without its ':' makes the error of a
  // later line: said at its own line.
  if (e.msg == "illegal map value" || e.msg == "end of map not found" ||
      e.msg == "end of sequence not found") {
    for (std::uint32_t l = at.line + 1; l > 1;) {
      --l;
      const std::string_view line = sources.line(file, l);
      const auto first = line.find_first_not_of(" \r");
      if (first == std::string_view::npos || line[first] == '#') continue;
      const std::size_t line_at = static_cast<std::size_t>(line.data() - text.data());
      if (auto c = colon_without_space(line)) {
        diags.error(sources.at_offset(file, line_at + c->colon),
                    msg(lang, "put a space after ':': '{}: {}'", c->key, c->value));
        return;
      }
      if (l == at.line) continue; // the line of the error itself may hold only the ':'
      if (auto m = missing_colon(line)) {
        diags.error(sources.at_offset(file, line_at + m->second),
                    msg(lang, "is a ':' missing after '{}'?", m->first));
        return;
      }
      break;
    }
  }
  diags.error(at, syntax_message(lang, e.msg));
}

ParsedFile parse_file(const Sources& sources, std::uint32_t file, Diagnostics& diags) {
  ParsedFile out;
  out.file = file;
  const std::string& text = sources.text(file);
  const Lang lang = diags.lang();
  const SourcePos start{file, 1, 1};

  if (!check_bytes(sources, file, diags)) return out;

  YamlReader reader(sources, file, diags);
  std::unique_ptr<yaml::Document> doc;
  // The document is given back to this thread for its next file, whichever way this returns.
  struct GiveBack {
    std::unique_ptr<yaml::Document>& doc;
    ~GiveBack() { yaml::reuse(std::move(doc)); }
  } give_back{doc};
  yaml::Node root;
  try {
    // Anchors and aliases are refused before any walk over the tree (found by the same parse).
    doc = parse_refusing_aliases(sources, file, diags);
    if (!doc) return out;
    root = doc->root();
    // `Жолдор:8` on the last line is read as a key without a value: said at its ':'.
    if (auto slip = key_without_space(root, text)) {
      diags.error(sources.at_offset(file, slip->colon),
                  msg(lang, "put a space after ':': '{}: {}'", slip->key, slip->value));
      return out;
    }
    // A document after '---' would otherwise be dropped without a word.
    if (auto second = second_document_mark(text, sources.line_starts(file))) {
      reader.error(reader.pos(*second),
                   msg(lang, "a second document after '---'; one file holds one section: "
                             "put this one in a file of its own"));
      return out;
    }
  } catch (const YAML::Exception& e) {
    report_syntax_error(e, sources, file, diags);
    return out;
  }

  const std::string expected = "municipality, session, causes, plan, monitoring, assembly";
  if (!root || root.IsNull()) {
    // Nothing read: the file is empty, or YAML gave up on its first line without a word.
    if (auto first = first_content(text))
      diags.error(sources.at_offset(file, *first),
                  msg(lang,
                      "YAML reads nothing from this line; the file should be 'key: value' lines "
                      "starting with "
                      "one of: {}",
                      expected));
    else
      diags.error(start, msg(lang, "the file is empty; it should start with one of: {}", expected));
    return out;
  }
  parse_document(root, reader, out);
  return out;
}

void parse_document(const yaml::Node& root, YamlReader& reader, ParsedFile& out) {
  const Lang lang = reader.lang();
  const std::uint32_t file = reader.file();
  out.file = file;
  const SourcePos start{file, 1, 1};
  const std::string expected = "municipality, session, causes, plan, monitoring, assembly";
  if (!root.IsMap()) {
    reader.error(
        reader.pos(root),
        msg(lang, "the file should be 'key: value' lines starting with one of: {}", expected));
    return;
  }

  if (yaml::Node v = root["vap"]) {
    auto version = reader.as_whole(v, "vap", 0, 1'000'000);
    if (version && *version != 1)
      reader.error(v, msg(lang, "this file is format {}; this vap reads format 1", *version));
  }
  std::vector<const schema::Kind*> found;
  for (const auto& s : schema::kinds())
    if (root[std::string(s.key)]) found.push_back(&s);
  if (found.size() > 1) {
    // At the second section's key, where the second file would begin.
    SourcePos second = reader.pos(root[std::string(found[1]->key)]);
    for (auto it = root.begin(); it != root.end(); ++it)
      if (it->first.IsScalar() && it->first.Scalar() == found[1]->key)
        second = reader.pos(it->first);
    reader.error(
        second,
        msg(lang, "one file holds one section; '{}' and '{}' are both here: put them in two files",
            found[0]->key, found[1]->key));
    return;
  }
  if (found.empty()) {
    // Perhaps a typo of a section key.
    std::vector<std::string> keys;
    for (const auto& s : schema::kinds())
      keys.emplace_back(s.key);
    for (auto it = root.begin(); it != root.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      std::string hint = did_you_mean(lang, it->first.Scalar(), keys);
      if (!hint.empty()) {
        reader.error(it->first, msg(lang, "unknown section '{}'; {}", it->first.Scalar(), hint));
        return;
      }
    }
    reader.error(start, msg(lang, "the file has none of the sections {}", expected));
    return;
  }
  out.kind = found[0]->kind;
  switch (out.kind) {
  case FileKind::municipality:
    parse_municipality_doc(root, reader, out);
    break;
  case FileKind::session:
    parse_session_doc(root, reader, out);
    break;
  case FileKind::causes:
    parse_causes_doc(root, reader, out);
    break;
  case FileKind::plan:
    parse_plan_doc(root, reader, out);
    break;
  case FileKind::monitoring:
    parse_monitoring_doc(root, reader, out);
    break;
  case FileKind::assembly:
    parse_assembly_doc(root, reader, out);
    break;
  case FileKind::none:
    break;
  }
}

ParsedFile parse_record(const Sources& sources, std::uint32_t file, const Record& record,
                        Diagnostics& diags) {
  ParsedFile out;
  out.file = file;
  auto doc = document_of(record);
  YamlReader reader(sources, file, diags);
  parse_document(doc->root(), reader, out);
  return out;
}

ParsedText parse_text(std::string_view input, std::string_view source, Diagnostics& diags) {
  ParsedText out;
  std::uint32_t file = out.sources.add(std::string(source));
  std::string text(input);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  out.sources.set_text(file, std::move(text));
  out.file = parse_file(out.sources, file, diags);
  return out;
}

} // namespace vap
