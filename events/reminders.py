"""reminders: to be written (issue 13)."""
