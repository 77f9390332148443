"""listing: to be written (issue 13)."""
