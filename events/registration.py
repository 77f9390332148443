"""registration: to be written (issue 13)."""
