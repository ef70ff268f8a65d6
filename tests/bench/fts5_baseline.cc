// bench-fts5: the SQLite FTS5 baseline of scripts/bench.
//
//   bench-fts5 index DB IN.jsonl [--batch N]
//   bench-fts5 query DB QUERIES.txt [--snippets] [--warmup] [--passes N]
//   bench-fts5 optimize DB
//
// index: one row per passage-sized chunk (the body split on blank lines, as
// for bench-xapian and dramasearch's paragraph passages) in
//   CREATE VIRTUAL TABLE chunks USING fts5(title, body, article_id UNINDEXED,
//     passage UNINDEXED, date UNINDEXED, url UNINDEXED, source UNINDEXED,
//     tokenize='porter unicode61')
// with positions (detail=full, the default) and the text stored, so phrases
// and snippet() work. One transaction per --batch articles (default 500).
// SQLite's defaults otherwise (rollback journal, synchronous=FULL), as Xapian
// also syncs on every commit.
//
// query: each line converted to FTS5 syntax (see to_fts5 below: words and
// "phrases" become quoted strings joined by OR, Xapian's default operator),
// top 10 by bm25(), every column of the hit read, plus snippet() of the body
// with --snippets. Prints one latency in microseconds per query (--warmup,
// --passes N as for bench-xapian).
//
// optimize: merges the FTS5 b-trees into one ('optimize') and VACUUMs, the
// counterpart of xapian-compact for the size comparison.
#include <sqlite3.h>

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_common.h"

namespace {

volatile std::size_t g_sink = 0;

const char* kUsage =
    "Usage: bench-fts5 index DB IN.jsonl [--batch N]\n"
    "       bench-fts5 query DB QUERIES.txt [--snippets] [--warmup] [--passes N]\n"
    "       bench-fts5 optimize DB\n";

struct Db {
  sqlite3* db = nullptr;
  explicit Db(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
      sqlite3_close(db);
      throw std::runtime_error(path + ": " + msg);
    }
  }
  ~Db() { sqlite3_close(db); }
  void exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "error";
      sqlite3_free(err);
      throw std::runtime_error(sql.substr(0, 60) + ": " + msg);
    }
  }
};

struct Stmt {
  sqlite3_stmt* st = nullptr;
  Stmt(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(st); }
  void text(int i, const std::string& s) { sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_STATIC); }
};

bool word_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c); }

// Words of s (ASCII letters/digits and any non-ASCII bytes), as the
// unicode61 tokenizer would roughly split them.
std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    if (word_byte(c)) {
      cur.push_back(char(c));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Xapian-style query line -> FTS5 query: "a phrase" stays a phrase, every
// other word becomes a quoted string ("+"/"-" marks and the boolean
// operator words are dropped), title:word becomes a column filter, and the
// items are joined with OR (Xapian's default operator in bench-xapian and
// dramasearch). Returns "" if nothing is left.
std::string to_fts5(const std::string& q) {
  std::vector<std::string> items;
  std::size_t i = 0;
  while (i < q.size()) {
    char c = q[i];
    if (c == '"') {
      auto end = q.find('"', i + 1);
      std::string inner = q.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
      auto ws = words_of(inner);
      if (!ws.empty()) {
        std::string ph = "\"";
        for (std::size_t k = 0; k < ws.size(); ++k) ph += (k ? " " : "") + ws[k];
        items.push_back(ph + "\"");
      }
      i = end == std::string::npos ? q.size() : end + 1;
      continue;
    }
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    auto end = q.find_first_of(" \t\"", i);
    std::string tok = q.substr(i, end == std::string::npos ? std::string::npos : end - i);
    i = end == std::string::npos ? q.size() : end;
    if (tok == "AND" || tok == "OR" || tok == "NOT") continue;
    std::string column;
    if (tok.rfind("title:", 0) == 0) {
      column = "title : ";
      tok = tok.substr(6);
      if (tok.empty() && i < q.size() && q[i] == '"') {
        auto e2 = q.find('"', i + 1);
        tok = q.substr(i + 1, e2 == std::string::npos ? std::string::npos : e2 - i - 1);
        i = e2 == std::string::npos ? q.size() : e2 + 1;
      }
    }
    auto ws = words_of(tok);
    if (ws.empty()) continue;
    std::string item = "\"";
    for (std::size_t k = 0; k < ws.size(); ++k) item += (k ? " " : "") + ws[k];
    items.push_back(column + item + "\"");
  }
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) out += (k ? " OR " : "") + items[k];
  return out;
}

int run_index(const std::string& path, const std::string& input, std::size_t batch) {
  std::remove(path.c_str());
  std::remove((path + "-journal").c_str());
  Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db.exec(
      "CREATE VIRTUAL TABLE chunks USING fts5(title, body, article_id UNINDEXED, passage UNINDEXED, "
      "date UNINDEXED, url UNINDEXED, source UNINDEXED, tokenize='porter unicode61')");
  Stmt ins(db.db, "INSERT INTO chunks(title, body, article_id, passage, date, url, source) VALUES (?,?,?,?,?,?,?)");
  std::size_t articles = 0, rows = 0, bad = 0, in_batch = 0;
  auto t0 = bench::Clock::now();
  db.exec("BEGIN");
  std::size_t bytes = bench::read_jsonl(
      input,
      [&](bench::Article&& a) {
        auto parts = bench::chunks(a.body);
        for (std::size_t n = 0; n < parts.size(); ++n) {
          ins.text(1, a.title);
          ins.text(2, parts[n]);
          ins.text(3, a.id);
          sqlite3_bind_int64(ins.st, 4, sqlite3_int64(n));
          ins.text(5, a.date);
          ins.text(6, a.url);
          ins.text(7, a.source);
          if (sqlite3_step(ins.st) != SQLITE_DONE)
            throw std::runtime_error(std::string("insert: ") + sqlite3_errmsg(db.db));
          sqlite3_reset(ins.st);
          ++rows;
        }
        ++articles;
        if (++in_batch >= batch) {
          db.exec("COMMIT");
          db.exec("BEGIN");
          in_batch = 0;
        }
      },
      &bad);
  db.exec("COMMIT");
  double secs = bench::micros_since(t0) / 1e6;
  std::cerr << "bench-fts5: indexed " << articles << " articles, " << rows << " rows (" << bad
            << " bad lines), " << bytes << " bytes in " << secs << " s\n";
  std::cout << nlohmann::json{{"articles", articles}, {"documents", rows}, {"bytes", bytes}, {"seconds", secs}}
                   .dump()
            << "\n";
  return bad ? 1 : 0;
}

int run_query(const std::string& path, const std::string& queries_path, bool snippets, bool warmup,
              std::size_t passes) {
  Db db(path, SQLITE_OPEN_READONLY);
  std::string sql = "SELECT article_id, passage, title, date, url, source, body";
  if (snippets) sql += ", snippet(chunks, 1, '<b>', '</b>', '...', 40)";
  sql += " FROM chunks WHERE chunks MATCH ? ORDER BY bm25(chunks) LIMIT 10";
  Stmt st(db.db, sql);
  auto queries = bench::read_queries(queries_path);
  const int ncols = snippets ? 8 : 7;
  return bench::time_queries("bench-fts5", queries, warmup, passes, [&](const std::string& q) -> std::size_t {
    std::string fq = to_fts5(q);
    if (fq.empty()) return 0;
    st.text(1, fq);
    std::size_t n = 0;
    int rc;
    while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
      for (int c = 0; c < ncols; ++c) g_sink = g_sink + std::size_t(sqlite3_column_bytes(st.st, c));
      ++n;
    }
    std::string err = rc == SQLITE_DONE ? "" : sqlite3_errmsg(db.db);
    sqlite3_reset(st.st);
    if (!err.empty()) throw std::runtime_error(err + " (FTS5 query: " + fq + ")");
    return n;
  });
}

int run_optimize(const std::string& path) {
  Db db(path, SQLITE_OPEN_READWRITE);
  auto t0 = bench::Clock::now();
  db.exec("INSERT INTO chunks(chunks) VALUES('optimize')");
  db.exec("VACUUM");
  std::cerr << "bench-fts5: optimized in " << bench::micros_since(t0) / 1e6 << " s\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    auto pos = bench::positionals(argc, argv);
    if (bench::has_flag(argc, argv, "--help")) {
      std::cerr << kUsage;
      return 0;
    }
    if (pos.size() == 2 && pos[0] == "optimize") return run_optimize(pos[1]);
    if (pos.size() == 2 && pos[0] == "convert") {  // debugging aid: show the FTS5 form of a query
      std::cout << to_fts5(pos[1]) << "\n";
      return 0;
    }
    if (pos.size() == 3 && pos[0] == "index")
      return run_index(pos[1], pos[2], bench::size_option(argc, argv, "--batch", 500));
    if (pos.size() == 3 && pos[0] == "query")
      return run_query(pos[1], pos[2], bench::has_flag(argc, argv, "--snippets"),
                       bench::has_flag(argc, argv, "--warmup"), bench::size_option(argc, argv, "--passes", 1));
    std::cerr << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "bench-fts5: " << e.what() << "\n";
    return 2;
  }
}
