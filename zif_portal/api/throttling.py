"""Per-client request limits; past them the API answers 429 with Retry-After.

The rates are read from the settings at each request (DRF's own classes read
them once at import), so a deployment or a test can change them.

Requests are counted in fixed windows (one minute for a rate "per minute") with
one atomic cache increment, so a request costs the same whatever the rate. DRF's
own classes keep one timestamp per request and rewrite the whole list on every
request, which grows costly under a high rate (a benchmark's single client, or
a generous limit for a partner's server).
"""

import math

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class FixedWindowMixin:
    def allow_request(self, request, view):
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        client = self.get_cache_key(request, view)
        if client is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        self.wait_seconds = (window + 1) * self.duration - now
        key = f"{client}:{window}"
        if self.cache.add(key, 1, self.duration + 1):
            return True
        try:
            count = self.cache.incr(key)
        except ValueError:  # the window expired between add() and incr()
            self.cache.add(key, 1, self.duration + 1)
            return True
        return count <= self.num_requests

    def wait(self):
        return max(1, math.ceil(self.wait_seconds))


class AnonymousReadThrottle(FixedWindowMixin, AnonRateThrottle):
    def get_rate(self):
        return settings.ANON_THROTTLE_RATE


class UserThrottle(FixedWindowMixin, UserRateThrottle):
    """Signed-in clients only: DRF's class would also count anonymous ones by
    address, holding them to this limit on top of their own."""

    def get_rate(self):
        return settings.USER_THROTTLE_RATE

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
