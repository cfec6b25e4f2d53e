"""Pages for posting and reading with care: reading settings and a post's content notes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.decorators import ratelimit

from forum import notes, nudge, permissions, selectors, services
from forum.forms import ContentNotesForm, NoteSuggestionForm, ReadingPreferenceForm


@require_GET
@cache_control(public=True, max_age=3600)
def care_rules(request):
    """The reminder and note-suggestion patterns for static/js/care-*.js (forum/nudge.py, forum/notes.py)."""
    return JsonResponse({**nudge.browser_rules(), **notes.browser_note_rules()})


# Enough for a suggestion after each pause in typing (the script asks 1.5 s after typing stops).
NOTE_SUGGESTIONS_RATE = "20/m"


@login_required
@require_POST
@ratelimit(key="user", rate=NOTE_SUGGESTIONS_RATE, group="haven.note_suggestions", block=False)
def note_suggestions(request):
    """POST body (and CSRF): the content notes to suggest for it, phrases and the crisis
    detector together ({"notes": [{code, label}]}). The detector stays on the server; nothing
    is kept or told to moderators. 429 {"notes": []} past the rate."""
    if getattr(request, "limited", False):
        return JsonResponse({"notes": [], "error": "Too many requests just now."}, status=429)
    form = NoteSuggestionForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"notes": [], "error": "This text is too long to check."}, status=400)
    codes = selectors.suggested_notes(form.cleaned_data["body"])
    return JsonResponse({"notes": [{"code": code, "label": notes.NOTE_LABELS[code]} for code in codes]})


@login_required
def reading_settings(request):
    preference = selectors.reading_preference(request.user)
    form = ReadingPreferenceForm(
        request.POST if request.method == "POST" else None,
        initial={"collapsed_notes": preference.collapsed_notes, "is_welcomer": preference.is_welcomer},
    )
    if request.method == "POST" and form.is_valid():
        services.set_reading_preference(
            request.user, collapsed_notes=form.cleaned_data["collapsed_notes"],
            is_welcomer=form.cleaned_data["is_welcomer"],
        )
        messages.success(request, "Your reading settings are saved.")
        return redirect("forum:reading_settings")
    return render(request, "forum/care/reading_settings.html", {"form": form})


@login_required
def post_notes(request, post_id):
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    permissions.check_change_content_notes(request.user, post)
    form = ContentNotesForm(
        request.POST if request.method == "POST" else None, post=post, by_author=post.author_id == request.user.pk
    )
    if request.method == "POST" and form.is_valid():
        post = services.set_content_notes(
            post, by=request.user, notes=form.cleaned_data["content_notes"],
            other=form.cleaned_data["content_note_other"], reason=form.cleaned_data.get("reason", ""),
        )
        messages.success(request, "The content notes are saved.")
        return redirect(post.get_absolute_url())
    return render(request, "forum/care/post_notes.html", {"post": post, "topic": post.topic, "form": form})
