"""Notification rules in config.toml: parsed at start-up, refused with the key that is wrong."""

import pytest

from rules.alarms import Kind, Offset, parse_at
from tracker.config import load_settings
from tracker.errors import InputError

RULE = '[[rules]]\nname = "r"\nat = "{at}"\nnotify = {notify}\nkind = "{kind}"\n'


def refused(tmp_path, text: str) -> str:
    """The one error line loading this config gives."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_settings(path, environ={})
    return "\n".join(caught.value.lines())


@pytest.mark.parametrize(("text", "expected"), [
    ("due - 5 working days", ("due", Offset(-5, "working_days"))),
    ("due + 1 day", ("due", Offset(1, "days"))),
    ("start", ("start", Offset(0, "days"))),
    ("issued + 10 days", ("issued", Offset(10, "days"))),
    ("due - 2 hours", ("due", Offset(-2, "hours"))),
])
def test_offsets_are_read(text, expected):
    assert parse_at(text) == expected


def test_unknown_anchor_is_refused_with_its_line(tmp_path):
    line = refused(tmp_path, RULE.format(at="deadline - 1 day", notify='["lead"]', kind="reminder"))
    assert line.endswith("config.toml:1: rules[1]: unknown anchor 'deadline' (use due, start, issued)")


def test_unknown_audience_is_refused(tmp_path):
    assert "unknown audience 'chairman'" in refused(tmp_path, RULE.format(at="due", notify='["chairman"]', kind="notice"))


def test_unknown_kind_is_refused(tmp_path):
    assert "unknown kind 'warning'" in refused(tmp_path, RULE.format(at="due", notify='["lead"]', kind="warning"))


def test_unparsable_offset_is_refused(tmp_path):
    assert "is not <anchor>" in refused(tmp_path, RULE.format(at="due + soon", notify='["lead"]', kind="reminder"))


def test_default_rules_ship_reminders_overdue_and_escalation(tmp_path):
    kinds = [rule.kind for rule in load_settings(environ={}, cwd=tmp_path).alarm_rules]
    assert kinds == [Kind.reminder, Kind.reminder, Kind.overdue, Kind.escalation]
