"""Fixtures for the security probes."""

import logging

import pytest


@pytest.fixture
def quiet_request_log():
    """Thousands of expected 403s and 404s: keep the request log for real errors only."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)
