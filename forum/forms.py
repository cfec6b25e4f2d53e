"""Composer forms. Checks here give messages next to the field; services check again."""

import uuid

from django import forms
from django.core.exceptions import ValidationError

from forum.notes import NOTE_OTHER_MAX, NOTES, labels_for
from forum.nudge import REMINDER, check_advice
from forum.sanitize import has_forbidden_characters
from forum.selectors import suggested_notes
from forum.services.content import TITLE_MAX, validate_body, validate_title

BODY_HELP = "You can use Markdown: *italic*, **bold**, > quote, - list. Mention someone with @name."


def _field_error(error: ValidationError, field: str) -> ValidationError:
    return ValidationError(error.message_dict[field]) if hasattr(error, "error_dict") else error


def content_note_fields() -> dict:
    """The composer's content-note fields (forum/notes.py); static/js/care-notes.js suggests some."""
    return {
        "content_notes": forms.MultipleChoiceField(
            label="Content notes (optional)", choices=NOTES, required=False,
            widget=forms.CheckboxSelectMultiple(attrs={"data-content-notes": ""}),
            help_text="Readers who prefer not to see these can have the post folded away until they choose to open it.",
        ),
        "content_note_other": forms.CharField(
            label="Another note (optional)", max_length=NOTE_OTHER_MAX, required=False,
            help_text=f"A few words, up to {NOTE_OTHER_MAX} characters, for example \u201cpet loss\u201d.",
        ),
    }


class AdviceNudgeMixin:
    """Shows the "experience, not instructions" reminder once (forum/nudge.py).

    The writer posts anyway with the composer's "Post as it is" button (post_anyway=1), which
    static/js/care-nudge.js also sends when the reminder was already shown while typing.
    form.advice is the AdviceCheck when the reminder is showing.
    """

    advice = None

    def check_advice_once(self) -> None:
        body = self.cleaned_data.get("body")
        if not body or self.data.get("post_anyway") == "1":
            return
        check = check_advice(body)
        if check.is_instruction:
            self.advice = check
            self.add_error("body", ValidationError(REMINDER, code="advice"))


class NotesMixin:
    @property
    def suggested_note_labels(self) -> list[str]:
        """Notes the submitted text suggests (phrases and the crisis detector) that the writer has
        not ticked; the composer shows them when the form comes back. The writer decides."""
        if not self.is_bound or "content_notes" not in self.fields:
            return []
        chosen = set(self.data.getlist("content_notes")) if hasattr(self.data, "getlist") else set()
        return labels_for([code for code in suggested_notes(self.data.get("body", "")) if code not in chosen])

    def add_note_fields(self, *, initial_post=None) -> None:
        self.fields.update(content_note_fields())
        if initial_post is not None and not self.is_bound:
            self.initial.setdefault("content_notes", list(initial_post.content_notes or []))
            self.initial.setdefault("content_note_other", initial_post.content_note_other)

    def clean_content_note_other(self):
        text = self.cleaned_data["content_note_other"]
        if has_forbidden_characters(text):
            raise ValidationError("This contains invisible control characters. Please remove them.")
        return text.strip()


class ComposerForm(NotesMixin, AdviceNudgeMixin, forms.Form):
    # One-time token: the same submission sent twice creates one post.
    token = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)
    body = forms.CharField(
        label="Your message",
        # No maxlength attribute: a browser would silently cut a pasted long text; we say so instead.
        widget=forms.Textarea(attrs={"rows": 10, "data-draft": "body"}),
        strip=False,
        required=False,
        help_text=BODY_HELP,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_note_fields()
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4().hex)

    def clean_token(self):
        return "".join(ch for ch in self.cleaned_data["token"] if ch.isalnum())[:64]

    def clean_body(self):
        try:
            return validate_body(self.cleaned_data["body"])
        except ValidationError as error:
            raise _field_error(error, "body")

    def clean(self):
        cleaned = super().clean()
        self.check_advice_once()
        return cleaned


class TopicForm(ComposerForm):
    # No max_length: a longer title gets our message instead of being cut by the browser.
    title = forms.CharField(
        label="Title",
        required=False,
        strip=False,
        widget=forms.TextInput(attrs={"data-draft": "title", "autocomplete": "off"}),
        help_text=f"Up to {TITLE_MAX} characters.",
    )
    field_order = ["title", "body", "content_notes", "content_note_other", "token"]

    def clean_title(self):
        try:
            return validate_title(self.cleaned_data["title"])
        except ValidationError as error:
            raise _field_error(error, "title")


class ReplyForm(ComposerForm):
    pass


class EditPostForm(NotesMixin, AdviceNudgeMixin, forms.Form):
    title = forms.CharField(label="Title", required=False, strip=False)
    body = forms.CharField(
        label="Your message", widget=forms.Textarea(attrs={"rows": 12, "data-draft": "body"}), strip=False,
        required=False, help_text=BODY_HELP,
    )
    note = forms.CharField(
        label="What changed (optional)", max_length=200, required=False,
        help_text="Shown in the edit history, for example \"fixed a typo\".",
    )

    def __init__(self, *args, with_title: bool = False, post=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]
        self.add_note_fields(initial_post=post)
        self.order_fields(["title", "body", "content_notes", "content_note_other", "note"])

    def clean_title(self):
        try:
            return validate_title(self.cleaned_data["title"])
        except ValidationError as error:
            raise _field_error(error, "title")

    def clean_body(self):
        try:
            return validate_body(self.cleaned_data["body"])
        except ValidationError as error:
            raise _field_error(error, "body")

    def clean(self):
        cleaned = super().clean()
        self.check_advice_once()
        return cleaned

    def clean_note(self):
        note = self.cleaned_data["note"]
        if has_forbidden_characters(note):
            raise ValidationError("This contains invisible control characters. Please remove them.")
        return note.strip()


class RemovePostForm(forms.Form):
    reason = forms.CharField(
        label="Reason (optional, for moderators)", max_length=500, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MoveTopicForm(forms.Form):
    board = forms.ModelChoiceField(label="Move to board", queryset=None, empty_label=None)

    def __init__(self, *args, boards=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = boards


class ContentNotesForm(NotesMixin, forms.Form):
    """Only the notes of a post (its author, or a moderator on anyone's post)."""

    reason = forms.CharField(
        label="Reason (optional, for the audit log)", max_length=500, required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, post=None, by_author: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_note_fields(initial_post=post)
        self.order_fields(["content_notes", "content_note_other", "reason"])
        if by_author:
            del self.fields["reason"]


class ReadingPreferenceForm(forms.Form):
    collapsed_notes = forms.MultipleChoiceField(
        label="Fold away posts with these notes", choices=NOTES, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="You will see who wrote the post, when, and its notes, with a \u201cShow this post\u201d link. "
                  "Your own posts are never folded away.",
    )
    is_welcomer = forms.BooleanField(
        label="I\u2019d like to welcome new members",
        required=False,
        help_text="When a new member\u2019s first post is approved, you will see a prompt to reply with a welcome.",
    )


class DraftForm(forms.Form):
    """What static/js/forum.js sends to keep a draft (forum.views.drafts.draft_api)."""

    composer = forms.SlugField(max_length=16)
    target = forms.IntegerField(min_value=1)
    title = forms.CharField(required=False, strip=False, max_length=300)
    body = forms.CharField(required=False, strip=False, max_length=40_000)
    discard = forms.BooleanField(required=False)
    # When the composer asked for its draft (the server's time from GET /drafts/keep/).
    since = forms.DateTimeField(required=False)


class NoteSuggestionForm(forms.Form):
    """What static/js/care-notes.js sends to ask which notes to suggest (forum.views.care.note_suggestions)."""

    body = forms.CharField(required=False, strip=False, max_length=40_000)


class WelcomeForm(forms.Form):
    """The first-week welcome: a stage and the notes to fold away (both optional)."""

    stage = forms.ChoiceField(
        label="Where are you at the moment?", required=False,
        help_text="Optional. The home page then starts with the boards for your stage. You can change it any time.",
    )
    collapsed_notes = forms.MultipleChoiceField(
        label="Fold away posts with these notes", choices=NOTES, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Optional. You will still see who wrote the post and when, and can open it whenever you like.",
    )

    def __init__(self, *args, stages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [("", "I'd rather not say"), *stages]
