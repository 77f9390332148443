"""followup: to be written (issue 13)."""
