from django.conf import settings

from marketplace.i18n import language_alternates, path_without_language


def site(request) -> dict:
    return {"APP_NAME": settings.APP_NAME}


def languages(request) -> dict:
    """The language menu's return path and the hreflang alternates of this page."""
    return {
        "language_next": path_without_language(request),
        "language_alternates": language_alternates(request),
        "x_default_url": request.build_absolute_uri(path_without_language(request)),
    }
