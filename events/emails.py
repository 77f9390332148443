"""Every email about an event, through the outbox (``network.core.outbox``): written down
in the caller's transaction, sent after commit, never lost when the mail server is down.

To be written (issue 13): the interface the registration service calls.
"""


def queue_confirmation(registration):
    """The confirmation (or waiting-list notice) with the event's .ics attached."""
    raise NotImplementedError


def queue_promotion(registration):
    """A waiting member got a place."""
    raise NotImplementedError
