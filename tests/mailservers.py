"""Real mail servers for tests: an SMTP inbox (aiosmtpd) that keeps what it receives, a
port that refuses connections (mail down), and a server that accepts connections and
never answers (mail hung)."""

import email
import email.policy
import socket
import threading
import time

import pytest

WAIT_SECONDS = 10


class Inbox:
    """An aiosmtpd handler that keeps each message it receives, with its recipients.
    ``delay`` holds each message that long before accepting it (a slow server)."""

    def __init__(self, delay=0):
        self.port = None
        self.delay = delay
        self._received = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            time.sleep(self.delay)  # blocks the server's loop: one message at a time
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self._lock:
            self._received.append((tuple(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    @property
    def messages(self):
        with self._lock:
            return [message for _, message in self._received]

    def to(self, address):
        with self._lock:
            return [message for rcpt_tos, message in self._received if address in rcpt_tos]

    def wait_for(self, address, matches, what):
        """The messages to ``address`` that ``matches``, once there is at least one."""
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            found = [message for message in self.to(address) if matches(message)]
            if found:
                return found
            if time.monotonic() > deadline:
                subjects = [str(message["Subject"]) for message in self.to(address)]
                pytest.fail(f"No {what} reached {address} in {WAIT_SECONDS}s; got {subjects}")
            time.sleep(0.05)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_inbox(delay=0):
    """Start an SMTP server on a free port; returns (inbox, controller)."""
    from aiosmtpd.controller import Controller

    handler = Inbox(delay=delay)
    handler.port = free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=handler.port, server_hostname="localhost"
    )
    controller.start()
    return handler, controller


class SilentServer:
    """Accepts TCP connections and never sends a byte: an SMTP server that hangs."""

    def __init__(self):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.connections = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:  # closed
                return
            self.connections.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


def use_smtp(settings, port, timeout=5):
    """Send the site's email over SMTP to 127.0.0.1:``port``."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = timeout
