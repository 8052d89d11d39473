"""Reminders, overdue notices and escalations through a real SMTP server: once, on the right days, in digests."""

import json
import threading

import pytest
from conftest import FIXTURES

from tracker.config import load_settings
from tracker.db import make_engine
from tracker.delivery import make_transport
from tracker.services.passes import run_pass

# Default rules: reminders 5 and 1 working days before, overdue 1 working day after, escalation 3 after.
# Item 1 and 2 are due Thursday 18/2/2021, the first working day after Tết (10-16/2/2021).


@pytest.fixture
def registered(cli, loaded, smtp):
    """fixtures/reminders.toml registered on 4/1/2021."""
    run = cli("directives", "add", str(FIXTURES / "reminders.toml"), "--now", "2021-01-04T09:00")
    assert run.exit_code == 0, run.stderr
    return smtp


def tick(cli, now: str) -> dict:
    """One pass at `now` (local time), its figures."""
    run = cli("tick", "--json", "--now", now)
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def task_id(cli, item: str, agency: str) -> int:
    """The id of an agency's task for an item of 01/KH-TEST."""
    rows = json.loads(cli("tasks", "list", "--json", "--agency", agency, "--directive", "01/KH-TEST").stdout)
    return next(row["id"] for row in rows if row["item"] == item)


def test_reminder_five_working_days_before_skips_tet(cli, registered):
    assert tick(cli, "2021-02-03T08:00")["fired"] == 0
    figures = tick(cli, "2021-02-04T08:00")  # 17/2, 9/2, 8/2, 5/2, 4/2: Tết 10-16/2 and the weekend skipped
    assert (figures["fired"], figures["messages"], figures["sent"]) == (3, 2, 2)


def test_one_digest_per_recipient_lists_each_of_its_tasks(cli, registered):
    tick(cli, "2021-02-04T08:00")
    received = {message.to: message for message in registered.messages()}
    assert set(received) == {"thuongtruc.bcd@congan.tiengiang.example", "vanthu@stttt.tiengiang.example"}
    police = received["thuongtruc.bcd@congan.tiengiang.example"]
    assert police.subject == "[Nhắc hạn] 01/KH-TEST: hạn 18/02/2021 (và 1 nhiệm vụ khác)"
    assert "Báo cáo sơ kết quý I" in police.text and "Gửi kế hoạch tuyên truyền" in police.text
    assert "Hạn: 18/02/2021 (còn 14 ngày)" in police.text
    assert police.text.count("http://127.0.0.1:8000/l/") == 2  # signed links: the agency opens its tasks directly


def test_second_pass_sends_nothing_again(cli, registered):
    tick(cli, "2021-02-04T08:00")
    again = tick(cli, "2021-02-04T08:05")
    assert (again["fired"], again["messages"], again["sent"]) == (0, 0, 0)
    assert len(registered.messages()) == 2


def test_two_passes_at_once_send_each_message_once(cli, registered, workdir):
    settings = load_settings(workdir / "config.toml", environ={})
    engine = make_engine(settings.database.url)
    from conftest import at

    results = []

    def one_pass() -> None:
        results.append(run_pass(engine, now=at("2021-02-04T08:00"), settings=settings,
                                transport=make_transport(settings)))

    threads = [threading.Thread(target=one_pass) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(result.fired for result in results) == [0, 3]
    assert sum(result.sent for result in results) == 2
    assert len(registered.messages()) == 2


def test_done_task_gets_no_more_reminders(cli, registered):
    cli("tasks", "done", str(task_id(cli, "1", "STTTT")), "--agency", "STTTT", "--now", "2021-02-03T10:00")
    tick(cli, "2021-02-04T08:00")
    assert [message.to for message in registered.messages()] == ["thuongtruc.bcd@congan.tiengiang.example"]
    tick(cli, "2021-02-19T08:00")
    tick(cli, "2021-02-23T08:00")
    assert all(message.to != "vanthu@stttt.tiengiang.example" for message in registered.messages())


def test_extension_moves_every_rule(cli, registered):
    police_task = task_id(cli, "1", "CA-TG")
    cli("tasks", "extend", str(police_task), "--to", "26/2/2021", "--reason", "Tết", "--now", "2021-02-01T09:00")
    preview = json.loads(cli("preview", "--json", "--from", "2021-02-01T00:00", "--until", "2021-03-10").stdout)
    times = {(line["rule"], line["fire_at"]) for line in preview if line["task"] == police_task}
    assert ("nhac-truoc-5-ngay-lam-viec", "2021-02-19T08:00:00+07:00") in times
    assert ("qua-han", "2021-03-01T08:00:00+07:00") in times  # Monday after Friday 26/2
    tick(cli, "2021-02-04T08:00")
    police = [m for m in registered.messages() if m.to.startswith("thuongtruc")][0]
    assert "Báo cáo sơ kết quý I" not in police.text  # its reminder moved with the deadline


def test_overdue_then_escalation_go_to_lead_coordinator_and_supervisor(cli, registered):
    tick(cli, "2021-02-04T08:00")
    tick(cli, "2021-02-17T08:00")
    before = len(registered.messages())
    figures = tick(cli, "2021-02-19T08:00")  # one working day after 18/2
    assert figures["fired"] == 3
    overdue = registered.messages()[before:]
    assert {m.to for m in overdue} == {"thuongtruc.bcd@congan.tiengiang.example", "vanthu@stttt.tiengiang.example"}
    assert all(m.subject.startswith("[Quá hạn]") for m in overdue)
    tick(cli, "2021-02-23T08:00")  # three working days after: escalation to UBND-TG (supervisor) and CA-TG
    escalations = registered.messages()[before + len(overdue):]
    assert "vanthu@ubnd.tiengiang.example" in {m.to for m in escalations}
    assert any(m.subject.startswith("[Cảnh báo chậm trễ]") for m in escalations)


def test_catch_up_after_ten_days_sends_overdue_once_and_drops_stale_reminders(cli, registered):
    figures = tick(cli, "2021-02-25T08:00")  # the engine was down from 14/2 to 25/2
    # Items 1 and 2 (CA-TG x2, STTTT): both reminders stale, overdue and escalation owed.
    assert figures["skipped"] == 6
    assert figures["fired"] == 6
    police = [m for m in registered.messages() if m.to.startswith("thuongtruc")]
    assert len(police) == 1
    assert "Nhiệm vụ đã quá hạn" in police[0].text and "Nhắc hạn" not in police[0].subject
    assert tick(cli, "2021-02-25T08:05")["sent"] == 0


def test_server_down_then_up_delivers_everything_once(cli, registered):
    registered.stop()
    down = tick(cli, "2021-02-04T08:00")
    assert (down["messages"], down["sent"], down["retrying"]) == (2, 0, 2)
    pending = json.loads(cli("outbox", "list", "--json", "--status", "pending").stdout)
    assert len(pending) == 2 and pending[0]["error"]
    assert tick(cli, "2021-02-04T08:00:30")["sent"] == 0  # before the backoff ran out: not retried yet
    registered.start()
    up = tick(cli, "2021-02-04T08:05")
    assert (up["fired"], up["sent"]) == (0, 2)
    assert len(registered.messages()) == 2
    assert tick(cli, "2021-02-04T09:00")["sent"] == 0


def test_permanent_refusal_is_failed_not_retried(cli, loaded, workdir):
    from aiosmtpd.controller import Controller

    from notifications.catcher import free_port

    class Refuse:
        async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: ANN001, ANN201
            return "550 5.1.1 mailbox unavailable"

    port = free_port()
    controller = Controller(Refuse(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        (workdir / "config.toml").write_text(
            f'[database]\nurl = "sqlite:///data/tracker.db"\n[smtp]\nport = {port}\ncatcher = false\n', encoding="utf-8")
        cli("directives", "add", str(FIXTURES / "reminders.toml"), "--now", "2021-01-04T09:00")
        figures = tick(cli, "2021-02-04T08:00")
        assert (figures["sent"], figures["failed"], figures["retrying"]) == (0, 2, 0)
        failed = json.loads(cli("outbox", "list", "--json", "--status", "failed").stdout)
        assert "550" in failed[0]["error"] and "mailbox unavailable" in failed[0]["error"]
        assert tick(cli, "2021-02-04T09:00")["failed"] == 0  # not tried again
        assert cli("outbox", "retry", str(failed[0]["id"]), "--now", "2021-02-04T09:00").exit_code == 0
        assert tick(cli, "2021-02-04T09:01")["failed"] == 1
    finally:
        controller.stop()


def test_preview_lists_what_would_go_out_without_sending(cli, registered):
    lines = json.loads(cli("preview", "--json", "--from", "2021-02-01T00:00", "--until", "2021-02-05T00:00").stdout)
    assert sorted((line["rule"], line["agency"], line["item"], line["fire_at"]) for line in lines) == [
        ("nhac-truoc-5-ngay-lam-viec", "CA-TG", "1", "2021-02-04T08:00:00+07:00"),
        ("nhac-truoc-5-ngay-lam-viec", "CA-TG", "2", "2021-02-04T08:00:00+07:00"),
        ("nhac-truoc-5-ngay-lam-viec", "STTTT", "1", "2021-02-04T08:00:00+07:00"),
    ]
    assert all(line["recipients"] == [line["agency"]] for line in lines)
    assert registered.messages() == []
    assert json.loads(cli("outbox", "list", "--json").stdout) == []


def test_message_claimed_by_a_sender_that_died_is_sent_after_the_lease(cli, registered, workdir):
    from datetime import timedelta

    from conftest import at

    from tracker.services.outbox import claim_messages, deliver_outbox

    assert tick(cli, "2021-02-04T08:00") and len(registered.messages()) == 2
    cli("tasks", "done", str(task_id(cli, "1", "CA-TG")), "--agency", "CA-TG", "--now", "2021-02-05T09:00")
    figures = json.loads(cli("tick", "--json", "--no-send", "--now", "2021-02-17T08:00").stdout)
    assert figures["messages"] == 2
    settings = load_settings(workdir / "config.toml", environ={})
    engine = make_engine(settings.database.url)
    claimed = claim_messages(engine, now=at("2021-02-17T08:00"), settings=settings, worker="crashed")
    assert len(claimed) == 2  # ... and the sender dies before sending
    transport = make_transport(settings)
    early = deliver_outbox(engine, now=at("2021-02-17T08:01"), settings=settings, transport=transport)
    assert early.sent == 0  # still claimed: nobody else sends it meanwhile
    lease = timedelta(seconds=settings.notifications.lease_seconds)
    late = deliver_outbox(engine, now=at("2021-02-17T08:00") + lease + timedelta(seconds=1), settings=settings,
                          transport=transport)
    assert late.sent == 2
    assert len(registered.messages()) == 4
    keys = [message.message_id for message in registered.messages()]
    assert len(set(keys)) == 4
