"""Use cases: keyword-only functions that take a session and `now`, one transaction each (the caller's)."""
