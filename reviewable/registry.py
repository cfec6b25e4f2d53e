"""The public registry of what moderation can review, and the content-policy hook.

Apps that own member-written content take part in moderation through this module only; they
never import `moderation`. Two things are registered here, both from an app's own
`AppConfig.ready()`:

1. **Reviewable kinds** (posts, topics, chat messages, guidance, profiles, ...): what the review
   queue, flags and actions need to know about a model, as hooks. In `yourapp/apps.py`::

       def ready(self):
           from yourapp import reviewable_kinds   # ready() is where Django lets apps import models
           reviewable_kinds.register()

   and in `yourapp/reviewable_kinds.py`::

       from reviewable import registry
       from yourapp.models import Entry
       from yourapp import permissions, services

       def register() -> None:
           registry.register_kind(
               "entry", Entry, label="Journal entry",
               can_view=permissions.can_view_entry,            # flagging what you can't see is a 404
               hide=lambda e, *, hidden, by: services.set_entry_hidden(e, hidden=hidden, by=by, audit=False),
               delete=None,                                    # None: the queue does not offer it
           )

   Every hook is optional (defaults read common attribute names: author, title, source, html,
   is_hidden, get_absolute_url). `hide` and `delete` must not write their own audit entry (pass
   `audit=False` to your service): the queue's decision is the one entry for the action.
   Content that moderators may only see in its surroundings (private messages) gives a
   `report_window` hook: moderation's report page shows the HTML it returns and imports
   nothing of the app.

2. **The content policy**: moderation registers it (`set_content_policy`) in its ready(). Every
   service that stores member-written text calls it in the same transaction, after saving::

       decision = registry.content_policy().on_created(obj, author=author)
       decision = registry.content_policy().on_edited(obj, editor=editor, previous_source=old)

   and reads the `Decision` (held for review, crisis, crisis lines). Without moderation installed
   the policy allows everything. A new writing surface (messages, bios, journal entries, flag
   notes) registers its kind and calls the policy the same way: that is all it takes to get
   pre-moderation, crisis detection, flags and the review queue.

3. **The queue reader**: moderation registers `set_queue_reader(fn)` so an app can list the
   pending review items of its own kind (`pending_reviews("resource")`) without importing
   moderation's models; each item has `id`, `title`, `url`, `flag_count`, `flag_weight`.

4. **The private messenger**: conversations registers `register_private_messenger(fn)` so
   moderation can send a member a private message (a crisis check-in) without importing it.

This module imports nothing of Haven, so every app, accounts included, may register here.
See docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.db import models
from django.urls import NoReverseMatch

__all__ = [
    "FlagReason",
    "GENERIC_FLAG_REASONS",
    "ReviewableKind",
    "register_kind",
    "unregister_kind",
    "get_kind",
    "kind_for",
    "all_kinds",
    "all_flag_reasons",
    "flag_reason_label",
    "Decision",
    "ContentPolicy",
    "set_content_policy",
    "content_policy",
    "set_queue_reader",
    "pending_reviews",
    "register_private_messenger",
    "send_private_message",
]

REASON_CODE_MAX = 10  # the flag's reason column (moderation.Flag.reason) holds at most this


# --- flag reasons ----------------------------------------------------------------------------


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


AT_RISK, OTHER = "at_risk", "other"
# The six reasons every kind offers unless it names its own.
GENERIC_FLAG_REASONS: tuple[FlagReason, ...] = (
    FlagReason(AT_RISK, "Someone may be at risk", help="Self-harm or crisis.", crisis=True),
    FlagReason(
        "medical", "Dangerous medical advice",
        help="For example urging an abrupt stop, dosing instructions, or sourcing drugs.",
    ),
    FlagReason("unkind", "Unkind or harassing", help="Harassment, hate, or insults aimed at people."),
    FlagReason("spam", "Spam or selling", help="Advertising, selling, or links to sellers."),
    FlagReason("private", "Private information", help="Names of doctors or other people, contact details."),
    FlagReason(OTHER, "Something else", help="Please tell us what is wrong in the note.", note_required=True),
)


def _normalise_reasons(reasons) -> tuple[FlagReason, ...]:
    """Accept FlagReason objects or (code, label[, help[, note_required]]) tuples; codes unique and short."""
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


# --- kinds -----------------------------------------------------------------------------------


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


def _no_board(obj):
    return None


def _anyone_can_view(user, obj) -> bool:
    return True


def _itself(obj):
    return obj


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
    board_of: Callable[[Any], Any] = _no_board
    is_hidden: Callable[[Any], bool] = _default_is_hidden
    # hide(obj, *, hidden, by) and delete(obj, *, by, reason); None = the queue does not offer it.
    # Neither writes an audit entry: the queue's decision is the one entry for the action.
    hide: Callable[..., None] | None = _default_hide
    delete: Callable[..., None] | None = None
    # Who may open and decide items of this kind; None: moderators and admins (moderation's rule).
    can_review: Callable[[Any], bool] | None = None
    # can_view(user, obj): whether the member may see obj at all (flagging what you can't see is a 404).
    can_view: Callable[[Any, Any], bool] = _anyone_can_view
    # The reasons offered on the flag form, in order (see FlagReason).
    flag_reasons: tuple[FlagReason, ...] = GENERIC_FLAG_REASONS
    # Whether new content and edits go through pre-moderation (held for new members).
    premoderated: bool = False
    # Not pre-moderated, but external links from members below HAVEN_LINK_REVIEW_BELOW are held.
    hold_links: bool = False
    # release(obj, *, by): make held content of a non-forum kind visible once approved.
    release: Callable[..., None] | None = None
    # The object reviewed in its place (a topic's opening post is reviewed as the topic).
    review_target: Callable[[Any], Any] = _itself
    # select_related paths for loading the content on the item page.
    related: tuple[str, ...] = field(default_factory=tuple)
    # report_window(obj, *, viewer, item_ref) -> HTML: the content in its surroundings, rendered
    # by its own app for a moderator who opens its report (private messages: the messages around
    # the reported one; that app audits each look, item_ref naming the queue item). None: the
    # item page alone shows the content.
    report_window: Callable[..., str] | None = None

    def flag_reason(self, code: str) -> FlagReason | None:
        return next((reason for reason in self.flag_reasons if reason.code == code), None)

    def flag_reason_choices(self) -> list[tuple[str, str]]:
        return [(reason.code, reason.label) for reason in self.flag_reasons]


_KINDS: dict[str, ReviewableKind] = {}


def register_kind(kind: str, model: type[models.Model], *, label: str, **hooks) -> ReviewableKind:
    """Register (or replace) a reviewable kind. hooks: any ReviewableKind field."""
    if "flag_reasons" in hooks:
        hooks["flag_reasons"] = _normalise_reasons(hooks["flag_reasons"])
    spec = ReviewableKind(kind=kind, model=model, label=label, **hooks)
    _KINDS[kind] = spec
    return spec


def unregister_kind(kind: str) -> None:
    """Forget a kind (tests that register a throwaway kind call this when done)."""
    _KINDS.pop(kind, None)


def get_kind(kind: str) -> ReviewableKind | None:
    return _KINDS.get(kind)


def all_kinds() -> list[ReviewableKind]:
    return list(_KINDS.values())


def kind_for(obj_or_model) -> ReviewableKind | None:
    """The kind for a model instance or class (the first registered one)."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return next((spec for spec in _KINDS.values() if spec.model is model), None)


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


# --- the content policy ----------------------------------------------------------------------


@dataclass
class Decision:
    """What the content policy decided about new or edited content."""

    held_for_review: bool = False
    crisis: bool = False
    reason: str = ""
    # (label, how to reach it) pairs for the author's country first, filled when crisis is True.
    crisis_lines: list[tuple[str, str]] = field(default_factory=list)
    # An edit of approved content waits for a moderator while the approved version stays public.
    # held_for_review stays False for it: the caller must not unpublish the approved version.
    edit_held: bool = False
    # The crisis detector's level ("high" | "medium", "" when no crisis) and what it found.
    crisis_level: str = ""
    crisis_summary: str = ""


class ContentPolicy(Protocol):
    # source: text written about obj elsewhere (a flag note), assessed instead of obj's own.
    def on_created(self, obj, *, author, source: str | None = None) -> Decision: ...

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision: ...

    # Optional: the writer posted obj anyway after the "experience, not instructions" reminder
    # (forum/nudge.py); callers look it up with getattr and skip it when a policy lacks it.
    def on_advice_posted(self, obj, *, author, evidence: str) -> None: ...

    # Hold obj for a moderator for a reason its own app found (private-message mass messaging).
    def hold_for_review(self, obj, *, author, reason: str) -> None: ...

    # Optional: words nobody else may read (an "only me" journal note). The crisis detector's
    # finding for the writer alone, with crisis lines: nothing is stored, queued or announced.
    # Callers look it up with getattr and skip the check when a policy lacks it.
    def check_private(self, text: str, *, author) -> Decision: ...


class AllowEverything:
    """The policy while none is registered (moderation not installed): publish, never hold."""

    def on_created(self, obj, *, author, source: str | None = None) -> Decision:
        return Decision()

    def on_edited(self, obj, *, editor, previous_source: str) -> Decision:
        return Decision()

    def on_advice_posted(self, obj, *, author, evidence: str) -> None:
        return None

    def hold_for_review(self, obj, *, author, reason: str) -> None:
        return None

    def check_private(self, text: str, *, author) -> Decision:
        return Decision()


_policy: list[ContentPolicy] = [AllowEverything()]


def set_content_policy(policy: ContentPolicy) -> ContentPolicy:
    """Install the policy every writing service calls; returns the one it replaces (for tests)."""
    previous = _policy[0]
    _policy[0] = policy
    return previous


def content_policy() -> ContentPolicy:
    return _policy[0]


# --- reading the queue -----------------------------------------------------------------------

_queue_reader: list[Callable[..., list]] = [lambda kind, *, limit: []]


def set_queue_reader(reader: Callable[..., list]) -> None:
    """Install reader(kind, *, limit) -> pending review items of that kind (moderation does)."""
    _queue_reader[0] = reader


def pending_reviews(kind: str, *, limit: int = 50) -> list:
    """The pending review items of a kind, most flagged first (empty without moderation)."""
    return _queue_reader[0](kind, limit=limit)


# --- private messages ------------------------------------------------------------------------

_messenger: list[Callable[..., str] | None] = [None]


def register_private_messenger(send: Callable[..., str] | None) -> None:
    """Install send(sender, recipient, text) -> the conversation's URL (conversations does)."""
    _messenger[0] = send


def send_private_message(sender, recipient, text: str) -> str | None:
    """Send recipient a private message from sender; None without a messenger. The messenger's own
    PermissionDenied / ValidationError (blocked, unreachable, too long) pass through."""
    return _messenger[0](sender, recipient, text) if _messenger[0] else None
