"""Build the demo site tree from ``home.demo.data``.

Idempotent: everything is looked up by a stable key (slug, title) and only
created when missing, so a second run changes nothing. ``refresh=True``
re-applies the data to pages that already exist, as a new published revision.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowPage, WorkflowTask

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from forums import posting
from forums.models import CommunityIndexPage, CommunityPage, Helpful, Thread
from home.models import HomePage, HomePageFeature, StandardPage
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
from resources.choices import Locale, SizeBand, Stage, UnionAffiliation
from resources.models import (
    LibraryPageRelation,
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    State,
    Topic,
)

from . import documents as demo_documents
from .data import case_studies_a, case_studies_b, communities, resources, topics
from .data import network as demo_network

HOME = {
    "title": "SameSide",
    "tagline": "Labor-management collaboration in public schools",
    "intro": (
        "Sample contract language, memoranda of understanding and case studies from districts "
        "and unions that chose to sit on the same side of the table. Every case study cites the "
        "public report it comes from."
    ),
}

ABOUT = {
    "slug": "about",
    "title": "About SameSide",
    "intro": "A learning network and resource clearinghouse for union and district leaders.",
    "body": [
        (
            "text",
            "<p>The reports this site is built from ask for an online clearinghouse of "
            "collaboration practices, sample contract language, memoranda of understanding and "
            "informal agreements (seed 003, lines 401 and 419), and for a learning network in "
            "which leaders from different districts and local unions share experience and get "
            "advice from facilitators (seed 002, line 2761).</p>",
        ),
        ("heading", "Where the content comes from"),
        (
            "text",
            "<p>The demo case studies and resources summarise five public reports in our own "
            "words. Each one lists its sources with the file and line numbers the facts come "
            "from, and says “not stated in the source” where the reports are silent.</p>",
        ),
    ],
}

WORKFLOW_NAME = "Library review"
REVIEW_TASK_NAME = "Moderator review"
SOURCE_MAX_LENGTH = 300  # the length of Organization.source


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)

    def add(self, kind, created=True):
        bucket = self.created if created else self.updated
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed(self):
        return bool(self.created or self.updated)

    def lines(self):
        if not self.changed:
            return ["Demo content is already loaded; nothing changed."]
        out = [f"Created {count} {kind}" for kind, count in sorted(self.created.items())]
        out += [f"Updated {count} {kind}" for kind, count in sorted(self.updated.items())]
        return out


class DemoDataError(ValueError):
    """The demo data refers to something that does not exist."""


def all_organizations():
    return [
        *case_studies_a.ORGANIZATIONS,
        *case_studies_b.ORGANIZATIONS,
        *resources.ORGANIZATIONS,
    ]


def demo_organizations():
    """The fictional districts and unions of the member-network demo."""
    return demo_network.DEMO_ORGANIZATIONS


def all_member_profiles():
    """Profiles for the forum's demo members and for the network's demo members."""
    return [*demo_network.FORUM_MEMBER_PROFILES, *demo_network.DEMO_MEMBERS]


def organization_source(data):
    """The organization's ``source`` text: its own, or its citations' locators, as many
    whole locators as fit in the field."""
    if data.get("source"):
        return data["source"][:SOURCE_MAX_LENGTH]
    text = ""
    for locator in dict.fromkeys(c["locator"] for c in data.get("citations", [])):
        candidate = f"{text}; {locator}" if text else locator
        if len(candidate) > SOURCE_MAX_LENGTH:
            break
        text = candidate
    return text


def all_case_studies():
    return [*case_studies_a.CASE_STUDIES, *case_studies_b.CASE_STUDIES]


def validate():
    """Check every cross-reference before writing anything; raise with all problems at once."""
    problems = []
    topic_slugs = {t["slug"] for t in topics.TOPICS}
    org_keys = [o["key"] for o in [*all_organizations(), *demo_organizations()]]
    case_slugs = [c["slug"] for c in all_case_studies()]
    resource_slugs = [r["slug"] for r in resources.RESOURCES]
    states = set(State.objects.values_list("code", flat=True))

    for label, keys in (
        ("organization key", org_keys),
        ("case-study slug", case_slugs),
        ("resource slug", resource_slugs),
    ):
        duplicates = {key for key in keys if keys.count(key) > 1}
        if duplicates:
            problems.append(f"Duplicate {label}s: {', '.join(sorted(duplicates))}")

    problems += organization_problems(topic_slugs, org_keys)

    def check_item(item, related_key, related_pool):
        for slug in item.get("topics", []):
            if slug not in topic_slugs:
                problems.append(f"{item['slug']}: unknown topic {slug}")
        for key in item.get("organizations", []):
            if key not in org_keys:
                problems.append(f"{item['slug']}: unknown organization {key}")
        for slug in item.get(related_key, []):
            if slug not in related_pool:
                problems.append(f"{item['slug']}: unknown {related_key} entry {slug}")
        for code in item.get("states", []):
            if code not in states:
                problems.append(f"{item['slug']}: unknown state {code}")
        if not item.get("citations"):
            problems.append(f"{item['slug']}: no citations")

    for case in all_case_studies():
        check_item(case, "related_resources", resource_slugs)
    for resource in resources.RESOURCES:
        check_item(resource, "related_case_studies", case_slugs)
    problems += community_problems(topic_slugs)
    problems += network_problems(topic_slugs, org_keys)
    if problems:
        raise DemoDataError("Demo data problems:\n" + "\n".join(f"- {p}" for p in problems))


def organization_problems(topic_slugs, org_keys):
    problems = []
    demo = {org["key"] for org in demo_organizations()}
    by_key = {org["key"]: org for org in [*all_organizations(), *demo_organizations()]}
    facets = {
        "locale": Locale.values,
        "size_band": SizeBand.values,
        "union_affiliation": UnionAffiliation.values,
        "stage": Stage.values,
    }
    for key, org in by_key.items():
        where = f"Organization {key}"
        if org.get("partner") and org["partner"] not in org_keys:
            problems.append(f"{where}: unknown partner {org['partner']}")
        for slug in org.get("topics", []):
            if slug not in topic_slugs:
                problems.append(f"{where}: unknown topic {slug}")
        for name, allowed in facets.items():
            if org.get(name) and org[name] not in allowed:
                problems.append(f"{where}: unknown {name} {org[name]}")
        if key not in demo:
            continue
        mark = demo_network.ORGANIZATION_MARK
        if not org["name"].endswith(demo_network.DEMO_SUFFIX):
            problems.append(f"{where}: the name does not end with {demo_network.DEMO_SUFFIX!r}")
        if not org["description"].startswith(mark):
            problems.append(f"{where}: the description does not start with {mark!r}")
        if org["kind"] not in (OrganizationKind.DISTRICT, OrganizationKind.UNION):
            problems.append(f"{where}: a demo organization must be a district or a union")
        missing = [name for name in ("state", *facets) if not org.get(name)]
        if not org.get("topics"):
            missing.append("topics")
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
        partner = by_key.get(org.get("partner"))
        if partner is None or partner.get("partner") != key:
            problems.append(f"{where}: the partner must name it back as its partner")
    return problems


def network_problems(topic_slugs, org_keys):
    """Demo members, their profiles and the facilitators' roster."""
    problems = []
    forum = {member["username"] for member in communities.MEMBERS}
    profiles = all_member_profiles()
    usernames = [data["username"] for data in profiles]
    duplicates = {name for name in usernames if usernames.count(name) > 1}
    if duplicates:
        problems.append(f"Duplicate demo members: {', '.join(sorted(duplicates))}")
    for data in demo_network.FORUM_MEMBER_PROFILES:
        if data["username"] not in forum:
            problems.append(f"{data['username']}: not one of the forum's demo members")
    for data in demo_network.DEMO_MEMBERS:
        if data["username"] in forum:
            problems.append(f"{data['username']}: already a forum member (add a profile instead)")
    for data in profiles:
        where = data["username"]
        if not where.startswith("demo-"):
            problems.append(f"{where}: demo usernames start with 'demo-'")
        if data["role"] not in MemberRole.values:
            problems.append(f"{where}: unknown role {data['role']}")
        if data["visibility"] not in Visibility.values:
            problems.append(f"{where}: unknown visibility {data['visibility']}")
        if not data["bio"].startswith(demo_network.MEMBER_MARK):
            problems.append(f"{where}: the bio is not marked as demo content")
        for slug in [*data["expertise"], *data["interests"]]:
            if slug not in topic_slugs:
                problems.append(f"{where}: unknown topic {slug}")
        if data["organization"] and data["organization"] not in org_keys:
            problems.append(f"{where}: unknown organization {data['organization']}")
    roles = {data["username"]: data["role"] for data in profiles}
    for data in demo_network.DEMO_FACILITATORS:
        where = f"Facilitator {data['username']}"
        if roles.get(data["username"]) != MemberRole.FACILITATOR:
            problems.append(f"{where}: needs a demo member profile with the facilitator role")
        if not data["summary"].startswith(demo_network.FACILITATOR_MARK):
            problems.append(f"{where}: the summary is not marked as demo content")
        problems += [
            f"{where}: unknown service {c}" for c in data["services"] if c not in Service.values
        ]
        problems += [
            f"{where}: unknown region {c}" for c in data["regions"] if c not in Region.values
        ]
    return problems


def community_problems(topic_slugs):
    problems = []
    members = {member["username"] for member in communities.MEMBERS}
    slugs = [community["slug"] for community in communities.COMMUNITIES]
    duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
    if duplicates:
        problems.append(f"Duplicate community slugs: {', '.join(sorted(duplicates))}")
    for community in communities.COMMUNITIES:
        slug = community["slug"]
        for topic in community["topics"]:
            if topic not in topic_slugs:
                problems.append(f"{slug}: unknown topic {topic}")
        for name in community["facilitators"]:
            if name not in members:
                problems.append(f"{slug}: unknown facilitator {name}")
        for thread in community["threads"]:
            where = f"{slug} / {thread['title']}"
            if communities.DEMO_MARK not in thread["body"]:
                problems.append(f"{where}: the question is not marked as demo content")
            for topic in thread.get("topics", []):
                if topic not in topic_slugs:
                    problems.append(f"{where}: unknown topic {topic}")
            if sum(bool(reply.get("accepted")) for reply in thread["replies"]) > 1:
                problems.append(f"{where}: more than one accepted answer")
            for number, reply in enumerate(thread["replies"]):
                if communities.DEMO_MARK not in reply["body"]:
                    problems.append(f"{where}: reply {number} is not marked as demo content")
                names = [thread["author"], reply["author"], *reply.get("helpful", [])]
                problems += [f"{where}: unknown member {n}" for n in names if n not in members]
                if "reply_to" in reply and not 0 <= reply["reply_to"] < number:
                    problems.append(f"{where}: reply {number} must answer an earlier reply")
    return problems


def text_to_html(text):
    """Plain text to simple rich text.

    Blank lines separate blocks; within a block, runs of lines starting with "- " become
    a bulleted list and other lines are joined into a paragraph.
    """
    html = []
    for chunk in (text or "").strip().split("\n\n"):
        paragraph, items = [], []
        for line in (line.strip() for line in chunk.splitlines()):
            if not line:
                continue
            if line.startswith("- "):
                if paragraph:
                    html.append(f"<p>{escape(' '.join(paragraph))}</p>")
                    paragraph = []
                items.append(f"<li>{escape(line[2:].strip())}</li>")
            else:
                if items:
                    html.append(f"<ul>{''.join(items)}</ul>")
                    items = []
                paragraph.append(line)
        if paragraph:
            html.append(f"<p>{escape(' '.join(paragraph))}</p>")
        if items:
            html.append(f"<ul>{''.join(items)}</ul>")
    return "".join(html)


def stream_value(entries):
    """[("text", str) | ("clause"/"metric", dict)] -> StreamField raw data."""
    value = []
    for block_type, data in entries:
        if block_type == "text":
            value.append(("text", text_to_html(data)))
        else:
            value.append((block_type, clean_struct(data)))
    return value


def clean_struct(data):
    return {key: ("" if value is None and key != "year" else value) for key, value in data.items()}


def citations_value(citations):
    return [("citation", clean_struct(citation)) for citation in citations]


class DemoLoader:
    def __init__(self, refresh=False, stdout=None):
        self.refresh = refresh
        self.report = Report()
        self.stdout = stdout
        self.topics = {}
        self.organizations = {}

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        validate()
        home = self.ensure_home()
        case_index = self.ensure_child(
            home,
            CaseStudyIndexPage,
            "case-studies",
            title="Case studies",
            intro="<p>How districts and their unions worked together, what they agreed and "
            "what happened, with the sources for every fact.</p>",
        )
        resource_index = self.ensure_child(
            home,
            ResourceIndexPage,
            "resources",
            title="Resources",
            intro="<p>Sample contract language, memoranda of understanding, toolkits, "
            "templates and research reports.</p>",
        )
        self.ensure_about(home)
        self.ensure_topics()
        self.ensure_organizations()
        self.ensure_workflow([case_index, resource_index])

        resource_pages = {}
        total = len(resources.RESOURCES)
        for number, data in enumerate(resources.RESOURCES, start=1):
            resource_pages[data["slug"]] = self.ensure_resource(resource_index, data)
            self.log(f"  resources {number}/{total}: {data['slug']}")
        case_pages = {}
        cases = all_case_studies()
        for number, data in enumerate(cases, start=1):
            case_pages[data["slug"]] = self.ensure_case_study(case_index, data, resource_pages)
            self.log(f"  case studies {number}/{len(cases)}: {data['slug']}")
        for data in resources.RESOURCES:
            self.ensure_resource_links(resource_pages[data["slug"]], data, case_pages)
        self.ensure_featured(home, [case_pages[c["slug"]] for c in cases if c.get("featured")])
        self.ensure_communities(home)
        self.ensure_network()
        return self.report

    # Site tree -----------------------------------------------------------------
    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's first migration leaves a placeholder "Welcome" page (slug "home").
            for placeholder in root.get_children().filter(slug="home"):
                if type(placeholder.specific) is Page and not placeholder.get_children().exists():
                    placeholder.delete()  # its Site goes with it and is recreated below
            home = HomePage(slug="home", **HOME)
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

    def ensure_about(self, home):
        self.ensure_child(
            home,
            StandardPage,
            ABOUT["slug"],
            title=ABOUT["title"],
            intro=ABOUT["intro"],
            body=ABOUT["body"],
        )

    # Reference data -------------------------------------------------------------
    def ensure_topics(self):
        for data in topics.TOPICS:
            topic = Topic.objects.filter(slug=data["slug"]).first()
            if topic is None:
                topic = Topic.objects.create(
                    slug=data["slug"], name=data["name"], description=data["description"]
                )
                self.report.add("topics")
            self.topics[data["slug"]] = topic

    def ensure_organizations(self):
        self.ensure_organization_rows(all_organizations(), "organizations")

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
        page.citations = citations_value(data["citations"])
        page.topics.set([self.topics[slug] for slug in data.get("topics", [])])
        page.states.set(list(State.objects.filter(code__in=data.get("states", []))))
        page.organizations.set([self.organizations[k] for k in data.get("organizations", [])])

    def publish(self, parent, page, exists, kind):
        if exists:
            page.save_revision().publish()
            self.report.add(kind, created=False)
        else:
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.report.add(kind)

    def ensure_resource(self, index, data):
        page = ResourcePage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        if exists and not self.refresh:
            return page
        page = page or ResourcePage(slug=data["slug"])
        self.apply_library_fields(page, data)
        page.resource_type = data["resource_type"]
        page.body = [("text", text_to_html(data.get("body", "")))] if data.get("body") else []
        page.clauses = [("clause", clean_struct(c)) for c in data.get("clauses", [])]
        page.rights = data.get("rights", "")
        page.document_links = [
            ResourceDocument(document=self.ensure_document(doc))
            for doc in data.get("documents", [])
        ]
        self.publish(index, page, exists, "resources")
        return page

    def ensure_resource_links(self, page, data, case_pages):
        wanted = [case_pages[slug].pk for slug in data.get("related_case_studies", [])]
        current = list(page.related_links.values_list("related_id", flat=True))
        if wanted == current:
            return
        page.related_links = [LibraryPageRelation(related_id=pk) for pk in wanted]
        page.save_revision().publish()
        self.report.add("resource links", created=False)

    def ensure_case_study(self, index, data, resource_pages):
        page = CaseStudyPage.objects.child_of(index).filter(slug=data["slug"]).first()
        exists = page is not None
        if exists and not self.refresh:
            return page
        page = page or CaseStudyPage(slug=data["slug"])
        self.apply_library_fields(page, data)
        page.program_name = data["program_name"]
        page.challenge = text_to_html(data["challenge"])
        page.approach = text_to_html(data["approach"])
        page.agreed = stream_value(data.get("agreed", []))
        page.outcomes = stream_value(data.get("outcomes", []))
        page.lessons = text_to_html(data.get("lessons", ""))
        page.related_links = [
            LibraryPageRelation(related=resource_pages[slug])
            for slug in data.get("related_resources", [])
        ]
        self.publish(index, page, exists, "case studies")
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
            home, CommunityIndexPage, "communities", title="Communities", intro=communities.INTRO
        )
        members = self.ensure_demo_members()
        for data in communities.COMMUNITIES:
            page = self.ensure_community(index, data, members)
            for thread in data["threads"]:
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
        for data in communities.MEMBERS:
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
        if exists and not self.refresh:
            return page
        page = page or CommunityPage(slug=data["slug"])
        page.title = data["title"]
        page.description = data["description"]
        page.topics.set([self.topics[slug] for slug in data["topics"]])
        page.facilitators.set([members[name] for name in data["facilitators"]])
        group = data.get("private_group")
        page.private_group = self.ensure_group(group) if group else None
        self.publish(index, page, exists, "communities")
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
        for number, reply in enumerate(data["replies"], start=1):
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
        content = demo_documents.render(spec["filename"], spec["title"], spec["sections"])
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
        self.ensure_organization_rows(demo_organizations(), "demo organizations")
        users = self.ensure_network_members()
        for data in all_member_profiles():
            user = users[data["username"]]
            self.ensure_profile(user, data)
            self.ensure_affiliation(user, data)
        self.ensure_facilitators(users)

    def ensure_network_members(self):
        """The network's demo accounts (they cannot log in), and the forum's."""
        User = get_user_model()
        users = {}
        for data in demo_network.DEMO_MEMBERS:
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
        forum = [data["username"] for data in demo_network.FORUM_MEMBER_PROFILES]
        users.update({user.username: user for user in User.objects.filter(username__in=forum)})
        return users

    def ensure_profile(self, user, data):
        profile, created = MemberProfile.objects.get_or_create(user=user)
        if not (created or self.refresh):
            return profile
        profile.role = data["role"]
        profile.state = data["state"]
        profile.bio = data["bio"]
        profile.visibility = data["visibility"]
        profile.is_demo = True
        profile.save()
        profile.expertise.set([self.topics[slug] for slug in data["expertise"]])
        profile.interests.set([self.topics[slug] for slug in data["interests"]])
        self.report.add("member profiles", created=created)
        return profile

    def ensure_affiliation(self, user, data):
        """A confirmed affiliation (saving it makes it the profile's organization)."""
        key = data["organization"]
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
                position=data["position"],
                status=AffiliationStatus.CONFIRMED,
            )
            self.report.add("affiliations")
        elif self.refresh:
            affiliation.position = data["position"]
            affiliation.status = AffiliationStatus.CONFIRMED
            affiliation.save()
            self.report.add("affiliations", created=False)

    def ensure_facilitators(self, users):
        for data in demo_network.DEMO_FACILITATORS:
            user = users[data["username"]]
            fields = {
                "summary": data["summary"],
                "services": data["services"],
                "regions": data["regions"],
                "languages": data["languages"],
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
