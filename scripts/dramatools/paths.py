"""Where the project's files are, seen from the package (scripts/dramatools/)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPTS = ROOT / "scripts"
CORPUS = ROOT / "corpus"
THESAURUS = CORPUS / "spinner" / "thesaurus.tsv"
LEXICON = CORPUS / "lexicon"
TRUTH = CORPUS / "truth"
