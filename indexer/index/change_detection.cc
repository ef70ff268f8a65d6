#include "indexer/index/change_detection.h"

#include "indexer/index/schema.h"
#include "indexer/util/hash.h"

namespace dramasearch::index {

std::string content_hash(const Pipeline& pipeline, const Article& a, std::size_t max_words, bool stories) {
  std::uint64_t h = util::fnv1a64(pipeline.fingerprint());
  for (const std::string* f : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.format}) {
    h = util::fnv1a64(*f, h);
    h = util::fnv1a64(std::string_view("\x1f", 1), h);
  }
  h = util::fnv1a64(std::to_string(max_words), h);
  if (!stories) h = util::fnv1a64(std::string_view("\x1fno stories"), h);  // the default keeps older hashes
  return util::hex64(h);
}

std::vector<WriteJob> plan_writes(const Pipeline& pipeline, Shards& shards, const std::vector<Article>& articles,
                                  std::size_t max_words, std::vector<Indexer::Outcome>& outcomes, bool stories) {
  std::vector<WriteJob> jobs;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    if (a.id.empty()) {
      outcomes[i].error = a.origin + ": article has no id";
      continue;
    }
    WriteJob job{i, schema::article_key(a.id), content_hash(pipeline, a, max_words, stories), 0, std::nullopt};
    job.shard = shards.shard_of(job.key);
    job.indexed = shards[job.shard].lookup(job.key);
    if (job.indexed && job.indexed->hash == job.hash) {
      outcomes[i].result = AddResult::kUnchanged;
      continue;
    }
    jobs.push_back(std::move(job));
  }
  return jobs;
}

}  // namespace dramasearch::index
