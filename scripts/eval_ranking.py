#!/usr/bin/env python3
"""Passage-ranking evaluation on its own: scripts/eval_ranking.py --help, and
dramatools/ranking_eval.py."""
import sys

from dramatools.ranking_eval import main

sys.exit(main())
