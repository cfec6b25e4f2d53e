"""Which board group belongs to each member stage (accounts.User.STAGES), for the home page.

Groups are matched by slug (forum/migrations/0003_stage_boards.py); admins may rename them but
the slugs stay. Groups not listed here ("Start here") are never hidden.
"""

STAGE_GROUP = {
    "thinking": "before-and-during",
    "tapering": "before-and-during",
    "holding": "before-and-during",
    "acute": "after-stopping",
    "protracted": "after-stopping",
    "recovered": "living-with-it",
    "carer": "around-the-member",
}
# The groups that are withdrawal stages: "hide other stages" hides these, except the member's.
STAGE_GROUPS = {"before-and-during", "after-stopping", "living-with-it"}


def group_for_stage(stage: str) -> str | None:
    return STAGE_GROUP.get(stage or "")
