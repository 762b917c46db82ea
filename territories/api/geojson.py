"""`?format=geojson` on the territories API: a unit as a GeoJSON Feature, a page
of units as a FeatureCollection, with the geometry from the shipped boundary
layers (territories.boundaries) and the properties the JSON answer gives."""

from rest_framework.renderers import JSONRenderer

from territories import boundaries

NO_BOUNDARY = "none published"


def feature(properties):
    """A unit's Feature. `boundary` names the layer its polygon comes from, or says
    `none published` (with `geometry: null`) when no source gives one."""
    unit = boundaries.boundary(properties.get("code"))
    return {
        "type": "Feature",
        "id": properties.get("code"),
        "geometry": unit.geometry if unit else None,
        "properties": {**properties, "boundary": unit.layer if unit else NO_BOUNDARY},
    }


class GeoJSONRenderer(JSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None and response.status_code < 400 and isinstance(data, dict):
            if "results" in data:
                rest = {k: v for k, v in data.items() if k != "results"}
                data = {
                    "type": "FeatureCollection",
                    **rest,
                    "features": [feature(item) for item in data["results"]],
                }
            elif "code" in data:
                data = feature(data)
        return super().render(data, accepted_media_type, renderer_context)
