#include "indexer/entities/recognizer.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <string_view>
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
      "premiere", "premieres", "airs", "aired", "starring", "stars", "cast", "ost", "episode", "finale",
      "starred", "appeared", "thriller", "comedy"};
  return s.count(w) > 0;
}

// Nouns that, right before a Title Case run, say the run is a title
// ("the new weekend drama Moonlit Harbor", "the variety show X").
EntityType title_cue(const std::string& w, bool& is_cue) {
  static const std::unordered_set<std::string> drama = {"drama", "series", "sitcom", "thriller", "romance",
                                                        "comedy", "melodrama", "k-drama", "webtoon", "manga"};
  static const std::unordered_set<std::string> show = {"show", "program", "programme", "variety", "musical"};
  static const std::unordered_set<std::string> film = {"film", "movie", "documentary", "feature"};
  is_cue = true;
  if (drama.count(w)) return EntityType::kDrama;
  if (show.count(w)) return EntityType::kShow;
  if (film.count(w)) return EntityType::kFilm;
  is_cue = false;
  return EntityType::kDrama;
}

// Verbs that follow a title at the start of a sentence ("X premieres on",
// "X has released new stills").
bool title_verb(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "premieres", "premiered", "airs", "aired", "tells", "follows", "stars", "starring", "ended", "ends",
      "recorded", "scored", "reached", "hits", "hit", "unveiled", "released", "dropped", "revealed", "shared",
      "confirmed", "announced", "finalized", "completed", "drops", "unveils", "releases", "reveals", "shares",
      "confirms", "announces", "completes", "finalizes", "sets"};
  return s.count(w) > 0;
}

// Words after which a person is in the cast of what the sentence names.
bool lineup_cue(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "starring", "stars", "star", "starred", "cast", "lineup", "joins", "joined", "join", "joining", "lead",
      "leads", "guest", "guests", "guested", "host", "hosts", "hosted", "member", "members", "appeared",
      "appear", "appears", "appearance", "offer", "offered", "return", "returns", "debut", "co-star", "costar",
      "co-stars", "seen", "led", "leading", "cameo", "mc", "mcs", "worked", "reunite", "reunites", "reunited",
      "debuted", "debuts", "filming", "filmed", "working", "comeback", "acting", "narrate", "narrates", "narrated",
      "narrating", "narrator", "acted", "fame", "appearances",
      // "best known for X", "her role as a prosecutor in X", "wrapped up X"
      "known", "role", "roles", "wrapped", "wrapping", "wraps"};
  return s.count(w) > 0;
}

// A count written in words or digits ("the top five", "the top 10").
bool number_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {"two", "three", "four", "five", "six", "seven", "eight",
                                                    "nine", "ten", "twenty", "fifty", "hundred"};
  return s.count(w) > 0 || (!w.empty() && w.size() <= 3 && w.find_first_not_of("0123456789") == std::string::npos);
}

// Words that tell of an award: a person's work follows "for" in their
// sentence ("Best New Actor went to X for Lucky Strike").
bool award_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {"award", "awards", "prize", "prizes", "trophy", "won",
                                                    "wins", "winner", "winners", "best", "nominated", "nominee"};
  return s.count(w) > 0;
}

// Works and events that are no drama, show or film: what one of them is
// called ("a fan meeting titled "Sky Letter"", "her single, "Blue
// Window"") is no title of ours. (Not "collection": what spinners
// write for "series".)
bool other_work_noun(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "single", "singles", "album", "albums", "song", "songs", "track", "tracks", "ep", "mini-album", "ost", "osts",
      "concert", "concerts", "tour", "meeting", "fanmeeting", "fanmeet", "showcase", "exhibition",
      "campaign", "pictorial", "book", "essay", "perfume", "fragrance", "photobook"};
  return s.count(w) > 0;
}

// Words before a person that make him or her crew, not cast.
bool crew_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {"director", "writer", "pd", "producer", "screenwriter",
                                                    "composer", "ceo", "directed", "written", "produced",
                                                    // a spun "writer", and other writers of a work
                                                    "author", "scriptwriter", "playwright"};
  return s.count(w) > 0;
}

// "New Office Romance", "Upcoming Fantasy Drama": a Title Case headline's
// description of a work, not its title.
bool genre_noun(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "romance", "drama", "dramas", "thriller", "series", "film", "movie", "sitcom", "comedy", "show",
      "project", "musical", "melodrama", "fantasy", "mystery", "webtoon", "romcom", "rom-com", "k-drama",
      "adaptation", "remake", "sequel"};
  return s.count(w) > 0;
}
bool description_word(const std::string& w) {
  return w == "new" || w == "upcoming" || w == "next" || w == "latest" || w == "first" || w == "another";
}

// The last word of a company's or an institution's name ("Good Data
// Corporation has released its list"): such a run is no title.
bool organization_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "corporation", "corp", "company", "co", "inc", "entertainment", "agency", "media", "studios", "pictures",
      "group", "council", "association", "foundation", "committee", "network", "networks", "institute",
      "university", "ministry", "management", "records", "labels", "academy",
      // events: "the Busan International Film Festival", "the Baeksang Arts Awards"
      "festival", "awards"};
  return s.count(w) > 0;
}

bool auxiliary(const std::string& w) {
  static const std::unordered_set<std::string> s = {"is", "was", "will", "be", "being", "been", "are", "were"};
  return s.count(w) > 0;
}

// "Dr. Spring", "Mr. Queen": an abbreviation whose full stop does not end the title.
bool title_abbreviation(const std::string& w) {
  static const std::unordered_set<std::string> s = {"dr", "mr", "mrs", "ms", "st", "jr", "no", "vol"};
  return s.count(w) > 0;
}

// A known name written as its first word alone: the family name of a
// person or character of the article (ArticleEntities::Known).
bool family_short_form(const ArticleEntities::Known& k) {
  return k.terms.size() == 1 && k.name.size() > k.terms[0].size() && k.name[k.terms[0].size()] == ' ' &&
         text::fold_case(k.name.substr(0, k.terms[0].size())) == k.terms[0];
}

// Family names that are also common English words at the start of a
// sentence ("Go", "Do", "Moon"): read alone as a person only right before
// a verb of acting ("Moon shines as Y"; see credit_subject_verb).
bool common_word_family_name(const std::string& w) {
  static const std::unordered_set<std::string> s = {"go", "do", "so", "no", "an", "ha", "ma", "ok", "on", "in",
                                                    "moon", "song", "son", "bang", "man", "young", "min", "won"};
  return s.count(w) > 0;
}

// Verbs a review writes right after an actor named by family name alone
// ("Moon shines as Y", "Yang brings warmth to the role of Y").
bool credit_subject_verb(const std::string& w) {
  static const std::unordered_set<std::string> s = {"plays", "played", "portrays", "portrayed", "stars", "starred",
                                                    "shines", "shone", "brings", "brought", "steals", "stole",
                                                    "delivers", "delivered", "nails", "nailed"};
  return s.count(w) > 0;
}

// What else an actor is "in" besides a work: a photo shoot, an interview,
// a campaign ("In Pictorial With Vogue Korea").
bool media_noun(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "pictorial", "interview", "interviews", "photoshoot", "photo", "photos", "magazine", "video", "videos",
      "teaser", "poster", "posters", "stills", "event", "ceremony", "conference", "showcase", "livestream",
      "radio", "podcast", "commercial", "campaign", "ad", "cf", "vlog"};
  return s.count(w) > 0;
}

// A profession or address before a role's full name ("Attorney Bae
// Eun-ha", "Dr. Noh Sang-min", "Madame Seo Yeon-hwa"): it describes the
// role and is no part of its name. Royal titles are ("Princess Hwa Yeon").
bool professional_title(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "attorney", "lawyer", "dr", "doctor", "detective", "prosecutor", "madame", "madam", "professor",
      "officer", "judge", "nurse", "teacher", "chef", "captain", "sergeant", "inspector", "mr", "mrs", "ms", "miss"};
  return s.count(w) > 0;
}

// Roles written in capitals ("the new MC of X", "the CEO Y").
bool capitalized_role(const std::string& w) { return w == "mc" || w == "mcs" || w == "dj" || w == "ceo" || w == "pd"; }

// Month names ("Ashes of June": a month may end a title).
bool month_name(const std::string& w) {
  static const std::unordered_set<std::string> s = {"january", "february", "march",    "april",
                                                    "may",     "june",     "july",     "august",
                                                    "september", "october", "november", "december"};
  return s.count(w) > 0;
}

// Capitalized words that are never part of a name.
bool never_name(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "the", "a", "an", "he", "she", "they", "it", "i", "we", "his", "her", "their", "this", "that",
      "in", "on", "at", "when", "while", "after", "before", "episode", "kst", "p.m", "a.m", "also"};
  return s.count(w) > 0 || month_name(w) || capitalized_role(w);
}

// What synonym spinners make of the cue words, as seen in real spun
// articles ("will enjoy" for "will play", "task"/"position" for "role"):
// read as the cue only in a text that shows spin. Not "company" for
// "guests": spinners also write it for "agency", whose statements name
// people who are not in a line-up.
const std::string* spinner_cue(const std::string& w) {
  static const std::unordered_map<std::string, std::string> m = {
      {"enjoy", "play"},      {"enjoys", "plays"},       {"enjoyed", "played"},   {"enjoying", "playing"},
      {"perform", "play"},    {"performs", "plays"},     {"performed", "played"}, {"performing", "playing"},
      {"position", "role"},   {"task", "role"},          {"function", "role"},    {"sequence", "series"},
      {"collection", "series"}, {"present", "show"},     {"forged", "cast"},      {"solid", "cast"},
      {"seems", "appears"},   {"seem", "appear"},        {"personality", "character"}, {"guide", "lead"},
      {"within", "in"}};
  const auto it = m.find(w);
  return it == m.end() ? nullptr : &it->second;
}

// The tokens [begin, end) of an analysed text, indexed from 0, with what
// the patterns ask of each word: its surface, and the punctuation around it.
class Words {
 public:
  Words(const Analysis& a, std::size_t begin, std::size_t end)
      : a_(a), begin_(begin), n_(end - begin), spun_(a.spun_tokens >= 2 || a.spin_evidence > 0.01) {
    // Each word's spinner cue, looked up once: the patterns ask is() of
    // every word many times.
    if (spun_) {
      cue_.resize(n_);
      for (std::size_t k = 0; k < n_; ++k) cue_[k] = spinner_cue(term(k));
    }
  }
  bool spun() const { return spun_; }
  std::size_t size() const { return n_; }
  const Token& token(std::size_t k) const { return a_.tokens[begin_ + k]; }
  const std::string& term(std::size_t k) const { return token(k).term; }
  // Word k is exactly `w` (a length check first: most words are not).
  bool term_is(std::size_t k, std::string_view w) const { return std::string_view(term(k)) == w; }
  template <std::size_t N>
  bool term_is(std::size_t k, const char (&w)[N]) const {
    const std::string& t = term(k);
    return t.size() == N - 1 && (N == 1 || t[0] == w[0]) && std::string_view(t) == std::string_view(w, N - 1);
  }
  // The word or one of the forms repair left at its position (a spun
  // "performs" keeps "plays" as an alternate): cue words are read through
  // both, so a spun cue still cues. (Not the spun words an applied repair
  // replaced: "as soon as once more", repaired to "once again", has no
  // "as".)
  template <class Pred>
  bool is(std::size_t k, Pred pred) const {
    if (pred(term(k))) return true;
    if (!token(k).repaired)
      for (const auto& alt : token(k).alternates)
        if (pred(alt)) return true;
    if (spun_ && cue_[k]) return pred(*cue_[k]);
    return false;
  }
  // (A literal's length is known: no strlen per call. The first letter
  // first: most words differ there, and a call to memcmp costs more.)
  template <std::size_t N>
  bool is(std::size_t k, const char (&w)[N]) const {
    return is(k, [v = std::string_view(w, N - 1)](const std::string& x) {
      return x.size() == v.size() && (v.empty() || x[0] == v[0]) && x == v;
    });
  }
  bool upper(std::size_t k) const { return token(k).upper; }
  std::size_t sentence(std::size_t k) const { return token(k).sentence; }
  std::string_view surface(std::size_t k) const { return text::surface(a_.text, token(k)); }
  // The term without a possessive "'s".
  std::string bare(std::size_t k) const {
    const std::string& t = term(k);
    return possessive(k) && t.size() > 2 && t.compare(t.size() - 2, 2, "'s") == 0 ? t.substr(0, t.size() - 2) : t;
  }
  // Every letter upper case, at least two ("NOVA9's", "KBS").
  bool all_caps(std::size_t k) const {
    auto w = surface(k);
    if (possessive(k)) w.remove_suffix(2);
    int letters = 0;
    for (char c : w) {
      if (std::islower(static_cast<unsigned char>(c))) return false;
      if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    }
    return letters >= 2;
  }
  // The gap before word k is exactly ". " after an abbreviation ("Dr. Spring").
  bool after_abbreviation(std::size_t k) const {
    return k > 0 && gap_before(k) == ". " && title_abbreviation(term(k - 1));
  }
  // Words [b, e) as written, spacing collapsed, a final "'s" dropped.
  std::string join(std::size_t b, std::size_t e) const {
    const std::size_t from = token(b).offset;
    std::size_t to = token(e - 1).offset + token(e - 1).length;
    if (possessive(e - 1)) to -= 2;
    std::string s;
    for (std::size_t i = from; i < to; ++i) {
      const char c = a_.text[i];
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space) s += c;
      else if (!s.empty() && s.back() != ' ') s += ' ';
    }
    return s;
  }
  // "X's"
  bool possessive(std::size_t k) const {
    const auto w = surface(k);
    return w.size() > 2 && w.substr(w.size() - 2) == "'s";
  }
  // "'s" follows word k as a word of its own ("f(x)'s": "x", "s").
  bool detached_possessive(std::size_t k) const {
    return k + 1 < n_ && term(k + 1) == "s" && (gap_before(k + 1) == "'" || gap_before(k + 1) == ")'");
  }
  // Word k ends in a digit and "'s" follows as a word of its own ("NOVA9's").
  bool split_possessive(std::size_t k) const {
    return detached_possessive(k) && !term(k).empty() && std::isdigit(static_cast<unsigned char>(term(k).back()));
  }
  // Word k is joined to the previous one by a hyphen alone ("Tae-san", "Start-Up").
  bool hyphened(std::size_t k) const { return k > 0 && gap_before(k) == "-"; }
  // A comma right after word k.
  bool comma_after(std::size_t k) const { return k + 1 < n_ && gap_before(k + 1).find(',') != std::string_view::npos; }
  // Only spaces (at least one) since the previous word of the range.
  bool spaced(std::size_t k) const {
    const auto g = gap_before(k);
    return k > 0 && !g.empty() && g.find_first_not_of(' ') == std::string_view::npos;
  }
  // " & " joins word k to the previous one ("Doctor Jang & Partners").
  bool ampersand(std::size_t k) const { return k > 0 && gap_before(k) == " & "; }
  // '?' or '!' right after word k, then a space and a lower-case word, or a
  // closing quote: the mark ends a title ("Can You Hear My Heart? has
  // released", "Run, Mina, Run!"), not a sentence.
  char mark_in_title(std::size_t k) const {
    const Token& t = token(k);
    const std::size_t at = t.offset + t.length;
    if (at >= a_.text.size() || (a_.text[at] != '?' && a_.text[at] != '!')) return 0;
    if (at + 1 == a_.text.size()) return 0;
    if (at + 2 < a_.text.size() && a_.text[at + 1] == ' ' && std::islower(static_cast<unsigned char>(a_.text[at + 2])))
      return a_.text[at];
    if (a_.text[at + 1] == '"') return a_.text[at];  // the mark inside a quoted title's quotes
    return 0;
  }
  // '"' or '(' that opens right before this word (the last such, with
  // nothing but quotes and brackets after it), else 0: in `"Snow Path." In`
  // the quote before "In" closes the title before it.
  char open_before(std::size_t k) const {
    char c = 0;
    for (char x : gap_before(k)) {
      if (x == '"' || x == '(') c = x;
      else if (x != '\'') c = 0;
    }
    return c;
  }
  // A bracket opens right before word k, maybe with a quote after it
  // ("Kang Tae Oh ("The Salt Road")").
  bool bracket_before(std::size_t k) const {
    const auto g = gap_before(k);
    const auto at = g.rfind('(');
    return at != std::string_view::npos && g.find_first_not_of("\"'", at + 1) == std::string_view::npos;
  }
  // Word k opens a line (or the text).
  bool line_start(std::size_t k) const {
    return begin_ + k == 0 || gap_before(k).find('\n') != std::string_view::npos;
  }
  // Word k numbers an item of a list: a number opening a line, then ". "
  // or ") " ("1. Harvest Moon Inn — starring ...").
  bool list_number(std::size_t k) const {
    if (k + 1 >= n_ || term(k).size() > 2 || term(k).find_first_not_of("0123456789") != std::string::npos) return false;
    const auto g = gap_before(k);
    if (begin_ + k > 0 && g.find('\n') == std::string_view::npos) return false;
    const auto after = gap_before(k + 1);
    return after == ". " || after == ") ";
  }
  // What separates a list item's name from the rest of its line before
  // word k: a dash, a colon or the line's end.
  bool item_break_before(std::size_t k) const {
    const auto g = gap_before(k);
    for (const char* b : {"\xE2\x80\x94", "\xE2\x80\x93", " - ", ":", "\n"})
      if (g.find(b) != std::string_view::npos) return true;
    return false;
  }
  // A colon right after word k ("Song Yu Bin: I watched ...").
  bool colon_after(std::size_t k) const { return k + 1 < n_ && gap_before(k + 1).find(':') != std::string_view::npos; }
  // Word k is inside double quotes opened in the range (quoted speech).
  bool in_double_quotes(std::size_t k) const {
    bool inside = false;
    for (std::size_t i = token(0).offset; i < token(k).offset; ++i) inside ^= a_.text[i] == '"';
    return inside;
  }
  // A single quote opens right before word k ("in 'Reply 1988'"): a title
  // quoted inside quoted speech.
  bool single_quote_before(std::size_t k) const {
    const auto g = gap_before(k);
    if (g.empty() || g.back() != '\'') return false;
    if (g.size() == 1) return begin_ + k == 0;
    const char c = g[g.size() - 2];
    return c == ' ' || c == '"' || c == '(' || c == '\n';
  }
  // A single quote closes right after word k (past , . ! ?), before a
  // space, a quote, punctuation or the end.
  bool single_quote_after(std::size_t k) const {
    const Token& t = token(k);
    std::size_t i = t.offset + t.length;
    while (i < a_.text.size() && (a_.text[i] == ',' || a_.text[i] == '.' || a_.text[i] == '!' || a_.text[i] == '?')) ++i;
    if (i >= a_.text.size() || a_.text[i] != '\'') return false;
    return i + 1 >= a_.text.size() || !std::isalnum(static_cast<unsigned char>(a_.text[i + 1]));
  }
  // '"' or ')' right after this word (past , . ! ? ' and spaces), else 0.
  // The gap before word k is exactly ", " ("Run, Mina, Run!").
  bool after_comma(std::size_t k) const { return k > 0 && gap_before(k) == ", "; }
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
  // The text since the previous word of the analysis (of the range's
  // first word too: a passage may open with a quote).
  std::string_view gap_before(std::size_t k) const {
    const Token& t = token(k);
    const std::size_t at = begin_ + k;
    const std::size_t prev_end = at > 0 ? a_.tokens[at - 1].offset + a_.tokens[at - 1].length : 0;
    return std::string_view(a_.text).substr(prev_end, t.offset - prev_end);
  }
  const Analysis& a_;
  std::size_t begin_, n_;
  bool spun_;
  std::vector<const std::string*> cue_;  // spinner_cue of each word, when spun_
};


}  // namespace

Recognizer::Recognizer(const lexicon::SpinData& data)
    : names_(data.family_names, [&] {
        std::vector<std::string> s;
        for (const auto& row : data.syllables) s.push_back(row.syllable);
        return s;
      }()),
      titles_(data) {
  for (const auto& row : data.syllables)
    for (const auto& form : row.spun_forms) {
      auto terms = text::phrase_terms(form);
      if (terms.size() >= 2) syllable_phrases_[text::fold_case(row.syllable)].push_back(terms);
      if (!terms.empty()) spun_syllables_[terms[0]].push_back({std::move(terms), row.syllable});
    }
  for (const auto& g : data.gazetteer) {
    const auto terms = text::phrase_terms(g.name);
    if (terms.empty()) continue;
    if (std::islower(static_cast<unsigned char>(g.name[0])))
      lower_firsts_.emplace(terms[0], g.name.substr(0, g.name.find_first_of(" ()'")));
    const auto node = trie_.insert(terms);
    if (entry_of_.size() < trie_.size()) entry_of_.resize(trie_.size(), -1);
    if (entry_of_[node] < 0) {
      entry_of_[node] = static_cast<std::int32_t>(entries_.size());
      entries_.push_back({g.name, type_from_string(g.type)});
      if (is_title_type(entries_.back().type)) gazetteer_titles_.insert(g.name);
    }
  }
}

Recognizer::~Recognizer() = default;

namespace {

bool play_verb(const std::string& w) {
  static const std::unordered_set<std::string> s = {"plays",   "play",    "playing",  "played",   "portrays",
                                                    "portray", "portraying", "portrayed",
                                                    // an animated film's cast: "X will voice Y"
                                                    "voice",   "voices",  "voiced",   "voicing"};
  return s.count(w) > 0;
}

// Words that put a credit's drama after "in" ("who plays Y in Z", "starred in Z").
bool credit_word(const std::string& w) {
  return play_verb(w) || w == "star" || w == "starred" || w == "stars" || w == "appear" || w == "appeared" ||
         w == "acted" || w == "acting" ||
         w == "role" || w == "debut" || w == "cameo" || w == "appears" || w == "known" || w == "performance" ||
         w == "portrayal" || w == "starring" || w == "filmography" || w == "credits";
}

// Nouns before "of" that name a title after it ("the cast of X", "episode of X").
bool of_cue(const std::string& w) {
  static const std::unordered_set<std::string> s = {"episode", "episodes", "finale", "cast", "set", "poster", "teaser",
                                                    "premiere", "season", "ost", "ratings", "stills", "remake",
                                                    "mc", "mcs", "host", "hosts", "star", "stars"};
  return s.count(w) > 0;
}

// Occupations written right before a name ("rapper Jay Kwon", "actress X").
bool occupation(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "actor", "actress", "singer", "rapper", "comedian", "comedienne", "idol", "host", "mc", "chef", "model",
      "announcer", "director", "writer", "producer", "pd", "youtuber", "presenter", "dancer", "entertainer",
      "trainee", "athlete", "screenwriter", "composer", "co-star", "costar",
      // an idol by the group's name and role ("girl group Lumina member Haeun")
      "member", "leader", "maknae", "vocalist"};
  return s.count(w) > 0;
}

// ("He'll play Y", "she's set to play Y": contracted too.)
bool pronoun(const std::string& w) {
  return w == "he" || w == "she" || w == "he'll" || w == "she'll" || w == "he's" || w == "she's" || w == "he'd" ||
         w == "she'd";
}

// Whom a pronoun stands for when its passage has named no one before it:
// the subject of the article's last sentence before it that has one, else
// the person the article names most.
const std::string& subject_before(const ArticleEntities& article, std::size_t sentence) {
  const auto& s = article.subjects;
  auto it = std::lower_bound(s.begin(), s.end(), sentence,
                             [](const std::pair<std::size_t, std::string>& x, std::size_t v) { return x.first < v; });
  return it == s.begin() ? article.person : std::prev(it)->second;
}

// Words for the people of a variety show ("guests on X", "the MC of X").
bool show_person_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {"guest", "guests", "guested", "mc", "mcs", "host", "hosts",
                                                    "hosted", "hosting", "panelist", "panelists", "contestants"};
  return s.count(w) > 0;
}

// Verbs that introduce what a person said.
bool speech_verb(const std::string& w) {
  static const std::unordered_set<std::string> s = {"said", "says", "shared", "explained", "added", "revealed",
                                                    "commented", "stated", "continued", "confessed", "recalled",
                                                    "wrote", "writes"};
  return s.count(w) > 0;
}

// Words that tell of a work's broadcast ("which aired its finale", "which
// wrapped up its run").
bool broadcast_word(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "aired",   "airs",     "premiered", "premieres", "wrapped", "concluded", "ended",   "run",
      "episode", "episodes", "finale",    "season",    "ratings", "broadcast", "starred", "stars"};
  return s.count(w) > 0;
}

// Verbs that credit a role after "as" ("she stars as Y", "he returns as Y").
bool as_verb(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "star", "stars", "starred", "appear", "appears", "appeared", "return", "returns", "returned",
      "join", "joins", "joined", "cast", "debut", "debuts", "debuted", "starring", "appearing", "returning",
      "headline", "headlines", "headlined", "acted"};
  return s.count(w) > 0;
}

// Words between a title and a name that label the name by the title
// ("Paper Kites actor X", ""Glass Orchard" star X").
bool title_label(const std::string& w) { return w == "actor" || w == "actress" || w == "star"; }

// Suffixes of Korean place names ("Ssangmun-dong", "Mapo-gu", "Jeju-do").
bool korean_place_suffix(const std::string& w) {
  static const std::unordered_set<std::string> s = {"dong", "gu", "si", "do", "ro", "gil", "ri", "myeon", "eup", "gun"};
  return s.count(w) > 0;
}

// Nationalities before "actor" ("Portuguese-Korean actor X", "Canadian
// actress Y"): a description, not the title of a work.
bool demonym(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "korean", "american", "canadian", "chinese", "japanese", "british", "english", "french", "german", "italian",
      "spanish", "portuguese", "thai", "filipino", "vietnamese", "indonesian", "australian", "taiwanese",
      "mexican", "brazilian", "russian", "indian", "irish", "scottish", "swedish", "dutch", "hollywood"};
  return s.count(w) > 0;
}

// Cities and regions news names as where something happens ("filming in
// Busan"), which ends a title's run rather than going on with it.
bool place_name(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "seoul",   "busan",   "incheon", "jeju",    "daegu",  "gwangju", "daejeon", "ulsan",  "suwon",
      "mokpo",   "gangneung", "jeonju", "sokcho", "yeosu",  "pohang",  "gyeongju", "tongyeong", "gangwon",
      "gyeonggi", "paju",   "ilsan",   "korea",   "japan",  "tokyo",   "osaka",   "paris",   "london", "bangkok"};
  return s.count(w) > 0;
}

// Words before a name that describe a real person, never only a story's
// ("the rookie X", "her husband X", "the late X").
bool real_world_descriptor(const std::string& w) {
  static const std::unordered_set<std::string> s = {
      "rookie", "veteran", "star", "stars", "late", "legendary", "member", "members", "leader", "maknae",
      "group", "agency", "duo", "couple", "friend", "friends", "colleague", "senior", "junior", "labelmate",
      "fellow", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "parents",
      "boyfriend", "girlfriend", "fiance", "fiancee", "partner", "manager", "fan", "fans", "guest", "guests",
      "comic", "singer-actress", "actor-singer", "youtuber", "winner", "nominee", "presenter", "actors",
      "actresses", "singers", "idols", "rappers", "comedians", "models", "artist", "artists", "celebrity",
      "newcomer", "musician", "cast", "lead", "leads", "protagonist", "heroine", "hero", "child",
      // Nouns of works and times: "the drama, X" and "the night, X" open a clause.
      "night", "day", "evening", "morning", "time", "year", "week", "event", "ceremony", "stage", "set"};
  return s.count(w) > 0 || occupation(w) || crew_word(w) || genre_noun(w);
}

}  // namespace

PassageInfo Recognizer::recognize(const Analysis& a, std::size_t begin, std::size_t end,
                                  const std::string& default_drama, const ArticleEntities* article) const {
  PassageInfo info;
  const Words toks(a, begin, end);
  const std::size_t n = toks.size();
  // Entity found at each token (index into found) or -1.
  std::vector<int> owner(n, -1);
  std::vector<Entity> found;
  namespace conf = confidence;
  auto claim = [&](EntityType type, std::string name, std::size_t b, std::size_t e, double confidence) {
    for (std::size_t k = b; k < e; ++k)
      if (owner[k] >= 0) return false;
    for (std::size_t k = b; k < e; ++k) owner[k] = static_cast<int>(found.size());
    found.push_back({type, std::move(name), begin + b, begin + e, confidence});
    return true;
  };
  auto is_type = [&](std::size_t k, EntityType t) { return owner[k] >= 0 && found[owner[k]].type == t; };
  // The token after the entity at word k (k + 1 if none).
  auto end_of = [&](std::size_t k) {
    std::size_t e = k + 1;
    while (owner[k] >= 0 && e < n && owner[e] == owner[k]) ++e;
    return e;
  };
  auto title_at = [&](std::size_t k) { return owner[k] >= 0 && is_title_type(found[owner[k]].type); };
  // The title the lower-case words from word `from` lead to within `reach`
  // words of sentence `sentence` ("in the 2019 drama T"), or n.
  auto title_after = [&](std::size_t from, std::size_t reach, std::size_t sentence) {
    std::size_t t = from;
    while (t < n && t < from + reach && toks.sentence(t) == sentence && !title_at(t) && !toks.upper(t)) ++t;
    return t < n && title_at(t) && toks.sentence(t) == sentence ? t : n;
  };
  // The first word of word k's sentence.
  auto sentence_start = [&](std::size_t k) {
    while (k > 0 && toks.sentence(k - 1) == toks.sentence(k)) --k;
    return k;
  };
  auto person_at = [&](std::size_t k) { return is_type(k, EntityType::kPerson); };
  // Word k is the "by" of a passive, not of a hyphened word ("by-the-book").
  auto passive_by = [&](std::size_t k) { return toks.is(k, "by") && !(k + 1 < n && toks.hyphened(k + 1)); };
  // Word k is a year: four digits ("2019").
  auto year_at = [&](std::size_t k) {
    return toks.term(k).size() == 4 && toks.term(k).find_first_not_of("0123456789") == std::string::npos;
  };
  auto capital_start = [&](std::size_t k) {
    return toks.upper(k) || std::isdigit(static_cast<unsigned char>(toks.surface(k)[0]));
  };
  // Word k may continue a name begun before it.
  auto continues = [&](std::size_t k) {
    return toks.spaced(k) || toks.after_abbreviation(k) || toks.hyphened(k) || toks.ampersand(k);
  };

  // Most words of word k's sentence start with a capital: a Title Case
  // headline.
  auto title_case_sentence = [&](std::size_t k) {
    std::size_t b = k, e = k, upper = 0;
    while (b > 0 && toks.sentence(b - 1) == toks.sentence(k)) --b;
    while (e < n && toks.sentence(e) == toks.sentence(k)) ++e;
    for (std::size_t x = b; x < e; ++x) upper += toks.upper(x) || small_word(toks.term(x)) ? 1 : 0;
    return e - b >= 3 && 10 * upper >= 8 * (e - b);
  };

  // 1. What the article taught: its characters, titles, people, short forms.
  if (article && !article->known.empty()) {
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;
    for (std::size_t x = 0; x < article->known.size(); ++x) by_first[article->known[x].terms[0]].push_back(x);
    for (std::size_t i = 0; i < n;) {
      std::size_t best_len = 0, best = 0;
      if (capital_start(i)) {
        auto it = by_first.find(toks.term(i));
        if (it == by_first.end()) it = by_first.find(toks.bare(i));
        for (std::size_t x : it == by_first.end() ? std::vector<std::size_t>{} : it->second) {
          const auto& terms = article->known[x].terms;
          // (A title written with commas, "Run, Mina, Run!", matches them.)
          const std::string& name = article->known[x].name;
          const bool commas = is_title_type(article->known[x].type) && name.find(", ") != std::string::npos;
          std::size_t m = 0;
          for (; m < terms.size() && i + m < n; ++m) {
            const std::size_t k = i + m;
            // ("'s" ends a name, unless the name has it: "The Butcher's Daughter".)
            if (m > 0 && (!(continues(k) || (commas && toks.after_comma(k))) ||
                          (toks.possessive(k - 1) && terms[m - 1] != toks.term(k - 1))))
              break;
            if (toks.term(k) != terms[m] && !(m + 1 == terms.size() && toks.bare(k) == terms[m])) break;
          }
          // A family name standing for a person ("Nam will play Y") stands
          // alone: no capitalized word right before or after it.
          // One that is also a common word only before a verb of acting.
          if (m == 1 && terms.size() == 1 && family_short_form(article->known[x]) &&
              common_word_family_name(terms[0]) && !(i + 1 < n && toks.is(i + 1, credit_subject_verb)))
            continue;
          if (m == 1 && terms.size() == 1 && family_short_form(article->known[x]) &&
              ((i + 1 < n && continues(i + 1) && toks.upper(i + 1) && !toks.possessive(i)) ||
               (i > 0 && toks.sentence(i - 1) == toks.sentence(i) && toks.upper(i - 1) && continues(i))))
            continue;
          // A title the article knows, going on into a given-name syllable,
          // is the start of a person's name ("Attorney Bae Eun-ha", where
          // "Attorney Bae" is the drama).
          if (m == terms.size() && is_title_type(article->known[x].type) && i + m < n &&
              toks.spaced(i + m) && toks.upper(i + m) && !toks.possessive(i + m - 1) &&
              toks.sentence(i + m) == toks.sentence(i) && !never_name(toks.term(i + m)) &&
              names_.is_family_name(terms.back()) &&
              (names_.is_known_syllable(toks.term(i + m)) || KoreanNames::syllable_shaped(toks.term(i + m))))
            continue;
          // (A name known as a character and as a title, "Hong Gil Soon":
          // the title after a genre word or a broadcaster's "'s".)
          const bool title_place =
              is_title_type(article->known[x].type) && i > 0 &&
              (genre_noun(toks.term(i - 1)) || (toks.possessive(i - 1) && owner[i - 1] >= 0 &&
                                                found[owner[i - 1]].type == EntityType::kBroadcaster));
          if (m == terms.size() && (m > best_len || (m == best_len && title_place))) {
            best_len = m;
            best = x;
          }
        }
      }
      if (best_len > 0) {
        claim(article->known[best].type, article->known[best].name, i, i + best_len, article->known[best].confidence);
        i += best_len;
      } else {
        ++i;
      }
    }
  }

  // 2. Gazetteer and Korean name shapes, the longer match winning.
  // A syllable the spinner turned into an English word ("Tune" for Song,
  // "Web optimization" for Seo, "Received" for Won) starting at word k:
  // the syllable and the number of words, or 0 words.
  auto spun_syllable = [&](std::size_t k, bool family) -> std::pair<std::string, std::size_t> {
    if (!toks.upper(k) || toks.possessive(k)) return {"", 0};
    const auto it = spun_syllables_.find(toks.term(k));
    if (it == spun_syllables_.end()) return {"", 0};
    for (const auto& [terms, syllable] : it->second) {
      if (family && !names_.is_family_name(text::fold_case(syllable))) continue;
      std::size_t m = 1;
      while (m < terms.size() && k + m < n && toks.spaced(k + m) && toks.term(k + m) == terms[m]) ++m;
      if (m == terms.size()) return {syllable, m};
    }
    return {"", 0};
  };
  // Given-name syllables written one per word, each a known or shaped syllable.
  auto syllable_word = [&](std::size_t j) {
    if (j >= n || owner[j] >= 0 || !toks.spaced(j) || !toks.upper(j) || toks.possessive(j)) return false;
    const std::string& w = toks.term(j);
    return !never_name(w) && (names_.is_known_syllable(w) || KoreanNames::syllable_shaped(w));
  };
  // A Korean name with one spun syllable: "Tune Ha Rin" (Song Ha Rin),
  // "Nam Gung Received" (Nam Gung Won). Family name and two given-name
  // syllables, one word each, exactly one of them spun.
  auto spun_korean_name = [&](std::size_t i) -> std::pair<std::string, std::size_t> {
    if (!toks.upper(i)) return {"", 0};  // a name starts with a capital
    const auto [family, len] = spun_syllable(i, true);
    if (len > 0 && syllable_word(i + len) && syllable_word(i + len + 1))
      return {family + " " + toks.join(i + len, i + len + 2), len + 2};
    // "Search engine marketing Gang" (Seo Gang): a family name spun into a
    // phrase no one writes before a name, and one given-name syllable.
    if (len >= 2 && syllable_word(i + len)) return {family + " " + toks.join(i + len, i + len + 1), len + 1};
    if (!toks.upper(i) || toks.possessive(i) || !names_.is_family_name(toks.term(i))) return {"", 0};
    if (syllable_word(i + 1) && i + 2 < n && owner[i + 2] < 0 && toks.spaced(i + 2) && !toks.possessive(i + 1))
      if (const auto [given, len] = spun_syllable(i + 2, false); len == 1)
        return {toks.join(i, i + 2) + " " + given, 3};
    if (i + 1 < n && owner[i + 1] < 0 && toks.spaced(i + 1))
      if (const auto [given, len] = spun_syllable(i + 1, false); len == 1 && syllable_word(i + 2))
        return {toks.join(i, i + 1) + " " + given + " " + toks.join(i + 2, i + 3), 3};
    return {"", 0};
  };
  auto korean_name_length = [&](std::size_t i) -> std::size_t {
    if (!toks.upper(i) || toks.possessive(i) || !names_.is_family_name(toks.term(i))) return 0;
    std::size_t j = i + 1;
    bool small_syllable = false;  // "In", "An", "On" as a given-name syllable
    // The given name may be hyphenated, its second syllable in lower case
    // ("Jo Tae-san", "Choi Min-ho").
    while (j < n && j - i <= 2 && owner[j] < 0 &&
           ((toks.spaced(j) && toks.upper(j)) || (j == i + 2 && toks.hyphened(j) && !toks.possessive(j - 1)))) {
      const std::string w = toks.bare(j);
      // (A lone vowel after a hyphen is a syllable too: "Ji-a", "Yu-i".)
      const bool hyphen_vowel = j == i + 2 && toks.hyphened(j) && w.size() == 1 &&
                                std::string_view("aeiou").find(w[0]) != std::string_view::npos;
      const bool shaped = names_.is_known_syllable(w) || KoreanNames::syllable_shaped(w) || names_.is_family_name(w) ||
                          (j == i + 1 && names_.given_name_shaped(w)) || hyphen_vowel;
      if (!shaped) break;
      // (A syllable after a hyphen is never the article or preposition it
      // spells: "Seong Ji-a", "Kwon Yu-a".)
      if (never_name(w) && !(j == i + 2 && toks.hyphened(j))) {
        // A capitalized "In"/"An"/"On" inside a name ("Seol In Ho", "Yoo
        // Ji An") is a syllable, not the preposition of a Title Case run:
        // last, only where no capitalized word follows; first of two,
        // only if a second syllable follows (checked below).
        if (w != "in" && w != "an" && w != "on") break;
        if (j == i + 2 && j + 1 < n && toks.spaced(j + 1) && toks.upper(j + 1) && !toks.possessive(j)) break;
        small_syllable = small_syllable || j == i + 1;
      }
      ++j;
      if (toks.possessive(j - 1)) break;
    }
    const std::size_t given = j - i - 1;
    if (given == 2) return 3;
    if (small_syllable) return 0;
    // One given word, unless a capitalized word follows that the shape
    // could not place (a longer name read only in part).
    if (given == 1 && !(j < n && toks.spaced(j) && toks.upper(j) && !toks.possessive(i + 1) && owner[j] < 0) &&
        (names_.is_known_syllable(toks.bare(i + 1)) || names_.given_name_shaped(toks.bare(i + 1))))
      return 2;
    return 0;
  };
  // "SEVENTEEN" in "Seventeen Summers": a name the gazetteer writes in
  // capitals, written otherwise at word i and going on past word j into a
  // longer capitalized run, is a word of that run.
  auto caps_name_in_run = [&](std::int32_t entry, std::size_t i, std::size_t j) {
    const std::string& name = entries_[entry].name;
    int capitals = 0;
    for (char c : name) {
      if (std::islower(static_cast<unsigned char>(c))) return false;
      if (std::isupper(static_cast<unsigned char>(c))) ++capitals;
    }
    return capitals >= 2 && !toks.all_caps(i) && !toks.possessive(j) && j + 1 < n && toks.spaced(j + 1) &&
           toks.upper(j + 1) && toks.sentence(j + 1) == toks.sentence(j);
  };
  // "the series Frozen Kingdom", "Happy Together Street": a title of the
  // gazetteer ("Kingdom", "Happy Together") inside a longer capitalized
  // run is words of another title: a one-word title mid-sentence with a
  // capitalized word on either side, a longer one followed by one in prose
  // (in a Title Case headline every word is capitalized).
  auto title_in_longer_run = [&](std::int32_t entry, std::size_t i, std::size_t len) {
    if (!is_title_type(entries_[entry].type)) return false;
    const std::size_t last = i + len - 1;
    const bool after = last + 1 < n && toks.spaced(last + 1) && toks.upper(last + 1) && !toks.possessive(last) &&
                       toks.sentence(last + 1) == toks.sentence(i) && !never_name(toks.term(last + 1));
    const bool before = i > 0 && toks.spaced(i) && toks.upper(i - 1) && owner[i - 1] < 0 &&
                        toks.sentence(i - 1) == toks.sentence(i) && !never_name(toks.term(i - 1)) &&
                        !toks.possessive(i - 1) && i >= 2 && toks.sentence(i - 2) == toks.sentence(i);
    // ("the weekend drama Our Home Sweet Home": a longer one preceded by one too.)
    if (len > 1)
      return (after || (before && !genre_noun(toks.term(i - 1)) && !description_word(toks.term(i - 1)))) &&
             !title_case_sentence(i);
    return before || after;
  };
  for (std::size_t i = 0; i < n;) {
    if (owner[i] >= 0) {
      ++i;
      continue;
    }
    std::size_t best_len = 0;
    std::int32_t best = -1;
    // Looked up by the folded word first: most words are lower case.
    auto written_lower_first = [&] {
      if (lower_firsts_.empty()) return false;
      const auto it = lower_firsts_.find(toks.possessive(i) ? toks.bare(i) : toks.term(i));
      if (it == lower_firsts_.end()) return false;
      std::string_view w = toks.surface(i);
      if (toks.possessive(i)) w.remove_suffix(2);
      return w == it->second;
    };
    if (capital_start(i) || written_lower_first()) {
      auto cur = text::PhraseTrie::kRoot;
      for (std::size_t j = i; j < n && owner[j] < 0; ++j) {
        if (j > i && toks.sentence(j) != toks.sentence(i) && !toks.after_abbreviation(j)) break;
        const auto bare = toks.possessive(j) ? trie_.step(cur, toks.bare(j)) : text::PhraseTrie::kNone;
        if (bare != text::PhraseTrie::kNone && entry_of_[bare] >= 0) {
          best = entry_of_[bare];
          best_len = j - i + 1;
        }
        cur = trie_.step(cur, toks.term(j));
        if (cur == text::PhraseTrie::kNone) break;
        if (entry_of_[cur] >= 0 && !caps_name_in_run(entry_of_[cur], i, j)) {
          best = entry_of_[cur];
          best_len = j - i + 1;
        }
      }
    }
    const std::size_t korean = korean_name_length(i);
    const auto [restored, spun_len] = korean < 3 ? spun_korean_name(i) : std::pair<std::string, std::size_t>{};
    if (spun_len > best_len && spun_len > korean) {
      claim(EntityType::kPerson, restored, i, i + spun_len, conf::kWeak);
      i += spun_len;
    } else if (korean > best_len) {
      claim(EntityType::kPerson, toks.join(i, i + korean), i, i + korean, korean >= 3 ? conf::kGood : conf::kFair);
      i += korean;
    } else if (best >= 0 && !title_in_longer_run(best, i, best_len)) {
      claim(entries_[best].type, entries_[best].name, i, i + best_len, conf::kGazetteer);
      i += best_len;
    } else {
      ++i;
    }
  }

  // 3. People by context: idols with their group ("NOVA9's Hyunwoo") and
  // names after an occupation ("rapper Jay Kwon").
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::size_t j = i + 1;
    if (toks.split_possessive(i) && j + 1 < n && owner[i] < 0 && owner[j + 1] < 0 && toks.all_caps(i) &&
        toks.sentence(i) == toks.sentence(j + 1) && toks.upper(j + 1) && toks.spaced(j + 1) &&
        !never_name(toks.bare(j + 1))) {
      // A group whose name ends in a digit: word breaking splits "NOVA9's"
      // into "NOVA9" and "s".
      claim(EntityType::kGroup, toks.join(i, j), i, j, conf::kGood);
      claim(EntityType::kPerson, toks.join(j + 1, j + 2), j + 1, j + 2, conf::kGood);
      continue;
    }
    // A known group whose name ends in punctuation: "f(x)'s Krystal".
    if (toks.detached_possessive(i) && j + 1 < n && is_type(i, EntityType::kGroup) &&
        found[owner[i]].token_end == begin + j && owner[j + 1] < 0 && toks.upper(j + 1) && toks.spaced(j + 1) &&
        toks.sentence(i) == toks.sentence(j + 1) && !never_name(toks.bare(j + 1))) {
      claim(EntityType::kPerson, toks.join(j + 1, j + 2), j + 1, j + 2, conf::kGood);
      continue;
    }
    if (owner[j] >= 0 || !toks.upper(j) || !toks.spaced(j) || never_name(toks.bare(j))) continue;
    if (toks.possessive(i)) {
      const bool group = is_type(i, EntityType::kGroup) && found[owner[i]].token_end == begin + j;
      // A group in capitals ("VIVID's Jinho"), or named so ("girl group Muse's Eunha").
      const bool named_group = i > 0 && toks.is(i - 1, "group") && toks.upper(i) && !toks.upper(i - 1);
      if (!group && (owner[i] >= 0 || !(toks.all_caps(i) || named_group) || toks.sentence(i) != toks.sentence(j)))
        continue;
      if (!group) claim(EntityType::kGroup, toks.join(i, j), i, j, conf::kGood);
      claim(EntityType::kPerson, toks.join(j, j + 1), j, j + 1, conf::kGood);
    } else if (owner[i] < 0 && toks.is(i, occupation)) {
      std::size_t e = j + 1;
      while (e < n && e - j < 3 && owner[e] < 0 && toks.spaced(e) && toks.upper(e) && !toks.possessive(e - 1) &&
             !never_name(toks.bare(e)))
        ++e;
      // "Actor Move Eun Chan": a known person's name goes on after the run
      // (a spun family name before a short form): the run is part of it.
      if (e < n && person_at(e) && toks.spaced(e) && !toks.possessive(e - 1)) continue;
      claim(EntityType::kPerson, toks.join(j, e), j, e, conf::kFair);
    }
  }

  // "Wooyeon of the boy group STELLA", "Wooyeon of STELLA": a one-word
  // name before "of" and a group (the word "group", or a name-shaped word
  // before a name in capitals).
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (owner[i] >= 0 || !toks.upper(i) || toks.possessive(i) || never_name(toks.term(i)) || !toks.is(i + 1, "of") ||
        (i > 0 && toks.sentence(i - 1) == toks.sentence(i) && toks.upper(i - 1) && toks.spaced(i)))
      continue;
    std::size_t k = i + 2;
    if (toks.is(k, "the")) ++k;
    if (k < n && (toks.is(k, "boy") || toks.is(k, "girl"))) ++k;
    const bool group_word = k < n && toks.is(k, "group") && toks.sentence(k) == toks.sentence(i);
    const bool caps = k == i + 2 && toks.all_caps(k) && (owner[k] < 0 || is_type(k, EntityType::kGroup)) &&
                      names_.given_name_shaped(toks.term(i));
    if (!group_word && !caps) continue;
    claim(EntityType::kPerson, toks.join(i, i + 1), i, i + 1, conf::kFair);
    if (caps && owner[k] < 0) claim(EntityType::kGroup, toks.join(k, k + 1), k, k + 1, conf::kGood);
  }

  // "Jisu, a member of SILKROAD,", "Hana, the youngest member of the girl
  // group X": a one-word name set off before what group it is in.
  for (std::size_t i = 0; i + 4 < n; ++i) {
    if (owner[i] >= 0 || !toks.upper(i) || toks.possessive(i) || !toks.comma_after(i) || never_name(toks.term(i)) ||
        (i > 0 && toks.sentence(i - 1) == toks.sentence(i) && toks.upper(i - 1) && toks.spaced(i)))
      continue;
    std::size_t k = i + 1;
    if (toks.is(k, "a") || toks.is(k, "the")) ++k;
    if (k < n && (toks.is(k, "youngest") || toks.is(k, "oldest") || toks.is(k, "main") || toks.is(k, "former"))) ++k;
    if (k + 2 >= n || !(toks.is(k, "member") || toks.is(k, "leader") || toks.is(k, "maknae") ||
                        toks.is(k, "vocalist")) || !toks.is(k + 1, "of") || toks.sentence(k + 1) != toks.sentence(i))
      continue;
    std::size_t g = k + 2;
    if (toks.is(g, "the")) ++g;
    if (g < n && (toks.is(g, "boy") || toks.is(g, "girl"))) ++g;
    if (g < n && toks.is(g, "group")) ++g;
    if (g >= n || !toks.upper(g) || toks.sentence(g) != toks.sentence(i)) continue;
    claim(EntityType::kPerson, toks.join(i, i + 1), i, i + 1, conf::kFair);
    if (owner[g] < 0 && toks.all_caps(g)) claim(EntityType::kGroup, toks.join(g, g + 1), g, g + 1, conf::kGood);
  }

  // A Western given name with a Korean family name ("Claudia Kim",
  // "Jessica Jung"): two capitalized words, the second a family name ending
  // the run, the first no honorific and no single romanized syllable,
  // listed with a person ("X and Park Byung Eun") or followed by a credit
  // verb.
  auto honorific = [](const std::string& w) {
    static const std::unordered_set<std::string> s = {
        "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "director", "chairman", "president", "ceo", "professor",
        "teacher", "captain", "detective", "officer", "judge", "prosecutor", "lawyer", "doctor", "nurse", "chef",
        "coach", "manager", "leader", "team", "grandma", "grandpa", "uncle", "aunt", "auntie", "king", "queen",
        "prince", "princess", "lady", "lord", "general", "minister", "secretary", "reporter", "agent"};
    return s.count(w) > 0;
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::size_t j = i + 1;
    if (owner[i] >= 0 || owner[j] >= 0 || !toks.upper(i) || !toks.upper(j) || !toks.spaced(j) ||
        toks.possessive(i) || toks.sentence(i) != toks.sentence(j))
      continue;
    const std::string& first = toks.term(i);
    if (i > 0 && (toks.is(i - 1, "in") || toks.is(i - 1, "of"))) continue;  // "the ferryman in River Song": a title
    // (A given name written as one word, "Minji Kim", is such a name too.)
    if (!names_.is_family_name(toks.bare(j)) || never_name(first) || honorific(first) || names_.is_family_name(first) ||
        names_.is_known_syllable(first) || KoreanNames::syllable_shaped(first))
      continue;
    if (j + 1 < n && toks.sentence(j + 1) == toks.sentence(j) && toks.spaced(j + 1) && toks.upper(j + 1) &&
        !toks.possessive(j))
      continue;  // a longer run: a title or another name
    const bool listed = (j + 2 < n && toks.is(j + 1, "and") && person_at(j + 2)) ||
                        (i >= 2 && toks.is(i - 1, "and") && person_at(i - 2)) ||
                        (i >= 1 && toks.comma_after(i - 1) && person_at(i - 1)) ||
                        (toks.comma_after(j) && j + 1 < n && person_at(j + 1));
    const bool credited = (j + 1 < n && (toks.is(j + 1, play_verb) || toks.is(j + 1, "as"))) ||
                          (toks.bracket_before(i) && toks.close_after(j) == ')');  // "Ethan Seo (Daniel Choi)"
    if (listed || credited) claim(EntityType::kPerson, toks.join(i, j + 1), i, j + 1, conf::kFair);
  }

  // 4. Titles: a Title Case run after a cue, at the start of a sentence
  // before a title verb, or in double quotes.
  // Right after a cue ("the melodrama When The Snow Melts", "the film She
  // Was Pretty"), a title may open with a function word or a pronoun.
  auto opens_cued_title = [&](std::size_t s) {
    static const std::unordered_set<std::string> s_words = {"when", "while", "after", "before", "in", "on", "at",
                                                            "a", "an", "i", "it", "this", "that", "he", "she",
                                                            "they", "we", "his", "her", "their",
                                                            // "ENA's Sunday Diner", "MBC's May Queen"
                                                            "monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
    return (s_words.count(toks.term(s)) > 0 || month_name(toks.term(s))) && s + 1 < n && toks.spaced(s + 1) &&
           toks.upper(s + 1) &&
           toks.sentence(s + 1) == toks.sentence(s);
  };
  auto title_run = [&](std::size_t s, std::size_t max_words, bool cued = false) -> std::size_t {
    if (s >= n || owner[s] >= 0 || !capital_start(s)) return s;
    if (never_name(toks.term(s)) && !(toks.term_is(s, "the") && s + 1 < n && toks.upper(s + 1)) &&
        !(cued && opens_cued_title(s)))
      return s;
    // "In New Rom-Com Starring X", "Romantic Comedy Starring X": a credit
    // word in a Title Case headline ends a title or starts none.
    auto credit = [&](std::size_t k) { return toks.term_is(k, "starring") || toks.term_is(k, "featuring"); };
    if (credit(s)) return s;
    std::size_t e = s + 1;
    // A possessive inside goes on to a capitalized word ("Fisherman's Daughter").
    while (e < n && e - s < max_words && continues(e) && owner[e] < 0 &&
           (!toks.possessive(e - 1) || (toks.upper(e) && !never_name(toks.term(e))))) {
      if (credit(e)) break;
      if (capital_start(e) || toks.hyphened(e)) {
        ++e;
      } else if (small_word(toks.term(e)) && e + 1 < n && toks.spaced(e + 1) && toks.upper(e + 1) &&
                 owner[e + 1] < 0 && !never_name(toks.term(e + 1)) &&  // not "Seoul on Wednesday"
                 // ("Harbor Lights Diner in Busan": a place that ends the run is where, not the title.)
                 !((toks.term_is(e, "in") || toks.term_is(e, "at")) && place_name(toks.term(e + 1)) &&
                   (e + 2 >= n || toks.sentence(e + 2) != toks.sentence(e) || !toks.upper(e + 2)))) {
        e += 2;
      } else if (toks.term_is(e, "of") && e + 1 < n && toks.spaced(e + 1) && toks.upper(e + 1) && owner[e + 1] < 0 &&
                 month_name(toks.term(e + 1)) &&
                 (e + 2 >= n || toks.sentence(e + 2) != toks.sentence(e) || !std::isdigit(static_cast<unsigned char>(
                                                                               toks.surface(e + 2)[0])))) {
        e += 2;  // "Ashes of June" (not "the end of June 5")
      } else if (small_word(toks.term(e)) && e + 2 < n && small_word(toks.term(e + 1)) && toks.spaced(e + 1) &&
                 toks.spaced(e + 2) && toks.upper(e + 2) && owner[e + 1] < 0 && owner[e + 2] < 0 &&
                 !never_name(toks.term(e + 2))) {  // "Our Cafe on the Hill"
        e += 3;
      } else {
        break;
      }
    }
    // "her debut in 2018 with": a number alone is a year or a count, no title.
    if (e == s + 1 && toks.term(s).find_first_not_of("0123456789") == std::string::npos) return s;
    // "a tailor in 1970s Busan": a decade opens a time, not a title.
    if (const std::string& t = toks.term(s);
        t.size() == 5 && t.back() == 's' && t.find_first_not_of("0123456789") == 4)
      return s;
    return e;
  };
  // Word s starts a name that words before it say is of a song, an
  // album, a fan meeting, ...: "fan meeting titled X", "her first
  // single, X", "the album X" (at most "titled" and a comma between).
  auto names_other_work = [&](std::size_t s) {
    std::size_t k = s;
    if (k > 0 && (toks.is(k - 1, "titled") || toks.is(k - 1, "entitled") || toks.is(k - 1, "called"))) --k;
    return k > 0 && toks.sentence(k - 1) == toks.sentence(s) && other_work_noun(toks.term(k - 1));
  };
  // ... or that an apposition or "is" after it says so: ""2 A.M. Letter,"
  // the second OST for the series", ""2 A.M. Letter" is the song".
  auto described_as_other_work = [&](std::size_t last) {
    if (!toks.comma_after(last) &&
        !(last + 1 < n && (toks.is(last + 1, "is") || toks.is(last + 1, "was"))))
      return false;
    for (std::size_t k = last + 1; k < n && k < last + 5 && toks.sentence(k) == toks.sentence(last); ++k)
      if (other_work_noun(toks.term(k))) return true;
    return false;
  };
  // Titles named as a crew member's work or an actor's label: never the
  // drama of a credit or of the passage.
  std::unordered_set<std::string> side_titles;
  // A title and its translation in brackets ("Nae Yeonghon-ui Jip (House of
  // My Soul)"): credits name the work by the translation.
  std::unordered_map<std::string, std::string> translated;
  // "who helmed X", "directed X", "directed by Park Hyun-woo of X": word k
  // starts a crew member's work.
  auto crew_work_before = [&](std::size_t k) {
    if (k == 0) return false;
    const std::size_t w = k - 1;
    if (toks.is(w, "helmed") || toks.is(w, "directed") || toks.is(w, "penned") || toks.is(w, "wrote")) return true;
    // "director X, who worked on T": a crew word names who worked on it.
    if (w > 0 && toks.term_is(w, "on") && toks.is(w - 1, "worked")) {
      for (std::size_t m = w - 1; m > 0 && w - m < 10 && toks.sentence(m - 1) == toks.sentence(w); --m)
        if (crew_word(toks.term(m - 1))) return true;
      return false;
    }
    if (!toks.is(w, "of") || w == 0 || !person_at(w - 1)) return false;
    const std::size_t b = found[owner[w - 1]].token_begin - begin;
    return (b > 0 && crew_word(toks.term(b - 1))) || (b > 1 && toks.is(b - 1, "by") && crew_word(toks.term(b - 2)));
  };
  // Word k's sentence tells of an award ("won Best Actress", "the prize").
  auto award_sentence = [&](std::size_t k) {
    for (std::size_t m = k; m > 0 && toks.sentence(m - 1) == toks.sentence(k) && k - m < 30; --m)
      if (toks.is(m - 1, award_word)) return true;
    return false;
  };
  // "known for the dramas A, B and C": after a plural genre noun, each
  // item of the list is a title (list_next: where the next one starts).
  std::size_t list_next = SIZE_MAX;
  EntityType list_type = EntityType::kDrama;
  for (std::size_t k = 0; k + 1 < n; ++k) {
    // Every cue below names a title that starts right after it (or after a
    // split possessive, "KBS2's X"): most words are followed by no capital.
    if (!capital_start(k + 1) && !(k + 2 < n && capital_start(k + 2))) continue;
    bool cue = false;
    EntityType type = title_cue(toks.term(k), cue);
    for (std::size_t x = 0; !cue && x < toks.token(k).alternates.size(); ++x)
      type = title_cue(toks.token(k).alternates[x], cue);
    // (Written in lower case: not a Title Case headline's "Dramas Of The
    // Second Week Of March".)
    // ("in dramas such as A, B and C", "works such as A", "dramas including
    // A and B": the list after "such as", "including" or "like".)
    const std::size_t pk = cue                                                            ? k
                           : k >= 2 && toks.is(k, "as") && toks.is(k - 1, "such")         ? k - 2
                           : k >= 1 && (toks.is(k, "including") || toks.is(k, "like")) ? k - 1
                                                                                          : k;
    const bool plural = !cue &&
                        (toks.is(pk, "dramas") || toks.is(pk, "films") || toks.is(pk, "movies") ||
                         (pk < k && (toks.is(pk, "works") || toks.is(pk, "series") || toks.is(pk, "projects")))) &&
                        !toks.upper(pk);
    const bool listed = plural || (!cue && k + 1 == list_next);
    if (plural) type = toks.is(pk, "films") || toks.is(pk, "movies") ? EntityType::kFilm : EntityType::kDrama;
    else if (listed) type = list_type;
    cue = cue || listed;
    const bool genre_cue = cue;  // "the drama X" says what X is
    // "the Korean Film Council", "the Seoul Drama Awards": a cue word inside
    // a capitalized name in a sentence is part of it (in a Title Case
    // headline, "Joins Drama X" still cues).
    if (cue && toks.upper(k) && k > 0 && toks.upper(k - 1) && toks.spaced(k) && owner[k - 1] < 0 &&
        !description_word(toks.term(k - 1)) && toks.sentence(k - 1) == toks.sentence(k) && !title_case_sentence(k))
      cue = false;
    std::size_t s = k + 1;
    if (!cue && toks.possessive(k) && is_type(k, EntityType::kBroadcaster)) cue = true;  // "tvN's X"
    // "KBS2's X": word breaking splits the possessive off a name ending in a digit.
    if (!cue && toks.split_possessive(k) && is_type(k, EntityType::kBroadcaster) && k + 2 < n) {
      cue = true;
      s = k + 2;
    }
    // "appeared as guests on X", "guested on X": a show.
    if (!cue && toks.is(k, "on") && k > 0 &&
        (toks.is(k - 1, show_person_word) || toks.is(k - 1, "appeared") || toks.is(k - 1, "appears") ||
         toks.is(k - 1, "appear"))) {
      cue = true;
      type = EntityType::kShow;
    }
    // "The web drama, titled X, is about": what follows is its name.
    if (!cue && (toks.is(k, "titled") || toks.is(k, "entitled"))) cue = true;
    // "recently wrapped up X", "wrapped up filming for X", "filming of X".
    if (!cue && k > 0 && toks.is(k, "up") && (toks.is(k - 1, "wrapped") || toks.is(k - 1, "wraps"))) cue = true;
    if (!cue && k > 0 && (toks.is(k, "for") || toks.is(k, "of")) && toks.is(k - 1, "filming")) cue = true;
    if (!cue && toks.is(k, "of") && k > 0 && toks.is(k - 1, of_cue)) cue = true;    // "episode of X"
    // "best known as the doctor Y from Spring Clinic": a role's work.
    if (!cue && toks.is(k, "from") && k > 2 && toks.upper(k - 1)) {
      bool as = false, credit = false;
      for (std::size_t m = k; m > 0 && k - m < 8 && toks.sentence(m - 1) == toks.sentence(k); --m)
        as = as || toks.is(m - 1, "as");
      for (std::size_t m = k; m > 0 && toks.sentence(m - 1) == toks.sentence(k); --m)
        credit = credit || toks.is(m - 1, "known") || toks.is(m - 1, play_verb) || toks.is(m - 1, "role");
      cue = as && credit;
    }
    // A ranking's items: "Rounding out the top five were X and Y", "X took
    // first place, followed by Y" (after a title of the same sentence).
    // (A list: "and" ends an item, as after "the dramas".)
    const bool ranking = !cue && k >= 2 && (toks.term_is(k, "were") || toks.term_is(k, "are")) &&
                         toks.is(k - 2, "top") && number_word(toks.term(k - 1));
    cue = cue || ranking;
    if (!cue && k > 0 && toks.term_is(k, "by") && toks.term_is(k - 1, "followed"))
      for (std::size_t m = k - 1; m-- > 0 && toks.sentence(m) == toks.sentence(k) && !cue;)
        cue = title_at(m);
    // "Her works include X (2017), ...", "whose credits include X": a list
    // of works starts.
    if (!cue && k > 0 && (toks.is(k, "include") || toks.is(k, "includes") || toks.is(k, "including")) &&
        (toks.term_is(k - 1, "works") || toks.term_is(k - 1, "credits") || toks.term_is(k - 1, "filmography")))
      cue = true;
    // "Season 2 of X" (its number read as a word, "two", or digits).
    if (!cue && k >= 2 && toks.is(k, "of") && toks.is(k - 2, "season") &&
        number_word(toks.term(k - 1)))
      cue = true;
    // "will premiere following the end of X", "after the finale of X": a
    // time slot's previous drama.
    // ("shared her thoughts on the end of X".)
    if (!cue && k >= 3 && toks.is(k, "of") && (toks.is(k - 1, "end") || toks.is(k - 1, "finale")) &&
        toks.is(k - 2, "the") &&
        (toks.is(k - 3, "following") || toks.is(k - 3, "after") || toks.is(k - 3, "on") || toks.is(k - 3, "about")))
      cue = true;
    // "whose English title is X", "its working title was X".
    if (!cue && k > 0 && (toks.is(k, "is") || toks.is(k, "was")) && toks.is(k - 1, "title")) cue = true;
    // "Best New Actor went to X for Lucky Strike": an award's work.
    if (!cue && toks.is(k, "for") && k > 0 && person_at(k - 1) && award_sentence(k)) cue = true;
    // "rose to fame through last year's X", "starred in last year's X": a
    // year's work in a sentence that credits.
    if (!cue && k > 0 && toks.term_is(k, "year's") &&
        (toks.is(k - 1, "last") || toks.is(k - 1, "this") || toks.is(k - 1, "previous")))
      for (std::size_t m = (k >= 10 ? k - 10 : 0); m < k && !cue; ++m)
        cue = toks.sentence(m) == toks.sentence(k) && (toks.is(m, credit_word) || toks.is(m, "fame"));
    // "since 2024's X", "starred in 2019's X": a year's work after "since"
    // or in a sentence that credits ("2024" "s": the possessive split off).
    if (!cue && toks.split_possessive(k) && k + 2 < n && year_at(k)) {
      for (std::size_t m = (k >= 10 ? k - 10 : 0); m < k && !cue; ++m)
        cue = toks.sentence(m) == toks.sentence(k) &&
              (toks.is(m, credit_word) || toks.is(m, "fame") || (m + 1 == k && toks.is(m, "since")));
      if (cue) s = k + 2;
    }
    // "who helmed X", "directed X": a work of the crew member, no credit's drama.
    const bool crew_work = !cue && crew_work_before(k + 1);
    cue = cue || crew_work;
    // "who worked on X": a work (a crew member's, above).
    if (!cue && k > 0 && toks.term_is(k, "on") && toks.is(k - 1, "worked")) cue = true;
    bool in_cue = false;
    // "his turn as the high school bully Cha Min Seong in X": a role's name
    // right before "in", after "as" and a description, names a work.
    if (!cue && toks.is(k, "in") && k > 2 && toks.upper(k - 1) && toks.spaced(k - 1)) {
      std::size_t m = k - 1;
      while (m > 0 && k - m < 4 && toks.upper(m - 1) && toks.sentence(m - 1) == toks.sentence(k)) --m;
      std::size_t d = m;
      while (d > 0 && m - d < 5 && !toks.upper(d - 1) && !toks.is(d - 1, "as") &&
             toks.sentence(d - 1) == toks.sentence(k))
        --d;
      cue = m < k - 1 && d > 0 && d < m && toks.is(d - 1, "as") && toks.sentence(d - 1) == toks.sentence(k);
      in_cue = cue;
    }
    if (!cue && toks.is(k, "in") && k + 1 < n && !media_noun(toks.term(k + 1))) {
      // "who plays Y in X", "starred in X", "In X, she plays Y"; not "Talks
      // About Playing A CEO In Pictorial With Vogue Korea".
      // ("In Talks To Star In New Medical Drama": a headline's "Star" is no cue.)
      for (std::size_t m = (k >= 10 ? k - 10 : 0); m < std::min(n, k + 12) && !cue; ++m)
        cue = m != k && toks.sentence(m) == toks.sentence(k) && toks.is(m, credit_word) &&
              !(toks.upper(m) && (toks.term_is(m, "star") || toks.term_is(m, "appear") || toks.term_is(m, "starring")));
      in_cue = cue;
    }
    // "X's latest film, T, has been invited": a genre word, a comma and a
    // title set off by commas.
    const bool apposed = cue && genre_cue && s == k + 1 && toks.comma_after(k) && !toks.upper(k) && k > 0 &&
                         (toks.possessive(k - 1) || toks.is(k - 1, "latest") || toks.is(k - 1, "new") ||
                          toks.is(k - 1, "upcoming")) &&
                         s < n && toks.upper(s) && toks.sentence(s) == toks.sentence(k);
    if (apposed) {
      const std::size_t e = title_run(s, 8, true);
      if (e > s && e < n && toks.comma_after(e - 1) && toks.sentence(e) == toks.sentence(s) &&
          !organization_word(toks.term(e - 1)) && !person_at(s))
        claim(type, toks.join(s, e), s, e, conf::kFair);
      continue;
    }
    if (!cue || !toks.spaced(s) || toks.sentence(s) != toks.sentence(k)) continue;
    // "the historical drama Hong Gil Soon": a title named after its hero,
    // written right after a genre word, is the title, not a person (unless
    // the name goes on as a subject: "the drama Kim Ha Na will lead").
    // (A noun after a determiner or a "'s": not the verb of "stills show X".)
    // ("KBS2's upcoming historical drama X"; not "the photos show X".)
    bool noun = false;
    for (std::size_t m = k; m-- > 0 && k - m <= 4 && toks.sentence(m) == toks.sentence(k) && !noun;)
      noun = toks.is(m, "the") || toks.is(m, "a") || toks.is(m, "an") || toks.possessive(m) ||
             toks.detached_possessive(m);
    if (k > 0 && toks.term(k - 1).back() == 's' && !toks.possessive(k - 1) && !toks.term_is(k - 1, "s")) noun = false;
    if (genre_cue && noun && s == k + 1 && !toks.upper(k) && person_at(s) &&
        found[owner[s]].token_begin == begin + s && found[owner[s]].confidence < conf::kStrong) {
      const std::size_t pe = end_of(s);
      const bool subject = pe < n && toks.sentence(pe) == toks.sentence(s) && !toks.comma_after(pe - 1) &&
                           (toks.is(pe, play_verb) || toks.is(pe, as_verb) || toks.is(pe, credit_subject_verb) ||
                            toks.is(pe, "as") || auxiliary(toks.term(pe)) || toks.is(pe, "leads") ||
                            toks.is(pe, "lead") || toks.is(pe, "said") || toks.is(pe, "and"));
      if (!subject && !toks.possessive(pe - 1)) {
        found[owner[s]].type = type;
        found[owner[s]].confidence = conf::kFair;
        continue;
      }
    }
    if (crew_work && owner[s] >= 0 && is_title_type(found[owner[s]].type)) side_titles.insert(found[owner[s]].name);
    std::size_t e = title_run(s, 8, !in_cue && !toks.is(k, "in"));
    // "the films Paper Moon Motel and Second Alarm": a family name and one
    // word that only looks like given syllables ("Moon Motel"), right after
    // the cued run's words, goes on with the title.
    if (e > s && e + 1 < n && person_at(e) && toks.spaced(e) && toks.sentence(e) == toks.sentence(s) &&
        found[owner[e]].token_begin == begin + e && end_of(e) == e + 2 && found[owner[e]].confidence <= conf::kFair) {
      Entity& shape = found[owner[e]];
      shape.token_end = shape.token_begin;  // dropped below
      owner[e] = owner[e + 1] = -1;
      e = title_run(s, 8, !in_cue && !toks.is(k, "in"));
    }
    // (In a list, "and" ends an item: "Rooftop Radio and Second Verdict".)
    for (std::size_t m = s + 1; (listed || ranking) && m < e; ++m)
      if (toks.is(m, "and")) e = m;
    // ("Webtoon Drama Opposite X": a headline's preposition ends the run.)
    for (std::size_t m = s + 1; m < e; ++m)
      if (toks.term_is(m, "opposite") || toks.term_is(m, "alongside")) e = m;
    // "her debut in Hello, Roommate.", "the drama Spring Rain, Autumn Wind.":
    // a comma and a capitalized run that ends the sentence go on the title.
    if (!listed && e > s && e < n && toks.comma_after(e - 1) && toks.sentence(e) == toks.sentence(s))
      if (const std::size_t e2 = title_run(e, 4);
          e2 > e && (e2 >= n || toks.sentence(e2) != toks.sentence(s) || toks.close_after(e2 - 1) ||
                     // ("... with the youth drama Hello, Seventeen in 2019.")
                     (e2 + 1 < n && toks.is(e2, "in") && year_at(e2 + 1))))
        e = e2;
    // "the horror drama Mirror: The Hidden Room has": a colon and a Title
    // Case run that a lower-case word or the sentence's end closes.
    if (e > s && e < n && toks.colon_after(e - 1) && toks.upper(e) && toks.sentence(e) == toks.sentence(s))
      if (const std::size_t e2 = title_run(e, 5);
          e2 > e && (e2 >= n || toks.sentence(e2) != toks.sentence(s) || !toks.upper(e2)))
        e = e2;
    // The last word whole: "Rom-Com" is two tokens.
    const std::string last = e - s >= 2 && toks.hyphened(e - 1) ? toks.term(e - 2) + "-" + toks.term(e - 1)
                                                                 : e > s ? toks.term(e - 1) : std::string();
    if (e <= s || (description_word(toks.term(s)) && genre_noun(last))) continue;
    // "... Film Festival" (but "the drama Cherry Hill Academy": a genre word
    // in lower case says what the name is).
    if (organization_word(last) && !(genre_cue && !toks.upper(k) && e - s >= 2)) continue;
    // "Cast In Office Drama Alongside Japanese Actor": a headline's
    // preposition and a description of a person, no title.
    if (toks.term_is(s, "alongside") || toks.term_is(s, "opposite") || last == "actor" || last == "actress" ||
        last == "actors" || last == "actresses")
      continue;
    // "Netflix's Korean series X": a word right before a genre noun describes the work.
    if (e < n && !toks.upper(e) && toks.sentence(e) == toks.sentence(s) && genre_noun(toks.term(e))) continue;
    // "Cast In First Drama Role": a part, not a work; "Webtoon Adaptation",
    // a headline's "Youth Drama": a kind of work.
    // (A spun genre word too: "Thriller Collection" for "Mystery Series".)
    const bool genre_last = genre_noun(last) || (e > s && toks.spun() && toks.is(e - 1, genre_noun));
    if (last == "role" || last == "roles" || (e == s + 1 && genre_last) || (genre_last && title_case_sentence(s)))
      continue;
    // "an interview in Seoul on Wednesday": a place, by the day or month after it.
    if (in_cue && e + 1 < n && toks.is(e, "on") && never_name(toks.term(e + 1))) continue;
    // "a shop in Ssangmun-dong", "filmed in Jeju-do": a Korean place by its suffix.
    if (e - s >= 2 && toks.hyphened(e - 1) && korean_place_suffix(toks.term(e - 1))) continue;
    // "K-Drama Adaptation Of Japanese Manga X": what the work is, not its name.
    if (toks.term_is(s, "adaptation") || toks.term_is(s, "remake") || toks.term_is(s, "sequel")) continue;
    if (names_other_work(s)) continue;
    // "appeared as guests on the latest episode of KBS2's X": a show.
    for (std::size_t m = (s >= 8 ? s - 8 : 0); m < s && type == EntityType::kDrama && !genre_cue; ++m)
      if (toks.sentence(m) == toks.sentence(s) && show_person_word(toks.term(m))) type = EntityType::kShow;
    if (claim(type, toks.join(s, e), s, e, conf::kGood) && (listed || ranking) && e < n &&
        toks.sentence(e) == toks.sentence(s)) {
      list_type = type;
      if (toks.is(e, "and") && e + 1 < n && capital_start(e + 1)) list_next = e + 1;
      else if (toks.comma_after(e - 1) && capital_start(e)) list_next = e;
    }
    if (crew_work) side_titles.insert(toks.join(s, e));
  }
  for (std::size_t s = 0; s < n; ++s) {
    if (s > 0 && toks.sentence(s) == toks.sentence(s - 1)) continue;
    const std::size_t e = title_run(s, 6);
    // "Spring Tailor Shop, which wrapped up its run last Sunday, was ...": a
    // run set off by ", which" and a clause that tells of its broadcast.
    if (e > s + 1 && e < n && toks.comma_after(e - 1) && toks.is(e, "which") && !organization_word(toks.term(e - 1)))
      for (std::size_t k = e + 1; k < n && k < e + 10 && toks.sentence(k) == toks.sentence(s); ++k) {
        if (toks.is(k, broadcast_word)) {
          claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kFair);
          break;
        }
        if (toks.comma_after(k)) break;
      }
    if (e <= s || e >= n || !toks.spaced(e)) continue;
    // "Filming is set to begin in July": a gerund opening a sentence is the
    // activity it is about, not a one-word title.
    const std::string& first = toks.term(s);
    if (e == s + 1 && first.size() >= 6 && first.compare(first.size() - 3, 3, "ing") == 0) continue;
    // ("Photos shared online show": what a sentence shows is no title.)
    if (organization_word(toks.term(e - 1)) || (e == s + 1 && (genre_noun(first) || media_noun(first)))) continue;
    // "Nielsen Korea has released the ratings": a company's country branch.
    if (e > s + 1 && (toks.term_is(e - 1, "korea") || demonym(toks.term(e - 1)))) continue;
    const std::string& v = toks.term(e);
    const std::string& v2 = e + 1 < n ? toks.term(e + 1) : v;
    if (toks.is(e, title_verb) || ((v == "has" || v == "have") && e + 1 < n && toks.is(e + 1, title_verb)) ||
        (v == "will" && (v2 == "air" || v2 == "premiere")) ||
        (v == "is" && (v2 == "about" || v2 == "set" || v2 == "available" || v2 == "streaming")) || v == "streams")
      claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kWeak);
  }
  // "Night Flower Market, starring A and B, ranked third", "The River
  // Postman (starring A) came in sixth", "..., and Snow Village Diaries, the
  // new romance starring A, entered": a run that opens a clause (a
  // sentence, or ", and") and that a line-up follows.
  for (std::size_t s = 0; s + 3 < n; ++s) {
    const bool opens = s == 0 || toks.sentence(s - 1) != toks.sentence(s) ||
                       (s >= 2 && toks.term_is(s - 1, "and") && toks.comma_after(s - 2));
    if (!opens || owner[s] >= 0 || !toks.upper(s)) continue;
    bool starring = false;  // (cheap first: most clauses have no line-up)
    for (std::size_t m = s + 2; m < n && m < s + 14 && !starring && toks.sentence(m) == toks.sentence(s); ++m)
      starring = toks.term_is(m, "starring");
    if (!starring) continue;
    const std::size_t e = title_run(s, 6);
    if (e <= s + 1 || e + 1 >= n || toks.sentence(e) != toks.sentence(s) || organization_word(toks.term(e - 1)) ||
        !(toks.comma_after(e - 1) || toks.bracket_before(e)))
      continue;
    std::size_t m = e;
    if (toks.comma_after(e - 1) && toks.term_is(m, "the"))
      while (m < n && m < e + 5 && !toks.upper(m) && !toks.term_is(m, "starring")) ++m;
    if (m + 1 < n && toks.term_is(m, "starring") && person_at(m + 1) && (m == e || genre_noun(toks.term(m - 1))))
      claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kFair);
  }
  // "The festival opens with The Tideflat Son, directed by X and starring
  // A": a Title Case run set off before "directed by" and a name; "The
  // closing film is Last Bus to Mokpo, the feature debut of ...": one after
  // "film is" that ends its clause.
  for (std::size_t d = 1; d + 2 < n; ++d) {
    const bool directed = toks.term_is(d, "directed") && toks.is(d + 1, "by") && toks.comma_after(d - 1) &&
                          toks.upper(d + 2) && toks.sentence(d + 2) == toks.sentence(d);
    const bool film_is = !directed && d >= 2 && toks.upper(d) && owner[d] < 0 &&
                         (toks.is(d - 1, "is") || toks.is(d - 1, "was")) && toks.is(d - 2, "film") &&
                         toks.sentence(d - 2) == toks.sentence(d);
    if (!directed && !film_is) continue;
    if (film_is) {
      const std::size_t e = title_run(d, 6);
      if (e > d && !organization_word(toks.term(e - 1)) &&
          (e >= n || toks.sentence(e) != toks.sentence(d) || toks.comma_after(e - 1)))
        claim(EntityType::kFilm, toks.join(d, e), d, e, conf::kFair);
      continue;
    }
    for (std::size_t b = d >= 6 ? d - 6 : 0; b < d; ++b) {
      if (owner[b] >= 0 || !toks.upper(b) || toks.sentence(b) != toks.sentence(d) ||
          (b > 0 && toks.sentence(b - 1) == toks.sentence(b) && toks.upper(b - 1) && !toks.comma_after(b - 1)))
        continue;
      if (title_run(b, 6) == d && !organization_word(toks.term(d - 1)) && !person_at(b)) {
        bool film = false;
        for (std::size_t m = sentence_start(d); m < n && toks.sentence(m) == toks.sentence(d) && !film; ++m)
          film = toks.is(m, "film") || toks.is(m, "movie") || toks.is(m, "festival");
        claim(film ? EntityType::kFilm : EntityType::kDrama, toks.join(b, d), b, d, conf::kFair);
        break;
      }
    }
  }
  // "Meanwhile, Cheongsan Diary, in which X plays a country doctor, came
  // third": a Title Case run set off before "in which" and a credit names
  // the work the credit is in.
  for (std::size_t s = 0; s + 4 < n; ++s) {
    if (owner[s] >= 0 || (s > 0 && toks.sentence(s - 1) == toks.sentence(s) && !toks.comma_after(s - 1))) continue;
    const std::size_t e = title_run(s, 6);
    if (e <= s || e + 3 >= n || !toks.comma_after(e - 1) || !toks.is(e, "in") || !toks.is(e + 1, "which") ||
        !person_at(e + 2) || organization_word(toks.term(e - 1)) || toks.sentence(e + 2) != toks.sentence(s))
      continue;
    const std::size_t v = end_of(e + 2);
    if (v < n && (toks.is(v, play_verb) || toks.is(v, "stars") || toks.is(v, "starred") || toks.is(v, "appears") ||
                  toks.is(v, "appeared")))
      claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kFair);
  }
  // A numbered list of works ("5 dramas to watch"): "1. Harvest Moon Inn —
  // starring ...": a Title Case run between the number and a dash, a
  // colon or the line's end names the item (before a broadcaster in
  // brackets, the rule for "Title (tvN)" below decides).
  for (std::size_t s = 0; s + 1 < n; ++s) {
    if (!toks.list_number(s)) continue;
    const std::size_t e = title_run(s + 1, 8);
    if (e > s + 1 && (e == n || toks.item_break_before(e)) && !organization_word(toks.term(e - 1)) &&
        !(e < n && toks.bracket_before(e)))
      claim(EntityType::kDrama, toks.join(s + 1, e), s + 1, e, conf::kGood);
  }
  // A slate of works: a line that is a Title Case run alone, then a line
  // "Starring: A, B" (or "Cast:") names the work of that line.
  for (std::size_t s = 0; s + 1 < n; ++s) {
    if (!toks.line_start(s)) continue;
    const std::size_t e = title_run(s, 8);
    if (e > s && e + 1 < n && toks.line_start(e) && (toks.is(e, "starring") || toks.is(e, "cast")) &&
        toks.colon_after(e) && !organization_word(toks.term(e - 1)))
      claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kGood);
  }
  // "Lantern Alley's Seok Min Ji": a Title Case run of two words or more
  // with "'s" right before a person names the person's work (not a
  // company's or a place's: "Bluebird Entertainment's", "South Korea's").
  for (std::size_t s = 0; s + 2 < n; ++s) {
    if (owner[s] >= 0 || (s > 0 && toks.sentence(s - 1) == toks.sentence(s) && toks.upper(s - 1))) continue;
    const std::size_t e = title_run(s, 6);
    if (e < s + 2 || e >= n || !toks.possessive(e - 1) || !person_at(e) || !toks.spaced(e)) continue;
    // (Nor an idol group's, often written in capitals: "ROYAL FLAME's Yoon Bin".)
    bool place = false, caps = true;
    for (std::size_t k = s; k < e; ++k) {
      place = place || toks.bare(k) == "korea" || toks.bare(k) == "seoul" || toks.bare(k) == "busan" ||
              demonym(toks.bare(k));
      caps = caps && toks.all_caps(k);
    }
    if (!place && !caps && !organization_word(toks.bare(e - 1)))
      claim(EntityType::kDrama, toks.join(s, e), s, e, conf::kFair);
  }
  for (std::size_t i = 0; i < n; ++i) {
    // In double quotes, or in single quotes (a title inside quoted speech).
    const bool single = toks.open_before(i) != '"' && toks.single_quote_before(i);
    if ((toks.open_before(i) != '"' && !single) || !capital_start(i)) continue;
    // A title found before that stops short of the closing quote (the
    // gazetteer's "The Red Sleeve" in "The Red Sleeve Diaries"): the
    // quoted run is the title.
    int held = -1;
    // "'Minji's Notebook 2'": a name with "'s" may open a quoted title.
    bool name_first = false;
    if (owner[i] >= 0) {
      const Entity& e = found[owner[i]];
      name_first = (e.type == EntityType::kPerson || e.type == EntityType::kCharacter) &&
                   e.token_begin == begin + i && e.token_end == begin + i + 1 && toks.possessive(i);
      if (!name_first && (!title_at(i) || e.token_begin != begin + i)) continue;
      held = owner[i];
    }
    auto closes = [&](std::size_t j) { return single ? toks.single_quote_after(j) : toks.close_after(j) == '"'; };
    std::size_t j = i;
    bool title_case = true;
    while (j < n && j - i < 10) {
      if (!toks.upper(j) && !small_word(toks.term(j)) &&
          !std::isdigit(static_cast<unsigned char>(toks.surface(j)[0])))
        title_case = false;
      if (closes(j)) break;
      ++j;
    }
    if (j >= n || j - i >= 10 || !title_case || !closes(j)) continue;
    bool free = true;
    for (std::size_t k = i; k <= j; ++k) free = free && (owner[k] < 0 || owner[k] == held);
    // A name inside a quoted Title Case run, not at its start, is part of
    // the title ("Run, Mina, Run!", "Our Neighbor Ji Ho"): the run takes it
    // over, when some word of the run is no name.
    if (!free && held < 0 && j > i) {
      bool inside = true, plain = false;
      for (std::size_t k = i; k <= j && inside; ++k) {
        if (owner[k] < 0) {
          plain = plain || !small_word(toks.term(k));
          continue;
        }
        const Entity& e = found[owner[k]];
        inside = (e.type == EntityType::kPerson || e.type == EntityType::kCharacter) && e.token_begin > begin + i &&
                 e.token_end <= begin + j + 1;
      }
      if (inside && plain) {
        for (std::size_t k = i; k <= j; ++k)
          if (owner[k] >= 0) {
            Entity& e = found[owner[k]];
            e.token_end = e.token_begin;  // dropped below
            owner[k] = -1;
          }
        free = true;
      }
    }
    if (!free) continue;
    if (held >= 0) {
      Entity& t = found[held];
      if (t.token_end == begin + j + 1) continue;  // already the whole quoted run
      if (name_first) {
        t.type = EntityType::kDrama;
        t.confidence = conf::kGood;
      }
      for (std::size_t k = i; k <= j; ++k) owner[k] = held;
      t.token_end = begin + j + 1;
      t.name = toks.join(i, j + 1);
      continue;
    }
    EntityType type = EntityType::kDrama;
    bool context = false;  // a word saying what kind of title this is
    for (std::size_t k = (i >= 3 ? i - 3 : 0); k < std::min(n, j + 4); ++k) {
      if (k >= i && k <= j) continue;
      const std::string_view w = toks.term(k);
      if (w == "show" || w == "program" || w == "variety") type = EntityType::kShow;
      else if (w == "film" || w == "movie") type = EntityType::kFilm;
      if (title_context_word(std::string(w)) || ((w == "in" || w == "of") && k + 1 == i)) context = true;
    }
    // "appeared as guests on the latest episode of JTBC's X": a show's
    // guests and hosts, in the words before it.
    for (std::size_t k = (i >= 8 ? i - 8 : 0); k < i && type == EntityType::kDrama; ++k)
      if (toks.sentence(k) == toks.sentence(i) && show_person_word(toks.term(k))) type = EntityType::kShow;
    // A quoted single word ("Cut!") is a title only when the text says so.
    if (j == i && !context) continue;
    if (names_other_work(i) || described_as_other_work(j)) continue;
    claim(type, toks.join(i, j + 1), i, j + 1, context ? conf::kStrong : conf::kGood);
  }
  // A work named in single quotes inside quoted speech ("since watching
  // him in 'X'") is what the speaker recalls, not the drama of the credits
  // around it, however it was found (the article may know it). Outside
  // speech, single quotes are how some news writes every title.
  for (const auto& e : found) {
    const std::size_t b = e.token_begin - begin, last = e.token_end - begin - 1;
    if (is_title_type(e.type) && e.name != default_drama && toks.single_quote_before(b) &&
        toks.single_quote_after(last) && toks.in_double_quotes(b))
      side_titles.insert(e.name);
    // A quoted crew member's work (the cue loop above takes unquoted ones).
    if (is_title_type(e.type) && e.name != default_drama && crew_work_before(b)) side_titles.insert(e.name);
  }
  // "Paper Kites actor Seo Do Hyun", "Glass Orchard star X": a Title Case
  // run right before actor, actress or star and a person is a title, and
  // such a label (a title found before too) is no other credit's drama.
  for (std::size_t label = 1; label + 1 < n; ++label) {
    if (!person_at(label + 1) || !toks.is(label, title_label)) continue;
    // "Starlight Diner co-star Oh Min-chan": the title is before "co-".
    const std::size_t k = label >= 2 && toks.hyphened(label) && toks.term_is(label - 1, "co") ? label - 1 : label;
    if (owner[k - 1] >= 0) {
      if (title_at(k - 1)) side_titles.insert(found[owner[k - 1]].name);
      continue;
    }
    if (toks.upper(k) || demonym(toks.term(k - 1))) continue;
    std::size_t b = k;
    while (b > 0 && k - b < 6 && toks.sentence(b - 1) == toks.sentence(k) && owner[b - 1] < 0 &&
           (toks.upper(b - 1) || (b < k && small_word(toks.term(b - 1)) && b >= 2 && toks.upper(b - 2))) &&
           (b == k || toks.spaced(b)))
      --b;
    while (b < k && !toks.upper(b)) ++b;  // a title does not open with "and"
    if (b == k || never_name(toks.term(b))) continue;
    const bool opens_sentence = b == 0 || toks.sentence(b - 1) != toks.sentence(b);
    if (opens_sentence && k - b < 2) continue;  // "Veteran actor X"
    claim(EntityType::kDrama, toks.join(b, k), b, k, conf::kFair);
    side_titles.insert(toks.join(b, k));
  }
  // "1. Starlight Diner (tvN)": a capitalized run right before a
  // broadcaster in brackets is a title.
  for (std::size_t k = 1; k < n; ++k) {
    if (!is_type(k, EntityType::kBroadcaster) || !toks.bracket_before(k) || owner[k - 1] >= 0 ||
        toks.sentence(k - 1) != toks.sentence(k))
      continue;
    std::size_t b = k;
    while (b > 0 && k - b < 8 && owner[b - 1] < 0 && toks.sentence(b - 1) == toks.sentence(k) &&
           (toks.upper(b - 1) || (small_word(toks.term(b - 1)) && b >= 2 && toks.upper(b - 2))) &&
           (b == k || continues(b)))
      --b;
    while (b < k && !toks.upper(b)) ++b;
    // ("The Lighthouse Lawyer (tvN)": "The" opens a title.)
    if (b < k && (!never_name(toks.term(b)) || (toks.term_is(b, "the") && b + 1 < k && toks.upper(b + 1))))
      claim(EntityType::kDrama, toks.join(b, k), b, k, conf::kGood);
  }
  // "Nae Yeonghon-ui Jip (House of My Soul)": a Title Case run of two
  // words or more in brackets right after a title is its translation.
  for (std::size_t k = 1; k + 1 < n; ++k) {
    if (owner[k] >= 0 || !title_at(k - 1) || !toks.bracket_before(k) || toks.sentence(k - 1) != toks.sentence(k))
      continue;
    const std::size_t e = title_run(k, 8);
    if (e < k + 2 || toks.close_after(e - 1) != ')' || organization_word(toks.term(e - 1))) continue;
    const EntityType type = found[owner[k - 1]].type;  // (claim may grow `found`)
    const std::string name = toks.join(k, e);
    if (claim(type, name, k, e, conf::kFair)) translated[found[owner[k - 1]].name] = name;
  }
  // "Best Actress: Kwon Mi-rae (Dear Stranger)": a Title Case run of two
  // words or more in brackets right after a person, and no name, is the
  // person's work.
  for (std::size_t k = 1; k < n; ++k) {
    if (!toks.bracket_before(k) || owner[k] >= 0 || !person_at(k - 1) || toks.sentence(k - 1) != toks.sentence(k) ||
        names_.is_family_name(toks.term(k)))
      continue;
    const std::size_t e = title_run(k, 8);
    if (e >= k + 2 && toks.close_after(e - 1) == ')') claim(EntityType::kDrama, toks.join(k, e), k, e, conf::kFair);
  }
  // A list of titles after a credit word ("starred in "Paper Kites" and
  // Night Courier", "known for X, Y and Z"): a Title Case run joined to a
  // title by "and", or by a comma to a title that is more than one bare
  // word ("Hello, Dorm 302" is one title), is one of the same kind.
  // listed_with: each title's later titles in such a list.
  std::unordered_map<std::string, std::vector<std::string>> listed_with;
  // Word k is a year in brackets: "(2019)".
  auto dated = [&](std::size_t k) {
    return toks.bracket_before(k) && year_at(k) && toks.close_after(k) == ')';
  };
  // The end of a Title Case run from word `from` that ends its clause (the
  // sentence's end, a comma, a dated year or a lower-case word follows), or
  // `from` if there is none: "in Velvet Storm (2019)", "in Dawn Patrol Unit.".
  auto clause_title_end = [&](std::size_t from) {
    const std::size_t e = title_run(from, 6);
    const bool ends = e > from && (e >= n || toks.sentence(e) != toks.sentence(from) || toks.comma_after(e - 1) ||
                                   dated(e) || !toks.upper(e));
    return ends ? e : from;
  };
  // ("Her works include A (2017), B (2019)": a list of works.)
  auto works_include = [&](std::size_t m) {
    return toks.term_is(m, "works") && m + 1 < n && (toks.is(m + 1, "include") || toks.is(m + 1, "including"));
  };
  for (std::size_t x = 0; x < found.size(); ++x) {
    if (!is_title_type(found[x].type)) continue;
    std::size_t t = found[x].token_end - begin;  // the word after the title
    if (t >= n || toks.sentence(t) != toks.sentence(t - 1)) continue;
    const std::size_t tb = found[x].token_begin - begin;
    const bool listable = t - tb > 1 || toks.close_after(tb) == '"';
    std::size_t last = t - 1;  // the title's last word, or its year's ("Cold Coffee" (2019), ...)
    const bool with_year = dated(t);
    if (with_year) {
      last = t;
      ++t;
      if (t >= n || toks.sentence(t) != toks.sentence(last)) continue;
    }
    std::size_t s = toks.is(t, "and") ? t + 1 : listable && toks.comma_after(last) ? t : n;
    if (s >= n || toks.sentence(s) != toks.sentence(t) || toks.is(s, "and")) continue;
    // "and the weekend drama Y": a title a cue already found; "and the
    // recently wrapped Y (2024)": a run dated as the list's items are;
    // ", as well as the film Y".
    for (std::size_t k = s; k < n && k < s + 5 && toks.sentence(k) == toks.sentence(s) && !toks.upper(k); ++k) {
      if (k + 1 < n && owner[k + 1] >= 0 && is_title_type(found[owner[k + 1]].type)) s = k + 1;
      if (with_year && k + 1 < n && owner[k + 1] < 0 && toks.upper(k + 1)) {
        const std::size_t e = title_run(k + 1, 6);
        if (e > k + 1 && e < n && dated(e)) s = k + 1;
      }
    }
    // (A later item of a list already credited: "appeared in dramas
    // including A, B, and C, as well as the film D".)
    bool credited = std::any_of(listed_with.begin(), listed_with.end(), [&](const auto& head) {
      return std::find(head.second.begin(), head.second.end(), found[x].name) != head.second.end();
    });
    for (std::size_t m = (t >= 12 ? t - 12 : 0); m < t && !credited; ++m)
      credited = toks.sentence(m) == toks.sentence(t) && (toks.is(m, credit_word) || works_include(m));
    if (!credited) continue;
    const std::string first = found[x].name;
    std::string name;
    if (owner[s] >= 0) {  // a title already known (the article's, or quoted)
      if (!is_title_type(found[owner[s]].type)) continue;
      name = found[owner[s]].name;
    } else {
      std::size_t e = title_run(s, 6);
      // After a comma, "and" ends the item ("A, B and C"): C follows.
      for (std::size_t m = s + 1; s == t && m + 1 < e; ++m)
        if (toks.is(m, "and")) e = m;
      // A run followed by a verb is the subject of the next clause ("and
      // Kim Ha Na plays"), not a title.
      if (e <= s ||
          (e < n && toks.sentence(e) == toks.sentence(s) && (toks.is(e, play_verb) || toks.is(e, auxiliary))))
        continue;
      name = toks.join(s, e);
      claim(found[x].type, name, s, e, conf::kFair);
    }
    // Every earlier title of the list heads each later one ("X, Y and Z").
    listed_with[first].push_back(name);
    for (auto& [head, rest] : listed_with)
      if (head != first && std::find(rest.begin(), rest.end(), first) != rest.end()) rest.push_back(name);
  }

  // "Mystery Library 2 will begin filming", "join Crown Of Thorns 2
  // because": a number of one or two digits right after a title is its
  // season, unless a word of counting follows ("2 episodes", "9 percent").
  for (std::size_t x = 0; x < found.size(); ++x) {
    Entity& t = found[x];
    const std::size_t d = t.token_end - begin, after = d + 1;
    if (!is_title_type(t.type) || d >= n || owner[d] >= 0 || !toks.spaced(d) || toks.sentence(d) != toks.sentence(d - 1) ||
        toks.term(d).size() > 2 || toks.term(d).find_first_not_of("0123456789") != std::string::npos)
      continue;
    const bool ends = after >= n || toks.sentence(after) != toks.sentence(d) || toks.comma_after(d) ||
                      toks.close_after(d) || toks.upper(after) || toks.is(after, auxiliary) ||
                      toks.is(after, title_verb) || toks.term_is(after, "has");
    const std::string& w = ends ? toks.term(d) : toks.term(after);
    const bool counting = !ends && (w.back() == 's' || w == "percent" || w == "million" || w == "thousand" ||
                                    w == "of" || w == "to" || w == "and" || w == "or" || w == "p.m" || w == "a.m");
    if (counting) continue;
    owner[d] = static_cast<int>(x);
    t.token_end = begin + after;
    t.name = toks.join(t.token_begin - begin, after);
  }

  // "Can You Hear My Heart? has released": the mark is the title's.
  for (auto& t : found)
    if (is_title_type(t.type))
      if (const char mark = toks.mark_in_title(t.token_end - begin - 1); mark && t.name.back() != mark) t.name += mark;

  // A name with a word that repair left in doubt (it may be spun: "Town"
  // for City in a title) may not be written as the original was.
  auto doubtful = [&](std::size_t b, std::size_t e) {  // tokens of the passage
    for (std::size_t k = b; k < e; ++k)
      if (!toks.token(k).alternates.empty()) return true;
    return false;
  };
  for (auto& ent : found)
    if (doubtful(ent.token_begin - begin, ent.token_end - begin)) ent.confidence = std::min(ent.confidence, conf::kWeak);

  // 5. Credits. A capitalized run after a credit cue is a character.
  // The described role is skipped ("as a lawyer named Y"); a preposition
  // ends it ("as a guest alongside Z": Z is no role). A name with "'s"
  // anchors a relation: the role is the name after it ("plays Y's younger
  // sister W"), or none the text names ("plays Y's grandmother").
  // Word x may describe a role before its name: lower case, or a role
  // written in capitals ("the cold-hearted CEO Yoo Jin Hyuk").
  // ... or a profession before a full name of two words or more.
  auto describes = [&](std::size_t x) {
    if (!toks.upper(x) || capitalized_role(toks.term(x))) return true;
    return professional_title(toks.term(x)) && x + 2 < n && toks.upper(x + 1) &&
           (toks.spaced(x + 1) || toks.after_abbreviation(x + 1)) &&
           ((toks.spaced(x + 2) && toks.upper(x + 2)) || toks.hyphened(x + 2));
  };
  std::function<std::pair<std::size_t, std::size_t>(std::size_t, std::size_t)> capitalized_run =
      [&](std::size_t from, std::size_t sentence) -> std::pair<std::size_t, std::size_t> {
    std::size_t k = from, skipped = 0;
    // (A sentence break after "Dr." is none.)
    auto same = [&](std::size_t x) { return toks.sentence(x) == sentence || toks.after_abbreviation(x); };
    while (k < n && same(k) && describes(k) && skipped < 7) {
      const std::string_view w = toks.term(k);
      // "best friend and coworker Y", "a cold and ambitious heir Y", "the
      // genius but lonely surgeon Y": "and" or "but" between two words of
      // the description goes on; before a name or a
      // verb ("and falls for Z") it ends the role.
      // (", and director X": after a comma, "and" starts the list's next item.)
      if ((w == "and" || w == "but") && k > from && k + 1 < n && toks.sentence(k + 1) == sentence &&
          !toks.upper(k + 1) && toks.term(k + 1).back() != 's' && !toks.is(k + 1, play_verb) &&
          !toks.comma_after(k - 1)) {
        ++k;
        ++skipped;
        continue;
      }
      if (w == "and" || w == "but" || w == "while" || w == "who" || w == "whose" || w == "which" ||
          w == "alongside" || w == "with" || w == "opposite" || w == "of" || w == "for" || w == "at" ||
          w == "on" || w == "from" || w == "to" || w == "than")
        return {0, 0};
      ++k;
      ++skipped;
    }
    if (k >= n || !same(k) || !toks.upper(k) || never_name(toks.term(k)) || title_at(k))
      return {0, 0};
    // "Confirmed As Female Lead Of ...": a headline's part, not a name.
    if ((toks.term_is(k, "female") || toks.term_is(k, "male") || toks.term_is(k, "lead") ||
         toks.term_is(k, "leading") || toks.term_is(k, "main")) &&
        title_case_sentence(k))
      return {0, 0};
    std::size_t e = k + 1;
    if (owner[k] >= 0) {
      e = k;
      while (e < n && owner[e] == owner[k]) ++e;
      // A person who plays someone himself is an actor of the list, not a
      // character (but "his character, the chef Y, as a man who": an aside).
      if (person_at(k) && e < n && (toks.is(e, play_verb) || toks.is(e, "as")) && !toks.comma_after(e - 1))
        return {0, 0};
      if (toks.possessive(e - 1)) return capitalized_run(e, sentence);
      return {k, e};
    }
    // ("Dal-i"; "Mr. Han": a title's full stop goes on.)
    while (e < n && e - k < 4 &&
           ((toks.spaced(e) && toks.upper(e)) || toks.hyphened(e) || (toks.after_abbreviation(e) && toks.upper(e))) &&
           !toks.possessive(e - 1) && (toks.hyphened(e) || !never_name(toks.term(e))) && owner[e] < 0)
      ++e;
    // "plays Crown Prince Yi Hwan", "the royal guard Mu Jin": a name found
    // as a person right after the run (a family name and syllables, or a
    // one-word stage name) ends the role's name; it becomes part of it.
    if (e < n && toks.spaced(e) && person_at(e) && found[owner[e]].token_begin == begin + e &&
        !toks.possessive(e - 1)) {
      const std::size_t pe = end_of(e);
      const bool acts = pe < n && (toks.is(pe, play_verb) || toks.is(pe, "as"));
      if (pe - k <= 5 && !acts) {
        Entity& whole = found[owner[e]];
        for (std::size_t x = k; x < e; ++x) owner[x] = owner[e];
        whole.token_begin = begin + k;
        whole.name = toks.join(k, pe);
        return {k, pe};
      }
    }
    if (toks.possessive(e - 1)) return capitalized_run(e, sentence);
    return {k, e};
  };
  // "since"/"because" further on may be a spun "as" ("will make a special
  // appearance because the king's messenger Jeon Gyeol"): read so when a
  // described role's name follows and ends the clause, as no cause does
  // ("because the king's messenger Jeon Gyeol arrived"), even in a text
  // that shows little other spin (a lightly spun copy).
  // A relation names the role after it: "Seo Ri's younger sister Ma Da Hye".
  // So does "in" and a title after it ("because the CEO Y in "Z."").
  std::function<bool(std::size_t, std::size_t)> names_role_and_ends = [&](std::size_t from, std::size_t sentence) {
    std::size_t k = from;
    while (k < n && k < from + 5 && toks.sentence(k) == sentence && describes(k)) ++k;
    if (k >= n || toks.sentence(k) != sentence || !toks.upper(k) || never_name(toks.term(k))) return false;
    std::size_t e = k + 1;
    while (e < n && e - k < 4 && toks.sentence(e) == sentence && toks.spaced(e) && toks.upper(e) &&
           !toks.possessive(e - 1))
      ++e;
    if (toks.possessive(e - 1) && e < n && toks.sentence(e) == sentence) return names_role_and_ends(e, sentence);
    return e >= n || toks.sentence(e) != sentence || toks.comma_after(e - 1) ||
           (e + 1 < n && toks.is(e, "in") && title_at(e + 1));
  };
  // `strength`: the credit pattern's confidence, which the character takes.
  auto make_character = [&](std::size_t b, std::size_t e, double strength) -> std::string {
    // A run that was recognized as a person is a character here.
    if (person_at(b)) {
      Entity& ent = found[owner[b]];
      ent.type = EntityType::kCharacter;
      ent.confidence = strength;
      return ent.name;
    }
    if (owner[b] >= 0) return is_type(b, EntityType::kCharacter) ? found[owner[b]].name : std::string();
    const std::string name = toks.join(b, e);
    claim(EntityType::kCharacter, name, b, e, doubtful(b, e) ? std::min(strength, conf::kWeak) : strength);
    return name;
  };
  struct Credit {
    std::string actor, character;
    std::size_t at;      // token of the actor (or the pronoun)
    std::size_t after;   // token after the character, or after the actor
    std::string drama;   // named by "in X" right after the character
    double strength;     // of the pattern and the actor's name
    double drama_sure = 1.0;  // of the title named by "in X"
    bool named_by_title = false;  // "T actor X": a credit without a cue word
    std::size_t drama_at = SIZE_MAX;  // where to look for its drama, if not at the actor
    std::size_t drama_token() const { return drama_at != SIZE_MAX ? drama_at : at; }
  };
  // "as", or what spinners write for it ("since", "because") in a spun
  // text, or before a role's name that ends the clause, as no cause does
  // (a lightly spun text may show little else: "joins her because the
  // detective Min Jae Kyung."); where this is asked, a role's name must
  // follow.
  auto as_like = [&](std::size_t k) {
    if (toks.is(k, "as")) return true;
    if (!toks.term_is(k, "since") && !toks.term_is(k, "because")) return false;
    return toks.spun() || names_role_and_ends(k + 1, toks.sentence(k));
  };
  std::vector<Credit> credits;
  // "X played Y in T and (the detective) Z in U": the second role of a
  // parallel list, in its own title; the character is empty if the words
  // after credit c's title are no such list. The parallel form is the
  // evidence: U may be a Title Case run no cue has named yet.
  auto parallel_role = [&](const Credit& c, std::size_t s) {
    Credit out{c.actor, "", c.at, c.after, "", c.strength};
    if (c.character.empty() || c.after + 1 >= n || !toks.is(c.after, "in")) return out;
    const std::size_t first_title = title_after(c.after + 1, 4, s);  // "in the historical drama T"
    if (first_title == n) return out;
    const std::size_t k = end_of(first_title);
    if (k + 3 >= n || !toks.is(k, "and") || toks.sentence(k + 3) != s) return out;
    std::size_t z = k + 1;
    while (z < n && z < k + 4 && !toks.upper(z) && toks.sentence(z) == s) ++z;  // "the detective"
    // (A name right before "in" is no actor here: "and Z starred in U" would
    // put a verb between.)
    if (z >= n || !toks.upper(z) || toks.sentence(z) != s || title_at(z) ||
        (owner[z] >= 0 && found[owner[z]].name == c.actor))
      return out;
    std::size_t ze = owner[z] >= 0 ? end_of(z) : z;
    while (owner[z] < 0 && ze < n && ze < z + 4 && (toks.upper(ze) || toks.hyphened(ze)) && owner[ze] < 0 &&
           toks.sentence(ze) == s)
      ++ze;
    if (ze + 1 >= n || !toks.is(ze, "in") || toks.sentence(ze + 1) != s) return out;
    std::size_t t = title_after(ze + 1, 4, s);
    if (t == n) {
      std::size_t tb = ze + 1;
      while (tb < n && tb < ze + 4 && !toks.upper(tb) && toks.sentence(tb) == s) ++tb;
      const std::size_t te = tb < n && toks.sentence(tb) == s ? clause_title_end(tb) : tb;
      if (te == tb || !claim(found[owner[first_title]].type, toks.join(tb, te), tb, te, conf::kFair)) return out;
      t = tb;
    }
    out.character = make_character(z, ze, c.strength);
    out.after = ze;
    out.drama = found[owner[t]].name;
    out.drama_sure = found[owner[t]].confidence;
    return out;
  };
  // A bare credit's drama named by the words around the actor (a label, a
  // possessive, "of X", brackets): that title, as sure as it was found.
  auto named_by = [](Credit& c, const Entity& title) {
    c.drama = title.name;
    c.drama_sure = title.confidence;
    c.named_by_title = true;
  };
  std::string last_actor;
  std::size_t subject_sentence = SIZE_MAX;  // the sentence last_actor opens
  // After word k, one to three lower-case words and a name in k's sentence
  // ("X's character, grandfather Y", "X's character, the translator Y").
  auto described_name_follows = [&](std::size_t k) {
    std::size_t m = k + 1;
    while (m < n && m < k + 4 && !toks.upper(m) && toks.sentence(m) == toks.sentence(k)) ++m;
    return m > k + 1 && m < n && toks.upper(m) && toks.sentence(m) == toks.sentence(k);
  };
  // "The actress, who plays Y": a noun for the person the text is about,
  // read as a pronoun (not "the actor Kim X", who is named).
  auto noun_for_person = [&](std::size_t i) {
    const std::string_view w = toks.term(i);
    return (w == "actress" || w == "actor" || w == "star" || w == "singer" || w == "idol") && i > 0 &&
           toks.is(i - 1, "the") && i + 1 < n && !toks.upper(i + 1);
  };
  // Where the role a quote gives its speaker starts, or 0: a quote that
  // opens on "My character, Y," (or "My role"), or whose "I" played a
  // named role before word `end` (""I could not have played Y without
  // you," she said").
  auto quoted_own_role = [&](std::size_t s0, std::size_t end) -> std::size_t {
    if (toks.open_before(s0) != '"') return 0;
    if (toks.term_is(s0, "my") && s0 + 2 < end && (toks.is(s0 + 1, "character") || toks.is(s0 + 1, "role")))
      return s0 + 2;
    for (std::size_t k = s0; k + 1 < end; ++k) {
      if (!toks.term_is(k, "i")) continue;
      for (std::size_t v = k + 1; v + 1 < end && v < k + 5; ++v)
        if (toks.is(v, play_verb)) return toks.upper(v + 1) ? v + 1 : 0;
    }
    return 0;
  };
  // "his character, the fisherman Y": the subject's own role.
  // ("Her portrayal of Y", "her turn as Y in T": so is the subject's
  // portrayal.)
  auto own_character = [&](std::size_t i) {
    return (toks.term_is(i, "his") || toks.term_is(i, "her")) && i + 2 < n &&
           (toks.is(i + 1, "character") || (toks.is(i + 1, "portrayal") && toks.is(i + 2, "of")) ||
            ((toks.is(i + 1, "turn") || toks.is(i + 1, "performance")) && toks.is(i + 2, "as")));
  };
  // The last two people named as a pair ("X and Y") before word i: in the
  // passage, else in the article's sentences before it; empty if none.
  auto last_pair = [&](std::size_t i) {
    std::pair<std::string, std::string> pair;
    for (std::size_t a = 0; a < i; ++a)
      if (person_at(a) && found[owner[a]].token_begin == begin + a) {
        std::size_t j = end_of(a);
        // ("A stars opposite B" pairs them as "A and B" does.)
        if (j + 2 < i && toks.is(j + 1, "opposite") &&
            (toks.is(j, "stars") || toks.is(j, "starred") || toks.is(j, "star")))
          ++j;
        if (j + 1 < i && (toks.is(j, "and") || toks.is(j, "opposite")) && person_at(j + 1) &&
            toks.sentence(j + 1) == toks.sentence(a))
          pair = {found[owner[a]].name, found[owner[j + 1]].name};
      }
    if (pair.first.empty() && article) {
      const auto& ps = article->pairs;
      auto it = std::lower_bound(ps.begin(), ps.end(), toks.sentence(i),
                                 [](const auto& x, std::size_t v) { return x.first < v; });
      if (it != ps.begin()) pair = std::prev(it)->second;
    }
    return pair;
  };
  // "The former will play Y, while the latter plays Z": the pair's first
  // or second person.
  auto former_latter = [&](std::size_t i) {
    return i > 0 && (toks.term_is(i, "former") || toks.term_is(i, "latter")) && toks.term_is(i - 1, "the");
  };
  // "Her father is best known for playing Y": the parent the article
  // named for its subject ("X, the daughter of actor Z"), "" if none.
  auto parent_named = [&](std::size_t i) -> std::string {
    if (!article || article->parents.empty() || i + 1 >= n || !(toks.term_is(i, "his") || toks.term_is(i, "her")))
      return {};
    const std::string_view w = toks.term(i + 1);
    if (w != "father" && w != "mother" && w != "dad" && w != "mom") return {};
    const std::string& subject = !last_actor.empty() ? last_actor : subject_before(*article, toks.sentence(i));
    for (const auto& [child, parent] : article->parents)
      if (child == subject) return parent;
    return {};
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::string parent = parent_named(i);
    const bool pron = (pronoun(toks.term(i)) || noun_for_person(i) || own_character(i) || former_latter(i) ||
                       !parent.empty()) &&
                      i + 1 < n;
    if (!person_at(i) && !pron) continue;
    std::string actor;
    std::size_t after = i + 1;
    std::size_t possessive_role = SIZE_MAX;  // "X's Y is": where Y starts
    double actor_confidence = conf::kFair;  // a pronoun's antecedent
    if (pron) {
      // "she plays Y": the person last named, else the article's main one.
      // A pronoun that opens its sentence's subject carries the person
      // before it on: "In her speech, she thanked director X and ..." is
      // no sentence about X.
      if (toks.sentence(i) != subject_sentence) {
        std::string antecedent =
            !last_actor.empty() ? last_actor : article ? subject_before(*article, toks.sentence(i)) : std::string();
        if (!antecedent.empty()) {
          last_actor = std::move(antecedent);
          subject_sentence = toks.sentence(i);
        }
      }
      // (""My character, Y, runs a fish stall," she said.")
      bool verb = own_character(i);
      if (!verb && i + 1 < n && toks.is(i + 1, speech_verb)) {
        verb = quoted_own_role(sentence_start(i), i) > 0;
      }
      // ("She is set to play Y", "he is going to appear as Y": words of
      // time and plan between may take the verb further.)
      auto bridge = [&](std::size_t k) {
        const std::string_view w = toks.term(k);
        return w == "is" || w == "was" || w == "will" || w == "be" || w == "set" || w == "going" || w == "to" ||
               w == "slated" || w == "expected" || w == "also" || w == "reportedly" ||
               // ("He first rose to fame as Y")
               w == "first" || w == "rose" || w == "fame";
      };
      for (std::size_t k = i + 1; k < n && k < i + 7 && !verb && toks.sentence(k) == toks.sentence(i); ++k) {
        verb = toks.is(k, play_verb) ||
               (as_like(k) && k > i + 1 && (toks.is(k - 1, as_verb) || toks.is(k - 1, "fame")));
        // ("she will appear in the drama as Y", "he joins Blue Moon as Y".)
        if (!verb && toks.is(k, as_verb)) {
          std::size_t m = k + 1;
          if (m + 2 < n && toks.is(m, "in") && toks.is(m + 1, "the") && genre_noun(toks.term(m + 2))) m += 3;
          else if (m + 1 < n && toks.is(m, "the") && genre_noun(toks.term(m + 1))) m += 2;
          else if (m < n && toks.is(m, "in") && m + 1 < n && title_at(m + 1)) m = end_of(m + 1);
          else if (m < n && title_at(m)) m = end_of(m);
          verb = m > k + 1 && m < n && toks.sentence(m) == toks.sentence(i) && as_like(m);
        }
        if (!verb && k >= i + 3 && !bridge(k)) break;
      }
      // "She will take on the role of Y", "He has been offered the part of Y".
      for (std::size_t k = i + 1; k + 1 < n && k < i + 7 && !verb && toks.sentence(k) == toks.sentence(i); ++k)
        verb = (toks.is(k, "role") || (toks.is(k, "part") && toks.is(k - 1, "the"))) && toks.is(k + 1, "of");
      // "He is best known (to younger viewers) for his role as Y", "... for playing Y".
      for (std::size_t k = i + 1; k + 2 < n && k < i + 5 && !verb && toks.sentence(k) == toks.sentence(i); ++k) {
        if (!toks.is(k, "known")) continue;
        for (std::size_t m = k + 1; m + 1 < n && m < k + 6 && !verb && toks.sentence(m) == toks.sentence(i); ++m)
          verb = toks.is(m, "for") && (toks.is(m + 1, "his") || toks.is(m + 1, "her") || toks.is(m + 1, play_verb));
      }
      // "He also appeared in the film T", "She previously starred in T": a
      // verb of the cast and a title after it credit the pronoun's person
      // with the title (a bare credit, as the line-up sentence gives).
      // ("The actress debuted in 2014 with a small part in the film T".)
      if (!verb && (pronoun(toks.term(i)) || noun_for_person(i))) {
        std::size_t k = i + 1;
        while (k < n && k < i + 4 && toks.sentence(k) == toks.sentence(i) &&
               (toks.is(k, "also") || toks.is(k, "previously") || toks.is(k, "once") || toks.is(k, "recently") ||
                toks.is(k, "has") || toks.is(k, "had") || toks.is(k, "last") || toks.is(k, "will")))
          ++k;
        // ("He made his debut in 2016 with the web drama T".)
        const bool made_debut = k + 3 < n && toks.is(k, "made") && (toks.is(k + 1, "his") || toks.is(k + 1, "her")) &&
                                toks.is(k + 2, "debut");
        if (made_debut) k += 1;
        if (k + 1 < n && toks.sentence(k) == toks.sentence(i) && (toks.is(k, as_verb) || made_debut) &&
            !toks.is(k, "cast") && (made_debut || toks.is(k + 1, "in") || toks.is(k + 1, "on")))
          // ("appeared in supporting roles in the films A and B")
          for (std::size_t t = k + 2; t < n && t < k + 12 && toks.sentence(t) == toks.sentence(i) && !verb &&
                                      !person_at(t) && !toks.is(t, play_verb);
               ++t)
            verb = title_at(t);
      }
      if (!verb) continue;
      actor = !last_actor.empty() ? last_actor : article ? subject_before(*article, toks.sentence(i)) : std::string();
      if (former_latter(i)) {
        const auto pair = last_pair(i);
        actor = toks.term_is(i, "former") ? pair.first : pair.second;
      }
      if (!parent.empty()) {
        actor = parent;
        after = i + 2;
      }
      if (actor.empty()) continue;
    } else {
      actor = found[owner[i]].name;  // a copy: found may grow below
      actor_confidence = found[owner[i]].confidence;
      while (after < n && owner[after] == owner[i]) ++after;
      // "X's earlier work, as Y": a name with "'s" is no subject, except
      // of its own role ("X's character Y", "X's first lead role since"),
      // not one set off by a comma ("X's earlier role, as Y": an aside).
      if (toks.possessive(after - 1)) {
        bool own_role = false;
        for (std::size_t k = after; k < n && k < after + 3 && !own_role; ++k)
          // "X's character, Y, is", "X's character, grandfather Y, is"
          own_role = (toks.is(k, "character") || toks.is(k, "role") || toks.is(k, "debut") || toks.is(k, "portrayal") ||
                      toks.is(k, "performance") || toks.is(k, "turn")) &&
                     (!toks.comma_after(k) || (k + 1 < n && toks.upper(k + 1)) ||
                      (toks.is(k, "character") && described_name_follows(k)));
        // "Jin Seo Woo's Na Rae is a barista", "Yeo Min Jae's Choi Han Gyeol,
        // the café's owner, ...": a name right after the actor's "'s", as
        // the subject or set off by a comma, is the actor's role.
        if (!own_role && after < n && toks.spaced(after) && owner[after] >= 0 &&
            found[owner[after]].token_begin == begin + after &&
            (is_type(after, EntityType::kCharacter) ||
             (person_at(after) && found[owner[after]].confidence < conf::kStrong))) {
          const std::size_t ye = end_of(after);
          if (ye < n && toks.sentence(ye) == toks.sentence(i) && !toks.possessive(ye - 1) &&
              (toks.comma_after(ye - 1) || toks.is(ye, "is") || toks.is(ye, "was")))
            possessive_role = after;
        }
        if (!own_role && possessive_role == SIZE_MAX) {
          i = after - 1;
          continue;
        }
      }
      // A pronoun stands for a sentence's subject, the first person it
      // names ("X rose to fame as the student Y. He then ...": X, not Y).
      // A speaker's label ("Song Yu Bin: Mi Na is amazing. She plays ...")
      // is no subject.
      const bool speaker = toks.colon_after(after - 1) && (i == 0 || toks.sentence(i - 1) != toks.sentence(i));
      if (toks.sentence(i) != subject_sentence && !speaker) {
        last_actor = actor;
        subject_sentence = toks.sentence(i);
      }
    }
    const std::size_t s = toks.sentence(i);
    Credit c{actor, "", i, after, "", conf::kFair};
    if (possessive_role != SIZE_MAX) {
      const std::size_t ye = end_of(possessive_role);
      c.character = make_character(possessive_role, ye, c.strength = conf::kGood);
      c.after = ye;
    }
    // "Bae Na Rae, the character X plays in T": the role named before.
    if (c.character.empty() && !pron && i >= 4 && toks.is(i - 1, "character") && toks.is(i - 2, "the") &&
        toks.comma_after(i - 3) && after < n && toks.is(after, play_verb)) {
      std::size_t b = i - 2;
      while (b > 0 && i - 2 - b < 4 && toks.upper(b - 1) && toks.sentence(b - 1) == s && !title_at(b - 1) &&
             (b == i - 2 || toks.spaced(b)))
        --b;
      if (b < i - 2) {
        c.character = make_character(b, i - 2, c.strength = conf::kGood);
        if (after + 2 < n && toks.is(after + 1, "in") && title_at(after + 2) && toks.sentence(after + 2) == s) {
          c.drama = found[owner[after + 2]].name;
          c.drama_sure = found[owner[after + 2]].confidence;
        }
      }
    }
    // "Oh Da-rae, the baker she played": a role named before a description
    // that the actor (or a pronoun for the actor) played.
    if (c.character.empty() && i >= 3 && after < n) {
      std::size_t d = i;
      while (d > 0 && i - d < 5 && !toks.upper(d - 1) && !toks.comma_after(d - 1) && toks.sentence(d - 1) == s) --d;
      if (d < i && d > 1 && toks.comma_after(d - 1) && toks.is(d, "the") && toks.is(after, play_verb)) {
        std::size_t b = d;
        while (b > 0 && d - b < 4 && (toks.upper(b - 1) || toks.hyphened(b - 1)) && toks.sentence(b - 1) == s &&
               !title_at(b - 1) && (b == d || toks.spaced(b) || toks.hyphened(b)))
          --b;
        if (b < d && toks.upper(b)) c.character = make_character(b, d, c.strength = conf::kGood);
      }
    }
    // "X's role in the drama is the chef, Y": the role's "is" credits as
    // an "is" right after the actor does.
    std::size_t is_at = SIZE_MAX;
    if (!pron && toks.possessive(after - 1)) {
      bool role_word = false;
      for (std::size_t k = after; k < n && k < after + 7 && toks.sentence(k) == s; ++k) {
        if (role_word && (toks.term_is(k, "is") || toks.term_is(k, "was"))) {
          is_at = k;
          break;
        }
        role_word = role_word || toks.is(k, "role") || toks.is(k, "character");
        if (!(toks.is(k, "role") || toks.is(k, "character") || toks.is(k, "in") || toks.is(k, "the") ||
              genre_noun(toks.term(k)) || title_at(k)))
          break;
      }
    }
    // "X's character Y", "X plays Y", "X (is cast) as Y", within a short window.
    // Further on, only "as" and a described role credit ("X debuted in 2016
    // with the web drama Z and rose to stardom as the student Y"), up to
    // another subject.
    auto window = [&](std::size_t start) {
      // (Distance in words, a title counted as one: "X has been cast in the
      // web drama Seven Days of Rain, playing Y".)
      std::size_t dist = 0;
      for (std::size_t k = start; k < n && k < start + 20 && toks.sentence(k) == s;
           ++k, dist += k < n && title_at(k) && owner[k] == owner[k - 1] ? 0 : 1) {
        // Another person ends the window, unless named with "'s" inside it
        // ("starred in Search, Moon's earlier work, as Y"): a modifier.
        if (person_at(k) && k > start && !toks.possessive(end_of(k) - 1)) break;
        const bool as_word = as_like(k);
        if (dist >= 10) {
          if (pronoun(toks.term(k))) break;
          // ("X is in talks to appear in the upcoming drama T as Y": "as"
          // right after a title credits its role.)
          if (!as_word || k + 1 >= n ||
              !(toks.is(k + 1, "the") || toks.is(k + 1, "a") || (k > 0 && title_at(k - 1) && toks.is(k, "as"))))
            continue;
        }
        // "X is the title "camera thief," the freelance marketer Y": right
        // after the actor, "is" credits a name the article already knows as a
        // character, with no other person between them.
        // So does a described role that ends the clause ("X is her neighbor
        // Y, a grumpy baker"); a preposition ends a role ("the sister of Y"),
        // and without a determiner it is no role ("X is dating Y").
        if ((k == start || k == is_at) && !pron && (toks.term_is(k, "is") || toks.term_is(k, "was"))) {
          // (Not one named with "'s": "is in talks to join as Y's first love, Z".)
          for (std::size_t m = k + 1; m < n && m < k + 12 && toks.sentence(m) == s && !person_at(m); ++m)
            if (is_type(m, EntityType::kCharacter) && !toks.possessive(end_of(m) - 1)) {
              c.character = found[owner[m]].name;
              c.strength = conf::kFair;
              c.after = end_of(m);
              break;
            }
          const std::string& det = k + 1 < n ? toks.term(k + 1) : toks.term(k);
          if (c.character.empty() && (det == "the" || det == "a" || det == "an" || det == "her" || det == "his" ||
                                      det == "their") &&
              names_role_and_ends(k + 1, s))
            if (auto [b, e] = capitalized_run(k + 1, s); e > b) {
              c.character = make_character(b, e, conf::kFair);
              c.strength = conf::kFair;
              c.after = e;
            }
          // "Lastly, X is Y, a high school teacher on leave": a name right
          // after "is", set off by a comma before a described role.
          if (c.character.empty() && k + 2 < n && toks.upper(k + 1) && !title_at(k + 1) &&
              !(owner[k + 1] >= 0 && found[owner[k + 1]].name == actor))
            if (auto [b, e] = capitalized_run(k + 1, s);
                e > b && b == k + 1 && e + 1 < n && toks.comma_after(e - 1) && toks.sentence(e) == s &&
                (toks.is(e, "a") || toks.is(e, "an") || toks.is(e, "the"))) {
              c.character = make_character(b, e, conf::kFair);
              c.strength = conf::kFair;
              c.after = e;
            }
          if (!c.character.empty()) break;
          continue;
        }
        // "transforms into Y" credits as "plays Y" does.
        const bool into = (toks.is(k, "transforms") || toks.is(k, "transformed") || toks.is(k, "transform")) &&
                          k + 1 < n && toks.is(k + 1, "into");
        // "X brings the exiled prince Y to life": so does a role brought to life.
        bool life = false;
        const std::string& bring = toks.term(k);
        if (bring == "brings" || bring == "bring" || bring == "brought" || bring == "bringing")
          for (std::size_t m = k + 2; m + 1 < n && m < k + 10 && toks.sentence(m) == s && !life; ++m)
            life = toks.upper(m - 1) && toks.is(m, "to") && toks.is(m + 1, "life");
        const bool verb = toks.is(k, play_verb) || into || life,
                   role = (toks.is(k, "role") || toks.is(k, "portrayal") ||
                           (toks.is(k, "part") && toks.is(k - 1, "the"))) &&
                          k + 1 < n && toks.is(k + 1, "of");
        // "X is played (again) by Z": Z is the actor.
        if (verb && k + 1 < n && (passive_by(k + 1) || (k + 2 < n && passive_by(k + 2) && !toks.upper(k + 1)))) break;
        // Spinners write "as" as "since" or "because" (as_like): read so
        // right after the actor ("stars X since Y"), after "cast", "role" or
        // a verb that credits with "as" ("joined the forged since Y", "joins
        // her because Y", "her function because the nurse Y"), far along the
        // sentence, and anywhere before a role's name that ends its clause.
        // ("as soon as", "as well as": a comparison, no role.)
        const bool comparison = k + 2 < n && (toks.term_is(k + 2, "as") || (k > 1 && toks.term_is(k - 2, "as")));
        const bool as = !comparison && (toks.is(k, "as") || (k == start && (toks.term_is(k, "since") || as_word)) ||
                        (as_word && k > start &&
                         (toks.is(k - 1, "cast") || toks.is(k - 1, as_verb) || toks.is(k - 1, "role") ||
                          (k >= start + 2 && toks.is(k - 2, as_verb)))) ||  // "joins her as"
                        (as_word && dist >= 10) ||
                        ((toks.term_is(k, "because") || toks.term_is(k, "since")) && names_role_and_ends(k + 1, s)));
        // "X said, "My character Y cannot cook"": the speaker's own role.
        const bool own = k > start && toks.is(k - 1, "my") && (toks.is(k, "character") || toks.is(k, "role")) &&
                         toks.is(start, speech_verb);
        // "X described his character, the chef Y, as": the subject's own role.
        const bool his = !pron && k > start && k <= start + 3 && toks.is(k, "character") &&
                         (toks.term_is(k - 1, "his") || toks.term_is(k - 1, "her"));
        if (verb || as || (toks.is(k, "character") && k == start) || role || own || his) {
          std::size_t from = k + 1 + (role || into ? 1 : 0);
          // "who played the role of (the innkeeper) Y", "play the lead role
          // of Y": the role follows "of".
          if (verb && from + 2 < n && (toks.is(from, "the") || toks.is(from, "a"))) {
            std::size_t r = from + 1;
            while (r < from + 3 && r < n && !toks.upper(r) && !toks.is(r, "role")) ++r;
            if (r + 1 < n && toks.is(r, "role") && toks.is(r + 1, "of")) from = r + 2;
          }
          auto [b, e] = capitalized_run(from, s);
          if (e > b) {
            c.strength = own || his ? conf::kGood
                         : !toks.is(k, "as") && !verb && !role && !toks.is(k, "character") ? conf::kWeak  // a spun cue
                         : toks.is(k, "as")                                              ? conf::kGood
                                                                                         : conf::kStrong;
            c.character = make_character(b, e, c.strength);
            c.after = e;
          }
          break;
        }
      }
    };
    // "X, who won hearts as the grandmother in Z, joins as Y": the main
    // clause after the aside first, whose title (not the aside's) is the
    // credit's drama; then the window right after the actor.
    std::size_t aside_end = 0;
    if (!pron && after > 0 && after < n && toks.term_is(after, "who") && toks.comma_after(after - 1))
      for (std::size_t k = after + 1; k + 1 < n && toks.sentence(k + 1) == s; ++k)
        if (toks.comma_after(k)) {
          aside_end = k + 1;
          break;
        }
    // "X, the actor behind the beloved bodyguard Y in T, is in talks to
    // join as Z": the aside credits Y (in T), the main clause goes on.
    if (!pron && !aside_end && after + 3 < n && toks.comma_after(after - 1) && toks.is(after, "the") &&
        toks.is(after + 1, title_label) && toks.is(after + 2, "behind")) {
      std::size_t end = after + 3;
      while (end < n && toks.sentence(end) == s && !toks.comma_after(end)) ++end;
      if (auto [b, e] = capitalized_run(after + 3, s); e > b && e <= end + 1) {
        Credit role{actor, make_character(b, e, conf::kGood), i, e, "", std::min(conf::kGood, actor_confidence)};
        if (e + 1 < n && toks.is(e, "in") && title_at(e + 1) && toks.sentence(e + 1) == s) {
          role.drama = found[owner[e + 1]].name;
          role.drama_sure = found[owner[e + 1]].confidence;
        }
        if (!role.character.empty()) credits.push_back(std::move(role));
        aside_end = end + 1 < n && toks.sentence(end + 1) == s ? end + 1 : 0;
        if (!aside_end) {
          i = after - 1;
          continue;
        }
        window(aside_end);
        if (c.character.empty()) {  // no role in the main clause: nothing more
          i = after - 1;
          continue;
        }
        c.drama_at = aside_end;
      }
    }
    if (aside_end && c.character.empty()) {
      window(aside_end);
      // "X, who played ... in Z, is filming the movie W": with no role
      // after the aside, a title its main clause puts X in (a line-up
      // word before it) is the credit's; the aside's stays the aside's.
      bool cued = false;
      for (std::size_t k = aside_end; c.character.empty() && k < n && toks.sentence(k) == s; ++k) {
        if (toks.is(k, lineup_cue)) {
          cued = true;
        } else if (title_at(k) && cued) {
          c.drama_at = k;
          Credit own{actor, "", i, after, "", std::min(conf::kFair, actor_confidence)};
          own.drama_at = after + 1;
          credits.push_back(std::move(own));
          break;
        }
      }
      // The aside still credits its own work ("as the grandmother in Z"):
      // a bare credit whose drama is sought inside the aside.
      if (!c.character.empty()) {
        c.drama_at = aside_end;
        Credit own{actor, "", i, after, "", std::min(conf::kFair, actor_confidence)};
        own.drama_at = after + 1;
        credits.push_back(std::move(own));
      }
    }
    if (c.character.empty()) window(after);
    // "Y, played by X", "Y is played by X": the character named before the verb.
    // ("played by veteran actor X": describing words may stand between.)
    std::size_t by = i;
    // ("comedian-turned-actor X": hyphened words of a description too.)
    while (by > 0 && i - by < 4 && !toks.upper(by - 1) && !toks.is(by - 1, "by") && toks.sentence(by - 1) == s &&
           (real_world_descriptor(toks.term(by - 1)) || toks.hyphened(by - 1) || (by < i && toks.hyphened(by))))
      --by;
    // ("Y, played again by X": an adverb may stand between.)
    // ("Y is brought to life by X" as "Y is played by X".)
    const std::size_t verb_at = by >= 3 && toks.is(by - 2, play_verb)                          ? by - 2
                                : by >= 4 && !toks.upper(by - 2) && toks.is(by - 3, play_verb) ? by - 3
                                : by >= 5 && toks.is(by - 2, "life") && toks.is(by - 3, "to") &&
                                        (toks.is(by - 4, "brought") || (toks.spun() && toks.is(by - 4, "delivered")))
                                    ? by - 4
                                    : 0;
    // (Not "will play his by-the-book partner, Y".)
    if (c.character.empty() && !pron && verb_at > 0 && passive_by(by - 1)) {
      std::size_t e = verb_at;
      while (e > 0 && auxiliary(toks.term(e - 1))) --e;
      if (e > 0 && (toks.term_is(e - 1, "who") || toks.term_is(e - 1, "whom"))) --e;  // "Y, who is played by X"
      // "Do Kang Ho, whose adult self is played by X": the role before "whose".
      if (e > 1 && (toks.term_is(e - 1, "self") || toks.term_is(e - 1, "version")))
        for (std::size_t w = e - 1; w > 0 && e - w <= 3; --w)
          if (toks.term_is(w - 1, "whose")) {
            e = w - 1;
            break;
          }
      // "Y, the inn's polite manager played by X": a description set off
      // by a comma after the name.
      if (e > 0 && !toks.upper(e - 1)) {
        std::size_t k = e;
        while (k > 0 && e - k < 6 && !toks.upper(k - 1) && toks.sentence(k - 1) == s && !toks.comma_after(k - 1)) --k;
        if (k > 0 && k < e && toks.comma_after(k - 1) && (toks.is(k, "the") || toks.is(k, "a"))) e = k;
      }
      // "Y, the food critic who wrote the review that closed her shop, is
      // played by X": a longer description between two commas, after the
      // role that opens the sentence.
      if (e > 0 && !toks.upper(e - 1) && toks.comma_after(e - 1)) {
        const std::size_t s0 = sentence_start(e - 1);
        std::size_t r = s0;
        while (r < e && r < s0 + 4 && (toks.upper(r) || (r > s0 && toks.hyphened(r))) && !toks.comma_after(r)) ++r;
        if (r < e && r > s0 && (toks.upper(r) || toks.hyphened(r)) && toks.comma_after(r)) ++r;
        if (r > s0 && r + 1 < e && e - r <= 30 && toks.comma_after(r - 1) &&
            (toks.is(r, "the") || toks.is(r, "a") || toks.is(r, "an") || toks.is(r, "who")) && !title_at(s0))
          e = r;
      }
      // "5. Baron Kim in Moonrise Kingdom Academy (played by X)": a Title
      // Case run between "in" and the bracket is the title.
      if (e > 2 && toks.open_before(e) == '(' && toks.upper(e - 1) && !title_at(e - 1) && owner[e - 1] < 0) {
        std::size_t r = e - 1;
        while (r > 0 && e - r < 6 && owner[r - 1] < 0 && toks.upper(r - 1) && toks.sentence(r - 1) == s) --r;
        if (r > 1 && toks.is(r - 1, "in") && (toks.upper(r - 2) || toks.hyphened(r - 2)) && toks.sentence(r - 2) == s)
          claim(EntityType::kDrama, toks.join(r, e), r, e, conf::kFair);
      }
      // "Y in the upcoming drama T will be played by X": the role before
      // "in" and the title.
      if (e > 0 && title_at(e - 1)) {
        std::size_t t = e - 1;
        while (t > 0 && owner[t - 1] == owner[e - 1]) --t;
        std::size_t k = t;
        while (k > 0 && t - k < 4 && !toks.upper(k - 1) && !toks.is(k - 1, "in") && toks.sentence(k - 1) == s) --k;
        // (a hyphened given name before "in" too: "Goh Min-seok in T (played by X)")
        if (k > 1 && toks.is(k - 1, "in") && (toks.upper(k - 2) || toks.hyphened(k - 2)) && toks.sentence(k - 2) == s)
          e = k - 1;
      }
      std::size_t b = e;
      // (A hyphened word after a capital: "Park Dal-in", not "the new part-timer Y".)
      while (b > 0 && e - b < 4 && (toks.upper(b - 1) || (toks.hyphened(b - 1) && b >= 2 && toks.upper(b - 2))) &&
             toks.sentence(b - 1) == s &&
             (toks.hyphened(b - 1) || !never_name(toks.term(b - 1))) && !title_at(b - 1) &&
             (b == e || toks.spaced(b) || toks.hyphened(b)))
        --b;
      if (e - b >= 3 && professional_title(toks.term(b))) ++b;  // "Captain Do Kang-hyuk, portrayed by X"
      if (b < e) c.character = make_character(b, e, c.strength = conf::kStrong);
    }
    // "As the scheming queen Y, X delivers a career-best performance": a
    // sentence that opens on "as" and a role, then the actor after its comma.
    if (c.character.empty() && !pron && i >= 3 && toks.comma_after(i - 1)) {
      const std::size_t s0 = sentence_start(i);
      if (as_like(s0) && s0 + 1 < i)
        if (auto [b, e] = capitalized_run(s0 + 1, s); e == i && e > b && !title_at(b))
          c.character = make_character(b, e, c.strength = conf::kGood);
    }
    // "Y (X)": the character named right before a parenthesized actor.
    // ("Y (veteran actor X)": describing words may open the brackets.)
    std::size_t bracket = i;
    while (bracket > 0 && i - bracket < 3 && toks.open_before(bracket) != '(' && !toks.upper(bracket - 1) &&
           toks.sentence(bracket - 1) == s &&
           (real_world_descriptor(toks.term(bracket - 1)) || occupation(toks.term(bracket - 1))))
      --bracket;
    if (c.character.empty() && !pron && toks.open_before(bracket) == '(' && bracket > 0) {
      std::size_t e = bracket, b = bracket;
      // (a hyphenated given name too: "Shin Yu-na (Cha Ye Bin)"; not "her
      // ex-husband Y (X)")
      while (b > 0 && e - b < 4 &&
             (toks.upper(b - 1) || (toks.hyphened(b - 1) && b >= 2 && toks.upper(b - 2))) &&
             toks.sentence(b - 1) == s &&
             !title_at(b - 1) && (b == e || toks.spaced(b) || toks.hyphened(b)))
        --b;
      if (e - b >= 3 && professional_title(toks.term(b))) ++b;
      // "Seong Ha Rin (Harin)": the name's given syllables written as one
      // word in brackets are the same person's stage name, no credit.
      std::string given, alias;
      for (std::size_t k = b + 1; k < e; ++k) given += toks.term(k);
      for (std::size_t k = i; k < after; ++k) alias += toks.term(k);
      const bool same_person = after == i + 1 && !given.empty() && alias == given;
      if (b < e && !same_person) c.character = make_character(b, e, c.strength = conf::kGood);
    }
    // "the role of (his apprentice) Y goes to X": the role named before
    // "goes to", after "role of".
    if (c.character.empty() && !pron && i >= 4 && toks.is(i - 1, "to") &&
        (toks.is(i - 2, "goes") || toks.is(i - 2, "went") || toks.is(i - 2, "go") || toks.is(i - 2, "gone"))) {
      std::size_t e = i - 2;
      while (e > 0 && auxiliary(toks.term(e - 1))) --e;
      std::size_t b = e;
      while (b > 0 && e - b < 4 && toks.upper(b - 1) && toks.sentence(b - 1) == s && !title_at(b - 1) &&
             !person_at(b - 1) && (b == e || toks.spaced(b)))
        --b;
      bool role_of = false;
      for (std::size_t k = b; k >= 2 && b - k < 4 && toks.sentence(k - 1) == s && !role_of && !toks.upper(k - 1); --k)
        role_of = toks.is(k - 1, "of") && (toks.is(k - 2, "role") || toks.is(k - 2, "part"));
      if (b < e && role_of) c.character = make_character(b, e, c.strength = conf::kGood);
    }
    // ""Playing Y was the hardest thing," said X" (or "X said", "she
    // said"): the speaker of a quote that opens on playing a named role,
    // or gives the speaker one (quoted_own_role).
    if (c.character.empty() && ((i > 0 && toks.is(i - 1, speech_verb)) || (after < n && toks.is(after, speech_verb)))) {
      const std::size_t s0 = sentence_start(i);
      const std::string& opening = toks.term(s0);
      // ("Living as Y for eight months was a gift": a gerund and "as" too.)
      const bool gerund = opening.size() > 4 && opening.compare(opening.size() - 3, 3, "ing") == 0;
      const std::size_t from = gerund && toks.is(s0, play_verb)                  ? s0 + 1
                               : gerund && s0 + 1 < i && toks.is(s0 + 1, "as") ? s0 + 2
                                                                                : quoted_own_role(s0, i);
      if (from > 0 && from < i && toks.open_before(s0) == '"') {
        std::size_t e = from;
        while (e < i && e - from < 4 && (toks.upper(e) || toks.hyphened(e)) && !title_at(e) &&
               (e == from || toks.spaced(e) || toks.hyphened(e)))
          ++e;
        bool closed = false;  // the quote ends before the speaker
        for (std::size_t k = e > 0 ? e - 1 : 0; k < i && !closed; ++k) closed = toks.close_after(k) == '"';
        if (e > from && closed) c.character = make_character(from, e, c.strength = conf::kGood);
      }
    }
    c.strength = std::min(c.strength, actor_confidence);
    // "Paper Kites actor X", ""Glass Orchard" star X": X is in that title.
    const std::size_t label_at =
        i >= 3 && toks.hyphened(i - 1) && toks.term_is(i - 2, "co") ? i - 2 : i - 1;  // "T co-star X"
    if (!pron && i >= 2 && label_at >= 1 && toks.is(i - 1, title_label) && title_at(label_at - 1))
      named_by(c, found[owner[label_at - 1]]);
    // "X won Best Actress for her performance in T": the winner is in it.
    if (!pron && c.character.empty() && c.drama.empty())
      for (std::size_t k = after; k + 3 < n && k < after + 15 && toks.sentence(k) == s; ++k) {
        if (person_at(k)) break;
        if (!toks.is(k, "for") || !(toks.is(k + 1, "her") || toks.is(k + 1, "his"))) continue;
        if (!(toks.is(k + 2, "performance") || toks.is(k + 2, "role") || toks.is(k + 2, "portrayal")) ||
            !award_sentence(k))
          break;
        std::size_t t = k + 3;
        if (t < n && toks.is(t, "in")) ++t;
        if (t < n && title_at(t) && toks.sentence(t) == s) named_by(c, found[owner[t]]);
        break;
      }
    // "... went to X for Lucky Strike": an award's winner is in its work.
    if (!pron && c.character.empty() && c.drama.empty() && after + 1 < n && toks.is(after, "for") &&
        title_at(after + 1) && toks.sentence(after + 1) == s && award_sentence(after))
      named_by(c, found[owner[after + 1]]);
    // "X, her co-star in the drama, said": the drama (or film) the passage
    // named last before X, even in an aside ("Y, who debuts in the web
    // drama Z, ..."): an article about a show names its guests' dramas so.
    if (!pron && c.character.empty() && c.drama.empty()) {
      for (std::size_t k = after; k + 2 < n && k < after + 5 && toks.sentence(k) == s; ++k) {
        if (!toks.is(k, "in") || !toks.is(k + 1, "the")) continue;
        const bool film = toks.is(k + 2, "film") || toks.is(k + 2, "movie");
        if (!film && !toks.is(k + 2, "drama") && !toks.is(k + 2, "series")) break;
        if (k + 3 < n && toks.upper(k + 3) && toks.sentence(k + 3) == s) break;  // "in the drama X": named
        for (auto e = found.rbegin(); e != found.rend(); ++e)
          if (e->token_begin < begin + i && e->type == (film ? EntityType::kFilm : EntityType::kDrama)) {
            named_by(c, *e);
            break;
          }
        break;
      }
    }
    // "Lantern Alley's Seok Min Ji": a person named with a title's "'s".
    if (!pron && c.character.empty() && c.drama.empty() && i > 0 && toks.possessive(i - 1) && title_at(i - 1) &&
        toks.sentence(i - 1) == s)
      named_by(c, found[owner[i - 1]]);
    // "Han Yeo-reum of Starlight Diner", "Nam Ye Seul of the drama Honey
    // Trap": a person of a title is in it.
    if (!pron && c.character.empty() && c.drama.empty() && after + 1 < n && toks.is(after, "of")) {
      std::size_t t = after + 1;
      if (after + 3 < n && toks.is(after + 1, "the") && genre_noun(toks.term(after + 2)) && title_at(after + 3))
        t = after + 3;
      if (title_at(t) && toks.sentence(t) == s) named_by(c, found[owner[t]]);
    }
    // "Best Actor: Kang Tae Oh ("The Salt Road")": a title in brackets
    // right after a person is his or her work.
    if (!pron && c.character.empty() && c.drama.empty() && after < n && toks.bracket_before(after) &&
        title_at(after) && toks.sentence(after) == s)
      named_by(c, found[owner[after]]);
    // "rose to fame as Y in Velvet Storm (2019)": a Title Case run after a
    // named role's "in" is the role's title (not a place: "in Busan").
    // (Not in a Title Case headline, "To Voice Leads In Animated Film", nor
    // a quoted title, which the quotes delimit.)
    if (!c.character.empty() && c.after + 1 < n && toks.is(c.after, "in") && !title_at(c.after + 1) &&
        toks.sentence(c.after + 1) == s && !place_name(toks.term(c.after + 1)) && toks.open_before(c.after + 1) != '"' &&
        !toks.single_quote_before(c.after + 1) &&
        !title_case_sentence(c.after)) {
      if (const std::size_t te = clause_title_end(c.after + 1); te > c.after + 1)
        claim(EntityType::kDrama, toks.join(c.after + 1, te), c.after + 1, te, conf::kFair);
    }
    if (!c.character.empty() && c.after + 1 < n && (toks.is(c.after, "in") || toks.is(c.after, "from")) &&
        title_at(c.after + 1)) {
      c.drama = found[owner[c.after + 1]].name;
      c.drama_sure = found[owner[c.after + 1]].confidence;
    }
    Credit second = parallel_role(c, s);
    credits.push_back(std::move(c));
    if (!second.character.empty()) credits.push_back(std::move(second));
    i = after - 1;
  }
  // The work a pair's sentence says they shared, from word k on (n if
  // none): "(the two actors) are set to reunite six years after T", "...
  // after T, in which they played a couple".
  auto shared_work = [&](std::size_t k, std::size_t i) {
    bool reunite = false;
    for (std::size_t t = k; t < n && toks.sentence(t) == toks.sentence(i); ++t) {
      const std::string_view w = toks.term(t);
      reunite = reunite || w == "reunite" || w == "reunites" || w == "reuniting" || w == "reunion";
      // "(they) met on the set of T"
      if (w == "met" && t + 5 < n && toks.is(t + 1, "on") && toks.is(t + 3, "set") && toks.is(t + 4, "of"))
        if (const std::size_t m = title_after(t + 5, 3, toks.sentence(i)); m < n) return m;
      if (!title_at(t) || (t > 0 && owner[t - 1] == owner[t])) continue;
      const std::size_t e = end_of(t);
      const bool in_which = e + 3 < n && toks.is(e, "in") && toks.is(e + 1, "which") && toks.is(e + 2, "they") &&
                            (toks.is(e + 3, play_verb) || toks.is(e + 3, "starred") || toks.is(e + 3, "appeared"));
      if (in_which || (reunite && t > 0 && (toks.is(t - 1, "after") || toks.is(t - 1, "since") ||
                                            (t > 2 && (toks.is(t - 3, "after") || toks.is(t - 3, "since"))))))
        return t;
    }
    return n;
  };
  // "The two actors co-starred in T", "They starred in T": a sentence that
  // opens on a pair credits both people of the last pair named before it
  // ("X and Y"), in the passage or else in the article.
  for (std::size_t i = 0; i + 3 < n; ++i) {
    // (Or an aside on a pair: "to cheer for the two actors, who first met on
    // the set of the film T".)
    const bool opens = i == 0 || toks.sentence(i - 1) != toks.sentence(i);
    if (!opens && !toks.term_is(i, "the")) continue;
    std::size_t k = i;
    if (toks.is(k, "they") && opens) {
      ++k;
    } else if (toks.is(k, "the") && (toks.is(k + 1, "two") || toks.is(k + 1, "pair") || toks.is(k + 1, "duo"))) {
      k += 2;
      if (k < n && (toks.is(k, "actors") || toks.is(k, "stars") || toks.is(k, "actresses"))) ++k;
    } else if (toks.is(k, "both") && (toks.is(k + 1, "actors") || toks.is(k + 1, "stars")) && opens) {
      k += 2;
    } else {
      continue;
    }
    if (!opens) {
      if (k + 1 >= n || !toks.comma_after(k - 1) || !toks.is(k, "who")) continue;
      ++k;
      if (toks.is(k, "first")) ++k;
    }
    if (k < n && (toks.is(k, "previously") || toks.is(k, "also") || toks.is(k, "have") || toks.is(k, "had"))) ++k;
    if (k + 1 < n && toks.is(k, "co") && toks.hyphened(k + 1)) ++k;  // "co-starred"
    // ("... worked together on T", "... co-starred in T")
    std::size_t t = n;
    if (k + 2 < n && toks.is(k, "worked") && toks.is(k + 1, "together") &&
        (toks.is(k + 2, "on") || toks.is(k + 2, "in")))
      ++k;
    else if (k + 1 >= n || !(toks.is(k, "starred") || toks.is(k, "appeared")) || !toks.is(k + 1, "in"))
      t = shared_work(k, i);
    if (t == n) {
      // ("worked together in 2019, when they starred in the film T": the
      // "when" clause goes on to the sentence's end.)
      std::size_t reach = k + 8;
      t = k + 2;
      while (t < n && toks.sentence(t) == toks.sentence(i) && !title_at(t) && t < reach) {
        if (toks.is(t, "when") && t + 1 < n && toks.is(t + 1, "they")) reach = n;
        ++t;
      }
    }
    if (t >= n || !title_at(t) || toks.sentence(t) != toks.sentence(i)) continue;
    std::pair<std::string, std::string> pair = last_pair(i);
    // ("The two actors": else the last two people the article's sentences
    // before it opened on, "A stars as X. ... B will play Y.")
    if (pair.first.empty() && article && !toks.is(i, "they")) {
      const auto& ss = article->subjects;
      for (auto it = std::lower_bound(ss.begin(), ss.end(), toks.sentence(i),
                                      [](const auto& x, std::size_t v) { return x.first < v; });
           it != ss.begin() && pair.second.empty();) {
        --it;
        if (pair.first.empty()) pair.first = it->second;
        else if (it->second != pair.first) pair.second = it->second;
      }
      if (pair.second.empty()) pair = {};
    }
    if (pair.first.empty() || pair.first == pair.second) continue;
    for (const std::string* actor : {&pair.first, &pair.second}) {
      Credit c{*actor, "", i, k, "", conf::kFair};
      named_by(c, found[owner[t]]);
      credits.push_back(std::move(c));
    }
  }
  // Who word k's sentence is about, up to word k: its first person (not
  // one named with "'s"), or the person a "he"/"she" before any stands for.
  auto subject_up_to = [&](std::size_t k) -> std::string {
    for (std::size_t m = sentence_start(k); m < k; ++m) {
      if (person_at(m) && !toks.possessive(end_of(m) - 1)) return found[owner[m]].name;
      if ((toks.term_is(m, "she") || toks.term_is(m, "he")) && article)
        return subject_before(*article, toks.sentence(k));
    }
    return {};
  };
  // A bare credit of `who` (if any) with the title at t, cued at word k.
  auto credit_with = [&](const std::string& who, std::size_t k, std::size_t t) {
    if (who.empty()) return;
    Credit c{who, "", k, k + 1, "", conf::kFair};
    named_by(c, found[owner[t]]);
    credits.push_back(std::move(c));
  };
  // ... the subject of word k's sentence, else the article's subject before it.
  auto credit_subject = [&](std::size_t k, std::size_t t) {
    std::string who = subject_up_to(k);
    if (who.empty() && article) who = subject_before(*article, toks.sentence(k));
    credit_with(who, k, t);
  };
  // "X will star in T2, marking her first drama in two years since 2024's
  // T": a first work since a title puts the sentence's subject (the first
  // person it names, else the article's subject before it) in that title.
  for (std::size_t k = 2; k + 1 < n; ++k) {
    if (!toks.term_is(k, "since")) continue;
    std::size_t t = k + 1;
    if (t + 1 < n && toks.split_possessive(t)) t += 2;  // "2024's T"
    else if (t + 1 < n && toks.possessive(t) && !title_at(t)) ++t;
    else if (t + 1 < n && toks.is(t, "the")) t = title_after(t, 4, toks.sentence(k));  // "since the tvN drama T"
    if (t >= n || !title_at(t) || toks.sentence(t) != toks.sentence(k)) continue;
    bool first = false;
    for (std::size_t m = k; m-- > 0 && k - m <= 8 && toks.sentence(m) == toks.sentence(k) && !first;)
      first = toks.is(m, "first") && m > 0 && (toks.is(m - 1, "her") || toks.is(m - 1, "his"));
    if (first) credit_subject(k, t);
  }
  // "X will meet viewers through the drama T", "She will meet fans next in
  // the film T": the sentence's subject (the first person it names, else
  // the article's subject before it) is in T.
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (!toks.term_is(k, "meet") || !(toks.is(k + 1, "fans") || toks.is(k + 1, "viewers") || toks.is(k + 1, "audiences")))
      continue;
    std::size_t m = k + 2;
    while (m < n && m < k + 5 && toks.sentence(m) == toks.sentence(k) && !toks.is(m, "in") && !toks.is(m, "through") &&
           !toks.is(m, "with"))
      ++m;
    if (m >= n || toks.sentence(m) != toks.sentence(k) || !(toks.is(m, "in") || toks.is(m, "through") || toks.is(m, "with")))
      continue;
    std::size_t t = m + 1;  // past "the", a broadcaster, a genre word
    while (t < n && t < m + 6 && toks.sentence(t) == toks.sentence(k) && !title_at(t) &&
           (!toks.upper(t) || is_type(t, EntityType::kBroadcaster)))
      ++t;
    if (t < n && title_at(t) && toks.sentence(t) == toks.sentence(k)) credit_subject(k, t);
  }
  // "Also starring in T is rookie actor X, who ...": an inverted line-up
  // puts the people after its verb in T.
  for (std::size_t i = 0; i + 4 < n; ++i) {
    if (i > 0 && toks.sentence(i - 1) == toks.sentence(i)) continue;
    std::size_t k = i + (toks.is(i, "also") ? 1 : 0);
    if (!(toks.is(k, "starring") || toks.is(k, "appearing") || toks.is(k, "joining")) || !toks.is(k + 1, "in") ||
        !title_at(k + 2))
      continue;
    const std::size_t t = k + 2;
    std::size_t v = end_of(t);
    if (v >= n || !(toks.is(v, "is") || toks.is(v, "are") || toks.is(v, "will"))) continue;
    for (std::size_t m = v + 1; m < n && toks.sentence(m) == toks.sentence(i); ++m) {
      if (toks.is(m, "who") || toks.is(m, "whose")) break;
      if (!person_at(m) || (m > 0 && owner[m - 1] == owner[m])) continue;
      Credit c{found[owner[m]].name, "", m, end_of(m), "", conf::kFair};
      named_by(c, found[owner[t]]);
      credits.push_back(std::move(c));
    }
  }
  // "Taking on the role of the surgeon Y is X", "Playing the nurse Y is
  // X": an inverted credit names the role first, at its sentence's start.
  for (std::size_t i = 0; i + 4 < n; ++i) {
    if (i > 0 && toks.sentence(i - 1) == toks.sentence(i)) continue;
    const std::size_t s = toks.sentence(i);
    std::size_t from = SIZE_MAX;
    if (toks.is(i, "playing") || toks.is(i, "portraying")) from = i + 1;
    else if (toks.is(i, "taking") && toks.is(i + 1, "on") && toks.is(i + 2, "the") && toks.is(i + 3, "role") &&
             toks.is(i + 4, "of"))
      from = i + 5;
    if (from == SIZE_MAX) continue;
    const auto [b, e] = capitalized_run(from, s);
    if (e <= b || person_at(e)) continue;
    std::size_t v = e;
    if (v + 1 < n && toks.is(v, "in") && title_at(v + 1)) v = end_of(v + 1);  // "Playing Y in T is X"
    if (v + 2 >= n || toks.sentence(v) != s ||
        !(toks.is(v, "is") || toks.is(v, "was") || (toks.is(v, "will") && toks.is(v + 1, "be"))))
      continue;
    // (Words before the name: "is rookie actor X", "is none other than X".)
    std::size_t m = v + (toks.is(v, "will") ? 2 : 1);
    while (m < n && m < v + 6 && toks.sentence(m) == s && !toks.upper(m)) ++m;
    if (m >= n || toks.sentence(m) != s || !person_at(m)) continue;
    Credit c{found[owner[m]].name, make_character(b, e, conf::kGood), m, end_of(m), "", conf::kGood};
    if (!c.character.empty()) credits.push_back(std::move(c));
  }
  // "The drama marks X's return to television after the 2023 series T":
  // a person's return or comeback after a title was in it.
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (!(toks.term_is(k, "return") || toks.term_is(k, "comeback")) || !toks.possessive(k - 1) || !person_at(k - 1))
      continue;
    for (std::size_t m = k + 1; m + 1 < n && m < k + 6 && toks.sentence(m) == toks.sentence(k); ++m) {
      if (!(toks.is(m, "after") || toks.is(m, "since"))) continue;
      if (const std::size_t t = title_after(m + 1, 5, toks.sentence(k)); t < n) {
        Credit c{found[owner[k - 1]].name, "", k - 1, k, "", conf::kFair};
        named_by(c, found[owner[t]]);
        credits.push_back(std::move(c));
      }
      break;
    }
  }
  // Whose word p says a thing is: "X's" (a person named with "'s"), or
  // "her"/"his" (the article's subject before this sentence).
  auto possessor = [&](std::size_t p) -> std::string {
    if (toks.possessive(p) && person_at(p)) return found[owner[p]].name;
    if ((toks.term_is(p, "her") || toks.term_is(p, "his")) && article)
      return subject_before(*article, toks.sentence(p));
    return {};
  };
  // "Her next project, the legal drama T, ...", "X's upcoming drama T":
  // the person's own coming (or latest) work.
  for (std::size_t k = 2; k + 1 < n; ++k) {
    const std::string_view w = toks.term(k);
    if (!(w == "project" || w == "drama" || w == "film" || w == "movie" || w == "series" || w == "work") ||
        !description_word(toks.term(k - 1)) || toks.is(k - 1, "first") || toks.is(k - 1, "another"))
      continue;
    std::string who = possessor(k - 2);
    if (toks.possessive(k - 2) && person_at(k - 2)) {
      // (Not a director's: "Director X's latest film, T"; a film named so
      // is as often a director's as an actor's.)
      const std::size_t b = found[owner[k - 2]].token_begin - begin;
      if ((b > 0 && crew_word(toks.term(b - 1))) || w == "film" || w == "movie") who.clear();
    }
    if (who.empty()) continue;
    std::size_t from = k + 1;
    // ("Her next project, the legal drama T": past the apposition's genre word.)
    if (toks.comma_after(k) && from + 1 < n && toks.is(from, "the")) {
      std::size_t m = from + 1;
      while (m < n && m < from + 4 && !toks.upper(m) && !genre_noun(toks.term(m))) ++m;
      if (m < n && genre_noun(toks.term(m))) from = m + 1;
    }
    if (from < n && title_at(from) && toks.sentence(from) == toks.sentence(k)) {
      Credit c{who, "", k, k + 1, "", conf::kFair};
      named_by(c, found[owner[from]]);
      credits.push_back(std::move(c));
    }
  }
  // "X landed her first lead role in T", "She recently wrapped filming for
  // the film T": a role won, or filming done, is in the title.
  for (std::size_t k = 1; k + 3 < n; ++k) {
    std::size_t t = n;
    const std::string_view w = toks.term(k);
    if ((w == "landed" || w == "bagged" || w == "earned" || w == "scored" || w == "nabbed") &&
        (toks.is(k + 1, "her") || toks.is(k + 1, "his") || toks.is(k + 1, "a"))) {
      std::size_t r = k + 2;
      while (r < n && r < k + 5 && !toks.is(r, "role") && !toks.upper(r)) ++r;
      if (r + 2 < n && toks.is(r, "role") && toks.is(r + 1, "in")) t = title_after(r + 2, 3, toks.sentence(k));
    } else if (w == "wrapped" || w == "wraps" || w == "finished" || w == "began" || w == "started") {
      std::size_t f = k + 1 + (toks.is(k + 1, "up") ? 1 : 0);
      if (f + 1 < n && (toks.is(f, "filming") || toks.is(f, "shooting")) &&
          (toks.is(f + 1, "for") || toks.is(f + 1, "of") || toks.is(f + 1, "on"))) {
        // (Past a broadcaster: "wrapped filming for the Netflix film T".)
        std::size_t m = f + 2;
        while (m < n && m < f + 7 && toks.sentence(m) == toks.sentence(k) && !title_at(m) &&
               (!toks.upper(m) || is_type(m, EntityType::kBroadcaster)))
          ++m;
        if (m < n && title_at(m) && toks.sentence(m) == toks.sentence(k)) t = m;
      }
    }
    if (t < n) credit_with(subject_up_to(k), k, t);
  }
  // "A and B, who star in the drama T, ...", "The two actors, who also
  // played a couple in the film T, ...": an aside of acting about two or
  // more people credits each of them (one alone: the credit rules above).
  for (std::size_t k = 2; k + 2 < n; ++k) {
    if (!toks.term_is(k, "who") || !toks.comma_after(k - 1)) continue;
    std::vector<std::size_t> who;  // first words of the people
    if (person_at(k - 1)) {
      // Back along the list: "A, B and C, who".
      for (std::size_t p = found[owner[k - 1]].token_begin - begin;;) {
        who.push_back(p);
        const std::size_t q = p < 2 ? n : toks.is(p - 1, "and") ? p - 2 : toks.comma_after(p - 1) ? p - 1 : n;
        if (who.size() == 4 || q >= n || !person_at(q)) break;
        p = found[owner[q]].token_begin - begin;
      }
    } else if (k >= 3 && (toks.is(k - 1, "actors") || toks.is(k - 1, "stars") || toks.is(k - 1, "leads")) &&
               toks.is(k - 2, "two") && toks.is(k - 3, "the")) {
      // The two people named last before this sentence.
      for (std::size_t m = sentence_start(k); m-- > 0 && who.size() < 2;)
        if (person_at(m) && (m == 0 || owner[m - 1] != owner[m]) &&
            std::none_of(who.begin(), who.end(), [&](std::size_t w) { return owner[w] == owner[m]; }))
          who.push_back(m);
      if (who.size() < 2) who.clear();
    }
    if (who.size() < 2) continue;
    std::size_t v = k + 1;
    while (v < n && v < k + 4 && (toks.is(v, "also") || toks.is(v, "previously") || toks.is(v, "both") ||
                                  toks.is(v, "once") || toks.is(v, "will")))
      ++v;
    if (v >= n || !(toks.is(v, play_verb) || toks.is(v, as_verb)) || toks.is(v, "cast")) continue;
    std::size_t t = n;
    for (std::size_t m = v + 1; m < n && toks.sentence(m) == toks.sentence(k) && !toks.comma_after(m - 1) && t == n;
         ++m)
      if (toks.is(m, "in") || toks.is(m, "on")) t = title_after(m + 1, 5, toks.sentence(k));
    if (t >= n) continue;
    for (std::size_t p : who) {
      Credit c{found[owner[p]].name, "", p, end_of(p), "", conf::kFair};
      named_by(c, found[owner[t]]);
      credits.push_back(std::move(c));
    }
  }
  // An interview's answer: "Tae Ha Neul: ... the comedy T, where I will
  // play a teacher." On a line a speaker's label opens, "I" and a verb of
  // acting credit the speaker with the title of that sentence.
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (!toks.line_start(i) || !person_at(i) || found[owner[i]].token_begin != begin + i) continue;
    const std::size_t label_end = end_of(i);
    if (!toks.colon_after(label_end - 1)) continue;
    const std::string& speaker = found[owner[i]].name;
    for (std::size_t k = label_end; k + 1 < n && !toks.line_start(k); ++k) {
      if (!toks.term_is(k, "i")) continue;
      bool acts = false;
      for (std::size_t v = k + 1; v < n && v < k + 4 && toks.sentence(v) == toks.sentence(k) && !acts; ++v)
        acts = toks.is(v, play_verb) || toks.is(v, as_verb);
      if (!acts) continue;
      for (std::size_t t = sentence_start(k); t < n && toks.sentence(t) == toks.sentence(k); ++t)
        if (title_at(t) && (t == 0 || owner[t - 1] != owner[t]) && !side_titles.count(found[owner[t]].name)) {
          Credit c{speaker, "", k, k + 1, "", conf::kFair};
          named_by(c, found[owner[t]]);
          credits.push_back(std::move(c));
          break;
        }
    }
  }
  // "X, whose credits include the films A and B", "Her works include A
  // (2017) and B (2019)": each listed title is the person's.
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (!(toks.term_is(k, "credits") || toks.term_is(k, "filmography") || toks.term_is(k, "works")) ||
        !(toks.is(k + 1, "include") || toks.is(k + 1, "includes") || toks.is(k + 1, "including")))
      continue;
    // ("His other works include A (2020) and B": a describing word between.)
    std::size_t q = k - 1;
    if (q > 0 && (toks.is(q, "other") || toks.is(q, "previous") || toks.is(q, "past") || toks.is(q, "notable") ||
                  toks.is(q, "recent") || toks.is(q, "earlier") || toks.is(q, "major") || toks.is(q, "representative")))
      --q;
    const std::string who = toks.is(q, "whose") && q >= 1 && toks.comma_after(q - 1) && person_at(q - 1)
                                ? found[owner[q - 1]].name
                                : possessor(q);
    if (who.empty()) continue;
    for (std::size_t t = k + 2; t < n && toks.sentence(t) == toks.sentence(k); ++t) {
      if (toks.comma_after(t - 1) && !title_at(t) && t > k + 2 && title_at(t - 1)) break;  // the list's end
      if (!title_at(t) || (t > 0 && owner[t - 1] == owner[t])) continue;
      Credit c{who, "", k, k + 1, "", conf::kFair};
      named_by(c, found[owner[t]]);
      credits.push_back(std::move(c));
    }
  }
  // "He made his debut in 2016 with the web drama T and rose to fame as
  // ...": the debut's title is the possessor's, however the sentence goes on.
  for (std::size_t k = 2; k + 2 < n; ++k) {
    if (!toks.term_is(k, "debut")) continue;
    std::size_t q = k - 1;
    if (toks.is(q, "acting") || toks.is(q, "screen") || toks.is(q, "official")) --q;
    if (q == 0 || !toks.is(q - 1, "made") || !(toks.term_is(q, "his") || toks.term_is(q, "her"))) continue;
    // The person the sentence names last before it ("X, who made her
    // debut"; "A wrapped up T, while B made his debut"), else whom "her"
    // stands for.
    std::string who;
    for (std::size_t p = sentence_start(k); p < q; ++p)
      if (person_at(p) && !toks.possessive(end_of(p) - 1)) who = found[owner[p]].name;
    if (who.empty()) who = possessor(q);
    for (std::size_t t = k + 1; t < n && t < k + 10 && toks.sentence(t) == toks.sentence(k) && !person_at(t) &&
                                !toks.is(t, "and") && !toks.comma_after(t - 1);
         ++t)
      if (title_at(t)) {
        credit_with(who, k, t);
        break;
      }
  }
  // "T's male lead X is best known for the youth drama U": U is X's too,
  // whatever named X first.
  for (std::size_t k = 3; k + 2 < n; ++k) {
    if (!toks.term_is(k, "known") || !toks.is(k + 1, "for")) continue;
    std::size_t j = k - 1;
    if (toks.term_is(j, "best") || toks.term_is(j, "well") || toks.term_is(j, "widely")) --j;
    if (j == 0 || !(toks.term_is(j, "is") || toks.term_is(j, "was")) || !person_at(j - 1) ||
        toks.possessive(j - 1))
      continue;
    if (const std::size_t t = title_after(k + 2, 4, toks.sentence(k)); t < n) credit_with(found[owner[j - 1]].name, k, t);
  }
  // "The two will play siblings Y and Z": the pair named last, in order.
  for (std::size_t s0 = 0; s0 + 6 < n; ++s0) {
    if (!toks.term_is(s0, "the") || !toks.term_is(s0 + 1, "two") ||
        (s0 > 0 && toks.sentence(s0 - 1) == toks.sentence(s0)))
      continue;
    std::size_t at = s0 + 2;  // "The two (actors) will (also) play"
    while (at < n && at < s0 + 6 && toks.sentence(at) == toks.sentence(s0) &&
           (auxiliary(toks.term(at)) || toks.is(at, "actors") || toks.is(at, "leads") || toks.is(at, "stars") ||
            toks.is(at, "also")))
      ++at;
    if (at + 3 >= n || !toks.is(at, play_verb)) continue;
    const auto [yb, ye] = capitalized_run(at + 1, toks.sentence(at));
    if (ye <= yb || ye + 1 >= n || !toks.is(ye, "and")) continue;
    const auto [zb, ze] = capitalized_run(ye + 1, toks.sentence(at));
    if (ze <= zb || zb != ye + 1) continue;
    const auto pair = last_pair(s0);
    if (pair.first.empty() || pair.second.empty()) continue;
    Credit first{pair.first, make_character(yb, ye, conf::kFair), at, ye, "", conf::kFair};
    Credit second{pair.second, make_character(zb, ze, conf::kFair), at, ze, "", conf::kFair};
    if (first.character.empty() || second.character.empty()) continue;
    credits.push_back(std::move(first));
    credits.push_back(std::move(second));
  }
  // "He will share the role with musical actor X": a double cast, X plays
  // the role last credited before it.
  for (std::size_t k = 1; k + 4 < n; ++k) {
    if (!(toks.term_is(k, "share") || toks.term_is(k, "shares") || toks.term_is(k, "sharing")) ||
        !toks.term_is(k + 1, "the") || !toks.is(k + 2, "role") || !toks.term_is(k + 3, "with"))
      continue;
    std::size_t p = k + 4;
    while (p < n && p < k + 8 && !person_at(p) && !toks.upper(p) && toks.sentence(p) == toks.sentence(k)) ++p;
    if (p >= n || !person_at(p) || toks.sentence(p) != toks.sentence(k)) continue;
    const Credit* last = nullptr;
    for (const auto& c : credits)
      if (!c.character.empty() && c.at < k && (!last || c.at > last->at)) last = &c;
    if (!last || last->actor == found[owner[p]].name) continue;
    Credit twin = *last;
    twin.actor = found[owner[p]].name;
    twin.at = p;
    twin.after = end_of(p);
    if (twin.drama.empty()) twin.drama_at = k;
    credits.push_back(std::move(twin));
  }
  // "X, who won best actress at the awards for the film T, plays Y": the
  // award's work is X's.
  for (std::size_t k = 2; k + 3 < n; ++k) {
    if (!person_at(k - 2) || !toks.comma_after(k - 2) || !toks.term_is(k - 1, "who") || !toks.is(k, "won")) continue;
    for (std::size_t m = k + 1; m + 1 < n && m < k + 16 && toks.sentence(m) == toks.sentence(k); ++m) {
      if (!toks.is(m, "for")) continue;
      const std::size_t t = title_after(m + 1, 3, toks.sentence(k));
      if (t >= n) break;
      Credit c{found[owner[k - 2]].name, "", found[owner[k - 2]].token_begin - begin, k, "", conf::kFair};
      named_by(c, found[owner[t]]);
      credits.push_back(std::move(c));
      break;
    }
  }
  // "X, best known for the period drama T, joins as Y": the aside credits X with T.
  for (std::size_t k = 1; k + 3 < n; ++k) {
    if (!toks.term_is(k, "best") || !toks.is(k + 1, "known") || !toks.is(k + 2, "for") || !toks.comma_after(k - 1) ||
        !person_at(k - 1))
      continue;
    const std::size_t t = title_after(k + 3, 4, toks.sentence(k));
    if (t >= n) continue;
    const std::size_t b = found[owner[k - 1]].token_begin - begin;
    Credit c{found[owner[k - 1]].name, "", b, k, "", conf::kFair};
    named_by(c, found[owner[t]]);
    credits.push_back(std::move(c));
  }
  // "Having played a chaebol heiress in T, X said": an opening participle
  // of acting credits the person right after its comma with its title.
  for (std::size_t i = 0; i + 4 < n; ++i) {
    if ((i > 0 && toks.sentence(i - 1) == toks.sentence(i)) || !toks.is(i, "having")) continue;
    if (!(toks.is(i + 1, play_verb) || toks.is(i + 1, "starred") || toks.is(i + 1, "appeared"))) continue;
    std::size_t comma = i + 1;
    while (comma < n && comma < i + 14 && toks.sentence(comma) == toks.sentence(i) && !toks.comma_after(comma)) ++comma;
    if (comma + 1 >= n || !toks.comma_after(comma) || !person_at(comma + 1)) continue;
    for (std::size_t t = i + 2; t <= comma; ++t)
      if (title_at(t) && t > 0 && toks.is(t - 1, "in")) {
        Credit c{found[owner[comma + 1]].name, "", comma + 1, end_of(comma + 1), "", conf::kFair};
        named_by(c, found[owner[t]]);
        credits.push_back(std::move(c));
        break;
      }
  }
  // "X, who played Park Seo Gun's mother in the drama T": the actor whose
  // character the role is related to was in T too.
  for (std::size_t k = 0; k + 4 < n; ++k) {
    if (!person_at(k + 1) || !toks.is(k, play_verb)) continue;
    const std::size_t pe = end_of(k + 1);
    if (!toks.possessive(pe - 1) || pe + 2 >= n) continue;
    std::size_t m = pe;
    while (m < n && m < pe + 2 && !toks.upper(m) && !toks.is(m, "in")) ++m;
    if (m == pe || m >= n || !toks.is(m, "in")) continue;
    const std::size_t t = title_after(m + 1, 5, toks.sentence(k));
    if (t >= n) continue;
    Credit c{found[owner[k + 1]].name, "", k + 1, pe, "", conf::kFair};
    named_by(c, found[owner[t]]);
    credits.push_back(std::move(c));
  }
  // "... for his role as the grandfather in A, and for playing King Y in
  // the film B": a second play verb after "and", with no one else named
  // between, credits the same actor again.
  for (std::size_t x = 0, count = credits.size(); x < count; ++x) {
    const std::size_t s = toks.sentence(credits[x].at);
    for (std::size_t k = std::max(credits[x].after, credits[x].at + 1); k + 1 < n && toks.sentence(k) == s; ++k) {
      if (person_at(k)) break;
      if (!toks.is(k, play_verb)) continue;
      bool joined = false;
      for (std::size_t m = k; m > 0 && k - m < 3 && !joined; --m) joined = toks.is(m - 1, "and");
      if (!joined) break;
      const auto [b, e] = capitalized_run(k + 1, s);
      if (e <= b || person_at(b)) break;
      Credit more{credits[x].actor, make_character(b, e, conf::kGood), credits[x].at, e, "",
                  std::min(conf::kGood, credits[x].strength)};
      if (more.character.empty()) break;
      if (e + 1 < n && toks.is(e, "in")) {
        if (const std::size_t t = title_after(e + 1, 4, s); t < n) {
          more.drama = found[owner[t]].name;
          more.drama_sure = found[owner[t]].confidence;
        }
      }
      more.drama_at = e;
      credits.push_back(std::move(more));
      break;
    }
  }
  // "X last appeared in A, where she played a chef, and previously showed
  // off her acting skills in dramas such as B and C": a later credit word
  // after "and", with no one else named between, credits the same actor
  // with the title after its "in".
  for (std::size_t x = 0, count = credits.size(); x < count; ++x) {
    const std::size_t s = toks.sentence(credits[x].at);
    bool joined = false;
    for (std::size_t k = std::max(credits[x].after, credits[x].at + 1); k + 2 < n && toks.sentence(k) == s; ++k) {
      if (person_at(k)) break;
      joined = joined || toks.is(k, "and");
      if (!joined || !toks.is(k, credit_word) || toks.is(k, play_verb)) continue;
      std::size_t in = k + 1;
      while (in < n && in < k + 3 && toks.sentence(in) == s && !toks.is(in, "in") && !toks.upper(in)) ++in;
      if (in >= n || !toks.is(in, "in")) continue;
      const std::size_t t = title_after(in + 1, 4, s);
      if (t >= n || found[owner[t]].name == credits[x].drama || side_titles.count(found[owner[t]].name)) break;
      Credit more{credits[x].actor, "", credits[x].at, t, "", std::min(conf::kFair, credits[x].strength)};
      named_by(more, found[owner[t]]);
      credits.push_back(std::move(more));
      break;
    }
  }
  // "A and B, who play the chief judge Y and the reporter Z respectively",
  // "A, B and C will reprise their roles as X, Y and Z", "A and B lead
  // the drama as X and Y": the actors before the play verb (or "roles as",
  // or a sentence's "as" after a verb that credits with it) and the roles
  // after it pair off in order, when there are as many of each (two or more).
  for (std::size_t at = 1; at < n; ++at) {
    const bool respectively = toks.term_is(at, "respectively");
    const bool roles_as = toks.term_is(at, "roles") && at + 1 < n && (as_like(at + 1) || toks.is(at + 1, "of"));
    bool list_as = false;
    // "A and B lead the drama as X and Y", "A and B play X and Y": only where
    // the sentence opens with the actors alone ("A and B", "A, B and C")
    // before the verb, and the roles end it with no other clause.
    // ("A and B, who play rival photographers X and Y in the drama,
    // recorded ...": the actors, then "who"; the roles end with the clause.)
    const bool who_play = at >= 2 && toks.is(at, play_verb) && toks.is(at - 1, "who") && person_at(at - 2);
    const bool plays = (person_at(at - 1) && toks.is(at, play_verb)) || who_play;  // (the actors end right before it)
    // The token after the roles: the sentence's end, or the relative clause's
    // comma, or a comma before a description ("A and B play Y and Z, two
    // translators who ...").
    auto roles_end = [&](std::size_t from) {
      std::size_t r = from;
      while (r < n && toks.sentence(r) == toks.sentence(at) &&
             !(r > from && toks.comma_after(r - 1) && (who_play || (plays && !toks.upper(r)))))
        ++r;
      return r;
    };
    if (toks.is(at, "as") || plays) {
      std::size_t verb = plays ? at : SIZE_MAX;  // the verb after the actors
      for (std::size_t k = at; !plays && k-- > 0 && toks.sentence(k) == toks.sentence(at) && at - k <= 4 &&
                               verb == SIZE_MAX;)
        if (toks.is(k, as_verb) || toks.is(k, "lead") || toks.is(k, "star")) verb = k;
      std::size_t b = verb == SIZE_MAX ? at : verb;
      while (b > 0 && toks.sentence(b - 1) == toks.sentence(at)) --b;
      std::size_t people = 0;
      bool subject_only = verb != SIZE_MAX && person_at(b);
      for (std::size_t k = b; k < verb && subject_only;) {
        if (person_at(k)) {
          ++people;
          k = end_of(k);
        } else {
          subject_only = toks.is(k, "and") || (who_play && k + 1 == verb);
          ++k;
        }
      }
      bool roles_only = true;
      for (std::size_t k = at + 1, e = roles_end(at + 1); k < e && roles_only; ++k)
        roles_only = !(toks.is(k, "while") || toks.is(k, "but") || toks.is(k, "who") || toks.is(k, play_verb));
      list_as = subject_only && people >= 2 && roles_only;
    }
    if (!respectively && !roles_as && !list_as) continue;
    const std::size_t s = toks.sentence(at);
    std::size_t first = at;
    while (first > 0 && toks.sentence(first - 1) == s) --first;
    std::size_t r = at, v = at;  // the roles are [v, r)
    if (roles_as || list_as) {
      v = roles_as ? at + 2 : at + 1;
      r = roles_end(v);
    } else {
      while (v > first && !toks.is(v - 1, play_verb)) --v;
      if (v == first) continue;
    }
    std::vector<std::pair<std::string, std::size_t>> actors;  // name, token
    for (std::size_t k = first; k + 1 < v; ++k)
      if (person_at(k) && found[owner[k]].token_begin == begin + k) actors.emplace_back(found[owner[k]].name, k);
    std::vector<std::pair<std::size_t, std::size_t>> roles;  // token ranges
    for (std::size_t k = v; k < r;) {
      if (!toks.upper(k) || never_name(toks.term(k)) || title_at(k)) {
        ++k;
        continue;
      }
      std::size_t e = k + 1;
      while (e < r && toks.spaced(e) && toks.upper(e) && !toks.possessive(e - 1)) ++e;
      if (!toks.possessive(e - 1)) roles.emplace_back(k, e);  // not "Bom's" in "Bom's best friend Y"
      k = e;
    }
    // "Y and Z are played by A and B respectively": the roles come first.
    if (respectively && v < r && toks.is(v, "by")) {
      std::vector<std::pair<std::string, std::size_t>> after;
      std::vector<std::pair<std::size_t, std::size_t>> before;
      for (std::size_t k = first; k + 1 < v; ++k)  // (one may be read as a role already: "Y, played by")
        if (owner[k] >= 0 && found[owner[k]].token_begin == begin + k &&
            (is_type(k, EntityType::kPerson) || is_type(k, EntityType::kCharacter)))
          before.emplace_back(k, end_of(k));
      for (const auto& [b, e] : roles)
        if (person_at(b)) after.emplace_back(found[owner[b]].name, b);
      actors = std::move(after);
      roles = std::move(before);
    }
    if (actors.size() < 2 || actors.size() != roles.size()) continue;
    std::unordered_set<std::string> role_names;
    for (const auto& [b, e] : roles) role_names.insert(toks.join(b, e));
    credits.erase(std::remove_if(credits.begin(), credits.end(),
                                 [&](const Credit& c) {
                                   return (c.at >= first && c.at < r) || role_names.count(c.actor) > 0;
                                 }),
                  credits.end());
    for (std::size_t x = 0; x < actors.size(); ++x) {
      const std::string character = make_character(roles[x].first, roles[x].second, conf::kGood);
      if (character.empty()) continue;
      credits.push_back({actors[x].first, character, actors[x].second, roles[x].second, "",
                         std::min(conf::kGood, found[owner[actors[x].second]].confidence)});
    }
  }

  // A title inside a relative clause ("X, who played the villain in the
  // drama Y, joins ...") belongs to the clause's antecedent: [first, last]
  // tokens of the clause and the token before its comma, or none.
  struct Clause {
    std::size_t first = 0, last = 0, antecedent = SIZE_MAX;
  };
  // Word k opens an aside after a comma: "who", "which", "the actor behind".
  auto opens_aside = [&](std::size_t k) {
    return toks.term_is(k, "who") || toks.term_is(k, "which") ||
           // ("whose credits include ...": not "whose English title is X", which names the same work)
           (toks.term_is(k, "whose") && k + 1 < n && (toks.is(k + 1, "credits") || toks.is(k + 1, "filmography"))) ||
           (toks.term_is(k, "the") && k + 2 < n && toks.is(k + 1, title_label) && toks.is(k + 2, "behind")) ||
           // ("X, best known for the period drama T, joins as Y")
           (toks.term_is(k, "best") && k + 2 < n && toks.is(k + 1, "known") && toks.is(k + 2, "for"));
  };
  auto clause_of = [&](std::size_t b) -> Clause {
    const std::size_t s = toks.sentence(b);
    for (std::size_t k = b; k-- > 0 && toks.sentence(k) == s;) {
      if (k + 1 < b && toks.comma_after(k) && !opens_aside(k + 1)) return {};
      if (opens_aside(k) && k > 0 && toks.comma_after(k - 1)) {
        std::size_t e = b;
        while (e + 1 < n && toks.sentence(e + 1) == s && !toks.comma_after(e)) ++e;
        if (e + 1 >= n || toks.sentence(e + 1) != s) return {};  // the clause runs to the end: not an aside
        return {k, e, k - 1};
      }
    }
    return {};
  };
  auto background = [&](const Entity& e) {
    return clause_of(e.token_begin - begin).antecedent != SIZE_MAX;
  };
  // Drama of the passage: the article's if the passage names it or no
  // title at all (titles in asides do not count), else the first drama
  // named (a show or film if no drama).
  std::string first_drama, first_title;
  bool names_default = false;
  for (const auto& e : found) {
    // Nor do a crew member's works or an actor's label (""Glass Orchard" star X").
    if (!is_title_type(e.type) || (background(e) && e.name != default_drama) || side_titles.count(e.name)) continue;
    if (first_title.empty()) first_title = e.name;
    if (first_drama.empty() && e.type == EntityType::kDrama) first_drama = e.name;
    if (e.name == default_drama) names_default = true;
  }
  if (!default_drama.empty() && (names_default || first_title.empty())) info.drama = default_drama;
  else info.drama = !first_drama.empty() ? first_drama : first_title;
  // The coordinate clause of token `at`: [first, end) tokens of its
  // sentence between ", and" / ", but" / ", while" / "; " boundaries ("A
  // starred in X, and B is known for Y": Y is B's, however near X is).
  auto coordinate_clause = [&](std::size_t at) -> std::pair<std::size_t, std::size_t> {
    const std::size_t s = toks.sentence(at);
    auto boundary = [&](std::size_t k) {  // a clause starts at word k
      const std::string_view w = toks.term(k);
      const bool conjunction = w == "and" || w == "but" || w == "while" || w == "whereas";
      // "... in "Paper Home" and Kim Young Hee is known for ...": "and"
      // before a person who is no list's last name (a verb follows).
      if (conjunction && k + 1 < n && person_at(k + 1)) {
        const std::size_t e = end_of(k + 1);
        if (e < n && toks.sentence(e) == toks.sentence(k) && !toks.upper(e) && !toks.comma_after(e - 1) &&
            !toks.is(e, "and"))
          return true;
      }
      return k > 0 && toks.comma_after(k - 1) && conjunction;
    };
    std::size_t lo = at, hi = at + 1;
    while (lo > 0 && toks.sentence(lo - 1) == s && !boundary(lo)) --lo;
    while (hi < n && toks.sentence(hi) == s && !boundary(hi)) ++hi;
    return {lo, hi};
  };
  // A credit's drama: the title its own sentence names nearest to it (in
  // its own coordinate clause first), else the passage's.
  // `link`, if given, is set to how sure the link is: the credit's own
  // sentence 1, an earlier sentence 0.9, the article's drama 0.85, the
  // passage's 0.75.
  auto drama_near = [&](std::size_t at, double* link = nullptr) {
    double unused;
    double& sure = link ? *link : unused;
    sure = 1.0;
    std::string best;
    std::size_t best_dist = SIZE_MAX;
    bool best_joined = false;  // in the credit's own coordinate clause
    const auto [lo, hi] = coordinate_clause(at);
    for (const auto& e : found) {
      if (!is_title_type(e.type) || toks.sentence(e.token_begin - begin) != toks.sentence(at) ||
          side_titles.count(e.name))
        continue;
      const std::size_t b = e.token_begin - begin;
      // A title in an aside is only its antecedent's, and even then the
      // main clause's own title comes first ("Also starring in T is X, who
      // caught attention as Y in Z": X's credit of the sentence is in T).
      const Clause cl = clause_of(b);
      const bool aside = cl.antecedent != SIZE_MAX && (at < cl.first || at > cl.last);
      // (An aside about the actor names the actor's work, "A, who star in T,
      // appeared as guests", unless it is what the actor is known for.)
      if (aside && (!(owner[at] >= 0 && owner[at] == owner[cl.antecedent]) || toks.term_is(cl.first, "best")))
        continue;
      const bool joined = lo <= b && b < hi && !aside;
      const std::size_t dist = b > at ? b - at : at - b;
      if ((joined && !best_joined) || (joined == best_joined && dist < best_dist)) {
        best_dist = dist;
        best_joined = joined;
        best = e.name;
        sure = e.confidence;
      }
    }
    if (!best.empty()) return best;
    // Else the title last named in an earlier sentence of the passage
    // (the story goes on about it), else the article's drama: a title
    // named only after the credit is not the credit's ("X joins as Y.
    // X previously starred in the film Z.").
    // (Nor a past work: "X made her debut last year in the web drama Z. She
    // will be cast opposite Y, who will play W": not Z.)
    auto past_work = [&](std::size_t b) {
      for (std::size_t k = b; k-- > 0 && b - k <= 10 && toks.sentence(k) == toks.sentence(b);) {
        const std::string_view w = toks.term(k);
        if (w == "debuted" || w == "previously" || w == "since" || w == "formerly" ||
            (w == "debut" && k >= 2 && (toks.is(k - 2, "made") || (k >= 3 && toks.is(k - 3, "made")))))
          return true;
      }
      return false;
    };
    std::size_t best_begin = 0;
    for (const auto& e : found) {
      const std::size_t b = e.token_begin - begin;
      if (!is_title_type(e.type) || b >= at || toks.sentence(b) == toks.sentence(at) || background(e) || past_work(b))
        continue;
      if (best.empty() || b > best_begin) {
        best = e.name;
        best_begin = b;
        sure = 0.9 * e.confidence;
      }
    }
    if (!best.empty()) return best;
    sure = !default_drama.empty() ? 0.85 : info.drama.empty() ? 1.0 : 0.75;
    return !default_drama.empty() ? default_drama : info.drama;
  };
  auto title_in_sentence = [&](std::size_t at) {
    return std::any_of(found.begin(), found.end(), [&](const Entity& e) {
      return is_title_type(e.type) && toks.sentence(e.token_begin - begin) == toks.sentence(at);
    });
  };
  // The sentence of word `at` names a work: a title, or "the (SBS action)
  // drama" before `at`, which stands for the title named before it.
  auto sentence_names_work = [&](std::size_t at) {
    if (title_in_sentence(at)) return true;
    // "In the film, A plays ..., and B plays the detective": the whole sentence.
    const std::size_t s0 = sentence_start(at);
    if (s0 + 3 < at && toks.is(s0, "in") && toks.is(s0 + 1, "the") && genre_noun(toks.term(s0 + 2)) &&
        toks.comma_after(s0 + 2))
      return true;
    for (std::size_t k = at; k-- > 1 && toks.sentence(k) == toks.sentence(at) && at - k < 12;)
      if (genre_noun(toks.term(k))) {
        std::size_t d = k;
        while (d > 0 && k - d < 3 && toks.sentence(d - 1) == toks.sentence(at) && !toks.is(d - 1, "the")) --d;
        if (d > 0 && toks.is(d - 1, "the")) return true;
      }
    return false;
  };
  // "X plays a retired racing driver", "X, who played the title role in
  // Z": a play verb right after the actor credits a role the text does
  // not name, in a sentence that names a title.
  // So does "X takes on the role of the village postman".
  auto plays_unnamed = [&](const Credit& c) {
    // "A and B will play a married couple", "A, B, and C play ...": the
    // other subjects are passed over.
    std::size_t from = c.after;
    for (;;) {
      if (from < n && from > 0 && person_at(from) && toks.comma_after(from - 1)) from = end_of(from);
      else if (from + 1 < n && toks.is(from, "and") && person_at(from + 1)) from = end_of(from + 1);
      else break;
    }
    for (std::size_t k = from; k < n && k < from + 5 && toks.sentence(k) == toks.sentence(c.at); ++k) {
      // ("Seo, who plays a rookie police officer, bargained": in an article
      // about a drama, a described role is in it, but "plays a key role" is
      // no role.)
      if (toks.is(k, play_verb) && k == from + 1 && toks.is(from, "who") && toks.comma_after(from - 1) &&
          !sentence_names_work(c.at) && !default_drama.empty() && k + 2 < n &&
          (toks.is(k + 1, "a") || toks.is(k + 1, "an")) && toks.sentence(k + 2) == toks.sentence(c.at)) {
        bool idiom = false;
        for (std::size_t m = k + 2; m < n && m < k + 6 && toks.sentence(m) == toks.sentence(c.at) && !idiom; ++m)
          idiom = toks.is(m, "role") || toks.is(m, "part") || toks.is(m, "game") || toks.is(m, "match") ||
                  toks.is(m, "song") || toks.is(m, "instrument") || toks.upper(m);
        return !idiom;
      }
      if (toks.is(k, play_verb)) return sentence_names_work(c.at);
      if (toks.is(k, "role") && k + 1 < n && toks.is(k + 1, "of")) return title_in_sentence(c.at) || !default_drama.empty();
      const std::string_view w = toks.term(k);
      if (w != "who" && w != "will" && w != "also" && w != "once" && w != "previously" && w != "take" &&
          w != "takes" && w != "took" && w != "taking" && w != "on" && w != "the" && w != "a" && w != "lead" &&
          !auxiliary(std::string(w)))
        break;
    }
    return false;
  };
  // "The drama follows a retired marathon runner (X) who": a person in
  // brackets after a described role the text does not name.
  auto described_in_brackets = [&](const Credit& c) {
    if (c.at < 2 || c.after == 0 || toks.open_before(c.at) != '(' || toks.upper(c.at - 1) ||
        toks.close_after(c.after - 1) != ')')
      return false;
    bool described = false;
    for (std::size_t k = c.at; k-- > 0 && c.at - k <= 5 && toks.sentence(k) == toks.sentence(c.at) && !toks.upper(k);)
      described = described || toks.is(k, "a") || toks.is(k, "an") || toks.is(k, "the");
    // ("The drama, which follows ...": the title named before it.)
    return described && (sentence_names_work(c.at) || !default_drama.empty());
  };
  // Word `at` (a name) follows "the daughter of" (or son, wife, husband,
  // sister, brother), describing words allowed between.
  auto named_as_kin = [&](std::size_t at) {
    std::size_t k = at;
    while (k > 0 && at - k < 4 && !toks.upper(k - 1) && !toks.is(k - 1, "of") && toks.sentence(k - 1) == toks.sentence(at))
      --k;
    if (k < 2 || !toks.is(k - 1, "of") || toks.sentence(k - 2) != toks.sentence(at)) return false;
    const std::string_view w = toks.term(k - 2);
    return w == "daughter" || w == "son" || w == "wife" || w == "husband" || w == "sister" || w == "brother";
  };
  // "X steals every scene as the nosy village chief", "X stars as a
  // retired boxer": a verb of acting, then "as" and a role the text does
  // not name, to the clause's end.
  auto as_unnamed_role = [&](const Credit& c) {
    bool acting = false;
    for (std::size_t k = c.after; k + 2 < n && k < c.after + 6 && toks.sentence(k) == toks.sentence(c.at); ++k) {
      if (toks.upper(k)) return false;
      acting = acting || toks.is(k, credit_subject_verb) || toks.is(k, as_verb);
      if (!acting || !toks.is(k, "as") || !(toks.is(k + 1, "the") || toks.is(k + 1, "a") || toks.is(k + 1, "an")))
        continue;
      std::size_t m = k + 2;
      while (m < n && m < k + 7 && toks.sentence(m) == toks.sentence(k) && !toks.upper(m) && !toks.comma_after(m - 1))
        ++m;
      const bool ends = m >= n || toks.sentence(m) != toks.sentence(k) || toks.comma_after(m - 1);
      return ends && m > k + 2 && (title_in_sentence(c.at) || !default_drama.empty());
    }
    return false;
  };
  // "X has turned down the offer to star in T", "X declined the role":
  // no credit.
  auto declined = [&](const Credit& c) {
    for (std::size_t k = c.at + 1; k + 1 < n && k < c.at + 8 && toks.sentence(k) == toks.sentence(c.at); ++k) {
      const std::string_view w = toks.term(k);
      if (w == "declined" || w == "declines" || w == "rejected" || w == "rejects" ||
          ((w == "turned" || w == "turns" || w == "turning") && toks.is(k + 1, "down")) ||
          ((w == "passed" || w == "passes") && toks.is(k + 1, "on")))
        return true;
    }
    return false;
  };
  // Sentences with a line-up cue: their people are in the cast of what they name.
  std::unordered_set<std::size_t> lineup;
  // Line-up sentences whose one cue is "guests" ("Among the guests were
  // X"): their people are in a show, not in a drama or film whose premiere
  // they attend (a drama's "special guest" plays in it).
  std::unordered_set<std::size_t> guests_only, other_cue;
  // So are a numbered list item's ("3. Title (JTBC) — A, B"; "1. A — Title").
  // (The number ends a sentence of its own: the item is the next one.)
  for (std::size_t k = 0; k < n; ++k)
    if (toks.is(k, lineup_cue)) {
      lineup.insert(toks.sentence(k));
      // (A cue in an aside is the aside's: "Among the guests were X, who
      // co-starred with Y in Z, and singer W".)
      if (toks.is(k, "guests")) guests_only.insert(toks.sentence(k));
      else if (clause_of(k).antecedent == SIZE_MAX) other_cue.insert(toks.sentence(k));
    } else if (toks.list_number(k)) {
      lineup.insert(toks.sentence(k + 1));
      other_cue.insert(toks.sentence(k + 1));
    }
  for (const std::size_t x : other_cue) guests_only.erase(x);

  std::unordered_set<std::string> seen;
  // A character lives in a drama or film, not in a show its actor visits
  // ("The stars of X appeared as guests on Running Man ... Y, who plays Z"):
  // a role's drama that is a show gives way to the passage's nearest drama
  // or film, else the article's, else none.
  auto type_of = [&](const std::string& name) {
    for (const auto& e : found)
      if (e.name == name && is_title_type(e.type)) return e.type;
    if (article)
      for (const auto& k : article->known)
        if (k.name == name && is_title_type(k.type)) return k.type;
    return EntityType::kDrama;
  };
  auto story_of_role = [&](const std::string& drama, std::size_t at) {
    if (type_of(drama) != EntityType::kShow) return drama;
    std::string best;
    std::size_t best_dist = SIZE_MAX;
    for (const auto& e : found) {
      if (e.type != EntityType::kDrama && e.type != EntityType::kFilm) continue;
      const std::size_t b = e.token_begin - begin, dist = b > at ? b - at : at - b;
      if (dist < best_dist) {
        best_dist = dist;
        best = e.name;
      }
    }
    if (best.empty() && article) best = article->story;
    return best;  // no drama or film named: no drama for the role
  };
  // "its only lighthouse keeper, played by X": a role the text does not name.
  auto played_by_unnamed = [&](const Credit& c) {
    return c.at >= 2 && toks.is(c.at - 1, "by") && toks.is(c.at - 2, play_verb) &&
           (sentence_names_work(c.at) || !default_drama.empty());
  };
  for (const auto& c : credits) {
    if (declined(c)) continue;
    if (c.character.empty()) {
      if (!lineup.count(toks.sentence(c.at)) && !plays_unnamed(c) && !c.named_by_title && !described_in_brackets(c) &&
          !as_unnamed_role(c) && !played_by_unnamed(c))
        continue;
      if (c.at > 0 && (crew_word(toks.term(c.at - 1)) || (c.at > 1 && crew_word(toks.term(c.at - 2)))))
        continue;
    }
    double link = c.drama_sure;
    std::string drama = !c.drama.empty() ? c.drama : drama_near(c.drama_token(), &link);
    // "teamed up with host X": a show's host or guest is in the show the
    // passage names, not in a drama nearer to the name.
    // So is one the sentence calls a guest, host or MC ("X will also appear
    // in the first episode as a special guest"), in a show the passage or
    // else the article names.
    bool show_word = c.at > 0 && toks.is(c.at - 1, show_person_word);
    if (!show_word && c.character.empty() && c.drama.empty() && !title_in_sentence(c.at))
      for (std::size_t k = c.at + 1; !show_word && k < n && toks.sentence(k) == toks.sentence(c.at); ++k)
        show_word = toks.is(k, show_person_word);
    if (c.character.empty() && c.drama.empty() && show_word && article &&
        std::none_of(found.begin(), found.end(), [](const Entity& e) { return e.type == EntityType::kShow; })) {
      std::string show;
      for (const auto& k : article->known)
        if (k.type == EntityType::kShow && k.name != show) {
          if (!show.empty()) {
            show.clear();
            break;
          }
          show = k.name;
        }
      if (!show.empty()) {
        drama = show;
        link = conf::kFair;
      }
    }
    if (c.character.empty() && c.drama.empty() && show_word) {
      std::size_t best = SIZE_MAX;
      for (const auto& e : found) {
        if (e.type != EntityType::kShow || e.token_end <= e.token_begin) continue;
        const std::size_t b = e.token_begin - begin, dist = b > c.at ? b - c.at : c.at - b;
        if (dist < best) {
          best = dist;
          drama = e.name;
          link = e.confidence;
        }
      }
    }
    if (!c.character.empty()) drama = story_of_role(drama, c.at);
    // (A guest's drama or film from outside the sentence: the event's.)
    if (c.character.empty() && !c.named_by_title && guests_only.count(toks.sentence(c.at)) && !drama.empty() &&
        type_of(drama) != EntityType::kShow && !plays_unnamed(c) && !as_unnamed_role(c) &&
        std::none_of(found.begin(), found.end(), [&](const Entity& e) {
          return e.name == drama && e.token_end > e.token_begin &&
                 toks.sentence(e.token_begin - begin) == toks.sentence(c.at);
        }))
      continue;
    // "X, the daughter of veteran actor Y, debuts in T": a relative named
    // to introduce X is not in T.
    if (c.character.empty() && named_as_kin(c.at)) continue;
    // A person credited with a character in the same drama elsewhere in the passage needs no bare credit.
    if (c.character.empty() && std::any_of(credits.begin(), credits.end(), [&](const Credit& o) {
          return o.actor == c.actor && !o.character.empty() &&
                 (!o.drama.empty() ? o.drama : drama_near(o.drama_token())) == drama;
        }))
      continue;
    if (const auto t = translated.find(drama); t != translated.end()) drama = t->second;
    if (!seen.insert(c.actor + "\x1f" + c.character + "\x1f" + drama).second) continue;
    info.cast.push_back({c.actor, c.character, drama, std::min(c.strength, link)});
    // ""Glass Orchard" star X will lead Cold Harbor": the line-up's title too.
    if (c.named_by_title && lineup.count(toks.sentence(c.at))) {
      double near_link = 1.0;
      const std::string now = drama_near(c.at, &near_link);
      // (A label before the name, or the line-up's title in the sentence:
      // "X of Starlight Diner topped the list" is no line-up of the
      // article's other drama.)
      auto mention_in_sentence = [&](const std::string& name, bool before_only) {
        return std::any_of(found.begin(), found.end(), [&](const Entity& e) {
          return e.name == name && e.token_end > e.token_begin &&
                 toks.sentence(e.token_begin - begin) == toks.sentence(c.at) &&
                 (!before_only || e.token_end - begin <= c.at);
        });
      };
      // ("Starlight Diner co-star X": a co-star of that very work.)
      const bool co_star = c.at >= 2 && toks.is(c.at - 1, "star") && toks.hyphened(c.at - 1) && toks.is(c.at - 2, "co");
      if (!co_star && (mention_in_sentence(drama, true) || mention_in_sentence(now, false)) && now != drama &&
          seen.insert(c.actor + "\x1f" + c.character + "\x1f" + now).second)
        info.cast.push_back({c.actor, c.character, now, std::min(c.strength, near_link)});
    }
    // "X starred in A and B": the rest of the list too.
    if (const auto it = listed_with.find(drama); c.character.empty() && it != listed_with.end())
      for (const auto& other : it->second)
        if (seen.insert(c.actor + "\x1f\x1f" + other).second)
          info.cast.push_back({c.actor, "", other, std::min({c.strength, link, conf::kFair})});
  }
  // A story's people: in a passage or article that credits characters, a
  // name shape credited to no one and introduced by a role ("the merchant
  // Baek Ho", "the village doctor, Min Seo Ah") is a character.
  const bool story = std::any_of(info.cast.begin(), info.cast.end(), [](const CastCredit& c) { return !c.character.empty(); }) ||
                     (article && std::any_of(article->known.begin(), article->known.end(), [](const ArticleEntities::Known& k) {
                        return k.type == EntityType::kCharacter;
                      }));
  if (story) {
    std::unordered_set<std::string> actors;
    for (const auto& c : info.cast) actors.insert(c.actor);
    for (auto& e : found) {
      if (e.type != EntityType::kPerson || actors.count(e.name) || e.confidence > conf::kGood) continue;
      const std::size_t b = e.token_begin - begin;
      if (b < 2 || toks.upper(b - 1) || real_world_descriptor(toks.term(b - 1))) continue;
      // The role: "the" and one or two lower-case words, the name right
      // after them, or set off by commas ("the village doctor, X, who").
      bool role = false;
      const std::string& head = toks.term(b - 1);
      if (small_word(head) || never_name(head) || head == "and" || head == "or" || head == "but") continue;
      for (std::size_t d = b - 1; d-- > 0 && b - 1 - d <= 2 && toks.sentence(d) == toks.sentence(b) && !role;) {
        if (toks.upper(d) || !toks.spaced(d + 1)) break;
        role = toks.term_is(d, "the");
      }
      const std::size_t after = e.token_end - begin;
      const bool apposition = toks.comma_after(b - 1) && (after >= n || toks.comma_after(after - 1) ||
                                                          toks.sentence(after) != toks.sentence(b));
      if (!role || (!toks.spaced(b) && !apposition)) continue;
      e.type = EntityType::kCharacter;
      e.confidence = std::min(e.confidence, conf::kFair);
    }
  }
  // (Names a quoted title took over are empty now.)
  found.erase(std::remove_if(found.begin(), found.end(), [](const Entity& e) { return e.token_end <= e.token_begin; }),
              found.end());
  info.entities = std::move(found);
  classify_kind(toks.size(), [&](std::size_t k) -> const std::string& { return toks.term(k); }, info);
  return info;
}

// "Nam Ji-hyun ... Nam will play Seo Yu-ri": news that names a person in
// full and then by the family name alone. Only a family name one person or
// character of the article has, and not a common word.
std::vector<ArticleEntities::Known> Recognizer::family_forms(
    const std::vector<std::string>& names, const std::unordered_map<std::string, EntityType>& type_of) const {
  std::map<std::string, std::string> family_of;
  for (const auto& name : names) {
    const EntityType t = type_of.at(name);
    const auto terms = text::phrase_terms(name);
    if ((t != EntityType::kPerson && t != EntityType::kCharacter) || terms.size() < 2 ||
        !names_.is_family_name(terms[0]))
      continue;
    auto [it, added] = family_of.emplace(terms[0], name);
    if (!added && it->second != name) it->second.clear();  // two people share it
  }
  std::vector<ArticleEntities::Known> out;
  for (const auto& [family, name] : family_of) {
    if (name.empty()) continue;
    out.push_back({std::vector<std::string>{family}, name, type_of.at(name)});
    // And as a spinner writes it, when that takes several words ("Web
    // optimization's classmate" for Seo's): no one writes those for a name.
    if (const auto it = syllable_phrases_.find(family); it != syllable_phrases_.end())
      for (const auto& terms : it->second) out.push_back({terms, name, type_of.at(name)});
  }
  return out;
}

ArticleEntities Recognizer::learn(const Analysis& body, const Analysis* headline, const TitleScorer& score) const {
  ArticleEntities out;
  if (body.tokens.empty()) return out;
  PassageInfo all = recognize(body, 0, body.tokens.size(), "", nullptr);
  // A person found by context at one mention ("NOVAHEART's Riyeon",
  // "actress X") is the same person where the text names him or her
  // bare: if such a mention went unrecognized, a second pass that knows
  // the name sees its credits ("Riyeon will play Seol Ah").
  {
    std::vector<char> covered(body.tokens.size(), 0);
    for (const auto& e : all.entities)
      for (std::size_t k = e.token_begin; k < e.token_end && k < covered.size(); ++k) covered[k] = 1;
    // Word k reads `term`, or `term` + "'s" as the name's last word.
    auto reads = [&](std::size_t k, const std::string& term, bool last) {
      const std::string& t = body.tokens[k].term;
      return t == term || (last && t.size() == term.size() + 2 && t.compare(0, term.size(), term) == 0 &&
                           t.compare(term.size(), 2, "'s") == 0);
    };
    // The words `terms` are written somewhere no entity covers.
    // (A name is written capitalized; a family name that is also a common
    // word counts only where the second pass reads it, before a verb of
    // acting: "in", "so" or "song" in lower case cost a pass for nothing.)
    auto written_bare = [&](const std::vector<std::string>& terms) {
      const bool common = terms.size() == 1 && common_word_family_name(terms[0]);
      for (std::size_t k = 0; k + terms.size() <= body.tokens.size() && !terms.empty(); ++k) {
        if (!body.tokens[k].upper) continue;
        if (common && !(k + 1 < body.tokens.size() && credit_subject_verb(body.tokens[k + 1].term))) continue;
        std::size_t m = 0;
        while (m < terms.size() && !covered[k + m] && reads(k + m, terms[m], m + 1 == terms.size())) ++m;
        if (m == terms.size()) return true;
      }
      return false;
    };
    ArticleEntities people;  // the persons with a bare mention
    std::unordered_set<std::string> checked;
    for (const auto& e : all.entities) {
      if (e.type != EntityType::kPerson || !checked.insert(e.name).second) continue;
      auto terms = text::phrase_terms(e.name);
      if (written_bare(terms)) people.known.push_back({std::move(terms), e.name, EntityType::kPerson, e.confidence});
    }
    // And who a family name alone stands for, with what the first pass
    // found ("Nam will play Y": Y is then a character).
    std::unordered_map<std::string, EntityType> type_of;
    std::vector<std::string> names;
    for (const auto& e : all.entities)
      if ((e.type == EntityType::kPerson || e.type == EntityType::kCharacter) && type_of.emplace(e.name, e.type).second)
        names.push_back(e.name);
    for (const auto& c : all.cast)
      if (const auto it = type_of.find(c.character); !c.character.empty() && it != type_of.end())
        it->second = EntityType::kCharacter;
    // (Only those written so: a second pass costs as much as the first.)
    for (auto& k : family_forms(names, type_of))
      if (written_bare(k.terms)) people.known.push_back(std::move(k));
    if (!people.known.empty()) all = recognize(body, 0, body.tokens.size(), "", &people);
  }
  // One name per title however the spinner wrote each mention.
  std::vector<TitleMention> title_mentions;
  for (const auto& e : all.entities)
    if (is_title_type(e.type))
      title_mentions.push_back({&body, e.token_begin, e.token_end, e.type, e.name, gazetteer_titles_.count(e.name) > 0});
  const TitleGroups titles =
      titles_.group(title_mentions, {&body, headline}, body.spun_tokens >= 2 || body.spin_evidence > 0.01, score);
  for (auto& e : all.entities)
    if (const auto it = titles.canonical.find(e.name); it != titles.canonical.end()) e.name = it->second;
  out.known = titles.forms;
  // Name -> type; a name the article casts as a character stays one.
  // A name also found as a title keeps that too (titled): a drama named
  // after its hero ("Hong Gil Soon, the titular heroine of the drama Hong
  // Gil Soon").
  std::unordered_map<std::string, EntityType> type_of, titled;
  std::unordered_map<std::string, int> mentions;
  std::vector<std::string> order;
  for (const auto& e : all.entities) {
    if (e.type == EntityType::kBroadcaster) continue;
    auto [it, added] = type_of.emplace(e.name, e.type);
    if (added) order.push_back(e.name);
    else if (e.type == EntityType::kCharacter) it->second = e.type;
    if (is_title_type(e.type)) titled.emplace(e.name, e.type);
    // ""Glass Orchard" star X" names X's earlier work, not the article's drama.
    const std::size_t t = e.token_end;
    const bool label = is_title_type(e.type) && t + 1 < body.tokens.size() && body.tokens[t + 1].upper &&
                       title_label(body.tokens[t].term);
    // Nor does an earlier work named as such ("her first drama since
    // 2024's X", "since X", "last year's X").
    const std::size_t b = e.token_begin;
    auto term_at = [&](std::size_t back) { return b >= back ? body.tokens[b - back].term : std::string(); };
    const bool earlier = is_title_type(e.type) && (term_at(1) == "since" || term_at(1) == "year's" ||
                                                   (term_at(1) == "s" && term_at(3) == "since"));
    if (!label && !earlier) ++mentions[e.name];
  }
  for (const auto& c : all.cast)
    if (!c.character.empty() && type_of.count(c.character)) type_of[c.character] = EntityType::kCharacter;
  // "Crown Prince Yi Hwan": a character named with a title is also the
  // character its name alone names ("Yi Hwan is the first prince I played";
  // "King Lee Hwan (Kwon Si Woo)", where the credit alone names it).
  std::vector<std::string> characters;
  for (const auto& name : order)
    if (type_of[name] == EntityType::kCharacter) characters.push_back(name);
  for (const auto& c : all.cast)
    if (!c.character.empty()) characters.push_back(c.character);
  for (const auto& name : order) {
    if (type_of[name] != EntityType::kPerson) continue;
    const std::string tail = " " + name;
    for (const auto& other : characters)
      if (other.size() > tail.size() && other.compare(other.size() - tail.size(), tail.size(), tail) == 0) {
        type_of[name] = EntityType::kCharacter;
        break;
      }
  }
  // Short forms: the given name without the family name ("Hae Jin" for
  // "Seo Hae Jin", "Sejeong" for "Kim Sejeong"), if only one name has it.
  std::unordered_map<std::string, std::string> short_of;
  for (const auto& name : order) {
    const auto terms = text::phrase_terms(name);
    const EntityType t = type_of[name];
    if ((t == EntityType::kPerson || t == EntityType::kCharacter) && terms.size() >= 2 &&
        names_.is_family_name(terms[0])) {
      std::string given;
      for (std::size_t k = 1; k < terms.size(); ++k) given += (k > 1 ? " " : "") + terms[k];
      auto [it, added] = short_of.emplace(given, name);
      if (!added && it->second != name) it->second.clear();  // ambiguous
      // ("Harin" for "Seong Ha Rin": the syllables written as one word.)
      if (terms.size() >= 3) {
        std::string joined;
        for (std::size_t k = 1; k < terms.size(); ++k) joined += terms[k];
        auto [jt, joined_added] = short_of.emplace(joined, name);
        if (!joined_added && jt->second != name) jt->second.clear();
      }
    }
  }
  // A character credited by a short form ("Min Gyu (Oh Tae Kyung)") makes
  // the full name a character too ("defense attorney Cha Min Gyu").
  // (A name's words as the short forms are keyed: "Gyu-ho" is "gyu ho".)
  auto short_key = [](const std::string& name) {
    std::string key;
    for (const auto& t : text::phrase_terms(name)) key += (key.empty() ? "" : " ") + t;
    return key;
  };
  for (const auto& c : all.cast)
    if (const auto it = short_of.find(short_key(c.character)); !c.character.empty() && it != short_of.end() &&
                                                               !it->second.empty())
      type_of[it->second] = EntityType::kCharacter;
  // Full names; a name that is also another's short form ("So Hee" next to
  // "Yang So Hee") is that short form.
  for (const auto& name : order) {
    const auto it = short_of.find(short_key(name));
    if (it == short_of.end() || it->second.empty()) out.known.push_back({text::phrase_terms(name), name, type_of[name]});
    if (const auto t = titled.find(name); t != titled.end() && type_of[name] == EntityType::kCharacter)
      out.known.push_back({text::phrase_terms(name), name, t->second});
  }
  for (auto& k : family_forms(order, type_of))
    if (!short_of.count(k.terms[0])) out.known.push_back(std::move(k));
  // Names written otherwise than they read ("Tune Ha Rin" for Song Ha Rin):
  // the written words too.
  std::set<std::pair<std::vector<std::string>, std::string>> written;
  for (const auto& e : all.entities) {
    if (is_title_type(e.type) || e.type == EntityType::kBroadcaster) continue;
    std::vector<std::string> terms;
    for (std::size_t k = e.token_begin; k < e.token_end; ++k) terms.push_back(body.tokens[k].term);
    std::string& last = terms.back();
    if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0) last.resize(last.size() - 2);
    if (terms != text::phrase_terms(e.name)) written.insert({std::move(terms), e.name});
  }
  for (const auto& [terms, name] : written) out.known.push_back({terms, name, type_of[name]});
  for (const auto& [given, name] : short_of) {
    if (name.empty()) continue;
    std::vector<std::string> terms;
    std::size_t p = 0;
    for (std::size_t q; (q = given.find(' ', p)) != std::string::npos; p = q + 1) terms.push_back(given.substr(p, q - p));
    terms.push_back(given.substr(p));
    out.known.push_back({terms, name, type_of[name]});
  }
  // Each sentence's subject: the first person it names, not with "'s"
  // ("Jin Se Ra's character" is no subject), or a pronoun first, which
  // carries the subject before it on.
  {
    std::unordered_map<std::size_t, const Entity*> person_at;
    for (const auto& e : all.entities)
      if (const auto t = type_of.find(e.name); t != type_of.end() && t->second == EntityType::kPerson)
        person_at.emplace(e.token_begin, &e);
    for (std::size_t k = 0; k < body.tokens.size(); ++k) {
      const std::size_t sentence = body.tokens[k].sentence;
      if (!out.subjects.empty() && out.subjects.back().first == sentence) continue;
      if (pronoun(body.tokens[k].term)) {
        if (!out.subjects.empty()) out.subjects.emplace_back(sentence, out.subjects.back().second);
        continue;
      }
      const auto it = person_at.find(k);
      if (it == person_at.end()) continue;
      const std::string& last = body.tokens[it->second->token_end - 1].term;
      if (last.size() > 2 && last.compare(last.size() - 2, 2, "'s") == 0) continue;
      out.subjects.emplace_back(sentence, it->second->name);
    }
    for (const auto& [k, a] : person_at) {
      std::size_t j = a->token_end;
      // ("A stars opposite B" pairs them as "A and B" does.)
      if (j + 2 < body.tokens.size() && body.tokens[j + 1].term == "opposite" &&
          (body.tokens[j].term == "stars" || body.tokens[j].term == "starred" || body.tokens[j].term == "star"))
        ++j;
      const std::string_view joint = j < body.tokens.size() ? std::string_view(body.tokens[j].term) : "";
      const auto b = j + 1 < body.tokens.size() && (joint == "and" || joint == "opposite") ? person_at.find(j + 1)
                                                                                        : person_at.end();
      if (b == person_at.end() || body.tokens[k].sentence != body.tokens[j + 1].sentence || a->name == b->second->name)
        continue;
      out.pairs.push_back({body.tokens[k].sentence, {a->name, b->second->name}});
    }
    std::sort(out.pairs.begin(), out.pairs.end());
    // "X, the daughter of veteran actor Y", "Y's son X": X's parent.
    const auto& tk = body.tokens;
    for (std::size_t k = 1; k + 2 < tk.size(); ++k) {
      const std::string_view w = tk[k].term;
      if (w != "daughter" && w != "son") continue;
      if (std::string_view(tk[k + 1].term) == "of") {
        std::size_t p = k + 2;
        while (p < tk.size() && p < k + 6 && !person_at.count(p) && tk[p].sentence == tk[k].sentence) ++p;
        const auto parent = person_at.find(p);
        if (parent == person_at.end() || tk[p].sentence != tk[k].sentence) continue;
        // The child: the sentence's subject, named before "daughter".
        const auto subject = std::find_if(out.subjects.begin(), out.subjects.end(),
                                          [&](const auto& x) { return x.first == tk[k].sentence; });
        if (subject != out.subjects.end() && subject->second != parent->second->name)
          out.parents.emplace_back(subject->second, parent->second->name);
      } else if (const auto c = person_at.find(k + 1); c != person_at.end()) {
        // "Y's son X": Y's entity ends on the "'s" word before "son".
        const std::string& before = tk[k - 1].term;
        if (before.size() < 3 || before.compare(before.size() - 2, 2, "'s") != 0) continue;
        for (const auto& [b, e] : person_at)
          if (e->token_end == k && e->name != c->second->name) out.parents.emplace_back(c->second->name, e->name);
      }
    }
  }
  // A title the headline quotes is one wherever the body writes it, cue or
  // not ("JTBC confirmed that A Letter To Spring will premiere"). (Only
  // quoted: in a Title Case headline a cue's run goes on past the title.)
  if (headline && !headline->tokens.empty()) {
    const std::size_t hn = headline->tokens.size();
    const PassageInfo head = recognize(*headline, 0, hn, "", nullptr);
    const Words words(*headline, 0, hn);
    for (const auto& e : head.entities) {
      if (!is_title_type(e.type) || e.token_end > hn) continue;
      const std::size_t b = e.token_begin, last = e.token_end - 1;
      const bool quoted = (words.open_before(b) == '"' && words.close_after(last) == '"') ||
                          (words.single_quote_before(b) && words.single_quote_after(last));
      if (!quoted) continue;
      auto terms = text::phrase_terms(e.name);
      if (terms.size() < 2 || std::any_of(out.known.begin(), out.known.end(), [&](const ArticleEntities::Known& k) {
            return k.name == e.name || k.terms == terms;
          }))
        continue;
      out.known.push_back({std::move(terms), e.name, e.type, e.confidence});
    }
  }
  // Each name's best evidence in the article.
  std::unordered_map<std::string, double> sure;
  for (const auto& e : all.entities) sure[e.name] = std::max(sure[e.name], e.confidence);
  for (const auto& c : all.cast) {
    sure[c.actor] = std::max(sure[c.actor], confidence::kStrong);
    if (!c.character.empty()) sure[c.character] = std::max(sure[c.character], c.confidence);
  }
  for (auto& k : out.known)
    if (const auto it = sure.find(k.name); it != sure.end()) k.confidence = it->second;
  // The title and the person the article names most.
  int best_title = 0, best_person = 0, best_story = 0;
  for (const auto& name : order) {
    const auto title = titled.find(name);
    const EntityType t =
        title != titled.end() && type_of[name] == EntityType::kCharacter ? title->second : type_of[name];
    const int m = mentions[name] + (t == EntityType::kDrama ? 1 : 0);
    if ((t == EntityType::kDrama || t == EntityType::kFilm) && m > best_story) {
      best_story = m;
      out.story = name;
    }
    if (is_title_type(t) && m > best_title) {
      best_title = m;
      out.drama = name;
    } else if (t == EntityType::kPerson && m > best_person) {
      best_person = m;
      out.person = name;
    }
  }
  return out;
}

}  // namespace dramasearch::entities
