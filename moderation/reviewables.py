"""Registry of the kinds of content the review queue handles.

The queue, flags and actions only talk to a kind through these hooks, so other apps plug in
without changes to the queue:

    from moderation import reviewables
    reviewables.register("resource", Resource, label="Guidance", can_review=can_review_resource, ...)

Built in: "post", "topic", "user" (a member's profile), and "chat" when realtime.models.ChatMessage
exists. Every hook has a sensible default based on common attribute names (author, source, html,
is_hidden, get_absolute_url).

Each kind offers its own flag reasons (`flag_reasons`, default: the six generic ones). A flag
stores the reason's code (at most 10 characters); its label is looked up through the kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, linebreaks

from accounts.permissions import can_moderate
from forum.sanitize import plain_text

__all__ = [
    "FlagReason",
    "GENERIC_FLAG_REASONS",
    "ReviewableKind",
    "register",
    "get_kind",
    "kind_for",
    "all_kinds",
    "describe",
    "all_flag_reasons",
    "flag_reason_label",
]

REASON_CODE_MAX = 10  # Flag.reason's max_length


@dataclass(frozen=True)
class FlagReason:
    """One answer to "What is wrong?" on a kind's flag form."""

    code: str
    label: str
    help: str = ""
    # The member must say what is wrong in the note ("Something else").
    note_required: bool = False
    # Makes the item a crisis item (first in the queue, moderators alerted).
    crisis: bool = False
    # Adds no flag weight (never hides anything); the item waits at low priority unless it
    # is waiting for another reason too ("Needs a content note").
    low_priority: bool = False


def _generic_flag_reasons() -> tuple[FlagReason, ...]:
    from moderation.models import Flag

    return tuple(
        FlagReason(
            code,
            label,
            help=Flag.REASON_HELP.get(code, ""),
            note_required=code == Flag.OTHER,
            crisis=code == Flag.AT_RISK,
        )
        for code, label in Flag.REASONS
    )


GENERIC_FLAG_REASONS = _generic_flag_reasons()


def _normalise_reasons(reasons) -> tuple[FlagReason, ...]:
    """Accept FlagReason objects or (code, label[, help]) tuples; codes unique and short."""
    result = []
    for reason in reasons:
        if not isinstance(reason, FlagReason):
            reason = FlagReason(*reason)
        if not reason.code or len(reason.code) > REASON_CODE_MAX:
            raise ValueError(f"Flag reason code {reason.code!r} must be 1 to {REASON_CODE_MAX} characters.")
        if any(existing.code == reason.code for existing in result):
            raise ValueError(f"Flag reason code {reason.code!r} is listed twice.")
        result.append(reason)
    if not result:
        raise ValueError("A kind needs at least one flag reason.")
    return tuple(result)


def _default_author(obj):
    return getattr(obj, "author", None)


def _default_title(obj) -> str:
    return str(getattr(obj, "title", "") or obj)


def _default_url(obj) -> str:
    getter = getattr(obj, "get_absolute_url", None)
    try:
        return getter() if getter else ""
    except NoReverseMatch:
        return ""


def _default_html(obj) -> str:
    return getattr(obj, "html", "") or ""


def _default_source(obj) -> str:
    return getattr(obj, "source", "") or ""


def _default_is_hidden(obj) -> bool:
    return bool(getattr(obj, "is_hidden", False))


def _default_board(obj):
    return None


def _default_can_view(user, obj) -> bool:
    return True


def _default_hide(obj, *, hidden: bool, by) -> None:
    obj.is_hidden = hidden
    obj.save(update_fields=["is_hidden"])


@dataclass(frozen=True)
class ReviewableKind:
    kind: str
    model: type[models.Model]
    label: str
    author_of: Callable[[Any], Any] = _default_author
    title_of: Callable[[Any], str] = _default_title
    url_of: Callable[[Any], str] = _default_url
    html_of: Callable[[Any], str] = _default_html
    source_of: Callable[[Any], str] = _default_source
    board_of: Callable[[Any], Any] = _default_board
    is_hidden: Callable[[Any], bool] = _default_is_hidden
    # hide(obj, *, hidden, by) and delete(obj, *, by, reason); None = action not offered.
    hide: Callable[..., None] | None = _default_hide
    delete: Callable[..., None] | None = None
    # Who may review items of this kind (moderators and admins by default).
    can_review: Callable[[Any], bool] = can_moderate
    # can_view(user, obj): whether the member may see obj at all (flagging what you can't see is a 404).
    can_view: Callable[[Any, Any], bool] = _default_can_view
    # The reasons offered on the flag form, in order (see FlagReason).
    flag_reasons: tuple[FlagReason, ...] = GENERIC_FLAG_REASONS
    # Whether it goes through django-moderation pre-moderation (posts and topics only).
    premoderated: bool = False
    # Not pre-moderated, but external links from members below HAVEN_LINK_REVIEW_BELOW are held.
    hold_links: bool = False
    # release(obj, *, by): make held content of a non-forum kind visible once approved.
    release: Callable[..., None] | None = None
    # select_related paths for loading the content on the item page.
    related: tuple[str, ...] = field(default_factory=tuple)

    def flag_reason(self, code: str) -> FlagReason | None:
        for reason in self.flag_reasons:
            if reason.code == code:
                return reason
        return None

    def flag_reason_choices(self) -> list[tuple[str, str]]:
        return [(reason.code, reason.label) for reason in self.flag_reasons]


_KINDS: dict[str, ReviewableKind] = {}
_builtins_loaded = False


def register(kind: str, model: type[models.Model], *, label: str, **hooks) -> ReviewableKind:
    """Register (or replace) a reviewable kind. hooks: any ReviewableKind field."""
    if "flag_reasons" in hooks:
        hooks["flag_reasons"] = _normalise_reasons(hooks["flag_reasons"])
    spec = ReviewableKind(kind=kind, model=model, label=label, **hooks)
    _KINDS[kind] = spec
    return spec


def _load_builtins() -> None:
    global _builtins_loaded
    if _builtins_loaded:
        return
    _builtins_loaded = True
    from moderation import builtin_kinds

    builtin_kinds.register_builtin_kinds()


def get_kind(kind: str) -> ReviewableKind | None:
    _load_builtins()
    return _KINDS.get(kind)


def all_kinds() -> list[ReviewableKind]:
    _load_builtins()
    return list(_KINDS.values())


def kind_for(obj_or_model) -> ReviewableKind | None:
    """The kind for a model instance or class (the first registered one)."""
    _load_builtins()
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for spec in _KINDS.values():
        if spec.model is model:
            return spec
    return None


def all_flag_reasons() -> list[tuple[str, str]]:
    """Every flag reason code any kind offers, with a label (for the queue's reason filter).

    The generic reasons come first; a code only some kinds use is labelled with those kinds,
    e.g. "Outdated or wrong (Guidance)".
    """
    labels: dict[str, str] = {reason.code: reason.label for reason in GENERIC_FLAG_REASONS}
    extra: dict[str, tuple[str, list[str]]] = {}
    for spec in all_kinds():
        for reason in spec.flag_reasons:
            if reason.code in labels:
                continue
            label, kinds = extra.setdefault(reason.code, (reason.label, []))
            if spec.label not in kinds:
                kinds.append(spec.label)
    choices = list(labels.items())
    choices += [(code, f"{label} ({', '.join(kinds)})") for code, (label, kinds) in extra.items()]
    return choices


def flag_reason_label(code: str, *, kind: str | None = None) -> str:
    """The label of a stored reason code: the kind's own label, else the generic one, else the code."""
    spec = get_kind(kind) if kind else None
    reason = spec.flag_reason(code) if spec is not None else None
    if reason is None:
        reason = next((r for r in GENERIC_FLAG_REASONS if r.code == code), None)
    if reason is None and spec is None:
        reason = next((r for s in all_kinds() for r in s.flag_reasons if r.code == code), None)
    return reason.label if reason is not None else code


def describe(spec: ReviewableKind, obj) -> dict:
    """What the queue stores about obj: title, summary, url, author, board."""
    html = spec.html_of(obj) or ""
    summary = plain_text(html) if html else spec.source_of(obj)
    return {
        "title": (spec.title_of(obj) or "")[:200],
        "summary": " ".join((summary or "").split())[:300],
        "url": (spec.url_of(obj) or "")[:300],
        "author": spec.author_of(obj),
        "board": spec.board_of(obj),
    }


def model_exists(app_label: str, model_name: str) -> bool:
    try:
        apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return True


def safe_reverse(name: str, *args) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def profile_html(user) -> str:
    """A profile's bio as escaped paragraphs (bios are plain text)."""
    return linebreaks(escape(user.bio or ""))
