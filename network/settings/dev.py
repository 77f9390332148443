"""Local development: debug on, console email, everything else from base."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
