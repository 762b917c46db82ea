"""The portal's URLs and `/bench/trivial/`: a fixed JSON answer through the same
middleware, the floor against which the benchmark sets every page."""

from django.http import JsonResponse
from django.urls import path

from zif_portal.urls import handler400, handler404, handler500, urlpatterns  # noqa: F401


def trivial(request):
    return JsonResponse({"status": "ok"})


urlpatterns = [path("bench/trivial/", trivial), *urlpatterns]
