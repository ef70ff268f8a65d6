#include "indexer/entities/title_variants.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <string_view>
#include <set>

#include "indexer/text/segment.h"
#include "indexer/text/tokens.h"

namespace dramasearch::entities {

struct TitleVariants::Word {
  std::string term, surface;
  std::vector<std::string> origins;  // the word and what it may have been spun from, sorted
  bool upper = false;
  std::vector<std::string> lexicon;  // the lexicon's originals of the word itself
  std::string gap = " ";             // what separates it from the word before ("Dr. Spring")
};

TitleVariants::TitleVariants(const lexicon::SpinData& data) {
  for (const auto& row : data.lexicon) {
    if (row.spun.find(' ') != std::string::npos || row.original.find(' ') != std::string::npos) continue;
    auto& v = originals_[text::fold_case(row.spun)];
    const std::string o = text::fold_case(row.original);
    vocabulary_.insert(text::fold_case(row.spun));
    vocabulary_.insert(o);
    if (std::find(v.begin(), v.end(), o) == v.end()) v.push_back(o);
    if (row.observed > 0 || row.cls != lexicon::SpinClass::kAmbiguous) {
      auto& w = strong_[text::fold_case(row.spun)];
      if (std::find(w.begin(), w.end(), o) == w.end()) w.push_back(o);
    }
  }
}

TitleVariants::Word TitleVariants::word(const Analysis& a, std::size_t k) const {
  const Token& t = a.tokens[k];
  Word w{t.term, std::string(text::surface(a.text, t)), {t.term}, t.upper, {}, " "};
  if (k > 0) {
    const Token& p = a.tokens[k - 1];
    const std::size_t from = p.offset + p.length;
    // Only what lies between the two words: searching on to the end of the
    // text made each call cost the whole text.
    const std::string_view gap = from < t.offset ? std::string_view(a.text).substr(from, t.offset - from) : "";
    if (!gap.empty() && gap.find_first_of("\n\t") == std::string_view::npos) w.gap = std::string(gap);
  }
  auto add_originals = [&](const std::string& x) {
    if (const auto it = originals_.find(x); it != originals_.end())
      w.origins.insert(w.origins.end(), it->second.begin(), it->second.end());
  };
  add_originals(t.term);
  if (const auto it = originals_.find(t.term); it != originals_.end()) w.lexicon = it->second;
  for (const auto& alt : t.alternates) {
    // An applied repair keeps the spun word as an alternate: not an origin.
    const auto it = originals_.find(alt);
    if (it != originals_.end() && std::find(it->second.begin(), it->second.end(), t.term) != it->second.end())
      continue;
    w.origins.push_back(alt);
  }
  std::sort(w.origins.begin(), w.origins.end());
  w.origins.erase(std::unique(w.origins.begin(), w.origins.end()), w.origins.end());
  return w;
}

bool TitleVariants::related(const Word& x, const Word& y) const {
  if (x.term == y.term) return true;
  auto i = x.origins.begin(), j = y.origins.begin();
  while (i != x.origins.end() && j != y.origins.end()) {
    if (*i == *j) return true;
    if (*i < *j) ++i;
    else ++j;
  }
  return false;
}

std::size_t TitleVariants::align(const std::vector<Word>& x, const std::vector<Word>& y, bool spun) const {
  if (x.size() != y.size() || x.size() < 2) return 0;
  std::size_t equal = 0, unexplained = 0;
  bool letters = true, swappable = true;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k].term == y[k].term) {
      ++equal;
    } else if (!related(x[k], y[k])) {
      ++unexplained;
      letters = std::isalpha(static_cast<unsigned char>(x[k].term[0])) &&
                std::isalpha(static_cast<unsigned char>(y[k].term[0]));
      // A spinner swaps words of its dictionary: one side at least is a
      // word the lexicon knows ("Living" / "Residence") or a small word in
      // lower case ("Like at Overtime" / "Like on Overtime"), not two
      // names ("Tokyo Evening Clinic" / "Seoul Evening Clinic").
      swappable = vocabulary_.count(x[k].term) > 0 || vocabulary_.count(y[k].term) > 0 || !x[k].upper ||
                  !y[k].upper;
    }
  }
  if (equal == 0) return 0;
  if (unexplained == 0) return equal;
  // "Flavor Of Living" / "Flavor Of Residence": a word the lexicon cannot
  // link, in a long title of a spun article.
  return spun && x.size() >= 3 && unexplained == 1 && equal + 1 == x.size() && letters && swappable ? equal : 0;
}

namespace {
// "Mr. Queen": the full stop of an abbreviation does not end the title.
bool after_abbreviation(const Analysis& a, std::size_t k) {
  static const std::set<std::string> abbreviations = {"dr", "mr", "mrs", "ms", "st", "jr", "no", "vol"};
  if (k == 0) return false;
  const Token& p = a.tokens[k - 1];
  const std::size_t from = p.offset + p.length;
  return abbreviations.count(p.term) > 0 && a.tokens[k].offset == from + 2 && a.text.compare(from, 2, ". ") == 0;
}
}  // namespace

std::string TitleVariants::reread(const std::vector<Word>& words, const TitleScorer& score) const {
  // Each word as written or one of its first two originals on strong
  // evidence (strong_), else, for a capitalized word, of the lexicon's
  // (weak: kWeakRenameMargin); at most four words with originals (81
  // readings).
  constexpr std::size_t kOriginals = 2, kWords = 4;
  std::vector<std::vector<std::string>> choices;
  std::vector<std::vector<bool>> weak_choice;
  std::vector<std::string> written;
  std::size_t open = 0;
  for (const auto& w : words) {
    written.push_back(w.term);
    choices.push_back({w.term});
    weak_choice.push_back({false});
    static const std::vector<std::string> none;
    const auto strong = strong_.find(w.term);
    bool weak = false;
    const std::vector<std::string>* originals = strong == strong_.end() ? &none : &strong->second;
    // A capitalized word with no strong-evidence original may still take
    // one of the lexicon's, only if the reading is far better (below).
    if (originals->empty()) {
      if (const auto it = originals_.find(w.term); it != originals_.end() && w.upper) {
        originals = &it->second;
        weak = true;
      }
    }
    if (originals->empty() || open == kWords) continue;
    ++open;
    for (std::size_t m = 0; m < originals->size() && m < kOriginals; ++m)
      if ((*originals)[m].find(' ') == std::string::npos) {
        choices.back().push_back((*originals)[m]);
        weak_choice.back().push_back(weak);
      }
  }
  if (open == 0) return "";
  std::vector<std::size_t> pick(words.size(), 0);
  std::vector<std::string> best;
  double best_gain = kRenameMargin;
  while (true) {
    std::size_t k = 0;  // next reading: count in mixed radix
    while (k < pick.size() && ++pick[k] == choices[k].size()) pick[k++] = 0;
    if (k == pick.size()) break;
    std::vector<std::string> candidate;
    bool weak = false;
    for (std::size_t x = 0; x < words.size(); ++x) {
      candidate.push_back(choices[x][pick[x]]);
      weak = weak || weak_choice[x][pick[x]];
    }
    if (const auto gain = score(candidate, written);
        gain && *gain >= best_gain && (!weak || *gain >= kWeakRenameMargin)) {
      best_gain = *gain;
      best = std::move(candidate);
    }
  }
  if (best.empty()) return "";
  std::string name;
  for (std::size_t x = 0; x < words.size(); ++x) {
    const bool same = best[x] == words[x].term;
    name += (x ? words[x].gap : "") +
            (same ? words[x].surface : words[x].upper ? text::capitalize_first(best[x]) : best[x]);
  }
  return name;
}

TitleGroups TitleVariants::group(const std::vector<TitleMention>& mentions, const std::vector<const Analysis*>& texts,
                                 bool spun, const TitleScorer& score) const {
  TitleGroups out;
  struct Form {
    std::vector<Word> words;
    std::string name;
    EntityType type;
    int count = 0;
    bool fixed = false;  // a title the gazetteer knows: written as it is
  };
  std::vector<Form> forms;
  std::map<std::string, std::size_t> form_of;  // folded words -> index
  std::set<std::pair<const Analysis*, std::size_t>> taken;
  auto add = [&](const Analysis& a, std::size_t b, std::size_t e, EntityType type, const std::string& name,
                 bool fixed) {
    std::vector<Word> words;
    std::string key;
    for (std::size_t k = b; k < e; ++k) {
      words.push_back(word(a, k));
      key += words.back().term + '\x1f';
      taken.insert({&a, k});
    }
    auto [it, added] = form_of.emplace(key, forms.size());
    if (added) {
      std::string joined;
      for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w.surface;
      forms.push_back({std::move(words), name.empty() ? joined : name, type, 0, fixed});
    }
    ++forms[it->second].count;
  };
  for (const auto& m : mentions)
    if (m.text && m.end > m.begin + 1) add(*m.text, m.begin, m.end, m.type, m.name, m.known);
  if (forms.empty()) return out;

  // Later mentions no cue announced, and the headline's: Title Case runs
  // that align with a known form.
  const std::size_t known = forms.size();
  for (const Analysis* a : texts) {
    if (!a) continue;
    const auto& toks = a->tokens;
    for (std::size_t s = 0; s < toks.size(); ++s) {
      if (!toks[s].upper || taken.count({a, s})) continue;
      for (std::size_t f = 0; f < known; ++f) {
        const std::size_t len = forms[f].words.size();
        if (s + len > toks.size()) continue;
        // The window's words are built only once its tokens qualify (most
        // windows do not, and building a word looks up its origins).
        bool ok = true;
        for (std::size_t k = s; k < s + len && ok; ++k)
          ok = !taken.count({a, k}) &&
               (k == s || (toks[k].sentence == toks[s].sentence && toks[k].joined) || after_abbreviation(*a, k)) &&
               (toks[k].upper || toks[k].term == forms[f].words[k - s].term);
        if (!ok) continue;
        std::vector<Word> window;
        for (std::size_t k = s; k < s + len; ++k) window.push_back(word(*a, k));
        if (align(window, forms[f].words, spun) > 0) {
          add(*a, s, s + len, forms[f].type, "", false);
          break;
        }
      }
    }
  }

  // Union the forms that align.
  std::vector<std::size_t> parent(forms.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto root = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t x = 0; x < forms.size(); ++x)
    for (std::size_t y = x + 1; y < forms.size(); ++y)
      if (align(forms[x].words, forms[y].words, spun) > 0) parent[root(y)] = root(x);

  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t x = 0; x < forms.size(); ++x) groups[root(x)].push_back(x);
  for (const auto& [root_form, members] : groups) {
    const std::size_t r = root_form;  // a structured binding cannot be captured in C++17
    const bool fixed = std::any_of(members.begin(), members.end(), [&](std::size_t x) { return forms[x].fixed; });
    const bool rereadable = spun && score && !fixed;
    // A title written one way only changes only by the reread below.
    if (members.size() < 2 && !rereadable) continue;
    // Word by word, the form most mentions support: written there, or a
    // possible original of what is written there. In a spun article a
    // written word that is itself a known spun form counts half, and a
    // tie goes to the word other mentions may have been spun from.
    std::string name;
    // The name's words; those every form writes alike may have been spun
    // alike and are reread below, the others are decided by the vote.
    std::vector<Word> named;
    for (std::size_t k = 0; k < forms[r].words.size(); ++k) {
      // A word every form writes alike stays as written.
      if (std::all_of(members.begin(), members.end(),
                      [&](std::size_t x) { return forms[x].words[k].term == forms[r].words[k].term; })) {
        name += (k ? forms[r].words[k].gap : "") + forms[r].words[k].surface;
        named.push_back(forms[r].words[k]);
        continue;
      }
      struct Support {
        double score = 0;
        int origin = 0;
        std::string surface;
      };
      std::map<std::string, Support> support;
      std::vector<std::string> order;
      for (std::size_t x : members) {
        const Word& w = forms[x].words[k];
        const bool spun_form = spun && originals_.count(w.term) > 0;
        for (const auto& o : w.origins) {
          auto [it, added] = support.emplace(o, Support{});
          if (added) order.push_back(o);
          if (o == w.term) {
            it->second.score += forms[x].count * (spun_form ? 0.5 : 1.0);
            if (it->second.surface.empty()) it->second.surface = w.surface;
          } else {
            // The lexicon's originals of the written word weigh more than
            // the other candidates repair left at its position, and share
            // the word's weight: "final" (only ever "last") says more than
            // "previous" (past or old).
            const bool direct = std::find(w.lexicon.begin(), w.lexicon.end(), o) != w.lexicon.end();
            const double share = 1.0 / static_cast<double>(std::max<std::size_t>(1, w.lexicon.size()));
            it->second.score += forms[x].count * (direct ? 1.0 : 0.5) * share;
            it->second.origin += forms[x].count;
          }
        }
      }
      const std::string* best = nullptr;
      for (const auto& o : order) {
        const Support& s = support[o];
        const Support* b = best ? &support[*best] : nullptr;
        if (!b || s.score > b->score || (s.score == b->score && s.origin > b->origin)) best = &o;
      }
      const Support& b = support[*best];
      const std::string chosen = b.surface.empty() ? text::capitalize_first(*best) : b.surface;
      name += (k ? forms[r].words[k].gap : "") + chosen;
      Word w = forms[r].words[k];
      w.term = *best;
      w.surface = chosen;
      w.lexicon.clear();
      named.push_back(std::move(w));
    }
    std::string reread_name = rereadable ? reread(named, score) : "";
    if (members.size() < 2 && (reread_name.empty() || reread_name == forms[r].name)) continue;
    if (!reread_name.empty()) name = std::move(reread_name);
    for (std::size_t x : members) {
      ArticleEntities::Known known_form;
      for (const auto& w : forms[x].words) known_form.terms.push_back(w.term);
      known_form.name = name;
      known_form.type = forms[r].type;
      out.forms.push_back(std::move(known_form));
      if (forms[x].name != name) out.canonical[forms[x].name] = name;
    }
  }
  return out;
}

}  // namespace dramasearch::entities
