from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class ConsoleAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the moderation console's site (marketplace.admin_site)."""

    default = False  # MarketplaceConfig is this module's default app config

    default_site = "marketplace.admin_site.ConsoleAdminSite"


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Marketplace")

    def ready(self) -> None:
        from django.conf import settings
        from django.contrib import admin

        admin.site.site_header = settings.APP_NAME
        admin.site.site_title = settings.APP_NAME
        admin.site.index_title = _("Moderation console")
