"""Shared pieces of the moderation console: the reason box beside the action menu, and a read-only admin."""

from django import forms
from django.contrib import admin
from django.contrib.admin.helpers import ActionForm
from django.utils.translation import gettext_lazy as _


class ReasonActionForm(ActionForm):
    """Adds a "reason" box beside the admin's action menu (required to reject or hide)."""

    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(
            attrs={"placeholder": _("Reason (required to reject or hide)"), "size": 40}
        ),
    )


class OptionalReasonActionForm(ReasonActionForm):
    """The reason box, for actions where a reason is welcome but not required."""

    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"placeholder": _("Reason (optional)"), "size": 40}),
    )


class ReadOnlyAdmin(admin.ModelAdmin):
    """For what ingestion, scans and the audit log compute: viewable, never edited here."""

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # view only: the change page shows the row, nothing is saved

    def has_delete_permission(self, request, obj=None):
        return False
