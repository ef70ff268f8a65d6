// drama-index: build or update a dramasearch index from an article corpus,
// and `drama-index despin` to repair spun text on its own.
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "dramasearch/article_analysis.h"
#include "dramasearch/despin.h"
#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/readers.h"
#include "indexer/cli/command_line.h"
#include "indexer/cli/despin_json.h"
#include "indexer/cli/progress.h"
#include "indexer/util/id_set.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using namespace dramasearch;

namespace {

volatile std::sig_atomic_t g_signal = 0;
void on_signal(int sig) { g_signal = sig; }
struct Interrupted {};

const char* kUsage = R"(Usage: drama-index --index DIR [options] INPUT...
       drama-index despin [--diff | --json] [FILE...]
       drama-index extract INPUT...
       drama-index passages [--no-despin] INPUT...
       drama-index check --index DIR
       drama-index compact --index DIR

Indexes drama news articles for drama-query. INPUT is a file, a directory
(walked recursively) or - for JSON Lines on standard input. Formats by
extension: .jsonl (id, body required; title, date, url, source), .txt, .md,
.html/.htm. Spun wording is repaired before indexing (--no-despin to skip).
Re-running indexes only what changed; --prune removes articles whose input
is gone.

Exit status: 0 all indexed, 1 some inputs skipped (reported as path[:line]:
reason), 2 fatal error (bad arguments, index cannot be opened or locked),
130/143 interrupted (complete articles are committed).

Options)";

const char* kDespinUsage = R"(Usage: drama-index despin [--diff | --json] [FILE...]

Repairs synonym-spun text: reads FILEs (or standard input), writes the text
with spun phrases restored to standard output, layout kept.
  --diff   mark each change as [-spun-]{+original+}
  --json   one JSON object per input: text, spin_score and each edit
           (offset, length, spun, repaired, reason, applied)
  --all    with --diff, also mark uncertain candidates as [~spun~]{?original?}
)";

std::uint64_t input_bytes(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& in : inputs) {
    if (in == "-") continue;
    if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
    } else if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) && format_for_path(it->path().string()) != InputFormat::kUnknown)
          total += it->file_size(ec);
      }
    }
  }
  return total;
}

// Prints the articles the readers find in INPUTs as JSON Lines (id, title,
// body, date, url, source, origin): what the indexer would see.
int run_extract(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 2, argv + argc);
  if (inputs.empty() || inputs[0] == "--help" || inputs[0] == "-h") {
    std::cout << "Usage: drama-index extract INPUT...\n"
                 "Prints the articles read from INPUTs as JSON Lines, as the indexer sees them.\n";
    return inputs.empty() ? 2 : 0;
  }
  std::size_t problems = 0;
  walk_inputs(
      inputs,
      [&](Article&& a) {
        nlohmann::json j = {{"id", a.id},   {"title", a.title},   {"body", a.body},   {"date", a.date},
                            {"url", a.url}, {"source", a.source}, {"origin", a.origin}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      },
      [&](const std::string& where, const std::string& reason) {
        std::cerr << where << ": " << reason << "\n";
        ++problems;
      });
  return problems ? 1 : 0;
}

// Prints every passage of the articles in INPUTs as the indexer analyses
// it (text, kind, entities, credits) as JSON Lines: a debugging and
// evaluation view of the pipeline.
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
  std::size_t problems = 0;
  walk_inputs(
      inputs,
      [&](Article&& a) {
        const AnalysedArticle aa = analyse_article(pipeline, a);
        for (const auto& p : aa.passages) {
          nlohmann::json entities = nlohmann::json::array(), cast = nlohmann::json::array();
          for (const auto& e : p.info.entities) entities.push_back({{"type", entity_type_name(e.type)}, {"name", e.name}});
          for (const auto& c : p.info.cast)
            cast.push_back({{"name", c.actor}, {"character", c.character}, {"drama", c.drama}});
          nlohmann::json j = {{"article_id", a.id},        {"passage", p.number},
                              {"paragraph", p.paragraph},  {"text", p.text},
                              {"original", p.original},    {"kind", passage_kind_name(p.info.kind)},
                              {"scene_score", p.info.scene_score}, {"cast_score", p.info.cast_score},
                              {"drama", p.info.drama},     {"entities", entities},
                              {"cast", cast},              {"spin_score", aa.spin_score}};
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        }
      },
      [&](const std::string& where, const std::string& reason) {
        std::cerr << where << ": " << reason << "\n";
        ++problems;
      });
  return problems ? 1 : 0;
}

// Parses "drama-index SUBCOMMAND --index DIR [--help]". Returns -1 to go
// on with `index` set, else the exit status to return.
int index_argument(int argc, char** argv, const char* name, const char* usage, std::string& index) {
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--index" || a == "-i") && i + 1 < argc) index = argv[++i];
    else if (a == "--help" || a == "-h") {
      std::cout << "Usage: drama-index " << name << " --index DIR\n" << usage;
      return 0;
    }
  }
  if (!index.empty()) return -1;
  std::cerr << "drama-index " << name << ": --index DIR is required\n";
  return 2;
}

// drama-index compact --index DIR: merge shards into one compact database.
int run_compact(int argc, char** argv) {
  std::string index;
  if (int rc = index_argument(argc, argv, "compact",
                              "Merges the index's databases (all shards) into one compact database: smaller and\n"
                              "faster to search. Run it after a large indexing run; not while one is running.\n",
                              index);
      rc >= 0)
    return rc;
  try {
    const auto bytes = compact_index(index);
    std::cerr << "compacted " << index << ": " << bytes / 1000000.0 << " MB\n";
    return 0;
  } catch (const Error& e) {
    std::cerr << "drama-index compact: " << e.what() << "\n";
    return 2;
  }
}

// drama-index check --index DIR: is every article whole?
int run_check(int argc, char** argv) {
  std::string index;
  if (int rc = index_argument(argc, argv, "check",
                              "Verifies that every article of the index is whole (all passages, one version).\n"
                              "Exit status: 0 consistent, 1 problems found, 2 cannot open the index.\n",
                              index);
      rc >= 0)
    return rc;
  try {
    const IndexCheck c = verify_index(index);
    for (const auto& p : c.problems) std::cerr << index << ": " << p << "\n";
    std::cout << (c.problems.empty() ? "ok: " : "PROBLEMS: ") << c.articles << " articles, " << c.passages
              << " passages\n";
    return c.problems.empty() ? 0 : 1;
  } catch (const Error& e) {
    std::cerr << "drama-index check: " << e.what() << "\n";
    return 2;
  }
}

int run_despin(int argc, char** argv) {
  bool diff = false, json = false, all = false;
  std::vector<std::string> files;
  std::string data_dir;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--diff") diff = true;
    else if (a == "--json") json = true;
    else if (a == "--all") all = true;
    else if (a == "--data-dir" && i + 1 < argc) data_dir = argv[++i];
    else if (a == "--help" || a == "-h") {
      std::cout << kDespinUsage;
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "drama-index despin: unknown option " << a << "\n" << kDespinUsage;
      return 2;
    } else files.push_back(a);
  }
  if (diff && json) {
    std::cerr << "drama-index despin: --diff and --json exclude each other\n";
    return 2;
  }
  try {
    Pipeline pipeline(Pipeline::Options{true, data_dir});
    if (files.empty()) files.push_back("-");
    int status = 0;
    for (const auto& f : files) {
      std::ostringstream buf;
      if (f == "-") {
        buf << std::cin.rdbuf();
      } else {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
          std::cerr << f << ": cannot read: " << std::strerror(errno) << "\n";
          status = 1;
          continue;
        }
        buf << in.rdbuf();
      }
      const std::string content = buf.str();
      const DespinResult r = despin(pipeline, content);
      if (json) {
        nlohmann::json j = tools::despin_json(r);
        j["file"] = f == "-" ? "<stdin>" : f;
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else if (diff) {
        // Marks over the input as written.
        std::string out;
        std::size_t copied = 0;
        const std::string& src = content;
        for (const auto& e : r.edits) {
          if (!e.applied && !all) continue;
          if (e.offset < copied || e.offset + e.length > src.size()) continue;
          out.append(src, copied, e.offset - copied);
          if (e.applied) out += "[-" + e.spun + "-]{+" + e.repaired + "+}";
          else out += "[~" + e.spun + "~]{?" + e.repaired + "?}";
          copied = e.offset + e.length;
        }
        out.append(src, std::min(copied, src.size()), std::string::npos);
        std::cout << out;
      } else {
        std::cout << r.text;
      }
    }
    return status;
  } catch (const Error& e) {
    std::cerr << "drama-index despin: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // faster JSON Lines on stdin
  if (argc > 1 && std::string(argv[1]) == "despin") return run_despin(argc, argv);
  if (argc > 1 && std::string(argv[1]) == "extract") return run_extract(argc, argv);
  if (argc > 1 && std::string(argv[1]) == "passages") return run_passages(argc, argv);
  if (argc > 1 && std::string(argv[1]) == "check") return run_check(argc, argv);
  if (argc > 1 && std::string(argv[1]) == "compact") return run_compact(argc, argv);

  std::string index;
  std::vector<std::string> inputs;
  IndexerOptions iopt;
  bool prune = false, quiet = false, no_despin = false;
  std::size_t max_file_mb = 512, max_article_mb = 16, chunk_size = 256;
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("index,i", po::value(&index), "index directory (created if missing)")
      ("prune", po::bool_switch(&prune), "remove indexed articles not found in this run's inputs")
      ("no-despin", po::bool_switch(&no_despin), "index the text as published, without spin repair")
      ("quiet,q", po::bool_switch(&quiet), "no progress display")
      ("batch", po::value(&iopt.batch_articles)->default_value(500), "articles per commit")
      ("threads", po::value(&iopt.threads)->default_value(0), "threads analysing and writing articles (0 = one per core)")
      ("flush-threshold", po::value(&iopt.flush_threshold)->default_value(1000),
       "passages Xapian buffers before writing them to its tables (memory bound; 0 = Xapian's default)")
      ("shards", po::value(&iopt.shards)->default_value(0),
       "shards of a new index, written in parallel (0 = keep the existing count; 1 for a new index)")
      ("max-file-mb", po::value(&max_file_mb)->default_value(512), "skip larger input files (not .jsonl, which is streamed)")
      ("max-article-mb", po::value(&max_article_mb)->default_value(16), "skip larger articles (title + body)")
      ("data-dir", po::value(&iopt.data_dir), "directory with replacement spin-repair data files");
  po::options_description hidden;  // positional arguments, not listed in --help
  hidden.add_options()("input", po::value(&inputs)->composing(), "inputs");
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  if (int rc = tools::parse_command_line("drama-index", argc, argv, all, desc, pos, vm); rc >= 0) return rc;
  if (index.empty() || inputs.empty()) {
    std::cerr << "drama-index: --index DIR and at least one INPUT are required\nTry 'drama-index --help'.\n";
    return 2;
  }
  if (iopt.batch_articles == 0) iopt.batch_articles = 1;
  iopt.repair = !no_despin;

  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  std::size_t added = 0, replaced = 0, unchanged = 0, removed = 0, skipped = 0, empty = 0, passages = 0;
  std::size_t problems = 0, articles = 0;
  std::uint64_t bytes_done = 0;
  std::size_t files_done = 0;
  tools::Progress progress(!quiet && isatty(STDERR_FILENO), input_bytes(inputs));
  auto report = [&](const std::string& where, const std::string& reason) {
    progress.clear();
    std::cerr << where << ": " << reason << "\n";
    ++problems;
  };

  std::unique_ptr<Indexer> indexer;
  try {
    indexer = std::make_unique<Indexer>(index, iopt);
  } catch (const Error& e) {
    std::cerr << "drama-index: " << e.what() << "\n";
    return 2;
  }

  // Ids seen in this run, for duplicates (compact: a hash and the number
  // of the file that had it first) and, with --prune, the ids to keep.
  util::IdSet<std::uint32_t> seen;
  std::vector<std::string> file_names;  // by number, as they are opened
  std::set<std::string> keep;
  int status = 0;
  WalkStats ws;
  // Articles are indexed in chunks: the indexer analyses a chunk on all
  // cores while it writes.
  std::vector<Article> chunk;
  auto flush = [&] {
    if (chunk.empty()) return;
    const auto outcomes = indexer->add_many(chunk);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
      const auto& o = outcomes[i];
      if (!o.error.empty()) {
        report(chunk[i].origin, o.error);
        ++skipped;
        continue;
      }
      switch (o.result) {
        case AddResult::kAdded: ++added; passages += o.passages; break;
        case AddResult::kReplaced: ++replaced; passages += o.passages; break;
        case AddResult::kUnchanged: ++unchanged; break;
        case AddResult::kEmpty:
          report(chunk[i].origin, "no words to index, skipped");
          ++empty;
          break;
      }
    }
    chunk.clear();
    progress.update(files_done, articles, bytes_done);
  };
  try {
    ws = walk_inputs(
        inputs,
        [&](Article&& a) {
          if (g_signal) throw Interrupted{};
          if (a.body.size() + a.title.size() > (max_article_mb << 20)) {
            report(a.origin, "article too large (" + std::to_string(a.body.size() + a.title.size()) +
                                 " bytes, limit " + std::to_string(max_article_mb) + " MiB), skipped");
            ++skipped;
            return;
          }
          // (file_names.back() is the file being read)
          const auto file_no = static_cast<std::uint32_t>(file_names.empty() ? 0 : file_names.size() - 1);
          if (const auto first = seen.insert(a.id, file_no)) {
            const std::string where = *first < file_names.size() ? file_names[*first] : "this run";
            report(a.origin, "duplicate id '" + a.id + "' (first seen in " + where + "), skipped");
            ++skipped;
            return;
          }
          if (prune) keep.insert(a.id);
          ++articles;
          chunk.push_back(std::move(a));
          if (chunk.size() >= chunk_size) flush();
        },
        report,
        [&](const std::string& file, std::uint64_t size) {
          if (g_signal) throw Interrupted{};
          file_names.push_back(file);
          ++files_done;
          bytes_done += size;
          progress.update(files_done, articles, bytes_done);
        },
        static_cast<std::uint64_t>(max_file_mb) << 20);
    flush();
    if (prune) {
      indexer->commit();
      removed = indexer->prune(keep);
    }
    indexer->commit();
  } catch (const Interrupted&) {
    try {
      flush();  // the articles already read are complete: write them
      indexer->commit();
    } catch (const Error& e) {
      std::cerr << "drama-index: " << e.what() << "\n";
    }
    status = g_signal == SIGINT ? 130 : 143;
  } catch (const Error& e) {
    progress.clear();
    std::cerr << "drama-index: " << e.what() << "\n";
    return 2;
  }
  progress.clear();
  skipped += ws.skipped_files + empty;
  const std::size_t total_articles = indexer->article_count();
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.2f", progress.seconds());
  if (status) std::cerr << "drama-index: interrupted; complete articles are committed\n";
  if (added + replaced + removed == 0 && status == 0)
    std::cerr << "nothing changed: ";
  std::cerr << "indexed " << (added + replaced) << " articles (" << added << " new, " << replaced
            << " replaced), " << unchanged << " unchanged, " << removed << " removed, " << skipped
            << " skipped; " << passages << " passages written; index holds " << total_articles
            << " articles, " << indexer->passage_count() << " passages; " << secs << " s\n";
  if (status) return status;
  return problems > 0 ? 1 : 0;
}
