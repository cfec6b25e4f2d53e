def review_queue(request):
    """Review queue count for moderators' header. Filled in by the moderation issue."""
    return {}
