"""Marking done, extending, returning, cancelling: who may, what it changes, what the trail records."""

import json

import pytest
from conftest import FIXTURES


@pytest.fixture
def registered(cli, loaded) -> dict[tuple[str, str], int]:
    """2774/UBND-NC registered on 8/6/2021; returns (item, agency) -> id of its first task."""
    assert cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00").exit_code == 0
    rows = json.loads(cli("tasks", "list", "--json", "--now", "2021-06-08T09:00").stdout)
    ids: dict[tuple[str, str], int] = {}
    for row in rows:
        ids.setdefault((row["item"], row["agency"]), row["id"])
    return ids


def task(cli, task_id: int, now: str) -> dict:
    """One task's JSON object from `tasks list --json`."""
    rows = json.loads(cli("tasks", "list", "--json", "--now", now).stdout)
    return next(row for row in rows if row["id"] == task_id)


def test_task_list_json_carries_the_documented_keys(cli, registered):
    row = task(cli, registered[("1", "STTTT")], "2021-06-08T09:00")
    assert {"id", "directive", "item", "title", "agency", "start", "due", "status", "completed_at"} <= set(row)
    assert (row["directive"], row["item"], row["agency"]) == ("2774/UBND-NC", "1", "STTTT")
    assert (row["start"], row["due"], row["status"]) == ("2021-06-07", "2021-06-09", "due_soon")
    assert row["due_at"] == "2021-06-09T23:59:59.999999+07:00"


def test_task_due_before_10_june_is_on_time_at_2359_and_overdue_at_midnight(cli, registered):
    task_id = registered[("1", "STTTT")]
    assert task(cli, task_id, "2021-06-09T23:59:00+07:00")["status"] == "due_soon"
    assert task(cli, task_id, "2021-06-10T00:00:00+07:00")["status"] == "overdue"


def test_done_at_2359_on_the_last_day_is_on_time(cli, registered):
    task_id = registered[("1", "STTTT")]
    run = cli("tasks", "done", str(task_id), "--agency", "STTTT", "--note", "Đã gửi kế hoạch",
              "--now", "2021-06-09T23:59+07:00")
    assert run.exit_code == 0, run.stderr
    assert "on time" in run.stdout
    row = task(cli, task_id, "2021-06-12")
    assert (row["status"], row["note"]) == ("done_on_time", "Đã gửi kế hoạch")


def test_done_at_midnight_after_the_last_day_is_late(cli, registered):
    task_id = registered[("1", "UBND-MT")]
    assert cli("tasks", "done", str(task_id), "--agency", "UBND-MT", "--now", "2021-06-10T00:00+07:00").exit_code == 0
    assert task(cli, task_id, "2021-06-12")["status"] == "done_late"


def test_done_is_refused_for_another_agencys_task(cli, registered):
    task_id = registered[("1", "STTTT")]
    run = cli("tasks", "done", str(task_id), "--agency", "UBND-MT", "--now", "2021-06-09T10:00")
    assert run.exit_code == 2
    assert run.stderr.strip() == f"agency: task {task_id} belongs to STTTT, not to UBND-MT"
    assert task(cli, task_id, "2021-06-09T10:00")["completed_at"] is None


def test_done_twice_is_refused(cli, registered):
    task_id = registered[("1", "STTTT")]
    assert cli("tasks", "done", str(task_id), "--agency", "STTTT", "--now", "2021-06-09T10:00").exit_code == 0
    run = cli("tasks", "done", str(task_id), "--agency", "STTTT", "--now", "2021-06-09T11:00")
    assert run.exit_code == 2
    assert "already done" in run.stderr


def test_done_at_records_a_completion_reported_on_paper(cli, registered):
    task_id = registered[("1", "STTTT")]
    run = cli("tasks", "done", str(task_id), "--agency", "STTTT", "--at", "2021-06-09T16:30", "--now", "2021-06-15T08:00")
    assert run.exit_code == 0
    row = task(cli, task_id, "2021-06-15T08:00")
    assert (row["status"], row["completed_at"]) == ("done_on_time", "2021-06-09T16:30:00+07:00")


def test_done_at_in_the_future_is_refused(cli, registered):
    run = cli("tasks", "done", str(registered[("1", "STTTT")]), "--agency", "STTTT", "--at", "2021-06-20T08:00",
              "--now", "2021-06-09T08:00")
    assert run.exit_code == 2
    assert "in the future" in run.stderr


def test_done_on_unknown_task_is_refused(cli, registered):
    run = cli("tasks", "done", "9999", "--agency", "STTTT")
    assert (run.exit_code, run.stderr.strip()) == (2, "task: no task 9999")


def test_extension_moves_the_deadline_and_on_time_is_judged_against_it(cli, registered):
    task_id = registered[("1", "UBND-MT")]
    run = cli("tasks", "extend", str(task_id), "--to", "15/6/2021", "--reason", "Huyện xin gia hạn",
              "--now", "2021-06-09T10:00")
    assert run.exit_code == 0, run.stderr
    assert task(cli, task_id, "2021-06-10T08:00")["status"] == "in_progress"
    assert task(cli, task_id, "2021-06-15T23:59")["status"] == "due_soon"
    assert task(cli, task_id, "2021-06-16T00:00")["status"] == "overdue"
    assert cli("tasks", "done", str(task_id), "--agency", "UBND-MT", "--now", "2021-06-14T10:00").exit_code == 0
    assert task(cli, task_id, "2021-06-20")["status"] == "done_on_time"
    history = json.loads(cli("tasks", "history", str(task_id), "--json").stdout)
    extend = next(event for event in history if event["action"] == "task.extend")
    assert extend["data"] == {"from_due": "2021-06-09", "to_due": "2021-06-15", "reason": "Huyện xin gia hạn"}
    assert extend["actor"] == "test-coordinator"


def test_extension_to_an_earlier_day_is_refused(cli, registered):
    run = cli("tasks", "extend", str(registered[("1", "STTTT")]), "--to", "8/6/2021", "--reason", "x")
    assert run.exit_code == 2
    assert "later than 09/06/2021" in run.stderr


def test_extension_needs_a_reason(cli, registered):
    run = cli("tasks", "extend", str(registered[("1", "STTTT")]), "--to", "20/6/2021", "--reason", " ")
    assert (run.exit_code, run.stderr.strip()) == (2, "reason: a reason is required")


def test_returned_report_opens_the_task_again_and_counts_as_not_done(cli, registered):
    task_id = registered[("1", "STTTT")]
    cli("tasks", "done", str(task_id), "--agency", "STTTT", "--note", "Báo cáo sơ sài", "--now", "2021-06-09T10:00")
    run = cli("tasks", "return", str(task_id), "--reason", "Thiếu số liệu", "--now", "2021-06-09T15:00")
    assert run.exit_code == 0, run.stderr
    row = task(cli, task_id, "2021-06-10T08:00")
    assert (row["status"], row["completed_at"], row["note"]) == ("overdue", None, None)
    report = {r["agency"]: r for r in json.loads(cli("report", "--json", "--now", "2021-06-10T08:00").stdout)}
    assert (report["STTTT"]["done_on_time"], report["STTTT"]["overdue"]) == (0, 1)
    actions = [event["action"] for event in json.loads(cli("tasks", "history", str(task_id), "--json").stdout)]
    assert actions == ["task.create", "task.done", "task.return"]


def test_returning_an_open_task_is_refused(cli, registered):
    run = cli("tasks", "return", str(registered[("1", "STTTT")]), "--reason", "x")
    assert run.exit_code == 2
    assert "not done" in run.stderr


def test_cancelled_task_leaves_the_counts_and_cannot_be_done(cli, registered):
    task_id = registered[("1", "STTTT")]
    assert cli("tasks", "cancel", str(task_id), "--reason", "Sở đã sáp nhập", "--now", "2021-06-08T10:00").exit_code == 0
    assert task(cli, task_id, "2021-06-20")["status"] == "cancelled"
    report = {r["agency"]: r for r in json.loads(cli("report", "--json", "--now", "2021-06-20").stdout)}
    assert report["STTTT"]["assigned"] == 0 and report["STTTT"]["cancelled"] == 1
    run = cli("tasks", "done", str(task_id), "--agency", "STTTT")
    assert run.exit_code == 2 and "cancelled" in run.stderr


def test_status_filter_lists_only_overdue_tasks(cli, registered):
    cli("tasks", "done", str(registered[("1", "STTTT")]), "--agency", "STTTT", "--now", "2021-06-09T10:00")
    rows = json.loads(cli("tasks", "list", "--json", "--status", "overdue", "--now", "2021-06-10T08:00").stdout)
    assert [(row["item"], row["agency"]) for row in rows] == [("1", "UBND-CB"), ("1", "UBND-MT")]


def test_agency_and_directive_filters(cli, registered):
    rows = json.loads(cli("tasks", "list", "--json", "--agency", "CA-TG", "--directive", "2774/UBND-NC",
                          "--now", "2021-06-08").stdout)
    assert {row["agency"] for row in rows} == {"CA-TG"}
    assert {row["item"] for row in rows} == {"2", "3"}


def test_unknown_status_is_refused(cli, registered):
    run = cli("tasks", "list", "--status", "late")
    assert run.exit_code == 2
