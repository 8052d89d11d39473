"""Pure rule and calendar logic: no I/O, no database, no clock reads; time is always an argument."""
