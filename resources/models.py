"""Clinician verification and clinician-reviewed resources.

A Resource is long-form guidance. Its content lives in numbered ResourceVersions: at most one
*working* version (published_at empty: a draft, or "in review" once submitted) and any number
of published versions, all kept so readers can see the history and diffs. The Resource row
mirrors the public title and summary (for listing and search) and holds what is not content:
status, pins, review dates, the discussion topic.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from forum.models import Board, Topic


class ClinicianApplicationQuerySet(models.QuerySet):
    """The reads the verification rules need (resources.permissions), kept below both the rules
    and resources.selectors (which filters by those rules, so the rules can't import it)."""

    def latest_decided_for(self, user) -> "ClinicianApplication | None":
        """user's latest verified, expired or revoked application."""
        decided = (ClinicianApplication.VERIFIED, ClinicianApplication.EXPIRED, ClinicianApplication.REVOKED)
        return self.filter(applicant=user, status__in=decided).order_by("-decided_at", "-id").first()

    def pending_for(self, user) -> "ClinicianApplication | None":
        return self.filter(applicant=user, status=ClinicianApplication.PENDING).first()


class ClinicianApplication(models.Model):
    """A member's request to be verified as a clinician, and the admin's decision on it."""

    PENDING = "pending"
    VERIFIED = "verified"
    DECLINED = "declined"
    REVOKED = "revoked"
    EXPIRED = "expired"
    STATUSES = [
        (PENDING, "Waiting for an admin"),
        (VERIFIED, "Verified"),
        (DECLINED, "Declined"),
        (REVOKED, "Revoked"),
        (EXPIRED, "Expired"),
    ]

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinician_applications"
    )
    profession = models.CharField(
        max_length=80, help_text="Shown next to your name once verified, for example “Psychiatrist” or “Pharmacist”."
    )
    registration_number = models.CharField("licence or registration number", max_length=80)
    issuing_body = models.CharField(
        max_length=150, help_text="The body that issued the licence, for example a medical council or board."
    )
    jurisdiction = models.CharField(max_length=100, help_text="Country, state or region the licence is valid in.")
    registry_url = models.URLField(
        "public registry link",
        max_length=500,
        help_text="A page on the issuing body's public register where an admin can check your licence.",
    )
    statement = models.TextField(
        max_length=2000, help_text="A few sentences about your work and why you want to write guidance here."
    )
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True, help_text="Why it was declined or revoked; shown to the applicant.")
    expires_at = models.DateTimeField(null=True, blank=True)

    objects = ClinicianApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["applicant", "-created_at"], name="resources_app_applicant_recent")]

    def __str__(self):
        return f"{self.applicant} as {self.profession} ({self.get_status_display()})"

    def get_absolute_url(self):
        return reverse("resources:application", args=[self.pk])


class Resource(models.Model):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    RETIRED = "retired"
    STATUSES = [(DRAFT, "Draft"), (IN_REVIEW, "In review"), (PUBLISHED, "Published"), (RETIRED, "Retired")]

    slug = models.SlugField(max_length=160, unique=True)
    # Mirrors of the public version (or of the working version before first publication).
    title = models.CharField(max_length=150)
    summary = models.TextField(max_length=600)
    status = models.CharField(max_length=10, choices=STATUSES, default=DRAFT, db_index=True)
    # Loaded by load_starter_resources: written by the Haven team from PRODUCT.md's sources,
    # waiting for a clinician to take it on. Never shown as reviewed.
    is_starter = models.BooleanField(default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resources_authored",
        help_text="The clinician who first wrote it; empty for starter content.",
    )
    boards = models.ManyToManyField(Board, blank=True, related_name="pinned_resources")
    current_version = models.ForeignKey(
        "ResourceVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The latest review of the public version: its sign-off, or a later re-review.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True, db_index=True)
    discussion_board = models.ForeignKey(
        Board, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        help_text="Where the discussion topic is opened when the resource is first published.",
    )
    discussion_topic = models.ForeignKey(Topic, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("resources:detail", args=[self.slug])

    @property
    def is_public(self) -> bool:
        """Readable by anyone: published, retired (marked so) or starter content (marked so)."""
        if self.status == self.RETIRED:
            return self.current_version_id is not None
        return self.status == self.PUBLISHED or self.is_starter

    @property
    def is_published(self) -> bool:
        return self.status == self.PUBLISHED

    def review_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.status == self.PUBLISHED and self.next_review_due is not None and self.next_review_due < today


class ResourceVersion(models.Model):
    """One version of a resource's content. Published versions are never changed again."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=150)
    summary = models.TextField(max_length=600)
    audience_note = models.CharField(
        max_length=300, blank=True, help_text="Who this is for, for example “People thinking about a taper”."
    )
    body_source = models.TextField()
    body_html = models.TextField()
    change_note = models.CharField(max_length=300, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["resource", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["resource", "number"], name="resources_version_unique_number"),
        ]

    def __str__(self):
        return f"{self.title} (version {self.number})"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def in_review(self) -> bool:
        return self.published_at is None and self.submitted_at is not None


class Citation(models.Model):
    DOI = "doi"
    PMID = "pmid"
    URL = "url"
    REFERENCE = "ref"
    KINDS = [(DOI, "DOI"), (PMID, "PubMed ID"), (URL, "Web address"), (REFERENCE, "Reference (no link)")]

    version = models.ForeignKey(ResourceVersion, on_delete=models.CASCADE, related_name="citations")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=4, choices=KINDS)
    value = models.CharField(max_length=500, blank=True, help_text="The DOI, PMID or URL; empty for a reference.")
    label = models.CharField(max_length=500, blank=True, help_text="Authors, title, journal, year.")

    class Meta:
        ordering = ["version", "position", "id"]

    def __str__(self):
        return self.label or self.value

    @property
    def href(self) -> str:
        if self.kind == self.DOI:
            return f"https://doi.org/{self.value}"
        if self.kind == self.PMID:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.value}/"
        if self.kind == self.URL:
            return self.value
        return ""

    def as_line(self) -> str:
        """The citation as the one-line form the editor uses (and diffs compare)."""
        if self.kind == self.REFERENCE:
            return f"ref: {self.label}"
        head = {self.DOI: "doi:", self.PMID: "pmid:", self.URL: ""}[self.kind] + self.value
        return f"{head} | {self.label}" if self.label else head
