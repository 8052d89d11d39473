"""The installed `tracker` console script, run as a user runs it: a real process, real exit codes."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

TRACKER = shutil.which("tracker")


def run(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `tracker ARGS` in workdir (its config.toml applies) and capture the output."""
    command = [TRACKER] if TRACKER else [sys.executable, "-m", "tracker"]
    return subprocess.run([*command, *args], cwd=workdir, capture_output=True, text=True, timeout=60,
                          env={"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "TRACKER_ACTOR": "cli-test"})


def test_help_lists_the_commands(workdir):
    result = run(workdir, "--help")
    assert result.returncode == 0
    for command in ("init", "agencies", "directives", "tasks", "report"):
        assert command in result.stdout


def test_register_list_and_mark_done_from_the_shell(workdir):
    assert run(workdir, "init").returncode == 0
    assert run(workdir, "agencies", "load", str(FIXTURES / "agencies.toml")).returncode == 0
    added = run(workdir, "directives", "add", str(FIXTURES / "directive_2774.toml"), "--now", "2021-06-08T09:00")
    assert added.stdout.strip() == "2774/UBND-NC: registered; 11 tasks created"
    tasks = json.loads(run(workdir, "tasks", "list", "--json", "--agency", "STTTT", "--now", "2021-06-08").stdout)
    done = run(workdir, "tasks", "done", str(tasks[0]["id"]), "--agency", "STTTT", "--now", "2021-06-09T08:00")
    assert done.returncode == 0
    assert (workdir / "data" / "tracker.db").is_file()


def test_bad_input_exits_2_with_one_line(workdir):
    run(workdir, "init")
    result = run(workdir, "tasks", "done", "1", "--agency", "STTTT")
    assert (result.returncode, result.stderr.strip()) == (2, "task: no task 1")
