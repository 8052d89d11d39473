"""Simulated agency reports for `tracker demo`: most agencies report on time, some late, some never, so the
board and the statistics show what a real quarter looks like. Deterministic: the same task always behaves alike."""

import hashlib
from datetime import datetime, timedelta

from sqlmodel import Session, col, not_, select

from tracker.models import Agency, Task
from tracker.services import tasks

ACTOR = "demo:mô phỏng"
NOTE = "Báo cáo mô phỏng (dữ liệu minh họa của tracker demo)"


def report_offset(task_id: int) -> timedelta | None:
    """When the simulated agency reports, relative to the deadline: 60% early, 20% late, 20% never."""
    bucket = hashlib.sha256(f"demo-{task_id}".encode()).digest()[0] % 10
    if bucket < 6:
        return -timedelta(days=bucket % 4, hours=3)      # 0-3 days before the end of the last day
    if bucket < 8:
        return timedelta(days=2 + 3 * (bucket - 6))       # 2 or 5 days late
    return None


def simulate_reports(session: Session, *, now: datetime) -> int:
    """Mark done, at its simulated time, every open task whose simulated report has come by `now`; returns how many."""
    rows = session.exec(select(Task.id, Task.due_at, Agency.code).join(Agency, col(Agency.id) == Task.agency_id)
                        .where(col(Task.completed_at).is_(None), not_(col(Task.cancelled)),
                               col(Task.due_at) <= now + timedelta(days=4))).all()
    done = 0
    for task_id, due_at, code in rows:
        offset = report_offset(task_id or 0)
        if offset is None or due_at + offset > now:
            continue
        tasks.mark_done(session, task_id=task_id or 0, agency_code=code, now=now, actor=ACTOR, note=NOTE,
                        at=due_at + offset)
        done += 1
    return done
