"""WSGI entry point, used by gunicorn in production."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zif_portal.settings")

application = get_wsgi_application()

# Refuse to serve without a secret key (DEBUG off and SECRET_KEY unset), at start-up
# rather than on the first request that signs something.
if not settings.SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (see .env.example).")

# Before the first visitor asks: the maps' paths (territories.map_views, plan.maps) and a
# page of each kind (zif_portal.warm_up). With gunicorn's preload_app
# (gunicorn.conf.py) this runs once, in the master, and the workers it forks start
# with it all in memory; no worker inherits a database connection.
from django.db import connections  # noqa: E402

from plan.maps import draw_place_frames  # noqa: E402
from territories.map_views import draw_small_frames  # noqa: E402
from zif_portal.warm_up import warm_up  # noqa: E402

draw_small_frames()
draw_place_frames()
warm_up(application)
connections.close_all()
