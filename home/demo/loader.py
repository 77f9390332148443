"""Build the demo site tree from the data files in ``home/demo/content/``.

Idempotent: everything is looked up by a stable key (slug, title) and only created
when missing, so a second run changes nothing. ``refresh=True`` re-applies the data to
pages that already exist, as a new published revision, except pages an editor changed
in the admin since the loader last wrote them (``force=True`` overwrites those too).
``check_only=True`` validates the files and writes nothing.
"""

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import markdown
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowPage, WorkflowTask

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from events import timezones
from events.choices import EventKind, RegistrationStatus, SessionFormat, SpeakerRole
from events.models import EventIndexPage, EventPage, EventSpeaker, Registration
from events.models.pages import REGION_CHOICES, RESERVED_SLUGS
from forums import posting
from forums.models import CommunityIndexPage, CommunityPage, Helpful, Thread
from home.models import HomePage, HomePageFeature, LoadedPage, StandardPage
from network.core.markdown import render_markdown as core_markdown
from network.models import (
    Affiliation,
    AffiliationStatus,
    Facilitator,
    MemberProfile,
    MemberRole,
    Organization,
    OrganizationKind,
    Service,
    Visibility,
    apply_affiliation,
)
from network.regions import Region
from resources.blocks import CLAUSE_KINDS
from resources.choices import (
    Locale,
    Provision,
    ResourceType,
    SizeBand,
    Stage,
    Status,
    UnionAffiliation,
)
from resources.models import (
    LibraryPageRelation,
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    Source,
    State,
    Topic,
)
from teams.choices import SCALE, PlanStatus, Side, StepStatus
from teams.models import (
    AssessmentRound,
    Comment,
    Goal,
    Membership,
    Principles,
    ProgressUpdate,
    Response,
    Step,
    Team,
    WorkPlan,
)
from teams.plans import refresh_status, status_for
from teams.search import sync_plan

from . import datafiles
from . import documents as demo_documents
from .datafiles import DemoDataError
from .promotions import ensure_search_promotions

# How the demo marks what it invented (checked on every demo item).
DEMO_SUFFIX = " (demo)"
ORGANIZATION_MARK = "Demo organization:"
MEMBER_MARK = "(Demo member.)"
FACILITATOR_MARK = "(Demo facilitator.)"
DEMO_MARK = "(Demo discussion.)"
LINES = re.compile(r"^\d+(-\d+)?(,\s*\d+(-\d+)?)*$")
CLAUSE_SOURCE = re.compile(r"seed (\d{3}), lines? ([\d,\s-]+)")

WORKFLOW_NAME = "Library review"
REVIEW_TASK_NAME = "Moderator review"
SOURCE_MAX_LENGTH = 300  # the length of Organization.source


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)
    skipped: list = field(default_factory=list)
    checked: int = 0

    def add(self, kind, created=True):
        bucket = self.created if created else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed(self):
        return bool(self.created or self.updated)

    def lines(self):
        if self.checked:
            return [f"Checked {self.checked} data files: no problems found."]
        out = [f"Created {count} {kind}" for kind, count in sorted(self.created.items())]
        out += [f"Updated {count} {kind}" for kind, count in sorted(self.updated.items())]
        if not out:
            out = ["Demo content is already loaded; nothing changed."]
        if self.skipped:
            out.append(
                f"Skipped {len(self.skipped)} pages an editor changed since they were loaded "
                "(run with --force to overwrite them):"
            )
            out += [f"  {name}" for name in self.skipped]
        return out


def locator(citation):
    """ "seed 002, lines 231-258": the short form the organization's source field keeps."""
    lines = citation.get("lines", "")
    word = "lines" if "-" in lines or "," in lines else "line"
    return f"seed {citation['source']}, {word} {lines}" if lines else f"seed {citation['source']}"


def ranges(lines):
    """ "1600-1607, 1622" -> [(1600, 1607), (1622, 1622)]."""
    out = []
    for part in re.split(r",\s*", lines.strip(" ,")):
        start, _, end = part.partition("-")
        out.append((int(start), int(end or start)))
    return out


def organization_source(data):
    """The organization's ``source`` text: its own, or its citations' locators, as many
    whole locators as fit in the field."""
    if data.get("source"):
        return data["source"][:SOURCE_MAX_LENGTH]
    text = ""
    for short in dict.fromkeys(locator(c) for c in data.get("citations", [])):
        candidate = f"{text}; {short}" if text else short
        if len(candidate) > SOURCE_MAX_LENGTH:
            break
        text = candidate
    return text


def validate(content):
    """Check every value and cross-reference before writing anything; raise with all
    problems at once, each naming the file and the field."""
    problems = []
    topic_slugs = {t["slug"] for t in content.topics}
    orgs = [*content.organizations, *content.demo_organizations]
    org_keys = {o["key"] for o in orgs}
    case_slugs = {c["slug"] for c in content.case_studies}
    resource_slugs = {r["slug"] for r in content.resources}
    states = set(State.objects.values_list("code", flat=True))
    sources = {s["key"]: s for s in content.sources}
    seeds = content.seeds

    def cite_problems(where, citations):
        for number, citation in enumerate(citations):
            here = f"{where}: citations[{number}]"
            source, lines = citation["source"], citation.get("lines", "")
            if source not in sources:
                problems.append(f"{here}.source: unknown source {source!r}")
                continue
            problems.extend(line_problems(f"{here}.lines", source, lines, seeds))

    for source in content.sources:
        if source.get("page") and source["page"] not in resource_slugs:
            problems.append(f"{source['_file']}: page: unknown resource {source['page']!r}")
    for topic in content.topics:
        cite_problems(topic["_file"], topic["citations"])
    problems += organization_problems(content, topic_slugs, org_keys)
    for org in content.organizations:
        cite_problems(org["_file"], org.get("citations", []))

    def check_item(item, related_key, related_pool):
        where = item["_file"]
        for slug in item.get("topics", []):
            if slug not in topic_slugs:
                problems.append(f"{where}: topics: unknown topic {slug}")
        for key in item.get("organizations", []):
            if key not in org_keys:
                problems.append(f"{where}: organizations: unknown organization {key}")
        for slug in item.get(related_key, []):
            if slug not in related_pool:
                problems.append(f"{where}: {related_key}: unknown entry {slug}")
        for code in item.get("states", []):
            if code not in states:
                problems.append(f"{where}: states: unknown state {code}")
        for name, allowed in (("locale", Locale.values), ("size_band", SizeBand.values)):
            if item.get(name) and item[name] not in allowed:
                problems.append(f"{where}: {name}: unknown value {item[name]!r}")
        for name, allowed in (("stage", Stage.values), ("status", Status.values)):
            if item.get(name) and item[name] not in allowed:
                problems.append(f"{where}: {name}: unknown value {item[name]!r}")
        if not item.get("citations"):
            problems.append(f"{where}: citations: none given")
        cite_problems(where, item.get("citations", []))
        blocks = [*item.get("agreed", []), *item.get("outcomes", []), *item.get("clauses", [])]
        for number, block in enumerate(blocks):
            if block.get("kind", "agreement") not in dict(CLAUSE_KINDS):
                problems.append(f"{where}: clause {number}: kind: unknown {block['kind']!r}")
            if block.get("provision", "") not in ("", *Provision.values):
                problems.append(
                    f"{where}: clause {number}: provision: unknown {block['provision']!r}"
                )
            for seed, spec in CLAUSE_SOURCE.findall(block.get("source", "")):
                if seed not in sources:
                    problems.append(f"{where}: clause {number}: source: unknown seed {seed}")
                else:
                    problems.extend(
                        line_problems(f"{where}: block {number}: source", seed, spec, seeds)
                    )

    for case in content.case_studies:
        check_item(case, "related_resources", resource_slugs)
    for resource in content.resources:
        check_item(resource, "related_case_studies", case_slugs)
        if resource["resource_type"] not in ResourceType.values:
            problems.append(f"{resource['_file']}: resource_type: unknown value")
    for slug in content.site.get("featured", {}).get("case_studies", []):
        if slug not in case_slugs:
            problems.append(f"site.toml: featured.case_studies: unknown case study {slug}")
    problems += community_problems(content, topic_slugs)
    problems += network_problems(content, topic_slugs, org_keys)
    problems += team_problems(content, topic_slugs)
    problems += event_problems(content, topic_slugs, states)
    for event in content.events:
        cite_problems(event["_file"], event.get("citations", []))
    if problems:
        raise DemoDataError("Demo data problems:\n" + "\n".join(f"- {p}" for p in problems))


def line_problems(where, source, lines, seeds):
    """Line numbers must be well formed and inside the report's text edition (the manifest
    holds each edition's length, so this needs no copy of the texts)."""
    lines = lines.strip(" ,")
    if not lines:
        return []
    if not LINES.match(lines):
        return [f"{where}: {lines!r} is not a line range like 1666-1705"]
    length = seeds.get(source, {}).get("lines")
    out = []
    for start, end in ranges(lines):
        if not 1 <= start <= end or (length and end > length + 1):
            out.append(f"{where}: lines {start}-{end} are outside seed {source} (1-{length})")
    return out


def organization_problems(content, topic_slugs, org_keys):
    problems = []
    by_key = {org["key"]: org for org in [*content.organizations, *content.demo_organizations]}
    demo = {org["key"] for org in content.demo_organizations}
    facets = {
        "locale": Locale.values,
        "size_band": SizeBand.values,
        "union_affiliation": UnionAffiliation.values,
        "stage": Stage.values,
    }
    for key, org in by_key.items():
        where = org["_file"]
        if org.get("partner") and org["partner"] not in org_keys:
            problems.append(f"{where}: partner: unknown organization {org['partner']}")
        if org["kind"] not in OrganizationKind.values:
            problems.append(f"{where}: kind: unknown value {org['kind']!r}")
        for slug in org.get("topics", []):
            if slug not in topic_slugs:
                problems.append(f"{where}: topics: unknown topic {slug}")
        for name, allowed in facets.items():
            if org.get(name) and org[name] not in allowed:
                problems.append(f"{where}: {name}: unknown value {org[name]!r}")
        if key not in demo:
            continue
        if not org["name"].endswith(DEMO_SUFFIX):
            problems.append(f"{where}: name: does not end with {DEMO_SUFFIX!r}")
        if not org.get("description", "").startswith(ORGANIZATION_MARK):
            problems.append(f"{where}: description: does not start with {ORGANIZATION_MARK!r}")
        if org["kind"] not in (OrganizationKind.DISTRICT, OrganizationKind.UNION):
            problems.append(f"{where}: kind: a demo organization must be a district or a union")
        missing = [name for name in ("state", *facets) if not org.get(name)]
        if not org.get("topics"):
            missing.append("topics")
        if missing:
            problems.append(f"{where}: {', '.join(missing)}: missing")
        partner = by_key.get(org.get("partner"))
        if partner is None or partner.get("partner") != key:
            problems.append(f"{where}: partner: the partner must name it back as its partner")
    return problems


def network_problems(content, topic_slugs, org_keys):
    """Demo people: their accounts, profiles and the facilitators' roster."""
    problems = []
    demo_orgs = {org["key"] for org in content.demo_organizations}
    for person in content.people:
        where = person["_file"]
        if not person["username"].startswith("demo-"):
            problems.append(f"{where}: username: demo usernames start with 'demo-'")
        profile = person.get("profile")
        if profile:
            if profile["role"] not in MemberRole.values:
                problems.append(f"{where}: profile.role: unknown role {profile['role']}")
            if profile["visibility"] not in Visibility.values:
                problems.append(f"{where}: profile.visibility: unknown {profile['visibility']}")
            if not profile["bio"].startswith(MEMBER_MARK):
                problems.append(f"{where}: profile.bio: does not start with {MEMBER_MARK!r}")
            for name in ("expertise", "interests"):
                for slug in profile.get(name, []):
                    if slug not in topic_slugs:
                        problems.append(f"{where}: profile.{name}: unknown topic {slug}")
            key = profile.get("organization")
            if key and key not in org_keys:
                problems.append(f"{where}: profile.organization: unknown organization {key}")
            elif key and key not in demo_orgs:
                # A fictional person must not stand for a real district or union.
                problems.append(
                    f"{where}: profile.organization: {key} is a real organization; "
                    "demo people belong to demo organizations only"
                )
        facilitator = person.get("facilitator")
        if facilitator:
            if not profile or profile["role"] != MemberRole.FACILITATOR:
                problems.append(f"{where}: facilitator: needs a profile with the facilitator role")
            if not facilitator["summary"].startswith(FACILITATOR_MARK):
                problems.append(
                    f"{where}: facilitator.summary: does not start with {FACILITATOR_MARK!r}"
                )
            problems += [
                f"{where}: facilitator.services: unknown service {c}"
                for c in facilitator.get("services", [])
                if c not in Service.values
            ]
            problems += [
                f"{where}: facilitator.regions: unknown region {c}"
                for c in facilitator.get("regions", [])
                if c not in Region.values
            ]
    return problems


def community_problems(content, topic_slugs):
    problems = []
    members = {p["username"] for p in content.people if p.get("forum")}
    for community in content.communities:
        where = community["_file"]
        for topic in community["topics"]:
            if topic not in topic_slugs:
                problems.append(f"{where}: topics: unknown topic {topic}")
        for name in community["facilitators"]:
            if name not in members:
                problems.append(f"{where}: facilitators: unknown facilitator {name}")
        for t, thread in enumerate(community.get("threads", [])):
            here = f"{where}: threads[{t}]"
            if DEMO_MARK not in thread["body"]:
                problems.append(f"{here}.body: the question is not marked as demo content")
            for topic in thread.get("topics", []):
                if topic not in topic_slugs:
                    problems.append(f"{here}.topics: unknown topic {topic}")
            replies = thread.get("replies", [])
            if sum(bool(reply.get("accepted")) for reply in replies) > 1:
                problems.append(f"{here}.replies: more than one accepted answer")
            if thread["author"] not in members:
                problems.append(f"{here}.author: unknown member {thread['author']}")
            for number, reply in enumerate(replies):
                at = f"{here}.replies[{number}]"
                if DEMO_MARK not in reply["body"]:
                    problems.append(f"{at}.body: not marked as demo content")
                names = [reply["author"], *reply.get("helpful", [])]
                problems += [f"{at}: unknown member {n}" for n in names if n not in members]
                if "reply_to" in reply and not 0 <= reply["reply_to"] < number:
                    problems.append(f"{at}.reply_to: must answer an earlier reply")
    return problems


TEAM_MARK = " (demo)"
ANSWER_FIELDS = ("communication", "collaboration", "openness")


def team_problems(content, topic_slugs):
    """Demo teams: demo organizations and demo people only, known choices, answers on
    the scale, replies to earlier comments."""
    problems = []
    orgs = {org["key"]: org for org in content.demo_organizations}
    people = {person["username"]: person for person in content.people}
    facilitators = {name for name, person in people.items() if person.get("facilitator")}
    dev_teams = [team["_file"] for team in content.teams if team.get("dev_accounts")]
    if len(dev_teams) > 1:
        problems.append(f"{dev_teams[1]}: dev_accounts: only one demo team may have them")
    for team in content.teams:
        where = team["_file"]
        if not team["slug"].startswith("demo-"):
            problems.append(f"{where}: slug: demo team slugs start with 'demo-'")
        if not team["name"].endswith(TEAM_MARK):
            problems.append(f"{where}: name: does not end with {TEAM_MARK!r}")
        district = orgs.get(team["district"])
        if district is None:
            problems.append(f"{where}: district: {team['district']} is not a demo organization")
        elif district["kind"] != OrganizationKind.DISTRICT:
            problems.append(f"{where}: district: {team['district']} is not a district")
        for key in team["unions"]:
            if key not in orgs:
                problems.append(f"{where}: unions: {key} is not a demo organization")
        if team.get("facilitator") and team["facilitator"] not in facilitators:
            problems.append(f"{where}: facilitator: {team['facilitator']} is no demo facilitator")
        members = set()
        for number, member in enumerate(team["members"]):
            at = f"{where}: members[{number}]"
            if member["person"] not in people:
                problems.append(f"{at}.person: unknown demo person {member['person']}")
            members.add(member["person"])
            if member["side"] not in Side.values:
                problems.append(f"{at}.side: unknown side {member['side']}")
        for number, account in enumerate(team.get("dev_accounts", [])):
            if account["side"] not in Side.values:
                problems.append(f"{where}: dev_accounts[{number}].side: unknown {account['side']}")
        for number, data in enumerate(team.get("rounds", [])):
            at = f"{where}: rounds[{number}]"
            if data["stage"] not in Stage.values:
                problems.append(f"{at}.stage: unknown stage {data['stage']}")
            if len({len(data[name]) for name in ANSWER_FIELDS}) != 1:
                problems.append(f"{at}: communication, collaboration, openness: not as long")
            for name in ANSWER_FIELDS:
                if any(value not in SCALE for value in data[name]):
                    problems.append(f"{at}.{name}: answers are on the scale {SCALE}")
        plan = team.get("plan")
        if plan:
            problems += plan_problems(where, plan, members, team.get("facilitator"), topic_slugs)
    return problems


def plan_problems(where, plan, members, facilitator, topic_slugs):
    problems = []
    if plan["status"] not in PlanStatus.values:
        problems.append(f"{where}: plan.status: unknown status {plan['status']}")
    else:
        steps = [step["status"] for goal in plan.get("goals", []) for step in goal.get("steps", [])]
        derived = status_for(steps)
        if plan["status"] != derived:
            problems.append(
                f"{where}: plan.status: the steps give {derived}, not {plan['status']} "
                "(the rule is in teams/plans.py)"
            )
    authors = members | ({facilitator} if facilitator else set())
    for number, goal in enumerate(plan.get("goals", [])):
        at = f"{where}: plan.goals[{number}]"
        problems += [
            f"{at}.topics: unknown topic {t}" for t in goal["topics"] if t not in topic_slugs
        ]
        for index, step in enumerate(goal.get("steps", [])):
            if step["status"] not in StepStatus.values:
                problems.append(f"{at}.steps[{index}].status: unknown {step['status']}")
            if step.get("owner") and step["owner"] not in members:
                problems.append(f"{at}.steps[{index}].owner: not a member {step['owner']}")
    for name in ("updates", "comments"):
        for number, post in enumerate(plan.get(name, [])):
            at = f"{where}: plan.{name}[{number}]"
            if post["author"] not in authors:
                problems.append(f"{at}.author: not on the team {post['author']}")
            earlier = name == "comments" and 0 <= post.get("reply_to", -1) < number
            if "reply_to" in post and not earlier:
                problems.append(f"{at}.reply_to: must answer an earlier comment")
    return problems


# Events ------------------------------------------------------------------------------
EVENT_MARK = "(Demo event.)"
DEMO_JOIN_HOST = "example.org"  # demo join links go nowhere real
NOT_STATED_DATE = "exact date not stated in the source"
NOT_STATED_TIMES = "times are not stated in the source"
PRESENTED_FOLDERS = {"case-studies": "case study", "resources": "resource"}


def event_problems(content, topic_slugs, states):
    """Events: known choices and references; archive entries (real, cited, dated) and
    demo events (marked, dated relative to the load, registrations by demo people)."""
    problems = []
    people = {person["username"] for person in content.people}
    communities = {community["slug"] for community in content.communities}
    teams = {team["slug"]: team for team in content.teams}
    pages = {
        "case-studies": {c["slug"] for c in content.case_studies},
        "resources": {r["slug"] for r in content.resources},
    }
    regions = {value for value, _ in REGION_CHOICES}
    for event in content.events:
        where = event["_file"]
        if event["slug"] in RESERVED_SLUGS:
            problems.append(f"{where}: slug: {event['slug']!r} is a fixed address under /events/")
        if event["kind"] not in EventKind.values:
            problems.append(f"{where}: kind: unknown kind {event['kind']!r}")
        if not timezones.is_zone(event["time_zone"]):
            problems.append(f"{where}: time_zone: unknown time zone {event['time_zone']!r}")
        problems += [
            f"{where}: topics: unknown topic {t}" for t in event["topics"] if t not in topic_slugs
        ]
        if event.get("state") and event["state"] not in states:
            problems.append(f"{where}: state: unknown state {event['state']}")
        if event.get("region") and event["region"] not in regions:
            problems.append(f"{where}: region: unknown region {event['region']!r}")
        community = event.get("community")
        if community and community not in communities:
            problems.append(f"{where}: community: unknown community {community}")
        if event["kind"] == EventKind.COMMUNITY_SESSION and not community:
            problems.append(
                f"{where}: community: a community-of-practice session names its community"
            )
        if event.get("online"):
            if event.get("join_url") and event["is_demo"]:
                host = urlsplit(event["join_url"]).hostname or ""
                if host != DEMO_JOIN_HOST and not host.endswith(f".{DEMO_JOIN_HOST}"):
                    problems.append(f"{where}: join_url: a demo join link is on {DEMO_JOIN_HOST}")
        else:
            if not (event.get("venue_name") or event.get("address")):
                problems.append(
                    f"{where}: address: give the place (venue_name or address), or online = true"
                )
            if event.get("join_url"):
                problems.append(f"{where}: join_url: a join link is for an online event")
        if event.get("capacity") is not None and event["capacity"] < 1:
            problems.append(f"{where}: capacity: at least 1 (leave it out for no limit)")
        problems += speaker_problems(where, event, people)
        problems += agenda_problems(where, event, pages)
        if event["is_demo"]:
            problems += demo_event_problems(where, event, people, teams)
        else:
            problems += archive_event_problems(where, event)
    return problems


def event_length(event):
    """The event's number of days (1 for a one-day or hour-based event)."""
    if "start_date" in event:
        return ((event.get("end_date") or event["start_date"]) - event["start_date"]).days + 1
    if "start_in_days" in event:
        return event.get("end_in_days", event["start_in_days"]) - event["start_in_days"] + 1
    return 1


def speaker_problems(where, event, people):
    problems = []
    for number, speaker in enumerate(event.get("speakers", [])):
        at = f"{where}: speakers[{number}]"
        if bool(speaker.get("person")) == bool(speaker.get("name")):
            problems.append(f"{at}: give a person (a demo person) or a name, one of them")
        elif speaker.get("person") and not event["is_demo"]:
            problems.append(f"{at}.person: an archive event names its speakers as printed")
        elif speaker.get("name") and event["is_demo"]:
            problems.append(f"{at}.name: a demo event's speakers are demo people (person)")
        if speaker.get("person") and speaker["person"] not in people:
            problems.append(f"{at}.person: unknown demo person {speaker['person']}")
        if speaker.get("role", SpeakerRole.SPEAKER) not in SpeakerRole.values:
            problems.append(f"{at}.role: unknown role {speaker['role']!r}")
    return problems


def agenda_problems(where, event, pages):
    problems = []
    days = event_length(event)
    for number, block in enumerate(event.get("agenda", [])):
        at = f"{where}: agenda[{number}]"
        if block["type"] != "session":
            continue
        if block.get("format", SessionFormat.WORKSHOP) not in SessionFormat.values:
            problems.append(f"{at}.format: unknown format {block['format']!r}")
        if "day" in block and not 1 <= block["day"] <= days:
            problems.append(f"{at}.day: the event has {days} day(s)")
        if block.get("starts") and block.get("ends") and block["ends"] <= block["starts"]:
            problems.append(f"{at}.ends: the session must end after it starts")
        for ref in block.get("presented", []):
            folder, _, slug = ref.partition("/")
            if folder not in PRESENTED_FOLDERS:
                problems.append(f"{at}.presented: {ref!r} is not case-studies/… or resources/…")
            elif slug not in pages[folder]:
                problems.append(f"{at}.presented: unknown {PRESENTED_FOLDERS[folder]} {slug}")
    return problems


def demo_event_problems(where, event, people, teams):
    problems = []
    if not event["title"].endswith(DEMO_SUFFIX):
        problems.append(f"{where}: title: a demo event's title ends with {DEMO_SUFFIX!r}")
    if not event["summary"].startswith(EVENT_MARK):
        problems.append(f"{where}: summary: does not start with {EVENT_MARK!r}")
    absolute = [name for name in ("start_date", "end_date") if name in event]
    if absolute:
        problems.append(
            f"{where}: {', '.join(absolute)}: a demo event is dated relative to the load"
        )
    relative = [name for name in ("start_in_days", "start_in_hours") if name in event]
    if len(relative) != 1:
        problems.append(f"{where}: start_in_days or start_in_hours: give one of them")
    if "start_in_hours" in event:
        extra = [
            name
            for name in ("end_in_days", "start_time", "end_time", "registration_deadline_in_days")
            if name in event
        ]
        if extra:
            problems.append(f"{where}: {', '.join(extra)}: not with start_in_hours")
        if event["start_in_hours"] < 1 or event.get("length_minutes", 60) < 1:
            problems.append(f"{where}: start_in_hours, length_minutes: at least 1")
    if "start_in_days" in event:
        start, end = event["start_in_days"], event.get("end_in_days", event["start_in_days"])
        if start < 1:
            problems.append(f"{where}: start_in_days: a demo event is upcoming (at least 1)")
        if end < start:
            problems.append(f"{where}: end_in_days: the event cannot end before it starts")
        elif end == start and event.get("end_time", time(17)) <= event.get("start_time", time(9)):
            problems.append(f"{where}: end_time: the event must end after it starts")
        deadline = event.get("registration_deadline_in_days")
        if deadline is not None and deadline > end:
            problems.append(f"{where}: registration_deadline_in_days: after the event")
        opens = event.get("registration_opens_in_days")
        if opens is not None and deadline is not None and opens > deadline:
            problems.append(f"{where}: registration_opens_in_days: after the deadline")
    if not event["registration_enabled"] and (
        event.get("registrations") or event.get("team_registrations")
    ):
        problems.append(f"{where}: registrations: registration is not enabled")
    names = event.get("registrations", [])
    problems += [
        f"{where}: registrations: unknown demo person {n}" for n in names if n not in people
    ]
    if len(set(names)) != len(names):
        problems.append(f"{where}: registrations: a person is listed twice")
    for number, spec in enumerate(event.get("team_registrations", [])):
        at = f"{where}: team_registrations[{number}]"
        team = teams.get(spec["team"])
        if team is None:
            problems.append(f"{at}.team: unknown demo team {spec['team']}")
        elif spec["by"] not in {m["person"] for m in team["members"]}:
            problems.append(f"{at}.by: {spec['by']} is not a member of {spec['team']}")
    return problems


def archive_event_problems(where, event):
    """A past event the sources describe: cited, dated as the source allows, saying what
    the source does not give, and closed to registration."""
    problems = []
    if event["title"].endswith(DEMO_SUFFIX):
        problems.append(f"{where}: title: only demo events end with {DEMO_SUFFIX!r}")
    if "start_date" not in event:
        problems.append(f"{where}: start_date: missing (an archive event gives its date)")
    elif event.get("end_date") and event["end_date"] < event["start_date"]:
        problems.append(f"{where}: end_date: the event cannot end before it starts")
    relative = [
        name
        for name in (
            "start_in_days",
            "end_in_days",
            "start_in_hours",
            "length_minutes",
            "registration_opens_in_days",
            "registration_deadline_in_days",
            "registrations",
            "team_registrations",
        )
        if name in event
    ]
    if relative:
        problems.append(f"{where}: {', '.join(relative)}: only for demo events")
    if event["registration_enabled"]:
        problems.append(f"{where}: registration_enabled: an archive entry is not open to register")
    if not event.get("citations"):
        problems.append(f"{where}: citations: none given")
    # Line breaks in the prose do not matter.
    summary = " ".join(event["summary"].lower().split())
    text = " ".join(f"{summary} {event.get('description', '')}".lower().split())
    if not event.get("date_stated", True) and NOT_STATED_DATE not in summary:
        problems.append(f"{where}: summary: date_stated = false, so say {NOT_STATED_DATE!r}")
    if not event.get("times_stated", False) and NOT_STATED_TIMES not in text:
        problems.append(f"{where}: description: the times are not stated; say {NOT_STATED_TIMES!r}")
    return problems


def render_markdown(text):
    """The data files' Markdown prose as HTML for rich-text fields. Raw HTML in the files
    stays text: prose is written in Markdown only."""
    converter = markdown.Markdown(extensions=["sane_lists"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(text or "")


CLAUSE_FIELDS = ("heading", "provision", "text", "kind", "verbatim", "parties", "year")
CLAUSE_FIELDS += ("section", "page")
METRIC_FIELDS = ("label", "value", "unit", "year", "source")
DEFAULTS = {"verbatim": False, "year": None, "kind": "agreement"}


def struct_value(data, names):
    """A clause or metric as its block stores it: every field present, "" when empty."""
    return {name: data.get(name, DEFAULTS.get(name, "")) for name in names}


def block_id(page_slug, field_name, number):
    """A block's id that stays the same each time the loader writes the page, so links to
    a demo clause and saved comparisons of it survive ``--refresh``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sameside-demo:{page_slug}/{field_name}/{number}"))


def stream_value(entries, page_slug, field_name):
    """[{type = "text" | "clause" | "metric", ...}] -> StreamField data (its JSON form,
    which carries each block's id)."""
    value = []
    for number, entry in enumerate(entries):
        if entry["type"] == "text":
            data = render_markdown(entry["text"])
        elif entry["type"] == "clause":
            data = struct_value(entry, (*CLAUSE_FIELDS, "source"))
        else:
            data = struct_value(entry, METRIC_FIELDS)
        value.append(
            {"type": entry["type"], "value": data, "id": block_id(page_slug, field_name, number)}
        )
    return value


def digest(data):
    """A stable hash of one data file's record, stored when the loader writes its page."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DemoLoader:
    def __init__(self, refresh=False, force=False, check_only=False, stdout=None, root=None):
        self.refresh = refresh or force
        self.force = force
        self.check_only = check_only
        self.root = root or datafiles.CONTENT
        self.report = Report()
        self.stdout = stdout
        self.topics = {}
        self.organizations = {}
        self.sources = {}
        self.skipped = []
        self.skipped_pages = set()  # pages left alone because an editor changed them
        self._content = None

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def load(self):
        """Read and validate every data file; raises DemoDataError before any write."""
        if self._content is None:
            content = datafiles.read(self.root)
            validate(content)
            self._content = content
        return self._content

    @property
    def content(self):
        return self.load()

    def run(self):
        content = self.load()
        if self.check_only:
            count = (
                sum(
                    len(getattr(content, name))
                    for name in ("sources", "topics", "organizations", "demo_organizations")
                )
                + len(content.case_studies)
                + len(content.resources)
                + len(content.communities)
                + len(content.teams)
                + len(content.events)
            )
            self.report.checked = count + len(content.people) + 1
            return self.report
        with transaction.atomic():
            self.write()
        self.report.skipped = self.skipped
        return self.report

    def write(self):
        content = self.content
        site = content.site
        home = self.ensure_home()
        case_index = self.ensure_child(
            home,
            CaseStudyIndexPage,
            "case-studies",
            title="Case studies",
            intro=render_markdown(site["case_study_index"]["intro"]),
        )
        resource_index = self.ensure_child(
            home,
            ResourceIndexPage,
            "resources",
            title="Resources",
            intro=render_markdown(site["resource_index"]["intro"]),
        )
        self.ensure_about(home)
        self.ensure_topics()
        self.ensure_sources()
        self.ensure_organizations()
        self.ensure_workflow([case_index, resource_index])

        resource_pages = {}
        total = len(content.resources)
        for number, data in enumerate(content.resources, start=1):
            resource_pages[data["slug"]] = self.ensure_resource(resource_index, data)
            self.log(f"  resources {number}/{total}: {data['slug']}")
        self.ensure_source_pages(resource_pages)
        case_pages = {}
        cases = content.case_studies
        for number, data in enumerate(cases, start=1):
            case_pages[data["slug"]] = self.ensure_case_study(case_index, data, resource_pages)
            self.log(f"  case studies {number}/{len(cases)}: {data['slug']}")
        for data in content.resources:
            self.ensure_resource_links(resource_pages[data["slug"]], data, case_pages)
        featured = site["featured"]["case_studies"]
        self.ensure_featured(home, [case_pages[slug] for slug in featured])
        self.ensure_communities(home)
        self.ensure_network()
        self.ensure_teams()
        self.ensure_events(home)
        ensure_search_promotions(self.root, resource_pages | case_pages, self.report)

    # Site tree -----------------------------------------------------------------
    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's first migration leaves a placeholder "Welcome" page (slug "home").
            for placeholder in root.get_children().filter(slug="home"):
                if type(placeholder.specific) is Page and not placeholder.get_children().exists():
                    placeholder.delete()  # its Site goes with it and is recreated below
            home = HomePage(slug="home", **self.home_fields())
            root.add_child(instance=home)
            home.save_revision().publish()
            self.report.add("home page")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="SameSide",
            )
            self.report.add("site")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "SameSide"
            site.save()
            self.report.add("site", created=False)
        return home

    def ensure_child(self, parent, model, slug, **fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.report.add(model._meta.verbose_name)
        return page

    def home_fields(self):
        data = self.content.site["home"]
        return {
            "title": data["title"],
            "tagline": data.get("tagline", ""),
            "intro": data.get("intro", ""),
        }

    def ensure_about(self, home):
        about = self.content.site["about"]
        body = [
            (block["type"], render_markdown(block["text"]))
            if block["type"] == "text"
            else (block["type"], block["text"])
            for block in about.get("body", [])
        ]
        self.ensure_child(
            home,
            StandardPage,
            about["slug"],
            title=about["title"],
            intro=about.get("intro", ""),
            body=body,
        )

    # Reference data -------------------------------------------------------------
    def ensure_topics(self):
        for data in self.content.topics:
            topic = Topic.objects.filter(slug=data["slug"]).first()
            if topic is None:
                topic = Topic.objects.create(
                    slug=data["slug"], name=data["name"], description=data["description"]
                )
                self.report.add("topics")
            self.topics[data["slug"]] = topic

    def ensure_organizations(self):
        self.ensure_organization_rows(self.content.organizations, "organizations")

    def ensure_sources(self):
        """The source reports, as snippets; their library pages are set once the resource
        pages exist (see ``ensure_source_pages``)."""
        for data in self.content.sources:
            fields = {
                "title": data["title"],
                "authors": data.get("authors", ""),
                "year": data.get("year"),
                "publisher": data.get("publisher", ""),
                "url": data.get("url", ""),
            }
            source = Source.objects.filter(key=data["key"]).first()
            if source is None:
                source = Source.objects.create(key=data["key"], **fields)
                self.report.add("source reports")
            elif self.refresh and any(getattr(source, k) != v for k, v in fields.items()):
                for name, value in fields.items():
                    setattr(source, name, value)
                source.save()
                self.report.add("source reports", created=False)
            self.sources[data["key"]] = source

    def ensure_source_pages(self, resource_pages):
        for data in self.content.sources:
            source = self.sources[data["key"]]
            page = resource_pages.get(data.get("page"))
            if page is not None and source.page_id != page.pk:
                if source.page_id is None or self.refresh:
                    source.page = page
                    source.save(update_fields=["page"])

    def citations_value(self, citations):
        return [
            (
                "citation",
                {
                    "source": self.sources[c["source"]],
                    "locator": c.get("lines", ""),
                    "note": c.get("note", ""),
                },
            )
            for c in citations
        ]

    def ensure_organization_rows(self, rows, kind):
        """Create the organizations that are missing (with their topics and partners);
        with ``refresh``, re-apply the data to those that exist."""
        pending_partners = []
        for data in rows:
            org = Organization.objects.filter(slug=data["key"]).first()
            fields = {
                "name": data["name"],
                "kind": data["kind"],
                "state": data.get("state", ""),
                "locale": data.get("locale", ""),
                "size_band": data.get("size_band", ""),
                "union_affiliation": data.get("union_affiliation", ""),
                "stage": data.get("stage", ""),
                "website": data.get("website", ""),
                "description": data.get("description", ""),
                "source": organization_source(data),
                "is_demo": kind == "demo organizations",
            }
            if org is None:
                org = Organization.objects.create(slug=data["key"], **fields)
                self.report.add(kind)
            elif self.refresh:
                for name, value in fields.items():
                    setattr(org, name, value)
                org.save()
                self.report.add(kind, created=False)
            else:
                self.organizations[data["key"]] = org
                continue
            org.topics.set([self.topics[slug] for slug in data.get("topics", [])])
            pending_partners.append((org, data.get("partner")))
            self.organizations[data["key"]] = org
        for org, partner_key in pending_partners:
            if partner_key and org.partner_id != self.organizations[partner_key].pk:
                org.partner = self.organizations[partner_key]
                org.save(update_fields=["partner"])

    def ensure_workflow(self, pages):
        moderators = Group.objects.filter(name="Moderators").first()
        workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        if created:
            task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
            if moderators:
                task.groups.set([moderators])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            self.report.add("workflow")
        for page in pages:
            if not WorkflowPage.objects.filter(page=page).exists():
                WorkflowPage.objects.create(page=page, workflow=workflow)

    # Library pages --------------------------------------------------------------
    def apply_library_fields(self, page, data):
        page.title = data["title"]
        page.summary = data["summary"]
        page.locale_type = data.get("locale", "")
        page.size_band = data.get("size_band", "")
        page.stage = data.get("stage", "")
        page.status = data.get("status", "")
        page.student_outcomes_reported = bool(data.get("student_outcomes_reported"))
        page.start_year = data.get("start_year")
        page.end_year = data.get("end_year")
        page.citations = self.citations_value(data["citations"])
        page.topics.set([self.topics[slug] for slug in data.get("topics", [])])
        page.states.set(list(State.objects.filter(code__in=data.get("states", []))))
        page.organizations.set([self.organizations[k] for k in data.get("organizations", [])])

    def keep(self, page, data):
        """Whether to leave an existing page as it is: always without ``refresh``; with
        it, when the data has not changed since the loader wrote the page, or when an
        editor has published or saved a revision since then (unless ``force``)."""
        if page is None:
            return False
        if not self.refresh:
            return True
        loaded = LoadedPage.objects.filter(page=page).first()
        edited = (
            page.latest_revision_id != loaded.revision_id
            if loaded
            else bool(page.latest_revision and page.latest_revision.user_id)
        )
        if edited and not self.force:
            self.skipped.append(f"{data['_file']} ({page.url_path.rstrip('/')})")
            self.skipped_pages.add(page.pk)
            return True
        return not edited and loaded is not None and loaded.digest == digest(data)

    def publish(self, parent, page, exists, kind, data):
        if exists:
            self.report.add(kind, created=False)
        else:
            parent.add_child(instance=page)
            self.report.add(kind)
        self.record(page, page.save_revision(), data)

    def record(self, page, revision, data):
        """Publish the loader's revision and remember it, so a later edit shows."""
        revision.publish()
        LoadedPage.objects.update_or_create(
            page=page,
            defaults={"revision": revision, "digest": digest(data), "data_file": data["_file"]},
        )

    def ensure_resource(self, index, data):
        page = ResourcePage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        if self.keep(page, data):
            return page
        page = page or ResourcePage(slug=data["slug"])
        self.apply_library_fields(page, data)
        page.resource_type = data["resource_type"]
        page.body = [("text", render_markdown(data["body"]))] if data.get("body") else []
        clauses = [{"type": "clause", **clause} for clause in data.get("clauses", [])]
        page.clauses = stream_value(clauses, data["slug"], "clauses")
        page.rights = data.get("rights", "")
        page.document_links = [
            ResourceDocument(document=self.ensure_document(doc))
            for doc in data.get("documents", [])
        ]
        self.publish(index, page, exists, "resources", data)
        return page

    def ensure_resource_links(self, page, data, case_pages):
        wanted = [case_pages[slug].pk for slug in data.get("related_case_studies", [])]
        current = list(page.related_links.values_list("related_id", flat=True))
        if wanted == current or page.pk in self.skipped_pages:
            return
        page.related_links = [LibraryPageRelation(related_id=pk) for pk in wanted]
        self.record(page, page.save_revision(), data)
        self.report.add("resource links", created=False)

    def ensure_case_study(self, index, data, resource_pages):
        page = CaseStudyPage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        if self.keep(page, data):
            return page
        page = page or CaseStudyPage(slug=data["slug"])
        self.apply_library_fields(page, data)
        page.program_name = data["program_name"]
        page.challenge = render_markdown(data["challenge"])
        page.approach = render_markdown(data["approach"])
        page.agreed = stream_value(data.get("agreed", []), data["slug"], "agreed")
        page.outcomes = stream_value(data.get("outcomes", []), data["slug"], "outcomes")
        page.lessons = render_markdown(data.get("lessons", ""))
        page.related_links = [
            LibraryPageRelation(related=resource_pages[slug])
            for slug in data.get("related_resources", [])
        ]
        self.publish(index, page, exists, "case studies", data)
        return page

    def ensure_featured(self, home, case_pages):
        wanted = [page.pk for page in case_pages]
        if list(home.featured_links.values_list("case_study_id", flat=True)) == wanted:
            return
        home.featured_links = [HomePageFeature(case_study_id=pk) for pk in wanted]
        home.save_revision().publish()
        self.report.add("featured case studies", created=False)

    # Communities of practice -------------------------------------------------------
    def ensure_communities(self, home):
        index = self.ensure_child(
            home,
            CommunityIndexPage,
            "communities",
            title="Communities",
            intro=self.content.site["communities"]["intro"],
        )
        members = self.ensure_demo_members()
        for data in self.content.communities:
            page = self.ensure_community(index, data, members)
            for thread in data.get("threads", []):
                self.ensure_thread(page, thread, members)

    def ensure_group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.report.add("groups")
        return group

    def ensure_demo_members(self):
        """Demo accounts that author the demo discussions; they cannot log in."""
        User = get_user_model()
        members = {}
        for data in (person for person in self.content.people if person.get("forum")):
            user = User.objects.filter(username=data["username"]).first()
            if user is None:
                user = User(
                    username=data["username"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    email=f"{data['username']}@example.org",
                )
                user.set_unusable_password()
                user.save()
                self.report.add("demo members")
            for name in data.get("groups", []):
                user.groups.add(self.ensure_group(name))
            members[data["username"]] = user
        return members

    def ensure_community(self, index, data, members):
        page = CommunityPage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        if self.keep(page, data):
            return page
        page = page or CommunityPage(slug=data["slug"])
        page.title = data["title"]
        page.description = data["description"]
        page.topics.set([self.topics[slug] for slug in data["topics"]])
        page.facilitators.set([members[name] for name in data["facilitators"]])
        group = data.get("private_group")
        page.private_group = self.ensure_group(group) if group else None
        self.publish(index, page, exists, "communities", data)
        return page

    def ensure_thread(self, community, data, members):
        """A demo thread with its replies, created once (looked up by title)."""
        if Thread.objects.filter(community=community, title=data["title"]).exists():
            return
        started = timezone.now() - timedelta(days=data["days_ago"])
        thread = posting.start_thread(
            community,
            members[data["author"]],
            data["title"],
            data["body"],
            topics=[self.topics[slug] for slug in data.get("topics", [])],
            created_at=started,
            imported=True,
        )
        replies = []
        for number, reply in enumerate(data.get("replies", []), start=1):
            post = posting.add_reply(
                thread,
                members[reply["author"]],
                reply["body"],
                reply_to=replies[reply["reply_to"]] if "reply_to" in reply else None,
                created_at=started + timedelta(hours=5 * number),
                imported=True,
            )
            replies.append(post)
            if reply.get("accepted"):
                posting.toggle_accepted(thread, post)
            Helpful.objects.bulk_create(
                [Helpful(post=post, user=members[name]) for name in reply.get("helpful", [])]
            )
            self.report.add("demo posts")
        self.report.add("demo threads")

    def ensure_document(self, spec):
        Document = get_document_model()
        sections = [(section["heading"], section["text"]) for section in spec["sections"]]
        content = demo_documents.render(spec["filename"], spec["title"], sections)
        digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        document = Document.objects.filter(title=spec["title"]).first()
        if document is None:
            document = Document(title=spec["title"])
            document.file.save(spec["filename"], ContentFile(content), save=False)
            document.file_size = len(content)
            document.file_hash = digest
            document.save()
            self.report.add("documents")
        elif self.refresh and document.file_hash != digest:
            document.file.save(spec["filename"], ContentFile(content), save=False)
            document.file_size = len(content)
            document.file_hash = digest
            document.save()
            self.report.add("documents", created=False)
        return document

    # Member network ------------------------------------------------------------------
    def ensure_network(self):
        """Demo districts and unions, member profiles with confirmed affiliations, and the
        facilitators' roster. Needs the topics, the case-study organizations and the
        forum's demo members to exist already."""
        self.ensure_organization_rows(self.content.demo_organizations, "demo organizations")
        users = self.ensure_network_members()
        for person in self.content.people:
            if "profile" not in person:
                continue
            data = person["profile"]
            user = users[person["username"]]
            self.ensure_profile(user, data)
            self.ensure_affiliation(user, data)
        self.ensure_facilitators(users)

    def ensure_network_members(self):
        """The network's demo accounts (they cannot log in), and the forum's."""
        User = get_user_model()
        users = {}
        for data in (person for person in self.content.people if not person.get("forum")):
            user = User.objects.filter(username=data["username"]).first()
            fields = {
                "first_name": data["first_name"],
                "last_name": data["last_name"],
                "email": f"{data['username']}@example.org",
            }
            if user is None:
                user = User(username=data["username"], **fields)
                user.set_unusable_password()
                user.save()
                self.report.add("demo members")
            elif self.refresh and any(getattr(user, k) != v for k, v in fields.items()):
                for name, value in fields.items():
                    setattr(user, name, value)
                user.save(update_fields=list(fields))
                self.report.add("demo members", created=False)
            users[data["username"]] = user
        forum = [person["username"] for person in self.content.people if person.get("forum")]
        users.update({user.username: user for user in User.objects.filter(username__in=forum)})
        return users

    def ensure_profile(self, user, data):
        profile, created = MemberProfile.objects.get_or_create(user=user)
        if not (created or self.refresh):
            return profile
        profile.role = data["role"]
        profile.state = data.get("state", "")
        profile.bio = data["bio"]
        profile.visibility = data["visibility"]
        profile.is_demo = True
        profile.save()
        profile.expertise.set([self.topics[slug] for slug in data.get("expertise", [])])
        profile.interests.set([self.topics[slug] for slug in data.get("interests", [])])
        self.report.add("member profiles", created=created)
        return profile

    def ensure_affiliation(self, user, data):
        """A confirmed affiliation (saving it makes it the profile's organization)."""
        key = data.get("organization")
        organization = self.organizations[key] if key else None
        if self.refresh:
            stale = Affiliation.objects.filter(user=user).exclude(organization=organization)
            if stale.exists():
                stale.delete()
                apply_affiliation(user)
        if organization is None:
            return
        affiliation = Affiliation.objects.filter(user=user, organization=organization).first()
        if affiliation is None:
            Affiliation.objects.create(
                user=user,
                organization=organization,
                position=data.get("position", ""),
                status=AffiliationStatus.CONFIRMED,
            )
            self.report.add("affiliations")
        elif self.refresh:
            affiliation.position = data.get("position", "")
            affiliation.status = AffiliationStatus.CONFIRMED
            affiliation.save()
            self.report.add("affiliations", created=False)

    def ensure_facilitators(self, users):
        for person in self.content.people:
            data = person.get("facilitator")
            if data is None:
                continue
            user = users[person["username"]]
            fields = {
                "summary": data["summary"],
                "services": data.get("services", []),
                "regions": data.get("regions", []),
                "languages": data.get("languages", ""),
                "is_demo": True,
            }
            facilitator = Facilitator.objects.filter(user=user).first()
            if facilitator is None:
                Facilitator.objects.create(user=user, **fields)
                self.report.add("facilitators")
            elif self.refresh:
                for name, value in fields.items():
                    setattr(facilitator, name, value)
                facilitator.save()
                self.report.add("facilitators", created=False)

    # District teams ----------------------------------------------------------------
    def ensure_teams(self):
        """Demo teams with their rounds, principles and plan. Looks organizations, people
        and topics up in the database by key, so it also runs on its own (tests).

        A team is created with everything once. ``refresh`` re-applies the team's and the
        plan's fields and adds missing members; ``force`` also rebuilds the rounds,
        goals, updates and comments from the data (what was done in the app is lost)."""
        for data in self.content.teams:
            self.ensure_team(data)

    def ensure_team(self, data):
        User = get_user_model()
        team = Team.objects.filter(slug=data["slug"]).first()
        created = team is None
        if not (created or self.refresh):
            self.join_dev_accounts(team, data)
            return team
        fields = {
            "name": data["name"],
            "district": Organization.objects.get(slug=data["district"]),
            "facilitator": Facilitator.objects.filter(
                user__username=data.get("facilitator", "")
            ).first(),
            "is_demo": True,
        }
        if created:
            team = Team.objects.create(slug=data["slug"], **fields)
        else:
            Team.objects.filter(pk=team.pk).update(**fields)
        team.unions.set(Organization.objects.filter(slug__in=data["unions"]))
        users = {u.username: u for u in User.objects.filter(username__in=team_people(data))}
        for member in data["members"]:
            Membership.objects.get_or_create(
                team=team,
                user=users[member["person"]],
                defaults={"side": member["side"], "title": member.get("title", "")},
            )
        self.join_dev_accounts(team, data)
        rebuild = created or self.force
        if rebuild:
            team.rounds.all().delete()
            self.ensure_rounds(team, data)
        if "principles" in data:
            text = data["principles"]
            Principles.objects.update_or_create(
                team=team, defaults={"text": text, "text_html": core_markdown(text)}
            )
        if "plan" in data:
            self.ensure_plan(team, data["plan"], users, rebuild)
        self.report.add("demo teams", created=created)
        return team

    def join_dev_accounts(self, team, data):
        """The dev accounts (create_dev_users) join the team once they exist."""
        User = get_user_model()
        accounts = {a["username"]: a for a in data.get("dev_accounts", [])}
        for user in User.objects.filter(username__in=accounts):
            account = accounts[user.username]
            _, created = Membership.objects.get_or_create(
                team=team,
                user=user,
                defaults={"side": account["side"], "title": account.get("title", "")},
            )
            if created:
                self.report.add("demo team members")

    def ensure_rounds(self, team, data):
        now = timezone.now()
        for number, spec in enumerate(data.get("rounds", [])):
            opened = now - timedelta(days=spec["days_ago"])
            # A hash of no token: no link opens a demo round.
            digest = hashlib.sha256(f"demo:{team.slug}:{number}".encode()).hexdigest()
            round_ = AssessmentRound.objects.create(
                team=team,
                school=spec.get("school", ""),
                link_token_hash=digest,
                opened_at=opened,
                closed_at=opened + timedelta(days=14),
            )
            answers = zip(*(spec[name] for name in ANSWER_FIELDS), strict=True)
            Response.objects.bulk_create(
                Response(
                    round=round_,
                    communication=a,
                    collaboration=b,
                    openness=c,
                    stage=spec["stage"],
                    submitted_at=opened + timedelta(days=1),
                )
                for a, b, c in answers
            )

    def ensure_plan(self, team, data, users, rebuild):
        now = timezone.now()
        plan, _ = WorkPlan.objects.get_or_create(team=team)
        plan.title = data["title"]
        plan.summary = data.get("summary", "")
        plan.status = data["status"]
        plan.shared_with_network = data.get("shared_with_network", False)
        plan.shared_at = plan.shared_at or (now if plan.shared_with_network else None)
        plan.save()
        if not rebuild:
            return plan
        plan.goals.all().delete()
        plan.updates.all().delete()
        plan.comments.all().delete()
        for position, spec in enumerate(data.get("goals", [])):
            goal = Goal.objects.create(
                plan=plan,
                title=spec["title"],
                description=spec.get("description", ""),
                position=position,
            )
            goal.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
            Step.objects.bulk_create(
                Step(
                    goal=goal,
                    title=step["title"],
                    status=step["status"],
                    owner=users.get(step.get("owner")),
                    due_date=due_date(now, step),
                    position=number,
                )
                for number, step in enumerate(spec.get("steps", []))
            )
        for spec in data.get("updates", []):
            ProgressUpdate.objects.create(
                plan=plan,
                author=users[spec["author"]],
                body=spec["body"],
                body_html=core_markdown(spec["body"]),
                created_at=now - timedelta(days=spec["days_ago"]),
            )
        comments = []
        for spec in data.get("comments", []):
            comment = Comment.objects.create(
                plan=plan,
                author=users[spec["author"]],
                reply_to=comments[spec["reply_to"]] if "reply_to" in spec else None,
                body=spec["body"],
                body_html=core_markdown(spec["body"]),
                created_at=now - timedelta(days=spec["days_ago"]),
            )
            comments.append(comment)
        refresh_status(plan)  # the same rule as the site's, which validate() checked
        sync_plan(plan)  # a plan shared with the network is in search, as when a team shares
        return plan

    # Events ------------------------------------------------------------------------
    def ensure_events(self, home):
        """The events index, the archive entries and the demo events with their demo
        registrations. A demo event is dated relative to the day it is first loaded; one
        that has ended is moved forward on the next load (re-dated from that day), so the
        demo always has upcoming events to register for."""
        events = self.content.site["events"]
        index = self.ensure_child(
            home,
            EventIndexPage,
            "events",
            title=events["title"],
            intro=render_markdown(events["intro"]),
        )
        self.ensure_workflow([index])
        for data in self.content.events:
            page = self.ensure_event(index, data)
            if page is not None and data["is_demo"]:
                self.ensure_event_registrations(page, data)

    def ensure_event(self, index, data):
        page = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        now = timezone.now()
        if exists and data["is_demo"] and page.is_past(now):
            if self.edited_since_loaded(page) and not self.force:
                self.skipped.append(f"{data['_file']} ({page.url_path.rstrip('/')}): ended")
                return page
            self.apply_event_fields(page, data, now)
            self.record(page, page.save_revision(), data)
            self.restart_registrations(page)
            self.report.add("demo events re-dated", created=False)
            return page
        if self.keep(page, data):
            return page
        anchor = event_anchor(page, data) if exists and data["is_demo"] else now
        page = page or EventPage(slug=data["slug"])
        self.apply_event_fields(page, data, anchor)
        self.publish(index, page, exists, "demo events" if data["is_demo"] else "events", data)
        return page

    def edited_since_loaded(self, page):
        loaded = LoadedPage.objects.filter(page=page).first()
        return loaded is None or page.latest_revision_id != loaded.revision_id

    def apply_event_fields(self, page, data, anchor):
        """The page's fields from its data; relative dates count from ``anchor``."""
        User = get_user_model()
        when = event_schedule(data, anchor)
        page.title = data["title"]
        page.kind = data["kind"]
        page.summary = data["summary"]
        page.description = render_markdown(data.get("description", ""))
        page.start_date, page.start_time = when["start_date"], when["start_time"]
        page.end_date, page.end_time = when["end_date"], when["end_time"]
        page.time_zone = data["time_zone"]
        page.online = data.get("online", False)
        page.venue_name = data.get("venue_name", "")
        page.address = data.get("address", "")
        page.join_url = data.get("join_url", "")
        page.join_details = data.get("join_details", "")
        page.state = State.objects.filter(code=data.get("state", "")).first()
        page.region = data.get("region", "")
        page.organizers = data.get("organizers", "")
        page.community = CommunityPage.objects.filter(slug=data.get("community", "")).first()
        page.registration_enabled = data["registration_enabled"]
        page.capacity = data.get("capacity")
        page.registration_opens = when["registration_opens"]
        page.registration_deadline = when["registration_deadline"]
        page.citations = self.citations_value(data.get("citations", []))
        page.is_demo = data["is_demo"]
        page.topics.set([self.topics[slug] for slug in data["topics"]])
        speakers = data.get("speakers", [])
        people = [spec.get("person") for spec in speakers]
        members = {u.username: u for u in User.objects.filter(username__in=people)}
        page.speakers = [
            EventSpeaker(
                member=members.get(spec.get("person")),
                name=spec.get("name", ""),
                affiliation=spec.get("affiliation", ""),
                role=spec.get("role", SpeakerRole.SPEAKER),
                sort_order=number,
            )
            for number, spec in enumerate(speakers)
        ]
        page.agenda = agenda_value(data.get("agenda", []), page.start_date)

    def ensure_event_registrations(self, page, data):
        """The demo registrations: demo people in order, then the demo teams' members
        (with the dev accounts once create_dev_users has put them on their team). Places
        go in order until the event is full, then to the waiting list; a registration
        that exists (even cancelled since) is left as it is. No email is sent."""
        User = get_user_model()
        names = data.get("registrations", [])
        users = {u.username: u for u in User.objects.filter(username__in=names)}
        for name in names:
            self.register_demo(page, users[name], by=users[name])
        for spec in data.get("team_registrations", []):
            team = Team.objects.filter(slug=spec["team"]).first()
            if team is None:
                continue
            by = User.objects.filter(username=spec["by"]).first()
            for membership in team.memberships.select_related("user"):
                self.register_demo(page, membership.user, by=by, team=team)

    def register_demo(self, page, user, by, team=None):
        if Registration.objects.filter(event=page, user=user).exists():
            return None
        now = timezone.now()
        confirmed = page.capacity is None or (
            Registration.objects.filter(event=page).confirmed().count() < page.capacity
        )
        registration = Registration.objects.create(
            event=page,
            user=user,
            team=team,
            registered_by=by,
            status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED,
            created_at=now,
            queued_at=now,
            confirmed_at=now if confirmed else None,
        )
        self.report.add("demo event registrations")
        return registration

    def restart_registrations(self, page):
        """A re-dated demo event's registrations get their reminders and attendance
        afresh, so they can be tried again."""
        Registration.objects.filter(event=page).update(
            day_reminder_sent_at=None,
            hour_reminder_sent_at=None,
            materials_sent_at=None,
            attended=None,
            attendance_marked_by=None,
            attendance_marked_at=None,
        )


def team_people(data):
    """The demo people a team's data names: members and the authors of its posts."""
    plan = data.get("plan", {})
    posts = [*plan.get("updates", []), *plan.get("comments", [])]
    return {m["person"] for m in data["members"]} | {p["author"] for p in posts}


def due_date(now, step):
    return (now + timedelta(days=step["due_in_days"])).date() if "due_in_days" in step else None


def ensure_dev_team(stdout=None):
    """Put the dev accounts on their demo team (create_dev_users calls it); nothing when
    the demo teams are not loaded."""
    loader = DemoLoader(stdout=stdout)
    with transaction.atomic():
        for data in loader.content.teams:
            team = Team.objects.filter(slug=data["slug"]).first()
            if team and data.get("dev_accounts"):
                loader.join_dev_accounts(team, data)
                return team
    return None


def event_anchor(page, data):
    """The moment a loaded demo event's relative dates count from (kept on refresh)."""
    if "start_in_hours" in data:
        return page.starts_at - timedelta(hours=data["start_in_hours"])
    start = timezones.combine(page.start_date, time(12, 0), data["time_zone"])
    return start - timedelta(days=data["start_in_days"])


def event_schedule(data, anchor):
    """Start, end and registration dates as wall-clock values in the event's zone.

    Archive events give their dates; demo events count days from ``anchor``'s date in
    the event's zone (``start_in_days``) or hours from ``anchor`` itself
    (``start_in_hours``, rounded up to the next half hour)."""
    zone = ZoneInfo(data["time_zone"])
    if "start_in_hours" in data:
        start = (anchor + timedelta(hours=data["start_in_hours"])).astimezone(zone)
        start = start.replace(second=0, microsecond=0)
        if start.minute % 30:
            start += timedelta(minutes=30 - start.minute % 30)
        end = start + timedelta(minutes=data.get("length_minutes", 60))
        return {
            "start_date": start.date(),
            "start_time": start.time().replace(tzinfo=None),
            "end_date": end.date() if end.date() != start.date() else None,
            "end_time": end.time().replace(tzinfo=None),
            "registration_opens": None,
            "registration_deadline": None,
        }
    if "start_in_days" in data:
        day = anchor.astimezone(zone).date()

        def shift(name):
            return day + timedelta(days=data[name]) if name in data else None

        return {
            "start_date": shift("start_in_days"),
            "start_time": data.get("start_time", time(9, 0)),
            "end_date": shift("end_in_days"),
            "end_time": data.get("end_time", time(17, 0)),
            "registration_opens": shift("registration_opens_in_days"),
            "registration_deadline": shift("registration_deadline_in_days"),
        }
    return {
        "start_date": data["start_date"],
        "start_time": data.get("start_time", time(9, 0)),
        "end_date": data.get("end_date"),
        "end_time": data.get("end_time", time(17, 0)),
        "registration_opens": None,
        "registration_deadline": None,
    }


def agenda_value(entries, start_date):
    """[{type = "session" | "note", ...}] -> the agenda's StreamField data; a session's
    ``day`` (1, 2...) becomes its date, ``presented`` ("case-studies/<slug>") its pages."""
    slugs = [ref.partition("/")[2] for e in entries for ref in e.get("presented", [])]
    pages = {
        page.slug: page
        for page in Page.objects.filter(slug__in=slugs).type(CaseStudyPage, ResourcePage)
    }
    value = []
    for entry in entries:
        if entry["type"] == "note":
            value.append(("note", render_markdown(entry["text"])))
            continue
        day = entry.get("day")
        value.append(
            (
                "session",
                {
                    "title": entry["title"],
                    "day": start_date + timedelta(days=day - 1) if day else None,
                    "starts": entry.get("starts"),
                    "ends": entry.get("ends"),
                    "format": entry.get("format", SessionFormat.WORKSHOP),
                    "description": render_markdown(entry.get("description", "")),
                    "speakers": entry.get("speakers", ""),
                    "presented": [
                        pages[ref.partition("/")[2]] for ref in entry.get("presented", [])
                    ],
                },
            )
        )
    return value


def ensure_dev_registrations(stdout=None):
    """Register the dev accounts with their demo team for the demo events the team is
    registered for (create_dev_users calls it); returns those events."""
    loader = DemoLoader(stdout=stdout)
    index = EventIndexPage.objects.first()
    if index is None:
        return []
    events = []
    with transaction.atomic():
        for data in loader.content.events:
            page = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
            if page is not None and data.get("team_registrations"):
                loader.ensure_event_registrations(page, data)
                events.append(page)
    return events
