"""The public marketplace pages: thin views over the selectors and services."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import replace
from datetime import UTC
from urllib.parse import quote, urlencode

from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from marketplace.compat import call_after_response
from marketplace.fingerprint import request_address, request_fingerprint
from marketplace.pagecache import page_cache
from marketplace.paging import page_rows
from skills import page_selectors, search_ranked, selectors
from skills.cards import card_rows, cards_from_rows, search_card_rows
from skills.category_page import category_page_rows
from skills.downloads import DownloadTooLarge, version_zip_build
from skills.forms import VERDICT_LABELS, ReportForm, SearchForm, SubmitForm
from skills.ingestion.sources.submissions import SubmissionError, submission_create
from skills.install import PIN_LENGTH, install_methods, skill_index_name
from skills.models import GithubRepoCache, Skill, Tag, category_url
from skills.page import charts_render, why_rank_render
from skills.page import texts as skill_page_texts
from skills.page_rows import skill_page_rows
from skills.paths import fixed_path
from skills.rendering import RENDERER_VERSION, render_markdown
from skills.services.publishing import version_links

logger = logging.getLogger(__name__)

PER_PAGE = 24
#: The GET parameters the list pages read (others are served live, never page-cached).
LIST_PARAMS = (*SearchForm.base_fields, "page")
MAX_PAGES = 100  # deeper pages are refused: narrow the search instead


# --- Helpers ----------------------------------------------------------------------------


def event_record_safely(
    request, *, skill: Skill | uuid.UUID, kind: str, channel: str = "web"
) -> None:
    """Record a view/copy/download event of a skill (or skill id); a failure is logged,
    never shown to the visitor.

    A repeated view in the same UTC hour (the rankings' dedup window for views) is not sent
    to the database at all: it would only be stored as "not counted", at two writes a hit.
    """
    skill_id = getattr(skill, "pk", skill)
    try:
        actor = request_fingerprint(request)
        user_agent = request.META.get("HTTP_USER_AGENT", "")[:300]
        if kind == "view":
            hour = timezone.now().astimezone(UTC).strftime("%Y%m%d%H")
            if not cache.add(f"viewed:{skill_id}:{actor}:{hour}", 1, timeout=3600):
                return
        try:
            from rankings.services.events import event_record
        except ImportError:  # the rankings service is not installed yet
            from rankings.models import SkillEvent

            SkillEvent.objects.create(skill_id=skill_id, kind=kind, actor=actor)
            return
        event_record(
            skill=skill_id,
            kind=kind,
            actor=actor,
            address=request_address(request),
            channel=channel,
            user_agent=user_agent,
        )
    except Exception:
        logger.exception("could not record a %s event", kind, extra={"skill": str(skill_id)})


def install_record_after(
    request, response, *, skill_id, channel: str = "web", is_zip: bool = False
) -> None:
    """Count what a response delivers once it is sent (off the critical path, like the
    page's view event). Every route that delivers a version's files is an ``install``: a
    fetch of an entry's SKILL.md through the well-known index (what the skills CLI does), the
    skills.sh snapshot, and a ZIP (the page's per-agent commands unpack it). A ZIP is also a
    ``download`` (the score's downloads term). Deduplicated per actor and day by the
    rankings' event service (docs/RANKINGS.md)."""
    if response.status_code != 200:
        return

    def record() -> None:
        if is_zip:
            event_record_safely(request, skill=skill_id, kind="download", channel=channel)
        event_record_safely(request, skill=skill_id, kind="install", channel=channel)

    call_after_response(response, record)


def _view_record(request, data: dict) -> None:
    """The skill page's "view" event, recorded after the page is sent (cached or not)."""
    event_record_safely(request, skill=data["skill_id"], kind="view")


def _page_number(raw: str | None) -> int:
    """1 for a missing or malformed page number."""
    try:
        number = int(raw or 1)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def _without_empty(request) -> str:
    """The request's path and query string without its empty parameters."""
    params = request.GET.copy()
    for key, values in request.GET.lists():
        kept = [v for v in values if v.strip()]
        if kept:
            params.setlist(key, kept)
        else:
            del params[key]
    query = params.urlencode()
    return f"{request.path}?{query}" if query else request.path


def _skill_and_version(request, slug: str):
    """(skill, version shown, is it the latest) for `slug` and an optional ?version=<hash>.

    The latest version comes in the same query as the skill; an older one costs one query
    (and then the latest version's content is not loaded at all)."""
    wanted = (request.GET.get("version") or "").strip().lower()
    skill = page_selectors.skill_get(slug=slug, user=request.user, with_latest=not wanted)
    if skill is None or skill.latest_version_id is None:
        raise Http404(_("No skill here."))
    if not wanted:
        return skill, skill.latest_version, True
    version = page_selectors.skill_version_get(skill=skill, content_hash=wanted)
    if version is None:
        raise Http404(_("No such version of this skill."))
    return skill, version, version.pk == skill.latest_version_id


def _skill_for_request(request, slug: str) -> Skill:
    skill = page_selectors.skill_get(slug=slug, user=request.user, with_latest=False)
    if skill is None or skill.latest_version_id is None:
        raise Http404(_("No skill here."))
    return skill


def _fact_text(value) -> str:
    """A frontmatter value as a person reads it: words, numbers, a list joined by commas."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and not any(isinstance(v, dict | list) for v in value):
        return ", ".join(_fact_text(v) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)  # deeper structures, compact


def _facts(frontmatter: dict) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(key, text, pairs) per frontmatter field; a mapping such as `metadata` comes as
    (sub-key, text) pairs, nested keys dotted, shown as a small table rather than JSON."""

    def pairs(mapping: dict, prefix: str = "") -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for key, value in mapping.items():
            if isinstance(value, dict) and value:
                out.extend(pairs(value, f"{prefix}{key}."))
            else:
                out.append((f"{prefix}{key}", _fact_text(value)))
        return out

    return [
        (str(k), "", pairs(v)) if isinstance(v, dict) and v else (str(k), _fact_text(v), [])
        for k, v in (frontmatter or {}).items()
    ]


# --- Lists ------------------------------------------------------------------------------


@method_decorator(page_cache, name="dispatch")
class HomeView(TemplateView):
    template_name = "skills/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.home_sections(limit=6))
        context["nav"] = "home"
        context["terms"] = []
        return context


@method_decorator(page_cache(query_params=LIST_PARAMS), name="dispatch")
class SkillListView(TemplateView):
    """Browse and search; category, tag and repository pages fix one filter."""

    template_name = "skills/list.html"
    fixed_filter: str = ""  # the SkillFilters field a subclass fixes
    nav = "browse"

    def fixed_value(self):
        return None

    def page_heading(self) -> dict:
        return {"title": _("Browse skills"), "lead": ""}

    def get(self, request, *args, **kwargs):
        if any(k in LIST_PARAMS and not "".join(v).strip() for k, v in request.GET.lists()):
            return HttpResponseRedirect(_without_empty(request))  # ?q=&tag=&… : the clean URL
        form = SearchForm(request.GET)
        values = form.usable()
        filters = form.filters()
        if self.fixed_filter:
            filters = replace(filters, **{self.fixed_filter: self.fixed_value()})
        query = values.get("q") or ""
        sort = values.get("sort") or ""
        number = _page_number(request.GET.get("page"))
        qs = selectors.skill_search(query=query, filters=filters, sort=sort)
        paginator = CappedPaginator(qs, PER_PAGE)
        if number > min(paginator.num_pages, MAX_PAGES):  # "no page 7; there is 1 page"
            pages = {"number": number, "num_pages": paginator.num_pages}
            if paginator.num_pages > MAX_PAGES:
                return TemplateResponse(
                    request, "skills/too_deep.html", {"max_pages": MAX_PAGES}, status=400
                )
            return TemplateResponse(request, "skills/no_page.html", pages, status=404)
        page = paginator.page(number)
        effective_sort = (
            sort
            if sort in selectors.SORTS and (sort != "relevance" or query)
            else ("relevance" if query else "popular")
        )
        context = self.get_context_data(**kwargs)
        context.update(
            form=form,
            query=query,
            terms=selectors.query_terms(query),
            page=page,
            paginator=paginator,
            skills=cards_from_rows(page.object_list, with_tags=True, using=qs.db),
            sort=effective_sort,
            sorts=selectors.sorts_offered(query=query),
            filters=filters,
            filters_on=form.filters().active,  # what the visitor chose, not the page's own
            fixed_filter=self.fixed_filter,
            header_query=query,
            clear_filters_url=f"?{urlencode({'q': query})}" if query else "?",
            categories=selectors.categories_listed(keep=filters.category),
            licenses=selectors.license_choices(),
            verdict_labels=VERDICT_LABELS,
            page_range=paginator.get_elided_page_range(page.number),
            nav=self.nav,
            **self.page_heading(),
        )
        if paginator.count == 0 and query:
            context["suggestions"] = selectors.skill_suggestions(query=query)
        return self.render_to_response(context)


class CappedPaginator(Paginator):
    """Counts exactly up to COUNT_CAP results (SEARCH_COUNT_CAP for a search), then says
    "N+" (a full count of every skill costs a scan; nobody pages that deep: pages stop at
    MAX_PAGES). A page's rows are the cards' columns (`skills.cards.card_rows`), not model
    instances; the count reads the skills alone (on the rows' query it would also join
    the cards' tables)."""

    COUNT_CAP = selectors.COUNT_CAP
    SEARCH_COUNT_CAP = search_ranked.SEARCH_COUNT_CAP

    @cached_property
    def count_cap(self) -> int:
        return self.SEARCH_COUNT_CAP if selectors.is_search(self.object_list) else self.COUNT_CAP

    @cached_property
    def count(self) -> int:
        listed = selectors.listed_count(self.object_list)  # a category's, as its menu says
        if listed is not None:
            return min(listed, self.count_cap)
        return selectors.capped_count(self.object_list, self.count_cap)

    @property
    def is_capped(self) -> bool:
        return self.count >= self.count_cap

    def page(self, number):
        """Paginator.page, with deep pages read ids-first (`marketplace.paging`)."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = search_card_rows(self.object_list, bottom, top)  # a search's, by its ids
        if rows is None:
            rows = category_page_rows(self.object_list, bottom, top)  # compiled once
        if rows is None:
            rows = page_rows(card_rows(self.object_list), bottom, top)
        return self._get_page(rows, number, self)


@method_decorator(page_cache, name="dispatch")
class CategoryListView(TemplateView):
    template_name = "skills/categories.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            categories=selectors.categories_listed(), nav="categories", **kwargs
        )


class CategoryView(SkillListView):
    fixed_filter = "category"
    nav = "categories"

    def get(self, request, *args, key: str, **kwargs):
        self.category = selectors.category_get(key=key)
        if self.category is None:
            raise Http404("No active category with this key")  # as get_object_or_404: not shown
        return super().get(request, *args, **kwargs)

    def fixed_value(self):
        return self.category.key

    def page_heading(self) -> dict:
        return {
            "title": self.category.name,
            "lead": self.category.description,
            "kind": _("Category"),
            "canonical_path": category_url(self.category.key),
        }


class TagView(SkillListView):
    fixed_filter = "tag"

    def get(self, request, *args, key: str, **kwargs):
        self.tag = get_object_or_404(Tag, key=key)
        return super().get(request, *args, **kwargs)

    def fixed_value(self):
        return self.tag.key

    def page_heading(self) -> dict:
        return {
            "title": f"#{self.tag.name}",
            "lead": "",
            "kind": _("Tag"),
            "canonical_path": reverse("skills:tag", args=[self.tag.key]),
        }


class RepositoryView(SkillListView):
    fixed_filter = "source"

    def get(self, request, *args, owner: str, repo: str, **kwargs):
        self.owner, self.repo = owner, repo
        self.repo_cache = GithubRepoCache.objects.filter(
            owner__iexact=owner, name__iexact=repo
        ).first()
        if (
            self.repo_cache is None
            and not Skill.objects.published()
            .filter(repository_owner__iexact=owner, repository_name__iexact=repo)
            .exists()
        ):
            raise Http404(_("No skills from this repository."))
        return super().get(request, *args, **kwargs)

    def fixed_value(self):
        return f"{self.owner}/{self.repo}"

    def page_heading(self) -> dict:
        return {
            "title": f"{self.owner}/{self.repo}",
            "kind": _("Repository"),
            "lead": self.repo_cache.description if self.repo_cache else "",
            "repo_cache": self.repo_cache,
            "repo_url": f"https://github.com/{self.owner}/{self.repo}",
            "canonical_path": reverse("skills:repository", args=[self.owner, self.repo]),
        }


# --- The skill page ---------------------------------------------------------------------


#: Hex characters of a version's content hash in a pinned index URL.
def _index_url(request, skill: Skill) -> str:
    """This marketplace's well-known index of the skill's repository ("" when it has none)."""
    if not (skill.repository_owner and skill.repository_name):
        return ""
    owner, repo = quote(skill.repository_owner, safe=""), quote(skill.repository_name, safe="")
    return request.build_absolute_uri(f"/r/{owner}/{repo}")


def _zip_sha256(*, version, slug: str) -> str:
    """The sha256 of the version's ZIP (built the same way every time: fixed dates and order):
    the one stored on the version at ingestion (`version_zip_digest`), else computed and
    cached per version and slug; "" when the version is too large to download as one ZIP."""
    if version.zip_sha256:
        return version.zip_sha256

    def build() -> str:
        try:
            return hashlib.sha256(version_zip_build(version=version, slug=slug).data).hexdigest()
        except DownloadTooLarge:
            return ""

    # The slug hashed: it may hold spaces, any letters and 300 characters (cache keys may not).
    slug_key = hashlib.blake2b(slug.encode(), digest_size=16).hexdigest()
    return cache.get_or_set(f"zip-sha256:{version.content_hash}:{slug_key}", build, timeout=86400)


@method_decorator(
    page_cache(query_params=("version",), on_serve=_view_record, skill_kwarg="slug"),
    name="dispatch",
)
class SkillDetailView(TemplateView):
    template_name = "skills/detail.html"

    def get(self, request, *args, slug: str, **kwargs):
        skill, version, is_latest = _skill_and_version(request, slug)
        body_html = version.body_html
        rows = skill_page_rows(skill=skill, version=version)  # one statement
        files = rows.files
        if version.renderer_version != RENDERER_VERSION or (version.body and not body_html):
            links = version_links(
                slug=skill.slug, content_hash=version.content_hash, paths=[f.path for f in files]
            )
            body_html = render_markdown(version.body, links=links)
        versions = rows.versions
        findings, scanned = rows.findings, rows.scanned
        tags = rows.tags
        same_repo, related = page_selectors.skill_neighbours(
            skill=skill, tag_ids=[tag.pk for tag in tags]
        )
        try:
            popularity = skill.popularity
        except Skill.popularity.RelatedObjectDoesNotExist:
            popularity = None
        # The skill's own addresses from its page's path (skills.urls: "s/<slug>/-/...", the
        # slug quoted once by skill_url) rather than three more reverse() calls.
        skill_path = skill.get_absolute_url()
        download_path = f"{skill_path}-/download.zip"
        index_url = _index_url(request, skill)
        if version.pk == skill.latest_version_id and hasattr(skill, "latest_reviewed_at"):
            reviewed, reviewed_at = True, skill.latest_reviewed_at  # read with the skill
        else:
            reviewed, reviewed_at = page_selectors.version_review(
                version=version, is_latest=is_latest
            )
        pin = version.content_hash[:PIN_LENGTH]
        if not is_latest:
            download_path += f"?version={version.content_hash}"
        files_count = len(files)
        stored_count = sum(1 for f in files if f.is_stored)
        canonical = is_latest and "version" not in request.GET
        # Popularity is about the skill, not a version: shown on the canonical URL only.
        rank = self._rank(skill, popularity) if canonical else {}
        page = {
            "skill": skill,
            "version": version,
            "is_latest": is_latest,
            "body_html": body_html,
            "tags": tags,
            "facts": _facts(version.frontmatter),
            "files": files,
            "total_size": sum(f.size for f in files),
            "scanned": scanned,
            "findings": findings,
            "problems": version.problems or [],
            "versions": versions,
            "source_links": rows.source_links,
            "same_repo": same_repo,
            "related": related,
            "installs_total": (popularity.installs_total if popularity else 0) or 0,
            "installs": install_methods(
                name=version.name or skill.name,
                cli_name=skill_index_name(slug=skill.slug, name=skill.name),
                index_url=index_url if is_latest else "",
                pinned_index_url=f"{index_url}@{pin}" if index_url and reviewed else "",
                version_label=version.short_hash,
                download_url=request.build_absolute_uri(download_path),
            ),
            "reviewed": reviewed,
            "reviewed_at": reviewed_at,
            "zip_sha256": _zip_sha256(version=version, slug=skill.slug),
            "download_path": download_path,
            "texts": skill_page_texts(
                files=files_count, stored=stored_count, short_hash=version.short_hash
            ),
            "skill_path": skill_path,
            "home_url": fixed_path("skills:home"),
            "category_url": (category_url(skill.category.key) if skill.category else ""),
            "repository_url": (
                reverse("skills:repository", args=[skill.repository_owner, skill.repository_name])
                if skill.repository_full_name
                else ""
            ),
            "event_url": f"{skill_path}-/events",
            "report_url": f"{skill_path}-/report",
            "has_charts": False,
            "has_why_rank": False,
            "why_rank_html": "",
            "charts_html": "",
            **rank,
        }
        context = self.get_context_data(
            skill=skill,
            is_latest=is_latest,
            body_html=body_html,
            canonical_url=request.build_absolute_uri(page["skill_path"]),
            header_query="",
            nav="browse",
            page=page,
        )
        response = self.render_to_response(context)
        response.page_cache_data = {"skill_id": skill.pk}  # the view is recorded once it is sent
        return response

    @staticmethod
    def _rank(skill: Skill, popularity) -> dict:
        """The popularity section's parts: "why this rank" and the charts (skills.page), each
        "" when not shown."""
        out = {"has_why_rank": True}
        if popularity:
            out["why_rank_html"] = why_rank_render(popularity)
        charts = SkillDetailView._charts(skill)
        if charts.pop("has_charts"):
            out["has_charts"] = True
            out["charts_html"] = charts_render(**charts)
        return out

    @staticmethod
    def _charts(skill: Skill) -> dict:
        try:
            from rankings.selectors import skill_charts
        except ImportError:
            return {"has_charts": False}
        try:
            rank_history, daily_installs = skill_charts(skill=skill, board="top", days=90)
            return {
                "has_charts": True,
                "rank_history": rank_history,
                "daily_installs": daily_installs,
            }
        except Exception:
            logger.exception("could not load the charts of a skill", extra={"skill": str(skill.pk)})
            return {"has_charts": False}


class SkillDownloadView(View):
    """The exact version shown, as a ZIP of its stored files (what is left out is listed in a note)."""

    def get(self, request, *args, slug: str, **kwargs):
        skill, version, _latest = _skill_and_version(request, slug)
        try:
            archive = version_zip_build(version=version, slug=skill.slug)
        except DownloadTooLarge as exc:
            return HttpResponse(
                _(
                    "This version is too large to download as one ZIP: %(reason)s. "
                    "Get it from its source repository."
                )
                % {"reason": exc},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        response = HttpResponse(archive.data, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{archive.filename}"'
        response["Content-Length"] = str(len(archive.data))
        # A ZIP is a download and, unpacked by the page's commands, an install.
        install_record_after(request, response, skill_id=skill.pk, is_zip=True)
        return response


class SkillEventView(View):
    """POST kind=copy from the copy buttons (progressive enhancement); CSRF-protected."""

    ALLOWED = {"copy"}

    def post(self, request, *args, slug: str, **kwargs):
        kind = request.POST.get("kind", "")
        if kind not in self.ALLOWED:
            return HttpResponse(_("Unknown event kind."), status=400, content_type="text/plain")
        skill = _skill_for_request(request, slug)
        event_record_safely(request, skill=skill, kind=kind)
        return HttpResponse(status=204)


class SkillReportView(View):
    def post(self, request, *args, slug: str, **kwargs):
        from moderation.services import ReportRateLimited, report_create

        skill = _skill_for_request(request, slug)
        form = ReportForm(request.POST)
        target = skill.get_absolute_url() + "#report"
        if not form.is_valid():
            messages.error(request, _("Choose a reason for your report."))
            return HttpResponseRedirect(target)
        try:
            _report, created = report_create(
                skill=skill,
                reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"],
                fingerprint=request_fingerprint(request),
            )
        except ReportRateLimited as exc:
            messages.error(request, str(exc))
            return HttpResponseRedirect(target)
        if created:
            messages.success(request, _("Thanks for your report: a moderator will look at it."))
        else:
            messages.info(
                request, _("You already reported this skill; a moderator will look at it.")
            )
        return HttpResponseRedirect(target)


# --- Submit, robots -------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class SubmitView(FormView):
    template_name = "skills/submit.html"
    form_class = SubmitForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(nav="submit", **kwargs)

    def form_valid(self, form):
        try:
            source, created = submission_create(
                url=form.cleaned_data["url"], fingerprint=request_fingerprint(self.request)
            )
        except SubmissionError as exc:
            form.add_error("url", str(exc))
            return self.form_invalid(form)
        if created:
            messages.success(
                self.request,
                _(
                    "Thanks! %(source)s is queued for review; "
                    "its skills appear once a moderator approves them."
                )
                % {"source": source.name},
            )
        else:
            messages.info(
                self.request,
                _("%(source)s is already known to the marketplace.") % {"source": source.name},
            )
        return HttpResponseRedirect(reverse("skills:submit"))


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
