"""The open-data download page and its files."""

import json

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from . import export
from .structured_data import dataset, script

CONTENT_TYPES = {
    "zif.json": "application/json",
    "seats.geojson": "application/geo+json",
    "manifest.json": "application/json",
}
# The catalogue describes the files; it is served beside them, not listed among them.
CATALOG_TYPES = {"catalog.jsonld": "application/ld+json", "catalog.ttl": "text/turtle"}


def catalog_text(request, name):
    from .catalog import catalog_jsonld, catalog_turtle

    base_url = request.build_absolute_uri("/").rstrip("/")
    return catalog_jsonld(base_url) if name == "catalog.jsonld" else catalog_turtle(base_url)


def file_text(name):
    extra = export.extra_file(name)
    if extra:
        return extra.get_text()
    if name == "zif.json":
        return export.knowledge_base_json()
    if name == "seats.geojson":
        return export.seats_geojson()
    if name == "manifest.json":
        return json.dumps(export.manifest(export.all_files()), ensure_ascii=False, indent=1)
    if name.startswith("csv/") and name.endswith(".csv"):
        kind = export.CSV_BY_SLUG.get(name[4:-4])
        if kind:
            return export.csv_text(kind)
    raise Http404(name)


def download(request, name):
    if name in CATALOG_TYPES:
        text = catalog_text(request, name)
        response = HttpResponse(text, content_type=f"{CATALOG_TYPES[name]}; charset=utf-8")
        response["Link"] = f'<{export.LICENCE_URL}>; rel="license"'
        return response
    text = file_text(name)
    extra = export.extra_file(name)
    content_type = extra.content_type if extra else CONTENT_TYPES.get(name, "text/csv")
    response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name.replace("/", "-")}"'
    response["X-Checksum-SHA256"] = export.checksum(text)
    response["Link"] = f'<{export.LICENCE_URL}>; rel="license"'
    return response


class DataView(TemplateView):
    template_name = "zif_portal/data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        files = export.all_files()
        manifest = export.manifest(files)
        labels = {f"csv/{kind.slug}.csv": kind.label for kind in export.CSV_KINDS}
        labels |= {extra.name: extra.label for extra in export.extra_files()}
        context["manifest"] = manifest
        context["files"] = [
            {"name": name, "label": labels.get(name, ""), **meta}
            for name, meta in manifest["files"].items()
        ]
        context["json_ld"] = script(
            dataset(
                self.request,
                name=_("Knowledge base of the Ecuador–Peru Border Integration Zone"),
                description=manifest["citation"],
                files=[
                    {
                        "name": name,
                        "url": reverse("data-file", kwargs={"name": name}),
                        "media_type": CONTENT_TYPES.get(name, "text/csv"),
                    }
                    for name in manifest["files"]
                ],
                licence_url=export.LICENCE_URL,
                modified=manifest["date"],
            )
        )
        return context
