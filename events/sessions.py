"""sessions: to be written (issue 13)."""
