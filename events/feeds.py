"""feeds: to be written (issue 13)."""
