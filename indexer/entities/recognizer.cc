#include "indexer/entities/recognizer.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "indexer/entities/kind_classifier.h"
#include "indexer/text/tokens.h"
#include "indexer/text/segment.h"

namespace dramasearch::entities {
namespace {

EntityType type_from_string(const std::string& t) {
  if (t == "character") return EntityType::kCharacter;
  if (t == "drama") return EntityType::kDrama;
  if (t == "show") return EntityType::kShow;
  if (t == "film") return EntityType::kFilm;
  if (t == "group") return EntityType::kGroup;
  if (t == "broadcaster") return EntityType::kBroadcaster;
  return EntityType::kPerson;
}

bool is_title_type(EntityType t) {
  return t == EntityType::kDrama || t == EntityType::kShow || t == EntityType::kFilm;
}

// Lower-case words allowed inside a Title Case title.
bool small_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {"a", "an", "the", "of", "in", "on", "at", "to", "for",
                                                    "and", "or", "with", "from", "by", "is", "my", "your"};
  return s.count(w) > 0;
}

bool title_context_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "drama", "dramas", "series", "show", "shows", "program", "film", "movie", "sitcom", "season",
      "premiere", "premieres", "airs", "aired", "starring", "stars", "cast", "ost", "episode", "finale"};
  return s.count(w) > 0;
}

// Capitalized words that are never part of a name.
bool never_name(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "the", "a", "an", "he", "she", "they", "it", "i", "we", "his", "her", "their", "this", "that",
      "in", "on", "at", "when", "while", "after", "before", "episode", "kst", "p.m", "a.m"};
  return s.count(w) > 0;
}

// The tokens [begin, end) of an analysed text, indexed from 0, with what
// the patterns ask of each word: its surface, and the punctuation around it.
class Words {
 public:
  Words(const Analysis& a, std::size_t begin, std::size_t end) : a_(a), begin_(begin), n_(end - begin) {}
  std::size_t size() const { return n_; }
  const Token& token(std::size_t k) const { return a_.tokens[begin_ + k]; }
  const std::string& term(std::size_t k) const { return token(k).term; }
  bool upper(std::size_t k) const { return token(k).upper; }
  std::size_t sentence(std::size_t k) const { return token(k).sentence; }
  std::string_view surface(std::size_t k) const { return text::surface(a_.text, token(k)); }
  // "X's"
  bool possessive(std::size_t k) const {
    const auto w = surface(k);
    return w.size() > 2 && w.substr(w.size() - 2) == "'s";
  }
  // Only spaces (at least one) since the previous word of the range.
  bool spaced(std::size_t k) const {
    const auto g = gap_before(k);
    return k > 0 && !g.empty() && g.find_first_not_of(' ') == std::string_view::npos;
  }
  // '"' or '(' between the previous word and this one (the last such), else 0.
  char open_before(std::size_t k) const {
    char c = 0;
    for (char x : gap_before(k))
      if (x == '"' || x == '(') c = x;
    return c;
  }
  // '"' or ')' right after this word (past , . ! ? ' and spaces), else 0.
  char close_after(std::size_t k) const {
    const Token& t = token(k);
    const std::size_t next = begin_ + k + 1 < a_.tokens.size() ? a_.tokens[begin_ + k + 1].offset : a_.text.size();
    for (std::size_t i = t.offset + t.length; i < next && i < a_.text.size(); ++i) {
      const char c = a_.text[i];
      if (c == '"' || c == ')') return c;
      if (c != ',' && c != '.' && c != '!' && c != '?' && c != ' ' && c != '\'') break;
    }
    return 0;
  }

 private:
  std::string_view gap_before(std::size_t k) const {
    const Token& t = token(k);
    const std::size_t prev_end = k > 0 ? token(k - 1).offset + token(k - 1).length : t.offset;
    return std::string_view(a_.text).substr(prev_end, t.offset - prev_end);
  }
  const Analysis& a_;
  std::size_t begin_, n_;
};

std::string join(const Words& w, std::size_t b, std::size_t e) {
  std::string s;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b) s += ' ';
    std::string_view word = w.surface(k);
    if (k + 1 == e && w.possessive(k)) word.remove_suffix(2);
    s += word;
  }
  return s;
}

}  // namespace

Recognizer::Recognizer(const lexicon::SpinData& data)
    : names_(data.family_names, [&] {
        std::vector<std::string> s;
        for (const auto& row : data.syllables) s.push_back(row.syllable);
        return s;
      }()) {
  for (const auto& g : data.gazetteer) {
    const auto terms = text::phrase_terms(g.name);
    if (terms.empty()) continue;
    const auto node = trie_.insert(terms);
    if (entry_of_.size() < trie_.size()) entry_of_.resize(trie_.size(), -1);
    if (entry_of_[node] < 0) {
      entry_of_[node] = static_cast<std::int32_t>(entries_.size());
      entries_.push_back({g.name, type_from_string(g.type)});
    }
  }
}

Recognizer::~Recognizer() = default;

PassageInfo Recognizer::recognize(const Analysis& a, std::size_t begin, std::size_t end,
                                  const std::string& default_drama) const {
  PassageInfo info;
  const Words toks(a, begin, end);
  const std::size_t n = toks.size();
  // Entity found at each token (index into info.entities) or -1.
  std::vector<int> owner(n, -1);

  std::vector<Entity> found;
  auto claim = [&](EntityType type, std::string name, std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k)
      if (owner[k] >= 0) return;
    for (std::size_t k = b; k < e; ++k) owner[k] = static_cast<int>(found.size());
    found.push_back({type, std::move(name), begin + b, begin + e});
  };

  // 1. Gazetteer, longest match, capitalized start.
  for (std::size_t i = 0; i < n;) {
    std::size_t best_len = 0;
    std::int32_t best = -1;
    if (toks.upper(i) || std::isdigit(static_cast<unsigned char>(toks.surface(i)[0]))) {
      auto cur = text::PhraseTrie::kRoot;
      for (std::size_t j = i; j < n; ++j) {
        if (j > i && toks.sentence(j) != toks.sentence(i)) break;
        cur = trie_.step(cur, toks.term(j));
        if (cur == text::PhraseTrie::kNone) break;
        if (entry_of_[cur] >= 0) {
          best = entry_of_[cur];
          best_len = j - i + 1;
        }
      }
    }
    if (best >= 0) {
      claim(entries_[best].type, entries_[best].name, i, i + best_len);
      i += best_len;
    } else {
      ++i;
    }
  }

  // 2. Korean name shapes.
  for (std::size_t i = 0; i < n; ++i) {
    if (owner[i] >= 0 || !toks.upper(i) || !names_.is_family_name(toks.term(i))) continue;
    std::size_t j = i + 1;
    while (j < n && j - i <= 2 && owner[j] < 0 && toks.spaced(j) && toks.upper(j) &&
           (names_.is_known_syllable(toks.term(j)) || KoreanNames::syllable_shaped(toks.term(j))))
      ++j;
    const std::size_t given = j - i - 1;
    if (given == 2 || (given == 1 && names_.is_known_syllable(toks.term(i + 1)) && !(j < n && toks.spaced(j) && toks.upper(j))))
      claim(EntityType::kPerson, join(toks, i, j), i, j);
  }

  // 3. Quoted Title Case titles.
  for (std::size_t i = 0; i < n; ++i) {
    if (toks.open_before(i) != '"' || !toks.upper(i)) continue;
    std::size_t j = i;
    bool title_case = true;
    while (j < n && j - i < 10) {
      if (!toks.upper(j) && !small_word(toks.term(j)) &&
          !std::isdigit(static_cast<unsigned char>(toks.surface(j)[0])))
        title_case = false;
      if (toks.close_after(j) == '"') break;
      ++j;
    }
    if (j >= n || j - i >= 10 || !title_case || toks.close_after(j) != '"') continue;
    bool free = true;
    for (std::size_t k = i; k <= j; ++k) free = free && (owner[k] < 0 || is_title_type(found[owner[k]].type));
    if (!free) continue;
    if (owner[i] >= 0) continue;  // already a known title
    EntityType type = EntityType::kDrama;
    bool context = false;  // a word saying what kind of title this is
    for (std::size_t k = (i >= 3 ? i - 3 : 0); k < std::min(n, j + 4); ++k) {
      if (k >= i && k <= j) continue;
      const std::string& w = toks.term(k);
      if (w == "show" || w == "program" || w == "variety") type = EntityType::kShow;
      else if (w == "film" || w == "movie") type = EntityType::kFilm;
      if (title_context_word(w)) context = true;
    }
    // A quoted single word ("Cut!") is a title only when the text says so.
    if (j == i && !context) continue;
    claim(type, join(toks, i, j + 1), i, j + 1);
  }

  // 4. Credits. A capitalized run after a credit cue is a character.
  auto capitalized_run = [&](std::size_t from, std::size_t sentence) -> std::pair<std::size_t, std::size_t> {
    std::size_t k = from, skipped = 0;
    while (k < n && toks.sentence(k) == sentence && !toks.upper(k) && skipped < 5) {
      ++k;
      ++skipped;
    }
    if (k >= n || toks.sentence(k) != sentence || !toks.upper(k) || never_name(toks.term(k))) return {0, 0};
    std::size_t e = k + 1;
    while (e < n && e - k < 4 && toks.spaced(e) && toks.upper(e) && !toks.possessive(e - 1) &&
           !never_name(toks.term(e)))
      ++e;
    return {k, e};
  };
  auto person_at = [&](std::size_t k) { return owner[k] >= 0 && found[owner[k]].type == EntityType::kPerson; };
  auto make_character = [&](std::size_t b, std::size_t e) -> std::string {
    // A run that was recognized as a person is a character here.
    if (owner[b] >= 0 && found[owner[b]].type == EntityType::kPerson) {
      Entity& ent = found[owner[b]];
      ent.type = EntityType::kCharacter;
      return ent.name;
    }
    if (owner[b] >= 0) return found[owner[b]].type == EntityType::kCharacter ? found[owner[b]].name : std::string();
    const std::string name = join(toks, b, e);
    claim(EntityType::kCharacter, name, b, e);
    return name;
  };
  static const std::unordered_set<std::string> play_verbs = {
      "plays", "play", "playing", "played", "portrays", "portray", "portraying", "portrayed"};
  struct Credit {
    std::string actor, character;
    std::size_t sentence;
  };
  std::vector<Credit> credits;
  for (std::size_t i = 0; i < n; ++i) {
    if (!person_at(i)) continue;
    const std::string actor = found[owner[i]].name;  // a copy: found may grow below
    std::size_t after = i;
    while (after < n && owner[after] == owner[i]) ++after;
    const std::size_t s = toks.sentence(i);
    std::string character;
    // "X's character Y", "X plays Y", "X (is cast) as Y", within a short window.
    for (std::size_t k = after; k < n && k < after + 7 && toks.sentence(k) == s; ++k) {
      const std::string& w = toks.term(k);
      if (person_at(k) && k > after) break;
      if (play_verbs.count(w) || w == "as" || (w == "character" && k == after) ||
          (w == "role" && k + 1 < n && toks.term(k + 1) == "of")) {
        auto [b, e] = capitalized_run(k + 1 + (w == "role" ? 1 : 0), s);
        if (e > b) character = make_character(b, e);
        break;
      }
    }
    // "Y, played by X": the character named right before the verb.
    if (character.empty() && i >= 3 && toks.term(i - 1) == "by" && play_verbs.count(toks.term(i - 2))) {
      std::size_t e = i - 2, b = e;
      while (b > 0 && e - b < 4 && toks.upper(b - 1) && toks.sentence(b - 1) == s && !never_name(toks.term(b - 1)) &&
             (b == e || toks.spaced(b)))
        --b;
      if (b < e) character = make_character(b, e);
    }
    // "Y (X)": the character named right before a parenthesized actor.
    if (character.empty() && toks.open_before(i) == '(' && i > 0) {
      std::size_t e = i, b = i;
      while (b > 0 && e - b < 4 && toks.upper(b - 1) && toks.sentence(b - 1) == s &&
             (b == i || toks.spaced(b)))
        --b;
      if (b < e) character = make_character(b, e);
    }
    credits.push_back({actor, character, toks.sentence(i)});
    i = after - 1;
  }

  // Drama of the passage: the article's if the passage names it or no
  // title at all, else the first drama named (a show or film if no drama).
  std::string first_drama, first_title;
  bool names_default = false;
  for (const auto& e : found) {
    if (!is_title_type(e.type)) continue;
    if (first_title.empty()) first_title = e.name;
    if (first_drama.empty() && e.type == EntityType::kDrama) first_drama = e.name;
    if (e.name == default_drama) names_default = true;
  }
  if (!default_drama.empty() && (names_default || first_title.empty())) info.drama = default_drama;
  else info.drama = !first_drama.empty() ? first_drama : first_title;
  // A credit's drama: a drama named in its own sentence, else the passage's.
  auto drama_of_sentence = [&](std::size_t sentence) {
    for (const auto& e : found)
      if (e.type == EntityType::kDrama && a.tokens[e.token_begin].sentence == sentence) return e.name;
    return info.drama;
  };

  // Credits: only actors with a character, or starring/cast cues.
  bool cast_cue = false;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string& w = toks.term(k);
    if (w == "starring" || w == "stars" || w == "star" || w == "cast" || w == "lineup" || w == "joins" ||
        w == "joined" || w == "join")
      cast_cue = true;
  }
  std::unordered_set<std::string> seen;
  for (const auto& c : credits) {
    if (c.character.empty() && !cast_cue) continue;
    if (!seen.insert(c.actor + "\x1f" + c.character).second) continue;
    // A person credited with a character elsewhere in the passage needs no bare credit.
    if (c.character.empty() &&
        std::any_of(credits.begin(), credits.end(),
                    [&](const Credit& o) { return o.actor == c.actor && !o.character.empty(); }))
      continue;
    info.cast.push_back({c.actor, c.character, drama_of_sentence(c.sentence)});
  }
  info.entities = std::move(found);
  classify_kind(toks.size(), [&](std::size_t k) -> const std::string& { return toks.term(k); }, info);
  return info;
}

}  // namespace dramasearch::entities
