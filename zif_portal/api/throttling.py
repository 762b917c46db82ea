"""Per-client request limits; past them the API answers 429 with Retry-After.

The rates are read from the settings at each request (DRF's own classes read
them once at import), so a deployment or a test can change them.
"""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonymousReadThrottle(AnonRateThrottle):
    def get_rate(self):
        return settings.ANON_THROTTLE_RATE


class UserThrottle(UserRateThrottle):
    def get_rate(self):
        return settings.USER_THROTTLE_RATE
