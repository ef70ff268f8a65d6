// The spin-repair matcher: finds spun phrases in a token stream and decides
// which to repair.
//
// All phrases (lexicon entries, context-rule keys, forward-spun gazetteer
// names) live in one trie over case-folded tokens; matching is greedy
// leftmost-longest, so the work is linear in the number of tokens times the
// longest phrase. Korean names not in the gazetteer are caught by a second,
// pattern-based matcher (family name + given-name syllables, where a
// syllable was swapped for an English word: "Kim Ji Received").
#pragma once

#include <memory>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dramasearch/analysis.h"
#include "indexer/lexicon/spin_data.h"
#include "indexer/repair/context_rule.h"
#include "indexer/text/phrase_trie.h"

namespace dramasearch::repair {

using lexicon::SpinClass;
using lexicon::SpinData;

// Why a candidate was found and, for an applied one, what decided it:
// kEvidence is a lexicon swap of an ordinary word applied because the
// article around it is densely spun.
enum class Reason { kLexicon, kName, kContext, kEvidence };
const char* reason_name(Reason r);

struct Candidate {
  std::size_t first = 0;   // first token
  std::size_t count = 0;   // tokens covered
  std::string replacement; // original wording, case restored
  SpinClass cls = SpinClass::kSure;
  Reason reason = Reason::kLexicon;
  bool observed = false;  // the swap was seen often enough in real spun text
  // More plausible originals (lexicon rows after the first for the same spun
  // form): indexed as alternates, never displayed.
  const std::vector<std::string>* more = nullptr;
  // The spun form matched (a lexicon row's trie node), -1 for a name or a
  // context rule: repeats of one form count once in the evidence.
  std::int64_t form = -1;
};

struct RepairTuning {
  // Article spin evidence (see evidence()) above which "likely" forms are
  // repaired in the displayed text.
  double likely_threshold = 0.006;
  // Evidence above which "ambiguous" swaps observed in real spun text are
  // repaired too: in a text this densely spun, a form the spinner is known
  // to produce is far more often a swap than the author's word.
  double observed_threshold = 0.02;
  // Sightings before an ordinary word is repaired on evidence: alignment
  // noise and the spinner's rarer choices ("second" for "moment") stay
  // below this; its frequent habits ("within", "mentioned") do not.
  int min_observed = 4;
  // Weight of a "likely" hit in the evidence relative to a "sure" one.
  double likely_weight = 0.25;
  // Token count below which evidence is computed as if the text had this
  // many tokens (a short text with one sure hit is not 100% spun).
  double min_tokens = 60;
  // A spun phrase of several words is a stronger sign of a spinner than one
  // odd word: each word past the first adds this much to its hit.
  double phrase_bonus = 0.5;
  // Weight of an ordinary word in its observed spun sense: common in both
  // kinds of text, it counts only a little towards the evidence.
  double observed_weight = 0.1;
  // Evidence below which uncertain ("ambiguous") candidates are not even
  // indexed as alternates: an unspun article should not match words it
  // never said.
  double index_threshold = 0.002;

  // The context judge (see context_judge.h), in log10 units of how much
  // better the original reads than the spun words between their
  // neighbours. A displayed lexicon edit is held back (indexed only) when
  // the spun words read better by more than this; a "sure" form needs a
  // clearer verdict, since it is rarely an author's own wording (negative:
  // never held back).
  double judge_veto = 0.0;
  double judge_veto_sure = 1.0;
  // A later original of a several-original row is displayed instead of the
  // first when it reads better than the first by this much.
  double judge_choose = 0.5;
  // A candidate below the display threshold (a rare or ambiguous row) is
  // displayed when the article has at least index_threshold evidence (or
  // the candidate is a several-word likely phrase) and the original reads
  // better by this much (ten times more likely at 1.0).
  double judge_admit = 1.5;
  // In a lightly spun article most words the spinner could have swapped
  // are the author's own, so the judge asks for more before it shows an
  // uncertain edit: veto and admit thresholds rise by judge_light_slope
  // for every tenfold fall of the article's evidence below
  // judge_light_reference (a densely spun article needs nothing extra).
  double judge_light_reference = 0.05;
  double judge_light_slope = 1.0;
  // Texts shorter than this without article context (queries) are not
  // judged: too little context, and a one-shot query should not wait for
  // the model to load.
  std::size_t judge_min_tokens = 20;
};

// What to do with one candidate in one text.
struct Decision {
  bool apply = false;        // change the displayed text
  bool index = false;        // index the originals at the spun words' position
  Reason reason = Reason::kLexicon;
  std::string replacement;   // the original to display (or index first)
  std::vector<std::string> others;  // further originals, index only
};

class Repairer {
 public:
  explicit Repairer(const SpinData& data, RepairTuning tuning = {});
  ~Repairer();

  // Candidates in order, non-overlapping, over the tokens of `text`.
  std::vector<Candidate> find(std::string_view text, const std::vector<Token>& tokens) const;

  // Spin evidence of a text from its candidates: weighted density of
  // unmistakable spun forms.
  double evidence(const std::vector<Candidate>& candidates, std::size_t token_count) const;

  // True if the candidate should change the displayed text given the
  // article's evidence; false leaves it as an indexed alternate only.
  bool should_apply(const Candidate& c, double evidence) const;

  // True if the original wording of a candidate that is not applied should
  // still be indexed at its position (the index threshold, below the
  // display one).
  bool should_index(const Candidate& c, double evidence) const;

  // The decision for each candidate: the thresholds above, then, if
  // `judge` and the shared context judge is available, its verdict on
  // the candidate's neighbours (veto, choice among originals, admission of
  // low-evidence candidates; reason "context" where it decided).
  std::vector<Decision> decide(const std::vector<Token>& tokens, const std::vector<Candidate>& candidates,
                               double evidence, bool judge) const;

  const RepairTuning& tuning() const { return tuning_; }

 private:
  // What a trie node (a spun phrase) stands for.
  struct Node {
    std::int32_t lex = -1;             // index into lex_
    std::int32_t name = -1;            // index into names_
    std::vector<std::uint32_t> rules;  // indexes into rules_
  };
  struct NameEntry { std::string name; };
  struct LexEntry {
    std::string original;
    SpinClass cls;
    bool observed;  // seen at least min_observed times in real spun text, mostly for `original`
    std::vector<std::string> more;  // further originals, index only
    int count = 0;  // sightings of this spun form for `original`
    int total = 0;  // sightings for any original
  };

  Node& insert(const std::vector<std::string>& terms);
  void add_names(const SpinData& data);
  void guard_evidence_swaps(const std::unordered_map<std::string, std::size_t>& single);
  // True if the candidate is one word whose original is a given-name
  // syllable, after a family name or another syllable ("Chae Received":
  // Won): a Korean name, which the judge may still read.
  bool given_name_syllable(const std::vector<Token>& tokens, const Candidate& c) const;
  bool match_name_pattern(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                          Candidate& out) const;
  // `first`: the word begins the name (it need not continue a phrase).
  // `lower_case`: the word may be written lower case (after a hyphen).
  std::size_t spun_syllable_at(const std::vector<Token>& tokens, std::size_t i, std::string& syllable,
                               bool first = false, bool lower_case = false) const;

  RepairTuning tuning_;
  text::PhraseTrie trie_;
  std::vector<Node> nodes_;  // by trie node
  std::vector<LexEntry> lex_;
  std::vector<NameEntry> names_;
  std::vector<ContextRule> rules_;
  std::unordered_set<std::string> family_names_;       // folded
  std::unordered_set<std::string> syllables_;          // folded
  // folded spun-form phrase -> syllable as written ("received" -> "Won")
  std::vector<std::pair<std::vector<std::string>, std::string>> syllable_spins_;
};

// Restores the case pattern of the spun words onto the replacement.
std::string restore_case(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                         const std::string& replacement);

}  // namespace dramasearch::repair
