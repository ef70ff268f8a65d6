// drama-index extract / passages: what the readers and the pipeline make of
// the inputs, as JSON Lines (debugging and evaluation views).
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dramasearch/article_analysis.h"
#include "dramasearch/readers.h"
#include "indexer/cli/despin_json.h"
#include "indexer/cli/subcommands.h"

namespace dramasearch::tools {
namespace {

// Walks INPUTs, problems to stderr; the exit status: 1 if any problem.
int walk_printing_problems(const std::vector<std::string>& inputs, const ArticleFn& on_article) {
  std::size_t problems = 0;
  walk_inputs(inputs, on_article, [&](const std::string& where, const std::string& reason) {
    std::cerr << where << ": " << reason << "\n";
    ++problems;
  });
  return problems ? 1 : 0;
}

nlohmann::json passage_json(const Article& a, const AnalysedArticle& aa, const AnalysedPassage& p) {
  nlohmann::json entities = nlohmann::json::array(), cast = nlohmann::json::array();
  for (const auto& e : p.info.entities)
    entities.push_back({{"type", entity_type_name(e.type)}, {"name", e.name}, {"confidence", e.confidence}});
  for (const auto& c : p.info.cast)
    cast.push_back({{"name", c.actor}, {"character", c.character}, {"drama", c.drama}, {"confidence", c.confidence}});
  return {{"article_id", a.id},        {"passage", p.number},
          {"paragraph", p.paragraph},  {"text", p.text},
          {"original", p.original},    {"kind", passage_kind_name(p.info.kind)},
          {"scene_score", p.info.scene_score}, {"cast_score", p.info.cast_score},
          {"drama", p.info.drama},     {"entities", entities},
          {"cast", cast},              {"spin_score", aa.spin_score}};
}

}  // namespace

// Prints the articles the readers find in INPUTs as JSON Lines (id, title,
// body, date, url, source, origin): what the indexer would see.
int run_extract(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 2, argv + argc);
  if (inputs.empty() || inputs[0] == "--help" || inputs[0] == "-h") {
    std::cout << "Usage: drama-index extract INPUT...\n"
                 "Prints the articles read from INPUTs as JSON Lines, as the indexer sees them.\n";
    return inputs.empty() ? 2 : 0;
  }
  return walk_printing_problems(inputs, [](Article&& a) {
    const nlohmann::json j = {{"id", a.id},   {"title", a.title},   {"body", a.body},    {"date", a.date},
                              {"url", a.url}, {"source", a.source}, {"origin", a.origin}};
    std::cout << dump(j) << "\n";
  });
}

// Prints every passage of the articles in INPUTs as the indexer analyses
// it (text, kind, entities, credits) as JSON Lines.
int run_passages(int argc, char** argv) {
  std::vector<std::string> inputs;
  bool no_despin = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--no-despin") no_despin = true;
    else if (a == "--help" || a == "-h") {
      std::cout << "Usage: drama-index passages [--no-despin] INPUT...\n"
                   "Prints each passage as the indexer analyses it (JSON Lines: article_id, passage,\n"
                   "paragraph, text, original, kind, scores, drama, entities, cast).\n";
      return 0;
    } else inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::cerr << "drama-index passages: give at least one INPUT\n";
    return 2;
  }
  Pipeline pipeline(Pipeline::Options{!no_despin, ""});
  return walk_printing_problems(inputs, [&](Article&& a) {
    const AnalysedArticle aa = analyse_article(pipeline, a);
    for (const auto& p : aa.passages) std::cout << dump(passage_json(a, aa, p)) << "\n";
  });
}

}  // namespace dramasearch::tools
