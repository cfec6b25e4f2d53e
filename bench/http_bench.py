#!/usr/bin/env python3
"""HTTP benchmark of signed-out reading, as in production. Run from the project folder:

    .venv/bin/python bench/http_bench.py                 # scale 1 (100,000 posts), 10 s per page
    .venv/bin/python bench/http_bench.py --skip-seed --duration 5

1. Loads the demo data (seed_demo --scale S: bench/gen_dataset.py through the importer) into
   PostgreSQL (DATABASE_URL, default the `haven_fs` database, created if missing) and makes
   every board public (benchmark database only; signed-out readers see public boards only).
2. Serves the site like production: daphne (ASGI; --server uvicorn|gunicorn to compare) on
   127.0.0.1, DJANGO_DEBUG=0, persistent database connections (DJANGO_CONN_MAX_AGE), the Redis
   cache (REDIS_URL), and the bare baseline view /bench/baseline/ (HAVEN_BENCH_BASELINE=1) on
   the same server and workers.
3. Drives each page with wrk (Debian package `wrk`) and prints req/s, p50/p99 latency, req/s
   as a fraction of the baseline, and the SQL queries per page; with the signed-out page cache
   on (as deployed) and off (HAVEN_PAGE_CACHE_SECONDS=0, the views alone).
Localhost only, bounded: every step has a time limit and the server is stopped at the end.
"""

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
DAPHNE = str(Path(PYTHON).parent / "daphne")
DEFAULTS = {
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/haven_fs",
    "REDIS_URL": "redis://127.0.0.1:6379/3",
}


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run(args: list[str], env: dict, *, timeout: int, capture: bool = False) -> str:
    done = subprocess.run(args, cwd=ROOT, env=env, timeout=timeout, text=True,
                          stdout=subprocess.PIPE if capture else None, check=False)
    if done.returncode != 0:
        sys.exit(f"[bench] failed ({done.returncode}): {' '.join(args)}")
    return done.stdout or ""


def server_env(base: dict, *, cache_seconds: int, port: int) -> dict:
    env = dict(base)
    env.update({
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production-" + "x" * 20,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_CONN_MAX_AGE": env.get("DJANGO_CONN_MAX_AGE", "600"),
        # Persistent connections under ASGI need Django's pool (see config/settings.py).
        "DJANGO_DB_POOL": env.get("DJANGO_DB_POOL", "1"),
        "DJANGO_LOG_LEVEL": "WARNING",
        "HAVEN_BENCH_BASELINE": "1",
        "HAVEN_PAGE_CACHE_SECONDS": str(cache_seconds),
        "BENCH_PORT": str(port),
    })
    return env


def wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - http://127.0.0.1 only
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    sys.exit(f"[bench] the server did not answer {url} within {seconds:.0f} s")


def fetch_status(url: str, cookie: str = "") -> int:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http://127.0.0.1 only
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def port_is_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, *, duration: int, connections: int, threads: int, cookie: str = "") -> dict:
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "--latency", *headers, url],
        text=True, capture_output=True, timeout=duration + 60, check=False,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50_ms": p50, "p99_ms": p99, "non_2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": errors.group(1) if errors else ""}


def server_command(server: str, *, port: int, workers: int) -> list[str]:
    """The command serving the site: daphne (ASGI, one process: production's HTTP and websocket
    server), uvicorn (ASGI) or gunicorn (WSGI, sync workers); uvicorn and gunicorn are only
    installed to measure them (pip install uvicorn gunicorn, or put them on PYTHONPATH)."""
    if server == "daphne":
        return [DAPHNE, "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"]
    if server == "uvicorn":
        return [PYTHON, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers), "--no-access-log", "--log-level", "warning", "--lifespan", "off"]
    return [PYTHON, "-m", "gunicorn", "bench.wsgi:application", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--worker-class", "sync", "--log-level", "warning"]


def serve_and_measure(env: dict, pages: dict, args) -> dict:
    port = args.port
    if not port_is_free(port):
        sys.exit(f"[bench] port {port} is in use; pick another with --port")
    server_log = open(args.server_log, "a")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        server_command(args.server, port=port, workers=args.workers),
        cwd=ROOT, env=env, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    results = {}
    try:
        wait_for(base + "/bench/baseline/", 60)
        targets = {"baseline": "/bench/baseline/", **pages}
        for name, path in targets.items():
            for _ in range(3):  # warm up: templates, connections, cache
                status = fetch_status(base + path, args.cookie if name != "baseline" else "")
            if status != 200:
                sys.exit(f"[bench] {name} answered {status}: {base + path}")
        for name, path in targets.items():
            log(f"wrk {name}: {path}")
            results[name] = wrk(base + path, duration=args.duration, connections=args.connections,
                                threads=args.threads, cookie=args.cookie if name != "baseline" else "")
            results[name]["path"] = path
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=15)
        server_log.close()
    return results


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    except (OSError, AttributeError):
        mem_kb = 0
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "load_average": os.getloadavg(), "python": platform.python_version()}


# Signed-out targets from the first wave; signed-in targets from issue 16.
TARGETS = {"home": 0.06, "busiest board": 0.08, "topic": 0.09}
MEMBER_TARGETS = {"home": 0.08, "busiest board": 0.06, "topic": 0.05}


def target_for(name: str, mode: str):
    targets = MEMBER_TARGETS if mode.startswith("signed-in") else TARGETS
    if name.startswith("topic"):
        return targets["topic"]
    return targets.get(name)


def report(all_results: dict, queries: dict, info: dict) -> str:
    lines = [f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory_gb']} GB RAM; "
             f"load average at start {info['load_average'][0]:.2f}; Python {info['python']}.", ""]
    for mode, results in all_results.items():
        base = results["baseline"]["rps"]
        lines += [f"### {mode}", "",
                  "| page | req/s | p50 ms | p99 ms | fraction of baseline | target | queries (view / cached) |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name, r in results.items():
            q = queries.get(mode, queries).get(name, {})
            fraction = r["rps"] / base if base else 0
            target = target_for(name, mode)
            verdict = "" if target is None else (f"≥ {target} {'met' if fraction >= target else 'MISSED'}")
            errors = f" ({r['non_2xx']} non-2xx)" if r["non_2xx"] else ""
            lines.append(
                f"| {name}{errors} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {fraction:.3f} | "
                f"{verdict} | {q.get('view', 0) if q else 0} / {q.get('cached', 0) if q else 0} |"
            )
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--skip-seed", action="store_true", help="Use the data already loaded")
    parser.add_argument("--duration", type=int, default=10, help="Seconds of wrk per page (default 10)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--port", type=int, default=18765)
    parser.add_argument("--modes", default="cached,uncached,member",
                        help="comma-separated: cached (signed out, page cache on), uncached (signed out, views "
                             "alone), member (signed in as a member; default: all three)")
    parser.add_argument("--json", help="Also write the raw figures to this file")
    parser.add_argument("--server-log", default="/tmp/haven-bench-daphne.log", help="the server's output goes here")
    parser.add_argument("--server", choices=["daphne", "uvicorn", "gunicorn"], default="daphne",
                        help="HTTP server (default daphne, as in production; see server_command)")
    parser.add_argument("--workers", type=int, default=1, help="processes for uvicorn/gunicorn (daphne: always 1)")
    args = parser.parse_args()
    if not 1 <= args.duration <= 120:
        sys.exit("[bench] --duration must be 1 to 120 seconds")

    if shutil.which("wrk") is None:
        sys.exit("[bench] wrk is not installed. On Debian/Ubuntu: sudo apt-get install wrk "
                 "(it drives the HTTP load; nothing else is needed).")
    base_env = dict(os.environ)
    for key, value in DEFAULTS.items():
        base_env.setdefault(key, value)
    if not base_env["DATABASE_URL"].startswith(("postgres://", "postgresql://")):
        sys.exit("[bench] DATABASE_URL must point at PostgreSQL")
    info = machine()
    log(f"machine: {info}")

    db_name = base_env["DATABASE_URL"].rsplit("/", 1)[-1]
    if shutil.which("createdb"):
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", db_name], capture_output=True, check=False)
    manage = [PYTHON, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v0"], base_env, timeout=600)
    if not args.skip_seed:
        log(f"loading scale {args.scale} with seed_demo (minutes at scale 1)")
        started = time.monotonic()
        run([*manage, "seed_demo", "--scale", str(args.scale), "--public-boards", "--no-progress"], base_env,
            timeout=3 * 3600)
        log(f"seed_demo took {time.monotonic() - started:.0f} s")
    run([PYTHON, "-m", "bench.probe", "public"], base_env, timeout=120, capture=True)
    prod_env = server_env(base_env, cache_seconds=60, port=args.port)
    run([*manage, "collectstatic", "--noinput", "-v0"], prod_env, timeout=600)
    pages = json.loads(run([PYTHON, "-m", "bench.probe", "pages"], prod_env, timeout=120, capture=True))
    queries = json.loads(run([PYTHON, "-m", "bench.probe", "queries"], prod_env, timeout=600, capture=True))
    log(f"queries per page: {queries}")

    all_results = {}
    args.cookie = ""
    for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
        seconds = 60 if mode == "cached" else 0
        label = {"cached": "signed-out page cache on (as deployed)",
                 "uncached": "page cache off (HAVEN_PAGE_CACHE_SECONDS=0): the views alone",
                 "member": "signed-in member (the page cache never serves members)"}[mode]
        env = server_env(base_env, cache_seconds=seconds, port=args.port)
        if mode == "member":
            session = json.loads(run([PYTHON, "-m", "bench.probe", "session"], env, timeout=120, capture=True))
            args.cookie = session["cookie"]
            member_queries = json.loads(run([PYTHON, "-m", "bench.probe", "queries"],
                                            {**env, "BENCH_COOKIE": args.cookie}, timeout=600, capture=True))
            log(f"queries per page, signed in as {session['member']}: {member_queries}")
            queries[label] = member_queries
        log(f"serving with {label}")
        all_results[label] = serve_and_measure(env, pages, args)
        args.cookie = ""
    text = report(all_results, queries, info)
    processes = 1 if args.server == "daphne" else args.workers
    print(f"\nHaven HTTP benchmark, {dt.date.today().isoformat()}, scale {args.scale}, "
          f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s, {args.server} ({processes} process(es))\n")
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "queries": queries, "results": all_results},
                                              indent=2))


if __name__ == "__main__":
    main()
