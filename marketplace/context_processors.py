from django.conf import settings


def site(request) -> dict:
    return {"APP_NAME": settings.APP_NAME}
