"""Atom and RSS feeds of the library, of any search, and of public communities (issue 15)."""
