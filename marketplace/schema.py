"""How the OpenAPI schema describes the API, so generated clients (openapi-python-client,
openapi-typescript) work as they are:

- request bodies are documented as JSON only (the API still accepts forms); a view may
  name its own media types with `schema_request_media_types` (the OAuth2 login is a form);
- an operation carries a security requirement (Swagger's lock) only when it needs
  credentials: public reads have none, although staff credentials still widen what they see;
- every throttled operation documents its 429 answer.

Request and response components are split (`COMPONENT_SPLIT_REQUEST`): read-only fields
such as a token's `access` are never required in a request model.
"""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import permissions

JSON = "application/json"

_PUBLIC = (permissions.AllowAny,)


def _error_serializer():
    from marketplace.api import ErrorSerializer

    return ErrorSerializer


class MarketplaceAutoSchema(AutoSchema):
    def map_parsers(self):
        declared = getattr(self.view, "schema_request_media_types", None)
        if declared:
            return list(declared)
        parsers = super().map_parsers()
        return [JSON] if JSON in parsers or not parsers else parsers

    def get_auth(self):
        perms = [type(p) for p in self.view.get_permissions()]
        public = any(p in _PUBLIC for p in perms) or not perms
        if (
            permissions.IsAuthenticatedOrReadOnly in perms
            and self.method in permissions.SAFE_METHODS
        ):
            public = True
        if public:
            return []
        return [auth for auth in super().get_auth() if auth]  # no optional `{}` entry

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction == "response" and self.view.get_throttles() and "429" not in responses:
            responses["429"] = self._get_response_for_code(
                OpenApiResponse(
                    _error_serializer(),
                    description="Too many requests: wait `Retry-After` seconds. Throttled "
                    "answers carry `RateLimit-Policy` and `RateLimit` headers.",
                ),
                "429",
                direction=direction,
            )
        return responses
