from django import forms

from forum.models import Board
from forum.sanitize import has_forbidden_characters
from resources.citations import parse_citations
from resources.models import ClinicianApplication

REVIEW_PERIODS = [(3, "3 months"), (6, "6 months"), (12, "12 months (usual)"), (18, "18 months"), (24, "24 months")]


class _NoControlCharacters:
    def _check_text(self, name: str):
        value = self.cleaned_data.get(name, "")
        if value and has_forbidden_characters(value):
            raise forms.ValidationError("This contains invisible control characters. Please retype it.")
        return value


class ClinicianApplicationForm(forms.ModelForm):
    registry_url = forms.URLField(
        label="Public registry link",
        max_length=500,
        assume_scheme="https",
        help_text=ClinicianApplication._meta.get_field("registry_url").help_text,
        error_messages={"invalid": "Please give a full web address, like https://register.example.org/12345."},
    )

    class Meta:
        model = ClinicianApplication
        fields = ["profession", "registration_number", "issuing_body", "jurisdiction", "statement"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 6})}

    field_order = ["profession", "registration_number", "issuing_body", "jurisdiction", "registry_url", "statement"]


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label="Reason (shown to the applicant)", widget=forms.Textarea(attrs={"rows": 3}), max_length=1000
    )


class ResourceForm(_NoControlCharacters, forms.Form):
    title = forms.CharField(max_length=150)
    summary = forms.CharField(
        max_length=600, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Two or three plain sentences shown in lists and search results.",
    )
    audience_note = forms.CharField(
        label="Who it is for", max_length=300, required=False,
        help_text="For example: people thinking about a taper, or family and carers.",
    )
    body = forms.CharField(
        label="Text", widget=forms.Textarea(attrs={"rows": 20}), max_length=60000,
        help_text="Markdown: ## headings, lists, **bold**, links and tables. No doses or taper schedules.",
    )
    citations = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text="One per line: doi:10.xxxx/…, pmid:12345678, https://… or ref: for a book without a link. "
        "Add a description after a | sign.",
    )
    boards = forms.ModelMultipleChoiceField(
        label="Pin to boards", queryset=Board.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Once published, the resource is shown at the top of these boards.",
    )
    discussion_board = forms.ModelChoiceField(
        label="Board for the discussion topic", queryset=Board.objects.none(), required=False,
        help_text="When first published, a topic for discussing it is opened here.",
    )
    change_note = forms.CharField(
        label="What changed", max_length=300, required=False, help_text="Shown in the version history."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        boards = Board.objects.select_related("group").order_by("group__position", "position", "id")
        self.fields["boards"].queryset = boards
        self.fields["discussion_board"].queryset = boards

    def clean_title(self):
        return self._check_text("title")

    def clean_summary(self):
        return self._check_text("summary")

    def clean_body(self):
        return self._check_text("body")

    def clean_citations(self):
        return parse_citations(self.cleaned_data.get("citations", ""))


class SignOffForm(forms.Form):
    review_months = forms.TypedChoiceField(
        label="Next review in", choices=REVIEW_PERIODS, coerce=int, initial=12,
    )


class ReviewPeriodForm(SignOffForm):
    note = forms.CharField(label="Note (optional)", max_length=500, required=False)


class ReturnForm(forms.Form):
    note = forms.CharField(label="What needs to change", widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)


class RetireForm(forms.Form):
    reason = forms.CharField(label="Why retire it", widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label="Search guidance", required=False, max_length=200)
    board = forms.ModelChoiceField(
        label="Board", queryset=Board.objects.none(), required=False, empty_label="All boards",
        to_field_name="slug",
    )

    def __init__(self, *args, boards=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = boards if boards is not None else Board.objects.all()
