"""Writing a draft as a directive file: the core format, every doubt marked `# KIỂM TRA:`, every item
under a comment quoting the sentence it came from."""

import json
import textwrap
from datetime import date
from typing import TYPE_CHECKING

from rules.ingest.titles import words_of
from rules.schedules import Annual, Deadline, Recurrence, Window

if TYPE_CHECKING:
    from tracker.services.drafting import Draft, DraftItem

_WIDTH = 110


def render(draft: "Draft", *, source_name: str) -> str:
    """The directive file of a draft."""
    lines = [f"# Draft read from {source_name} by `tracker directives draft`.",
             "# Check every \"KIỂM TRA\" below, fix what is wrong, then register it with `tracker directives add`."]
    if draft.unresolved:
        lines += ["#", "# KIỂM TRA: names the agencies registry does not know (add them to the agencies file and draft",
                  "# again, or fix the items that name them):"]
        for name, uses in draft.unresolved.items():
            lines += _comment(f"  - \"{name}\": {', '.join(dict.fromkeys(uses))}")
    lines.append("")
    lines += _key("number", _string(draft.number), draft.header_checks.get("number"))
    lines += _key("kind", _string(draft.kind), draft.header_checks.get("kind"))
    lines += _key("title", _string(draft.title), draft.header_checks.get("title"))
    lines += _key("issuer", _string(draft.issuer), draft.header_checks.get("issuer"))
    lines += _key("issued_on", draft.issued_on.isoformat(), draft.header_checks.get("issued_on"))
    lines += _key("coordinator", _string(draft.coordinator), draft.header_checks.get("coordinator"))
    if draft.implements:
        others = draft.implements[1:]
        note = f"also cited: {', '.join(others)}" if others else None
        lines += _key("implements", _string(draft.implements[0]), note, mark=False)
    lines.append('source = """')
    lines.append(_multiline(draft.text.strip()) + '"""')
    for item in draft.items:
        lines += [""] + _item(draft, item)
    return "\n".join(lines) + "\n"


def _item(draft: "Draft", item: "DraftItem") -> list[str]:
    lines: list[str] = []
    quote = " ".join(draft.text[item.start:item.end].split())
    if quote:
        lines += _comment(f"« {quote} »")
    lines.append("[[items]]")
    lines.append(f"ref = {_string(item.ref)}")
    lines.append(f"title = {_string(item.title)}")
    if quote:
        lines.append(f"details = {_string(_at_most(quote, 1000))}")
    for note in item.notes:
        lines += _comment(note)
    lines.append(f"lead = {_codes(item.lead)}")
    if item.cooperating:
        lines.append(f"cooperating = {_codes(item.cooperating)}")
    for check in item.checks:
        lines += _comment(f"KIỂM TRA: {check}")
    said = words_of(draft.text, item.found) if item.found is not None else ""
    lines += _schedule(item, said.replace('"', "'"))
    return lines


def _schedule(item: "DraftItem", said: str) -> list[str]:
    schedule = item.schedule
    note = f"  # \"{said}\"" if said else ""
    if isinstance(schedule, Deadline):
        if item.before:
            return [f"due = {{ before = {_next_day(schedule.due)} }}{note}"]
        return [f"due = {schedule.due.isoformat()}{note}"]
    if isinstance(schedule, Window):
        return [f"window = {{ start = {schedule.start.isoformat()}, end = {schedule.end.isoformat()} }}{note}"]
    if isinstance(schedule, Recurrence):
        lines = [f"every = {_string(schedule.rule)}{note}", f"from = {schedule.first.isoformat()}"]
    else:
        assert isinstance(schedule, Annual)
        lines = [f"annual = \"{schedule.month:02d}-{schedule.day:02d}\"{note}", f"from = {schedule.first.isoformat()}"]
    if schedule.until is not None:
        lines.append(f"until = {schedule.until.isoformat()}")
    else:
        lines += _comment("KIỂM TRA: the text gives no end; add `until`, or tasks go on being created")
    return lines


def _next_day(day: date) -> str:
    return date.fromordinal(day.toordinal() + 1).isoformat()


def _key(key: str, value: str, check: str | None, *, mark: bool = True) -> list[str]:
    """A header key, under a comment saying what to check."""
    if check is None:
        return [f"{key} = {value}"]
    return _comment(("KIỂM TRA: " if mark else "") + check) + [f"{key} = {value}"]


def _codes(codes: list[str]) -> str:
    return "[" + ", ".join(_string(code) for code in codes) + "]"


def _string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _multiline(value: str) -> str:
    """The body of a TOML multi-line basic string: backslashes and quotes escaped, line breaks kept."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return "".join(char if char in "\n\t" or ord(char) >= 32 and ord(char) != 127 else f"\\u{ord(char):04x}"
                   for char in escaped)


def _at_most(text: str, limit: int) -> str:
    """Text fields of the file hold at most 1,000 characters; the comment above keeps the whole quote."""
    return text if len(text) <= limit else text[:text.rfind(" ", 0, limit - 1)] + "…"


def _comment(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, _WIDTH - 2, break_long_words=False, break_on_hyphens=False)]

