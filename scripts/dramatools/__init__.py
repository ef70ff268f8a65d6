"""dramatools: the Python side of dramasearch's scripts (stdlib only).

The commands in scripts/ are thin entry points of this package:

  scripts/spin            spin_cli.py (spinner.py, spin_formats.py)
  scripts/gen-corpus      gen_corpus.py (gen_articles, gen_paragraphs, gen_world,
                          gen_vocabulary; spun copies through spinner.py)

  paths.py          where the project's files are
"""
