"""Could a trained role tagger beat the hand-written role rules? Leave-one-set-out, on every annotated set.

    python benchmarks/ingest_roles_learned.py                 # every set under tests/fixtures
    python benchmarks/ingest_roles_learned.py --held 21 22    # train on the others, score only sets 21 and 22

For each passage the drafter's mentions are grouped by name; each group is one example, labelled lead and/or
cooperating from the annotation. Features: the words around every mention (left and right, one to three words and
a bag of eight), the rule's role for it, its head words, collective or place. Two averaged perceptrons (lead,
cooperating) are trained, pure Python. Printed per set and pooled: the rules alone, the tagger, and the ceiling (every
mention found given exactly its annotated role), which separates role errors from names not found or cut apart.
Session 8 measured (sets 1-22): rules 0.90 / 0.89, tagger 0.90 / 0.86 with the rule's role as a feature and
0.78 / 0.66 without; ceiling 0.99 / 0.93. On sets 21-22 (no rule made from them): rules 0.65 / 0.66, tagger
0.65 / 0.64, ceiling 1.00 / 0.77. Not worth shipping: it learns to copy the rules.
"""

import argparse
import random
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_eval import Score, _bare, compare_agencies, same_agency, text_of  # noqa: E402

from rules.dates import parse_day_first  # noqa: E402
from rules.ingest.mentions import Mention  # noqa: E402
from rules.ingest.normalize import fold, name_key  # noqa: E402
from rules.ingest.registry import Resolver  # noqa: E402
from tracker.services.drafting import draft_directive, registry_from_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+")
_STOP = re.compile(r"[.;:\n!?]")


@dataclass
class Group:
    """One name of a passage: its features over every mention, and the roles the annotation gives it."""

    name: str
    features: set[str]
    lead: bool
    cooperating: bool


@dataclass
class Passage:
    """One annotated passage: its name groups, what the annotation expects, what the rules found."""

    folder: str
    groups: list[Group]
    expected: list[tuple[str, str]]
    rules: list[tuple[str, str]]


@dataclass
class Perceptron:
    """An averaged perceptron over sparse binary features."""

    weights: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    totals: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    averaged: dict[str, float] = field(default_factory=dict)
    steps: int = 1

    def train(self, examples: list[tuple[set[str], bool]], epochs: int = 10, seed: int = 0) -> None:
        """Ten shuffled passes; the weights averaged over every step."""
        order = list(range(len(examples)))
        shuffle = random.Random(seed).shuffle
        for _ in range(epochs):
            shuffle(order)
            for index in order:
                features, label = examples[index]
                sign = 1 if label else -1
                if sign * sum(self.weights[feature] for feature in features) <= 0:
                    for feature in features:
                        self.weights[feature] += sign
                        self.totals[feature] += sign * self.steps
                self.steps += 1
        self.averaged = {feature: weight - self.totals[feature] / self.steps for feature, weight in self.weights.items()}

    def says(self, features: set[str]) -> bool:
        """True when the averaged weights put the example on the positive side."""
        return sum(self.averaged.get(feature, 0.0) for feature in features) > 0


def mention_features(folded: str, mention: Mention, role: str, issuer_key: str, with_rule: bool) -> set[str]:
    """The words around one mention, within its sentence, and what the mention is."""
    left_stops = [stop.end() for stop in _STOP.finditer(folded, max(0, mention.start - 120), mention.start)]
    left = _WORD.findall(folded[left_stops[-1] if left_stops else max(0, mention.start - 120):mention.start])
    right_stop = _STOP.search(folded, mention.end, min(len(folded), mention.end + 120))
    right = _WORD.findall(folded[mention.end:right_stop.start() if right_stop else mention.end + 120])
    features = {f"rule={role}"} if with_rule else set()
    for size in (1, 2, 3):
        features.add(f"L{size}=" + (" ".join(left[-size:]) if len(left) >= size else "<s>"))
        features.add(f"R{size}=" + (" ".join(right[:size]) if len(right) >= size else "</s>"))
    features.update("LW=" + word for word in left[-8:])
    features.update("RW=" + word for word in right[:6])
    head = _WORD.findall(fold(mention.name))
    features.update({f"left={min(len(left), 6)}", f"collective={mention.collective}", f"place={mention.place}",
                     "H1=" + " ".join(head[:1]), "H2=" + " ".join(head[:2])})
    if issuer_key and name_key(mention.name) == issuer_key:
        features.add("issuer")
    return features


def read_passages(folders: list[Path], with_rule: bool) -> list[Passage]:
    """Draft every passage of the folders and group its mentions by name."""
    registry = registry_from_file(ROOT / "examples" / "agencies.toml")
    resolver = Resolver(registry)
    passages = []
    for folder in folders:
        for note_path in sorted(folder.glob("*.toml")):
            note = tomllib.loads(note_path.read_text(encoding="utf-8"))
            issued_on = parse_day_first(str(note["issued_on"]))
            draft = draft_directive(text_of(note_path, note), registry, issued_on=None if "header" in note else issued_on,
                                    today=issued_on, source_name=note_path.stem)
            reading, folded = draft.reading, fold(draft.reading.text)
            roles: dict[int, set[str]] = defaultdict(set)
            for assigned in reading.assignments:
                if assigned.role:
                    roles[id(assigned.mention)].add(assigned.role)
            issuer_key = name_key(reading.header.issuer_name) if reading.header.issuer_name else ""
            expected = [(str(entry["name"]), str(entry["role"])) for entry in note.get("agencies", [])]
            grouped: dict[str, Group] = {}
            mentions = list(reading.mentions) + [a.mention for a in reading.assignments if a.role]
            for mention in {id(mention): mention for mention in mentions}.values():
                found = roles.get(id(mention), set())
                role = "both" if len(found) == 2 else next(iter(found), "none")
                group = grouped.setdefault(_bare(name_key(mention.name)), Group(
                    mention.name, {"bias"},
                    any(given == "lead" and same_agency(name, mention.name, resolver) for name, given in expected),
                    any(given == "cooperating" and same_agency(name, mention.name, resolver) for name, given in expected)))
                group.features |= mention_features(folded, mention, role, issuer_key, with_rule)
            passages.append(Passage(folder.name, list(grouped.values()), expected,
                                    [(agency.name, agency.role) for agency in draft.agencies]))
    return passages


def score(train: list[Passage], test: list[Passage], resolver: Resolver) -> tuple[Score, Score, Score]:
    """Rules, tagger and ceiling on the test passages, the tagger trained on the others."""
    lead, cooperating = Perceptron(), Perceptron()
    lead.train([(group.features, group.lead) for passage in train for group in passage.groups])
    cooperating.train([(group.features, group.cooperating) for passage in train for group in passage.groups])
    rules, tagger, ceiling = Score(), Score(), Score()
    for passage in test:
        tagged = [(group.name, role) for group in passage.groups
                  for role, model in (("lead", lead), ("cooperating", cooperating)) if model.says(group.features)]
        perfect = [(group.name, role) for group in passage.groups
                   for role, wanted in (("lead", group.lead), ("cooperating", group.cooperating)) if wanted]
        rules.add(compare_agencies(passage.expected, passage.rules, resolver, []))
        tagger.add(compare_agencies(passage.expected, tagged, resolver, []))
        ceiling.add(compare_agencies(passage.expected, perfect, resolver, []))
    return rules, tagger, ceiling


def main() -> None:
    """Leave each set out in turn (or hold out the sets named) and print the three scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", nargs="*", type=int, help="held-out set numbers (default: leave each set out in turn)")
    parser.add_argument("--without-rule", action="store_true", help="do not give the tagger the rule's role")
    args = parser.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    folders = sorted(path for path in fixtures.glob("ingest*") if path.is_dir())
    passages = read_passages(folders, with_rule=not args.without_rule)
    resolver = Resolver(registry_from_file(ROOT / "examples" / "agencies.toml"))
    print(f"{'held out':<22} {'rules P R':<24} {'tagger P R':<24} {'ceiling P R':<24}")
    if args.held:
        held = {f"ingest-holdout{number}" for number in args.held}
        results = [("sets " + " ".join(map(str, args.held)),
                    score([p for p in passages if p.folder not in held], [p for p in passages if p.folder in held], resolver))]
    else:
        results = [(folder.name, score([p for p in passages if p.folder != folder.name],
                                       [p for p in passages if p.folder == folder.name], resolver)) for folder in folders]
    pooled = (Score(), Score(), Score())
    for name, scores in results:
        for total, one in zip(pooled, scores, strict=True):
            total.add(one)
        print(f"{name:<22} " + " ".join(f"{one.cell():<24}" for one in scores))
    if len(results) > 1:
        print(f"{'pooled':<22} " + " ".join(f"{one.cell():<24}" for one in pooled))


if __name__ == "__main__":
    main()
