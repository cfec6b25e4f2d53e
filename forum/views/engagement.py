"""Views for reactions, subscriptions, notifications, bookmarks and search.

Toggle views answer a normal form post with a redirect back (JavaScript off) and a fetch with
`Accept: application/json` with the new state (static/js/forum-engagement.js).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts.limits import RateLimited, check_rate_limit
from accounts.redirects import safe_next_url
from forum import selectors, services
from forum.models import Board, NotificationSettings, Post, Reaction, Topic

# --- Forms ---------------------------------------------------------------------------------


class ReactionForm(forms.Form):
    kind = forms.ChoiceField(choices=Reaction.KINDS)


class ToggleForm(forms.Form):
    state = forms.ChoiceField(choices=[("on", "on"), ("off", "off")], required=False)


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["reply", "mention", "quote", "reaction", "message"]


class SearchForm(forms.Form):
    q = forms.CharField(label="Words to find", max_length=200, required=False)
    board = forms.ModelChoiceField(
        label="Board", queryset=Board.objects.none(), required=False, empty_label="All boards", to_field_name="slug"
    )
    author = forms.CharField(
        label="Written by", max_length=30, required=False, help_text="A member's display name, if you like."
    )

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = selectors.visible_boards(viewer).select_related(None).prefetch_related(None)
        self.fields["q"].widget.input_type = "search"

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())

    def clean_author(self):
        name = self.cleaned_data["author"].strip().lstrip("@")
        if not name:
            return None
        author = selectors.active_member_named(name)
        if author is None:
            raise forms.ValidationError("No member has that display name. Check the spelling, or leave it empty.")
        return author


# --- Helpers -------------------------------------------------------------------------------


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _back(request: HttpRequest, default: str) -> HttpResponse:
    return redirect(safe_next_url(request, request.POST.get("next") or request.GET.get("next"), default))


def _pages(page, query_string: str = "") -> dict:
    """Context for templates/forum/engagement/pagination.html."""
    page_range = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1) if page else []
    return {"page_obj": page, "page_range": page_range, "query_string": query_string}


def _post_for(post_id: int) -> Post:
    return selectors.post_or_404(post_id)


def _rate_limited(request: HttpRequest, exc: RateLimited, default: str) -> HttpResponse:
    """429 with Retry-After: JSON for fetch, otherwise back to the page with the calm message."""
    if _wants_json(request):
        response = JsonResponse({"error": "rate_limited", "message": exc.message}, status=429)
    else:
        messages.warning(request, exc.message)
        response = _back(request, default)  # without JavaScript: back to the page, message shown
    response["Retry-After"] = str(exc.retry_after)
    return response


def _sign_in_first(request: HttpRequest, default: str) -> HttpResponse:
    return redirect_to_login(request.POST.get("next") or default)


# --- Reactions and bookmarks ---------------------------------------------------------------


@require_POST
def react(request: HttpRequest, post_id: int) -> HttpResponse:
    post = _post_for(post_id)
    if not request.user.is_authenticated:
        return _sign_in_first(request, post.get_absolute_url())
    form = ReactionForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Please choose one of the reactions.", status=400, content_type="text/plain")
    try:
        check_rate_limit(request.user, "reaction")
    except RateLimited as exc:
        return _rate_limited(request, exc, post.get_absolute_url())
    reaction = services.toggle_reaction(request.user, post=post, kind=form.cleaned_data["kind"])
    if _wants_json(request):
        summary = selectors.reaction_summary(post, viewer=request.user)
        return JsonResponse(
            {"post_id": post.pk, "kind": form.cleaned_data["kind"], "mine": reaction is not None, **summary}
        )
    return _back(request, post.get_absolute_url())


@require_POST
def bookmark(request: HttpRequest, post_id: int) -> HttpResponse:
    post = _post_for(post_id)
    if not request.user.is_authenticated:
        return _sign_in_first(request, post.get_absolute_url())
    form = ToggleForm(request.POST)
    state = form.cleaned_data["state"] if form.is_valid() else ""
    saved = {"on": True, "off": False}.get(state)
    result = services.toggle_bookmark(request.user, post=post, saved=saved)
    if _wants_json(request):
        return JsonResponse({"post_id": post.pk, "bookmarked": result is not None})
    if result is not None:
        messages.success(request, "Saved to your bookmarks.")
    else:
        messages.info(request, "Removed from your bookmarks.")
    return _back(request, post.get_absolute_url())


@login_required
@require_GET
def bookmarks(request: HttpRequest) -> HttpResponse:
    page = selectors.bookmarks_for(request.user, page=request.GET.get("page"))
    return render(request, "forum/engagement/bookmarks.html", _pages(page))


# --- Following -----------------------------------------------------------------------------


def _follow(request: HttpRequest, *, topic: Topic | None = None, board: Board | None = None) -> HttpResponse:
    target = topic or board
    if not request.user.is_authenticated:
        return _sign_in_first(request, target.get_absolute_url())
    form = ToggleForm(request.POST)
    follow = not (form.is_valid() and form.cleaned_data["state"] == "off")
    if follow:
        services.subscribe(request.user, topic=topic, board=board)
    else:
        services.unsubscribe(request.user, topic=topic, board=board)
    if _wants_json(request):
        return JsonResponse({"following": follow})
    what = "topic" if topic else "board"
    if follow:
        news = "new replies" if topic else "new topics"
        messages.success(request, f"You are following this {what}. We'll let you know about {news}.")
    else:
        messages.info(request, f"You no longer follow this {what}.")
    return _back(request, target.get_absolute_url())


@require_POST
def follow_topic(request: HttpRequest, topic_id: int) -> HttpResponse:
    topic = selectors.topic_or_404(topic_id)
    return _follow(request, topic=topic)


@require_POST
def follow_board(request: HttpRequest, slug: str) -> HttpResponse:
    board = selectors.board_or_404(slug)
    return _follow(request, board=board)


# --- Notifications -------------------------------------------------------------------------


@login_required
@require_GET
def notifications(request: HttpRequest) -> HttpResponse:
    page = selectors.notifications_for(request.user, page=request.GET.get("page"))
    return render(request, "forum/engagement/notifications.html", _pages(page))


@login_required
@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    changed = services.mark_notifications_read(request.user)
    if _wants_json(request):
        return JsonResponse({"unread": 0, "changed": changed})
    if changed:
        messages.success(request, "All your notifications are marked as read.")
    return redirect("forum:notifications")


@login_required
@require_GET
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Follow a notification's link, marking it read on the way."""
    notification = selectors.notification_or_404(request.user, notification_id)
    if notification.read_at is None:
        services.mark_notifications_read(request.user, ids=[notification.pk])
    return redirect(safe_next_url(request, notification.url, reverse("forum:notifications")))


@login_required
def notification_settings(request: HttpRequest) -> HttpResponse:
    current = selectors.notification_settings_for(request.user)
    form = NotificationSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        services.update_notification_settings(request.user, **form.cleaned_data)
        messages.success(request, "Your notification settings are saved.")
        return redirect("forum:notification_settings")
    return render(request, "forum/engagement/notification_settings.html", {"form": form})


# --- Search --------------------------------------------------------------------------------


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, viewer=request.user)
    page = None
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        page = selectors.search(
            request.user, data["q"], board=data["board"], author=data["author"], page=request.GET.get("page")
        )
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "forum/engagement/search.html", {"form": form, **_pages(page, query.urlencode())})
