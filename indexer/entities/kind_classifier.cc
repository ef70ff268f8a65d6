#include "indexer/entities/kind_classifier.h"

#include <unordered_map>

namespace dramasearch::entities {
namespace {

struct Weights {
  double scene = 0, cast = 0;
};

// One lookup per word: each cue word with its weight for both kinds, and
// two-word cues by their first word (few words start one).
struct Cues {
  std::unordered_map<std::string, Weights> words;
  std::unordered_map<std::string, std::unordered_map<std::string, Weights>> pairs;  // first -> second
};

const Cues& cues() {
  static const Cues c = [] {
    Cues c;
    auto scene = [&](const char* w, double x) { c.words[w].scene = x; };
    auto cast = [&](const char* w, double x) { c.words[w].cast = x; };
    auto scene2 = [&](const char* a, const char* b, double x) { c.pairs[a][b].scene = x; };
    auto cast2 = [&](const char* a, const char* b, double x) { c.pairs[a][b].cast = x; };
    // Production and footage words: what a scene/filming passage talks about.
    for (const char* w : {"scene", "scenes", "stills", "still", "behind", "making", "bts", "footage", "bloopers",
                          "blooper", "rehearsal", "rehearsing", "rehearsed", "outtakes"})
      scene(w, 2.0);
    for (const char* w : {"filming", "filmed", "shoot", "shooting", "shot", "set", "camera", "cameras", "take",
                          "takes", "episode", "episodes", "location", "director's", "cue", "cut", "props"})
      scene(w, 1.0);
    for (const char* w : {"kiss", "hug", "rain", "rooftop", "beach", "tears", "crying", "cried", "laughed",
                          "laughter", "moment", "moments", "clip", "clips", "video", "teaser"})
      scene(w, 0.5);
    scene2("on", "set", 1.5);
    scene2("the", "set", 1.0);
    scene2("behind", "the", 1.0);
    scene2("making", "of", 1.5);
    // Casting vocabulary.
    for (const char* w : {"cast", "casting", "lineup", "line", "plays", "portrays", "starring", "role", "roles"})
      cast(w, 2.0);
    for (const char* w : {"play", "playing", "played", "portray", "portraying", "character", "characters", "star",
                          "stars", "join", "joins", "joined", "confirmed", "offer", "offered", "lead", "leads",
                          "cameo", "debut", "protagonist", "ensemble"})
      cast(w, 1.0);
    cast2("cast", "as", 2.0);
    cast2("will", "play", 1.5);
    cast2("takes", "on", 1.0);
    cast2("role", "of", 1.0);
    cast2("the", "cast", 0.5);
    return c;
  }();
  return c;
}

}  // namespace

void classify_kind(std::size_t count, const std::function<const std::string&(std::size_t)>& term,
                   PassageInfo& info) {
  const Cues& c = cues();
  double scene = 0, cast = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const std::string& w = term(k);
    if (auto it = c.words.find(w); it != c.words.end()) scene += it->second.scene, cast += it->second.cast;
    if (k + 1 < count)
      if (auto first = c.pairs.find(w); first != c.pairs.end())
        if (auto it = first->second.find(term(k + 1)); it != first->second.end())
          scene += it->second.scene, cast += it->second.cast;
  }
  // A passage that says who plays whom is a cast passage on that alone.
  for (const auto& credit : info.cast) cast += credit.character.empty() ? 0.5 : 2.0;
  info.scene_score = scene;
  info.cast_score = cast;
  if (scene < kMinKindScore && cast < kMinKindScore) info.kind = PassageKind::kOther;
  else info.kind = scene >= cast ? PassageKind::kScene : PassageKind::kCast;
}

PassageKind query_intent(std::size_t count, const std::function<const std::string&(std::size_t)>& term) {
  PassageInfo info;
  classify_kind(count, term, info);
  // Queries are short: one cue word is enough.
  if (info.scene_score >= 1.0 && info.scene_score >= info.cast_score) return PassageKind::kScene;
  if (info.cast_score >= 1.0) return PassageKind::kCast;
  for (std::size_t k = 0; k < count; ++k)
    if (term(k) == "who" || term(k) == "whom") return PassageKind::kCast;
  return PassageKind::kOther;
}

}  // namespace dramasearch::entities
