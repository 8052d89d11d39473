"""Recurring items get tasks up to the horizon, extended as time passes, never duplicated."""

import json

from conftest import FIXTURES


def due_dates(cli, item: str) -> list[str]:
    """Due dates of CA-TG's tasks for one item of 2774/UBND-NC."""
    rows = json.loads(cli("tasks", "list", "--json", "--agency", "CA-TG", "--now", "2021-06-08").stdout)
    return [row["due"] for row in rows if row["item"] == item]


def test_recurring_item_gets_tasks_up_to_the_horizon(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    # 400 days from 8/6/2021 reaches 13/7/2022: five quarterly reports.
    assert due_dates(cli, "3") == ["2021-06-20", "2021-09-20", "2021-12-20", "2022-03-20", "2022-06-20"]


def test_horizon_pass_extends_and_is_idempotent(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    assert cli("horizon", "--now", "2021-06-09T09:00").stdout.strip() == "0 tasks created"
    run = cli("horizon", "--now", "2022-01-01T09:00")
    # 400 days from 1/1/2022 reach 5/2/2023: the quarterly reports of 2022 are all there now.
    assert run.exit_code == 0
    assert due_dates(cli, "3")[-1] == "2022-12-20"
    assert cli("horizon", "--now", "2022-01-01T09:00").stdout.strip() == "0 tasks created"


def test_recurrence_stops_at_until(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2025-06-01T09:00")
    dates = due_dates(cli, "3")
    assert dates[0] == "2021-06-20" and dates[-1] == "2025-12-20"
    assert len(dates) == 19
    assert cli("horizon", "--now", "2027-01-01").exit_code == 0
    assert len(due_dates(cli, "3")) == 19


def test_annual_day_gets_one_task_per_year_per_agency(cli, loaded):
    cli("directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    rows = json.loads(cli("tasks", "list", "--json", "--directive", "2774/UBND-NC", "--now", "2021-06-08").stdout)
    annual = sorted((row["agency"], row["due"]) for row in rows if row["item"] == "4")
    assert annual == [("UBND-CB", "2021-07-30"), ("UBND-MT", "2021-07-30")]
    cli("horizon", "--now", "2021-08-01")
    rows = json.loads(cli("tasks", "list", "--json", "--directive", "2774/UBND-NC", "--now", "2021-06-08").stdout)
    assert sorted(row["due"] for row in rows if row["item"] == "4" and row["agency"] == "UBND-MT") == [
        "2021-07-30", "2022-07-30"]
