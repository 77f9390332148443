"""The lockout counts failed sign-ins per account and client address together, in the
shared cache, from the address the trusted proxy reports (never a header anyone sends)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from network.core.accounts import AccountAdapter

pytestmark = pytest.mark.django_db
PASSWORD = "Collab0rate-Together"
ROOT = Path(__file__).resolve().parents[2]
ATTACKER, OWNER, PROXY = "203.0.113.9", "198.51.100.20", "10.0.0.2"
LOCKED = "Too many failed login attempts"


@pytest.fixture
def member(make_user):
    return make_user(email="president@local.example", password=PASSWORD)


def attempt(client, password, **meta):
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "president@local.example", "password": password}, **meta
    )
    return response, "_auth_user_id" in client.session


def lock_out(client, **meta):
    """The five wrong passwords the ``login_failed`` rule allows, then one more."""
    pages = [attempt(client, "wrong", **meta)[0].content.decode() for _ in range(6)]
    assert all(LOCKED not in html for html in pages[:5])
    assert LOCKED in pages[5]


def test_the_owner_still_signs_in_from_another_address(client, member, rate_limits):
    lock_out(client, REMOTE_ADDR=ATTACKER)
    response, ok = attempt(client, PASSWORD, REMOTE_ADDR=ATTACKER)
    assert not ok and LOCKED in response.content.decode()
    assert attempt(client, PASSWORD, REMOTE_ADDR=OWNER)[1]


def test_one_address_guessing_many_accounts_is_stopped(client, make_user, rate_limits):
    for n in range(21):
        make_user(email=f"member{n}@local.example", password=PASSWORD)
    pages = [
        client.post(
            reverse("account_login"),
            {"login": f"member{n}@local.example", "password": "wrong"},
            REMOTE_ADDR=ATTACKER,
        ).content.decode()
        for n in range(21)
    ]
    assert LOCKED not in pages[19] and LOCKED in pages[20]


def test_forwarded_for_is_ignored_without_a_trusted_proxy(client, member, rate_limits):
    # Every guess claims a new address; all of them count against the connection's.
    for n in range(5):
        attempt(client, "wrong", REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    response, ok = attempt(client, PASSWORD, REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=OWNER)
    assert not ok and LOCKED in response.content.decode()


def test_behind_a_trusted_proxy_each_client_counts_apart(client, member, rate_limits, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The proxy appends the real address; what the client put before it is not trusted.
    for n in range(5):
        attempt(
            client,
            "wrong",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {ATTACKER}",
        )
    response, ok = attempt(client, PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert not ok and LOCKED in response.content.decode()
    # Another member behind the same proxy is not locked out with the attacker.
    assert attempt(client, PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=OWNER)[1]


def test_a_configured_client_address_header(client, member, rate_limits, settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    for _ in range(5):
        attempt(client, "wrong", REMOTE_ADDR=PROXY, HTTP_X_REAL_IP=ATTACKER)
    assert not attempt(client, PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_REAL_IP=ATTACKER)[1]
    assert attempt(client, PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_REAL_IP=OWNER)[1]


def test_an_ipv6_client_counts_as_its_whole_network(rf):
    adapter = AccountAdapter()

    def key(address):
        request = rf.post("/accounts/login/", REMOTE_ADDR=address)
        return adapter._get_login_attempts_cache_key(request, email="a@b.example")

    assert key("2001:db8:1:2::1") == key("2001:db8:1:2:ffff::9")
    assert key("2001:db8:1:2::1") != key("2001:db8:1:3::1")
    assert key("192.0.2.1") != key("192.0.2.2")


# Another process: asks allauth, through the project's adapter, whether an address may
# still try the account, without touching the database.
OTHER_PROCESS = """
import json, sys
import django
django.setup()
from django.core.exceptions import ValidationError
from django.test import RequestFactory, override_settings
from allauth.account.adapter import get_adapter
from network.settings import base

answers = {}
with override_settings(ACCOUNT_RATE_LIMITS=base.ACCOUNT_RATE_LIMITS):
    for address in sys.argv[1:]:
        request = RequestFactory().post("/accounts/login/", REMOTE_ADDR=address)
        try:
            get_adapter().pre_authenticate(request, email="president@local.example", password="x")
            answers[address] = "may try"
        except ValidationError:
            answers[address] = "locked out"
print(json.dumps(answers))
"""


def other_process(redis_url, *addresses):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.test",
        "REDIS_URL": redis_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, *addresses],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_count_is_shared_by_every_process(client, member, shared_cache):
    lock_out(client, REMOTE_ADDR=ATTACKER)
    # A second server process, on the same Redis, sees the lockout this one counted.
    assert other_process(shared_cache, ATTACKER, OWNER) == {
        ATTACKER: "locked out",
        OWNER: "may try",
    }
    assert attempt(client, PASSWORD, REMOTE_ADDR=OWNER)[1]
