// bench-xapian: a plain Xapian indexer and searcher, the baseline that
// dramasearch's indexing throughput, query latency and index size are
// compared with (scripts/bench).
//
//   bench-xapian index DB IN.jsonl [--batch N]
//   bench-xapian query DB QUERIES.txt [--snippets] [--collapse] [--stems-only] [--warmup] [--passes N]
//
// index: one Xapian document per passage-sized chunk (the body split on
// blank lines, like dramasearch's paragraph passages). TermGenerator with the
// English stemmer and positions indexes the chunk, then, after a position gap
// of 100, the article title, and the title again with prefix "S" (title:).
// Boolean terms Q<id>#<n> and XA<id>, values 0 = date YYYYMMDD and
// 1 = article id, document data = JSON of the chunk text and the article's
// fields. Documents are added (add_document) inside one transaction per
// --batch articles (default 500, like drama-index --batch). --no-title
// leaves the title terms out (to see what repeating them in every passage
// costs).
//
// query: each line through QueryParser (English stemming, STEM_SOME, default
// OR, phrases, boolean operators, title: prefix), top 10, document data
// decoded for every hit, plus MSet::snippet of the chunk text with
// --snippets; --collapse keeps the best chunk per article (value 1), as
// dramasearch does. --stems-only parses with STEM_ALL_Z, for a database that
// holds stems only, as dramasearch's does: the plain-Xapian reference run
// over dramasearch's own index (docs/performance.md, the 1M run), whose
// document data also has a "text" field and whose value 1 is also the
// article. Prints one latency in microseconds per query (--warmup:
// the list is run once untimed first; --passes N: median of N timed runs).
#include <iostream>
#include <string>

#include <xapian.h>

#include "bench_common.h"

namespace {

volatile std::size_t g_sink = 0;  // keeps the per-hit work from being optimized away

const char* kUsage =
    "Usage: bench-xapian index DB IN.jsonl [--batch N] [--no-title]\n"
    "       bench-xapian query DB QUERIES.txt [--snippets] [--collapse] [--stems-only] [--warmup] [--passes N]\n";

int run_index(const std::string& db_path, const std::string& input, std::size_t batch, bool title_terms) {
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  std::size_t articles = 0, docs = 0, bad = 0, in_batch = 0;
  auto t0 = bench::Clock::now();
  db.begin_transaction();
  std::size_t bytes = bench::read_jsonl(
      input,
      [&](bench::Article&& a) {
        auto parts = bench::chunks(a.body);
        std::string date = bench::compact_date(a.date);
        for (std::size_t n = 0; n < parts.size(); ++n) {
          Xapian::Document doc;
          tg.set_document(doc);
          tg.index_text(parts[n]);
          if (title_terms && !a.title.empty()) {
            tg.increase_termpos(100);
            tg.index_text(a.title);
            tg.index_text(a.title, 1, "S");
          }
          doc.add_boolean_term("Q" + a.id + "#" + std::to_string(n));
          doc.add_boolean_term("XA" + a.id);
          if (!date.empty()) doc.add_value(0, date);
          doc.add_value(1, a.id);
          nlohmann::json data = {{"article_id", a.id}, {"passage", n},     {"title", a.title},
                                 {"date", a.date},     {"url", a.url},     {"source", a.source},
                                 {"text", parts[n]}};
          doc.set_data(data.dump());
          db.add_document(doc);
          ++docs;
        }
        ++articles;
        if (++in_batch >= batch) {
          db.commit_transaction();
          db.begin_transaction();
          in_batch = 0;
        }
      },
      &bad);
  db.commit_transaction();
  db.close();
  double secs = bench::micros_since(t0) / 1e6;
  std::cerr << "bench-xapian: indexed " << articles << " articles, " << docs << " documents ("
            << bad << " bad lines), " << bytes << " bytes in " << secs << " s\n";
  // machine-readable summary for scripts/bench
  std::cout << nlohmann::json{{"articles", articles}, {"documents", docs}, {"bytes", bytes},
                              {"seconds", secs}}
                   .dump()
            << "\n";
  return bad ? 1 : 0;
}

int run_query(const std::string& db_path, const std::string& queries_path, bool snippets,
              bool collapse, bool stems_only, bool warmup, std::size_t passes) {
  Xapian::Database db(db_path);
  Xapian::Stem stem("english");
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(stem);
  qp.set_stemming_strategy(stems_only ? Xapian::QueryParser::STEM_ALL_Z : Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_OR);
  qp.add_prefix("title", "S");
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT;
  auto queries = bench::read_queries(queries_path);
  return bench::time_queries("bench-xapian", queries, warmup, passes, [&](const std::string& q) -> std::size_t {
    Xapian::Enquire enquire(db);
    enquire.set_query(qp.parse_query(q, flags));
    if (collapse) enquire.set_collapse_key(1);
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::size_t n = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto data = nlohmann::json::parse(it.get_document().get_data());
      const std::string& text = data["text"].get_ref<const std::string&>();
      if (snippets) {
        std::string snip = mset.snippet(text, 240, stem,
                                        Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                        "<b>", "</b>", "...");
        g_sink = g_sink + snip.size();
      }
      g_sink = g_sink + text.size();
      ++n;
    }
    return n;
  });
}

}  // namespace

int main(int argc, char** argv) {
  try {
    auto pos = bench::positionals(argc, argv);
    if (bench::has_flag(argc, argv, "--help") || pos.size() != 3) {
      std::cerr << kUsage;
      return pos.size() == 3 ? 0 : 2;
    }
    if (pos[0] == "index")
      return run_index(pos[1], pos[2], bench::size_option(argc, argv, "--batch", 500),
                       !bench::has_flag(argc, argv, "--no-title"));
    if (pos[0] == "query")
      return run_query(pos[1], pos[2], bench::has_flag(argc, argv, "--snippets"),
                       bench::has_flag(argc, argv, "--collapse"), bench::has_flag(argc, argv, "--stems-only"),
                       bench::has_flag(argc, argv, "--warmup"),
                       bench::size_option(argc, argv, "--passes", 1));
    std::cerr << kUsage;
    return 2;
  } catch (const Xapian::Error& e) {
    std::cerr << "bench-xapian: " << e.get_description() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "bench-xapian: " << e.what() << "\n";
    return 2;
  }
}
