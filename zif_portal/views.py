from django.db.models import Count, Prefetch, Q
from django.views.generic import DetailView, ListView, TemplateView

from territories.models import IN_ZIF, AdministrativeUnit, Level, StatedFigure, Zone

from .models import Source


class HomeView(TemplateView):
    template_name = "zif_portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        zones = list(
            Zone.objects.select_related("country").prefetch_related(
                Prefetch("figures", queryset=StatedFigure.objects.order_by("kind"))
            )
        )
        context["zones"] = zones
        context["zif"] = next((z for z in zones if z.slug == "zif"), None)
        context["sides"] = [z for z in zones if z.slug in ("zif-ecuador", "zif-peru")]
        context["unit_counts"] = (
            AdministrativeUnit.objects.filter(zif_membership__in=IN_ZIF)
            .values("country__code", "level")
            .annotate(total=Count("code"))
            .order_by("country__code", "level")
        )
        context["level_labels"] = dict(Level.choices)
        context["source_count"] = Source.objects.count()
        return context


class SourceListView(ListView):
    model = Source
    paginate_by = 50
    template_name = "zif_portal/source_list.html"


class SourceDetailView(DetailView):
    model = Source
    slug_field = "key"
    slug_url_kwarg = "key"
    template_name = "zif_portal/source_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citing"] = citing_records(self.object)
        return context


def citing_records(source):
    """Every record that cites the source, grouped by kind: one query per kind of record."""
    groups = []
    for relation in Source._meta.related_objects:
        if not relation.many_to_many:
            continue
        model = relation.related_model
        records = list(model._default_manager.filter(**{relation.field.name: source}))
        if records:
            groups.append({"label": model._meta.verbose_name_plural, "records": records})
    figures = list(StatedFigure.objects.filter(Q(source=source)).select_related("zone", "unit"))
    if figures:
        groups.append({"label": StatedFigure._meta.verbose_name_plural, "records": figures})
    return groups
