"""Reading the project's tab-separated data files (corpus/truth/*.tsv)."""

from .errors import EvalError


def read_rows(path, columns, expected=None):
    """[(line number, fields)] of a TSV file, skipping blank lines and '#'
    comment lines; every row must have COLUMNS fields (else EvalError naming
    the line and EXPECTED, by default "N tab-separated fields")."""
    if not path.is_file():
        raise EvalError(f"{path} not found")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise EvalError(f"{path}:{n}: expected {expected or f'{columns} tab-separated fields'}")
        rows.append((n, fields))
    return rows
