"""dramatools: the Python side of dramasearch's scripts (stdlib only).

The commands in scripts/ are thin entry points of this package:

  scripts/eval            evaluate.py (sections: repair_eval.py, ranking_eval.py,
                          copies_eval.py, entity_eval.py)
  scripts/eval_ranking.py ranking_eval.py on its own
  scripts/spin            spin_cli.py (spinner.py, spin_formats.py)
  scripts/gen-corpus      gen_corpus.py (gen_articles, gen_paragraphs, gen_world,
                          gen_vocabulary; spun copies through spinner.py)
  scripts/lexicon-check   lexicon_check.py
  scripts/bench           bench.py (bench_measure, bench_queries, bench_serve,
                          bench_report)
  scripts/stress --soak   soak.py (indexer, server and remote-shard queries at once)

Shared helpers, each in one place:
  paths.py          where the project's files are
  errors.py         EvalError, the commands' one fatal error (exit status 2)
  tools.py          running drama-index / drama-query and parsing their JSON
  tsv.py            reading the truth files
  markdown.py       number formats and Markdown tables
  tokens.py         words and paragraphs of a text, with character spans
  align.py          word-level Levenshtein alignment
  edits.py          despin edits mapped onto tokens, and applied
  article_pairs.py  original/spun article pairs of the corpus
  known_items.py    known-item search, as typed and with every word required
  observations.py   observed real spin substitutions and their held-out split
  observed_spinner.py  copies spun with those substitutions (entity evaluation)
  repair_observations.py  repair measured on those substitutions, per split
  ranking_metrics.py, kind_eval.py  passage-ranking and classifier metrics

Adding an evaluation section to scripts/eval:
  1. write a module, say entity_eval.py, with a function

         def section(ctx):
             '''Prints its Markdown tables; returns its numbers as a dict.'''

     ctx is a dict: "tools" (a tools.Tools on --build, with --data-dir),
     "corpus" (Path of --corpus), "build" (the --build directory, str) and
     "failures" (bool, --failures). Raise errors.EvalError for a fatal problem.
  2. register it with one line in SECTIONS in evaluate.py:
         "entities": entity_eval.section,
     It then runs with --section entities and in --section all (in SECTIONS
     order), and its dict is written under "entities" in --json.
Unit tests of the pure helpers: tests/scripts/ (ctest scripts_unit).
"""
