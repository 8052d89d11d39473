"""--replace: a registered directive is updated in place and completed tasks are kept."""

import json

import pytest
from conftest import FIXTURES


@pytest.fixture
def done_once(cli, loaded, fixture_copy):
    """2774/UBND-NC registered on 8/6/2021, STTTT's first task done; returns the editable copy."""
    path = fixture_copy("directive_2774.toml")
    cli("directives", "add", str(path), "--now", "2021-06-08T09:00")
    first = json.loads(cli("tasks", "list", "--json", "--agency", "STTTT", "--now", "2021-06-08").stdout)[0]
    cli("tasks", "done", str(first["id"]), "--agency", "STTTT", "--note", "Đã gửi", "--now", "2021-06-09T10:00")
    return path


def tasks_of(cli, agency: str) -> list[dict]:
    """An agency's tasks as JSON, at a fixed moment."""
    return json.loads(cli("tasks", "list", "--json", "--agency", agency, "--now", "2021-06-12").stdout)


def test_replace_keeps_completed_tasks_when_the_deadline_moves(cli, done_once):
    text = done_once.read_text(encoding="utf-8").replace("due = { before = 2021-06-10 }", "due = 2021-06-15")
    done_once.write_text(text, encoding="utf-8")
    run = cli("directives", "add", str(done_once), "--replace", "--now", "2021-06-11T09:00")
    assert run.exit_code == 0, run.stderr
    assert "0 tasks created" in run.stdout
    stttt = tasks_of(cli, "STTTT")
    assert [(t["due"], t["status"], t["note"]) for t in stttt] == [("2021-06-15", "done_on_time", "Đã gửi")]
    assert [t["due"] for t in tasks_of(cli, "UBND-MT") if t["item"] == "1"] == ["2021-06-15"]


def test_replace_removes_open_tasks_of_dropped_agencies_but_keeps_done_ones(cli, done_once):
    text = done_once.read_text(encoding="utf-8").replace('lead = ["group:so-ban-nganh", "group:ubnd-huyen"]',
                                                         'lead = ["UBND-CB"]')
    done_once.write_text(text, encoding="utf-8")
    run = cli("directives", "add", str(done_once), "--replace", "--now", "2021-06-11T09:00")
    assert run.exit_code == 0
    assert "1 removed" in run.stdout
    assert [t["status"] for t in tasks_of(cli, "STTTT")] == ["done_on_time"]
    assert [t for t in tasks_of(cli, "UBND-MT") if t["item"] == "1"] == []


def test_replace_of_an_unknown_number_registers_it(cli, loaded):
    run = cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--replace", "--now", "2021-06-08")
    assert run.exit_code == 0
    assert "registered" in run.stdout


def test_replace_keeps_an_extension(cli, done_once):
    mt = next(t for t in tasks_of(cli, "UBND-MT") if t["item"] == "1")
    cli("tasks", "extend", str(mt["id"]), "--to", "20/6/2021", "--reason", "Gia hạn", "--now", "2021-06-09")
    cli("directives", "add", str(done_once), "--replace", "--now", "2021-06-11T09:00")
    assert next(t for t in tasks_of(cli, "UBND-MT") if t["item"] == "1")["due"] == "2021-06-20"
