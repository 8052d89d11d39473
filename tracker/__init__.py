"""tracker: deadlines of inter-agency directives, the tasks they assign, and who is late."""

__version__ = "0.1.0"
