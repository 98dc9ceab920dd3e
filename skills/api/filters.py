"""Query parameters of the skill list, validated by django-filter.

The FilterSet only validates and documents the parameters: the search itself is
`skills.selectors.skill_search`, the same function the web search calls, so the API and
the site always agree on what a query finds and in which order.
"""

from __future__ import annotations

import re
from datetime import UTC

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import QueryDict
from rest_framework import exceptions

from skills.models import Category, Skill
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


class UTCDateTimeField(forms.DateTimeField):
    """An ISO 8601 date-time, as UTC. An offset the database cannot store (PostgreSQL takes
    -15:59 to +15:59) is converted, not passed on; one that leaves the calendar is an error."""

    def to_python(self, value):
        result = super().to_python(value)
        if result is None:
            return None
        try:
            return result.astimezone(UTC)
        except OverflowError:
            raise ValidationError("Date-time out of range.", code="invalid") from None


class UTCDateTimeFilter(django_filters.DateTimeFilter):
    field_class = UTCDateTimeField


def _validate_source(value: str) -> None:
    if value and not _SOURCE.fullmatch(value):
        raise ValidationError("Must be a repository as owner/repo.", code="invalid")


def _category_key(value: str, *, also: str | None) -> str:
    """The key of the category `value` names (its id or key); 400 when there is none, or
    when `category=` names another one."""
    value = value.strip()
    lookup = Q(key=value)
    if value.isdigit():
        lookup |= Q(pk=int(value))
    key = Category.objects.filter(lookup).values_list("key", flat=True).first()
    if key is None:
        raise exceptions.ValidationError(
            {"category_id": [exceptions.ErrorDetail("No such category.", code="invalid")]}
        )
    if also and also != key:
        raise exceptions.ValidationError(
            {
                "category_id": [
                    exceptions.ErrorDetail(
                        f"Names the category {key!r}, but category={also!r}.", code="invalid"
                    )
                ]
            }
        )
    return key


class _SharedFields(dict):
    """A form's `base_fields` that every instance shares instead of deep-copying them."""

    def __deepcopy__(self, memo):
        return self


class SkillFilterSet(django_filters.FilterSet):
    """Validates the list's query parameters (and documents them: the OpenAPI schema reads
    `base_filters`); the search is `skill_search`.

    django-filter deep-copies every filter, builds a form class and deep-copies its fields
    on each request: a tenth of an uncached API search's CPU (issue #23). This form is
    only validated, never rendered, and `filter_queryset` reads its cleaned data alone, so
    the filters and one form class (with its fields) are shared by every request: field
    cleaning keeps no state on the field."""

    q = django_filters.CharFilter(label="Free-text search (same as the site search).")
    category = django_filters.CharFilter(label="Category key.")
    category_id = django_filters.CharFilter(
        label="A category's id or key (as listed by /api/v1/taxonomy/categories); "
        "an unknown one is a 400."
    )
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
    updated_since = UTCDateTimeFilter(
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

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset if queryset is not None else Skill.objects.all()
        self.request = request
        self.form_prefix = prefix
        self.filters = self.base_filters  # read-only here: not copied

    @classmethod
    def get_shared_form_class(cls):
        form = cls.__dict__.get("_shared_form")
        if form is None:
            fields = {name: filter_.field for name, filter_ in cls.base_filters.items()}
            form = type(f"{cls.__name__}Form", (cls._meta.form,), fields)
            form.base_fields = _SharedFields(form.base_fields)
            cls._shared_form = form
        return form

    def get_form_class(self):
        return self.get_shared_form_class()

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        category = data.get("category") or None
        if data.get("category_id"):
            category = _category_key(data["category_id"], also=category)
        filters = SkillFilters(
            category=category,
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
