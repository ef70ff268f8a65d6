// bench-dramasearch-query: query latency of the dramasearch library, for
// scripts/bench.
//
//   bench-dramasearch-query INDEX[,INDEX...] QUERIES.txt [--warmup] [--passes N] [--limit N]
//
// INDEX may list several indexes or remote shards (tcp://HOST:PORT)
// separated by commas, searched as one. Opens them with dramasearch::Searcher (once, outside the timing) and runs
// each line of QUERIES.txt with SearchOptions defaults and limit 10 (best
// passage per article, entity/kind re-ranking, snippets always made).
// Prints one latency in microseconds per query (--warmup: the list is run
// once untimed first; --passes N: median of N timed runs).
#include <iostream>
#include <string>
#include <vector>

#include "bench_common.h"
#include "dramasearch/error.h"
#include "dramasearch/searcher.h"

namespace {
volatile std::size_t g_sink = 0;
}

int main(int argc, char** argv) {
  try {
    auto args = bench::positionals(argc, argv);
    if (bench::has_flag(argc, argv, "--help") || args.size() != 2) {
      std::cerr << "Usage: bench-dramasearch-query INDEX QUERIES.txt [--warmup] [--passes N] [--limit N]\n";
      return args.size() == 2 ? 0 : 2;
    }
    std::vector<std::string> indexes;
    for (std::size_t b = 0; b <= args[0].size();) {
      std::size_t e = args[0].find(',', b);
      if (e == std::string::npos) e = args[0].size();
      if (e > b) indexes.push_back(args[0].substr(b, e - b));
      b = e + 1;
    }
    dramasearch::Searcher searcher(indexes);
    dramasearch::SearchOptions opt;
    opt.limit = bench::size_option(argc, argv, "--limit", 10);
    auto queries = bench::read_queries(args[1]);
    return bench::time_queries("bench-dramasearch-query", queries, bench::has_flag(argc, argv, "--warmup"),
                               bench::size_option(argc, argv, "--passes", 1),
                               [&](const std::string& q) -> std::size_t {
                                 auto res = searcher.search(q, opt);
                                 for (const auto& h : res.hits) g_sink = g_sink + h.snippet.size();
                                 return res.hits.size();
                               });
  } catch (const std::exception& e) {
    std::cerr << "bench-dramasearch-query: " << e.what() << "\n";
    return 2;
  }
}
