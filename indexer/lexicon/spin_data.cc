#include "indexer/lexicon/spin_data.h"

#include <fstream>
#include <sstream>

#include "dramasearch/error.h"
#include "indexer/util/hash.h"

namespace dramasearch::detail {
std::string_view embedded_data(std::string_view name);
}

namespace dramasearch::lexicon {
namespace {

std::vector<std::string> split(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    std::size_t e = line.find(sep, b);
    out.emplace_back(line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  for (auto& s : out) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  }
  return out;
}

// Calls fn(fields, line_number) for each data line of `content`.
template <typename Fn>
void for_each_row(std::string_view content, Fn fn) {
  std::size_t lineno = 0, b = 0;
  while (b < content.size()) {
    std::size_t e = content.find('\n', b);
    if (e == std::string_view::npos) e = content.size();
    std::string_view line = content.substr(b, e - b);
    b = e + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    fn(split(line, '\t'), lineno);
  }
}

std::string read_file(const std::string& dir, const std::string& name, bool& found) {
  std::ifstream in(dir + "/" + name, std::ios::binary);
  found = static_cast<bool>(in);
  if (!found) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

SpinClass parse_class(const std::string& s, const std::string& where) {
  if (s == "sure") return SpinClass::kSure;
  if (s == "likely") return SpinClass::kLikely;
  if (s == "ambiguous") return SpinClass::kAmbiguous;
  throw Error(where + ": unknown class '" + s + "' (expected sure, likely or ambiguous)");
}

}  // namespace

SpinData load_spin_data(const std::string& data_dir) {
  SpinData data;
  std::string all;
  auto content = [&](const std::string& name) {
    std::string text;
    bool found = false;
    if (!data_dir.empty()) text = read_file(data_dir, name, found);
    if (!found) text = std::string(detail::embedded_data(name));
    all += name + '\0' + text + '\0';
    return text;
  };

  const std::string lex = content("spin-lexicon.tsv");
  for_each_row(lex, [&](const std::vector<std::string>& f, std::size_t line) {
    const std::string where = "spin-lexicon.tsv:" + std::to_string(line);
    if (f.size() < 3) throw Error(where + ": expected spun<TAB>original<TAB>class");
    if (f[0].empty() || f[1].empty()) throw Error(where + ": empty phrase");
    int count = 0;
    if (f.size() > 4 && !f[4].empty()) {
      try {
        count = std::stoi(f[4]);
      } catch (const std::exception&) {
        throw Error(where + ": count '" + f[4] + "' is not a number");
      }
    }
    data.lexicon.push_back({f[0], f[1], parse_class(f[2], where), count});
  });
  const std::string rules = content("context-rules.tsv");
  for_each_row(rules, [&](const std::vector<std::string>& f, std::size_t line) {
    if (f.size() < 3 || f[0].empty() || f[1].empty() || f[2].find('_') == std::string::npos)
      throw Error("context-rules.tsv:" + std::to_string(line) +
                  ": expected spun<TAB>original<TAB>pattern with one _");
    data.rules.push_back({f[0], f[1], f[2]});
  });
  for (const char* name : {"gazetteer.tsv"}) {
    const std::string gaz = content(name);
    for_each_row(gaz, [&](const std::vector<std::string>& f, std::size_t) {
      if (!f[0].empty()) data.gazetteer.push_back({f[0], f.size() > 1 ? f[1] : "person"});
    });
  }
  const std::string fam = content("family-names.txt");
  for_each_row(fam, [&](const std::vector<std::string>& f, std::size_t) {
    if (!f[0].empty()) data.family_names.push_back(f[0]);
  });
  const std::string syl = content("name-syllables.tsv");
  for_each_row(syl, [&](const std::vector<std::string>& f, std::size_t) {
    if (f[0].empty()) return;
    SyllableRow row{f[0], {}};
    if (f.size() > 1)
      for (auto& s : split(f[1], ','))
        if (!s.empty()) row.spun_forms.push_back(s);
    data.syllables.push_back(std::move(row));
  });
  data.digest = util::hex64(util::fnv1a64(all));
  return data;
}

}  // namespace dramasearch::lexicon
