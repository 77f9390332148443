"""The events' data files are checked before anything is written: every problem named
by file and field (no demo content needed, so these are not marked demo)."""

import pytest

from events.models import EventPage
from home.demo import loader as demo_loader

from .demo_data import copy_content

DENVER = "events/denver-labor-management-conference-2011.toml"
MEETING = "events/northeast-regional-meeting-demo.toml"


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root):
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.DemoLoader(root=root).load()
    return str(error.value)


def test_the_committed_event_files_pass(db):
    content = demo_loader.DemoLoader().load()
    assert len(content.events) >= 7


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (DENVER, '"compensation",', '"no-such-topic",', "topics: unknown topic no-such-topic"),
        (DENVER, "kind = ", "colour = 1\nkind = ", "colour: unknown field"),
        (DENVER, 'state = "CO"', 'state = "ZZ"', "state: unknown state ZZ"),
        (DENVER, 'source = "003"', 'source = "009"', "citations[3].source: unknown source"),
        (DENVER, 'lines = "124"', 'lines = "9124"', "lines 9124-9124 are outside seed 003"),
        (
            DENVER,
            '"case-studies/montgomery-county-pgs"',
            '"case-studies/nowhere"',
            "presented: unknown case study nowhere",
        ),
        (DENVER, "start_date = 2011-02-15", "start_date = 2011-02-15T09:00:00", "start_date"),
        (DENVER, "registration_enabled = false", "registration_enabled = true", "an archive"),
        (DENVER, "the times are not stated in the source", "times unknown", "times are not"),
        (MEETING, '(demo)"', '"', "title: a demo event's title ends with ' (demo)'"),
        (MEETING, "(Demo event.) An", "An", "summary: does not start with '(Demo event.)'"),
        (MEETING, '"demo-robert-kim",', '"demo-nobody",', "unknown demo person demo-nobody"),
        (MEETING, 'person = "demo-teresa-almeida"', 'name = "Someone"', "are demo people"),
        (MEETING, 'format = "breakout"', 'format = "party"', "format: unknown format"),
        (
            MEETING,
            "registration_deadline_in_days = 12",
            "registration_deadline_in_days = 20",
            "registration_deadline_in_days: after the event",
        ),
    ],
    ids=[
        "unknown-topic",
        "unknown-key",
        "unknown-state",
        "unknown-source",
        "line-outside-seed",
        "unknown-presented",
        "datetime-for-date",
        "archive-registration",
        "times-not-said",
        "demo-title",
        "demo-summary",
        "unknown-registrant",
        "demo-speaker-by-name",
        "unknown-format",
        "deadline-after-event",
    ],
)
def test_a_bad_event_file_is_refused_naming_file_and_field(tmp_path, db, file, old, new, expected):
    root = copy_content(tmp_path)
    edit(root / file, old, new)
    message = problems(root)
    assert expected in message
    assert f"- {file}: " in message


def test_a_bad_file_writes_nothing(tmp_path, db):
    root = copy_content(tmp_path)
    edit(root / DENVER, '"compensation",', '"no-such-topic",')
    before = EventPage.objects.count()
    with pytest.raises(demo_loader.DemoDataError):
        demo_loader.DemoLoader(root=root).run()
    assert EventPage.objects.count() == before
