"""Reads for boards, topics and posts."""

__all__: list[str] = []
