"""Tables of the engine, one module per concept; importing this package registers them all."""

from tracker.models.base import metadata  # first: sets constraint names before any table exists
from tracker.models.agency import Agency, Group, GroupMember
from tracker.models.audit import AuditEvent
from tracker.models.directive import Directive, Item, ItemAgency
from tracker.models.task import Task

__all__ = ["Agency", "AuditEvent", "Directive", "Group", "GroupMember", "Item", "ItemAgency", "Task", "metadata"]
