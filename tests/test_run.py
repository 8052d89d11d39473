"""`tracker run`: a real process that passes on its own, delivers, and stops cleanly on SIGTERM."""

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta

from conftest import FIXTURES

from notifications.catcher import free_port


def test_run_sends_what_is_owed_and_stops_on_sigterm(cli, loaded, smtp, workdir):
    due = date.today() - timedelta(days=20)  # long overdue: the first pass owes an overdue notice and an escalation
    text = (FIXTURES / "reminders.toml").read_text(encoding="utf-8").replace("2021-02-18", due.isoformat())
    (workdir / "late.toml").write_text(text.replace("issued_on = 2021-01-04", f"issued_on = {due - timedelta(days=30)}"),
                                       encoding="utf-8")
    assert cli("directives", "add", str(workdir / "late.toml")).exit_code == 0
    with (workdir / "config.toml").open("a", encoding="utf-8") as config:
        config.write(f"\n[web]\nport = {free_port()}\n")
    command = [sys.executable, "-m", "tracker", "run"]
    process = subprocess.Popen(command, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=os.environ | {"TRACKER_CONFIG": str(workdir / "config.toml")})
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(smtp.messages()) < 3:
            time.sleep(0.2)
        received = smtp.messages()
        assert {m.to for m in received} >= {"thuongtruc.bcd@congan.tiengiang.example", "vanthu@ubnd.tiengiang.example"}
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    assert "tracker running" in output and output.rstrip().endswith("stopped")
    assert len(smtp.messages()) == len(received)  # nothing more, nothing twice
