"""Create or update the bootstrap superuser from ADMIN_USERNAME / ADMIN_PASSWORD."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create or update the superuser named by ADMIN_USERNAME with ADMIN_PASSWORD (idempotent)."
    )

    def handle(self, *args, **options):
        username = settings.ADMIN_USERNAME
        password = settings.ADMIN_PASSWORD
        if not username or not password:
            raise CommandError("Set ADMIN_USERNAME and ADMIN_PASSWORD (see .env.example).")
        if settings.IS_PROD and password == settings.EXAMPLE_ADMIN_PASSWORD:
            raise CommandError(
                "ADMIN_PASSWORD is the example value; refusing to use it when ENV=prod."
            )
        User = get_user_model()
        if settings.IS_PROD:
            try:  # Django's validators (length, common passwords, similarity, digits only)
                validate_password(password, User(username=username, email=settings.ADMIN_EMAIL))
            except ValidationError as exc:
                raise CommandError("ADMIN_PASSWORD is too weak: " + " ".join(exc.messages)) from exc
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": settings.ADMIN_EMAIL}
        )
        changed = (
            created
            or not (user.is_staff and user.is_superuser and user.is_active)
            or not user.check_password(password)
        )
        if changed:
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            if settings.ADMIN_EMAIL:
                user.email = settings.ADMIN_EMAIL
            user.save()
        verb = "Created" if created else ("Updated" if changed else "Unchanged:")
        self.stdout.write(f"{verb} superuser {username!r}.")
