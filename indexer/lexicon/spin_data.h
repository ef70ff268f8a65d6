// The spin-repair data files, parsed but not yet compiled into matchers.
//
// Files (see corpus/lexicon/README.md for their meaning):
//   spin-lexicon.tsv      spun <TAB> original <TAB> class <TAB> evidence [<TAB> count]
//   context-rules.tsv     spun <TAB> original <TAB> pattern
//   gazetteer.tsv         name <TAB> type
//   family-names.txt      one Korean family name per line
//   name-syllables.tsv    syllable <TAB> comma-separated spun forms
// Lines starting with '#' and blank lines are ignored everywhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dramasearch::lexicon {

enum class SpinClass { kSure, kLikely, kAmbiguous };

struct LexiconRow {
  std::string spun, original;
  SpinClass cls;
  int observed = 0;  // times seen in real spun/original pairs (column 5)
};
struct RuleRow { std::string spun, original, pattern; };
struct GazetteerRow { std::string name, type; };
struct SyllableRow { std::string syllable; std::vector<std::string> spun_forms; };

struct SpinData {
  std::vector<LexiconRow> lexicon;
  std::vector<RuleRow> rules;
  std::vector<GazetteerRow> gazetteer;
  std::vector<std::string> family_names;
  std::vector<SyllableRow> syllables;
  std::string digest;  // hash of all file contents, for index fingerprints
};

// Loads the data compiled into the library (data_dir empty) or the files of
// `data_dir` (a missing file there falls back to the compiled-in one).
// Throws dramasearch::Error naming the file and line of a malformed row.
SpinData load_spin_data(const std::string& data_dir);

}  // namespace dramasearch::lexicon
