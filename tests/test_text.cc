// Unit tests of the first pipeline stages: UTF-8 validation, normalization,
// segmentation.
#include <catch2/catch.hpp>

#include <random>

#include "indexer/text/normalize.h"
#include "indexer/text/segment.h"
#include "indexer/text/utf8.h"

using namespace dramasearch::text;

TEST_CASE("sanitize_utf8 keeps valid text unchanged") {
  std::size_t bad = 99;
  CHECK(sanitize_utf8("Kim Ji Won – “camera”", &bad) == "Kim Ji Won – “camera”");
  CHECK(bad == 0);
}

TEST_CASE("sanitize_utf8 replaces each invalid sequence with U+FFFD and counts it") {
  std::size_t bad = 0;
  const std::string in = std::string("a\xff") + "b\xc3" + "c\xe2\x82" + "d\xed\xa0\x80" + "e\xc0\xaf";
  const std::string out = sanitize_utf8(in, &bad);
  CHECK(is_valid_utf8(out));
  CHECK(out.find("a\xEF\xBF\xBD" "b") == 0);
  CHECK(bad == 5);
}

TEST_CASE("sanitize_utf8 folds line endings and control characters") {
  CHECK(sanitize_utf8(std::string("a\r\nb\rc\0d\x07" "e\tf", 12)) == "a\nb\nc d e\tf");
}

TEST_CASE("sanitize_utf8 survives random bytes") {
  std::mt19937 rng(42);
  for (int i = 0; i < 2000; ++i) {
    std::string s(rng() % 64, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    const std::string out = sanitize_utf8(s);
    REQUIRE(is_valid_utf8(out));
    REQUIRE(is_valid_utf8(normalize(out)));
  }
}

TEST_CASE("normalize folds typography and applies NFKC") {
  CHECK(normalize("It’s “Lovestruck” — KBS2") == "It's \"Lovestruck\" - KBS2");
  CHECK(normalize("ﬁlm\u00A0set") == "film set");             // ligature, no-break space
  CHECK(normalize("ＫＢＳ２") == "KBS2");                        // full-width
  CHECK(normalize("soft\u00ADhyphen\u200Bzero") == "softhyphenzero");
  CHECK(normalize("e\u0301") == "\u00e9");                    // composed
  CHECK(normalize("line one\n\nline two") == "line one\n\nline two");
}

TEST_CASE("split_words finds words and skips punctuation") {
  const std::string t = "Kim Ji Won's co-star, 2 p.m. KST!";
  std::vector<std::string> words;
  for (const auto& w : split_words(t)) words.push_back(t.substr(w.offset, w.length));
  CHECK(words == std::vector<std::string>{"Kim", "Ji", "Won's", "co", "star", "2", "p.m", "KST"});
}

TEST_CASE("split_words' ASCII fast path finds exactly ICU's words") {
  // Random ASCII over the characters the word break rules treat specially,
  // plus fixed cases; every difference from ICU is a failure.
  const std::string alphabet = "aZk09__..'',,;;:: -\n\t\"!?@#$%&*()[]/\\+=<>~`^|{}\r";
  std::mt19937 rng(20261126);
  std::vector<std::string> cases = {"", "_", "__", "a_", "_a", "_1", "1_", "a.b", "a.1", "1.a", "1.5", "1,000",
                                    "1;2", "a,b", "a;b", "a'b", "1'2", "a'1", "90's", "U.S.", "p.m.",
                                    "don't", "'tis", "a..b", "1..2", "a._b", "a:b", "x'", "'", "."};
  for (int n = 0; n < 20000; ++n) {
    std::string t;
    const int len = 1 + static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) t += alphabet[rng() % alphabet.size()];
    cases.push_back(t);
  }
  for (const auto& t : cases) {
    auto words = [&](const std::vector<Word>& ws) {
      std::vector<std::string> out;
      for (const auto& w : ws) out.push_back(std::to_string(w.offset) + ":" + t.substr(w.offset, w.length));
      return out;
    };
    INFO("text: [" << t << "]");
    CHECK(words(split_words(t)) == words(split_words_icu(t)));
  }
}

TEST_CASE("split_sentences splits at sentence ends and line breaks") {
  const std::string t = "She laughs. He waits!\nNew line here";
  const auto s = split_sentences(t);
  REQUIRE(s.size() == 3);
  CHECK(t.substr(s[0].first, s[0].second - s[0].first) == "She laughs.");
  CHECK(t.substr(s[1].first, s[1].second - s[1].first) == "He waits!");
  CHECK(t.substr(s[2].first, s[2].second - s[2].first) == "New line here");
}

TEST_CASE("case helpers") {
  CHECK(fold_case("KiM") == "kim");
  CHECK(fold_case("ÉCOLE") == "école");
  CHECK(starts_upper("Digicam"));
  CHECK_FALSE(starts_upper("digicam"));
  CHECK(all_upper("KST"));
  CHECK_FALSE(all_upper("K"));
  CHECK(capitalize_first("camera") == "Camera");
}
