"""Settings for the test suite: production settings with two test-only defaults.

Tests run with DEBUG off, as in production, so they need a SECRET_KEY; static
file names are not hashed so that pages render without `collectstatic`.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-0123456789-abcdefghij")
os.environ.setdefault("ZIF_PLAIN_STATIC", "1")

from .settings import *  # noqa: E402, F403

# Tests make many requests from one client; the throttling tests lower these.
ANON_THROTTLE_RATE = "100000/minute"
USER_THROTTLE_RATE = "100000/minute"
# Query-count tests measure uncached pages; the cache has tests of its own.
ZIF_PAGE_CACHE_SECONDS = 0
# Rolled-back tests repeat data version numbers: counts are kept only where a test asks.
ZIF_COUNT_CACHE_SECONDS = 0
# Tests roll the database back, so a version number can come back with other data.
ZIF_SECTION_CACHE_SECONDS = 0
# Faster password hashing: the tests create users, they do not test hashing.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    # For accounts that servers started by a test, on production settings, must check.
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
