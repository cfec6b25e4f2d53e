"""The crisis detector: graded, explainable, pure (no database, no network): hand-written rules, then a
weighted-word backstop trained offline and shipped as a data file (weighed.py).

    from moderation.detector import assess
    assess("i have the pills saved up").summary()  # "preparations + method: 'pills saved up'"

Categories follow the Columbia Suicide Severity Rating Scale (docs/moderation.md).
"""

from moderation.detector.grading import CATEGORY_LABELS, HIGH, MEDIUM, NONE, Assessment, assess

__all__ = ["Assessment", "assess", "CATEGORY_LABELS", "HIGH", "MEDIUM", "NONE"]
