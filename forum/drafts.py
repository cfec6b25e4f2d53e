"""Composer kinds for server-side drafts (forum.models.Draft; docs/care.md).

Each kind says who may keep a draft for a target, where its composer is, and how to name it on
"My drafts". Forum registers "topic" (target: board), "reply" (topic) and "edit" (post) in
ForumConfig.ready(); another app registers its own kind the same way, for example private
messages: ``register_composer("message", check=..., url_of=..., label_of=...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import Http404
from django.urls import reverse

from forum import permissions
from forum.models import Board, Post, Topic

__all__ = ["Composer", "register_composer", "get_composer", "register_forum_composers"]


@dataclass(frozen=True)
class Composer:
    kind: str
    # check(user, target_id): raises Http404/PermissionDenied unless user may write there.
    check: Callable[[object, int], None]
    url_of: Callable[[int], str]
    label_of: Callable[[int], str]


_COMPOSERS: dict[str, Composer] = {}


def register_composer(kind: str, *, check, url_of, label_of) -> Composer:
    composer = Composer(kind=kind, check=check, url_of=url_of, label_of=label_of)
    _COMPOSERS[kind] = composer
    return composer


def get_composer(kind: str) -> Composer:
    try:
        return _COMPOSERS[kind]
    except KeyError:
        raise Http404("No such composer.") from None


def _board(target_id: int) -> Board:
    board = Board.objects.filter(pk=target_id).first()
    if board is None:
        raise Http404("No such board.")
    return board


def _topic(target_id: int) -> Topic:
    topic = Topic.objects.select_related("board").filter(pk=target_id).first()
    if topic is None:
        raise Http404("No such topic.")
    return topic


def _post(target_id: int) -> Post:
    post = Post.objects.select_related("topic", "topic__board", "author").filter(pk=target_id).first()
    if post is None:
        raise Http404("No such post.")
    return post


def _safe(label_of: Callable[[int], str]) -> Callable[[int], str]:
    def label(target_id: int) -> str:
        try:
            return label_of(target_id)
        except Http404:
            return "Something that is no longer there"

    return label


def register_forum_composers() -> None:
    register_composer(
        "topic",
        check=lambda user, pk: permissions.check_create_topic(user, _board(pk)),
        url_of=lambda pk: reverse("forum:new_topic", args=[_board(pk).slug]),
        label_of=_safe(lambda pk: f"New topic in {_board(pk).name}"),
    )
    register_composer(
        "reply",
        check=lambda user, pk: permissions.check_reply_to_topic(user, _topic(pk)),
        url_of=lambda pk: reverse("forum:reply", args=[pk]),
        label_of=_safe(lambda pk: f"Reply to \u201c{_topic(pk).title}\u201d"),
    )
    register_composer(
        "edit",
        check=lambda user, pk: permissions.check_edit_post(user, _post(pk)),
        url_of=lambda pk: reverse("forum:edit_post", args=[pk]),
        label_of=_safe(lambda pk: f"Edit of your post in \u201c{_post(pk).topic.title}\u201d"),
    )
