"""The home page, starting where the member is (issue 11): their stage group's boards, then new
activity in the boards they follow, then everything else. Visitors see every board; members-only
ones without their latest title. A fixed number of queries whatever the data size."""

from dataclasses import dataclass, field
from datetime import datetime

from forum.models import Board, Topic
from forum.selectors.content import BoardGroupRow, _is_member, _topic_q
from forum.stages import STAGE_GROUPS, group_for_stage

__all__ = ["HomePage", "home_page", "NEW_IN_FOLLOWED_LIMIT"]
NEW_IN_FOLLOWED_LIMIT = 10


@dataclass
class HomePage:
    stage_rows: list[BoardGroupRow] = field(default_factory=list)
    other_rows: list[BoardGroupRow] = field(default_factory=list)
    new_in_followed: list[Topic] = field(default_factory=list)
    hidden_groups: int = 0
    since: datetime | None = None

    @property
    def stage_boards(self) -> list[Board]:
        return [board for row in self.stage_rows for board in row.boards]


def _all_boards(viewer) -> list[Board]:
    """Every board; for visitors, members-only boards carry `members_only_locked` and no last post."""
    boards = list(
        Board.objects.select_related("group", "last_post", "last_post__topic", "last_post__author")
        .prefetch_related("last_post__author__groups")
        .order_by("group__position", "group__id", "position", "id")
    )
    member = _is_member(viewer)
    for board in boards:
        board.members_only_locked = not board.is_public and not member
        if board.members_only_locked:
            board.last_post = None
    return boards


def _rows(boards: list[Board]) -> list[BoardGroupRow]:
    rows: list[BoardGroupRow] = []
    for board in boards:
        if not rows or rows[-1].group != board.group:
            rows.append(BoardGroupRow(group=board.group))
        rows[-1].boards.append(board)
    return rows


def _new_in_followed(viewer, since: datetime | None) -> list[Topic]:
    topics = (
        Topic.objects.filter(_topic_q(viewer), board__subscriptions__user=viewer)
        .exclude(last_post__author=viewer)
        .select_related("board")
        .order_by("-last_post_at", "-id")
    )
    if since is not None:
        topics = topics.filter(last_post_at__gt=since)
    return list(topics[:NEW_IN_FOLLOWED_LIMIT])


def home_page(*, viewer, since: datetime | None = None) -> HomePage:
    rows = _rows(_all_boards(viewer))
    page = HomePage(other_rows=rows, since=since)
    if not _is_member(viewer):
        return page
    mine = group_for_stage(viewer.stage)
    page.stage_rows = [row for row in rows if row.group is not None and row.group.slug == mine]
    page.other_rows = [row for row in rows if row not in page.stage_rows]
    if viewer.hide_other_stages and mine:
        kept = [row for row in page.other_rows if row.group is None or row.group.slug not in STAGE_GROUPS]
        page.hidden_groups = len(page.other_rows) - len(kept)
        page.other_rows = kept
    page.new_in_followed = _new_in_followed(viewer, since)
    return page
