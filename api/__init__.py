"""The public read API: Wagtail API v2 and the versioned search endpoint (issue 15)."""
