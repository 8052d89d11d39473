"""Bad directive files: one located error each (FILE:LINE), exit code 2, nothing written."""

import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES

HEADER = '''number = "99/KH-UBND"
kind = "ke-hoach"
title = "Kế hoạch thử"
issuer = "UBND-TG"
issued_on = 2021-06-07
coordinator = "CA-TG"
'''


def item(body: str, ref: str = "1") -> str:
    """An [[items]] block with a title and a lead, plus the given lines."""
    return f'\n[[items]]\nref = "{ref}"\ntitle = "Việc"\nlead = ["CA-TG"]\n{body}\n'


def table_counts(workdir: Path) -> dict[str, int]:
    """Row counts of the tables a registration writes."""
    with sqlite3.connect(workdir / "data" / "tracker.db") as db:
        return {name: db.execute(f"select count(*) from {name}").fetchone()[0]
                for name in ("directive", "item", "item_agency", "task", "audit_event")}


@pytest.fixture
def refused(cli, directive_file, workdir, loaded):
    """Register a file that must be refused; return its stderr after checking exit 2 and no writes."""

    def check(text: str | bytes) -> str:
        before = table_counts(workdir)
        path = workdir / "bad.toml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        run = cli("directives", "add", str(path))
        assert run.exit_code == 2, run.stdout
        assert run.stdout == ""
        assert table_counts(workdir) == before
        return run.stderr

    return check


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of needle."""
    return text[: text.index(needle)].count("\n") + 1


def test_unknown_agency_code_is_refused_at_the_lead_line(refused):
    text = HEADER + item("due = 2021-06-30").replace('lead = ["CA-TG"]', 'lead = ["CA-TG", "SO-KHONG-CO"]')
    err = refused(text)
    assert err.strip().endswith(f"bad.toml:{line_of(text, 'lead =')}: lead: unknown agency 'SO-KHONG-CO'")


def test_unknown_group_code_is_refused(refused):
    text = HEADER + item("due = 2021-06-30").replace('lead = ["CA-TG"]', 'lead = ["group:khong-co"]')
    err = refused(text)
    assert f"bad.toml:{line_of(text, 'lead =')}: lead: unknown group 'khong-co'" in err


def test_unknown_issuer_is_refused_at_its_line(refused):
    text = HEADER.replace('issuer = "UBND-TG"', 'issuer = "BO-X"') + item("due = 2021-06-30")
    assert f"bad.toml:{line_of(text, 'issuer')}: issuer: unknown agency 'BO-X'" in refused(text)


def test_window_ending_before_it_starts_is_refused(refused):
    text = HEADER + item("window = { start = 2021-09-30, end = 2021-07-01 }")
    err = refused(text)
    assert f"bad.toml:{line_of(text, 'window')}:" in err
    assert "ends (2021-07-01) before it starts (2021-09-30)" in err


@pytest.mark.parametrize("written", ['"30/2/2021"', '"31.6.2021"'])
def test_impossible_day_first_date_is_refused(refused, written):
    text = HEADER + item(f"due = {written}")
    err = refused(text)
    assert f"bad.toml:{line_of(text, 'due =')}:" in err
    assert "is not a real date" in err


def test_impossible_toml_date_is_refused_with_its_line(refused):
    text = HEADER + item("due = 2021-02-30")
    err = refused(text)
    assert f"bad.toml:{line_of(text, 'due =')}: not valid TOML" in err


def test_bad_rrule_is_refused(refused):
    text = HEADER + item('every = "FREQ=MONTHY;BYMONTHDAY=20"')
    err = refused(text)
    assert f"bad.toml:{line_of(text, 'every')}: every: RRULE" in err


def test_duplicate_item_refs_are_refused_at_the_second(refused):
    text = HEADER + item("due = 2021-06-30", ref="1") + item("due = 2021-07-30", ref="1")
    second = text.index('ref = "1"', text.index('ref = "1"') + 1)
    err = refused(text)
    assert f"bad.toml:{text[:second].count(chr(10)) + 1}: item ref '1' is already used by item 1" in err


def test_item_with_two_schedules_is_refused(refused):
    text = HEADER + item('due = 2021-06-30\nannual = "07-30"')
    assert "needs exactly one of due, window, every, annual (found due and annual)" in refused(text)


def test_unknown_key_is_refused_naming_it(refused):
    text = HEADER + item("due = 2021-06-30\nhan_chot = 2021-06-30")
    assert f"bad.toml:{line_of(text, 'han_chot')}: unknown key 'items[1].han_chot'" in refused(text)


def test_missing_key_is_refused_naming_it(refused):
    text = HEADER.replace('coordinator = "CA-TG"\n', "") + item("due = 2021-06-30")
    assert "missing key 'coordinator'" in refused(text)


def test_file_that_is_not_utf8_is_refused(refused):
    text = (HEADER + item("due = 2021-06-30")).replace("Kế hoạch thử", "K? ho?ch")
    # Latin-1 bytes, as an old Windows editor would save them.
    raw = text.encode("utf-8").replace(b"K? ho?ch", b"K\xea ho\xe1ch")
    err = refused(raw)
    assert f"bad.toml:{line_of(text, 'title')}: not UTF-8 text" in err


def test_file_that_is_not_toml_is_refused(refused):
    err = refused("Kế hoạch số 176/KH-UBND\nngày 03/7/2020\n")
    assert "bad.toml:1: not valid TOML" in err


def test_registered_number_is_refused_without_replace(cli, loaded, workdir):
    assert cli("directives", "add", str(FIXTURES / "directive_2774.toml")).exit_code == 0
    before = table_counts(workdir)
    run = cli("directives", "add", str(FIXTURES / "directive_2774.toml"))
    assert run.exit_code == 2
    assert "directive_2774.toml:1: directive 2774/UBND-NC is already registered" in run.stderr
    assert table_counts(workdir) == before


def test_every_problem_of_a_file_is_reported_in_line_order(refused):
    text = HEADER + item("window = { start = 2021-09-30, end = 2021-07-01 }", ref="1") + item(
        'every = "FREQ=SOMETIMES"', ref="2")
    lines = refused(text).strip().splitlines()
    assert len(lines) == 2
    assert [int(line.split(":")[1]) for line in lines] == [line_of(text, "window"), line_of(text, "every")]


def test_missing_file_is_refused(cli, loaded):
    run = cli("directives", "add", "no-such-file.toml")
    assert run.exit_code == 2
    assert run.stderr.startswith("no-such-file.toml: cannot read the file")
