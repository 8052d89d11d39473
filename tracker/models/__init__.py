"""Tables of the engine, one module per concept; importing this package registers them all."""

from sqlalchemy import Table

from tracker.models.access import ApiToken, LoginLink, User, WebSession
from tracker.models.agency import Agency, Group, GroupMember
from tracker.models.audit import AuditEvent
from tracker.models.base import metadata  # first: sets constraint names before any table exists
from tracker.models.directive import Directive, Item, ItemAgency
from tracker.models.notification import Notification, NotificationRecipient, OutboxMessage, Setting
from tracker.models.task import Task


def table_of(model: type) -> Table:
    """The Core table behind a table model, for bulk inserts that skip per-row ORM work."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


__all__ = ["Agency", "ApiToken", "AuditEvent", "Directive", "Group", "GroupMember", "Item", "ItemAgency", "LoginLink",
           "Notification", "NotificationRecipient", "OutboxMessage", "Setting", "Task", "User", "WebSession", "metadata",
           "table_of"]
