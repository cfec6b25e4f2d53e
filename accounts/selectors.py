"""Reads for accounts: members, and the facts about a member every signed-in request needs."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import CharField, Q, Value
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import Sanction

User = get_user_model()


def profile_user(*, username: str):
    """The active member with this display name (case-insensitive), or 404."""
    return get_object_or_404(
        User.objects.prefetch_related("groups"), username__iexact=username, is_active=True
    )


def _active_sanctions_of(user):
    now = timezone.now()
    return (
        Sanction.objects.filter(user=user, lifted_at__isnull=True)
        .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
        .exclude(kind=Sanction.WARN)
    )


def member_facts(user) -> tuple[list[str], list[Sanction]]:
    """(group names, active sanctions newest first) in one query: the member's group names
    UNION ALL the ids of their active sanctions, whose rows are read only when there are any
    (rare). Role checks and the sanctions check read both on every signed-in request."""
    groups = Group.objects.filter(user=user).annotate(sanction=Value(0)).values_list("name", "sanction")
    blank = Value("", output_field=CharField())
    sanctions = _active_sanctions_of(user).annotate(name=blank).values_list("name", "pk")
    rows = list(groups.order_by().union(sanctions.order_by(), all=True))
    ids = [sanction for _, sanction in rows if sanction]
    active = list(Sanction.objects.filter(pk__in=ids).order_by("-created_at")) if ids else []
    return [name for name, sanction in rows if not sanction], active
