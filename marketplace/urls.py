"""Root URLs: pages from each app, the JSON API under /api/v1/, and the admin."""

from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from marketplace.i18n import set_language_view
from skills.hooks import github_webhook
from skills.mcp.server import McpView


class FaviconView(RedirectView):
    """Browsers ask for /favicon.ico on pages without an icon link (the admin, JSON, errors)."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs) -> str:
        return static("img/logo.svg")  # per request: the hashed name exists after collectstatic


urlpatterns = [
    path("favicon.ico", FaviconView.as_view(), name="favicon"),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", set_language_view, name="set_language"),  # the language menu
    path("api/", include("marketplace.api_urls")),
    # Model Context Protocol (Streamable HTTP) for agents: docs/MCP.md
    path("mcp", McpView.as_view(), name="mcp"),
    path("mcp/", McpView.as_view()),
    # GitHub webhooks (push, repository, ping), signed with GITHUB_WEBHOOK_SECRET: docs/API.md
    path("hooks/github", github_webhook, name="github-webhook"),
    path("rankings/", include("rankings.urls")),
    path("security/", include("moderation.urls")),
    path("", include("skills.wellknown")),  # /r/<owner>/<repo>/.well-known/..., /marketplace.json
    path("", include("skills.urls")),
]

handler400 = "marketplace.errors.bad_request"
handler500 = "marketplace.errors.server_error"
