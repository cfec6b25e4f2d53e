"""The e-mail settings form: a mode per kind, the digest schedule, the time zone, quiet hours."""

import datetime

from django import forms

from mailing.kinds import KINDS, MODES, NOW, OFF
from mailing.models import MailPreference
from mailing.schedule import time_zone_names

HOURS = [(h, f"{h:02d}:00") for h in range(24)]
HALF_HOURS = [(f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}") for h in range(24) for m in (0, 30)]
HELP = {
    "moderation": "Warnings, decisions about your posts and news from the Haven team.",
    "crisis_alert": "When a post looks like someone may be in danger. Shown to moderators only.",
    "reaction": "Most people leave this off.",
}


def _to_time(value: str) -> datetime.time:
    hours, minutes = value.split(":")
    return datetime.time(int(hours), int(minutes))


class EmailSettingsForm(forms.Form):
    digest_frequency = forms.ChoiceField(label="How often", choices=MailPreference.FREQUENCIES,
                                         widget=forms.RadioSelect)
    digest_hour = forms.TypedChoiceField(label="At", choices=HOURS, coerce=int)
    digest_weekday = forms.TypedChoiceField(label="On (weekly digests)", choices=MailPreference.WEEKDAYS, coerce=int)
    time_zone = forms.ChoiceField(label="Your time zone", help_text="Digests and quiet hours follow this clock.")
    quiet_hours = forms.BooleanField(label="Keep quiet hours", required=False)
    quiet_start = forms.TypedChoiceField(label="Quiet from", choices=HALF_HOURS, coerce=_to_time)
    quiet_end = forms.TypedChoiceField(label="Quiet until", choices=HALF_HOURS, coerce=_to_time)
    urgent_in_quiet_hours = forms.BooleanField(
        label="Still send notices from the moderators (and crisis alerts, for moderators) during quiet hours",
        required=False,
    )

    def __init__(self, *args, pref: MailPreference, show_crisis: bool, **kwargs):
        initial = {
            name: getattr(pref, name)
            for name in ("digest_frequency", "digest_hour", "digest_weekday", "time_zone", "quiet_hours",
                         "urgent_in_quiet_hours")
        }
        initial["quiet_start"] = pref.quiet_start.strftime("%H:%M")
        initial["quiet_end"] = pref.quiet_end.strftime("%H:%M")
        self.kinds = [k for k in KINDS if show_crisis or not k.moderators_only]
        for kind in self.kinds:
            initial[f"mode_{kind.key}"] = pref.mode(kind.key)
        super().__init__(*args, initial=initial, **kwargs)
        self.fields["time_zone"].choices = [(name, name.replace("_", " ")) for name in sorted(time_zone_names())]
        for kind in self.kinds:
            choices = [c for c in MODES if c[0] in (NOW, OFF)] if kind.key == "crisis_alert" else MODES
            self.fields[f"mode_{kind.key}"] = forms.ChoiceField(
                label=kind.label, choices=choices, widget=forms.RadioSelect, help_text=HELP.get(kind.key, "")
            )

    def clean_time_zone(self) -> str:
        value = self.cleaned_data["time_zone"]
        if value not in time_zone_names():
            raise forms.ValidationError("Please choose a time zone from the list.")
        return value

    def clean(self):
        data = super().clean()
        if data.get("quiet_hours") and data.get("quiet_start") and data.get("quiet_start") == data.get("quiet_end"):
            self.add_error("quiet_end", "Quiet hours need a different start and end time.")
        return data

    def kind_fields(self):
        return [self[f"mode_{kind.key}"] for kind in self.kinds]

    def digest_fields(self):
        return [self[name] for name in ("digest_frequency", "digest_hour", "digest_weekday", "time_zone")]

    def quiet_fields(self):
        return [self[name] for name in ("quiet_hours", "quiet_start", "quiet_end", "urgent_in_quiet_hours")]

    def modes(self) -> dict[str, str]:
        return {kind.key: self.cleaned_data[f"mode_{kind.key}"] for kind in self.kinds}

    def schedule(self) -> dict:
        names = ("digest_frequency", "digest_hour", "digest_weekday", "time_zone", "quiet_hours",
                 "quiet_start", "quiet_end", "urgent_in_quiet_hours")
        return {name: self.cleaned_data[name] for name in names}

