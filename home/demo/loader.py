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

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyRelatedResource
from forums import posting
from forums.models import CommunityIndexPage, CommunityPage, Helpful, Thread
from home.models import HomePage, HomePageFeature, StandardPage
from network.models import Organization
from resources.models import (
    ResourceDocument,
    ResourceIndexPage,
    ResourcePage,
    ResourceRelatedCaseStudy,
    State,
    Topic,
)

from . import documents as demo_documents
from .data import case_studies_a, case_studies_b, communities, resources, topics

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


def all_case_studies():
    return [*case_studies_a.CASE_STUDIES, *case_studies_b.CASE_STUDIES]


def validate():
    """Check every cross-reference before writing anything; raise with all problems at once."""
    problems = []
    topic_slugs = {t["slug"] for t in topics.TOPICS}
    org_keys = [o["key"] for o in all_organizations()]
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

    for org in all_organizations():
        if org.get("partner") and org["partner"] not in org_keys:
            problems.append(f"Organization {org['key']}: unknown partner {org['partner']}")

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
    if problems:
        raise DemoDataError("Demo data problems:\n" + "\n".join(f"- {p}" for p in problems))


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
        pending_partners = []
        for data in all_organizations():
            org = Organization.objects.filter(slug=data["key"]).first()
            fields = {
                "name": data["name"],
                "kind": data["kind"],
                "state": data.get("state", ""),
                "locale": data.get("locale", ""),
                "size_band": data.get("size_band", ""),
                "union_affiliation": data.get("union_affiliation", ""),
                "website": data.get("website", ""),
                "description": data.get("description", ""),
                "source": "; ".join(c["locator"] for c in data.get("citations", []))[:300],
            }
            if org is None:
                org = Organization.objects.create(slug=data["key"], **fields)
                self.report.add("organizations")
                pending_partners.append((org, data.get("partner")))
            elif self.refresh:
                for name, value in fields.items():
                    setattr(org, name, value)
                org.save()
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
        current = list(page.related_case_study_links.values_list("case_study_id", flat=True))
        if wanted == current:
            return
        page.related_case_study_links = [
            ResourceRelatedCaseStudy(case_study_id=pk) for pk in wanted
        ]
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
        page.related_resource_links = [
            CaseStudyRelatedResource(resource=resource_pages[slug])
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
