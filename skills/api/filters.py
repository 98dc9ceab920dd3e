"""Query parameters of the skill list, validated by django-filter.

The FilterSet only validates and documents the parameters: the search itself is
`skills.selectors.skill_search`, the same function the web search calls, so the API and
the site always agree on what a query finds and in which order.
"""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError

from skills.models import Skill
from skills.selectors import VERDICTS, SkillFilters, skill_search

# API sort names -> selector sort names (identical today; the map keeps the API stable).
API_SORTS = {
    "relevance": "relevance",
    "latest": "latest",
    "new": "new",
    "popular": "popular",
    "trending": "trending",
    "stars": "stars",
    "name": "name",
}
_SOURCE = re.compile(r"[^/\s]{1,100}/[^/\s]{1,200}")
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


class StrictBooleanField(forms.Field):
    """true/false (or 1/0, yes/no); anything else is an error, not a silent 'no filter'."""

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValidationError("Must be true or false.", code="invalid")


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


def _validate_source(value: str) -> None:
    if value and not _SOURCE.fullmatch(value):
        raise ValidationError("Must be a repository as owner/repo.", code="invalid")


class SkillFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Free-text search (same as the site search).")
    category = django_filters.CharFilter(label="Category key.")
    tag = django_filters.CharFilter(label="Tag key.")
    source = django_filters.CharFilter(
        label="Repository as owner/repo.", validators=[_validate_source]
    )
    has_scripts = StrictBooleanFilter(label="Has a scripts/ folder.")
    license = django_filters.CharFilter(label="SPDX licence id (case-insensitive).")
    spec_valid = StrictBooleanFilter(label="Passes the Agent Skills specification.")
    verdict = django_filters.ChoiceFilter(
        choices=[(v, v) for v in VERDICTS], label="Security verdict."
    )
    updated_since = django_filters.DateTimeFilter(
        label="Changed at or after this ISO 8601 date or date-time (UTC when no offset)."
    )
    sort = django_filters.ChoiceFilter(
        choices=[(k, k) for k in API_SORTS],
        label="Order: relevance (default with q), popular (default without), trending, "
        "latest (recently updated), new, stars, name.",
    )

    class Meta:
        model = Skill
        fields: list = []

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        filters = SkillFilters(
            category=data.get("category") or None,
            tag=data.get("tag") or None,
            has_scripts=data.get("has_scripts"),
            license=data.get("license") or None,
            spec_valid=data.get("spec_valid"),
            verdict=data.get("verdict") or None,
            source=data.get("source") or None,
            updated_since=data.get("updated_since"),
        )
        return skill_search(
            query=data.get("q") or "",
            filters=filters,
            sort=API_SORTS.get(data.get("sort") or "", ""),
        )
