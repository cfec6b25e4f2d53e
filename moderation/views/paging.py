"""Pagination shared by the moderation list pages."""

from django.core.paginator import Paginator

PAGE_SIZE = 50


def page_of(request, qs, size: int = PAGE_SIZE):
    """The requested page of qs (?page=N; out-of-range numbers give the last page)."""
    return Paginator(qs, size).get_page(request.GET.get("page"))
