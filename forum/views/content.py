"""Pages for boards, topics and posts: form -> permission -> one service -> render."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.limits import RateLimited, check_rate_limit, with_retry_after
from accounts.permissions import can_moderate, refusal, roles_of
from accounts.selectors import profile_user
from accounts.services import record_visit
from forum import fragments, permissions, selectors, services
from forum.cache import cache_for_visitors
from forum.context_processors import FollowedIds
from forum.forms import EditPostForm, MoveTopicForm, RemovePostForm, ReplyForm, TopicForm
from forum.models import Topic

HELD_MESSAGE = (
    "Thank you. Your post is waiting for a moderator, which usually does not take long. "
    "You can see it now, marked \u201cawaiting review\u201d; others will see it once it is approved."
)
CLEAR_DRAFT_KEY = "forum_clear_draft"
INTRODUCTION_TEMPLATE = {
    "title": "Hello from ",
    "body": (
        "Hello everyone, I'm new here.\n\n"
        "Where I am at the moment (share only what you want to):\n\n"
        "What I'm hoping to find here:\n\n"
        "Something that helps me on hard days:\n"
    ),
}


def hide_from_visitors(view):
    """Signed-out visitors get one page for "not found" and "members only" alike (404), so
    members-only content is never revealed, with a way to log in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            if request.user.is_authenticated:
                raise
            return render(request, "forum/not_found.html", {"login_next": request.get_full_path()}, status=404)

    return wrapped


def _page_url(topic, page: int, post_id: int | None = None, *, show: bool = False) -> str:
    url = topic.get_absolute_url()
    query = [f"page={page}"] if page > 1 else []
    if show and post_id is not None:
        query.append(f"show={post_id}")  # "Show this post" on a post folded away by a content note
    if query:
        url += "?" + "&".join(query)
    if post_id is not None:
        url += f"#post-{post_id}"
    return url


EDIT_HELD_MESSAGE = (
    "Thank you. A moderator will look at your change soon. Until then everyone sees the earlier version."
)


def _post_url(post, *, viewer, show: bool = False) -> str:
    return _page_url(post.topic, selectors.page_number_for_post(viewer=viewer, post=post), post.pk, show=show)


def _after_write(request, obj, *, draft_key: str) -> None:
    """Messages for what the content policy decided, and the browser draft to clear."""
    decision = getattr(obj, "policy_decision", None)
    if decision is not None and decision.crisis:
        request.session["haven_crisis"] = True
    if decision is not None and decision.held_for_review:
        messages.info(request, HELD_MESSAGE)
    request.session[CLEAR_DRAFT_KEY] = draft_key


def _prepare_posts(request, posts, topic) -> list:
    """Per-post permissions (no queries: roles and sanctions are cached on the user), engagement,
    links, and the cached pieces every reader sees alike (forum/fragments.py)."""
    viewer = request.user
    posts = list(posts)
    can_reply = permissions.can_reply_to_topic(viewer, topic)
    for post in posts:
        post.can_edit = permissions.can_edit_post(viewer, post)
        post.can_remove = permissions.can_remove_post(viewer, post)
        post.can_quote = can_reply and post.is_public and not post.is_removed
        post.can_see_history = post.edit_count > 0 and permissions.can_view_revisions(viewer, post)
        post.can_see_removed = post.is_removed and permissions.can_moderate_forum(viewer)
        post.can_change_notes = post.can_edit and permissions.can_change_content_notes(viewer, post)
    selectors.mark_collapsed(posts, viewer=viewer, shown=selectors.shown_post_ids(request.GET.getlist("show")))
    engagement = selectors.post_engagement(posts, viewer=viewer) if posts else {}
    for post in posts:
        post.engagement = engagement.get(post.pk, {})
    fragments.attach_links(posts)
    fragments.attach_fragments(posts)
    return posts


# --- Reading -------------------------------------------------------------------------------


@require_GET
@cache_for_visitors("home")
def home(request):
    since = record_visit(request.user) if request.user.is_authenticated else None
    return render(request, "forum/home.html", {"home": selectors.home_page(viewer=request.user, since=since)})


@require_GET
@cache_for_visitors("board")
@hide_from_visitors
def board(request, slug):
    board = selectors.board_for_viewer(viewer=request.user, slug=slug)
    page = selectors.board_topics_page(viewer=request.user, board=board, page=request.GET.get("page"))
    return render(
        request,
        "forum/board.html",
        {
            "board": board,
            "page": page,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "can_create_topic": permissions.can_create_topic(request.user, board),
        },
    )


def _count_cached_view(request, topic_id=0, **kwargs) -> None:
    """A topic page served from the visitors' cache still counts as a view."""
    services.record_topic_view(Topic(pk=topic_id))


@require_GET
@cache_for_visitors("topic", on_hit=_count_cached_view)
@hide_from_visitors
def topic(request, topic_id, slug=None):
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id, reader_state=True)
    if slug != topic.slug:
        url = topic.get_absolute_url()
        if request.GET.get("page"):
            url += "?" + request.GET.urlencode()
        return redirect(url, permanent=True)
    viewer = request.user
    page = selectors.topic_posts_page(viewer=viewer, topic=topic, page=request.GET.get("page"))
    posts = _prepare_posts(request, page.object_list, topic)
    last_position = posts[-1].position if posts else -1
    read_position = getattr(topic, "reader_position", None)
    services.record_topic_view(topic)
    topic.view_count += 1
    if viewer.is_authenticated and posts:
        services.mark_topic_read(viewer, topic=topic, position=last_position, known_position=read_position)
    can_reply = permissions.can_reply_to_topic(viewer, topic)
    reply_denied = ""
    if viewer.is_authenticated and not can_reply:
        reply_denied = refusal(permissions.check_reply_to_topic, viewer, topic)
    is_moderator = can_moderate(viewer)
    return render(
        request,
        "forum/topic.html",
        {
            "topic": topic,
            "board": topic.board,
            "page": page,
            "posts": posts,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "last_position": last_position,
            "has_unread": read_position is not None
            and topic.last_post_id is not None
            and read_position < last_position_of(topic),
            "can_reply": can_reply,
            "reply_denied": reply_denied,
            "reply_form": ReplyForm() if can_reply and not page.has_next() else None,
            "is_moderator": is_moderator,
            "move_form": MoveTopicForm(boards=selectors.visible_boards(viewer), initial={"board": topic.board_id})
            if is_moderator
            else None,
            "clear_draft": request.session.pop(CLEAR_DRAFT_KEY, ""),
            **_reader_follows(viewer, topic),
        },
    )


def _reader_follows(viewer, topic) -> dict:
    """The follow button's state, read with the topic (no query of its own)."""
    known = {topic.pk: topic.reader_follows} if hasattr(topic, "reader_follows") else None
    return {"followed_topics": FollowedIds(viewer, "topic_id", known=known)} if known else {}


def last_position_of(topic) -> int:
    return topic.last_post.position if topic.last_post is not None else 0


@require_GET
@login_required
def first_unread(request, topic_id):
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id)
    post = selectors.first_unread_post(viewer=request.user, topic=topic)
    if post is None:
        return redirect(topic.get_absolute_url())
    post.topic = topic
    return redirect(_post_url(post, viewer=request.user))


@require_GET
@hide_from_visitors
def post_permalink(request, post_id):
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    return redirect(_post_url(post, viewer=request.user, show="show" in request.GET))


@require_GET
@hide_from_visitors
def post_fragment(request, post_id):
    """One post as an <li> (live edits)."""
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    posts = _prepare_posts(request, [post], post.topic)
    return render(request, "forum/partials/post_items.html", {"posts": posts, "topic": post.topic})


@require_GET
@hide_from_visitors
def posts_after(request, topic_id):
    """The <li> items of posts after ?after=N that the viewer may see (at most 50)."""
    try:
        after = int(request.GET.get("after", ""))
    except ValueError:
        return HttpResponseBadRequest("after must be a post position (a whole number).")
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id)
    posts = _prepare_posts(request, selectors.posts_after(viewer=request.user, topic=topic, after=after), topic)
    return render(request, "forum/partials/post_items.html", {"posts": posts, "topic": topic})


@require_GET
@hide_from_visitors
def post_history(request, post_id):
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    permissions.check_view_revisions(request.user, post)
    return render(
        request,
        "forum/post_history.html",
        {"post": post, "topic": post.topic, "revisions": selectors.post_revisions(post)},
    )


@require_GET
def profile(request, username):
    member = profile_user(username=username)
    return render(
        request,
        "forum/profile.html",
        {
            "member": member,
            "member_roles": roles_of(member),
            "is_self": request.user == member,
            "activity": selectors.member_activity(viewer=request.user, member=member),
        },
    )


# --- Writing -------------------------------------------------------------------------------


@login_required
def new_topic(request, slug):
    board = selectors.board_for_viewer(viewer=request.user, slug=slug)
    # ?template=introduction: the gentle starting text offered by the first-week welcome.
    initial = INTRODUCTION_TEMPLATE if request.GET.get("template") == "introduction" else {}
    form = TopicForm(request.POST if request.method == "POST" else None, initial=initial)
    status, limited = 200, None
    if request.method == "GET":
        permissions.check_create_topic(request.user, board)
    elif form.is_valid():
        try:
            check_rate_limit(request.user, "topic")
            topic = services.create_topic(
                request.user, board=board, title=form.cleaned_data["title"], body=form.cleaned_data["body"],
                token=form.cleaned_data["token"], merge_repeats=True, notes=form.cleaned_data["content_notes"],
                note_other=form.cleaned_data["content_note_other"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied as denied:
            form.add_error(None, str(denied) or "You can't start a topic here.")
            status = 403
        except RateLimited as exc:
            form.add_error(None, exc.message)
            limited = exc
        else:
            if not topic.duplicate:
                _after_write(request, topic, draft_key=request.path)
            return redirect(topic.get_absolute_url())
    response = render(request, "forum/new_topic.html", {"board": board, "form": form}, status=status)
    return with_retry_after(response, limited)


def _quote_text(request, topic) -> str:
    try:
        post_id = int(request.GET.get("quote", ""))
    except ValueError:
        return ""
    try:
        post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    except Http404:
        return ""
    if post.topic_id != topic.pk or post.is_removed or not post.is_public:
        return ""
    quoted = "\n".join("> " + line if line else ">" for line in post.source.splitlines())
    return f"> @{post.author.username} wrote:\n{quoted}\n\n"


@login_required
def reply(request, topic_id):
    topic = selectors.topic_for_viewer(viewer=request.user, topic_id=topic_id)
    status, limited = 200, None
    if request.method == "POST":
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                check_rate_limit(request.user, "reply")
                post = services.create_post(
                    request.user, topic=topic, body=form.cleaned_data["body"], token=form.cleaned_data["token"],
                    merge_repeats=True,
                    notes=form.cleaned_data["content_notes"], note_other=form.cleaned_data["content_note_other"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            except PermissionDenied as denied:
                form.add_error(None, str(denied) or "You can't reply to this topic.")
                status = 403
            except RateLimited as exc:
                form.add_error(None, exc.message)
                limited = exc
            else:
                if not post.duplicate:
                    _after_write(request, post, draft_key=request.path)
                return redirect(_post_url(post, viewer=request.user))
    else:
        permissions.check_reply_to_topic(request.user, topic)
        form = ReplyForm(initial={"body": _quote_text(request, topic)})
    response = render(request, "forum/reply.html", {"topic": topic, "board": topic.board, "form": form}, status=status)
    return with_retry_after(response, limited)


@login_required
def edit_post(request, post_id):
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    permissions.check_edit_post(request.user, post)
    with_title = post.position == 0
    initial = {"body": post.source, "title": post.topic.title}
    form = EditPostForm(
        request.POST if request.method == "POST" else None, initial=initial, with_title=with_title, post=post
    )
    status, limited = 200, None
    if request.method == "POST" and form.is_valid():
        try:
            check_rate_limit(request.user, "edit")
            post = services.edit_post(
                post, editor=request.user, body=form.cleaned_data["body"], note=form.cleaned_data["note"],
                title=form.cleaned_data.get("title") if with_title else None,
                notes=form.cleaned_data["content_notes"], note_other=form.cleaned_data["content_note_other"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied as denied:
            form.add_error(None, str(denied))
            status = 403
        except RateLimited as exc:
            form.add_error(None, exc.message)
            limited = exc
        else:
            _after_write(request, post, draft_key=request.path)
            decision = getattr(post, "policy_decision", None)
            if decision is not None and getattr(decision, "edit_held", False):
                messages.info(request, EDIT_HELD_MESSAGE)
            elif decision is not None and not decision.held_for_review:
                messages.success(request, "Your changes are saved.")
            return redirect(_post_url(post, viewer=request.user))
    response = render(
        request, "forum/edit_post.html", {"post": post, "topic": post.topic, "form": form}, status=status
    )
    return with_retry_after(response, limited)


@login_required
def remove_post(request, post_id):
    post = selectors.post_for_viewer(viewer=request.user, post_id=post_id)
    permissions.check_remove_post(request.user, post)
    form = RemovePostForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        post = services.remove_post(post, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, "The post was removed.")
        return redirect(_post_url(post, viewer=request.user))
    return render(request, "forum/remove_post.html", {"post": post, "topic": post.topic, "form": form})
