"""Citations of library pages: APA text, RIS, BibTeX, CSL-JSON and CSV (issue 15; to be written)."""
