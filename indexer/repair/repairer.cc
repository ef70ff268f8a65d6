#include "indexer/repair/repairer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "indexer/repair/context_judge.h"
#include "indexer/text/segment.h"
#include "indexer/text/tokens.h"

namespace dramasearch::repair {

using text::phrase_terms;

const char* reason_name(Reason r) {
  switch (r) {
    case Reason::kLexicon: return "lexicon";
    case Reason::kName: return "name";
    case Reason::kContext: return "context";
    case Reason::kEvidence: return "article evidence";
  }
  return "lexicon";
}

Repairer::Repairer(const SpinData& data, RepairTuning tuning) : tuning_(tuning) {
  std::unordered_map<std::string, std::size_t> single;  // one-word spun form -> lex_ index
  for (const auto& row : data.lexicon) {
    const auto terms = phrase_terms(row.spun);
    if (terms.empty()) continue;
    Node& n = insert(terms);
    if (terms.size() == 1 && n.lex < 0) single.emplace(terms[0], lex_.size());
    if (n.lex >= 0) {  // the first row is displayed, the others only indexed
      auto& e = lex_[n.lex];
      e.total += row.observed;
      if (e.original == row.original ||
          std::find(e.more.begin(), e.more.end(), row.original) != e.more.end())
        continue;
      e.more.push_back(row.original);
      continue;
    }
    n.lex = static_cast<std::int32_t>(lex_.size());
    // Numbers are too common in news for a digit to be taken as a swapped
    // number word on evidence alone ("episode 2"); they stay alternates.
    const bool numeric = terms.size() == 1 && terms[0].find_first_not_of("0123456789") == std::string::npos;
    lex_.push_back({row.original, row.cls, !numeric, {}, row.observed, row.observed});
  }
  // An ordinary word is repaired on evidence only if it was seen often
  // enough for its displayed original, and that original is most of its
  // sightings: a form the spinner writes for several words ("previous" for
  // old, past, last, former, prior) names none of them reliably; its
  // originals stay alternates unless the context judge picks one.
  for (auto& e : lex_)
    e.observed = e.observed && e.count >= tuning_.min_observed && 2 * e.count > e.total;
  guard_evidence_swaps(single);
  for (const auto& row : data.rules) {
    const auto terms = phrase_terms(row.spun);
    if (terms.empty()) continue;
    rules_.emplace_back(row.pattern, row.original);
    insert(terms).rules.push_back(static_cast<std::uint32_t>(rules_.size() - 1));
  }
  for (const auto& f : data.family_names) family_names_.insert(text::fold_case(f));
  for (const auto& s : data.syllables) {
    syllables_.insert(text::fold_case(s.syllable));
    for (const auto& spun : s.spun_forms) {
      auto terms = phrase_terms(spun);
      if (!terms.empty()) syllable_spins_.emplace_back(std::move(terms), s.syllable);
    }
  }
  // Longest spun form first so "Web optimization" beats "Web".
  std::stable_sort(syllable_spins_.begin(), syllable_spins_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  add_names(data);
}

Repairer::~Repairer() = default;

namespace {
// Closed-class words: so frequent in any English text that how densely an
// article is spun says nothing about one of them ("can" for "will", "on"
// for "at"); only a context rule may change them in the displayed text.
const std::unordered_set<std::string>& function_words() {
  static const std::unordered_set<std::string> words{
      "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
      "been", "before", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
      "even", "every", "for", "from", "had", "has", "have", "he", "her", "his", "if", "in", "into",
      "is", "it", "its", "just", "like", "many", "may", "might", "more", "most", "much", "must",
      "no", "not", "of", "on", "once", "only", "or", "other", "over", "shall", "she", "should",
      "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
      "these", "they", "this", "those", "though", "through", "to", "too", "under", "until", "up",
      "upon", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
      "will", "with", "would", "you"};
  return words;
}
}  // namespace

// Evidence alone does not apply a swap of a function word, nor one half of
// a swap observed both ways ("feelings" <-> "emotions", "film" <-> "movie"):
// a spinner that turns each into the other leaves no way to tell which one
// the author wrote.
void Repairer::guard_evidence_swaps(const std::unordered_map<std::string, std::size_t>& single) {
  for (const auto& [spun, idx] : single) {
    LexEntry& e = lex_[idx];
    if (!e.observed) continue;
    if (function_words().count(spun)) {
      e.observed = false;
      continue;
    }
    auto back = single.find(text::fold_case(e.original));
    if (back != single.end() && text::fold_case(lex_[back->second].original) == spun) e.observed = false;
  }
}

Repairer::Node& Repairer::insert(const std::vector<std::string>& terms) {
  const auto id = trie_.insert(terms);
  if (nodes_.size() < trie_.size()) nodes_.resize(trie_.size());
  return nodes_[id];
}

// Forward-spins every gazetteer name with the inverted lexicon and the
// syllable map, so that "Music Financial institution" and "Kim Ji Received"
// are known spellings of "Music Bank" and "Kim Ji Won".
void Repairer::add_names(const SpinData& data) {
  // original single word -> spun forms (folded token lists)
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> spins;
  for (const auto& row : data.lexicon) {
    const auto orig = phrase_terms(row.original);
    if (orig.size() != 1) continue;
    auto spun = phrase_terms(row.spun);
    if (!spun.empty()) spins[orig[0]].push_back(std::move(spun));
  }
  for (const auto& s : data.syllables)
    for (const auto& spun : s.spun_forms) {
      auto terms = phrase_terms(spun);
      if (!terms.empty()) spins[text::fold_case(s.syllable)].push_back(std::move(terms));
    }
  constexpr std::size_t kMaxVariants = 24;
  for (const auto& g : data.gazetteer) {
    const auto words = phrase_terms(g.name);
    if (words.empty()) continue;
    std::vector<std::vector<std::string>> variants{{}};
    for (const auto& w : words) {
      std::vector<std::vector<std::string>> next;
      auto it = spins.find(w);
      for (const auto& v : variants) {
        auto keep = v;
        keep.push_back(w);
        next.push_back(std::move(keep));
        if (it == spins.end()) continue;
        for (const auto& spun : it->second) {
          if (next.size() >= kMaxVariants) break;
          auto sv = v;
          sv.insert(sv.end(), spun.begin(), spun.end());
          next.push_back(std::move(sv));
        }
      }
      variants = std::move(next);
    }
    for (const auto& v : variants) {
      if (v == words) continue;
      Node& n = insert(v);
      if (n.name >= 0) continue;
      n.name = static_cast<std::int32_t>(names_.size());
      names_.push_back({g.name});
    }
  }
}

namespace {
std::vector<std::string> split_on_spaces(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}
}  // namespace

std::string restore_case(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                         const std::string& replacement) {
  bool shout = count > 0;
  for (std::size_t k = first; k < first + count; ++k)
    if (!tokens[k].caps) shout = false;
  if (shout) return text::to_upper(replacement);
  bool title_case = count > 1;
  for (std::size_t k = first; k < first + count && title_case; ++k) title_case = tokens[k].upper;
  if (title_case) {
    // "Tenting Automotive" -> "Camping Car": every word capitalized.
    std::string out;
    for (const auto& w : split_on_spaces(replacement)) {
      if (!out.empty()) out += ' ';
      out += text::capitalize_first(w);
    }
    return out;
  }
  if (count > 0 && tokens[first].upper) return text::capitalize_first(replacement);
  return replacement;
}

namespace {
// A term with a possessive "'s" ("optimization's").
bool possessive(const std::string& term) {
  return term.size() > 2 && term.compare(term.size() - 2, 2, "'s") == 0;
}
// "'s" if the term is a possessive, else "".
std::string possessive_of(const std::string& term) { return possessive(term) ? "'s" : ""; }
}  // namespace

// Length in tokens of a spun given-name syllable starting at token i
// ("Received" -> Won, "Web optimization" -> Seo), 0 if none.
std::size_t Repairer::spun_syllable_at(const std::vector<Token>& tokens, std::size_t i, std::string& syllable,
                                       bool first, bool lower_case) const {
  if (i >= tokens.size() || (!tokens[i].upper && !lower_case) || (!first && !tokens[i].joined)) return 0;
  for (const auto& [terms, syl] : syllable_spins_) {
    if (i + terms.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < terms.size() && ok; ++k) {
      // The last word may carry a possessive ("Web optimization's").
      const std::string& t = tokens[i + k].term;
      const bool same = t == terms[k] || (k + 1 == terms.size() && possessive(t) &&
                                          t.compare(0, t.size() - 2, terms[k]) == 0);
      ok = same && (k == 0 || tokens[i + k].joined);
    }
    if (ok) {
      syllable = syl;
      return terms.size();
    }
  }
  return 0;
}

// A Korean name whose given-name syllables were spun: a capitalized family
// name followed by one or two capitalized syllables, at least one of them an
// English word the spinner put for a syllable.
bool Repairer::match_name_pattern(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                  Candidate& out) const {
  const Token& fam = tokens[i];
  if (!fam.upper) return false;
  std::string replacement;
  std::size_t j = i + 1;
  int syllables = 0, spun = 0, genuine = 0;
  bool phrase = false;  // a syllable spun into several words ("Web optimization")
  if (family_names_.count(fam.term)) {
    replacement = text::surface(text, fam);
  } else {
    // A family name the spinner swapped for a word ("Okay Ji Received" is
    // Ok Ji Won, "Tune Ha Rin" Song Ha Rin): the syllable map names it.
    std::string syl;
    const std::size_t n = spun_syllable_at(tokens, i, syl, true);
    if (n == 0 || !family_names_.count(text::fold_case(syl))) {
      // A short form ("Eun Seo" for Yoo Eun Seo) whose syllable the spinner
      // turned into a phrase no one writes after a name ("Eun Web
      // optimization's younger sister"): a genuine syllable, then a spun
      // form of two words or more.
      if (!syllables_.count(fam.term) || i + 1 >= tokens.size() || !tokens[i + 1].joined || !tokens[i + 1].upper)
        return false;
      const std::size_t m = spun_syllable_at(tokens, i + 1, syl);
      if (m < 2) return false;
      out.first = i;
      out.count = 1 + m;
      out.replacement = std::string(text::surface(text, fam)) + ' ' + syl + possessive_of(tokens[i + m].term);
      out.cls = SpinClass::kSure;
      out.reason = Reason::kName;
      return true;
    }
    replacement = syl;
    j = i + n;
    ++spun;
  }
  // "Hong Seok-received": a syllable joined by a hyphen is written lower case.
  auto hyphened = [&](std::size_t k) {
    const std::size_t end = tokens[k - 1].offset + tokens[k - 1].length;
    return tokens[k].offset == end + 1 && text[end] == '-';
  };
  while (syllables < 2 && j < tokens.size() && tokens[j].joined) {
    const bool hyphen = hyphened(j);
    if (!tokens[j].upper && !hyphen) break;
    std::string syl;
    if (std::size_t n = spun_syllable_at(tokens, j, syl, false, hyphen)) {
      replacement += hyphen ? '-' + text::fold_case(syl) : ' ' + syl;
      replacement += possessive_of(tokens[j + n - 1].term);
      j += n;
      ++spun;
      phrase = phrase || n >= 2;
    } else if (syllables_.count(tokens[j].term)) {
      replacement += hyphen ? '-' : ' ';
      replacement += text::surface(text, tokens[j]);
      ++j;
      ++genuine;
    } else {
      break;
    }
    ++syllables;
  }
  // At least one given-name syllable must be genuine: a family name followed
  // only by swapped words is too often a Title Case headline ("Kim Received
  // Praise"); such two-syllable names are left to the gazetteer. A syllable
  // spun into a phrase no headline has ("Eun Web optimization's") is enough.
  if (spun == 0 || (genuine == 0 && !phrase)) return false;
  // A swapped family name needs both given-name syllables after it: "Tune
  // In" is a phrase, "Tune Ha Rin" a name.
  if (!family_names_.count(fam.term) && syllables < 2) return false;
  // Only the syllables up to the last spun one belong to the edit.
  out.first = i;
  out.count = j - i;
  out.replacement = replacement;
  out.cls = SpinClass::kSure;
  out.reason = Reason::kName;
  return true;
}

std::vector<Candidate> Repairer::find(std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < tokens.size();) {
    // Longest acceptable trie match starting at i.
    Candidate best;
    auto cur = text::PhraseTrie::kRoot;
    for (std::size_t j = i; j < tokens.size(); ++j) {
      if (j > i && !tokens[j].joined) break;
      cur = trie_.step(cur, tokens[j].term);
      if (cur == text::PhraseTrie::kNone) break;
      const Node& n = nodes_[cur];
      const std::size_t count = j - i + 1;
      if (n.name >= 0 && tokens[i].upper) {
        best = {i, count, names_[n.name].name, SpinClass::kSure, Reason::kName};
        continue;
      }
      bool ruled = false;
      for (auto r : n.rules)
        if (rules_[r].matches(tokens, i, count)) {
          best = {i, count, restore_case(tokens, i, count, rules_[r].original()), SpinClass::kSure,
                  Reason::kContext};
          ruled = true;
          break;
        }
      if (!ruled && n.lex >= 0) {
        const LexEntry& e = lex_[n.lex];
        best = {i, count, restore_case(tokens, i, count, e.original), e.cls, Reason::kLexicon, e.observed,
                e.more.empty() ? nullptr : &e.more, static_cast<std::int64_t>(cur)};
      }
    }
    Candidate name;
    if (match_name_pattern(text, tokens, i, name) && name.count >= best.count) best = name;
    if (best.count == 0) {
      ++i;
      continue;
    }
    i += best.count;
    out.push_back(std::move(best));
  }
  return out;
}

double Repairer::evidence(const std::vector<Candidate>& candidates, std::size_t token_count) const {
  double hits = 0;
  // A word a human may write counts once however often the text repeats
  // it: an unspun article that says "scholar" four times is not spun by
  // that alone (a sure form, which no human writes, counts every time).
  std::unordered_set<std::int64_t> counted;
  for (const auto& c : candidates) {
    const double phrase = 1 + tuning_.phrase_bonus * static_cast<double>(c.count - 1);
    if (c.cls == SpinClass::kSure) hits += phrase;
    else if (c.form >= 0 && !counted.insert(c.form).second) continue;
    else if (c.cls == SpinClass::kLikely) hits += c.count > 1 ? phrase : tuning_.likely_weight;
    else if (c.observed) hits += tuning_.observed_weight;
  }
  return hits / std::max<double>(static_cast<double>(token_count), tuning_.min_tokens);
}

bool Repairer::given_name_syllable(const std::vector<Token>& tokens, const Candidate& c) const {
  if (c.count != 1 || c.first == 0) return false;
  const std::string& before = tokens[c.first - 1].term;
  if (!family_names_.count(before) && !syllables_.count(before)) return false;
  if (syllables_.count(text::fold_case(c.replacement))) return true;
  return c.more && std::any_of(c.more->begin(), c.more->end(),
                               [&](const std::string& o) { return syllables_.count(text::fold_case(o)) > 0; });
}

bool Repairer::should_apply(const Candidate& c, double evidence) const {
  switch (c.cls) {
    case SpinClass::kSure: return true;
    case SpinClass::kLikely: return evidence >= tuning_.likely_threshold;
    case SpinClass::kAmbiguous: return c.observed && evidence >= tuning_.observed_threshold;
  }
  return false;
}

bool Repairer::should_index(const Candidate& c, double evidence) const {
  return c.cls != SpinClass::kAmbiguous || c.reason != Reason::kLexicon || evidence >= tuning_.index_threshold;
}

namespace {
// Up to two folded words on each side of tokens [first, first+count), not
// across sentence punctuation or line breaks.
void neighbours(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                std::vector<std::string>& left, std::vector<std::string>& right) {
  left.clear();
  right.clear();
  for (std::size_t k = first; k > 0 && left.size() < 2 && tokens[k].joined; --k)
    left.insert(left.begin(), tokens[k - 1].term);
  for (std::size_t k = first + count; k < tokens.size() && right.size() < 2 && tokens[k].joined; ++k)
    right.push_back(tokens[k].term);
}
// True if tokens [first, first+count) are capitalized words of a name or
// title written inside ordinary prose ("... in Courtroom Blue, which"): a
// capitalized neighbour continues them, and most words of their clause
// (the run of joined words around them) are lower case, so the clause is
// not a Title Case headline. A language model judges English, not names.
bool in_name_within_prose(const std::vector<Token>& tokens, std::size_t first, std::size_t count) {
  if (!tokens[first].upper) return false;
  const std::size_t end = first + count;
  const bool before = first > 0 && tokens[first].joined && tokens[first - 1].upper;
  const bool after = end < tokens.size() && tokens[end].joined && tokens[end].upper;
  if (!before && !after) return false;
  std::size_t b = first, e = end;
  while (b > 0 && tokens[b].joined) --b;
  while (e < tokens.size() && tokens[e].joined) ++e;
  std::size_t upper = 0;
  for (std::size_t k = b; k < e; ++k) upper += tokens[k].upper ? 1 : 0;
  return 2 * upper < e - b;
}

}  // namespace

std::vector<Decision> Repairer::decide(const std::vector<Token>& tokens, const std::vector<Candidate>& candidates,
                                       double evidence, bool judge) const {
  std::vector<Decision> out;
  out.reserve(candidates.size());
  const ContextJudge* judge_ptr = nullptr;
  if (judge) {
    const ContextJudge& j = ContextJudge::shared();
    if (j.available()) judge_ptr = &j;
  }
  std::vector<std::string> left, right, spun;
  const double light = evidence > 0 && evidence < tuning_.judge_light_reference
                           ? tuning_.judge_light_slope * std::log10(tuning_.judge_light_reference / evidence)
                           : evidence > 0 ? 0.0 : tuning_.judge_light_slope * 3;
  for (const auto& c : candidates) {
    Decision d;
    d.apply = should_apply(c, evidence);
    d.index = d.apply || should_index(c, evidence);
    d.reason = c.reason;
    d.replacement = c.replacement;
    if (c.more) d.others = *c.more;
    // The judge is asked only where its answer can change something: an
    // edit it may hold back, or a candidate it may admit (never in an
    // article without spin evidence). Names and context rules are decided
    // by their own patterns; the model knows neither Korean names nor the
    // spinners' idioms.
    const bool can_veto = d.apply && (c.cls != SpinClass::kSure || tuning_.judge_veto_sure >= 0);
    // A spun phrase of several words from a likely row is evidence of its
    // own: it may be admitted even where little else in the text is spun
    // (a spinner that swaps few words per article).
    const bool phrase = c.count > 1 && c.cls == SpinClass::kLikely;
    const bool can_admit = !d.apply && (evidence >= tuning_.index_threshold || phrase) &&
                           (!in_name_within_prose(tokens, c.first, c.count) || given_name_syllable(tokens, c));
    if (!judge_ptr || c.reason != Reason::kLexicon || !(can_veto || can_admit)) {
      out.push_back(std::move(d));
      continue;
    }
    neighbours(tokens, c.first, c.count, left, right);
    // With no neighbour the model would only say which word is commoner.
    if (left.empty() && right.empty()) {
      out.push_back(std::move(d));
      continue;
    }
    spun.clear();
    for (std::size_t k = c.first; k < c.first + c.count; ++k) spun.push_back(tokens[k].term);
    auto pref = judge_ptr->preference(left, text::phrase_terms(c.replacement), spun, right);
    // Choose among several originals by how they read here.
    if (c.more) {
      std::size_t chosen = c.more->size();
      for (std::size_t m = 0; m < c.more->size(); ++m) {
        const auto p = judge_ptr->preference(left, text::phrase_terms((*c.more)[m]), spun, right);
        if (p && (!pref || *p > *pref + tuning_.judge_choose)) {
          pref = p;
          chosen = m;
        }
      }
      if (chosen < c.more->size()) {
        d.replacement = restore_case(tokens, c.first, c.count, (*c.more)[chosen]);
        d.others.erase(d.others.begin() + static_cast<long>(chosen));
        d.others.push_back(c.replacement);
        d.reason = Reason::kContext;
      }
    }
    if (!pref) {
      out.push_back(std::move(d));
      continue;
    }
    const double veto = c.cls == SpinClass::kSure ? tuning_.judge_veto_sure : tuning_.judge_veto;
    if (d.apply && *pref < (c.cls == SpinClass::kSure ? -veto : light - veto)) {
      d.apply = false;  // still indexed: the spun words may well be a swap
      d.reason = Reason::kContext;
    } else if (can_admit && *pref >= tuning_.judge_admit + light) {
      d.apply = d.index = true;
      d.reason = Reason::kContext;
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace dramasearch::repair
