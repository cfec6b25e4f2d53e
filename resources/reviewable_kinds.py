"""Guidance as a reviewable kind (reviewable/registry.py), registered in ResourcesConfig.ready().

Members flag guidance ("outdated or wrong", "unsafe") and clinicians, not only moderators, act
on the flags.

Guidance is never hidden automatically by flags (it has been reviewed by two clinicians and
hiding it would silently remove safety information); the queue's remove action retires it,
which unpins and unlists it and keeps the page, marked retired, for the record.
"""

from accounts.permissions import can_moderate
from resources import services
from resources.models import Resource
from resources.permissions import can_act_on_resource_flag, can_view_resource
from reviewable import registry

KIND = "resource"

# What members can say is wrong with guidance: (code, label, help, note required).
FLAG_REASONS = (
    ("outdated", "Outdated or wrong", "It no longer matches current guidance, or something in it is not right.", False),
    ("unsafe", "Unsafe", "Following it could put someone at risk.", False),
    ("other", "Something else", "Please tell us what is wrong in the note.", True),
)


def can_review_resource_flags(user) -> bool:
    return can_moderate(user) or can_act_on_resource_flag(user)


def _html(resource: Resource) -> str:
    version = resource.current_version
    return version.body_html if version is not None else ""


def _retire(resource: Resource, *, by, reason: str) -> None:
    if resource.status != Resource.RETIRED:
        services.retire_resource(
            resource, by=by, reason=reason or "Retired from the review queue", audit=False
        )


def register() -> None:
    registry.register_kind(
        KIND,
        Resource,
        label="Guidance",
        author_of=lambda r: r.author,
        title_of=lambda r: r.title,
        url_of=lambda r: r.get_absolute_url(),
        html_of=_html,
        source_of=lambda r: r.summary,
        is_hidden=lambda r: False,
        hide=None,
        delete=_retire,
        can_review=can_review_resource_flags,
        # Drafts stay hidden: flagging one you can't see is a 404, like its page.
        can_view=can_view_resource,
        flag_reasons=tuple(
            registry.FlagReason(code, label, help=help_text, note_required=note_required)
            for code, label, help_text, note_required in FLAG_REASONS
        ),
        related=("current_version", "author"),
    )
