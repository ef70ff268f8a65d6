"""Markdown output of the evaluation: number formats and tables."""


def fmt(x, kind="ratio"):
    if x is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * x:.2f}%"
    return f"{x:.3f}"


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
