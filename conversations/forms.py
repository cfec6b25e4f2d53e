"""Forms for private messages. Errors are shown next to the field, keeping what was typed."""

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.db.models.functions import Lower

from conversations.models import MAX_MESSAGE_CHARS, SUBJECT_MAX, MessagingSettings
from conversations.services.messaging import CLIENT_ID_PATTERN, MAX_OTHERS
from forum.forms import AdviceNudgeMixin

User = get_user_model()

BODY_ERRORS = {
    "required": "Please write a message first.",
    "max_length": f"Messages can be up to {MAX_MESSAGE_CHARS:,} characters. "
    "Please shorten it a little; your text is still here.",
}


def new_client_id() -> str:
    return uuid.uuid4().hex


class _MessageForm(AdviceNudgeMixin, forms.Form):
    """A message's text. The "experience, not instructions" reminder shows once (forum/nudge.py);
    "Send as it is" sends it. Unlike a forum post, nothing is queued for moderators: they do not
    read private conversations (docs/messages.md)."""

    body = forms.CharField(
        label="Message",
        max_length=MAX_MESSAGE_CHARS,
        # data-draft: static/js/forum.js keeps the text in this browser only (never on the server:
        # a private message's draft stays with its writer's device).
        widget=forms.Textarea(attrs={"rows": 5, "data-draft": "body"}),
        help_text=f"Up to {MAX_MESSAGE_CHARS:,} characters. Markdown works: **bold**, *italic*, > quote.",
        error_messages=BODY_ERRORS,
    )
    # Made when the page is drawn, so sending the same form twice stores one message.
    client_id = forms.RegexField(regex=CLIENT_ID_PATTERN, widget=forms.HiddenInput, initial=new_client_id,
                                 error_messages={"required": "Please reload the page and try again."})

    def clean(self):
        cleaned = super().clean()
        self.check_advice_once()
        return cleaned


class ReplyForm(_MessageForm):
    pass


class TeamMessageForm(_MessageForm):
    subject = forms.CharField(label="Subject (optional)", max_length=SUBJECT_MAX, required=False,
                              widget=forms.TextInput(attrs={"data-draft": "subject"}))
    field_order = ["subject", "body", "client_id"]


class NewConversationForm(_MessageForm):
    to = forms.CharField(
        label="To",
        max_length=200,
        help_text=f"Display names, separated by commas (up to {MAX_OTHERS} people).",
        widget=forms.TextInput(attrs={"data-draft": "to", "autocomplete": "off"}),
        error_messages={"required": "Please write who the message is for."},
    )
    subject = forms.CharField(label="Subject (optional)", max_length=SUBJECT_MAX, required=False,
                              widget=forms.TextInput(attrs={"data-draft": "subject"}))
    field_order = ["to", "subject", "body", "client_id"]

    def clean_to(self) -> list:
        names = [name.strip().lstrip("@") for name in self.cleaned_data["to"].split(",") if name.strip()]
        if not names:
            raise forms.ValidationError("Please write who the message is for.")
        if len(names) > MAX_OTHERS:
            raise forms.ValidationError(f"A conversation can have up to {MAX_OTHERS} other people.")
        people = User.objects.annotate(lname=Lower("username")).filter(
            lname__in=[name.lower() for name in names], is_active=True, deleted_at__isnull=True
        )
        found = {user.username.lower(): user for user in people}
        missing = [name for name in names if name.lower() not in found]
        if missing:
            raise forms.ValidationError(f"We couldn't find a member called {', '.join(missing)}. "
                                        "Please check the spelling.")
        return [found[name.lower()] for name in names]


class MessagingSettingsForm(forms.Form):
    allow_from = forms.ChoiceField(
        label="Who can start a conversation with me",
        choices=MessagingSettings.CHOICES,
        widget=forms.RadioSelect,
        help_text="Conversations you are already in carry on. The Haven team can always write to you.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Why do you need to read this whole conversation?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Written to the audit log with your name.",
        error_messages={"required": "Please write a reason first."},
    )
