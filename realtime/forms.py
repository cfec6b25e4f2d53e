"""Validation of inbound websocket frames: one small form per client message type."""

import re

from django import forms

from realtime.services import CLIENT_ID_PATTERN, MAX_MESSAGE_CHARS

# Sized for the promised MAX_MESSAGE_CHARS characters whatever they are: the worst case per
# character is an astral one (emoji) that a client JSON-escapes as a surrogate pair,
# "\ud83d\ude00" = 12 bytes (raw UTF-8 is 4), plus room for the envelope and other fields.
MAX_FRAME_BYTES = MAX_MESSAGE_CHARS * 12 + 1024
_SURROGATE = re.compile("[\ud800-\udfff]")


class _RoomForm(forms.Form):
    room = forms.IntegerField(min_value=1)


class JoinForm(_RoomForm):
    after_id = forms.IntegerField(min_value=0, required=False)


class LeaveForm(_RoomForm):
    pass


class TypingForm(_RoomForm):
    pass


class HistoryForm(_RoomForm):
    before_id = forms.IntegerField(min_value=1, required=False)


class CatchUpForm(_RoomForm):
    after_id = forms.IntegerField(min_value=0)


class ReadForm(_RoomForm):
    last_id = forms.IntegerField(min_value=0)


class _BodyMixin(forms.Form):
    body = forms.CharField(
        max_length=MAX_MESSAGE_CHARS,
        strip=True,
        error_messages={
            "required": "Please write a message first.",
            "max_length": f"Messages can be up to {MAX_MESSAGE_CHARS:,} characters.",
        },
    )

    def clean_body(self):
        """NUL is refused by the field; so are lone surrogates (half an emoji), which cannot be stored."""
        body = self.cleaned_data["body"]
        if _SURROGATE.search(body):
            raise forms.ValidationError("This message contains a broken character. Please retype it.")
        return body


class SendForm(_RoomForm, _BodyMixin):
    client_id = forms.RegexField(
        regex=CLIENT_ID_PATTERN, error_messages={"invalid": "The message id must be 1 to 64 letters, digits or -_.:"}
    )


class EditForm(_BodyMixin):
    id = forms.IntegerField(min_value=1)


class DeleteForm(forms.Form):
    id = forms.IntegerField(min_value=1)


class TopicForm(forms.Form):
    topic = forms.IntegerField(min_value=1)


class EmptyForm(forms.Form):
    pass


FORMS: dict[str, type[forms.Form]] = {
    "ping": EmptyForm,
    "watch_rooms": EmptyForm,
    "join": JoinForm,
    "leave": LeaveForm,
    "send": SendForm,
    "edit": EditForm,
    "delete": DeleteForm,
    "history": HistoryForm,
    "catch_up": CatchUpForm,
    "typing": TypingForm,
    "read": ReadForm,
    "subscribe": TopicForm,
    "unsubscribe": TopicForm,
}


def error_code_for(form: forms.Form) -> str:
    """"too_long" when the message body is over the limit, else "invalid"."""
    for error in form.errors.as_data().get("body", []):
        if error.code == "max_length":
            return "too_long"
    return "invalid"
