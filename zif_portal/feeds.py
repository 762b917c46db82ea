from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from zif_portal.reversing import reverse

from .changes import latest_changes
from .records import public_record

ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}


class ChangesFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("ZIF Portal: latest changes")

    def subtitle(self):
        return _("Records of the Ecuador–Peru Border Integration Zone knowledge base that changed.")

    def link(self):
        return reverse("zif_portal:changes")

    def items(self):
        return latest_changes(limit=50)

    def item_title(self, item):
        return f"{item.kind}: {item.label}"

    def item_description(self, item):
        action = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}[item.action]
        if item.fields:
            return f"{action}: {', '.join(item.fields)}"
        return action

    def item_link(self, item):
        return item.url or reverse("zif_portal:changes")

    def item_guid(self, item):
        return f"{item.url or item.label}#{item.date.isoformat()}"

    item_guid_is_permalink = False

    def item_updateddate(self, item):
        return item.date

    def item_pubdate(self, item):
        return item.date


class RecordChangesFeed(ChangesFeed):
    """The changes to one record, for those who follow a unit, a meeting, a project."""

    def get_object(self, request, label, object_id):
        return public_record(label, object_id)

    def title(self, record):
        return _("ZIF Portal: changes to %(record)s") % {"record": record}

    def link(self, record):
        return record.get_absolute_url()

    def items(self, record):
        return latest_changes(limit=50, model=record._meta.label, object_id=record.pk)


def record_feed_url(record):
    """The address of the record's own feed, for the page's head."""
    if record is None or not hasattr(record, "get_absolute_url") or record.pk is None:
        return ""
    return reverse(
        "zif_portal:record-changes-feed",
        kwargs={"label": record._meta.label, "object_id": record.pk},
    )
