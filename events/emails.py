"""emails: to be written (issue 13)."""
