"""Serving the site for the real-server benchmarks (bench/http_bench.py, bench/load.py): the
production settings' environment for a local run, manage.py commands, the demo content,
and gunicorn started on a free port and always stopped again."""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url, redis_url, port, **extra):
    """network.settings.production with what it requires filled in for this machine: a
    throw-away secret key, plain HTTP on 127.0.0.1 and the ceiling view mounted."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BENCH_CEILING_VIEW": "1",
        "TASK_BACKEND": "immediate",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "ERROR",
    }
    env.update({name: str(value) for name, value in extra.items()})
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(  # noqa: S603 - manage.py with our own arguments
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout


def prepare(env, log=print):
    """Static files, schema, and the demo content with its local accounts when the
    database has no home page yet."""
    log("collectstatic, migrate ...")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    empty = manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from home.models import LoadedPage; print(not LoadedPage.objects.exists())",
        capture=True,
    )
    if empty.strip() == "True":
        log("loading the demo content (a minute or two) ...")
        manage(env, "load_demo_content", "--verbosity", "0")
    manage(env, "create_dev_users", "--force")
    port = env["WAGTAILADMIN_BASE_URL"].rsplit(":", 1)[1]
    manage(env, "set_site_address", "--hostname", "127.0.0.1", "--port", port)


def manage_script(env, script, *args):
    """Run one of the bench's Django scripts with the server's settings; its output."""
    result = subprocess.run(  # noqa: S603 - our own scripts
        [PYTHON, script, *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE,
    )
    return result.stdout


def page_urls(env):
    return json.loads(manage_script(env, "bench/page_urls.py"))


def flush_redis(redis_url):
    """Empty the benchmark's Redis database: no cached page or sign-in count from an
    earlier run. Use a database number nothing else uses."""
    redis.Redis.from_url(redis_url).flushdb()


@contextmanager
def process(args, env, ready_url=None, timeout=60, log_path=None):
    """Run ``args`` in a process group of its own until the block ends (also on an
    exception or Ctrl-C), then stop the group: SIGTERM, SIGKILL after 10 s."""
    log = open(log_path, "w") if log_path else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(  # noqa: S603 - the servers' fixed commands
        args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        if ready_url:
            wait_until_ready(proc, ready_url, timeout)
        yield proc
    finally:
        stop(proc)
        if log_path:
            log.close()


def stop(proc):
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def wait_until_ready(proc, url, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode} before serving")
        try:
            with urlopen(url, timeout=5) as response:  # noqa: S310 - our own server
                response.read()
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def gunicorn(env, port, workers, log_path=None):
    args = [GUNICORN, "network.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}"]
    return process(args, env, ready_url=f"http://127.0.0.1:{port}/robots.txt", log_path=log_path)


def stop_on_sigterm():
    """Make SIGTERM unwind like Ctrl-C, so the ``finally`` blocks stop the servers."""

    def raise_interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, raise_interrupt)
