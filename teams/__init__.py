"""District teams: a joint labor-management team assesses its partnership, writes its
principles and work plan with a facilitator, reports progress and gets feedback.

Layers inside the app (checked by import-linter): views > forms > services (invitations,
assessments, plans, sharing, reminders, summaries, charts, density) > permissions > models.
"""
