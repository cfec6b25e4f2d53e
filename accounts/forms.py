from django import forms
from django.contrib.auth import get_user_model

from accounts.services import record_signup_agreements
from accounts.validators import display_name_validators

User = get_user_model()


class SignupExtraForm(forms.Form):
    """Extra sign-up questions: the community guidelines and the age limit (stored with a timestamp)."""

    accept_guidelines = forms.BooleanField(
        label="I have read the community guidelines and agree to follow them.",
        error_messages={"required": "Please read and accept the community guidelines to join."},
    )
    confirm_adult = forms.BooleanField(
        label="I am 18 or older.",
        error_messages={"required": "Haven is for adults. Please confirm you are 18 or older."},
    )

    def signup(self, request, user):
        record_signup_agreements(user)


class ProfileSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "username", "bio", "country", "stage", "show_stage_on_posts", "hide_other_stages",
            "show_signature", "theme", "text_size",
        ]
        labels = {"username": "Display name", "bio": "About you (optional)", "country": "Country code"}
        help_texts = {
            "stage": "Optional. Shown on your profile; the home page starts with the boards for your stage.",
            "show_signature": "A one-line summary written from your taper journal, for example your current dose "
            "and when you last cut. It is worked out from all your entries, including ones only you can see, "
            "and shown to everyone who can read your posts. You can switch it off at any time.",
            "country": "Two letters, like US, GB, IE, AU or CA. Used only to show crisis lines for where you live.",
            "bio": "Up to 1,000 characters. Shown on your profile.",
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].validators = list(display_name_validators)
        self.fields["stage"].choices = [("", "Not set")] + list(User.STAGES)

    def clean_username(self):
        name = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=name).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("That display name is taken. Please choose another.")
        return name

    def clean_country(self):
        value = self.cleaned_data["country"].strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise forms.ValidationError("Use the two-letter country code, like GB or US, or leave it empty.")
        return value


class DeleteAccountForm(forms.Form):
    KEEP, ERASE = "keep", "erase"
    what_happens = forms.ChoiceField(
        label="What happens to what you wrote",
        choices=[
            (KEEP, "Keep my posts under \u201cdeleted member\u201d. Replies to them still make sense; "
                   "nobody can tell they were yours."),
            (ERASE, "Remove my posts' text too. Your posts and chat messages stay in place, each saying "
                    "\u201cThis was removed at the writer's request\u201d, so replies keep their order."),
        ],
        widget=forms.RadioSelect,
        initial=KEEP,
        required=False,  # unanswered means keep: nothing more is removed than the member chose
    )
    password = forms.CharField(
        label="Your password", widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password is not right. Nothing has been deleted.")
        return password


class AppearanceForm(forms.Form):
    """Theme and text size; works for visitors too (stored in a cookie)."""

    theme = forms.ChoiceField(choices=User.THEMES, label="Theme")
    text_size = forms.ChoiceField(choices=User.TEXT_SIZES, label="Text size")
