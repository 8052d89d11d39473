"""Turn pydantic validation errors into located problems a person can act on."""

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from tracker.errors import Problem
from tracker.tomlfile import TomlDocument


def problems_of(error: ValidationError, document: TomlDocument) -> list[Problem]:
    """One problem per pydantic error, at the line of the key it concerns."""
    problems = []
    for item in error.errors():
        loc = tuple(part for part in item["loc"] if not _is_union_tag(part))
        problems.append(document.problem(loc, _message(item, loc)))
    return problems


def _message(item: ErrorDetails, loc: tuple[Any, ...]) -> str:
    """A message that names the key: "items[2].window: ..."."""
    path = _dotted(loc)
    kind = item["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{path}'"
    if kind == "missing":
        return f"missing key '{path}'"
    text = item["msg"]
    text = text.removeprefix("Value error, ")
    return f"{path}: {text}" if path else text


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _is_union_tag(part: object) -> bool:
    # pydantic inserts the union member's name ("date", "function-after[...]") into loc; not a key.
    return isinstance(part, str) and ("[" in part or part in {"date", "str", "dict", "DueBefore", "DueOn"})
