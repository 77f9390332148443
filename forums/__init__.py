"""Communities of practice: communities, threads and posts, watching, notifications and
email, moderation (docs/architecture.md, "Communities of practice").

The modules form layers; each imports only from the layers below it (import-linter's
``forums-layers`` contract in ``pyproject.toml`` checks it, imports inside functions
included):

1. the web and the admin: ``views``, ``staff_views``, ``notification_views``,
   ``admin_views``, ``urls``, ``wagtail_hooks``, ``templatetags``, ``management``;
2. ``forms``;
3. ``posting`` (every write) and ``listing`` (the thread list), each on its own;
4. ``notify`` (who hears of a post), ``limits`` (rate limits and holding), ``mentions``;
5. ``tasks`` (kept so queued task paths resolve);
6. ``emails`` (sending, retrying, digests, unsubscribing; its task sits next to
   ``deliver``);
7. ``watching`` (watch levels);
8. ``permissions`` (who may do what);
9. ``models``: pages and records; they know nothing of the layers above. What a page
   shows that needs them is built by a template tag (``{% community_listing %}``), and
   what a flag's outcome does is applied by the admin's edit view
   (``posting.apply_flag_outcome``).

Below every layer: ``network.core`` (display names, Markdown, moderator roles, links,
pagination), ``resources`` (topics) and ``search``.
"""
