"""Settings for the test suite: production settings with two test-only defaults.

Tests run with DEBUG off, as in production, so they need a SECRET_KEY; static
file names are not hashed so that pages render without `collectstatic`.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")
os.environ.setdefault("ZIF_PLAIN_STATIC", "1")

from .settings import *  # noqa: E402, F403
