def notifications(request):
    """Unread notification count for the header. Filled in by the forum issue."""
    return {}
