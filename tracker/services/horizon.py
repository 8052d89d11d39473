"""The rolling horizon: tasks for recurring items are created ahead of time, and extended as time passes."""

from datetime import datetime

from sqlalchemy import insert, not_
from sqlmodel import Session, col, select

from tracker.config import Settings
from tracker.models import Directive, Item, ItemAgency, Task, table_of
from tracker.services.alarms import Armer
from tracker.services.expansion import horizon_end, item_occurrences, task_row


def extend_horizon(session: Session, *, now: datetime, settings: Settings) -> int:
    """Create the tasks recurring items owe up to today + horizon_days; returns how many were created.

    Only items whose tasks stop short of the horizon are read (an indexed range), so the cost follows
    what needs extending, not how many items exist. Safe to run twice: existing occurrences are skipped."""
    through = horizon_end(now, horizon_days=settings.horizon_days, tz=settings.tz)
    stale = session.exec(select(Item, Directive).join(Directive, col(Directive.id) == Item.directive_id)
                         .where(col(Item.generated_through) < through, not_(col(Item.exhausted)),
                                not_(col(Item.withdrawn))))
    created = 0
    armer = Armer(settings)
    for item, directive in stale:
        found, exhausted = item_occurrences(item, directive, through=through)
        fresh = [occurrence for occurrence in found
                 if item.generated_through is None or occurrence.due > item.generated_through]
        leads = list(session.exec(select(ItemAgency.agency_id)
                                  .where(ItemAgency.item_id == item.id, ItemAgency.role == "lead")))
        after = item.generated_through or through
        existing = set(session.exec(select(Task.agency_id, Task.occurrence_on)
                                    .where(Task.item_id == item.id, col(Task.occurrence_on) > after)).all())
        rows = [task_row(item=item, issued_on=directive.issued_on, agency_id=agency_id, occurrence=occurrence, now=now,
                         tz=settings.tz, armer=armer)
                for occurrence in fresh for agency_id in leads if (agency_id, occurrence.due) not in existing]
        if rows:
            session.execute(insert(table_of(Task)), rows)
            created += len(rows)
        item.generated_through, item.exhausted = through, exhausted
        session.add(item)
    session.flush()
    return created
