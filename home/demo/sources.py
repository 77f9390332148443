"""The five source reports the demo content is drawn from, and a helper to cite them.

Every fact in the demo content carries a citation made with :func:`cite`, so an
editor can open ``shared/seeds/<file>`` at the given lines and check it.
"""

SOURCES = {
    "000": {
        "title": (
            "Massachusetts Education Partnership: Results and Research from the First Two Years"
        ),
        "authors": "Thomas A. Kochan, Barry Bluestone and Nancy E. Peace",
        "year": 2014,
        "publisher": "Massachusetts Education Partnership",
        "file": "000_f0f91d389d46916b.txt",
    },
    "001": {
        "title": "Union-management partnerships, teacher collaboration and student performance "
        "(untitled research paper)",
        "authors": "Not stated in the source",
        "year": None,
        "publisher": "Not stated in the source",
        "file": "001_9bec554f505816cc.txt",
    },
    "002": {
        "title": "Collaborative Approaches to Labor-Management Reform in Massachusetts",
        "authors": "Barry Bluestone and Thomas A. Kochan",
        "year": 2011,
        "publisher": "The Boston Foundation (Understanding Boston series)",
        "file": "002_a4b890b5f0cba33f.txt",
    },
    "003": {
        "title": "Forward, Together: Better Schools Through Labor-Management Collaboration",
        "authors": "Ken Futernick, Sara McClellan and Scott Vince",
        "year": 2012,
        "publisher": "WestEd (San Francisco, CA)",
        "file": "003_bca086ccb9f36602.txt",
    },
    "004": {
        "title": "Shared Responsibility: A U.S. Department of Education White Paper on "
        "Labor-Management Collaboration",
        "authors": "U.S. Department of Education",
        "year": 2012,
        "publisher": "U.S. Department of Education",
        "file": "004_50b1a9f1a09983ce.txt",
    },
}


def locator(seed, lines):
    """Return the human-readable locator, e.g. ``seed 002, lines 2158-2190``."""
    if seed not in SOURCES:
        raise KeyError(f"Unknown seed {seed!r}")
    lines = str(lines)
    word = "lines" if "-" in lines or "," in lines else "line"
    return f"seed {seed}, {word} {lines}"


def cite(seed, lines, note=""):
    """Build a citation dict (the shape of the ``citations`` StreamField block)."""
    source = SOURCES[seed]
    return {
        "title": source["title"],
        "authors": source["authors"],
        "year": source["year"],
        "publisher": source["publisher"],
        "locator": locator(seed, lines),
        "url": "",
        "note": note,
    }
