"""Load test: anonymous visitors and signed-in members on a real server (bench/load.py
starts everything and checks the counts afterwards; run it rather than this file).

Anonymous visitors browse the pages, search with facets and read threads. Members sign
in through allauth's form, read and search, and post a reply about once a minute each
(every reply body is unique, so none is taken for a double post).

BENCH_LOAD_DATA names a JSON file with the page URLs, the threads and the member accounts
(written by bench/load.py from bench/page_urls.py).
"""

import itertools
import json
import os
import random
import re
import time
import uuid

from locust import HttpUser, between, task

DATA = json.loads(open(os.environ["BENCH_LOAD_DATA"]).read())  # noqa: SIM115
PAGES = DATA["pages"]
BROWSE = [PAGES[kind] for kind in DATA["browse"]]
THREADS = DATA["threads"]
SEARCHES = DATA["searches"]
ACCOUNTS = itertools.cycle(DATA["members"])
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# Seconds between one member's replies: about one a minute.
REPLY_EVERY = (45, 75)


class Visitor:
    def browse(self):
        self.get(random.choice(BROWSE), name="browse")

    def search(self):
        self.get(random.choice(SEARCHES), name="search (facets)")

    def read_thread(self):
        self.get(random.choice(THREADS), name="thread")

    def get(self, url, name):
        with self.client.get(url, name=name, catch_response=True, **self.options()) as r:
            if r.status_code != 200:
                r.failure(f"status {r.status_code}")
            return r

    def options(self):
        return {}


class AnonymousVisitor(Visitor, HttpUser):
    weight = 3
    wait_time = between(1, 4)

    @task(4)
    def browse_task(self):
        self.browse()

    @task(2)
    def search_task(self):
        self.search()

    @task(3)
    def read_thread_task(self):
        self.read_thread()


class Member(Visitor, HttpUser):
    """A signed-in member. The session cookie is Secure (production settings) and the
    server plain HTTP on 127.0.0.1, where a browser sends it but requests' cookie jar does
    not: the member keeps its cookies itself."""

    weight = 2
    wait_time = between(2, 5)

    def on_start(self):
        self.jar = {}
        self.account = next(ACCOUNTS)
        self.next_reply_at = time.monotonic() + random.uniform(5, REPLY_EVERY[1])
        page = self.get("/accounts/login/", name="sign-in form")
        response = self.client.post(
            "/accounts/login/",
            data={
                "csrfmiddlewaretoken": TOKEN.search(page.text).group(1),
                "login": self.account["email"],
                "password": self.account["password"],
            },
            allow_redirects=False,
            name="sign in",
            **self.options(),
        )
        self.keep(response)
        if response.status_code != 302 or "sessionid" not in self.jar:
            raise RuntimeError(f"{self.account['email']} could not sign in")

    def keep(self, response):
        for cookie in response.cookies:
            self.jar[cookie.name] = cookie.value
        self.client.cookies.clear()

    def options(self):
        jar = getattr(self, "jar", {})
        return {"headers": {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}}

    def get(self, url, name):
        response = super().get(url, name)
        self.keep(response)
        return response

    @task(3)
    def browse_task(self):
        self.browse()

    @task(1)
    def search_task(self):
        self.search()

    @task(4)
    def read_or_reply(self):
        if time.monotonic() < self.next_reply_at:
            self.read_thread()
            return
        self.next_reply_at = time.monotonic() + random.uniform(*REPLY_EVERY)
        thread = random.choice(THREADS)
        page = self.get(thread, name="thread")
        found = TOKEN.search(page.text)
        if not found:
            return
        body = f"Load test reply {uuid.uuid4()}: what did the joint committee decide?"
        with self.client.post(
            f"{thread}reply/",
            data={"csrfmiddlewaretoken": found.group(1), "body": body},
            allow_redirects=False,
            name="POST reply",
            catch_response=True,
            **self.options(),
        ) as response:
            self.keep(response)
            # A posted reply redirects to the thread, anchored on it (#post-<id>); a form
            # with errors answers 200 or 4xx.
            if response.status_code == 302 and "#post-" in response.headers.get("Location", ""):
                response.success()
            else:
                response.failure(f"reply not posted: status {response.status_code}")
