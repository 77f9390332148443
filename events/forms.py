"""forms: to be written (issue 13)."""
