"""The per-agency report: assigned, done on time, done late, overdue, open, on-time rate."""

import json

from conftest import FIXTURES


def test_report_counts_on_time_late_and_overdue_per_agency(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    ids = {(r["item"], r["agency"]): r["id"] for r in
           reversed(json.loads(cli("tasks", "list", "--json", "--now", "2021-06-08").stdout))}
    cli("tasks", "done", str(ids[("1", "STTTT")]), "--agency", "STTTT", "--now", "2021-06-09T17:00")
    cli("tasks", "done", str(ids[("1", "UBND-MT")]), "--agency", "UBND-MT", "--now", "2021-06-11T09:00")
    rows = {r["agency"]: r for r in json.loads(cli("report", "--json", "--now", "2021-06-12T08:00").stdout)}
    assert rows["STTTT"] == {"agency": "STTTT", "name": "Sở Thông tin và Truyền thông", "assigned": 1,
                             "done_on_time": 1, "done_late": 0, "overdue": 0, "open": 0, "cancelled": 0,
                             "on_time_rate": 1.0}
    assert (rows["UBND-MT"]["done_late"], rows["UBND-MT"]["on_time_rate"]) == (1, 0.0)
    assert (rows["UBND-CB"]["overdue"], rows["UBND-CB"]["on_time_rate"]) == (1, 0.0)
    assert rows["CA-TG"]["on_time_rate"] is None  # nothing of CA-TG is due yet


def test_report_as_of_an_earlier_date_ignores_later_completions(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    first = json.loads(cli("tasks", "list", "--json", "--agency", "UBND-MT", "--now", "2021-06-08").stdout)[0]
    cli("tasks", "done", str(first["id"]), "--agency", "UBND-MT", "--now", "2021-06-11T09:00")
    rows = {r["agency"]: r for r in json.loads(cli("report", "--json", "--now", "2021-06-10T12:00").stdout)}
    assert (rows["UBND-MT"]["overdue"], rows["UBND-MT"]["done_late"]) == (1, 0)


def test_report_table_is_readable(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    run = cli("report", "--now", "2021-06-12T08:00")
    assert run.exit_code == 0
    header = run.stdout.splitlines()[0]
    for column in ("agency", "assigned", "on time", "late", "overdue", "open", "on-time rate"):
        assert column in header
    assert "Sở Thông tin và Truyền thông" in run.stdout
