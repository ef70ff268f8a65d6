#include "dramasearch/searcher.h"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "dramasearch/error.h"
#include "dramasearch/pipeline.h"
#include "index/database.h"
#include "index/schema.h"
#include "search/query_builder.h"

namespace dramasearch {

struct Searcher::Impl {
  std::string path;
  Xapian::Database db;
  std::unique_ptr<Pipeline> pipeline;

  explicit Impl(const std::string& p) : path(p), db(index::open_readable(p)) {
    // Analyse queries exactly as the index's documents were analysed.
    Pipeline::Options opts;
    opts.repair = db.get_metadata(schema::kRepairKey) != "off";
    pipeline = std::make_unique<Pipeline>(opts);
  }

  Hit make_hit(const Xapian::MSet& mset, const Xapian::MSetIterator& it, const SearchOptions& o) {
    Hit h;
    h.rank = it.get_rank() + 1;
    h.score = it.get_weight();
    const Xapian::Document doc = it.get_document();
    nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (data.is_discarded() || !data.is_object()) throw Error(path + ": corrupt document data");
    h.article_id = data.value("article_id", "");
    h.passage = data.value("passage", std::size_t{0});
    h.passage_id = h.article_id + "#" + std::to_string(h.passage);
    h.title = data.value("title", "");
    h.date = data.value("date", "");
    h.source = data.value("source", "");
    h.url = data.value("url", "");
    h.text = data.value("text", "");
    h.spin_score = data.value("spin", 0.0);
    h.spun = h.spin_score >= schema::kSpunThreshold;
    if (o.original_text) {
      h.text = data.value("original", h.text);
      h.title = data.value("original_title", h.title);
    }
    h.snippet = mset.snippet(h.text, o.snippet_chars, Xapian::Stem("english"),
                             Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                             o.highlight_start, o.highlight_end, "...");
    return h;
  }

  SearchResult run(const std::string& query, const SearchOptions& o) {
    SearchResult r;
    search::BuiltQuery bq = search::build_query(db, *pipeline, query, o);
    r.query_text = bq.query_text;
    r.parsed_query = bq.query.get_description();
    Xapian::Enquire enquire(db);
    enquire.set_query(bq.query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    if (!o.all_passages) enquire.set_collapse_key(schema::kArticleSlot);
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(o.offset),
                                               static_cast<Xapian::doccount>(o.limit));
    r.total_estimate = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) r.hits.push_back(make_hit(mset, it, o));
    return r;
  }
};

Searcher::Searcher(const std::string& index_path) : impl_(std::make_unique<Impl>(index_path)) {}
Searcher::~Searcher() = default;

void Searcher::reopen() { impl_->db.reopen(); }

SearchResult Searcher::search(const std::string& query, const SearchOptions& options) {
  // A writer may commit while we read; Xapian then asks us to reopen.
  for (int attempt = 0;; ++attempt) {
    try {
      return impl_->run(query, options);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 3) throw Error(impl_->path + ": index keeps changing under the search; try again");
      impl_->db.reopen();
    } catch (const Xapian::Error& e) {
      throw Error(impl_->path + ": search failed: " + e.get_description());
    }
  }
}

IndexStats Searcher::stats() {
  IndexStats s;
  s.passages = impl_->db.get_doccount();
  const std::string prefix = schema::kArticle;
  for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) ++s.articles;
  s.schema_version = impl_->db.get_metadata(schema::kVersionKey);
  s.last_commit = impl_->db.get_metadata(schema::kLastCommitKey);
  s.repair = impl_->pipeline->repair_enabled();
  return s;
}

}  // namespace dramasearch
