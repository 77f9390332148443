"""staff_csv: to be written (issue 13)."""
