"""Validation of inbound websocket frames: one small form per client message type."""

import re

from django import forms

from forum.nudge import REMINDER, check_advice
from realtime.services import CLIENT_ID_PATTERN, MAX_MESSAGE_CHARS

# Sized for the promised MAX_MESSAGE_CHARS characters whatever they are: the worst case per
# character is an astral one (emoji) that a client JSON-escapes as a surrogate pair,
# "\ud83d\ude00" = 12 bytes (raw UTF-8 is 4), plus room for the envelope and other fields.
MAX_FRAME_BYTES = MAX_MESSAGE_CHARS * 12 + 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
# The only fields a frame may send as JSON true/false (every other field is a number or text).
BOOLEAN_FIELDS = frozenset({"send_as_is"})
ADVICE_REMINDER = "advice_reminder"


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


class _AdviceOnceMixin(forms.Form):
    """The rule 2 reminder (forum/nudge.py) once: a body that reads as medication instructions to
    someone else is refused with code "advice_reminder" unless the frame says "send_as_is": true
    (the member saw the reminder and sends anyway; the service then queues it at low priority)."""

    send_as_is = forms.BooleanField(required=False)
    advice_evidence = ""

    def clean_send_as_is(self):
        value = self.data.get("send_as_is")
        if not (value is None or isinstance(value, bool)):  # 1 == True in Python: check the type
            raise forms.ValidationError('"send_as_is" must be true or false.')
        return self.data.get("send_as_is") is True

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body and not cleaned.get("send_as_is"):
            check = check_advice(body)
            if check.is_instruction:
                self.advice_evidence = check.evidence
                self.add_error("body", forms.ValidationError(REMINDER, code=ADVICE_REMINDER))
        return cleaned


class SendForm(_RoomForm, _AdviceOnceMixin, _BodyMixin):
    client_id = forms.RegexField(
        regex=CLIENT_ID_PATTERN, error_messages={"invalid": "The message id must be 1 to 64 letters, digits or -_.:"}
    )


class EditForm(_AdviceOnceMixin, _BodyMixin):
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
    """"too_long" when the message body is over the limit, "advice_reminder" when the only
    problem is the rule 2 reminder, else "invalid"."""
    errors = form.errors.as_data()
    for error in errors.get("body", []):
        if error.code == "max_length":
            return "too_long"
    if list(errors) == ["body"] and all(error.code == ADVICE_REMINDER for error in errors["body"]):
        return "advice_reminder"
    return "invalid"
