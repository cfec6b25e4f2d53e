"""Writes for reactions, subscriptions, notifications and bookmarks.

Every function here is a service: typed, keyword-only after the first argument, runs in a
transaction and publishes realtime events only after it commits. Permission rules live in
forum.permissions (the `# --- engagement ---` block).
"""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.db.models.functions import Lower
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.text import Truncator

from forum import hooks, permissions
from forum.models import Board, Bookmark, Notification, NotificationSettings, Post, Reaction, Subscription, Topic
from forum.sanitize import linked_mentions
from live.events import publish_on_commit, user_group

__all__ = [
    "toggle_reaction",
    "subscribe",
    "unsubscribe",
    "notify",
    "notify_new_post",
    "ensure_following",
    "mark_notifications_read",
    "update_notification_settings",
    "toggle_bookmark",
]

User = get_user_model()

_TEXT_MAX = 300


# --- Reactions ------------------------------------------------------------------------------


def toggle_reaction(user, *, post: Post, kind: str) -> Reaction | None:
    """Add the member's reaction of this kind to post, or take it back if already there.

    Returns the new Reaction, or None when it was removed. Raises Http404 for posts the member
    can't see and PermissionDenied for members who may not write (muted, suspended...).
    """
    if kind not in dict(Reaction.KINDS):
        raise ValueError(f"unknown reaction kind {kind!r}")
    permissions.check_react_to_post(user, post)
    with transaction.atomic():
        deleted, _ = Reaction.objects.filter(post=post, user=user, kind=kind).delete()
        if deleted:
            return None
        try:
            with transaction.atomic():
                reaction = Reaction.objects.create(post=post, user=user, kind=kind)
        except IntegrityError:
            # A double click raced us to it: the reaction is there, which is what was asked.
            return Reaction.objects.get(post=post, user=user, kind=kind)
        _notify_reaction(reaction)
        return reaction


def _notify_reaction(reaction: Reaction) -> None:
    post = reaction.post
    author = post.author
    if author.pk == reaction.user_id or not _is_reachable(author):
        return
    if not _settings_for([author.pk]).get(author.pk, _DEFAULT_SETTINGS).wants(Notification.REACTION):
        return
    # Toggling on and off must not pile up notifications: one unread per member, post and actor.
    if Notification.objects.filter(
        recipient=author, kind=Notification.REACTION, post=post, actor_id=reaction.user_id, read_at__isnull=True
    ).exists():
        return
    label = reaction.get_kind_display()
    text = f"{reaction.user.username} reacted “{label}” to your post in “{post.topic.title}”"
    notify(author, kind=Notification.REACTION, text=text, url=_post_url(post), actor=reaction.user, post=post)


# --- Subscriptions --------------------------------------------------------------------------


def subscribe(user, *, topic: Topic | None = None, board: Board | None = None) -> Subscription:
    """Follow a topic (replies) or a board (new topics). Idempotent."""
    _check_one_target(topic, board)
    if topic is not None:
        permissions.check_follow_topic(user, topic)
    else:
        permissions.check_follow_board(user, board)
    with transaction.atomic():
        try:
            with transaction.atomic():
                subscription, _ = Subscription.objects.get_or_create(user=user, topic=topic, board=board)
        except IntegrityError:
            subscription = Subscription.objects.get(user=user, topic=topic, board=board)
        return subscription


def unsubscribe(user, *, topic: Topic | None = None, board: Board | None = None) -> None:
    """Stop following a topic or board. Doing it twice is harmless."""
    _check_one_target(topic, board)
    with transaction.atomic():
        Subscription.objects.filter(user=user, topic=topic, board=board).delete()


def _ensure_topic_subscription(user, topic: Topic) -> None:
    try:
        with transaction.atomic():
            Subscription.objects.get_or_create(user=user, topic=topic, board=None)
    except IntegrityError:
        pass  # subscribed concurrently: already what we want


def _check_one_target(topic, board) -> None:
    if (topic is None) == (board is None):
        raise ValueError("pass exactly one of topic or board")


# --- Notifications --------------------------------------------------------------------------


def notify(recipient, *, kind: str, text: str, url: str, actor=None, post: Post | None = None) -> Notification:
    """Tell one member something now. Always stores it (callers decide whether it is wanted)
    and publishes "notification.created" on the member's channel after commit."""
    if kind not in dict(Notification.KINDS):
        raise ValueError(f"unknown notification kind {kind!r}")
    with transaction.atomic():
        notification = Notification.objects.create(
            recipient=recipient, kind=kind, text=_short(text), url=url, actor=actor, post=post
        )
        unread = Notification.objects.filter(recipient=recipient, read_at__isnull=True).count()
        _publish_created(recipient.pk, unread, notification)
        return notification


def _wanted_kinds(post: Post) -> dict[int, list[str]]:
    """Who should hear about post, and the kinds of notice each may get, most specific first."""
    topic, author = post.topic, post.author
    wanted: dict[int, list[str]] = {}

    def add(user_ids: Iterable[int], kind: str) -> None:
        for uid in user_ids:
            if uid != author.pk:
                wanted.setdefault(uid, []).append(kind)

    # Exactly the members linked in the post as readers see it (forum.sanitize, the one parser).
    mentioned_names, quoted_names = linked_mentions(post.html)
    quoted = {name.lower() for name in quoted_names}
    mentioned = {name.lower() for name in mentioned_names} - quoted
    names = _users_by_name(quoted | mentioned)
    silenced = hooks.silenced_for(author.pk, names.values())
    names = {name: uid for name, uid in names.items() if uid not in silenced}
    add((uid for name, uid in names.items() if name in quoted), Notification.QUOTE)
    add((uid for name, uid in names.items() if name in mentioned), Notification.MENTION)
    add(Subscription.objects.filter(topic=topic).values_list("user_id", flat=True), Notification.REPLY)
    if post.position == 0:
        add(Subscription.objects.filter(board=topic.board).values_list("user_id", flat=True), Notification.REPLY)
    return wanted


def _notice_texts(post: Post) -> dict[str, str]:
    author, topic, title = post.author, post.topic, post.topic.title
    return {
        Notification.QUOTE: f"{author.username} quoted you in “{title}”",
        Notification.MENTION: f"{author.username} mentioned you in “{title}”",
        Notification.REPLY: (
            f"{author.username} started “{title}” in {topic.board.name}"
            if post.position == 0
            else f"{author.username} replied in “{title}”"
        ),
    }


def ensure_following(user, topic: Topic) -> None:
    """The author of a post follows its topic (at once, in the request: the fan-out waits for the queue)."""
    if user.is_active:
        _ensure_topic_subscription(user, topic)


def notify_new_post(post: Post) -> int:
    """Tell followers, quoted and mentioned members about a post that has just become public.

    Runs on the task queue (forum.services.fanout.notify_new_post_task, enqueued when the post's transaction
    commits); returns how many members were notified. Precondition checked here, not assumed: the
    post is still public. Each member gets at most one notification for the post, the most specific
    kind they want: quote, then mention, then reply. The author is never notified and follows the
    topic. Idempotent: the post row is locked, members already told are skipped, and the
    `forum_notif_one_per_post` constraint backs it, so a retried or duplicated task adds nothing.
    Queries: a fixed few, then a fixed six per FAN_OUT_BATCH recipients. Each batch is its own
    transaction (short locks; its notifications are committed within moments of their created_at,
    which mailing's collector relies on), and its live "notification.created" events go out when
    it commits.
    """
    ensure_following(post.author, post.topic)
    wanted = _wanted_kinds(post) if _is_announceable(post) else {}
    ids, notified = sorted(wanted), 0
    for start in range(0, len(ids), FAN_OUT_BATCH):
        with transaction.atomic():
            # Re-read under a lock: hidden meanwhile means stop; duplicated tasks take turns.
            post = Post.objects.select_for_update(of=("self",)).select_related("author", "topic__board").get(
                pk=post.pk
            )
            if not _is_announceable(post):
                break
            notified += _notify_batch(post, {uid: wanted[uid] for uid in ids[start : start + FAN_OUT_BATCH]})
    return notified


def _is_announceable(post: Post) -> bool:
    return post.is_public and not post.is_removed and post.topic.is_public


FAN_OUT_BATCH = 500
_ANNOUNCED = [Notification.REPLY, Notification.MENTION, Notification.QUOTE]


def _notify_batch(post: Post, wanted: dict[int, list[str]]) -> int:
    """One batch of notify_new_post (post locked by the caller): five queries whatever its size."""
    board, author = post.topic.board, post.author
    told = set(
        Notification.objects.filter(post=post, kind__in=_ANNOUNCED, recipient_id__in=list(wanted))
        .values_list("recipient_id", flat=True)
    )
    ids = [uid for uid in wanted if uid not in told]
    recipients = User.objects.filter(pk__in=ids, is_active=True, deleted_at__isnull=True) if ids else []
    prefs = _settings_for(ids)
    url, texts = _post_url(post), _notice_texts(post)
    rows = []
    for user in recipients:
        kind = next((k for k in wanted[user.pk] if prefs.get(user.pk, _DEFAULT_SETTINGS).wants(k)), None)
        if kind is None or not permissions.can_view_board(user, board):
            continue
        rows.append(Notification(recipient=user, kind=kind, text=_short(texts[kind]), url=url, actor=author, post=post))
    if not rows:
        return 0
    Notification.objects.bulk_create(rows, batch_size=FAN_OUT_BATCH)
    unread = dict(
        Notification.objects.filter(recipient_id__in=[n.recipient_id for n in rows], read_at__isnull=True)
        .values_list("recipient_id")
        .annotate(n=Count("id"))
    )
    for notification in rows:
        _publish_created(notification.recipient_id, unread.get(notification.recipient_id, 1), notification)
    return len(rows)


def mark_notifications_read(user, *, ids: Iterable[int] | None = None) -> int:
    """Mark the member's unread notifications (all, or just ids) read; returns how many changed."""
    with transaction.atomic():
        qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
        if ids is not None:
            qs = qs.filter(pk__in=list(ids))
        changed = qs.update(read_at=timezone.now())
        if changed:
            unread = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
            publish_on_commit(user_group(user.pk), "notification.read", {"unread": unread})
        return changed


def update_notification_settings(
    user, *, reply: bool, mention: bool, quote: bool, reaction: bool, message: bool = True
) -> NotificationSettings:
    """Save which kinds of notification the member wants."""
    with transaction.atomic():
        prefs, _ = NotificationSettings.objects.update_or_create(
            user=user,
            defaults={"reply": reply, "mention": mention, "quote": quote, "reaction": reaction, "message": message},
        )
        return prefs


# --- Bookmarks ------------------------------------------------------------------------------


def toggle_bookmark(user, *, post: Post, note: str = "", saved: bool | None = None) -> Bookmark | None:
    """Save post to the member's bookmarks, or remove it if already saved; with saved=True or
    False, make it so (a repeated form post changes nothing). Returns the bookmark, or None
    when not saved. Raises Http404 for posts the member can't see."""
    permissions.check_bookmark_post(user, post)
    with transaction.atomic():
        existing = Bookmark.objects.filter(user=user, post=post).first()
        if saved is None:
            saved = existing is None
        if not saved:
            if existing is not None:
                existing.delete()
            return None
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                return Bookmark.objects.create(user=user, post=post, note=note[:200])
        except IntegrityError:
            return Bookmark.objects.get(user=user, post=post)


# --- Parsing and helpers --------------------------------------------------------------------


def _users_by_name(names: set[str]) -> dict[str, int]:
    """{lower-case display name: user id} for the names that exist, in one query."""
    if not names:
        return {}
    return dict(
        User.objects.annotate(lname=Lower("username"))
        .filter(lname__in=names, is_active=True)
        .values_list("lname", "pk")
    )


_DEFAULT_SETTINGS = NotificationSettings()


def _settings_for(user_ids: list[int]) -> dict[int, NotificationSettings]:
    if not user_ids:
        return {}
    return {s.user_id: s for s in NotificationSettings.objects.filter(user_id__in=user_ids)}


def _is_reachable(user) -> bool:
    return user.is_active and getattr(user, "deleted_at", None) is None


def _post_url(post: Post) -> str:
    try:
        return post.get_absolute_url()
    except NoReverseMatch:  # the permalink route is forum-content's; keep working without it
        return f"/p/{post.pk}/"


def _short(text: str) -> str:
    return Truncator(text).chars(_TEXT_MAX)


def _publish_created(user_id: int, unread: int, notification: Notification) -> None:
    publish_on_commit(
        user_group(user_id),
        "notification.created",
        {"unread": unread, "text": notification.text, "url": notification.url},
    )
