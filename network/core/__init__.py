"""The kernel every app may import: plumbing shared across the site (outgoing email,
health checks, client addresses). It imports no content app, so nothing here can close a
cycle; apps register what the kernel needs to know about them (health checks, for one)."""
