import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_ensure_admin_creates_then_is_idempotent(settings, capsys):
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", "s3cret-pass-word"
    call_command("ensure_admin")
    call_command("ensure_admin")
    users = get_user_model().objects.filter(username="boss")
    assert users.count() == 1
    user = users.get()
    assert user.is_superuser and user.is_staff and user.check_password("s3cret-pass-word")
    assert capsys.readouterr().out.splitlines() == ["Created superuser 'boss'.", "Unchanged: superuser 'boss'."]


def test_ensure_admin_updates_the_password(settings):
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", "first-password-1"
    call_command("ensure_admin")
    settings.ADMIN_PASSWORD = "second-password-2"
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="boss").check_password("second-password-2")


def test_ensure_admin_refuses_the_example_password_in_prod(settings):
    settings.IS_PROD = True
    settings.ADMIN_USERNAME, settings.ADMIN_PASSWORD = "boss", settings.EXAMPLE_ADMIN_PASSWORD
    with pytest.raises(CommandError, match="example"):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(username="boss").exists()
