"""Reads for a viewer: the library, pinned resources, search, the review queues."""

import difflib
from dataclasses import dataclass

from django.db.models import Case, Prefetch, Q, QuerySet, Value, When
from django.shortcuts import get_object_or_404
from django.utils import timezone

from resources.citations import citations_as_text
from resources.models import Citation, ClinicianApplication, Resource, ResourceVersion
from resources.permissions import can_view_drafts, check_view_resource
from reviewable import registry


def _listed_q(viewer) -> Q:
    """Listed in the library and search: published and starter content; drafts for clinicians."""
    q = Q(status=Resource.PUBLISHED) | Q(is_starter=True)
    if can_view_drafts(viewer):
        q |= Q(status__in=[Resource.DRAFT, Resource.IN_REVIEW])
    return q


def _matching_q(query: str) -> Q:
    q = Q()
    for word in query.split()[:8]:
        q &= Q(title__icontains=word) | Q(summary__icontains=word) | Q(current_version__body_source__icontains=word)
    return q


def library_resources(*, viewer, query: str = "", board=None) -> QuerySet[Resource]:
    """The library for viewer: published first, then starter content, then (clinicians) drafts."""
    resources = Resource.objects.filter(_listed_q(viewer))
    if query.strip():
        resources = resources.filter(_matching_q(query))
    if board is not None:
        resources = resources.filter(boards=board)
    return (
        resources.select_related("current_version", "reviewed_by")
        .prefetch_related("boards")
        .annotate(
            listing_rank=Case(
                When(status=Resource.PUBLISHED, then=Value(0)), When(is_starter=True, then=Value(1)), default=Value(2)
            )
        )
        .order_by("listing_rank", "title", "id")
        .distinct()
    )


def pinned_resources(board) -> list[Resource]:
    """Published resources pinned to board, for the top of its page (one query)."""
    return list(
        Resource.objects.filter(boards=board, status=Resource.PUBLISHED)
        .select_related("current_version")
        .order_by("title", "id")
    )


def pinned_resources_for_boards(boards) -> list[Resource]:
    """Published resources pinned to any of boards, each once (one query; none for no boards)."""
    if not boards:
        return []
    return list(
        Resource.objects.filter(boards__in=list(boards), status=Resource.PUBLISHED)
        .select_related("current_version")
        .order_by("title", "id")
        .distinct()
    )


def guidance_not_pinned_to_groups(group_slugs) -> list[Resource]:
    """Published resources pinned to no board of these board groups: guidance for everyone
    (unpinned, or pinned only to boards such as "Start here"). One query."""
    return list(
        Resource.objects.filter(status=Resource.PUBLISHED)
        .exclude(boards__group__slug__in=list(group_slugs))
        .select_related("current_version")
        .order_by("title", "id")
    )


def search_resources(query: str, *, viewer, limit: int = 5) -> list[Resource]:
    if not query or not query.strip():
        return []
    return list(
        Resource.objects.filter(Q(status=Resource.PUBLISHED) | Q(is_starter=True))
        .filter(_matching_q(query))
        .select_related("current_version")
        .order_by("is_starter", "title", "id")
        .distinct()[:limit]
    )


def _version_queryset() -> QuerySet[ResourceVersion]:
    return ResourceVersion.objects.select_related("written_by", "reviewed_by").prefetch_related(
        "written_by__groups",
        "reviewed_by__groups",
        Prefetch("citations", queryset=Citation.objects.order_by("position")),
    )


def resource_for_viewer(slug: str, *, viewer) -> Resource:
    """The resource at slug if viewer may see it (404 otherwise), with what its page shows."""
    resource = get_object_or_404(
        Resource.objects.select_related("author", "reviewed_by", "discussion_topic", "discussion_board")
        .prefetch_related("boards", "reviewed_by__groups", "author__groups")
        .prefetch_related(Prefetch("current_version", queryset=_version_queryset())),
        slug=slug,
    )
    check_view_resource(viewer, resource)
    return resource


def working_version_for_display(resource: Resource) -> ResourceVersion | None:
    return _version_queryset().filter(resource=resource, published_at__isnull=True).order_by("-number").first()


def published_versions(resource: Resource) -> list[ResourceVersion]:
    return list(_version_queryset().filter(resource=resource, published_at__isnull=False).order_by("-number"))


def version_by_number(resource: Resource, number: int, *, include_working: bool = False) -> ResourceVersion:
    versions = _version_queryset().filter(resource=resource)
    if not include_working:
        versions = versions.filter(published_at__isnull=False)
    return get_object_or_404(versions, number=number)


# --- Diffs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffLine:
    op: str  # "same" | "added" | "removed"
    text: str


@dataclass(frozen=True)
class DiffSection:
    name: str
    lines: list[DiffLine]

    @property
    def changed(self) -> bool:
        return any(line.op != "same" for line in self.lines)


def _diff_lines(old: str, new: str) -> list[DiffLine]:
    """Line diff as plain text; templates escape it (never marked safe)."""
    a, b = old.splitlines(), new.splitlines()
    lines: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            lines += [DiffLine("same", text) for text in a[i1:i2]]
            continue
        lines += [DiffLine("removed", text) for text in a[i1:i2]]
        lines += [DiffLine("added", text) for text in b[j1:j2]]
    return lines


def diff_versions(old: ResourceVersion, new: ResourceVersion) -> list[DiffSection]:
    return [
        DiffSection("Title", _diff_lines(old.title, new.title)),
        DiffSection("Summary", _diff_lines(old.summary, new.summary)),
        DiffSection("Who it is for", _diff_lines(old.audience_note, new.audience_note)),
        DiffSection("Text", _diff_lines(old.body_source, new.body_source)),
        DiffSection(
            "Citations",
            _diff_lines(citations_as_text(old.citations.all()), citations_as_text(new.citations.all())),
        ),
    ]


# --- Queues ----------------------------------------------------------------------------------------


def review_queue(*, viewer) -> dict[str, list[Resource]]:
    """The clinicians' queue: work waiting for sign-off, overdue reviews, starter content, drafts."""
    today = timezone.localdate()
    in_review_ids = ResourceVersion.objects.filter(
        published_at__isnull=True, submitted_at__isnull=False
    ).values("resource_id")
    base = Resource.objects.select_related("current_version", "author").exclude(status=Resource.RETIRED)
    return {
        "awaiting_sign_off": list(base.filter(id__in=in_review_ids, is_starter=False).order_by("updated_at")),
        "overdue": list(
            base.filter(status=Resource.PUBLISHED, next_review_due__lt=today).order_by("next_review_due", "id")
        ),
        "starter": list(base.filter(is_starter=True).order_by("title")),
        "flagged": flagged_resources(),
        "my_drafts": list(
            base.filter(
                id__in=ResourceVersion.objects.filter(
                    published_at__isnull=True, submitted_at__isnull=True, written_by=viewer
                ).values("resource_id")
            ).order_by("-updated_at")
        ),
    }


def flagged_resources() -> list:
    """Review-queue items about guidance that are still waiting (clinicians may act on them),
    read through the registry's queue reader (empty without moderation)."""
    return registry.pending_reviews("resource", limit=50)


def pending_applications() -> QuerySet[ClinicianApplication]:
    return (
        ClinicianApplication.objects.filter(status=ClinicianApplication.PENDING)
        .select_related("applicant")
        .order_by("created_at", "id")
    )


def current_verifications() -> QuerySet[ClinicianApplication]:
    return (
        ClinicianApplication.objects.filter(status=ClinicianApplication.VERIFIED)
        .select_related("applicant", "decided_by")
        .order_by("expires_at", "id")
    )


def application_or_404(pk: int) -> ClinicianApplication:
    return get_object_or_404(ClinicianApplication.objects.select_related("applicant", "decided_by"), pk=pk)


def applications_of(user) -> list[ClinicianApplication]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(ClinicianApplication.objects.filter(applicant=user).select_related("decided_by")[:10])
