// event_parse: the second benchmark baseline. Reads every *.yaml / *.yml file under the given
// files and folders (recursive, sorted) and runs yaml-cpp's event API over it (YAML::Parser with
// an EventHandler that does nothing but count the scalars): no node tree, one thread, no checks.
//
//   files=N bytes=B scalars=S seconds=T
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

class Counter : public YAML::EventHandler {
public:
  std::size_t scalars = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++scalars;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + p.string());
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: event_parse FILE_OR_FOLDER...\n";
    return 64;
  }
  const auto start = std::chrono::steady_clock::now();
  std::size_t files = 0;
  std::size_t bytes = 0;
  Counter counter;
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
        // As YAML::Load(std::string) does: a string stream over the text, the first document.
        const std::string text = read_all(p);
        std::stringstream in(text);
        YAML::Parser parser(in);
        parser.HandleNextDocument(counter);
        bytes += text.size();
        ++files;
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "event_parse: " << e.what() << "\n";
    return 65;
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::printf("files=%zu bytes=%zu scalars=%zu seconds=%.3f\n", files, bytes, counter.scalars,
              seconds.count());
  return 0;
}
