from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.template.response import TemplateResponse
from django.urls import path
from django_moderation.models import ModeratedObject

from accounts.admin_audit import AuditedAdmin
from accounts.admin_mixins import ReadOnlyAdmin
from moderation.crisis import assess_text
from moderation.detector import CATEGORY_LABELS
from moderation.models import CrisisLine, CrisisPhrase, Flag, ModeratorNote, QueueItem

# django-moderation's own admin page would approve or reject outside the review queue (no audit
# entry, no notice to the author) and crashes on items whose content is gone: decisions are made
# in the queue only.
if admin.site.is_registered(ModeratedObject):
    admin.site.unregister(ModeratedObject)


class TrySentenceForm(forms.Form):
    text = forms.CharField(
        label="A sentence to try", max_length=4000, widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Nothing is saved. The detector and the active phrases below are applied exactly as on the site.",
    )


@admin.register(CrisisPhrase)
class CrisisPhraseAdmin(AuditedAdmin):
    """Admins' extra phrases (additions to the detector) and a "try a sentence" box; changes are audited."""

    audited_fields = ("phrase", "is_active")

    list_display = ["phrase", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["phrase"]
    change_list_template = "admin/haven_moderation/crisisphrase/change_list.html"

    def get_urls(self):
        try_url = path("try/", self.admin_site.admin_view(self.try_sentence), name="haven_moderation_crisis_try")
        return [try_url, *super().get_urls()]

    def try_sentence(self, request):
        """Show what the detector says about a sentence and why (level, categories, the words)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = TrySentenceForm(request.POST or None)
        assessment = assess_text(form.cleaned_data["text"]) if request.method == "POST" and form.is_valid() else None
        context = {
            **self.admin_site.each_context(request),
            "title": "Try a sentence on the crisis detector",
            "opts": self.model._meta,
            "form": form,
            "assessment": assessment,
            "category_labels": [CATEGORY_LABELS.get(c, c) for c in assessment.categories] if assessment else [],
        }
        return TemplateResponse(request, "admin/haven_moderation/crisisphrase/try.html", context)


@admin.register(CrisisLine)
class CrisisLineAdmin(admin.ModelAdmin):
    list_display = ["label", "country", "how", "position"]
    list_editable = ["position"]
    list_filter = ["country"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(QueueItem)
class QueueItemAdmin(ReadOnlyAdmin):
    list_display = ["id", "kind", "title", "status", "is_crisis", "flag_weight", "created_at"]
    list_filter = ["status", "kind", "is_crisis"]


@admin.register(Flag)
class FlagAdmin(ReadOnlyAdmin):
    list_display = ["id", "reason", "flagger", "weight", "outcome", "created_at"]
    list_filter = ["reason", "outcome"]


@admin.register(ModeratorNote)
class ModeratorNoteAdmin(ReadOnlyAdmin):
    list_display = ["member", "author", "created_at"]
