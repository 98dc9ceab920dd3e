from django import forms
from django.contrib.admin.helpers import ActionForm


class ReasonActionForm(ActionForm):
    """Adds a "reason" box beside the admin's action menu (required to reject or hide)."""

    reason = forms.CharField(
        required=False, max_length=2000,
        widget=forms.TextInput(attrs={"placeholder": "Reason (required to reject or hide)", "size": 40}),
    )
