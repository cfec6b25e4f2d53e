"""Forms for journal entries, visibility, the stage and CSV import. Errors sit next to their
field and keep what was typed."""


from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from journal.equivalence import MEDICATION_CHOICES, OTHER
from journal.models import ENTRY_VISIBILITY, SYMPTOMS, VISIBILITY, Dose, Entry

User = get_user_model()
DOSE_SLOTS = 2
NUMBER = {"inputmode": "decimal", "autocomplete": "off"}


def validate_dose(*, medication: str, other_name: str, amount, unit: str, strength) -> dict[str, str]:
    """Field name -> message for one dose; empty when it is valid. Shared with CSV import."""
    errors = {}
    if medication == OTHER and not other_name.strip():
        errors["other_name"] = "Type the name of the medication."
    if amount is None:
        errors["amount"] = "Enter the dose as a number, like 12 or 0.5."
    elif amount <= 0:
        errors["amount"] = "A dose must be more than 0."
    if unit not in dict(Dose.UNITS):
        errors["unit"] = "Choose mg, mcg or ml."
    elif unit == Dose.ML and (strength is None or strength <= 0):
        errors["strength"] = "For a liquid, give its strength in mg per ml (from the bottle)."
    return errors


def validate_date(value) -> str:
    return "The date cannot be in the future." if value > timezone.localdate() else ""


class EntryForm(forms.Form):
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    marker = forms.ChoiceField(label="Change today", choices=Entry.MARKERS, required=False)
    note = forms.CharField(
        label="Note (optional)", required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            "Markdown is fine. Only people who can see this entry will see it. A private note is never "
            "passed on: if it sounds like you may be in danger, only you are shown where to find help. "
            "A shared note is read like a post, so a moderator may be asked to look in on you."
        ),
    )
    visibility = forms.ChoiceField(label="Who can see this entry", choices=ENTRY_VISIBILITY)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for slot in range(1, DOSE_SLOTS + 1):
            optional = " (optional)" if slot > 1 else ""
            self.fields[f"medication_{slot}"] = forms.ChoiceField(
                label=f"Medication {slot}{optional}", required=False,
                choices=[("", "None")] + MEDICATION_CHOICES,
            )
            self.fields[f"other_name_{slot}"] = forms.CharField(
                label=f"Name, if other (medication {slot})", required=False, max_length=60)
            self.fields[f"amount_{slot}"] = forms.DecimalField(
                label=f"Dose (medication {slot})", required=False, max_digits=9, decimal_places=3,
                widget=forms.TextInput(attrs=NUMBER))
            self.fields[f"unit_{slot}"] = forms.ChoiceField(label=f"Unit (medication {slot})", choices=Dose.UNITS)
            self.fields[f"strength_{slot}"] = forms.DecimalField(
                label=f"Strength in mg per ml, for a liquid (medication {slot})", required=False,
                max_digits=9, decimal_places=3, widget=forms.TextInput(attrs=NUMBER))
        for name, label in SYMPTOMS:
            self.fields[name] = forms.IntegerField(
                label=f"{label} (0 none – 10 worst)", required=False, min_value=0, max_value=10,
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": 10}),
                error_messages={"min_value": "Use a number from 0 to 10.", "max_value": "Use a number from 0 to 10.",
                                "invalid": "Use a whole number from 0 to 10."},
            )

    def clean_date(self):
        value = self.cleaned_data["date"]
        if message := validate_date(value):
            raise forms.ValidationError(message)
        return value

    def clean(self):
        data = super().clean()
        for slot in range(1, DOSE_SLOTS + 1):
            medication = data.get(f"medication_{slot}")
            if not medication:
                if data.get(f"amount_{slot}") is not None:
                    self.add_error(f"medication_{slot}", "Choose the medication this dose is for.")
                continue
            errors = validate_dose(
                medication=medication, other_name=data.get(f"other_name_{slot}", ""),
                amount=data.get(f"amount_{slot}"), unit=data.get(f"unit_{slot}", ""),
                strength=data.get(f"strength_{slot}"),
            )
            for name, message in errors.items():
                if f"{name}_{slot}" not in self.errors:
                    self.add_error(f"{name}_{slot}", message)
        return data

    def doses(self) -> list[dict]:
        found = []
        for slot in range(1, DOSE_SLOTS + 1):
            if medication := self.cleaned_data.get(f"medication_{slot}"):
                unit = self.cleaned_data[f"unit_{slot}"]
                found.append({
                    "medication": medication,
                    "other_name": self.cleaned_data[f"other_name_{slot}"].strip() if medication == OTHER else "",
                    "amount": self.cleaned_data[f"amount_{slot}"],
                    "unit": unit,
                    "strength_mg_per_ml": self.cleaned_data[f"strength_{slot}"] if unit == Dose.ML else None,
                })
        return found

    def ratings(self) -> dict:
        return {name: self.cleaned_data.get(name) for name, _ in SYMPTOMS}


def initial_for(entry=None, *, previous=None) -> dict:
    """Initial values: an entry being edited, or today's date with the last logged doses."""
    source = entry or previous
    initial = {"date": entry.date if entry else timezone.localdate(), "visibility": "journal"}
    if entry is not None:
        initial.update(marker=entry.marker, note=entry.note_source, visibility=entry.visibility,
                       **{name: getattr(entry, name) for name, _ in SYMPTOMS})
    for slot, dose in enumerate(list(source.doses.all())[:DOSE_SLOTS] if source else [], start=1):
        initial.update({
            f"medication_{slot}": dose.medication, f"other_name_{slot}": dose.other_name,
            f"amount_{slot}": dose.amount.normalize(), f"unit_{slot}": dose.unit,
            f"strength_{slot}": dose.strength_mg_per_ml.normalize() if dose.strength_mg_per_ml else None,
        })
    return initial


class VisibilityForm(forms.Form):
    visibility = forms.ChoiceField(label="Who can see my journal", choices=VISIBILITY, widget=forms.RadioSelect)


class StageForm(forms.Form):
    stage = forms.ChoiceField(label="Your stage", choices=[("", "Not set")] + list(User.STAGES), required=False)


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file exported from Haven (or in the same columns)")


class ChartOptionsForm(forms.Form):
    equivalent = forms.BooleanField(label="Also show approximate diazepam equivalent", required=False)


