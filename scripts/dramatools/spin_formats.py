"""Spinning article files in their own format: plain text, Markdown (markup,
link targets, code and URLs kept), HTML (only text nodes) and JSON Lines
(title and body; ids get the prefix "spun-"), and whole directory trees.

Each file's RNG is seeded with (seed, relative path[, record id, field]), so
the output is deterministic and does not depend on the order of the files.
"""

import html
import json
import os
import random
import re
import shutil
import sys
from html.parser import HTMLParser


def spin_txt(sp, content, rng):
    return sp.spin_prose(content, rng)


MD_PROTECT_RE = re.compile(
    r"```.*?```"                      # fenced code
    r"|`[^`\n]*`"                     # inline code
    r"|\]\([^)\n]*\)"                 # link / image target  ](url "title")
    r"|^\[[^\]\n]+\]:[^\n]*$"         # reference definition
    r"|<[^>\n]+>"                     # html tags, autolinks
    r"|\bhttps?://[^\s)>\]]+"         # bare URLs
    r"|\bwww\.[^\s)>\]]+",
    re.DOTALL | re.MULTILINE,
)


def spin_md(sp, content, rng):
    out = []
    pos = 0
    prev = " "
    for m in MD_PROTECT_RE.finditer(content):
        seg = content[pos:m.start()]
        if seg:
            spun = sp.spin_prose(seg, rng, prev)
            out.append(spun)
            prev = spun[-1]
        out.append(m.group(0))
        prev = m.group(0)[-1]
        pos = m.end()
    seg = content[pos:]
    if seg:
        out.append(sp.spin_prose(seg, rng, prev))
    return "".join(out)


class _EventRecorder(HTMLParser):
    """Records (kind, line, col, raw_script) of every parser event."""

    RAW = ("script", "style")

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.events = []
        self.data = []
        self.raw_elem = None

    def _rec(self, kind):
        line, col = self.getpos()
        self.events.append((kind, line, col, self.raw_elem is not None))

    def handle_starttag(self, tag, attrs):
        self._rec("start")
        if tag in self.RAW:
            self.raw_elem = tag

    def handle_startendtag(self, tag, attrs): self._rec("startend")

    def handle_endtag(self, tag):
        if tag == self.raw_elem:
            self.raw_elem = None
        self._rec("end")

    def handle_data(self, data):
        self._rec("data")
        self.data.append(data)
    def handle_entityref(self, name): self._rec("entity")
    def handle_charref(self, name): self._rec("entity")
    def handle_comment(self, data): self._rec("comment")
    def handle_decl(self, decl): self._rec("decl")
    def handle_pi(self, data): self._rec("pi")
    def unknown_decl(self, data): self._rec("decl")


def spin_html(sp, content, rng):
    p = _EventRecorder()
    p.feed(content)
    p.close()
    line_starts = [0]
    for m in re.finditer("\n", content):
        line_starts.append(m.end())
    offsets = [line_starts[line - 1] + col for _, line, col, _ in p.events]
    offsets.append(len(content))
    out = [content[:offsets[0]]]
    prev = " "
    data_iter = iter(p.data)
    for k, (kind, _, _, in_raw) in enumerate(p.events):
        raw = content[offsets[k]:offsets[k + 1]]
        if kind == "data":
            if raw != next(data_iter):
                raise ValueError("HTML text node positions do not match the parser's data")
        if kind == "data" and not in_raw:
            spun = sp.spin_prose(raw, rng, prev)
            out.append(spun)
            if spun:
                prev = spun[-1]
        else:
            out.append(raw)
            if kind == "entity":
                prev = html.unescape(raw)[-1:] or prev
    return "".join(out)


def spin_jsonl(sp, content, seed, relpath, id_prefix="spun-"):
    out_lines = []
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            out_lines.append(line)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"{relpath}:{lineno}: bad JSON ({e}), copied", file=sys.stderr)
            out_lines.append(line)
            continue
        rid = rec.get("id", lineno)
        for field in ("title", "body"):
            if isinstance(rec.get(field), str):
                rng = random.Random(f"{seed}\x1f{relpath}\x1f{rid}\x1f{field}")
                rec[field] = sp.spin_prose(rec[field], rng)
        if "id" in rec and id_prefix:
            # Spun copies live beside the originals in one index: ids must differ.
            rec["id"] = id_prefix + str(rec["id"])
        out_lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out_lines) + ("\n" if content.endswith("\n") else "")


def spin_file(sp, seed, src, dst, relpath):
    ext = os.path.splitext(src)[1].lower()
    if ext not in (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"):
        shutil.copyfile(src, dst)
        return False
    with open(src, encoding="utf-8", newline="") as f:
        content = f.read()
    rng = random.Random(f"{seed}\x1f{relpath}")
    if ext == ".txt":
        res = spin_txt(sp, content, rng)
    elif ext in (".md", ".markdown"):
        res = spin_md(sp, content, rng)
    elif ext in (".html", ".htm"):
        res = spin_html(sp, content, rng)
    else:
        res = spin_jsonl(sp, content, seed, relpath)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(res)
    return True


def spin_tree(sp, seed, in_dir, out_dir):
    """Spins every article file under IN_DIR into OUT_DIR at the same relative
    path (other files are copied); returns the number of files spun."""
    count = 0
    for root, dirs, files in os.walk(in_dir):
        dirs.sort()
        for name in sorted(files):
            src = os.path.join(root, name)
            rel = os.path.relpath(src, in_dir).replace(os.sep, "/")
            dst = os.path.join(out_dir, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if spin_file(sp, seed, src, dst, rel):
                count += 1
    return count
