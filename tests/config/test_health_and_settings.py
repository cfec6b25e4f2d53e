import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_reports_ok_when_database_and_channel_layer_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["db"] == "ok" and response.json()["channel_layer"] == "ok"


@pytest.mark.django_db
def test_healthz_names_the_failing_part(client, monkeypatch):
    from config import views

    async def broken():
        raise ConnectionError("redis down")

    monkeypatch.setattr(views, "_channel_layer_roundtrip", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["db"] == "ok" and response.json()["channel_layer"].startswith("error")


def _check(env_overrides, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _check({"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "haven.example"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr + result.stdout


def test_production_refuses_to_start_without_allowed_hosts():
    result = _check({"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr + result.stdout


def test_production_settings_pass_the_deploy_check():
    result = _check(
        {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "k3!" + "q8Zr" * 20,
            "DJANGO_ALLOWED_HOSTS": "haven.example",
            "DJANGO_CSRF_TRUSTED_ORIGINS": "https://haven.example",
        },
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_pages_send_a_strict_content_security_policy(client, db):
    response = client.get("/guidelines/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
