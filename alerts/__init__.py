"""Members' saved searches and their daily or weekly email alerts (issue 15)."""
