import pytest

from skills.models import ImmutableVersionError, SkillVersion
from tests.factories import PublishedSkillFactory

pytestmark = pytest.mark.django_db


def test_a_published_version_is_never_modified():
    skill = PublishedSkillFactory()
    version = SkillVersion.objects.get(pk=skill.latest_version_id)
    version.body = "# Replaced behind everyone's back"
    with pytest.raises(ImmutableVersionError):
        version.save()
    with pytest.raises(ImmutableVersionError):
        version.save(update_fields=["body"])
    assert SkillVersion.objects.get(pk=version.pk).body != "# Replaced behind everyone's back"


def test_derived_fields_of_a_version_can_be_recomputed():
    skill = PublishedSkillFactory()
    version = SkillVersion.objects.get(pk=skill.latest_version_id)
    version.security_verdict = "review"
    version.save(update_fields=["security_verdict"])
    assert SkillVersion.objects.get(pk=version.pk).security_verdict == "review"


def test_publishing_copies_listing_fields_from_the_version():
    skill = PublishedSkillFactory(name="pdf-tools", publish__description="Reads PDFs. Then more.")
    skill.refresh_from_db()
    assert skill.summary == "Reads PDFs."
    assert skill.description == "Reads PDFs. Then more."
    assert "<p>Reads PDFs. Then more.</p>" in skill.description_html
    assert skill.latest_version.body_html.startswith(
        "<h2>Usage</h2>"
    )  # the page's <h1> is the name


def test_render_markdown_command_rerenders_versions_from_an_older_renderer():
    from django.core.management import call_command

    skill = PublishedSkillFactory()
    SkillVersion.objects.filter(pk=skill.latest_version_id).update(
        body_html="<h1>old</h1>", renderer_version="md0"
    )
    call_command("render_markdown")
    version = SkillVersion.objects.get(pk=skill.latest_version_id)
    assert version.renderer_version != "md0"
    assert version.body_html.startswith("<h2>Usage</h2>")
