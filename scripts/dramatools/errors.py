"""The one exception type of the package's commands."""


class EvalError(Exception):
    """A fatal problem (missing build or file, a tool failing, bad data):
    the command reports it on stderr and exits with status 2."""
