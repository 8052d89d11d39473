"""How far two annotators agree on the same passages: the ceiling any drafter can be measured against.

    python benchmarks/ingest_agreement.py FIRST_DIR SECOND_DIR [-v]

Both folders hold NN-slug.toml annotations (format: tests/fixtures/ingest/README.md) of the same texts.
The second annotator is scored against the first with the rules of ingest_eval.py (same schedule keys,
same agency matching), so "P" is the share of the second's entries the first also made and "R" the share of
the first's entries the second also made. Only stems present in both folders count.
"""

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_eval import (  # noqa: E402  (it puts the checkout on the path, as it does for itself)
    ROOT,
    Resolver,
    Score,
    compare_agencies,
    compare_schedules,
    expected_schedule,
    parse_day_first,
    registry_from_file,
    schedule_key,
)


def _schedules(note: dict[str, Any]) -> dict[Any, str]:
    issued_on = parse_day_first(str(note["issued_on"]))
    return {schedule_key(expected_schedule(entry, issued_on), issued_on): entry.get("quote", "")
            for entry in note.get("schedules", [])}


def _agencies(note: dict[str, Any]) -> list[tuple[str, str]]:
    return [(entry["name"], entry["role"]) for entry in note.get("agencies", [])]


def main() -> None:
    """Score the second folder's annotations against the first's and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--agencies", default=str(ROOT / "examples" / "agencies.toml"), help="registry file")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the entries only one annotator made")
    args = parser.parse_args()
    resolver = Resolver(registry_from_file(args.agencies))
    total_schedules, total_agencies = Score(), Score()
    print(f"{'passage':<34} {'schedules P R (both/second/first)':<36} {'agencies P R (both/second/first)':<36}")
    for first_path in sorted(Path(args.first).glob("*.toml")):
        second_path = Path(args.second) / first_path.name
        if not second_path.exists():
            continue
        first = tomllib.loads(first_path.read_text(encoding="utf-8"))
        second = tomllib.loads(second_path.read_text(encoding="utf-8"))
        if first["issued_on"] != second["issued_on"]:
            print(f"{first_path.stem}: issued_on differs ({first['issued_on']} / {second['issued_on']}); "
                  "the second's is used for its own dates")
        misses: list[str] = []
        schedules = compare_schedules(_schedules(first), _schedules(second), misses)
        agencies = compare_agencies(_agencies(first), _agencies(second), resolver, misses)
        total_schedules.add(schedules)
        total_agencies.add(agencies)
        print(f"{first_path.stem:<34} {schedules.cell():<36} {agencies.cell():<36}")
        if args.verbose:
            for line in misses:
                print(line.replace("missed:", "first only:").replace("extra: ", "second only:"))
    print(f"{'overall':<34} {total_schedules.cell():<36} {total_agencies.cell():<36}")


if __name__ == "__main__":
    main()
