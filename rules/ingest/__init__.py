"""Reading a directive's Vietnamese text: header, agencies, schedules and work items (pure, no I/O)."""
