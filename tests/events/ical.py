"""Reading the site's iCalendar output with an independent parser (vobject), as a
calendar client would."""

import vobject
import vobject.icalendar

# vobject keeps the first VTIMEZONE it read for each TZID, for the whole process; a
# client reads each file with its own, so each parse starts from an empty registry.
TZID_REGISTRY = vars(vobject.icalendar)["__tzidMap"]


def parse(content):
    """The VCALENDAR of ``content`` (bytes), read by vobject with the file's own zones."""
    for tzid in [name for name in TZID_REGISTRY if name != "UTC"]:
        del TZID_REGISTRY[tzid]
    return vobject.readOne(content.decode("utf-8"))


def vevents(calendar):
    return list(getattr(calendar, "vevent_list", []))


def by_summary(calendar):
    return {entry.summary.value: entry for entry in vevents(calendar)}


def text_of(entry):
    """Everything a client could show of one VEVENT."""
    return "\n".join(str(child.value) for child in entry.getChildren() if hasattr(child, "value"))
