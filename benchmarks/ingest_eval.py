"""Measure the drafter against annotated passages: precision and recall of schedules and assigned agencies.

    python benchmarks/ingest_eval.py                          # tests/fixtures/ingest, registry examples/agencies.toml
    python benchmarks/ingest_eval.py OTHER_DIR -v             # another annotator's set, same format; show the misses
    python benchmarks/ingest_eval.py --agencies my-agencies.toml

A passage is NN-slug.txt + NN-slug.toml (format: tests/fixtures/ingest/README.md); a .toml without its .txt
names its text in `source` (a path, relative to the .toml's folder or one of its parents).
Schedules match when kind and dates are exactly right: deadlines by last day, windows by both ends,
recurrences by their dates over two years from issued_on, annual days by day and month.
Agencies match by role and by name key (NFC, case, tone marks, abbreviations, "các" and punctuation
ignored; a trailing "tỉnh"/"thành phố" optional; "Y tế" listed after "các Sở:" is "Sở Y tế"), or when the
registry resolves both names to one agency/group.
The drafter is given issued_on when the passage has no [header] (the date is then not in the text).
"""

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from rules.dates import parse_day_first  # noqa: E402
from rules.ingest.lexicon import DEPARTMENT  # noqa: E402
from rules.ingest.normalize import clean, fold, name_key  # noqa: E402
from rules.ingest.registry import Resolver  # noqa: E402
from rules.schedules import Annual, Deadline, Recurrence, Schedule, Window, occurrences, parse_annual  # noqa: E402
from tracker.services.drafting import Draft, draft_directive, registry_from_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
Key = tuple[Any, ...]


@dataclass
class Score:
    """True positives, found, expected."""

    hits: int = 0
    found: int = 0
    expected: int = 0

    def add(self, other: "Score") -> None:
        """Add another passage's counts."""
        self.hits, self.found, self.expected = (self.hits + other.hits, self.found + other.found,
                                                self.expected + other.expected)

    @property
    def precision(self) -> float:
        """Hits over found (1 when nothing was found)."""
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Hits over expected (1 when nothing was expected)."""
        return self.hits / self.expected if self.expected else 1.0

    def cell(self) -> str:
        """P and R with the counts behind them."""
        return f"{self.precision:4.2f} {self.recall:4.2f} ({self.hits}/{self.found}/{self.expected})"


@dataclass
class Passage:
    """One passage's scores and what did not match."""

    name: str
    schedules: Score
    agencies: Score
    loads: bool
    misses: list[str] = field(default_factory=list)


def schedule_key(schedule: Schedule, issued_on: date) -> Key:
    """What two schedules must share to be the same."""
    if isinstance(schedule, Deadline):
        return ("deadline", schedule.due)
    if isinstance(schedule, Window):
        return ("window", schedule.start, schedule.end)
    if isinstance(schedule, Annual):
        return ("annual", schedule.month, schedule.day)
    through = issued_on.replace(year=issued_on.year + 2) - timedelta(days=1) if (issued_on.month, issued_on.day) != (
        2, 29) else date(issued_on.year + 2, 2, 28)
    return ("recurrence",) + tuple(o.due for o in occurrences(schedule, issued_on=issued_on, through=through))


def expected_schedule(entry: dict[str, Any], issued_on: date) -> Schedule:
    """A [[schedules]] entry of an annotation."""
    kind = entry["kind"]
    if kind == "deadline":
        return Deadline(parse_day_first(entry["last_day"]))
    if kind == "window":
        return Window(parse_day_first(entry["start"]), parse_day_first(entry["end"]))
    if kind == "annual":
        month, day = parse_annual(str(entry["on"]))
        return Annual(month, day, first=issued_on)
    first = parse_day_first(entry["from"]) if "from" in entry else issued_on
    until = parse_day_first(entry["until"]) if "until" in entry else None
    return Recurrence(str(entry["rrule"]), first=first, until=until)


def same_agency(left: str, right: str, resolver: Resolver) -> bool:
    """One agency by name key (a bare trailing "tỉnh"/"thành phố" aside, kinds of a collective in any order), by a
    department named without its head after a shared label ("các Sở: Y tế, ..." lists "Y tế", which is "Sở Y tế";
    "các bộ Công an, Y tế" lists "Bộ Công an"), or by registry resolution."""
    a, b = name_key(left), name_key(right)
    if a == b or _bare(a) == _bare(b) or _same_kinds(left, right, a, b):
        return True
    if any((a == f"{head} {b}" and _department(right)) or (b == f"{head} {a}" and _department(left))
           for head in _SHARED_HEADS):
        return True
    resolved = resolver.resolve(left)
    return resolved is not None and resolved == resolver.resolve(right)


# The heads a list of departments shares: provincial departments, ministries, district offices.
_SHARED_HEADS = ("sở", "bộ", "phòng")


def _department(name: str) -> bool:
    """A department's name without "Sở": "Y tế", "Văn hóa, Thể thao và Du lịch"."""
    return re.fullmatch(DEPARTMENT, fold(clean(name)).strip()) is not None


def _same_kinds(left: str, right: str, a: str, b: str) -> bool:
    """A collective whose kinds are listed in another order: "UBND xã, phường, thị trấn" is "UBND phường, xã, thị
    trấn" (both names must be lists, so that two different single names never match by their words)."""
    return "," in left and "," in right and sorted(a.split()) == sorted(b.split())


def _bare(key: str) -> str:
    for place in (" tỉnh", " thành phố"):
        if key.endswith(place) and len(key.split()) > 3:
            return key[: -len(place)]
    return key


def score_passage(name: str, text: str, note: dict[str, Any], resolver: Resolver, registry: Any) -> Passage:
    """Draft one passage and compare with its annotation."""
    issued_on = parse_day_first(str(note["issued_on"]))
    given = None if "header" in note else issued_on
    draft: Draft = draft_directive(text, registry, issued_on=given, today=issued_on, source_name=name)
    reference = draft.issued_on
    misses: list[str] = []
    expected = {schedule_key(expected_schedule(entry, reference), reference): entry.get("quote", "")
                for entry in note.get("schedules", [])}
    found = {schedule_key(item.schedule, reference): draft.text[item.start:item.end] for item in draft.found_schedules()}
    schedules = compare_schedules(expected, found, misses)
    agencies = compare_agencies([(entry["name"], entry["role"]) for entry in note.get("agencies", [])],
                                [(agency.name, agency.role) for agency in draft.agencies], resolver, misses)
    misses += _header_misses(note.get("header"), draft)
    return Passage(name, schedules, agencies, True, misses)


def compare_schedules(expected: dict[Key, str], found: dict[Key, str], misses: list[str]) -> Score:
    """Schedules found against those expected (keyed by `schedule_key`, valued by their quote); misses noted."""
    misses += [f"  schedule missed: {_short(key)}  «{quote}»" for key, quote in expected.items() if key not in found]
    misses += [f"  schedule extra:  {_short(key)}  «{' '.join(quote.split())}»" for key, quote in found.items()
               if key not in expected]
    return Score(len(expected.keys() & found.keys()), len(found), len(expected))


def compare_agencies(expected: list[tuple[str, str]], found: list[tuple[str, str]], resolver: Resolver,
                     misses: list[str]) -> Score:
    """(name, role) pairs found against those expected, one match per name and role; misses noted."""
    agencies = Score()
    for role in ("lead", "cooperating"):
        wanted = _unique([name for name, given in expected if given == role])
        got = _unique([name for name, given in found if given == role])
        remaining = list(got)
        for want in wanted:
            match = next((candidate for candidate in remaining if same_agency(want, candidate, resolver)), None)
            if match is None:
                misses.append(f"  {role} missed: {want}")
            else:
                remaining.remove(match)
                agencies.hits += 1
        misses += [f"  {role} extra:  {extra}" for extra in remaining]
        agencies.found += len(got)
        agencies.expected += len(wanted)
    return agencies


def _header_misses(header: dict[str, Any] | None, draft: Draft) -> list[str]:
    if header is None:
        return []
    misses = []
    if "number" in header and header["number"] != draft.number:
        misses.append(f"  header number: {header['number']} != {draft.number}")
    if "kind" in header and header["kind"] != draft.kind:
        misses.append(f"  header kind: {header['kind']} != {draft.kind}")
    if "issued_on" in header and parse_day_first(str(header["issued_on"])) != draft.issued_on:
        misses.append(f"  header issued_on: {header['issued_on']} != {draft.issued_on:%d/%m/%Y}")
    if "implements" in header and set(header["implements"]) != set(draft.implements):
        misses.append(f"  header implements: {header['implements']} != {draft.implements}")
    return misses


def _unique(names: list[str]) -> list[str]:
    return list({_bare(name_key(f"sở {name}" if _department(name) else name)): name
                 for name in reversed(names)}.values())[::-1]


def _short(key: Key) -> str:
    if key[0] == "recurrence":
        dates = [f"{day:%d/%m/%Y}" for day in key[1:]]
        return "recurrence " + (", ".join(dates[:4]) + (f", ... ({len(dates)})" if len(dates) > 4 else ""))
    return " ".join(f"{part:%d/%m/%Y}" if isinstance(part, date) else str(part) for part in key)


def text_of(note_path: Path, note: dict[str, Any]) -> str:
    """The passage's text: NN-slug.txt beside the .toml, or the file `source` names."""
    beside = note_path.with_suffix(".txt")
    if beside.exists():
        return beside.read_text(encoding="utf-8")
    source = str(note.get("source", ""))
    for folder in [note_path.parent, *note_path.parent.parents]:
        candidate = folder / source
        if source and candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{note_path}: no {beside.name} and no file at source = {source!r}")


def main() -> None:
    """Score every passage of a folder and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "fixtures" / "ingest"))
    parser.add_argument("--agencies", default=str(ROOT / "examples" / "agencies.toml"), help="registry file")
    parser.add_argument("-v", "--verbose", action="store_true", help="show what did not match")
    args = parser.parse_args()
    registry = registry_from_file(args.agencies)
    resolver = Resolver(registry)
    total_schedules, total_agencies = Score(), Score()
    print(f"{'passage':<34} {'schedules P R (hit/found/expected)':<36} {'agencies P R (hit/found/expected)':<36} loads")
    for note_path in sorted(Path(args.folder).glob("*.toml")):
        note = tomllib.loads(note_path.read_text(encoding="utf-8"))
        try:
            passage = score_passage(note_path.stem, text_of(note_path, note), note, resolver, registry)
        except Exception as error:  # a passage that breaks the drafter is reported, and counts as missed
            passage = Passage(note_path.stem, Score(expected=len(note.get("schedules", []))),
                              Score(expected=len(note.get("agencies", []))), False, [f"  error: {error!r}"])
        total_schedules.add(passage.schedules)
        total_agencies.add(passage.agencies)
        print(f"{passage.name:<34} {passage.schedules.cell():<36} {passage.agencies.cell():<36} "
              f"{'yes' if passage.loads else 'NO'}")
        if args.verbose:
            for line in passage.misses:
                print(line)
    print(f"{'overall':<34} {total_schedules.cell():<36} {total_agencies.cell():<36}")
    print("targets: schedules P >= 0.95, R >= 0.90; agencies P >= 0.90, R >= 0.85")


if __name__ == "__main__":
    main()
