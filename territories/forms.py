"""The map page's parameters: which side, or which unit, to draw."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AdministrativeUnit


class MapForm(forms.Form):
    """`?country=EC` draws one side of the ZIF, `?unit=EC-19` one unit with its parts.

    Parameters it does not know are errors, as on the list pages, not silently ignored."""

    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("both")), ("EC", _("Ecuador")), ("PE", _("Peru"))],
        error_messages={"invalid_choice": _("Choose EC (Ecuador) or PE (Peru).")},
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        required=False,
        queryset=AdministrativeUnit.objects.in_zif().above_local_level(),
        to_field_name="code",
        error_messages={
            "invalid_choice": _(
                "No unit of the ZIF has that code: give a province, canton or department "
                "code such as EC-19 or PE-1601."
            )
        },
    )

    def clean(self):
        data = super().clean()
        unknown = sorted(set(self.data) - set(self.fields))
        if unknown:
            raise forms.ValidationError(
                _("Unknown parameter(s): %(names)s. Known: country, unit."),
                params={"names": ", ".join(unknown)},
            )
        if data.get("country") and data.get("unit"):
            raise forms.ValidationError(_("Give either a country or a unit, not both."))
        return data
