"""Read a TOML file a person wrote, keeping the line of every key so errors can point at it."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import InputError, Problem

Loc = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=""")
_LINE_IN_ERROR = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass
class TomlDocument:
    """A parsed TOML file with a map from key paths to the lines they were written on."""

    path: str
    data: dict[str, Any]
    lines: dict[Loc, int]

    def line_of(self, loc: Loc) -> int | None:
        """The line of the deepest key on this path that was written in the file."""
        for length in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:length]))
            if line is not None:
                return line
        return None

    def problem(self, loc: Loc, message: str) -> Problem:
        """A problem located at the key path `loc`."""
        return Problem(message, line=self.line_of(loc))

    def error(self, loc: Loc, message: str) -> InputError:
        """An InputError with one problem at the key path `loc`."""
        return InputError([self.problem(loc, message)], self.path)


def read_toml(path: str | Path) -> TomlDocument:
    """Parse a UTF-8 TOML file; an unreadable, non-UTF-8 or malformed file is an InputError."""
    return parse_toml(read_bytes(path), str(path))


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes; an unreadable file is an InputError naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise InputError.single(f"cannot read the file: {error.strerror}", source=str(path)) from None


def decode_utf8(raw: bytes, name: str) -> str:
    """Text from UTF-8 bytes; anything else is an InputError at NAME:LINE of the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError.single(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as UTF-8", source=name, line=line
        ) from None
    return text.removeprefix("\ufeff")  # a byte-order mark from Windows editors is harmless


def parse_toml(raw: bytes, name: str) -> TomlDocument:
    """Parse TOML bytes that came from `name` (a path or an upload's file name)."""
    text = decode_utf8(raw, name)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _LINE_IN_ERROR.search(message)
        where = int(found.group(1)) if found else None
        message = _LINE_IN_ERROR.sub("", message).strip()
        raise InputError.single(f"not valid TOML: {message}", source=name, line=where) from None
    return TomlDocument(name, data, _key_lines(text))


def _key_lines(text: str) -> dict[Loc, int]:
    """Map each key path (tables, array-of-tables indexes, keys) to its line number."""
    lines: dict[Loc, int] = {}
    counts: dict[Loc, int] = {}
    table: Loc = ()
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header and not _KEY.match(line):
            names = _split_dotted(header.group(2))
            table = _resolve(names, counts)
            if header.group(1) == "[[":
                index = counts.get(tuple(names), 0)
                counts[tuple(names)] = index + 1
                table = _resolve(names, counts)
                lines.setdefault(table[:-1], number)
            lines[table] = number
            continue
        key = _KEY.match(line)
        if key:
            loc = table + tuple(_split_dotted(key.group(1)))
            lines.setdefault(loc, number)
            rest = line[key.end():]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def _resolve(names: list[str], counts: dict[Loc, int]) -> Loc:
    """Turn a header's dotted names into a path, inserting the current index of each array of tables."""
    path: list[str | int] = []
    for position in range(len(names)):
        path.append(names[position])
        seen = counts.get(tuple(names[: position + 1]))
        if seen:
            path.append(seen - 1)
    return tuple(path)


def _split_dotted(key: str) -> list[str]:
    return [part.strip().strip("\"'") for part in re.split(r"\.(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)", key)]
