from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from accounts.validators import DISPLAY_NAME_MAX, display_name_format


class HavenUserManager(UserManager):
    def get_by_natural_key(self, username):
        return self.get(username__iexact=username)


class User(AbstractUser):
    """A member. `username` is the public display name (a pseudonym); email is private."""

    # Where the member is in their taper; optional and changeable (issue 11). Forum's home page
    # puts the boards for this stage first.
    STAGES = [
        ("thinking", "Thinking about tapering"),
        ("tapering", "Tapering"),
        ("holding", "Holding"),
        ("acute", "Recently off (acute)"),
        ("protracted", "Off for a while (protracted symptoms)"),
        ("recovered", "Recovered"),
        ("carer", "Family or carer"),
    ]
    THEMES = [("system", "Follow my device"), ("light", "Light"), ("dark", "Dark"), ("calm", "Low stimulus")]
    TEXT_SIZES = [("normal", "Normal"), ("large", "Large"), ("larger", "Larger")]

    username = models.CharField(
        "display name",
        max_length=DISPLAY_NAME_MAX,
        unique=True,
        validators=[display_name_format],
        help_text="3 to 30 letters, numbers, dots, dashes or underscores. Shown to everyone.",
        error_messages={"unique": "That display name is taken. Please choose another."},
    )
    email = models.EmailField("email address", unique=True, null=True, blank=True)
    first_name = None
    last_name = None
    bio = models.TextField(blank=True, max_length=1000)
    country = models.CharField(
        max_length=2, blank=True, help_text="Used only to show crisis lines for where you live."
    )
    accepted_guidelines_at = models.DateTimeField(null=True, blank=True)
    confirmed_adult_at = models.DateTimeField(null=True, blank=True)
    theme = models.CharField(max_length=10, choices=THEMES, default="system")
    text_size = models.CharField(max_length=10, choices=TEXT_SIZES, default="normal")
    # Approved posts and topics; pre-moderation lifts once this reaches the threshold.
    approved_contributions = models.PositiveIntegerField(default=0)
    # Set only when an admin verifies the member as a clinician (resources app); shown as the
    # "Clinician" badge with the profession next to their name everywhere.
    clinician_title = models.CharField(max_length=80, blank=True)
    is_trusted = models.BooleanField(default=False, help_text="Trusted members' flags weigh more.")
    # Source id when the account came from another forum (import_forum); such accounts
    # must reset their password before they can log in.
    legacy_id = models.BigIntegerField(null=True, blank=True, unique=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    stage = models.CharField("your stage", max_length=12, choices=STAGES, blank=True)
    show_stage_on_posts = models.BooleanField("Show my stage next to my name on posts", default=False)
    hide_other_stages = models.BooleanField("Show only my stage's boards on the home page", default=False)
    # One line written by the journal app from the member's entries (journal.services), stored
    # here so posts render it without extra queries and without forum importing journal.
    signature = models.CharField(max_length=200, blank=True)
    show_signature = models.BooleanField("Show my taper signature under my posts", default=False)
    # Visits for the home page's "new since your last visit": a visit starts at a home page view
    # more than VISIT_GAP after the current one started (accounts.services.record_visit).
    last_visit_at = models.DateTimeField(null=True, blank=True)
    previous_visit_at = models.DateTimeField(null=True, blank=True)

    objects = HavenUserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
        ]
        permissions = [
            ("moderate", "Can moderate community content"),
            ("publish_guidance", "Can write and review clinician guidance"),
            ("administer", "Can administer the site"),
        ]

    def __str__(self):
        return self.username

    @property
    def display_name(self) -> str:
        return self.username


class Sanction(models.Model):
    """A restriction on a member, set by a moderator. Expires on its own unless permanent."""

    WARN = "warn"
    MUTE = "mute"
    SUSPEND = "suspend"
    BAN = "ban"
    KINDS = [
        (WARN, "Warning"),
        (MUTE, "Muted: can read but not post or chat"),
        (SUSPEND, "Suspended: cannot log in"),
        (BAN, "Banned"),
    ]

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sanctions")
    kind = models.CharField(max_length=10, choices=KINDS)
    reason = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(null=True, blank=True, help_text="Empty means until lifted.")
    created_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="sanctions_given"
    )
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="sanctions_lifted"
    )

    class Meta:
        indexes = [models.Index(fields=["user", "kind", "ends_at"])]
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.user}"

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.lifted_at is None and (self.ends_at is None or self.ends_at > now)


class AuditEntry(models.Model):
    """Append-only record of a moderation action or role change. Never edited or deleted."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="audit_actions")
    action = models.CharField(max_length=50, db_index=True)
    target_user = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_about"
    )
    # What the action was about, as "app_label.model:pk" plus a human label.
    target_ref = models.CharField(max_length=100, blank=True, db_index=True)
    target_label = models.CharField(max_length=200, blank=True)
    reason = models.TextField(blank=True)
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.target_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit entries are append-only.")
