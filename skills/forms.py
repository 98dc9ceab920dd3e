"""Forms of the public pages. The search form never rejects a request: a value it
cannot use is dropped, so a hand-edited or stale URL still shows a normal page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.jinja2 import FORM_RENDERER
from marketplace.widgets import KeptSelect
from moderation.models import Report
from skills.selectors import MAX_QUERY_CHARS, SORT_LABELS, SORTS, VERDICTS, SkillFilters

BOOL_CHOICES = [("", _("Any")), ("yes", _("Yes")), ("no", _("No"))]
VERDICT_LABELS = {
    "pass": _("Pass"),
    "review": _("Needs review"),
    "fail": _("Fail"),
    "unscanned": _("Not scanned"),
}


class _SharedFields(dict):
    """A form's `base_fields` its instances share instead of deep-copying them (Django copies
    every field, widget and choice list per form, in case a form changes its own fields):
    for a form that never changes them, its instances' `fields` are a new dict of the same
    field objects."""

    def __deepcopy__(self, memo):
        return dict(self)


class SearchForm(forms.Form):
    """The listings' search and filter form. Its fields are shared by every instance
    (`_SharedFields`: deep-copying them was about a twentieth of an uncached category
    page, issue #23): never change a field, a widget or its choices on an instance."""

    default_renderer = FORM_RENDERER  # the same markup, several times faster (issue #23)
    q = forms.CharField(required=False, label=_("Search"))
    category = forms.SlugField(required=False, max_length=64)
    tag = forms.SlugField(required=False, max_length=64)
    # The menus a listing shows: their markup kept per language and value (KeptSelect)
    scripts = forms.ChoiceField(
        required=False, choices=BOOL_CHOICES, label=_("Has scripts"), widget=KeptSelect
    )
    valid = forms.ChoiceField(
        required=False, choices=BOOL_CHOICES, label=_("Spec valid"), widget=KeptSelect
    )
    verdict = forms.ChoiceField(
        required=False,
        widget=KeptSelect,
        label=_("Security"),
        choices=[("", _("Any"))] + [(v, VERDICT_LABELS[v]) for v in VERDICTS],
    )
    license = forms.CharField(required=False, max_length=100)
    source = forms.RegexField(
        required=False,
        regex=r"^[A-Za-z0-9._-]{1,100}/[A-Za-z0-9._-]{1,200}$",
        label=_("Repository"),
    )
    sort = forms.ChoiceField(
        required=False, choices=[("", _("Default"))] + [(s, SORT_LABELS[s]) for s in SORTS]
    )

    FILTER_FIELDS = ("category", "tag", "scripts", "valid", "verdict", "license", "source")

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            if "q" in data:
                data["q"] = " ".join(data.get("q", "").split())[:MAX_QUERY_CHARS]
        super().__init__(data, *args, **kwargs)

    def usable(self) -> dict:
        """The cleaned values, with any invalid field dropped instead of failing."""
        self.is_valid()
        values = dict(self.cleaned_data)
        for name in self.errors:
            values[name] = ""
        return values

    @staticmethod
    def _bool(value: str) -> bool | None:
        return {"yes": True, "no": False}.get(value)

    def filters(self) -> SkillFilters:
        v = self.usable()
        return SkillFilters(
            category=v.get("category") or None,
            tag=v.get("tag") or None,
            has_scripts=self._bool(v.get("scripts", "")),
            license=(v.get("license") or "").strip() or None,
            spec_valid=self._bool(v.get("valid", "")),
            verdict=v.get("verdict") or None,
            source=v.get("source") or None,
        )


SearchForm.base_fields = _SharedFields(SearchForm.base_fields)


class SubmitForm(forms.Form):
    url = forms.CharField(
        label=_("GitHub repository URL"),
        max_length=500,
        widget=forms.URLInput(
            attrs={
                "placeholder": "https://github.com/owner/repository",
                "autocomplete": "url",
                "inputmode": "url",
            }
        ),
    )


class ReportForm(forms.Form):
    default_renderer = FORM_RENDERER
    reason = forms.ChoiceField(
        label=_("Reason"), choices=Report.Reason.choices, widget=forms.RadioSelect
    )
    details = forms.CharField(
        required=False,
        max_length=4000,
        label=_("Details"),
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": _("What is wrong? (optional)")}),
    )
