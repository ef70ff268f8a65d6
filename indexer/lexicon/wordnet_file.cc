#include "indexer/lexicon/wordnet_file.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include "indexer/util/data_files.h"

namespace dramasearch::lexicon {
namespace {

constexpr const char* kDebianDir = "/usr/share/wordnet";

// Parts of speech in the order their senses are interleaved: a spinner
// swaps verbs and nouns far more often than adjectives and adverbs.
constexpr std::array<const char*, 4> kParts = {"verb", "noun", "adj", "adv"};

// The line of the sorted file `in` whose first field is `key`, found by
// binary search over byte positions; "" if there is none. Lines that begin
// with a space (the index files' licence header) sort before every word.
std::string find_line(std::ifstream& in, const std::string& key) {
  if (!in) return {};
  in.clear();
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size <= 0) return {};
  // The first field of the first whole line at or after `pos`.
  auto first_after = [&](std::streamoff pos, std::string& line) {
    in.clear();
    in.seekg(pos > 0 ? pos - 1 : 0);
    if (pos > 0 && !std::getline(in, line)) return false;  // the rest of a cut line
    return static_cast<bool>(std::getline(in, line));
  };
  auto field = [](const std::string& line) { return std::string_view(line).substr(0, line.find(' ')); };
  std::string line;
  std::streamoff lo = 0, hi = size;
  while (lo < hi) {
    const std::streamoff mid = lo + (hi - lo) / 2;
    if (!first_after(mid, line) || (!line.empty() && line[0] != ' ' && key <= field(line))) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  if (!first_after(lo, line)) return {};
  return field(line) == key ? line : std::string();
}

// A word as the database writes it ("Brobdingnagian", "galore(ip)",
// "film_maker") made a lower-case one-word form, "" if it is a phrase or
// holds anything but letters.
std::string one_word(std::string_view w) {
  if (const auto paren = w.find('('); paren != std::string_view::npos) w = w.substr(0, paren);
  std::string out;
  for (const char c : w) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c >= 'a' && c <= 'z') {
      out.push_back(c);
    } else {
      return {};
    }
  }
  return out;
}

// One synset line: its words and the offsets of its hypernyms ("@") and
// similar synsets ("&", adjectives), each with the letter of its part of
// speech.
struct Synset {
  std::vector<std::string> words;
  std::vector<std::pair<char, long>> broader;
};

bool read_synset(std::ifstream& data, long offset, Synset& out) {
  data.clear();
  data.seekg(offset);
  std::string line;
  if (!data || !std::getline(data, line)) return false;
  std::istringstream fields(line);
  std::string off, lex_file, type, count_hex;
  if (!(fields >> off >> lex_file >> type >> count_hex) || std::strtol(off.c_str(), nullptr, 10) != offset)
    return false;  // not a synset line: a stale or damaged index
  const long words = std::strtol(count_hex.c_str(), nullptr, 16);
  for (long i = 0; i < words && i < 256; ++i) {
    std::string word, lex_id;
    if (!(fields >> word >> lex_id)) return false;
    out.words.push_back(std::move(word));
  }
  long pointers = 0;
  if (!(fields >> pointers)) return false;
  for (long i = 0; i < pointers && i < 4096; ++i) {
    std::string symbol, target, part, source_target;
    if (!(fields >> symbol >> target >> part >> source_target)) return false;
    if ((symbol == "@" || symbol == "&") && !part.empty())
      out.broader.emplace_back(part[0] == 's' ? 'a' : part[0], std::strtol(target.c_str(), nullptr, 10));
  }
  return true;
}

// Candidate base forms of `word` as part of speech `part` (WordNet's
// detachment rules); the exception list is asked separately.
std::vector<std::string> detached(const std::string& word, std::string_view part) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kNoun = {
      {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  static const std::vector<std::pair<std::string_view, std::string_view>> kVerb = {
      {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};
  static const std::vector<std::pair<std::string_view, std::string_view>> kAdj = {
      {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  const auto& rules = part == "noun" ? kNoun : part == "verb" ? kVerb : part == "adj" ? kAdj
                                                                                      : decltype(kNoun){};
  std::vector<std::string> out;
  for (const auto& [suffix, ending] : rules)
    if (word.size() > suffix.size() + 1 && std::string_view(word).substr(word.size() - suffix.size()) == suffix)
      out.push_back(word.substr(0, word.size() - suffix.size()).append(ending));
  return out;
}

long offset_of(char part_letter) {
  switch (part_letter) {
    case 'v': return 0;
    case 'n': return 1;
    case 'a': return 2;
    case 'r': return 3;
    default: return -1;
  }
}

}  // namespace

const WordNetFile& WordNetFile::shared() {
  static const WordNetFile instance(util::data_path("DRAMASEARCH_WORDNET", kDebianDir));
  return instance;
}

WordNetFile::WordNetFile(std::string dir) : dir_(std::move(dir)) {
  available_ = !dir_.empty();
  for (const char* part : {"noun", "verb"})
    available_ = available_ && util::is_regular_file(dir_ + "/index." + part) &&
                 util::is_regular_file(dir_ + "/data." + part);
}

bool WordNetFile::available() const { return available_; }

std::string WordNetFile::status() const {
  if (dir_.empty()) return "off (DRAMASEARCH_WORDNET=none)";
  if (!available_) return "off (no WordNet index and data files in " + dir_ + ")";
  return "wordnet " + dir_;
}

std::vector<std::string> WordNetFile::synonyms(const std::string& word, std::size_t limit, bool generic,
                                               std::size_t senses) const {
  std::vector<std::string> out;
  if (!available_ || word.empty() || limit == 0 || !one_word(word).size()) return out;
  // Per part of speech: the base form found and its synset offsets.
  struct Entry {
    std::string base;
    std::vector<long> offsets;
  };
  std::array<Entry, kParts.size()> entries;
  std::array<std::ifstream, kParts.size()> data;
  for (std::size_t p = 0; p < kParts.size(); ++p) {
    const std::string part = kParts[p];
    std::ifstream index(dir_ + "/index." + part, std::ios::binary);
    if (!index) continue;
    std::vector<std::string> bases = {word};
    {
      std::ifstream exceptions(dir_ + "/" + part + ".exc", std::ios::binary);
      std::istringstream line(find_line(exceptions, word));
      std::string inflected, base;
      line >> inflected;
      while (line >> base) bases.push_back(base);
    }
    for (auto& b : detached(word, part)) bases.push_back(std::move(b));
    for (const auto& base : bases) {
      const std::string found = find_line(index, base);
      if (found.empty()) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
      std::istringstream fields(found);
      std::string lemma, pos;
      long synsets = 0, pointer_kinds = 0;
      if (!(fields >> lemma >> pos >> synsets >> pointer_kinds)) break;
      std::string skip;
      for (long i = 0; i < pointer_kinds + 2 && fields >> skip; ++i) {
      }
      long offset = 0;
      while (entries[p].offsets.size() < senses && fields >> offset) entries[p].offsets.push_back(offset);
      entries[p].base = base;
      data[p].open(dir_ + "/data." + part, std::ios::binary);
      break;
    }
  }
  auto add = [&](const std::string& raw) {
    std::string w = one_word(raw);
    if (w.empty() || w == word || std::find(out.begin(), out.end(), w) != out.end()) return;
    for (const auto& e : entries)
      if (w == e.base) return;
    out.push_back(std::move(w));
  };
  std::vector<std::pair<char, long>> broader;
  for (std::size_t rank = 0; rank < senses && out.size() < limit; ++rank) {
    for (std::size_t p = 0; p < kParts.size() && out.size() < limit; ++p) {
      if (rank >= entries[p].offsets.size()) continue;
      Synset s;
      if (!read_synset(data[p], entries[p].offsets[rank], s)) continue;
      for (const auto& w : s.words) add(w);
      broader.insert(broader.end(), s.broader.begin(), s.broader.end());
    }
  }
  if (generic) {
    std::array<std::ifstream, kParts.size()> more;
    for (const auto& [letter, offset] : broader) {
      if (out.size() >= limit) break;
      const long p = offset_of(letter);
      if (p < 0) continue;
      if (!more[p].is_open()) more[p].open(dir_ + "/data." + kParts[p], std::ios::binary);
      Synset s;
      if (read_synset(more[p], offset, s))
        for (const auto& w : s.words) add(w);
    }
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace dramasearch::lexicon
