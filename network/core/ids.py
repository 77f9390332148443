"""Row ids as they arrive from visitors: in URLs (the ``<id:...>`` converter) and in
query strings and forms (``parse_id``).

Django's ``<int:...>`` accepts any run of digits, and a number past the 64-bit range
reaches the database as a query SQLite cannot bind (an OverflowError, so a 500); a
non-numeric id given to ``filter(pk=...)`` raises a ValueError. Both mean "no such row",
so an id outside 1 .. 2**63 - 1 answers as a missing page or a missing choice.
"""

MAX_ID = 2**63 - 1  # the largest value of a BigAutoField (and of a signed 64-bit integer)


def parse_id(value):
    """The positive id ``value`` spells (a string of digits, within 64 bits), or None."""
    value = str(value or "").strip()
    if not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if 0 < number <= MAX_ID else None


class IdConverter:
    """``<id:pk>``: a row id. Longer or larger numbers do not match, so they get a 404."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = parse_id(value)
        if number is None:
            raise ValueError(f"{value!r} is not a row id")
        return number

    def to_url(self, value):
        return str(value)
