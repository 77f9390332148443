"""calendars: to be written (issue 13)."""
