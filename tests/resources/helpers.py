"""Helpers for the resources tests."""

from django.contrib.auth import get_user_model

from resources import services
from resources.citations import parse_citations

BODY = (
    "## What helps\n\nTalk to your own prescriber before changing anything.\n\n"
    "| Term | Meaning |\n|---|---|\n| BIND | a name |"
)
CITATIONS = "doi:10.1371/journal.pone.0285584 | Ritvo AD et al. PLoS One. 2023\npmid:12345678"


def fresh(user):
    """Re-read a user so Django's permission cache and our verification cache are empty (the
    two-step mark stays: the same member in the same session)."""
    again = get_user_model().objects.get(pk=user.pk)
    if hasattr(user, "two_step_verified"):
        again.two_step_verified = user.two_step_verified
    return again


def make_draft(author, *, title="Coming off slowly", body=BODY, citations=CITATIONS, boards=(), **kwargs):
    return services.create_resource(
        author, title=title, summary="Why slow and supervised matters.", body=body,
        citations=parse_citations(citations), boards=boards, **kwargs,
    )


def make_published(author, reviewer, **kwargs):
    resource = make_draft(author, **kwargs)
    services.submit_resource(resource, by=author)
    return services.sign_off_resource(resource, by=reviewer)
