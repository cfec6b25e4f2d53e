"""A registry apps above forum use to tell it who must not hear from whom.

forum never imports those apps; they register a function in their AppConfig.ready():

    forum.hooks.register_silencer(blockers_of)   # (author_id, candidate_ids) -> ids to skip

forum's mention and quote notifications skip the members any silencer returns (the
conversations app: members who blocked the author). Nothing tells the author.
"""

from collections.abc import Callable, Iterable

Silencer = Callable[[int, Iterable[int]], set[int]]

_SILENCERS: list[Silencer] = []


def register_silencer(silencer: Silencer) -> None:
    if silencer not in _SILENCERS:
        _SILENCERS.append(silencer)


def silenced_for(author_id: int, candidate_ids: Iterable[int]) -> set[int]:
    """The candidates who must not hear from author_id (an empty set when nothing is registered)."""
    candidates = set(candidate_ids)
    silenced: set[int] = set()
    if not candidates:
        return silenced
    for silencer in _SILENCERS:
        silenced |= set(silencer(author_id, candidates))
    return silenced
