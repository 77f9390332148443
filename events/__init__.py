"""Events: conferences, webinars, community-of-practice sessions, regional meetings and
trainings; registration (a member or a whole team) with a waiting list; calendars;
reminders and the follow-up after an event (docs/events.md).

Layers inside the app (checked by import-linter, ``events-layers`` in ``pyproject.toml``):
the web (views, urls, feeds, wagtail_hooks, templatetags, management) > forms >
services (registration, calendars, reminders, followup, sessions, mine, listing) >
permissions > models > choices and pure helpers (timezones, blocks).
"""
