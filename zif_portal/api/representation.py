"""A record's API representation through a serializer whose fields are built once.

A ModelSerializer builds its fields anew for each instance of it (ModelSerializer
.get_fields, a deep copy of every declared field, nested serializers included):
a millisecond per record read, a third of a prepared record's time. The fields
depend only on the class, so one serializer per class and thread serves every
record. What varies per request (the request, which hyperlinks read) is the
context, set before each use: fields read it from their root serializer each time.
"""

import threading

_local = threading.local()


def representation(serializer_class, instance, context=None):
    """What serializer_class(instance, context=context).data gives."""
    serializers = getattr(_local, "serializers", None)
    if serializers is None:
        serializers = _local.serializers = {}
    serializer = serializers.get(serializer_class)
    if serializer is None:
        serializer = serializers[serializer_class] = serializer_class()
    serializer._context = context or {}
    try:
        return serializer.to_representation(instance)
    finally:
        serializer._context = {}  # not kept: the request holds the visitor's session
