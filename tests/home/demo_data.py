"""The demo data files, read the way the loader reads them, for the tests about them."""

import hashlib
import re
import shutil
from pathlib import Path

from home.demo import datafiles

CONTENT = datafiles.read()
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SOURCES = {source["key"]: source for source in CONTENT.sources}
LOCATOR = re.compile(r"seed (\d{3}), lines? ([\d,\s-]+)")


def all_case_studies():
    return CONTENT.case_studies


def all_organizations():
    return CONTENT.organizations


def demo_organizations():
    return CONTENT.demo_organizations


def member_profiles(forum=None):
    """Every demo person with a profile, flattened: username plus the profile's fields."""
    return [
        {"username": p["username"], "organization": None, "position": "", **p["profile"]}
        for p in CONTENT.people
        if "profile" in p and (forum is None or bool(p.get("forum")) == forum)
    ]


def forum_members():
    return [p for p in CONTENT.people if p.get("forum")]


def facilitators():
    return [
        {"username": p["username"], **p["facilitator"]}
        for p in CONTENT.people
        if "facilitator" in p
    ]


def seeds_missing():
    """Why the seed texts cannot be checked here, or "" when they can: the manifest says
    which files, how long and which hash the citations were written against."""
    if not SEEDS.exists():
        return f"{SEEDS} is not beside the checkout (the manifest lists the five seed files)"
    for entry in CONTENT.seeds.values():
        path = SEEDS / entry["file"]
        if not path.exists():
            return f"{entry['file']} is missing from {SEEDS}"
        if hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            return f"{entry['file']} differs from the edition in seed-manifest.toml"
    return ""


def seed_length(seed):
    return CONTENT.seeds[seed]["lines"] + 1


def cited_ranges(text):
    for seed, spec in LOCATOR.findall(text):
        for part in re.split(r",\s*", spec.strip(" ,")):
            if not part:
                continue
            start, _, end = part.partition("-")
            yield seed, int(start), int(end or start)


def citation_ranges(citation):
    """A data file's citation ({source, lines}) as (seed, start, end) ranges."""
    lines = citation.get("lines", "")
    word = "lines" if "-" in lines or "," in lines else "line"
    return list(cited_ranges(f"seed {citation['source']}, {word} {lines}")) if lines else []


def copy_content(tmp_path):
    """A scratch copy of the data files a test may break."""
    root = tmp_path / "content"
    shutil.copytree(datafiles.CONTENT, root)
    return root
