"""wagtail_hooks: to be written (issue 13)."""
