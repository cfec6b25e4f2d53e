"""Blocking, following and messaging settings."""

from django.db import IntegrityError, transaction

from conversations.models import Block, Follow, MessagingSettings
from conversations.permissions import check_block

__all__ = ["block_member", "unblock_member", "follow_member", "unfollow_member", "update_messaging_settings"]


def block_member(user, *, other) -> Block:
    """user stops hearing from other anywhere: messages, new conversations, mentions.

    Idempotent. Nothing tells other; following in either direction ends.
    """
    check_block(user, other)
    with transaction.atomic():
        try:
            with transaction.atomic():
                block, _ = Block.objects.get_or_create(blocker=user, blocked=other)
        except IntegrityError:
            block = Block.objects.get(blocker=user, blocked=other)
        Follow.objects.filter(follower=user, followed=other).delete()
        Follow.objects.filter(follower=other, followed=user).delete()
    return block


def unblock_member(user, *, other) -> None:
    with transaction.atomic():
        Block.objects.filter(blocker=user, blocked=other).delete()


def follow_member(user, *, other) -> Follow:
    """Idempotent. Following someone you had blocked unblocks them."""
    if other.pk == user.pk:
        raise ValueError("You can't follow yourself.")
    with transaction.atomic():
        Block.objects.filter(blocker=user, blocked=other).delete()
        try:
            with transaction.atomic():
                follow, _ = Follow.objects.get_or_create(follower=user, followed=other)
        except IntegrityError:
            follow = Follow.objects.get(follower=user, followed=other)
    return follow


def unfollow_member(user, *, other) -> None:
    with transaction.atomic():
        Follow.objects.filter(follower=user, followed=other).delete()


def update_messaging_settings(user, *, allow_from: str) -> MessagingSettings:
    if allow_from not in dict(MessagingSettings.CHOICES):
        raise ValueError(f"unknown messaging setting {allow_from!r}")
    with transaction.atomic():
        row, _ = MessagingSettings.objects.update_or_create(user=user, defaults={"allow_from": allow_from})
    return row
