"""A version's files: a text file shown escaped in a page, an image served as itself."""

from __future__ import annotations

import logging
import re

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from skills.models import SkillFile
from skills.rendering import image_content_type
from skills.storage import blob_read
from skills.views import _skill_and_version

logger = logging.getLogger(__name__)

MAX_VIEW_BYTES = 256 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: An image from a skill is untrusted: nothing in it may run, load or be sniffed as a page.
IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


class SkillFileView(TemplateView):
    """One text file of a version, shown escaped in <pre> (never rendered)."""

    template_name = "skills/file.html"

    def get(self, request, *args, slug: str, file_path: str, **kwargs):
        skill, version, is_latest = _skill_and_version(request, slug)
        skill_file = SkillFile.objects.filter(version=version, path=file_path).first()
        if skill_file is None:
            raise Http404(_("No such file in this version."))
        content, reason = None, ""
        image = bool(skill_file.is_stored and image_content_type(skill_file.path))
        if image:
            reason = ""
        elif not skill_file.is_text:
            reason = _("This is a binary file; download the ZIP to get it.")
        elif not skill_file.is_stored:
            reason = _("This file was not stored (too large or excluded); see it at the source.")
        elif skill_file.size > MAX_VIEW_BYTES:
            reason = _("This file is larger than %(size)s KB; download the ZIP to read it.") % {
                "size": MAX_VIEW_BYTES // 1024
            }
        else:
            try:
                raw = blob_read(skill_file.storage_key)
            except OSError:
                logger.warning("stored file missing", extra={"key": skill_file.storage_key})
                reason = _("This file is temporarily unavailable.")
            else:
                text = raw[:MAX_VIEW_BYTES].decode("utf-8", errors="replace")
                # Make invisible direction controls visible (Trojan Source style tricks).
                content = _BIDI.sub(lambda m: f"\u27e6U+{ord(m.group()):04X}\u27e7", text)
        context = self.get_context_data(
            skill=skill,
            version=version,
            is_latest=is_latest,
            file=skill_file,
            image_url=(
                reverse("skills:raw", kwargs={"slug": skill.slug, "file_path": skill_file.path})
                + f"?version={version.content_hash}"
                if image
                else ""
            ),
            content=content,
            reason=reason,
            bidi_found=bool(content and "\u27e6U+" in content),
        )
        return self.render_to_response(context)


class SkillRawView(View):
    """An image of a version (what a SKILL.md body shows), with a content type chosen from
    its extension, never sniffed. SVG can carry scripts: it is sent with a sandboxing CSP and
    as an attachment, so opened on its own it downloads instead of running on this site
    (inside an <img> a browser never runs it)."""

    def get(self, request, *args, slug: str, file_path: str, **kwargs):
        _skill, version, _latest = _skill_and_version(request, slug)
        content_type = image_content_type(file_path)
        skill_file = SkillFile.objects.filter(version=version, path=file_path).first()
        if skill_file is None or content_type is None or not skill_file.is_stored:
            raise Http404(_("No such image in this version."))
        if skill_file.size > MAX_IMAGE_BYTES:
            raise Http404(_("This image is too large to show; download the ZIP."))
        try:
            data = blob_read(skill_file.storage_key)
        except OSError:
            logger.warning("stored file missing", extra={"key": skill_file.storage_key})
            raise Http404(_("This image is temporarily unavailable.")) from None
        response = HttpResponse(data, content_type=content_type)
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = IMAGE_CSP
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        if content_type == "image/svg+xml":
            name = file_path.rsplit("/", 1)[-1].replace('"', "")
            response["Content-Disposition"] = f'attachment; filename="{name}"'
        if request.GET.get("version"):  # a version's content never changes
            response["Cache-Control"] = "public, max-age=86400, immutable"
        return response
