"""One error shape for the whole API, and never a traceback."""

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if response.status_code == status.HTTP_404_NOT_FOUND:
        response.data = {"detail": _("Not found.")}
    return response


def not_found_response():
    return Response({"detail": _("Not found.")}, status=status.HTTP_404_NOT_FOUND)
