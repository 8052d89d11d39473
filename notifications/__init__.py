"""Rendering and delivering email (the reminders issue fills this in); no rule logic lives here."""
