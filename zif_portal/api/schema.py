"""Documented error answers, so the schema says what clients actually receive."""

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

ErrorSerializer = inline_serializer(name="Error", fields={"detail": serializers.CharField()})
ValidationErrorSerializer = inline_serializer(
    name="ValidationError",
    fields={
        "field": serializers.ListField(
            child=serializers.CharField(),
            required=False,
            help_text="Messages for the offending parameter, keyed by its name.",
        )
    },
)


def LIST_ERRORS(serializer):  # noqa: N802 - reads as a constant table at call sites
    return {
        200: serializer,
        400: OpenApiResponse(ValidationErrorSerializer, description="Invalid filter or page."),
    }


def RETRIEVE_ERRORS(serializer):  # noqa: N802
    return {200: serializer, 404: OpenApiResponse(ErrorSerializer, description="Not found.")}


AS_OF_PARAMETER = OpenApiParameter(
    "as_of",
    str,
    description=(
        "A day, YYYY-MM-DD, between 1830-01-01 and today: the record as it stood then "
        "(404 if it did not exist yet), with the units and zone memberships of that day."
    ),
)


def RETRIEVE_AS_OF_ERRORS(serializer):  # noqa: N802
    return {
        **RETRIEVE_ERRORS(serializer),
        400: OpenApiResponse(ValidationErrorSerializer, description="`as_of` is not a valid day."),
    }


GEOJSON_SCHEMA = {
    "type": "object",
    "description": "GeoJSON (RFC 7946): a Feature or a FeatureCollection, WGS84 lon/lat.",
    "required": ["type"],
    "properties": {"type": {"type": "string", "enum": ["Feature", "FeatureCollection"]}},
}


def geojson_responses(result, generator, request, public):
    """drf-spectacular gives every renderer the serializer's schema; a GeoJSON
    answer is a Feature or FeatureCollection, so its media type says that."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                # Errors keep their own schema whatever the format asked for.
                if str(status).startswith("2") and "application/geo+json" in content:
                    content["application/geo+json"] = {"schema": GEOJSON_SCHEMA}
    return result
