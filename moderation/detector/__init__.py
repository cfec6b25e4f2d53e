"""The crisis detector: graded, explainable, pure (no database, no network, no model).

    from moderation.detector import assess
    assess("i have the pills saved up").summary()  # "preparations + method: 'pills saved up'"

Categories follow the Columbia Suicide Severity Rating Scale (docs/moderation.md).
"""

from moderation.detector.grading import CATEGORY_LABELS, HIGH, MEDIUM, NONE, Assessment, assess

__all__ = ["Assessment", "assess", "CATEGORY_LABELS", "HIGH", "MEDIUM", "NONE"]
