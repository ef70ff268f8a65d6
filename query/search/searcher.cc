#include "dramasearch/searcher.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include <xapian.h>

#include "dramasearch/error.h"
#include "dramasearch/pipeline.h"
#include "indexer/index/database.h"
#include "indexer/index/schema.h"
#include "indexer/index/stored_passage.h"
#include "query/search/copies.h"
#include "query/search/facet_spy.h"
#include "query/search/fingerprint_check.h"
#include "query/search/profiles.h"
#include "query/search/query_builder.h"
#include "query/search/reranker.h"

namespace dramasearch {

namespace {

constexpr Xapian::doccount kRemoteFacetDepth = 2000;

// How many BM25 candidates reach the re-ranker (documented at
// SearchOptions::rerank_depth): enough to fill the page asked for, two
// passages per article when only the best one per article is shown.
std::size_t candidate_depth(const SearchOptions& o) {
  const std::size_t wanted = o.offset + o.limit;
  return std::max(o.rerank_depth, wanted * (o.all_passages ? 1 : 2));
}

std::string join(const std::vector<std::string>& paths) {
  std::string s;
  for (const auto& p : paths) {
    if (!s.empty()) s += ", ";
    s += p;
  }
  return s;
}

// A remote shard: "tcp://HOST:PORT".
Xapian::Database open_remote(const std::string& url, unsigned timeout_ms, std::vector<index::IndexMember>& members) {
  const std::string rest = url.substr(6);
  const auto colon = rest.rfind(':');
  if (colon == std::string::npos || colon == 0) throw Error(url + ": expected tcp://HOST:PORT");
  unsigned port = 0;
  try {
    port = static_cast<unsigned>(std::stoul(rest.substr(colon + 1)));
  } catch (const std::exception&) {
    throw Error(url + ": bad port");
  }
  try {
    Xapian::Database db = Xapian::Remote::open(rest.substr(0, colon), port, timeout_ms, timeout_ms);
    index::check_schema(db, url);
    members.push_back({url, db.get_metadata(schema::kFingerprintKey)});
    return db;
  } catch (const Xapian::Error& e) {
    throw Error(url + ": remote shard unavailable: " + e.get_description());
  }
}

// Opens every index as one database; `members` receives each database
// opened, `warnings` the remote shards left out.
Xapian::Database open_all(const std::vector<std::string>& paths, const SearcherOptions& o,
                          std::vector<index::IndexMember>& members, std::vector<std::string>& warnings) {
  if (paths.empty()) throw Error("no index given");
  Xapian::Database all;
  std::vector<std::string> left_out;
  for (const auto& p : paths) {
    if (p.rfind("tcp://", 0) != 0) {
      all.add_database(index::open_readable(p, &members));
      continue;
    }
    try {
      all.add_database(open_remote(p, o.remote_timeout_ms, members));
    } catch (const Error& e) {
      if (!o.allow_partial) throw;
      left_out.push_back(e.what());
      warnings.push_back(std::string(e.what()) + "; results are partial");
    }
  }
  if (members.empty()) throw Error("no index could be opened: " + join(left_out));
  return all;
}

}  // namespace

struct Searcher::Impl {
  std::string path;
  Xapian::Database db;
  std::unique_ptr<Pipeline> pipeline;
  // Built once: the query parser with its prefixes and field processors,
  // and the stemmer of the snippets.
  std::unique_ptr<search::QueryBuilder> builder;
  const Xapian::Stem stemmer{"english"};

  bool remote = false;  // a remote shard cannot run our match spy
  std::vector<std::string> warnings;
  std::vector<std::string> member_names;  // each database opened: shard paths, tcp:// URLs

  // Runs fn; when a writer's commit discards the revision being read
  // (Xapian then asks to reopen; reopening itself can meet another commit),
  // reopens and runs it again. An indexer committing every few articles can
  // do so more than once during one slow query on a loaded machine, so
  // up to 50 tries, waiting a little longer after each from the third on
  // (about a second in all) so that a burst of commits can pass. Other
  // Xapian failures become Error("PATH: FAILURE: reason").
  template <typename Fn>
  auto retrying(const char* failure, Fn fn) {
    for (int attempt = 0;; ++attempt) {
      try {
        if (attempt > 0) db.reopen();
        return fn();
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 50) throw Error(path + ": index keeps changing under the search; try again");
        if (attempt >= 2) std::this_thread::sleep_for(std::chrono::milliseconds(std::min(attempt, 40)));
      } catch (const Xapian::Error& e) {
        throw Error(path + ": " + failure + ": " + e.get_description());
      }
    }
  }

  Impl(const std::vector<std::string>& paths, const SearcherOptions& o) : path(join(paths)) {
    std::vector<index::IndexMember> members;
    try {
      db = open_all(paths, o, members, warnings);  // in the body: `warnings` exists by now
      // Analyse queries exactly as the index's documents were analysed.
      Pipeline::Options opts;
      opts.repair = retrying("cannot open index", [&] { return db.get_metadata(schema::kRepairKey); }) != "off";
      opts.data_dir = o.data_dir;
      pipeline = std::make_unique<Pipeline>(opts);
      builder = std::make_unique<search::QueryBuilder>(db);
    } catch (const Xapian::Error& e) {
      throw Error(path + ": cannot open index: " + e.get_description());
    }
    for (const auto& p : paths) remote = remote || p.rfind("tcp://", 0) == 0;
    for (const auto& m : members) member_names.push_back(m.name);
    for (const auto& m : members)
      if (auto w = search::fingerprint_warning(m.name, m.fingerprint, pipeline->fingerprint()); !w.empty())
        warnings.push_back(std::move(w));
  }

  // Revision and last commit of each database. A single local database is
  // read through `db`, so its revision is exactly the one searches see; the
  // shards of a union are opened one by one (Xapian reports a revision per
  // database only), each at its latest commit.
  std::vector<DatabaseState> database_states() {
    std::vector<DatabaseState> out;
    for (const auto& name : member_names) {
      DatabaseState d{name, std::nullopt, {}};
      if (name.rfind("tcp://", 0) == 0) {
        if (member_names.size() == 1) d.last_commit = db.get_metadata(schema::kLastCommitKey);
      } else if (member_names.size() == 1) {
        d.revision = db.get_revision();
        d.last_commit = db.get_metadata(schema::kLastCommitKey);
      } else {
        const Xapian::Database one(name);
        d.revision = one.get_revision();
        d.last_commit = one.get_metadata(schema::kLastCommitKey);
      }
      out.push_back(std::move(d));
    }
    return out;
  }

  Hit make_hit(const Xapian::MSet& mset, const search::Candidate& c, std::size_t rank, const SearchOptions& o) {
    Hit h;
    h.rank = rank;
    h.score = c.score;
    index::StoredPassage stored;
    if (!index::decode(mset[c.mset_index].get_document().get_data(), stored))
      throw Error(path + ": corrupt document data");
    h.article_id = std::move(stored.article_id);
    h.passage = stored.passage;
    h.passage_id = h.article_id + "#" + std::to_string(h.passage);
    h.title = std::move(stored.title);
    h.date = std::move(stored.date);
    h.source = std::move(stored.source);
    h.url = std::move(stored.url);
    h.text = std::move(stored.text);
    h.spin_score = stored.spin;
    h.spun = h.spin_score >= schema::kSpunThreshold;
    h.kind = std::move(stored.kind);
    h.drama = std::move(stored.drama);
    for (auto& c : stored.cast) h.cast.push_back({std::move(c.name), std::move(c.character), c.confidence});
    if (o.original_text) {
      if (stored.original) h.text = std::move(*stored.original);
      if (stored.original_title) h.title = std::move(*stored.original_title);
    }
    // The window of a long passage is chosen by the query's words (weighted
    // as in the match), without Xapian's background model: that model looks
    // up the frequency of every word of the text, a B-tree read each (a
    // quarter of a query's time, and a round trip each on a remote shard),
    // to prefer rare words the reader did not ask for.
    const unsigned flags = Xapian::MSet::SNIPPET_EXHAUSTIVE;
    h.snippet = mset.snippet(h.text, o.snippet_chars, stemmer, flags, o.highlight_start,
                             o.highlight_end, "...");
    if (o.explain) h.explain = c.why;
    return h;
  }

  SearchResult run(const std::string& query, const SearchOptions& o) {
    SearchResult r;
    search::BuiltQuery bq = builder->build(*pipeline, query, o);
    r.query_text = bq.query_text;
    r.parsed_query = bq.query.get_description();

    Xapian::Enquire enquire(db);
    enquire.set_query(bq.query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    // Two passages per article reach the re-ranker, which picks the best.
    // With --all-passages the collapse key is still set (without limit) so
    // that every candidate carries its article key at no cost. Collapsing
    // copies, the key is the story, and four passages per story reach the
    // re-ranker, so that an unspun copy can represent its story.
    const bool by_story = !o.all_copies && !o.all_passages;
    enquire.set_collapse_key(by_story ? schema::kStorySlot : schema::kArticleSlot,
                             o.all_passages ? 0x7fffffff : (by_story ? 4 : 2));
    search::FacetSpy spy(by_story);
    if (o.facets && !remote) enquire.add_matchspy(&spy);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(candidate_depth(o)),
                                               o.facets ? db.get_doccount() : 0);
    r.total_estimate = mset.get_matches_estimated();
    if (o.facets && remote) {
      // xapian-tcpsrv knows only Xapian's own spies: count here, over the
      // best kRemoteFacetDepth matches.
      // The spy sees every match, before collapsing: so must this count.
      Xapian::Enquire every(db);
      every.set_query(bq.query);
      every.set_weighting_scheme(Xapian::BM25Weight());
      const Xapian::MSet all = every.get_mset(0, kRemoteFacetDepth);
      for (auto it = all.begin(); it != all.end(); ++it) spy(it.get_document(), it.get_weight());
    }
    if (o.facets) r.facets = spy.result();

    std::vector<search::Candidate> candidates;
    candidates.reserve(mset.size());
    // The re-ranker breaks ties by article key: the collapse key, or when
    // copies collapse (a story key depends on the order the copies were
    // indexed in, so it would not rank alike in every layout) the article
    // value, which the re-ranker reads for tied candidates only.
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      candidates.push_back({*it, it.get_rank(), it.get_weight(), 0, it.get_collapse_key(), {}, {}});
      if (!by_story) candidates.back().tie_key = it.get_collapse_key();
    }
    const auto entities = search::query_entities(db, *pipeline, bq.analysis);
    // Remote: the candidates' documents in one batch (one round trip per
    // shard), for the re-ranker's kind feature and for the hits.
    if (remote) mset.fetch();
    search::rerank(db, mset, remote, candidates, entities, pipeline->query_intent(bq.analysis), o,
                   by_story ? std::optional<Xapian::valueno>(schema::kArticleSlot) : std::nullopt);

    std::vector<std::string> seen;  // article (or story) keys already shown
    std::size_t rank = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (!o.all_passages) {
        const std::string& key = candidates[i].article;
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(key);
      }
      ++rank;
      if (rank <= o.offset) continue;
      if (r.hits.size() >= o.limit) break;
      const search::Candidate& c = by_story ? representative(mset, candidates, i) : candidates[i];
      r.hits.push_back(make_hit(mset, c, rank, o));
      // Most stories have one article: the story term's frequency (the
      // collapse key is the story key) says so without reading the
      // article's first passage.
      if (by_story && db.get_termfreq(schema::kStory + c.article) >= 2) {
        const Hit& hit = r.hits.back();
        const search::StoryMember self{c.article, hit.date, hit.spun};
        if (auto copies = search::story_copies(db, schema::article_key(hit.article_id), &self))
          r.hits.back().copies = std::move(*copies);
      }
    }
    return r;
  }

  // The story's hit: its best candidate, or an unspun copy that scores at
  // least kUnspunShare of it (readers prefer the text as written).
  static constexpr double kUnspunShare = 0.9;
  static bool spun_doc(const Xapian::MSet& mset, const search::Candidate& c) {
    const std::string v = mset[c.mset_index].get_document().get_value(schema::kSpinSlot);
    return !v.empty() && Xapian::sortable_unserialise(v) >= schema::kSpunThreshold;
  }
  const search::Candidate& representative(const Xapian::MSet& mset, const std::vector<search::Candidate>& cands,
                                          std::size_t best) {
    const search::Candidate& b = cands[best];
    if (!spun_doc(mset, b)) return b;
    for (std::size_t j = best + 1; j < cands.size(); ++j) {
      const search::Candidate& c = cands[j];
      if (c.article != b.article) continue;
      if (c.score < kUnspunShare * b.score) break;
      if (!spun_doc(mset, c)) return c;
    }
    return b;
  }
};

Searcher::Searcher(const std::string& index_path)
    : impl_(std::make_unique<Impl>(std::vector<std::string>{index_path}, SearcherOptions{})) {}
Searcher::Searcher(const std::vector<std::string>& index_paths, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(index_paths, options)) {}
Searcher::Searcher(const std::vector<std::string>& index_paths, unsigned remote_timeout_ms, bool allow_partial)
    : Searcher(index_paths, SearcherOptions{"", remote_timeout_ms, allow_partial}) {}

const std::vector<std::string>& Searcher::warnings() const { return impl_->warnings; }
Searcher::~Searcher() = default;

void Searcher::reopen() {
  impl_->retrying("cannot reopen index", [&] { impl_->db.reopen(); });
}

SearchResult Searcher::search(const std::string& query, const SearchOptions& options) {
  return impl_->retrying("search failed", [&] { return impl_->run(query, options); });
}

PersonProfile Searcher::who(const std::string& name) {
  return impl_->retrying("search failed", [&] { return search::person_profile(impl_->db, name); });
}

DramaProfile Searcher::cast_of(const std::string& title) {
  return impl_->retrying("search failed", [&] { return search::drama_profile(impl_->db, title); });
}

std::optional<std::vector<Copy>> Searcher::copies_of(const std::string& article_id) {
  return impl_->retrying("search failed",
                         [&] { return search::story_copies(impl_->db, schema::article_key(article_id)); });
}

IndexStats Searcher::stats() {
  return impl_->retrying("search failed", [&] {
    IndexStats s;
    s.passages = impl_->db.get_doccount();
    const std::string prefix = schema::kArticle;
    for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) ++s.articles;
    s.schema_version = impl_->db.get_metadata(schema::kVersionKey);
    s.repair = impl_->pipeline->repair_enabled();
    s.databases = impl_->database_states();
    for (const auto& d : s.databases) {
      s.revision += d.revision.value_or(0);
      s.last_commit = std::max(s.last_commit, d.last_commit);  // ISO 8601 UTC sorts by time
    }
    return s;
  });
}

}  // namespace dramasearch
