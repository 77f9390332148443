"""search: to be written (issue 13)."""
