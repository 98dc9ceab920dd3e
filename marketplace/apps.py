from django.apps import AppConfig


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = "Marketplace"

    def ready(self) -> None:
        from django.conf import settings
        from django.contrib import admin

        admin.site.site_header = settings.APP_NAME
        admin.site.site_title = settings.APP_NAME
        admin.site.index_title = "Moderation console"
