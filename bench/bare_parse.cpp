// bare_parse: the benchmark baseline. Reads every *.yaml / *.yml file under the given files and
// folders (recursive, sorted), parses each with YAML::Load, walks every node once and counts the
// scalars; one thread, no checks, no output but one line:
//
//   files=N bytes=B scalars=S seconds=T
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::size_t count_scalars(const YAML::Node& node) {
  switch (node.Type()) {
  case YAML::NodeType::Scalar:
    return 1;
  case YAML::NodeType::Sequence: {
    std::size_t n = 0;
    for (const auto& child : node)
      n += count_scalars(child);
    return n;
  }
  case YAML::NodeType::Map: {
    std::size_t n = 0;
    for (const auto& kv : node)
      n += count_scalars(kv.first) + count_scalars(kv.second);
    return n;
  }
  default:
    return 0;
  }
}

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + p.string());
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bare_parse FILE_OR_FOLDER...\n";
    return 64;
  }
  const auto start = std::chrono::steady_clock::now();
  std::size_t files = 0;
  std::size_t bytes = 0;
  std::size_t scalars = 0;
  try {
    for (int i = 1; i < argc; ++i) {
      const fs::path root = argv[i];
      std::vector<fs::path> paths;
      if (fs::is_directory(root)) {
        for (const auto& entry : fs::recursive_directory_iterator(root))
          if (entry.is_regular_file() && is_yaml(entry.path())) paths.push_back(entry.path());
        std::sort(paths.begin(), paths.end());
      } else {
        paths.push_back(root);
      }
      for (const auto& p : paths) {
        const std::string text = read_all(p);
        const YAML::Node doc = YAML::Load(text);
        scalars += count_scalars(doc);
        bytes += text.size();
        ++files;
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "bare_parse: " << e.what() << "\n";
    return 65;
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::printf("files=%zu bytes=%zu scalars=%zu seconds=%.3f\n", files, bytes, scalars,
              seconds.count());
  return 0;
}
