"""Errors a user can fix: each names where the problem is (file and line, or the field)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located by a file line or a field name."""

    message: str
    line: int | None = None
    field: str | None = None

    def render(self, source: str | None) -> str:
        """FILE:LINE: message, or field: message, as the CLI prints it."""
        if source and self.line:
            return f"{source}:{self.line}: {self.message}"
        if source:
            return f"{source}: {self.message}"
        if self.field:
            return f"{self.field}: {self.message}"
        return self.message


@dataclass
class InputError(Exception):
    """Bad input from a person: reported, exit code 2, nothing written."""

    problems: list[Problem] = field(default_factory=list)
    source: str | None = None

    @classmethod
    def single(cls, message: str, *, source: str | None = None, line: int | None = None,
               field: str | None = None) -> "InputError":
        """An error with one problem."""
        return cls([Problem(message, line=line, field=field)], source)

    def lines(self) -> list[str]:
        """Every problem rendered on its own line, in file order."""
        ordered = sorted(self.problems, key=lambda problem: problem.line or 0)
        return [problem.render(self.source) for problem in ordered]

    def __str__(self) -> str:
        return "\n".join(self.lines())


class NotFound(InputError):
    """A code, number or id that names nothing registered."""


class Conflict(InputError):
    """A change that contradicts the current state (already registered, already done, ...)."""


class Forbidden(InputError):
    """An agency acting on a task that is not its own."""
