// Indexes a directory of articles with the dramasearch library and runs one
// query, printing "hit <rank> <passage_id> <title>" per hit.
//   embed INDEX_DIR CORPUS_DIR [QUERY]
#include <iostream>

#include <dramasearch/error.h>
#include <dramasearch/indexer.h>
#include <dramasearch/readers.h>
#include <dramasearch/searcher.h>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: embed INDEX_DIR CORPUS_DIR [QUERY]\n";
    return 2;
  }
  try {
    {
      dramasearch::Indexer indexer(argv[1]);
      dramasearch::walk_inputs(
          {argv[2]}, [&](dramasearch::Article&& a) { indexer.add(a); },
          [](const std::string& where, const std::string& why) { std::cerr << where << ": " << why << "\n"; });
      indexer.commit();
      std::cout << "indexed " << indexer.article_count() << " articles\n";
    }
    dramasearch::Searcher searcher(argv[1]);
    dramasearch::SearchOptions options;
    options.limit = 3;
    const auto result = searcher.search(argc > 3 ? argv[3] : "filming scene", options);
    for (const auto& hit : result.hits)
      std::cout << "hit " << hit.rank << " " << hit.passage_id << " " << hit.title << "\n";
    return result.hits.empty() ? 1 : 0;
  } catch (const dramasearch::Error& e) {
    std::cerr << "embed: " << e.what() << "\n";
    return 2;
  }
}
