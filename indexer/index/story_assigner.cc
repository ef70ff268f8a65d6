#include "indexer/index/story_assigner.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "indexer/index/schema.h"
#include "indexer/stories/similarity.h"

namespace dramasearch::index {
namespace {

constexpr Xapian::doccount kCandidates = 3;      // articles sharing the most min-hashes
constexpr std::size_t kMinSharedHashes = 3;      // one or two shared min-hashes are chance
constexpr std::size_t kMaxRecheckMembers = 500;  // bounds the pairwise re-grouping
constexpr double kGoodEnough = 0.8;              // a similarity that ends the search
// In an index with articles the table holds only the uncommitted (the
// snapshots show the rest) once it has this many entries.
constexpr std::size_t kMaxTableEntries = 20000;
// A bulk load keeps every article in the table up to this many (peak RSS
// grew by 0.7 KB per article at 100k, 1.1 KB at 1M): querying the growing
// staging index for each article instead cost a quarter of a 100k load.
constexpr std::size_t kMaxFullTableEntries = 1500000;
// A min-hash value shared by more articles than this is boilerplate (a
// stock sentence), not a sign of a copy: it is not looked up, so the cost
// of finding an article's candidates does not grow with the index.
constexpr Xapian::doccount kMaxHashArticles = 1000;

}  // namespace

StoryAssigner::StoryAssigner(Shards& shards) : shards_(shards), snapshots_(shards.size()) {
  // An index that starts empty (a bulk load) has all its articles in the
  // table until the table is full: no snapshot queries until then.
  for (std::size_t k = 0; k < shards_.size(); ++k) snapshot_needed_ = snapshot_needed_ || shards_[k].passage_count();
}

void StoryAssigner::begin_batch() {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto& s : snapshots_) s.reset();
  if (entries_.size() < (snapshot_needed_ ? kMaxTableEntries : kMaxFullTableEntries)) return;
  snapshot_needed_ = true;
  std::deque<Entry> kept;
  for (auto& e : entries_)
    if (shards_[e.shard].commits() <= e.generation) kept.push_back(std::move(e));
  entries_ = std::move(kept);
  by_hash_.clear();
  for (std::size_t n = 0; n < entries_.size(); ++n)
    for (std::size_t i = 0; i < entries_[n].minhashes.size(); ++i)
      by_hash_.add(i, entries_[n].minhashes[i], static_cast<std::uint32_t>(n));
}

std::vector<StoryAssigner::Candidate> StoryAssigner::from_snapshot(std::size_t shard, const std::string& key,
                                                                    const stories::Fingerprint& fp) {
  std::vector<Candidate> out;
  if (!snapshot_needed_) return out;
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      // The snapshot is brought to every shard's last commit, and no commit
      // completes until it has been read (ShardWriter::hold_commits).
      std::vector<std::shared_lock<std::shared_mutex>> held;
      for (std::size_t k = 0; k < shards_.size(); ++k) held.push_back(shards_[k].hold_commits());
      auto& snap = snapshots_[shard];
      if (!snap || attempt) {
        Xapian::Database db;
        for (std::size_t k = 0; k < shards_.size(); ++k) db.add_database(Xapian::Database(shards_[k].path()));
        snap = db;
      } else {
        snap->reopen();
      }
      std::vector<std::string> terms;
      for (std::size_t i = 0; i < fp.minhashes.size(); ++i) {
        std::string t = stories::minhash_term(schema::kStoryHash, i, fp.minhashes[i]);
        if (snap->get_termfreq(t) <= kMaxHashArticles) terms.push_back(std::move(t));
      }
      if (terms.size() < kMinSharedHashes) return out;
      Xapian::Enquire enquire(*snap);
      enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT,
                                      Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                                      Xapian::Query(schema::kArticle + key)));
      enquire.set_weighting_scheme(Xapian::CoordWeight());
      const Xapian::MSet mset = enquire.get_mset(0, kCandidates);
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        if (it.get_weight() < double(kMinSharedHashes)) break;
        const Xapian::Document doc = it.get_document();
        out.push_back({doc.get_value(schema::kArticleSlot), doc.get_value(schema::kStorySlot),
                       stories::decode_signature(doc.get_value(schema::kSignatureSlot)),
                       static_cast<std::size_t>(it.get_weight())});
      }
      return out;
    } catch (const Xapian::DatabaseModifiedError&) {
      out.clear();  // not expected under hold_commits; open afresh once
    } catch (const Xapian::Error&) {
      return {};  // no snapshot yet (a new index): only the table
    }
  }
  return out;
}

void StoryAssigner::add_table_candidates(const std::vector<std::uint32_t>& minhashes, const std::string& key,
                                         std::size_t from, std::vector<Candidate>& out) const {
  // Entries from number `from` on, counted by shared min-hashes: each
  // sighting listed, sorted, and counted by runs (a min-hash shared by
  // hundreds of articles makes thousands of sightings; a tree of counts
  // cost a sixth of a 1M load).
  std::vector<std::uint32_t> sightings;
  for (std::size_t i = 0; i < minhashes.size(); ++i) {
    if (by_hash_.count(i, minhashes[i]) > kMaxHashArticles) continue;
    by_hash_.for_each(i, minhashes[i], static_cast<std::uint32_t>(from),
                      [&](std::uint32_t n) { sightings.push_back(n); });
  }
  std::sort(sightings.begin(), sightings.end());
  std::vector<std::pair<std::size_t, std::size_t>> best_shared;  // (count, entry)
  for (std::size_t a = 0, b = 0; a < sightings.size(); a = b) {
    while (b < sightings.size() && sightings[b] == sightings[a]) ++b;
    if (b - a >= kMinSharedHashes && entries_[sightings[a]].key != key) best_shared.push_back({b - a, sightings[a]});
  }
  std::sort(best_shared.rbegin(), best_shared.rend());
  if (best_shared.size() > kCandidates) best_shared.resize(kCandidates);
  for (const auto& [count, n] : best_shared) {
    const Entry& e = entries_[n];
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Candidate& c) { return c.key == e.key; }), out.end());
    out.push_back({e.key, e.story, stories::decode_signature(e.signature), count});
  }
}

namespace {

// The story of the most similar confirmed copy among the candidates (else
// `key`). Most shared min-hashes first; candidates sharing less than half
// of the best one's are chance (a name or a boilerplate line), and a
// near-whole alignment ends the search: the sentence alignment is the
// costly part.
template <typename Candidates>
std::string best_copy(const std::string& key, const stories::Fingerprint& fp, Candidates& candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.shared > b.shared; });
  std::string story = key;
  double best = 0;
  for (const auto& c : candidates) {
    if (2 * c.shared < candidates.front().shared || best >= kGoodEnough) break;
    if (c.key == key || c.story.empty()) continue;
    const stories::Similarity s = stories::compare(fp.signature, c.signature);
    if (stories::same_story(s) && s.similarity > best) {
      best = s.similarity;
      story = c.story;
    }
  }
  return story;
}

}  // namespace

std::string StoryAssigner::story_for(std::size_t shard, const std::string& key, const stories::Fingerprint& fp) {
  if (fp.minhashes.empty() || fp.signature.empty()) return key;
  std::vector<Candidate> candidates = from_snapshot(shard, key, fp);
  const std::vector<std::uint32_t>& hashes = fp.minhashes;
  // The table's candidates are copied under the lock and aligned outside
  // it, so the shards' writers do not wait for each other's alignments.
  std::size_t seen = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    add_table_candidates(hashes, key, 0, candidates);
    seen = entries_.size();
  }
  std::string story = best_copy(key, fp, candidates);
  std::lock_guard<std::mutex> lock(mu_);
  // Articles another writer added meanwhile are looked at under the lock
  // (rarely any shares enough min-hashes), so that of two copies written at
  // once the later sees the earlier.
  if (entries_.size() > seen) {
    std::vector<Candidate> late;
    add_table_candidates(hashes, key, seen, late);
    if (!late.empty()) {
      for (auto& c : late) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate& d) { return d.key == c.key; }),
                         candidates.end());
        candidates.push_back(std::move(c));
      }
      story = best_copy(key, fp, candidates);
    }
  }
  Entry e{key, story, stories::encode_signature(fp.signature), {}, shard, shards_[shard].commits()};
  const auto n = static_cast<std::uint32_t>(entries_.size());
  for (std::size_t i = 0; i < hashes.size() && i < e.minhashes.size(); ++i) {
    e.minhashes[i] = hashes[i];
    by_hash_.add(i, hashes[i], n);
  }
  entries_.push_back(std::move(e));
  return story;
}

void recheck_stories(Shards& shards, const std::set<std::string>& stories) {
  if (stories.empty()) return;
  Xapian::Database db;
  for (std::size_t k = 0; k < shards.size(); ++k) db.add_database(shards[k].db());
  struct Member {
    std::string key;
    stories::Signature signature;
  };
  for (const auto& story : stories) {
    const std::string term = schema::kStory + story;
    std::vector<Member> members;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term) && members.size() < kMaxRecheckMembers; ++p) {
      const Xapian::Document doc = db.get_document(*p);
      members.push_back({doc.get_value(schema::kArticleSlot),
                         stories::decode_signature(doc.get_value(schema::kSignatureSlot))});
    }
    if (members.size() < 2) continue;
    // Group the members that still hold together (union-find).
    std::vector<std::size_t> parent(members.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](std::size_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j)
        if (find(i) != find(j) && stories::same_story(stories::compare(members[i].signature, members[j].signature)))
          parent[find(i)] = find(j);
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < members.size(); ++i) groups[find(i)].push_back(i);
    if (groups.size() < 2) continue;
    // The group holding the story's own article (else the largest) keeps
    // the key; each other group takes its smallest member key.
    std::size_t keeper = groups.begin()->first;
    for (const auto& [root, list] : groups) {
      const bool has_root =
          std::any_of(list.begin(), list.end(), [&](std::size_t i) { return members[i].key == story; });
      if (has_root) {
        keeper = root;
        break;
      }
      if (list.size() > groups[keeper].size()) keeper = root;
    }
    for (const auto& [root, list] : groups) {
      if (root == keeper) continue;
      std::string key = members[list.front()].key;
      for (std::size_t i : list) key = std::min(key, members[i].key);
      for (std::size_t i : list) shards[shards.shard_of(members[i].key)].set_story(members[i].key, key);
    }
  }
}

std::set<std::string> touched_stories(Shards& shards) {
  std::set<std::string> out;
  for (std::size_t k = 0; k < shards.size(); ++k) out.merge(shards[k].take_touched_stories());
  return out;
}

}  // namespace dramasearch::index
