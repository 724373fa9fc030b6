#pragma once
// The kinds of workshop file, and sets of them: what a command's result uses.
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace vap {

enum class FileKind { none, municipality, session, causes, plan, monitoring, assembly };

// The English word for a kind in messages ("the plan file has 3 errors"; translated by tr()).
inline std::string_view kind_word(FileKind k) {
  switch (k) {
  case FileKind::session:
    return "session";
  case FileKind::causes:
    return "causes";
  case FileKind::plan:
    return "plan";
  case FileKind::monitoring:
    return "monitoring";
  case FileKind::assembly:
    return "assembly";
  default:
    return "file";
  }
}

class FileKinds {
public:
  FileKinds() = default;
  FileKinds(std::initializer_list<FileKind> kinds) {
    for (FileKind k : kinds)
      m_bits |= bit(k);
  }
  static FileKinds all() {
    return {FileKind::municipality, FileKind::session,    FileKind::causes,
            FileKind::plan,         FileKind::monitoring, FileKind::assembly};
  }
  bool has(FileKind k) const { return (m_bits & bit(k)) != 0; }

private:
  static std::uint32_t bit(FileKind k) { return 1u << static_cast<unsigned>(k); }
  std::uint32_t m_bits = 0;
};

} // namespace vap
