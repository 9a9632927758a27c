"""Problems found in user content, reported as `path:line:col: message`.

Stages collect problems instead of raising at the first one, so a user sees
every mistake of a run at once (MkDocs' config validation does the same).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    col: int | None
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class ContentError(Exception):
    """One or more problems that stop a build; the previous site stays as it was."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):  # crosses process boundaries whole (files are read in parallel)
        return (ContentError, (self.problems,))


def line_col(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


class EngineError(Exception):
    """The engine a build's map stages run on failed (a Dask cluster unreachable or its workers dying);
    the previous site stays as it was."""
