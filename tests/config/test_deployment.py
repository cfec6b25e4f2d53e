"""There is no Docker engine here, so the compose file is checked by reading it."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_production_services_with_health_checks():
    services = _compose()["services"]
    assert {"postgres", "redis", "web", "nginx"} <= set(services)
    for name in ("postgres", "redis", "web", "nginx"):
        assert "healthcheck" in services[name], f"{name} has no health check"
    assert services["web"]["build"] == "."
    assert "ports" not in services["web"], "web must not bind a host port, or --scale web=3 clashes"
    assert services["nginx"]["ports"] == ["80:80"]
    assert set(_compose()["volumes"]) == {"postgres-data", "redis-data"}


def test_web_gets_every_variable_production_settings_require():
    env = _compose()["services"]["web"]["environment"]
    assert env["DJANGO_DEBUG"] == "0"
    for required in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"):
        assert env.get(required), f"{required} is not provided to web"
    assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:" in env["DATABASE_URL"]
    assert env["REDIS_URL"].startswith("redis://redis:")


def test_every_variable_settings_read_is_documented_in_the_example_env_or_readme():
    settings_src = (ROOT / "config" / "settings.py").read_text()
    names = set(re.findall(r'env_(?:str|bool|int|list|required)\("([A-Z_]+)"', settings_src))
    documented = (ROOT / ".env.example").read_text() + (ROOT / "README.md").read_text()
    missing = sorted(name for name in names if name not in documented)
    assert not missing, f"undocumented settings: {missing}"


def test_load_balancer_upgrades_websockets_and_resolves_all_web_containers():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "proxy_set_header Upgrade $http_upgrade" in conf
    assert "server web:8000 resolve" in conf


def test_image_runs_as_a_non_root_user_and_serves_asgi():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "USER haven" in dockerfile
    assert "config.asgi:application" in dockerfile
    assert "requirements.lock" in dockerfile


def test_compose_runs_task_workers_and_exactly_one_scheduler_beside_web():
    services = _compose()["services"]
    worker, scheduler = services["worker"], services["scheduler"]
    for service in (worker, scheduler):
        assert service["build"] == "."
        assert service["entrypoint"][-1] == "run_huey"
        assert service["environment"]["REDIS_URL"].startswith("redis://redis:")
        assert "@postgres:" in service["environment"]["DATABASE_URL"]
        assert "healthcheck" in service and "ports" not in service
    # Workers scale freely and never enqueue periodic jobs; one scheduler does.
    assert "--no-periodic" in worker["command"]
    assert "--no-periodic" not in scheduler["command"]
    assert scheduler["deploy"]["replicas"] == 1


def test_huey_uses_redis_when_redis_url_is_set_and_a_sqlite_file_otherwise():
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/9"}
    env.pop("DATABASE_URL", None)
    code = "from django.conf import settings as s; print(s.HUEY['huey_class'], s.HUEY.get('filename', ''))"
    run = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    with_redis = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert with_redis.split()[0] == "huey.RedisHuey"
    env.pop("REDIS_URL")
    embedded = subprocess.run(run, env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert embedded[0] == "huey.SqliteHuey"
    assert embedded[1] == str(ROOT / "db-tasks.sqlite3")
