"""Local development: debug on, console email, everything else from base."""

import os

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# Trying the site alone means posting as several new members: hold nobody's first posts
# unless asked (FORUMS_HOLD_FIRST_POSTS=1 make run shows the approval queue).
FORUMS_HOLD_FIRST_POSTS = int(os.environ.get("FORUMS_HOLD_FIRST_POSTS", "0"))
