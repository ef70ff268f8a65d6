#include "indexer/repair/repairer.h"

#include <algorithm>

#include <unordered_map>

#include "indexer/text/segment.h"
#include "indexer/text/tokens.h"

namespace dramasearch::repair {

using text::phrase_terms;

const char* reason_name(Reason r) {
  switch (r) {
    case Reason::kLexicon: return "lexicon";
    case Reason::kName: return "name";
    case Reason::kContext: return "context";
  }
  return "lexicon";
}

Repairer::Repairer(const SpinData& data, RepairTuning tuning) : tuning_(tuning) {
  for (const auto& row : data.lexicon) {
    const auto terms = phrase_terms(row.spun);
    if (terms.empty()) continue;
    Node& n = insert(terms);
    if (n.lex >= 0) continue;  // first row wins
    n.lex = static_cast<std::int32_t>(lex_.size());
    // Numbers are too common in news for a digit to be taken as a swapped
    // number word on evidence alone ("episode 2"); they stay alternates.
    const bool numeric = terms.size() == 1 && terms[0].find_first_not_of("0123456789") == std::string::npos;
    lex_.push_back({row.original, row.cls, row.observed >= tuning_.min_observed && !numeric});
  }
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

// Length in tokens of a spun given-name syllable starting at token i
// ("Received" -> Won, "Web optimization" -> Seo), 0 if none.
std::size_t Repairer::spun_syllable_at(const std::vector<Token>& tokens, std::size_t i,
                                       std::string& syllable) const {
  if (i >= tokens.size() || !tokens[i].upper || !tokens[i].joined) return 0;
  for (const auto& [terms, syl] : syllable_spins_) {
    if (i + terms.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < terms.size() && ok; ++k)
      ok = tokens[i + k].term == terms[k] && (k == 0 || tokens[i + k].joined);
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
  if (!fam.upper || !family_names_.count(fam.term)) return false;
  std::string replacement(text::surface(text, fam));
  std::size_t j = i + 1;
  int syllables = 0, spun = 0, genuine = 0;
  while (syllables < 2 && j < tokens.size() && tokens[j].joined && tokens[j].upper) {
    std::string syl;
    if (std::size_t n = spun_syllable_at(tokens, j, syl)) {
      replacement += ' ' + syl;
      j += n;
      ++spun;
    } else if (syllables_.count(tokens[j].term)) {
      replacement += ' ';
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
  // Praise"); such two-syllable names are left to the gazetteer.
  if (spun == 0 || genuine == 0) return false;
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
      if (!ruled && n.lex >= 0)
        best = {i, count, restore_case(tokens, i, count, lex_[n.lex].original), lex_[n.lex].cls,
                Reason::kLexicon, lex_[n.lex].observed};
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
  for (const auto& c : candidates) {
    if (c.cls == SpinClass::kSure) hits += 1;
    else if (c.cls == SpinClass::kLikely) hits += tuning_.likely_weight;
  }
  return hits / std::max<double>(static_cast<double>(token_count), tuning_.min_tokens);
}

bool Repairer::should_apply(const Candidate& c, double evidence) const {
  switch (c.cls) {
    case SpinClass::kSure: return true;
    case SpinClass::kLikely: return evidence >= tuning_.likely_threshold;
    case SpinClass::kAmbiguous: return c.observed && evidence >= tuning_.observed_threshold;
  }
  return false;
}

}  // namespace dramasearch::repair
