"""The search form's fields are shared by its instances (not deep-copied per request, issue
#23): binding, cleaning and rendering a form must never change them."""

from __future__ import annotations

import copy

from django.utils import translation

from skills.forms import SearchForm


def _state(fields) -> list:
    return [
        (
            name,
            field.required,
            field.label,
            repr(field.widget.attrs),
            repr(getattr(field, "choices", None)),
            repr(getattr(field.widget, "choices", None)),
        )
        for name, field in fields.items()
    ]


def test_forms_share_the_fields_but_not_the_dict_that_holds_them():
    one, two = SearchForm({}), SearchForm({"q": "pdf"})
    assert one.fields is not two.fields and one.fields is not SearchForm.base_fields
    assert all(one.fields[name] is two.fields[name] for name in SearchForm.base_fields)
    one.fields.pop("q")  # a form's own dict: the others keep every field
    assert "q" in two.fields and "q" in SearchForm.base_fields
    assert list(copy.deepcopy(SearchForm.base_fields)) == list(SearchForm.base_fields)


def test_binding_cleaning_and_rendering_a_form_changes_no_shared_field():
    before = _state(SearchForm.base_fields)
    for language in ("en", "ko"):
        with translation.override(language):
            for data in (
                {},
                {"q": "  pdf   tools ", "scripts": "yes", "verdict": "review", "sort": "new"},
                {"scripts": "<maybe>", "verdict": 'x"y', "source": "not a repo", "tag": "??"},
            ):
                form = SearchForm(data)
                form.usable()
                form.filters()
                for name in ("scripts", "valid", "verdict"):
                    str(form[name])
                str(form["q"])
    assert _state(SearchForm.base_fields) == before
