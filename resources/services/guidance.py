"""Guidance: drafts and versions, submission, return, two-clinician sign-off, re-review, retirement."""

import logging
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from accounts.services import record_audit
from forum import services as forum_services
from forum.models import Board
from forum.sanitize import clean_text, render_markdown
from resources.citations import ParsedCitation
from resources.models import Citation, Resource, ResourceVersion
from resources.services.common import DEFAULT_REVIEW_MONTHS, RESERVED_SLUGS, add_months
from resources.services.common import notify_member as _notify

logger = logging.getLogger(__name__)

__all__ = [
    "working_version",
    "create_resource",
    "update_draft",
    "submit_resource",
    "return_resource",
    "sign_off_resource",
    "rereview_resource",
    "retire_resource",
]


def _unique_slug(title: str) -> str:
    base = slugify(title)[:140].strip("-") or "resource"
    if base in RESERVED_SLUGS:
        base = f"{base}-guide"
    slug, n = base, 2
    while Resource.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def working_version(resource: Resource, *, for_update: bool = False) -> ResourceVersion | None:
    """The unpublished version (draft or in review), if any."""
    versions = resource.versions.filter(published_at__isnull=True)
    if for_update:
        versions = versions.select_for_update()
    return versions.order_by("-number").first()


def _write_version(
    version: ResourceVersion,
    *,
    title: str,
    summary: str,
    audience_note: str,
    body: str,
    citations: Iterable[ParsedCitation],
    change_note: str,
) -> ResourceVersion:
    body = clean_text(body)
    version.title = clean_text(title).strip()
    version.summary = clean_text(summary).strip()
    version.audience_note = clean_text(audience_note).strip()
    version.body_source = body
    version.body_html = render_markdown(body, profile="resource")
    version.change_note = clean_text(change_note).strip()
    version.updated_at = timezone.now()
    version.save()
    version.citations.all().delete()
    Citation.objects.bulk_create(
        Citation(version=version, position=i, kind=c.kind, value=c.value, label=c.label)
        for i, c in enumerate(citations)
    )
    return version


@transaction.atomic
def create_resource(
    author,
    *,
    title: str,
    summary: str,
    body: str,
    citations: Iterable[ParsedCitation] = (),
    audience_note: str = "",
    change_note: str = "",
    boards: Iterable[Board] = (),
    discussion_board: Board | None = None,
    is_starter: bool = False,
    slug: str = "",
) -> Resource:
    """A new resource with its first draft (version 1). author=None only for starter content."""
    now = timezone.now()
    resource = Resource.objects.create(
        slug=slug or _unique_slug(title),
        title=clean_text(title).strip(),
        summary=clean_text(summary).strip(),
        author=author,
        is_starter=is_starter,
        discussion_board=discussion_board,
        created_at=now,
        updated_at=now,
    )
    resource.boards.set(list(boards))
    version = ResourceVersion(resource=resource, number=1, written_by=author)
    _write_version(
        version, title=title, summary=summary, audience_note=audience_note, body=body, citations=citations,
        change_note=change_note or "First version",
    )
    return resource


@transaction.atomic
def update_draft(
    resource: Resource,
    *,
    editor,
    title: str,
    summary: str,
    body: str,
    citations: Iterable[ParsedCitation] = (),
    audience_note: str = "",
    change_note: str = "",
    boards: Iterable[Board] | None = None,
    discussion_board: Board | None = None,
) -> Resource:
    """Save the working version (starting a new one after publication). Saving sends work in
    review back to draft, so a reviewer never signs off text that changed under them.
    Taking on starter content makes the editor its author and hides it until published."""
    version = working_version(resource, for_update=True)
    if version is None:
        number = (resource.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = ResourceVersion(resource=resource, number=number, written_by=editor)
    elif version.written_by_id is None:
        version.written_by = editor
    version.submitted_at = None
    _write_version(
        version, title=title, summary=summary, audience_note=audience_note, body=body, citations=citations,
        change_note=change_note,
    )
    fields = ["updated_at", "discussion_board"]
    resource.updated_at = timezone.now()
    resource.discussion_board = discussion_board
    if resource.is_starter:
        resource.is_starter = False
        resource.author = editor
        fields += ["is_starter", "author"]
    if resource.current_version_id is None:
        resource.title, resource.summary, resource.status = version.title, version.summary, Resource.DRAFT
        fields += ["title", "summary", "status"]
    resource.save(update_fields=fields)
    if boards is not None:
        resource.boards.set(list(boards))
    return resource


@transaction.atomic
def submit_resource(resource: Resource, *, by) -> Resource:
    """Send the working draft for a second clinician's sign-off."""
    version = working_version(resource, for_update=True)
    version.submitted_at = timezone.now()
    version.save(update_fields=["submitted_at"])
    if resource.current_version_id is None:
        resource.status = Resource.IN_REVIEW
        resource.save(update_fields=["status"])
    return resource


@transaction.atomic
def return_resource(resource: Resource, *, by, note: str) -> Resource:
    """A reviewer sends work in review back to its writer with a note."""
    version = working_version(resource, for_update=True)
    version.submitted_at = None
    version.save(update_fields=["submitted_at"])
    if resource.current_version_id is None:
        resource.status = Resource.DRAFT
        resource.save(update_fields=["status"])
    note = clean_text(note).strip()
    record_audit(actor=by, action="resource.return", target=resource, target_user=version.written_by, reason=note)
    _notify(
        version.written_by,
        actor=by,
        text=f"{by.username} sent “{version.title}” back for changes: {note}",
        url=reverse("resources:draft", args=[resource.slug]),
    )
    return resource


def _discussion_body(resource: Resource) -> str:
    url = reverse("resources:detail", args=[resource.slug])
    return (
        f"This topic is for discussing the clinician-reviewed guidance **{resource.title}**.\n\n"
        f"Read it here: [{resource.title}]({url})\n\n"
        "Please share your experience, not instructions, and talk to your own prescriber before changing "
        "any medication."
    )


def _open_discussion(resource: Resource, *, writer) -> None:
    """Open the linked discussion topic, posted by the writer. Publication never fails because
    of it: if the writer may not post there (say, muted), the resource is published without one."""
    if writer is None:
        return
    try:
        with transaction.atomic():
            topic = forum_services.create_topic(
                writer, board=resource.discussion_board, title=f"Discussion: {resource.title}"[:150],
                body=_discussion_body(resource),
            )
    except (PermissionDenied, Http404, ValidationError):
        logger.warning("No discussion topic for resource %s: its writer may not post on that board", resource.pk)
        return
    resource.discussion_topic = topic
    resource.save(update_fields=["discussion_topic"])


@transaction.atomic
def sign_off_resource(resource: Resource, *, by, review_months: int = DEFAULT_REVIEW_MONTHS) -> Resource:
    """A second clinician signs off the version in review: it becomes the published version."""
    now = timezone.now()
    version = working_version(resource, for_update=True)
    version.reviewed_by = by
    version.reviewed_at = now
    version.published_at = now
    version.save(update_fields=["reviewed_by", "reviewed_at", "published_at"])
    first_publication = resource.current_version_id is None
    resource.current_version = version
    resource.title, resource.summary = version.title, version.summary
    resource.status = Resource.PUBLISHED
    resource.reviewed_by, resource.reviewed_at = by, now
    resource.next_review_due = add_months(timezone.localdate(now), review_months)
    resource.updated_at = now
    resource.save()
    if resource.discussion_topic_id is None and resource.discussion_board_id is not None:
        _open_discussion(resource, writer=resource.author or version.written_by)
    record_audit(
        actor=by,
        action="resource.publish",
        target=resource,
        target_user=version.written_by,
        after=f"version {version.number}; next review {resource.next_review_due:%Y-%m-%d}",
    )
    verb = "published" if first_publication else "updated"
    _notify(
        version.written_by,
        actor=by,
        text=f"{by.username} signed off “{version.title}”; it is now {verb}.",
        url=resource.get_absolute_url(),
    )
    return resource


@transaction.atomic
def rereview_resource(
    resource: Resource, *, by, review_months: int = DEFAULT_REVIEW_MONTHS, note: str = ""
) -> Resource:
    """A clinician confirms the published version is still right: new review date."""
    before = f"{resource.next_review_due:%Y-%m-%d}" if resource.next_review_due else ""
    now = timezone.now()
    resource.reviewed_by, resource.reviewed_at = by, now
    resource.next_review_due = add_months(timezone.localdate(now), review_months)
    resource.updated_at = now
    resource.save(update_fields=["reviewed_by", "reviewed_at", "next_review_due", "updated_at"])
    record_audit(
        actor=by, action="resource.rereview", target=resource, reason=clean_text(note).strip(), before=before,
        after=f"{resource.next_review_due:%Y-%m-%d}",
    )
    return resource


@transaction.atomic
def retire_resource(resource: Resource, *, by, reason: str, audit: bool = True) -> Resource:
    """Withdraw guidance: unpinned and unlisted; its page stays, marked retired.

    Audited (resource.retire) unless audit=False: the review queue passes that, because its own
    decision is the one audit entry for the action.
    """
    before = resource.status
    resource.status = Resource.RETIRED
    resource.retired_at = timezone.now()
    resource.is_starter = False
    resource.save(update_fields=["status", "retired_at", "is_starter"])
    resource.boards.clear()
    reason = clean_text(reason).strip()
    if audit:
        record_audit(
            actor=by, action="resource.retire", target=resource, reason=reason, before=before, after="retired"
        )
    if resource.author_id and resource.author_id != by.pk:
        _notify(
            resource.author, actor=by, text=f"{by.username} retired “{resource.title}”. Reason: {reason}",
            url=resource.get_absolute_url(),
        )
    return resource
