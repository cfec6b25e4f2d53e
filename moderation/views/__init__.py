"""Moderation pages, one module per page (docs/architecture.md):

queue (the list and bulk actions) · item (one item: content, context, history, action forms) ·
actions (the one table of actions and the POST handlers for items, members and sanctions) ·
members (a member's history and sanctions) · flags (flag something, your flags, help now) ·
audit (the audit log and its CSV export).

Thin views: check permission, validate a form, call one service, redirect or render. Reads are
in moderation/selectors.py, writes in moderation/services/ (and forum's own topic tools).
"""
