#!/usr/bin/env python
"""Django's command-line utility for the ZIF Portal."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zif_portal.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        # Read the settings first: Django would otherwise hide an error in them and
        # fail later with an unrelated one ("Models aren't loaded yet").
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        # Settings refuse to start without what production needs (e.g. SECRET_KEY when
        # DEBUG is off): say so in one line; on a developer machine, set DEBUG=1.
        sys.exit(f"Configuration error: {error} For local work: DEBUG=1 python manage.py …")


if __name__ == "__main__":
    main()
