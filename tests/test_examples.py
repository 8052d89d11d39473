"""The shipped examples load as written and give the walk-through's numbers."""

import json
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_demo_loads_every_example_and_can_run_again(cli):
    first = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-08T09:00", "--no-replay")
    assert first.exit_code == 0, first.stderr
    assert "81 agencies, 12 groups" in first.stdout
    for number in ("13/BCĐ", "176/KH-UBND", "2774/UBND-NC", "KH-30-7-2024/UBND-TP"):
        assert f"{number}: " in first.stdout
    second = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-08T09:00", "--no-replay")
    assert second.exit_code == 0
    assert "2774/UBND-NC: 0 tasks created, 60 kept" in second.stdout


def test_2774_gives_every_department_district_and_organisation_a_task_due_9_june(cli):
    cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-08T09:00", "--no-replay")
    rows = json.loads(cli("tasks", "list", "--json", "--directive", "2774/UBND-NC", "--now", "2021-06-08T09:00").stdout)
    first_item = [row for row in rows if row["item"] == "1"]
    assert len(first_item) == 38
    assert {row["due"] for row in first_item} == {"2021-06-09"}
    assert {"STTTT", "UBND-MYTHO", "HLHPN-TG"} <= {row["agency"] for row in first_item}


def test_campaign_window_of_13_bcd_is_not_started_before_1_july(cli):
    cli("demo", "--dir", str(EXAMPLES), "--from", "2022-06-25T09:00", "--no-replay")
    rows = json.loads(cli("tasks", "list", "--json", "--directive", "13/BCĐ", "--agency", "BP-CA",
                          "--now", "2022-06-30T12:00").stdout)
    windows = [row for row in rows if row["schedule"] == "window"]
    assert windows and {(row["start"], row["due"], row["status"]) for row in windows} == {
        ("2022-07-01", "2022-09-30", "not_started")}


def test_demo_replays_the_summer_of_2021_into_the_mail_server(cli, smtp):
    run = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-01T08:00", "--until", "2021-06-21")
    assert run.exit_code == 0, run.stderr
    assert "02/06/2021 08:00:" in run.stdout  # five working days before 9/6: the reminders of 2774/UBND-NC
    received = smtp.messages()
    assert received and all(message.to.endswith(".example") or ".example," in message.to for message in received)
    again = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-01T08:00", "--until", "2021-06-21")
    assert "0 emails sent" in again.stdout or " 0 sent" in again.stdout
    assert len(smtp.messages()) == len(received)


def test_demo_simulates_agencies_reporting_on_time_late_and_never(cli, smtp):
    run = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-01T08:00", "--until", "2021-06-21")
    assert run.exit_code == 0, run.stderr
    assert "tasks reported done by their agencies" in run.stdout
    rows = json.loads(cli("report", "--json", "--directive", "2774/UBND-NC", "--now", "2021-06-21T09:00").stdout)
    totals = {key: sum(row[key] for row in rows) for key in ("done_on_time", "done_late", "overdue")}
    assert all(totals.values()), totals  # some on time, some late, some never: a board worth looking at
    history = json.loads(cli("tasks", "list", "--json", "--directive", "2774/UBND-NC", "--status", "done_on_time",
                             "--now", "2021-06-21T09:00").stdout)
    assert all(row["note"].startswith("Báo cáo mô phỏng") for row in history)  # labelled as simulated


def test_demo_without_simulation_leaves_every_task_open(cli, smtp):
    run = cli("demo", "--dir", str(EXAMPLES), "--from", "2021-06-01T08:00", "--until", "2021-06-03", "--no-simulate")
    assert run.exit_code == 0 and "simulated" not in run.stdout
    rows = json.loads(cli("report", "--json", "--now", "2021-06-03T09:00").stdout)
    assert sum(row["done_on_time"] + row["done_late"] for row in rows) == 0
