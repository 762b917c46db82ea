from django.conf import settings
from django.views.generic import DetailView, ListView, TemplateView

from .audit import cached_audit
from .cache import memo_per_version
from .changes import latest_changes
from .citations import field_label
from .models import Citation, Source
from .sections import about_sections, home_sections


class HomeView(TemplateView):
    template_name = "zif_portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = home_sections(self.request)
        context["source_count"] = memo_per_version("source-count", None, Source.objects.count)
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
        context["cited_values"], context["cited_values_total"] = values_given_by(self.object)
        return context


VALUES_SHOWN = 300


def values_given_by(source, limit=VALUES_SHOWN):
    """The values the source gives, grouped by record: [(record, [(field label, other
    value or "")])], and how many citations there are. One query per kind of record."""
    citations = source.citations.select_related("content_type").order_by(
        "content_type", "object_id", "field"
    )
    total = citations.count()
    rows = list(citations.prefetch_related("record")[:limit])
    grouped = {}
    for citation in rows:
        record = citation.record
        if record is None:
            continue
        entry = grouped.setdefault((citation.content_type_id, citation.object_id), (record, []))
        entry[1].append((field_label(record, citation.field), citation))
    return list(grouped.values()), total


def citing_records(source):
    """Every record that cites the source, grouped by kind: one query per kind of record.

    Found through the relations other apps declare towards Source, so this app
    needs to know none of them.
    """
    groups = []
    for relation in Source._meta.related_objects:
        model = relation.related_model
        if model is Citation or model._meta.label.startswith("zif_portal.Historical"):
            continue  # the values it gives are listed apart
        records = list(model._default_manager.filter(**{relation.field.name: source})[:500])
        if records:
            groups.append({"label": model._meta.verbose_name_plural, "records": records})
    groups.sort(key=lambda group: str(group["label"]))
    return groups


class ChangesView(TemplateView):
    template_name = "zif_portal/changes.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["changes"] = latest_changes(limit=50)
        return context


class AboutDataView(TemplateView):
    template_name = "zif_portal/about_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = cached_audit()
        context["sources"] = Source.objects.all()
        context["official_count"] = sum(1 for s in context["sources"] if s.is_official)
        context["contact_email"] = settings.ZIF_CONTACT_EMAIL
        context["sections"] = about_sections(self.request)
        return context
