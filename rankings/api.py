"""Rankings and events endpoints: GET /api/v1/rankings, POST /api/v1/events."""

from __future__ import annotations

from datetime import UTC

from django.db.models import prefetch_related_objects
from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api import (
    ConditionalGetMixin,
    ErrorSerializer,
    FingerprintThrottle,
    LimitedJSONParser,
    StrictQueryParamsMixin,
)
from marketplace.fingerprint import request_address, request_fingerprint
from rankings.models import Board, Channel, EventKind
from rankings.selectors import board_entries
from rankings.services.events import (
    actor_is_rate_limited,
    address_is_rate_limited,
    events_record_batch,
)
from skills.api.serializers import SkillListSerializer
from skills.models import Skill

MAX_BATCH = 100
MAX_SIZE = 100  # ranking entries per page
# Pages stop here: a million entries even at size 1, and (page - 1) * size stays far inside
# the database's integers (a page near 2**63 overflowed SQLite: a 500 found by fuzzing).
MAX_PAGE = 1_000_000

# --- Rankings -------------------------------------------------------------------------


class RankingQuerySerializer(serializers.Serializer):
    board = serializers.ChoiceField(choices=Board.choices, default=Board.TOP)
    category = serializers.SlugField(required=False, max_length=64)
    date = serializers.DateField(
        required=False,
        help_text="Snapshot day: the latest snapshot on or before it (default: the latest). "
        "404 when the board has no snapshot that old; 400 for a day in the future.",
    )
    page = serializers.IntegerField(
        min_value=1, max_value=MAX_PAGE, default=1, help_text=f"Page number (1-{MAX_PAGE})."
    )
    size = serializers.IntegerField(
        min_value=1, max_value=MAX_SIZE, default=MAX_SIZE, help_text="Entries per page (1-100)."
    )

    def validate_date(self, value):
        if value > timezone.now().astimezone(UTC).date():
            raise serializers.ValidationError("No ranking exists for a day in the future.")
        return value


class RankingEntrySerializer(serializers.Serializer):
    rank = serializers.IntegerField()
    score = serializers.FloatField()
    movement = serializers.ChoiceField(choices=["up", "down", "new", "same"])
    delta = serializers.IntegerField(help_text="Places gained since the previous snapshot.")
    previous_rank = serializers.IntegerField(allow_null=True)
    skill = SkillListSerializer()


class RankingSerializer(serializers.Serializer):
    board = serializers.CharField()
    category = serializers.CharField(allow_null=True)
    date = serializers.DateField(allow_null=True, help_text="The snapshot day (null when live).")
    previous_date = serializers.DateField(allow_null=True)
    is_live = serializers.BooleanField(
        help_text="True before the first snapshot: computed live from popularity."
    )
    next = serializers.URLField(allow_null=True, help_text="The next page, if any.")
    previous = serializers.URLField(allow_null=True, help_text="The previous page, if any.")
    results = RankingEntrySerializer(many=True)


def _page_link(request, number: int) -> str:
    params = request.query_params.copy()
    params["page"] = str(number)
    if number == 1:
        params.pop("page")
    url = request.build_absolute_uri(request.path)
    return f"{url}?{params.urlencode()}" if params else url


class RankingView(StrictQueryParamsMixin, ConditionalGetMixin, APIView):
    """A board (top, trending, new), overall or for one category, from the daily snapshots."""

    cache_max_age = 300
    extra_query_params = tuple(RankingQuerySerializer().fields)

    @extend_schema(
        operation_id="rankings_retrieve",
        summary="A ranking board from the daily rank snapshots",
        parameters=[RankingQuerySerializer],
        responses={200: RankingSerializer, 400: ErrorSerializer, 404: ErrorSerializer},
    )
    def get(self, request):
        query = RankingQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        params = query.validated_data
        category = params.get("category") or None
        number, size = params["page"], params["size"]
        page = board_entries(
            board=params["board"],
            date=params.get("date"),
            category=category,
            limit=size + 1,  # one more tells whether there is a next page
            offset=(number - 1) * size,
        )
        if params.get("date") and page.is_live:
            raise exceptions.NotFound(
                f"This board has no snapshot on or before {params['date'].isoformat()}.",
                code="no_snapshot",
            )
        if number > 1 and not page:
            raise exceptions.NotFound("Invalid page: past the last page.", code="invalid_page")
        has_next = len(page) > size
        # A skill hidden since the snapshot is left out (its rank number stays as recorded).
        entries = [e for e in page[:size] if e.skill.status == Skill.Status.PUBLISHED]
        prefetch_related_objects([e.skill for e in entries], "tags")
        data = {
            "board": params["board"],
            "category": category,
            "date": page.date,
            "previous_date": page.previous_date,
            "is_live": page.is_live,
            "next": _page_link(request, number + 1) if has_next else None,
            "previous": _page_link(request, number - 1) if number > 1 else None,
            "results": entries,
        }
        return Response(RankingSerializer(data, context={"request": request}).data)


# --- Events ---------------------------------------------------------------------------


class EventInSerializer(serializers.Serializer):
    skill = serializers.CharField(max_length=300, help_text="The skill's UUID or slug.")
    kind = serializers.ChoiceField(choices=EventKind.choices)
    client_event_id = serializers.CharField(
        max_length=100,
        required=False,
        allow_null=True,
        help_text="Idempotency key chosen by the client: the same id is counted once.",
    )


class EventBatchSerializer(serializers.Serializer):
    events = EventInSerializer(many=True, allow_empty=False, max_length=MAX_BATCH)


class EventResultSerializer(serializers.Serializer):
    accepted = serializers.IntegerField(help_text="Stored (counted, deduplicated, capped or bot).")
    counted = serializers.IntegerField(help_text="Counted towards popularity.")
    duplicates = serializers.IntegerField()
    rejected = serializers.IntegerField()
    results = serializers.ListField(child=serializers.DictField())


class EventView(APIView):
    """Record what clients did with skills (views, copies, downloads, installs)."""

    parser_classes = [LimitedJSONParser]
    throttle_classes = [FingerprintThrottle]
    throttle_scope = "events"

    @extend_schema(
        operation_id="events_create",
        summary="Record one event or a batch of up to 100 (idempotent per client_event_id)",
        request=EventBatchSerializer,
        responses={
            202: EventResultSerializer,
            400: ErrorSerializer,
            413: ErrorSerializer,
            429: OpenApiResponse(ErrorSerializer, description="Too many events from this client."),
        },
        description=(
            'The body is one event object, a JSON array of events, or `{"events": [...]}`. '
            "Unknown skills are counted as rejected; an event whose client_event_id was "
            "already recorded is counted as a duplicate."
        ),
    )
    def post(self, request):
        body = request.data
        if isinstance(body, list):
            body = {"events": body}
        elif isinstance(body, dict) and "events" not in body:
            body = {"events": [body]}
        batch = EventBatchSerializer(data=body)
        batch.is_valid(raise_exception=True)
        actor, address = request_fingerprint(request), request_address(request)
        if actor_is_rate_limited(actor=actor):
            raise exceptions.Throttled(detail="Too many events from this client; slow down.")
        if address_is_rate_limited(address=address):
            raise exceptions.Throttled(detail="Too many events from this network; slow down.")
        events = [
            {k: v for k, v in event.items() if v is not None}
            for event in batch.validated_data["events"]
        ]
        result = events_record_batch(
            events=events,
            actor=actor,
            address=address,
            channel=Channel.API,
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
        )
        return Response(EventResultSerializer(result).data, status=status.HTTP_202_ACCEPTED)
