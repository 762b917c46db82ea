from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissionsOrAnonReadOnly


class ModelPermissionsOrAnonReadOnly(DjangoModelPermissionsOrAnonReadOnly):
    """Anyone reads; a change needs the model permission.

    What DRF's class decides, without its cost on reads: it builds the view's whole
    queryset (prefetches included) on every request only to learn the model whose
    permissions to check, and asks none for GET, HEAD and OPTIONS."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return super().has_permission(request, view)
