"""A member's taper journal: dated entries of doses, a cut/hold/updose marker, symptom ratings
and a note. Only the owner sees anything unless they choose a wider audience (see permissions)."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from journal.equivalence import MEDICATION_CHOICES

PRIVATE, MEMBERS, PUBLIC = "private", "members", "public"
VISIBILITY = [(PRIVATE, "Only me"), (MEMBERS, "Members"), (PUBLIC, "My public profile (anyone)")]
INHERIT = "journal"
ENTRY_VISIBILITY = [(INHERIT, "Same as my journal")] + [(PRIVATE, "Only me"), (MEMBERS, "Members only")] + [
    (PUBLIC, "My public profile (if the journal is public)")
]
# Symptom ratings, each 0 (none) to 10 (worst).
SYMPTOMS = [
    ("sleep", "Sleep problems"),
    ("anxiety", "Anxiety"),
    ("pain", "Pain or burning"),
    ("fog", "Cognitive fog"),
    ("sensitivity", "Sensitivity to light or sound"),
    ("mood", "Low mood"),
]
SYMPTOM_FIELDS = [name for name, _ in SYMPTOMS]


class Journal(models.Model):
    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal")
    visibility = models.CharField("Who can see my journal", max_length=10, choices=VISIBILITY, default=PRIVATE)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Journal of {self.owner}"


class Entry(models.Model):
    CUT, HOLD, UPDOSE = "cut", "hold", "updose"
    MARKERS = [("", "No change marked"), (CUT, "Cut"), (HOLD, "Hold"), (UPDOSE, "Updose")]

    journal = models.ForeignKey(Journal, on_delete=models.CASCADE, related_name="entries")
    date = models.DateField()
    marker = models.CharField(max_length=6, choices=MARKERS, blank=True)
    sleep = models.PositiveSmallIntegerField(null=True, blank=True)
    anxiety = models.PositiveSmallIntegerField(null=True, blank=True)
    pain = models.PositiveSmallIntegerField(null=True, blank=True)
    fog = models.PositiveSmallIntegerField(null=True, blank=True)
    sensitivity = models.PositiveSmallIntegerField(null=True, blank=True)
    mood = models.PositiveSmallIntegerField(null=True, blank=True)
    note_source = models.TextField(blank=True, max_length=5000)
    note_html = models.TextField(blank=True)
    visibility = models.CharField(max_length=10, choices=ENTRY_VISIBILITY, default=INHERIT)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["journal", "date"], name="journal_entry_by_date")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(**{f"{name}__lte": 10}) | models.Q(**{f"{name}__isnull": True}),
                name=f"journal_entry_{name}_0_10",
            )
            for name in SYMPTOM_FIELDS
        ]

    def __str__(self):
        return f"{self.date} ({self.journal.owner_id})"


class Dose(models.Model):
    MG, MCG, ML = "mg", "mcg", "ml"
    UNITS = [(MG, "mg"), (MCG, "mcg"), (ML, "ml of a liquid (give its strength)")]

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="doses")
    medication = models.CharField(max_length=20, choices=MEDICATION_CHOICES)
    other_name = models.CharField(max_length=60, blank=True)
    amount = models.DecimalField(max_digits=9, decimal_places=3)
    unit = models.CharField(max_length=3, choices=UNITS, default=MG)
    # For liquids: mg per ml, as written on the bottle.
    strength_mg_per_ml = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=models.Q(amount__gt=0), name="journal_dose_positive")]

    def __str__(self):
        return f"{self.medication} {self.amount} {self.unit}"
