"""The production settings, plus one trivial JSON view to compare every page with.

Used only by the benchmark's server: nothing here is part of the portal.
"""

from zif_portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
