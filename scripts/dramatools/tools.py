"""Running the project's programs: drama-index and drama-query of a build
directory, called as subprocesses whose JSON output is parsed."""

import json
import os
import subprocess
from pathlib import Path

from .errors import EvalError

TOOL_TIMEOUT = 300  # seconds per tool run


class Tools:
    """The two binaries of a build directory plus common options."""

    def __init__(self, build_dir, data_dir=None):
        build = Path(build_dir)
        if not build.is_dir():
            raise EvalError(f"build directory {build} not found (build first, or pass --build DIR)")
        self.index_bin = build / "drama-index"
        self.query_bin = build / "drama-query"
        for b in (self.index_bin, self.query_bin):
            if not (b.is_file() and os.access(b, os.X_OK)):
                raise EvalError(f"{b} is missing or not executable (build first, or pass --build DIR)")
        self.data_dir = data_dir

    def _data_args(self):
        return ["--data-dir", str(self.data_dir)] if self.data_dir else []

    def extract(self, path):
        """Articles of a file or directory as {id: record} (drama-index extract)."""
        out = run_tool([self.index_bin, "extract", str(path)], ok=(0, 1))
        return {rec["id"]: rec for rec in map(json.loads, out.splitlines()) if rec}

    def passages(self, path):
        """Every passage of a file or directory as `drama-index passages`
        analyses it (list of dicts)."""
        out = run_tool([self.index_bin, "passages", str(path)])
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def despin(self, text):
        """The JSON object of `drama-index despin --json` for TEXT."""
        out = run_tool([self.index_bin, "despin", "--json", *self._data_args()], stdin=text)
        return json.loads(out)

    def build_index(self, index_dir, inputs, despin=True):
        # Exit 1 only means some inputs were skipped (reported on stderr).
        args = [self.index_bin, "--quiet", *self._data_args(), "--index", str(index_dir)]
        if not despin:
            args.append("--no-despin")
        run_tool(args + [str(p) for p in inputs], ok=(0, 1))

    def search(self, index_dir, query, limit, options=()):
        """Hits of drama-query as a list of dicts (empty when nothing matches);
        OPTIONS are more drama-query arguments."""
        out = run_tool([self.query_bin, "--index", str(index_dir), *self._data_args(), "--json",
                        "--limit", str(limit), *options, "--", query], ok=(0, 1))
        return [json.loads(line) for line in out.splitlines() if line.strip()]


def run_tool(args, stdin=None, ok=(0,)):
    """Runs a command, returns its stdout; raises EvalError on other exit codes."""
    cmd = [str(a) for a in args]
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise EvalError(f"{' '.join(cmd[:3])} ...: {e}") from e
    if proc.returncode not in ok:
        raise EvalError(f"{' '.join(cmd[:4])} ... exited with {proc.returncode}: "
                        f"{proc.stderr.strip()[:500]}")
    return proc.stdout


def copies_of(tools, index_dir, article_id):
    """(exit status, copies) of `drama-query --copies-of ARTICLE_ID`: 0 copies
    listed, 1 none, 2 unknown id (copies then empty)."""
    cmd = [str(tools.query_bin), "--index", str(index_dir), *tools._data_args(), "--copies-of", article_id]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                              timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise EvalError(f"drama-query --copies-of {article_id}: {e}") from e
    if proc.returncode not in (0, 1, 2):
        raise EvalError(f"drama-query --copies-of {article_id} exited with {proc.returncode}: "
                        f"{proc.stderr.strip()[:500]}")
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
