"""Drafting a directive file from its Vietnamese text: read it (rules.ingest), match the names to the
registry, fill what the text leaves out with marked placeholders, write TOML that loads as written.

Placeholders, each under a `# KIỂM TRA:` comment, chosen so that the file loads and the gap is visible:
- issuer: --issuer, else the issuer the header names if the registry knows it, else the registry's top
  agency (the one most agencies report to: the province's People's Committee);
- coordinator: the agency reports go through ("qua Công an tỉnh") or the standing office ("Thường trực"),
  else one told to "theo dõi, đôn đốc", else the issuer;
- a lead the registry does not know, or an item naming nobody: the coordinator, who follows the work up
  and will see the task until the agency is added; unknown cooperating agencies are left out;
- issue date: --issued-on, else the header's, else the first full date of the text, else today;
- an item without a date: the end of the issue year; a cycle without a day: the period's last day;
- no number: "CHUA-CO-SO/<file name>", so that two such drafts can both be registered.
Names the registry does not know are listed at the top of the file."""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session

from rules.ingest.coordinator import coordinator_candidates
from rules.ingest.found import Found
from rules.ingest.mentions import Mention
from rules.ingest.reading import Item, NoIssueDate, Reading, read_text
from rules.ingest.registry import Registry, RegistryAgency, RegistryGroup, Resolver
from rules.ingest.roles import Role
from rules.schedules import Deadline, Schedule
from tracker.errors import InputError
from tracker.files.agencies import read_agencies
from tracker.files.directive import read_directive
from tracker.services.agencies import get_all_agencies, get_all_groups_with_members
from tracker.services.draft_toml import render
from tracker.tomlfile import decode_utf8, parse_toml, read_bytes, read_toml


class DraftError(RuntimeError):
    """The drafter produced a file the reader refuses: a bug, never written to disk."""


@dataclass(frozen=True)
class DraftAgency:
    """A name the text gives work to, its role, and its registry code (None when not in the registry)."""

    name: str
    role: Role
    code: str | None
    start: int
    end: int


@dataclass
class DraftItem:
    """One [[items]] entry: what the file says, where it came from, and what to check."""

    ref: str
    title: str
    start: int
    end: int
    lead: list[str]
    cooperating: list[str]
    schedule: Schedule
    before: bool
    found: Found | None
    checks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """A drafted directive: the TOML text, and the findings behind it for showing beside the source."""

    text: str
    reading: Reading
    number: str
    kind: str
    title: str
    issuer: str
    issued_on: date
    coordinator: str
    implements: list[str]
    items: list[DraftItem]
    agencies: list[DraftAgency]
    unresolved: dict[str, list[str]]
    header_checks: dict[str, str] = field(default_factory=dict)
    toml: str = ""

    @property
    def checks(self) -> int:
        """How many KIỂM TRA marks the file carries."""
        return self.toml.count("KIỂM TRA")

    def found_schedules(self) -> list[Found]:
        """The schedules read from the text (placeholders left out)."""
        return [item.found for item in self.items if item.found is not None and not item.found.assumed]


def read_text_file(path: str | Path) -> str:
    """A directive's text from a UTF-8 file; unreadable or not UTF-8 is an InputError at FILE(:LINE)."""
    return decode_utf8(read_bytes(path), str(path))


def registry_from_file(path: str | Path) -> Registry:
    """The registry of an agencies file (validated as `tracker agencies load` would)."""
    parsed = read_agencies(read_toml(path), known_codes=set())
    return Registry(tuple(RegistryAgency(a.code, a.name, tuple(a.aliases), a.supervisor) for a in parsed.agencies),
                    tuple(RegistryGroup(g.code, g.name, tuple(g.members), tuple(g.aliases)) for g in parsed.groups))


def registry_from_db(session: Session) -> Registry:
    """The registry as loaded into the database."""
    agencies = get_all_agencies(session)
    codes = {agency.id: agency.code for agency in agencies}
    return Registry(tuple(RegistryAgency(a.code, a.name, tuple(a.aliases), codes.get(a.supervisor_id))
                          for a in agencies),
                    tuple(RegistryGroup(g.code, g.name, tuple(members), tuple(g.aliases))
                          for g, members in get_all_groups_with_members(session)))


def draft_directive(text: str, registry: Registry, *, issuer: str | None = None, issued_on: date | None = None,
                    today: date | None = None, source_name: str = "text") -> Draft:
    """Draft a directive file from its text; `today` is the issue date of last resort."""
    if not registry.agencies:
        raise InputError.single("the registry has no agencies: run `tracker agencies load FILE` or give --agencies",
                                field="agencies")
    if issuer is not None and issuer not in {agency.code for agency in registry.agencies}:
        raise InputError.single(f"unknown agency '{issuer}'", field="--issuer")
    if not text.strip():
        raise InputError.single("the text is empty", source=source_name)
    try:
        reading = read_text(text, issued_on=issued_on, today=today, known_names=registry.folded_names())
    except NoIssueDate:
        raise InputError.single("no issue date in the text: give --issued-on", field="--issued-on") from None
    draft = _Drafter(reading, registry, issuer, source_name).draft()
    draft.toml = render(draft, source_name=source_name)
    _check_loads(draft.toml, registry, source_name)
    return draft


def _check_loads(toml: str, registry: Registry, source_name: str) -> None:
    """The file must load as written: valid for the reader, and every code known to the registry."""
    try:
        plan = read_directive(parse_toml(toml.encode("utf-8"), f"draft of {source_name}"))
    except InputError as error:
        raise DraftError("the draft does not load: " + "; ".join(error.lines())) from None
    codes = registry.codes()
    named = {plan.spec.issuer, plan.spec.coordinator}
    for item in plan.items:
        named |= {("group:" if a.is_group else "") + a.code for a in item.lead + item.cooperating}
    unknown = named - codes
    if unknown:
        raise DraftError(f"the draft names codes the registry lacks: {sorted(unknown)}")


class _Drafter:
    """Turns a reading into a draft against one registry."""

    def __init__(self, reading: Reading, registry: Registry, issuer: str | None, source_name: str) -> None:
        self.reading, self.registry, self.given_issuer, self.source_name = reading, registry, issuer, source_name
        self.resolver = Resolver(registry)
        self.unresolved: dict[str, list[str]] = {}
        self.header_checks: dict[str, str] = {}

    def draft(self) -> Draft:
        """Header, then items, then the agencies found."""
        header = self.reading.header
        issuer = self._issuer()
        coordinator = self._coordinator(issuer)
        items = [self._item(index, item, coordinator) for index, item in enumerate(self.reading.items, start=1)]
        if not items:
            items = [self._placeholder_item(coordinator)]
        # A placeholder named after the file: two drafts without a number can still both be registered.
        number = header.number or f"CHUA-CO-SO/{Path(self.source_name).stem}"
        if header.number is None:
            self.header_checks["number"] = "no number found in the text; write the directive's number"
        for doubt in header.doubts:
            self.header_checks.setdefault("number" if "number" in doubt else "issued_on", doubt)
        if self.reading.issued_on_source in ("text", "today"):
            where = "the first full date in the text" if self.reading.issued_on_source == "text" else "today"
            self.header_checks["issued_on"] = f"no issue date in the header; {where} taken"
        title = _shorten(header.title or items[0].title, 300)
        if header.title is None:
            self.header_checks["title"] = "no title found; the first item's title taken"
        if header.kind == "other" or (header.own_reference is None and header.number is None):
            self.header_checks.setdefault("kind", "the kind of document is a guess")
        agencies = [DraftAgency(a.mention.name, a.role, self.resolver.resolve(a.mention.name, a.mention.alternatives),
                                a.mention.start, a.mention.end)
                    for a in self.reading.assignments if a.role is not None]
        return Draft(self.reading.text, self.reading, number, header.kind, title, issuer, self.reading.issued_on,
                     coordinator, list(header.implements), items, agencies, self.unresolved, self.header_checks)

    def _issuer(self) -> str:
        if self.given_issuer is not None:
            return self.given_issuer
        name = self.reading.header.issuer_name
        code = self.resolver.resolve(name) if name else None
        if code is not None and not code.startswith("group:"):
            return code
        fallback = self.resolver.top_agency()
        assert fallback is not None
        said = f"'{name}' is not in the registry" if name else "the text does not name the issuer"
        self.header_checks["issuer"] = f"{said}; {fallback} (the registry's top agency) placed: give --issuer"
        return fallback

    def _coordinator(self, issuer: str) -> str:
        for candidate in coordinator_candidates(self.reading):
            code = self.resolver.resolve(candidate.mention.name, candidate.mention.alternatives)
            if code is None or code.startswith("group:") or code == issuer:
                continue
            if not candidate.sure:
                self.header_checks["coordinator"] = f"'{candidate.mention.name}': {candidate.reason}; check it coordinates"
            return code
        self.header_checks["coordinator"] = "the text does not say who follows the work up; the issuer placed"
        return issuer

    def _codes(self, mentions: tuple[Mention, ...], role: str, ref: str) -> tuple[list[str], list[str]]:
        """The registry codes of the names, and the names the registry does not know."""
        codes: list[str] = []
        missing: list[str] = []
        for mention in mentions:
            code = self.resolver.resolve(mention.name, mention.alternatives)
            if code is None:
                missing.append(mention.name)
                self.unresolved.setdefault(mention.name, []).append(f"{role} of item {ref}")
            elif code not in codes:
                codes.append(code)
        return codes, missing

    def _item(self, index: int, item: Item, coordinator: str) -> DraftItem:
        ref = str(index)
        lead, missing_lead = self._codes(item.lead, "lead", ref)
        cooperating, missing_cooperating = self._codes(item.cooperating, "cooperating", ref)
        cooperating = [code for code in cooperating if code not in lead]
        checks: list[str] = []
        notes: list[str] = []
        if item.inherited and item.lead:
            notes.append("lead taken from the heading or sentence above: " + ", ".join(m.name for m in item.lead))
        if not lead:
            lead = [coordinator]
            if missing_lead:
                checks.append(f"lead {_quoted(missing_lead)} not in the registry; the coordinator {coordinator} "
                              "placed until it is added")
            else:
                checks.append(f"the text names no agency for this work; the coordinator {coordinator} placed")
        elif missing_lead:
            checks.append(f"also named as lead but not in the registry: {_quoted(missing_lead)}")
        if missing_cooperating:
            checks.append(f"cooperating {_quoted(missing_cooperating)} not in the registry; left out")
        found = item.schedule
        if found is None:
            year_end = date(self.reading.issued_on.year, 12, 31)
            checks.append(f"no date in the text; the end of the issue year ({year_end:%d/%m/%Y}) placed")
            return DraftItem(ref, item.title, item.start, item.end, lead, cooperating, Deadline(year_end), False, None,
                             checks, notes)
        checks.extend(found.doubts)
        return DraftItem(ref, item.title, item.quote_start, item.quote_end, lead, cooperating, found.schedule,
                         found.before, found, checks, notes)

    def _placeholder_item(self, coordinator: str) -> DraftItem:
        year_end = date(self.reading.issued_on.year, 12, 31)
        return DraftItem("1", "Tổ chức thực hiện văn bản", 0, 0, [coordinator], [], Deadline(year_end), False, None,
                         ["no work item found in the text; write the items by hand"])


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word ("…" marks the cut): file text fields hold 1,000 at most."""
    if len(text) <= limit:
        return text
    return text[:text.rfind(" ", 0, limit - 1)].rstrip(" ,;") + "…"


def _quoted(names: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)
