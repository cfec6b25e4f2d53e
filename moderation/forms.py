from datetime import timedelta

from django import forms

from forum.models import Board
from moderation.crisis import CRISIS_OUTCOMES
from moderation.models import FLAG_NOTE_MAX, QueueItem
from moderation.selectors import reason_filters
from reviewable.registry import GENERIC_FLAG_REASONS, FlagReason, all_kinds


class FlagForm(forms.Form):
    """The reasons come from the content's kind (reviewable.registry.ReviewableKind.flag_reasons)."""

    reason = forms.ChoiceField(
        label="What is wrong?",
        choices=(),
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose a reason.",
            "invalid_choice": "Please choose one of the reasons listed.",
        },
    )
    note = forms.CharField(
        label="Anything a moderator should know? (optional)",
        required=False,
        max_length=FLAG_NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": FLAG_NOTE_MAX}),
        help_text="Up to 1,000 characters. Only moderators see this.",
        error_messages={"max_length": "Please keep the note under 1,000 characters (it has %(show_value)d)."},
    )

    def __init__(self, *args, reasons: tuple[FlagReason, ...] = GENERIC_FLAG_REASONS, **kwargs):
        super().__init__(*args, **kwargs)
        self.reasons = {reason.code: reason for reason in reasons}
        self.fields["reason"].choices = [(reason.code, reason.label) for reason in reasons]

    def reason_help(self) -> dict[str, str]:
        return {code: reason.help for code, reason in self.reasons.items() if reason.help}

    def clean(self):
        data = super().clean()
        reason = self.reasons.get(data.get("reason") or "")
        if reason is not None and reason.note_required and not (data.get("note") or "").strip():
            self.add_error("note", "Please tell us what is wrong.")
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason (the member sees this)",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Please give a reason; the member will see it."},
    )


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(label="Note (optional)", required=False, max_length=1000)


DURATIONS = [
    ("1d", "1 day"),
    ("3d", "3 days"),
    ("7d", "7 days"),
    ("30d", "30 days"),
    ("forever", "Until a moderator lifts it"),
]
DURATION_VALUES = {
    "1d": timedelta(days=1),
    "3d": timedelta(days=3),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
    "forever": None,
}


class SanctionForm(ReasonForm):
    duration = forms.ChoiceField(label="For how long", choices=DURATIONS, initial="3d")

    def duration_value(self):
        return DURATION_VALUES[self.cleaned_data["duration"]]


class EditForm(ReasonForm):
    body = forms.CharField(label="Post text", widget=forms.Textarea(attrs={"rows": 8}), max_length=30000)
    field_order = ["body", "reason"]


class MoveForm(OptionalReasonForm):
    board = forms.ModelChoiceField(label="Move to board", queryset=None, empty_label=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = Board.objects.all()


class SplitForm(OptionalReasonForm):
    title = forms.CharField(label="Title of the new topic", max_length=150)
    post_ids = forms.TypedMultipleChoiceField(label="Posts to move", coerce=int, choices=())

    def __init__(self, *args, post_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["post_ids"].choices = post_choices
        self.fields["post_ids"].widget = forms.CheckboxSelectMultiple(choices=post_choices)


class LockForm(OptionalReasonForm):
    locked = forms.TypedChoiceField(
        label="Replies", choices=[("1", "Lock (no new replies)"), ("0", "Unlock")], coerce=lambda v: v == "1"
    )


class CrisisOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What did you do?",
        choices=[("", "Choose one")] + list(CRISIS_OUTCOMES.items()),
        error_messages={"required": "Please choose what you did."},
    )
    note = forms.CharField(
        label="Note for the team (optional; the member does not see it)", required=False, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CrisisMessageForm(forms.Form):
    text = forms.CharField(
        label="A kind private message (edit it to sound like you); it is sent to the member from you",
        max_length=4000, widget=forms.Textarea(attrs={"rows": 9}),
        error_messages={"required": "Please write the message first."},
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label="Private note about this member", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class BulkForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("approve", "Approve"),
            ("dismiss", "Dismiss flags"),
            ("reject", "Reject (held items)"),
            ("hide", "Hide"),
        ]
    )
    items = forms.TypedMultipleChoiceField(
        coerce=int, choices=(), error_messages={"required": "Tick at least one item."}
    )
    reason = forms.CharField(label="Reason (needed to reject or hide)", required=False, max_length=1000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any integer is accepted; the service reports items that no longer exist or are handled.
        self.fields["items"].valid_value = lambda value: True


class QueueFilterForm(forms.Form):
    reason = forms.ChoiceField(label="Reason", required=False, choices=())
    board = forms.ModelChoiceField(label="Board", required=False, queryset=None, empty_label="Any board")
    kind = forms.ChoiceField(label="Kind", required=False, choices=())
    status = forms.ChoiceField(
        label="Status", required=False, choices=[(QueueItem.PENDING, "Waiting"), (QueueItem.RESOLVED, "Resolved")]
    )
    mine = forms.BooleanField(label="Claimed by me", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = Board.objects.all()
        self.fields["reason"].choices = [("", "Any reason"), *reason_filters()]
        self.fields["kind"].choices = [("", "Any kind")] + [(k.kind, k.label) for k in all_kinds()]


class AuditFilterForm(forms.Form):
    action = forms.CharField(label="Action", required=False, max_length=50)
    actor = forms.CharField(label="Done by", required=False, max_length=30)
    member = forms.CharField(label="About member", required=False, max_length=30)
    date_from = forms.DateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))
