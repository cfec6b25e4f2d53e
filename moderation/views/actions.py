"""The one table of moderator actions.

Each action names its form, the service it calls, what it acts on and what the moderator is
told. The item page, the member page and their POST handlers all read this table, so an action
is defined once. Each action runs one service and writes exactly one audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import forum.services
from moderation import forms, services

# What an action acts on: the queue item, the item's author, or the topic the content is in.
ITEM, MEMBER, TOPIC = "item", "member", "topic"


@dataclass(frozen=True)
class Action:
    form: type | None  # None: no fields (claim)
    run: Callable  # run(by, target, data) -> the changed object
    done: str | Callable  # the message, or done(result) -> message
    target: str = ITEM


def _claim_message(item) -> str:
    return "Claimed." if item.claimed_by_id else "Claim released."


ACTIONS: dict[str, Action] = {
    "claim": Action(None, lambda by, item, d: services.claim_item(item, by=by), _claim_message),
    "approve": Action(
        forms.OptionalReasonForm, lambda by, item, d: services.approve_item(item, by=by, reason=d["reason"]),
        "Approved.",
    ),
    "dismiss": Action(
        forms.OptionalReasonForm, lambda by, item, d: services.dismiss_flags(item, by=by, reason=d["reason"]),
        "Flags dismissed; the content stays as it is.",
    ),
    "reject": Action(
        forms.ReasonForm, lambda by, item, d: services.reject_item(item, by=by, reason=d["reason"]),
        "Rejected. The author has been told why.",
    ),
    "hide": Action(
        forms.ReasonForm, lambda by, item, d: services.hide_content(item, by=by, reason=d["reason"]),
        "Hidden. The author has been told why.",
    ),
    "delete": Action(
        forms.ReasonForm, lambda by, item, d: services.delete_content(item, by=by, reason=d["reason"]),
        "Removed. The author has been told why.",
    ),
    "edit": Action(
        forms.EditForm, lambda by, item, d: services.edit_content(item, by=by, body=d["body"], reason=d["reason"]),
        "Edited. The author has been told.",
    ),
    "crisis_outcome": Action(
        forms.CrisisOutcomeForm,
        lambda by, item, d: services.record_crisis_outcome(item, by=by, outcome=d["outcome"], note=d["note"]),
        "Recorded in the audit log. Thank you for looking after them.",
    ),
    "warn": Action(
        forms.ReasonForm, lambda by, m, d: services.warn_member(m, by=by, reason=d["reason"]), "Warning sent.", MEMBER
    ),
    "mute": Action(
        forms.SanctionForm,
        lambda by, m, d: services.mute_member(m, by=by, reason=d["reason"], duration=d["duration"]),
        "Member muted.", MEMBER,
    ),
    "suspend": Action(
        forms.SanctionForm,
        lambda by, m, d: services.suspend_member(m, by=by, reason=d["reason"], duration=d["duration"]),
        "Member suspended.", MEMBER,
    ),
    "ban": Action(
        forms.ReasonForm, lambda by, m, d: services.ban_member(m, by=by, reason=d["reason"]), "Member banned.", MEMBER
    ),
    "note": Action(
        forms.NoteForm, lambda by, m, d: services.add_moderator_note(m, by=by, text=d["text"]), "Note saved.", MEMBER
    ),
    # Topic tools are forum's own services: one route, one audit entry (forum.lock_topic, ...).
    "lock": Action(
        forms.LockForm,
        lambda by, t, d: forum.services.set_topic_state(t, by=by, locked=d["locked"], reason=d["reason"]),
        "Topic updated.", TOPIC,
    ),
    "move": Action(
        forms.MoveForm, lambda by, t, d: forum.services.move_topic(t, by=by, board=d["board"], reason=d["reason"]),
        "Topic moved.", TOPIC,
    ),
    "split": Action(
        forms.SplitForm,
        lambda by, t, d: forum.services.split_topic(
            t, by=by, post_ids=d["post_ids"], title=d["title"], reason=d["reason"]
        ),
        "Topic split.", TOPIC,
    ),
}
MEMBER_ACTIONS = [name for name, action in ACTIONS.items() if action.target == MEMBER]


def action_data(form) -> dict:
    """The cleaned data a service call needs (a sanction's duration as a timedelta or None)."""
    data = {"reason": "", **form.cleaned_data}
    if isinstance(form, forms.SanctionForm):
        data["duration"] = form.duration_value()
    return data


def unbound_forms(names, *, topic=None, post=None, split_choices=()) -> dict:
    """Empty forms for the named actions (None where an action does not apply to this content)."""
    initial = {
        "edit": {"body": post.source if post else ""},
        "lock": {"locked": "0" if topic and topic.is_locked else "1"},
        "move": {"board": topic.board_id if topic else None},
    }
    result = {}
    for name in names:
        action = ACTIONS[name]
        if action.form is None or (action.target == TOPIC and topic is None) or (name == "edit" and post is None):
            result[name] = None
            continue
        kwargs = {"prefix": name}
        if name in initial:
            kwargs["initial"] = initial[name]
        if name == "split":
            kwargs["post_choices"] = split_choices
        result[name] = action.form(**kwargs)
    return result


def done_message(action: Action, result) -> str:
    return action.done(result) if callable(action.done) else action.done


