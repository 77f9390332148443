"""Read the demo content's TOML files (``home/demo/content/``) and check their shape.

Each file holds one item. :func:`read` returns every item as a plain dict with its file
name under ``"_file"``; it collects every problem (a file that is not TOML, a missing or
unknown field, a value of the wrong type) and raises them together, each naming the file
and the field, before the loader writes anything. Cross-references (topics,
organizations, sources, line numbers) are checked by ``home.demo.loader.validate``.
"""

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

CONTENT = Path(__file__).resolve().parent / "content"
SEED_MANIFEST = CONTENT / "seed-manifest.toml"


class DemoDataError(ValueError):
    """The demo data files are malformed or refer to something that does not exist."""


# A field's spec: (kind, required). A kind is a Python type, STRS (a list of strings),
# a dict (a sub-table), Tables(spec) (a list of tables) or Stream({type: spec}).
STRS = "list of text"
INTS = "list of whole numbers"
OPTIONAL, REQUIRED = False, True


@dataclass(frozen=True)
class Tables:
    spec: dict


@dataclass(frozen=True)
class Stream:
    types: dict


CITATION = {"source": (str, REQUIRED), "lines": (str, OPTIONAL), "note": (str, OPTIONAL)}
CLAUSE = {
    "heading": (str, OPTIONAL),
    "provision": (str, OPTIONAL),  # resources.choices.Provision; what compare/ groups by
    "text": (str, REQUIRED),
    "kind": (str, OPTIONAL),
    "verbatim": (bool, OPTIONAL),
    "parties": (str, OPTIONAL),
    "year": (int, OPTIONAL),
    "section": (str, OPTIONAL),
    "page": (str, OPTIONAL),
    "source": (str, OPTIONAL),
}
METRIC = {
    "label": (str, REQUIRED),
    "value": (str, REQUIRED),
    "unit": (str, OPTIONAL),
    "year": (int, OPTIONAL),
    "source": (str, OPTIONAL),
}
TEXT = {"text": (str, REQUIRED)}
ORGANIZATION = {
    "key": (str, REQUIRED),
    "name": (str, REQUIRED),
    "kind": (str, REQUIRED),
    "state": (str, OPTIONAL),
    "locale": (str, OPTIONAL),
    "size_band": (str, OPTIONAL),
    "union_affiliation": (str, OPTIONAL),
    "stage": (str, OPTIONAL),
    "partner": (str, OPTIONAL),
    "website": (str, OPTIONAL),
    "topics": (STRS, OPTIONAL),
    "description": (str, OPTIONAL),
    "source": (str, OPTIONAL),
    "citations": (Tables(CITATION), OPTIONAL),
}
LIBRARY = {
    "slug": (str, REQUIRED),
    "title": (str, REQUIRED),
    "summary": (str, REQUIRED),
    "start_year": (int, OPTIONAL),
    "end_year": (int, OPTIONAL),
    "states": (STRS, OPTIONAL),
    "locale": (str, OPTIONAL),
    "size_band": (str, OPTIONAL),
    "stage": (str, OPTIONAL),
    "status": (str, OPTIONAL),
    "student_outcomes_reported": (bool, OPTIONAL),
    "topics": (STRS, OPTIONAL),
    "organizations": (STRS, OPTIONAL),
    "citations": (Tables(CITATION), REQUIRED),
}
CASE_STUDY = LIBRARY | {
    "program_name": (str, REQUIRED),
    "challenge": (str, REQUIRED),
    "approach": (str, REQUIRED),
    "lessons": (str, OPTIONAL),
    "related_resources": (STRS, OPTIONAL),
    "agreed": (Stream({"text": TEXT, "clause": CLAUSE}), OPTIONAL),
    "outcomes": (Stream({"text": TEXT, "metric": METRIC}), OPTIONAL),
}
DOCUMENT = {
    "title": (str, REQUIRED),
    "filename": (str, REQUIRED),
    "sections": (Tables({"heading": (str, REQUIRED), "text": (str, REQUIRED)}), REQUIRED),
}
RESOURCE = LIBRARY | {
    "resource_type": (str, REQUIRED),
    "body": (str, OPTIONAL),
    "rights": (str, OPTIONAL),
    "related_case_studies": (STRS, OPTIONAL),
    "clauses": (Tables(CLAUSE), OPTIONAL),
    "documents": (Tables(DOCUMENT), OPTIONAL),
}
TOPIC = {
    "slug": (str, REQUIRED),
    "name": (str, REQUIRED),
    "description": (str, REQUIRED),
    "citations": (Tables(CITATION), REQUIRED),
}
SOURCE = {
    "key": (str, REQUIRED),
    "title": (str, REQUIRED),
    "authors": (str, OPTIONAL),
    "year": (int, OPTIONAL),
    "publisher": (str, OPTIONAL),
    "url": (str, OPTIONAL),
    "page": (str, OPTIONAL),
}
REPLY = {
    "author": (str, REQUIRED),
    "body": (str, REQUIRED),
    "accepted": (bool, OPTIONAL),
    "helpful": (STRS, OPTIONAL),
    "reply_to": (int, OPTIONAL),
}
THREAD = {
    "title": (str, REQUIRED),
    "author": (str, REQUIRED),
    "topics": (STRS, OPTIONAL),
    "days_ago": (int, REQUIRED),
    "body": (str, REQUIRED),
    "replies": (Tables(REPLY), OPTIONAL),
}
COMMUNITY = {
    "slug": (str, REQUIRED),
    "title": (str, REQUIRED),
    "description": (str, REQUIRED),
    "topics": (STRS, REQUIRED),
    "facilitators": (STRS, REQUIRED),
    "private_group": (str, OPTIONAL),
    "threads": (Tables(THREAD), OPTIONAL),
}
PERSON = {
    "username": (str, REQUIRED),
    "first_name": (str, REQUIRED),
    "last_name": (str, REQUIRED),
    "forum": (bool, OPTIONAL),
    "groups": (STRS, OPTIONAL),
    "profile": (
        {
            "role": (str, REQUIRED),
            "state": (str, OPTIONAL),
            "bio": (str, REQUIRED),
            "expertise": (STRS, OPTIONAL),
            "interests": (STRS, OPTIONAL),
            "visibility": (str, REQUIRED),
            "organization": (str, OPTIONAL),
            "position": (str, OPTIONAL),
        },
        OPTIONAL,
    ),
    "facilitator": (
        {
            "summary": (str, REQUIRED),
            "services": (STRS, OPTIONAL),
            "regions": (STRS, OPTIONAL),
            "languages": (str, OPTIONAL),
        },
        OPTIONAL,
    ),
}
# A demo district team (teams/): people are demo people's usernames, days count back
# from the day the demo is loaded. Markdown in principles, updates and comments.
TEAM_STEP = {
    "title": (str, REQUIRED),
    "status": (str, REQUIRED),
    "owner": (str, OPTIONAL),
    "due_in_days": (int, OPTIONAL),
}
TEAM_GOAL = {
    "title": (str, REQUIRED),
    "description": (str, OPTIONAL),
    "topics": (STRS, REQUIRED),
    "steps": (Tables(TEAM_STEP), OPTIONAL),
}
TEAM_POST = {
    "author": (str, REQUIRED),
    "days_ago": (int, REQUIRED),
    "body": (str, REQUIRED),
    "reply_to": (int, OPTIONAL),
}
TEAM = {
    "slug": (str, REQUIRED),
    "name": (str, REQUIRED),
    "district": (str, REQUIRED),
    "unions": (STRS, REQUIRED),
    "facilitator": (str, OPTIONAL),
    "members": (
        Tables({"person": (str, REQUIRED), "side": (str, REQUIRED), "title": (str, OPTIONAL)}),
        REQUIRED,
    ),
    "dev_accounts": (
        Tables({"username": (str, REQUIRED), "side": (str, REQUIRED), "title": (str, OPTIONAL)}),
        OPTIONAL,
    ),
    "rounds": (
        Tables(
            {
                "days_ago": (int, REQUIRED),
                "school": (str, OPTIONAL),
                "stage": (str, REQUIRED),
                "communication": (INTS, REQUIRED),
                "collaboration": (INTS, REQUIRED),
                "openness": (INTS, REQUIRED),
            }
        ),
        OPTIONAL,
    ),
    "principles": (str, OPTIONAL),
    "plan": (
        {
            "title": (str, REQUIRED),
            "summary": (str, OPTIONAL),
            "status": (str, REQUIRED),
            "shared_with_network": (bool, OPTIONAL),
            "goals": (Tables(TEAM_GOAL), OPTIONAL),
            "updates": (Tables(TEAM_POST), OPTIONAL),
            "comments": (Tables(TEAM_POST), OPTIONAL),
        },
        OPTIONAL,
    ),
}
# An event (events/): archive entries give their dates (start_date...); demo events are
# dated relative to the day they are loaded (start_in_days or start_in_hours).
EVENT_SESSION = {
    "title": (str, REQUIRED),
    "day": (int, OPTIONAL),  # day 1, 2... of the event
    "starts": (time, OPTIONAL),
    "ends": (time, OPTIONAL),
    "format": (str, OPTIONAL),
    "description": (str, OPTIONAL),
    "speakers": (str, OPTIONAL),
    "presented": (STRS, OPTIONAL),  # "case-studies/<slug>" or "resources/<slug>"
}
EVENT = {
    "slug": (str, REQUIRED),
    "title": (str, REQUIRED),
    "kind": (str, REQUIRED),
    "summary": (str, REQUIRED),
    "description": (str, OPTIONAL),
    "is_demo": (bool, REQUIRED),
    "date_stated": (bool, OPTIONAL),
    "times_stated": (bool, OPTIONAL),
    "start_date": (date, OPTIONAL),
    "end_date": (date, OPTIONAL),
    "start_in_days": (int, OPTIONAL),
    "end_in_days": (int, OPTIONAL),
    "start_in_hours": (int, OPTIONAL),
    "length_minutes": (int, OPTIONAL),
    "start_time": (time, OPTIONAL),
    "end_time": (time, OPTIONAL),
    "time_zone": (str, REQUIRED),
    "online": (bool, OPTIONAL),
    "venue_name": (str, OPTIONAL),
    "address": (str, OPTIONAL),
    "join_url": (str, OPTIONAL),
    "join_details": (str, OPTIONAL),
    "state": (str, OPTIONAL),
    "region": (str, OPTIONAL),
    "topics": (STRS, REQUIRED),
    "organizers": (str, OPTIONAL),
    "community": (str, OPTIONAL),
    "registration_enabled": (bool, REQUIRED),
    "capacity": (int, OPTIONAL),
    "registration_opens_in_days": (int, OPTIONAL),
    "registration_deadline_in_days": (int, OPTIONAL),
    "speakers": (
        Tables(
            {
                "person": (str, OPTIONAL),
                "name": (str, OPTIONAL),
                "affiliation": (str, OPTIONAL),
                "role": (str, OPTIONAL),
            }
        ),
        OPTIONAL,
    ),
    "agenda": (Stream({"session": EVENT_SESSION, "note": TEXT}), OPTIONAL),
    "registrations": (STRS, OPTIONAL),  # demo people, in the order they registered
    "team_registrations": (
        Tables({"team": (str, REQUIRED), "by": (str, REQUIRED)}),
        OPTIONAL,
    ),
    "citations": (Tables(CITATION), OPTIONAL),
}
BODY_BLOCK = {"heading": {"text": (str, REQUIRED)}, "text": TEXT}
SITE = {
    "home": (
        {"title": (str, REQUIRED), "tagline": (str, OPTIONAL), "intro": (str, OPTIONAL)},
        REQUIRED,
    ),
    "about": (
        {
            "slug": (str, REQUIRED),
            "title": (str, REQUIRED),
            "intro": (str, OPTIONAL),
            "body": (Stream(BODY_BLOCK), OPTIONAL),
        },
        REQUIRED,
    ),
    "case_study_index": ({"intro": (str, REQUIRED)}, REQUIRED),
    "resource_index": ({"intro": (str, REQUIRED)}, REQUIRED),
    "communities": ({"intro": (str, REQUIRED), "private_group": (str, REQUIRED)}, REQUIRED),
    "featured": ({"case_studies": (STRS, REQUIRED)}, REQUIRED),
    "events": ({"title": (str, REQUIRED), "intro": (str, REQUIRED)}, REQUIRED),
}

# Folder -> (the field that must match the file's name, spec).
FOLDERS = {
    "sources": ("key", SOURCE),
    "topics": ("slug", TOPIC),
    "organizations": ("key", ORGANIZATION),
    "demo-organizations": ("key", ORGANIZATION),
    "case-studies": ("slug", CASE_STUDY),
    "resources": ("slug", RESOURCE),
    "communities": ("slug", COMMUNITY),
    "people": ("username", PERSON),
    "teams": ("slug", TEAM),
    "events": ("slug", EVENT),
}


@dataclass
class Content:
    site: dict = field(default_factory=dict)
    sources: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    organizations: list = field(default_factory=list)
    demo_organizations: list = field(default_factory=list)
    case_studies: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    communities: list = field(default_factory=list)
    people: list = field(default_factory=list)
    teams: list = field(default_factory=list)
    events: list = field(default_factory=list)
    seeds: dict = field(default_factory=dict)  # source key -> manifest entry


TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    date: "a date like 2011-02-15",
    time: "a time like 09:00:00",
}


def check(table, spec, where, problems):
    """Append "<where>.<field>: problem" for every field that does not fit ``spec``."""
    for name in table:
        if name not in spec:
            problems.append(f"{where}{name}: unknown field")
    for name, (kind, required) in spec.items():
        here = f"{where}{name}"
        if name not in table:
            if required:
                problems.append(f"{here}: missing")
            continue
        value = table[name]
        if isinstance(kind, type):
            # bool is an int and a datetime a date in Python; neither is wanted there.
            wrong = (kind is int and isinstance(value, bool)) or (
                kind is date and isinstance(value, datetime)
            )
            if not isinstance(value, kind) or wrong:
                problems.append(f"{here}: expected {TYPE_NAMES[kind]}, got {value!r}")
        elif kind == STRS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"{here}: expected a list of text, got {value!r}")
        elif kind == INTS:
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                problems.append(f"{here}: expected a list of whole numbers, got {value!r}")
        elif isinstance(kind, dict):
            if isinstance(value, dict):
                check(value, kind, f"{here}.", problems)
            else:
                problems.append(f"{here}: expected a table")
        elif isinstance(kind, Tables):
            for number, item in enumerate(value if isinstance(value, list) else [None]):
                if isinstance(item, dict):
                    check(item, kind.spec, f"{here}[{number}].", problems)
                else:
                    problems.append(f"{here}: expected a list of tables")
                    break
        elif isinstance(kind, Stream):
            for number, item in enumerate(value if isinstance(value, list) else [None]):
                if not isinstance(item, dict):
                    problems.append(f"{here}: expected a list of tables")
                    break
                block = item.get("type")
                if block not in kind.types:
                    allowed = ", ".join(kind.types)
                    problems.append(f"{here}[{number}].type: expected one of {allowed}")
                    continue
                body = {k: v for k, v in item.items() if k != "type"}
                check(body, kind.types[block], f"{here}[{number}].", problems)


def parse(path, problems):
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{path.relative_to(path.parents[1])}: not valid TOML ({error})")
        return None


def read(root=CONTENT):
    """Every data file under ``root``, checked; raises DemoDataError listing all problems."""
    root = Path(root)
    problems = []
    content = Content()
    site = parse(root / "site.toml", problems) if (root / "site.toml").exists() else None
    if site is None:
        problems.append("site.toml: missing or unreadable")
    else:
        check(site, SITE, "site.toml: ", problems)
        content.site = site
    for folder, (name_field, spec) in FOLDERS.items():
        items = getattr(content, folder.replace("-", "_"))
        for path in sorted((root / folder).glob("*.toml")):
            where = f"{folder}/{path.name}"
            data = parse(path, problems)
            if data is None:
                continue
            check(data, spec, f"{where}: ", problems)
            if data.get(name_field) != path.stem:
                problems.append(f"{where}: {name_field}: must be {path.stem!r}, the file's name")
            data["_file"] = where
            items.append(data)
    manifest = root / SEED_MANIFEST.name
    if manifest.exists():
        data = parse(manifest, problems) or {}
        content.seeds = {entry["source"]: entry for entry in data.get("seeds", [])}
    if problems:
        raise DemoDataError("Demo data problems:\n" + "\n".join(f"- {p}" for p in problems))
    return content
