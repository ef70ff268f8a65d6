// The shape of romanized Korean names ("Kim Ji Won", "Ji Chang Wook"),
// shared by spin repair (spun syllables) and entity recognition.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dramasearch::entities {

class KoreanNames {
 public:
  KoreanNames(const std::vector<std::string>& family_names, const std::vector<std::string>& syllables);

  bool is_family_name(const std::string& folded) const { return family_.count(folded) > 0; }
  bool is_known_syllable(const std::string& folded) const { return syllables_.count(folded) > 0; }

  // True if the folded word has the shape of one romanized syllable:
  // optional initial consonant(s), a vowel group, optional final consonant.
  static bool syllable_shaped(std::string_view folded);

  // True if the folded word is one to three romanized syllables written
  // as one word, as given names often are ("sejeong", "dahye", "hyunwoo").
  bool given_name_shaped(std::string_view folded) const;

 private:
  std::unordered_set<std::string> family_;
  std::unordered_set<std::string> syllables_;
};

}  // namespace dramasearch::entities
