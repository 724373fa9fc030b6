// vap-bench-pb FILE.pb...: what `vap budget` does with a pabulib file, timed by phase: read and
// parse the file (load_pabulib), greedy (pabulib's rule), and the method of equal shares with
// cost satisfaction (no completion): one JSON line per file, for bench/pabulib.sh to put beside
// pabutools' time for the same (tests/pabulib and ../shared/pabulib/pabutools/oracle.py).
#include "vap/ballot_index.hpp"
#include "vap/budget_rules.hpp"
#include "vap/equal_shares.hpp"
#include "vap/pabulib_load.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  };
  for (int i = 1; i < argc; ++i) {
    const auto t0 = Clock::now();
    vap::PbLoaded loaded = vap::load_pabulib({argv[i]}, vap::Lang::en);
    if (loaded.elections.size() != 1) {
      std::fprintf(stderr, "vap-bench-pb: cannot read %s\n", argv[i]);
      return 1;
    }
    const vap::PbElection& e = loaded.elections.front();
    const auto t1 = Clock::now();
    const vap::BallotIndex index(e);
    const vap::GreedyResult greedy = vap::greedy_by_score(e, index);
    const auto t2 = Clock::now();
    const vap::MesResult mes = vap::equal_shares(e, index, {});
    const auto t3 = Clock::now();
    std::printf("{\"file\": \"%s\", \"voters\": %zu, \"votes\": %zu, \"read\": %.4f, "
                "\"greedy\": %.4f, \"equal_shares\": %.4f, \"total\": %.4f, "
                "\"greedy_funded\": %zu, \"equal_shares_funded\": %zu}\n",
                e.source.c_str(), e.voters(), e.ballot_project.size(), seconds(t0, t1),
                seconds(t1, t2), seconds(t2, t3), seconds(t0, t3), greedy.funded.size(),
                mes.funded.size());
  }
  return 0;
}
