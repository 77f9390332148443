"""Fill the search index with synthetic entries for the search benchmark (bench/search.py).
It lives in ``home``, the composition root: it knows both search and the library.

manage.py generate_bench_content --items 10000 [--seed 1] [--clear]

Entries look like the real library: about 30% case studies and 70% resources, resource
types, topics and states skewed the way a real collection is, blanks where editors leave
fields empty, and text built from the words of the existing (demo) entries mixed with
labor-management terms, so text queries match realistic fractions of the items.

Bench entries are told apart from real ones by their content type (``search.SearchTerm``,
which is not a page) and object ids from 10,000,000; their URLs are ``/bench/<i>/``.
``--clear`` removes them, with their rows in Wagtail's search index, and nothing else.
They are not sent to Elasticsearch. The output depends only on the seed and on the real
entries and topics in the database, so a seed always gives the same library.
"""

import datetime
import random
import re
import sys
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.db.models import CharField, Count
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend

from casestudies.search import CASE_STUDY
from resources.choices import Locale, ResourceType, SizeBand, Stage, Status
from resources.models import State, Topic
from resources.search import RESOURCE
from search.facets import kind_label
from search.management.commands.search_index import progress_bar
from search.models import SearchEntry, SearchTerm

BENCH_OBJECT_ID_START = 10_000_000
BATCH_SIZE = 2_000

# Relative weights; the shape, not the exact figures, is what matters.
RESOURCE_TYPES = {
    ResourceType.CONTRACT_LANGUAGE: 26,
    ResourceType.RESEARCH_REPORT: 17,
    ResourceType.TOOLKIT: 15,
    ResourceType.TEMPLATE: 13,
    ResourceType.ARTICLE: 12,
    ResourceType.POLICY: 9,
    ResourceType.MOU: 5,
    ResourceType.VIDEO: 3,
}
# Roughly population in millions, with Massachusetts (home of most of the library) tripled.
STATE_WEIGHTS = {
    "CA": 39, "TX": 30, "FL": 22, "NY": 20, "PA": 13, "IL": 12.5, "OH": 11.8, "GA": 11,
    "NC": 10.8, "MI": 10, "NJ": 9.3, "VA": 8.7, "WA": 7.8, "AZ": 7.4, "TN": 7, "MA": 21,
    "IN": 6.8, "MD": 6.2, "MO": 6.2, "WI": 5.9, "CO": 5.8, "MN": 5.7, "SC": 5.3, "AL": 5.1,
    "LA": 4.6, "KY": 4.5, "OR": 4.2, "OK": 4, "CT": 3.6, "UT": 3.4, "IA": 3.2, "NV": 3.2,
    "AR": 3, "MS": 2.9, "KS": 2.9, "NM": 2.1, "NE": 2, "ID": 1.9, "WV": 1.8, "HI": 1.4,
    "NH": 1.4, "ME": 1.4, "RI": 1.1, "MT": 1.1, "DE": 1, "SD": 0.9, "ND": 0.8, "AK": 0.7,
    "DC": 0.7, "VT": 0.6, "WY": 0.6, "PR": 0.5,
}  # fmt: skip
# (value weights, share left blank) for the single-valued facets.
LOCALES = ({Locale.URBAN: 40, Locale.SUBURBAN: 35, Locale.RURAL: 25}, 0.25)
SIZES = (
    {SizeBand.SMALL: 30, SizeBand.MEDIUM: 30, SizeBand.LARGE: 25, SizeBand.VERY_LARGE: 15},
    0.35,
)
STAGES = ({Stage.NOT_YET_READY: 15, Stage.PRELIMINARY: 45, Stage.ADVANCED: 40}, 0.40)
STATUSES = (
    {Status.PLANNING: 15, Status.PILOT: 25, Status.IMPLEMENTED: 40, Status.EVALUATED: 20},
    0.20,
)

PLACES = """Springfield Riverside Franklin Greenville Fairview Madison Clinton Salem Georgetown
Arlington Ashland Burlington Manchester Milton Oxford Lowell Worcester Fall-River Brockton
Quincy Lynn Fresno Sacramento Oakland San-Diego Long-Beach Houston Dallas Austin El-Paso
Miami-Dade Broward Orlando Tampa Hillsborough Duval Buffalo Rochester Syracuse Yonkers Albany
Pittsburgh Allentown Erie Chicago Rockford Peoria Cleveland Toledo Cincinnati Dayton Akron
Columbus Atlanta Savannah Macon Charlotte Durham Raleigh Detroit Lansing Flint Newark Paterson
Trenton Norfolk Richmond Seattle Spokane Tacoma Phoenix Tucson Mesa Memphis Nashville
Knoxville Indianapolis Evansville Baltimore Montgomery-County St.-Louis Kansas-City Milwaukee
Madison-Metropolitan Denver Douglas-County Minneapolis Saint-Paul Columbia Birmingham
New-Orleans Louisville Portland Eugene Hartford New-Haven Salt-Lake Des-Moines Reno
Las-Vegas Albuquerque Omaha Boise Charleston Honolulu Providence Anchorage Burlington-Area
Casper Billings Sioux-Falls Fargo Wilmington""".split()
DISTRICT_SUFFIXES = [
    ("Public Schools", 30),
    ("School District", 20),
    ("Unified", 12),
    ("City Schools", 10),
    ("County Public Schools", 10),
    ("Independent School District", 6),
    ("Area School District", 5),
    ("Regional School District", 4),
    ("", 15),
]
UNION_SUFFIXES = [
    "Teachers Association",
    "Education Association",
    "Federation of Teachers",
    "Teachers Union",
    "Alliance of Educators",
]
CASE_STUDY_PHRASES = """peer assistance and review program
teacher evaluation redesign
career ladder for teacher leaders
joint labor-management committee
interest-based bargaining of the new contract
extended learning time pilot
innovation schools plan
turnaround schools agreement
professional development partnership
school-site decision-making teams
differentiated pay plan
mentoring and induction program
budget transparency project
staffing and transfer reform
shared governance council
new teacher induction program
evaluation and support system
collaborative school improvement
community schools partnership
health benefits savings agreement
joint professional learning academy
mutual consent hiring
teacher-led school model
reading intervention initiative
student achievement partnership
trust-building retreat and training
district-wide collaboration compact
principal and steward training
labor-management-community partnership
restructured schools staffing plan""".splitlines()
RESOURCE_PHRASES = {
    ResourceType.CONTRACT_LANGUAGE: [
        "contract language on {topic}",
        "{year} collective bargaining agreement: {topic}",
        "contract article on {topic}",
        "sample clause: {topic}",
    ],
    ResourceType.MOU: [
        "memorandum of understanding on {topic}",
        "MOU for {topic} ({year})",
        "side letter on {topic}",
    ],
    ResourceType.TOOLKIT: ["{topic} toolkit", "a guide to {topic}", "{topic}: a field guide"],
    ResourceType.TEMPLATE: [
        "{topic} worksheet (template)",
        "{topic} planning template",
        "checklist: {topic}",
        "agenda and ground rules for {topic}",
    ],
    ResourceType.RESEARCH_REPORT: [
        "{topic}: findings from {year}",
        "evaluation of {topic} ({year})",
        "research brief on {topic}",
    ],
    ResourceType.ARTICLE: [
        "what we learned from {topic}",
        "{topic}, five years on",
        "lessons on {topic}",
    ],
    ResourceType.VIDEO: ["{topic} (video)", "webinar: {topic}"],
    ResourceType.POLICY: [
        "state law on {topic}",
        "{year} state guidance on {topic}",
        "regulations for {topic}",
    ],
}
SUMMARY_OPENINGS = [
    "How {district} and the {union} built {phrase}.",
    "{district} and the {union} agreed on {phrase} after a year of joint work.",
    "The {union} and {district} describe {phrase} and what it changed for students.",
    "A {kind} from {district} on {phrase}, negotiated with the {union}.",
    "Describes {phrase} in {district}, with the results of the first years.",
]
# Words that the demo content may use rarely or not at all, mixed into the text.
LABOR_TERMS = """union management labor collaboration collective bargaining contract agreement
negotiation negotiated grievance arbitration arbitrator mediation mediator steward stewards
seniority tenure evaluation evaluations evaluator peer review assistance mentor mentoring
mentors induction novice veteran consulting teacher teachers principal principals
superintendent board trustees district districts school schools classroom instruction
instructional coaching coach coaches observation observations rubric rubrics standards
accountability improvement achievement student students outcomes data assessment
assessments growth measures value-added portfolio professional development learning
leadership leaders ladder lattice pathway pathways compensation salary schedule stipend
stipends differential incentive bonus benefits health insurance pension retirement budget
budgets transparency finance funding layoffs reduction-in-force transfer transfers staffing
vacancy vacancies hiring mutual consent assignment assignments turnaround pilot innovation
charter autonomy waiver waivers flexibility calendar schedule extended day year time
planning committee committees joint oversight council governance shared decision-making
site-based trust communication relationship relationships partnership partnerships
interest-based problem-solving consensus ground rules facilitator facilitation training
memorandum understanding side letter clause article provisions language ratified
ratification membership vote association federation affiliate local bargaining-unit
paraprofessionals counselors nurses librarians specialists caseload workload class size
ratio ratios planning-time preparation collaboration-time teams team leaders
community parents families reform strategy implementation sustainability legislation
statute regulation policy state federal grant grants""".split()


def bench_content_type():
    return ContentType.objects.get_for_model(SearchTerm)


def bench_entries():
    """The bench entries: every other entry belongs to a real page."""
    return SearchEntry.objects.filter(
        content_type=bench_content_type(), object_id__gte=BENCH_OBJECT_ID_START
    )


def clear_bench_entries():
    """Delete the bench entries, their topic and state links and their Wagtail index rows."""
    from wagtail.search.models import IndexEntry

    entries = bench_entries()
    count = entries.count()
    if not count:
        return 0
    ids = entries.values("pk")
    with transaction.atomic():
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(SearchEntry),
            object_id__in=entries.annotate(text_id=Cast("pk", CharField())).values("text_id"),
        )._raw_delete(IndexEntry.objects.db)
        for through in (SearchEntry.topics.through, SearchEntry.states.through):
            through.objects.filter(searchentry_id__in=ids)._raw_delete(through.objects.db)
        # Raw deletes: a queryset delete would send a signal, and an index query, per entry.
        entries._raw_delete(SearchEntry.objects.db)
    return count


def weighted(mapping):
    """(values, cumulative weights) for ``random.choices``."""
    values, total, cumulative = [], 0, []
    for value, weight in mapping.items():
        values.append(value)
        total += weight
        cumulative.append(total)
    return values, cumulative


class TextModel:
    """Word-level Markov text from the real entries, with labor-management terms mixed in."""

    TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")

    def __init__(self, texts):
        tokens = [token.lower() for text in texts for token in self.TOKEN.findall(text)]
        self.next_words = {}
        for current, following in zip(tokens, tokens[1:], strict=False):
            self.next_words.setdefault(current, []).append(following)
        # Restarts pick a word as often as the real text uses it; sorted so the model does
        # not depend on the order rows came back in.
        self.starts = sorted(tokens) or list(LABOR_TERMS)
        self.vocabulary = sorted(set(tokens) | set(LABOR_TERMS))

    def words(self, rng, count):
        words, current = [], rng.choice(self.starts)
        for _ in range(count):
            roll = rng.random()
            if roll < 0.02:
                current = rng.choice(LABOR_TERMS)
            elif roll < 0.07 or current not in self.next_words:
                current = rng.choice(self.starts)
            else:
                current = rng.choice(self.next_words[current])
            words.append(current)
        return words

    def sentences(self, rng, count):
        """About ``count`` words as sentences of 6 to 22 words."""
        out, left = [], count
        while left > 0:
            length = min(left, rng.randint(6, 22))
            words = self.words(rng, length)
            out.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
            left -= length
        return " ".join(out)


class Generator:
    def __init__(self, seed, topics, states, text_models):
        self.rng = random.Random(seed)
        self.topics = topics  # [(pk, name)] most used first
        self.topic_slugs = dict(Topic.objects.values_list("pk", "slug"))
        # Zipf-like: the k-th most used topic is chosen with weight 1/k.
        self.topic_weights = list(weighted({i: 1 / (i + 1) for i in range(len(topics))})[1])
        self.states = weighted({code: w for code, w in STATE_WEIGHTS.items() if code in states})
        self.resource_types = weighted(RESOURCE_TYPES)
        self.suffixes = weighted(dict(DISTRICT_SUFFIXES))
        self.text, self.topic_text = text_models
        self.epoch = datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)

    def pick(self, table):
        values, cumulative = table
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def blank_or(self, spec):
        weights, blank_share = spec
        if self.rng.random() < blank_share:
            return ""
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def district(self):
        place = self.rng.choice(PLACES).replace("-", " ")
        suffix = self.pick(self.suffixes)
        return place, f"{place} {suffix}".strip()

    def topic_indexes(self):
        if not self.topics:
            return []
        count = self.rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
        chosen = []
        while len(chosen) < min(count, len(self.topics)):
            index = self.rng.choices(range(len(self.topics)), cum_weights=self.topic_weights)[0]
            if index not in chosen:
                chosen.append(index)
        return chosen

    def entry(self, i, content_type):
        rng = self.rng
        kind = CASE_STUDY if rng.random() < 0.3 else RESOURCE
        place, district = self.district()
        union = f"{place} {rng.choice(UNION_SUFFIXES)}"
        topic_indexes = self.topic_indexes()
        topic_name = self.topics[topic_indexes[0]][1].lower() if topic_indexes else "collaboration"
        year = rng.randint(1990, 2025)
        if kind == CASE_STUDY:
            resource_type = ""
            phrase = rng.choice(CASE_STUDY_PHRASES)
            title = f"{district}: {phrase}" if rng.random() < 0.5 else f"{district} {phrase}"
        else:
            resource_type = self.pick(self.resource_types)
            phrase = rng.choice(RESOURCE_PHRASES[resource_type]).format(topic=topic_name, year=year)
            title = f"{district} {phrase}"
        # Text follows the first topic, as real entries do: "peer" is common in PAR items.
        text = self.text
        if topic_indexes:
            text = self.topic_text.get(self.topics[topic_indexes[0]][0], self.text)
        summary = rng.choice(SUMMARY_OPENINGS).format(
            district=district,
            union=union,
            phrase=phrase if kind == CASE_STUDY else topic_name,
            kind=kind_label(kind).lower(),
        )
        if rng.random() < 0.5:
            summary += " " + text.sentences(rng, rng.randint(10, 20))
        body = text.sentences(rng, rng.randint(150, 400))
        document_text = ""
        if kind == RESOURCE and rng.random() < 0.4:
            document_text = text.sentences(rng, rng.randint(0, 2000))

        start_year = end_year = None
        if rng.random() < (0.85 if kind == CASE_STUDY else 0.6):
            start_year = min(2025, 1990 + int(35 * rng.random() ** 0.6))
            if rng.random() < 0.6:
                end_year = min(2025, start_year + rng.randint(0, 8))
        published_at = self.epoch - datetime.timedelta(seconds=rng.randrange(10 * 365 * 86400))
        state_count = 1 if rng.random() < 0.75 else 2
        states = []
        while len(states) < state_count:
            code = self.pick(self.states)
            if code not in states:
                states.append(code)
        entry = SearchEntry(
            content_type=content_type,
            object_id=BENCH_OBJECT_ID_START + i,
            kind=kind,
            url=f"/bench/{i}/",
            title=title[:255],
            summary=summary,
            body=body,
            document_text=document_text,
            documents=[],
            resource_type=resource_type,
            locale=self.blank_or(LOCALES),
            size_band=self.blank_or(SIZES),
            stage=self.blank_or(STAGES),
            status=self.blank_or(STATUSES),
            student_outcomes_reported=kind == CASE_STUDY and rng.random() < 0.3,
            start_year=start_year,
            end_year=end_year,
            published_at=published_at,
            standing=0,  # library pages (case studies and resources), as real ones
        )
        topic_ids = [self.topics[index][0] for index in topic_indexes]
        entry.topic_slugs = sorted(self.topic_slugs[topic_id] for topic_id in topic_ids)
        entry.state_codes = sorted(states)
        return entry, topic_ids, states


def real_entries():
    return SearchEntry.objects.exclude(
        content_type=bench_content_type(), object_id__gte=BENCH_OBJECT_ID_START
    )


def ranked_topics():
    """[(pk, name)] with the topics real entries use most first (ties by slug)."""
    rows = real_entries().filter(topics__isnull=False).values("topics").annotate(n=Count("pk"))
    usage = {row["topics"]: row["n"] for row in rows}
    topics = Topic.objects.order_by("slug").values_list("pk", "name")
    return sorted(topics, key=lambda topic: -usage.get(topic[0], 0))


def build_text_models():
    """A text model over every real entry, and one per topic over the entries with it."""
    texts, by_topic = [], {}
    entry_topics = {}
    for entry_id, topic_id in SearchEntry.topics.through.objects.filter(
        searchentry__in=real_entries()
    ).values_list("searchentry_id", "topic_id"):
        entry_topics.setdefault(entry_id, []).append(topic_id)
    for pk, *row in (
        real_entries().order_by("pk").values_list("pk", "title", "summary", "body", "document_text")
    ):
        texts.extend(row)
        for topic_id in entry_topics.get(pk, ()):
            by_topic.setdefault(topic_id, []).extend(row)
    models = {topic_id: TextModel(topic_texts) for topic_id, topic_texts in by_topic.items()}
    # Topics with little text of their own use the whole library's.
    models = {topic_id: model for topic_id, model in models.items() if len(model.starts) >= 2000}
    return TextModel(texts), models


class Command(BaseCommand):
    help = "Create synthetic search entries for the search benchmark (bench/search.py)."

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, required=True, help="how many entries to add")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument(
            "--clear", action="store_true", help="remove earlier bench entries first"
        )

    def handle(self, *args, items, seed, clear, **options):
        started = time.perf_counter()
        if items < 0:
            raise CommandError("--items must be zero or more.")
        if clear:
            removed = clear_bench_entries()
            self.stdout.write(f"Removed {removed} earlier bench entries.")
            if removed and connection.vendor == "postgresql" and not connection.in_atomic_block:
                # Give the space back before inserting, or the new rows land after the
                # dead ones and every scan reads both. (VACUUM needs autocommit.)
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM")
        topics = ranked_topics()
        if not topics:
            raise CommandError("There are no topics: run `manage.py load_demo_content` first.")
        states = set(State.objects.values_list("code", flat=True))
        generator = Generator(seed, topics, states, build_text_models())
        content_type = bench_content_type()
        last = bench_entries().order_by("-object_id").values_list("object_id", flat=True).first()
        first = 0 if last is None else last - BENCH_OBJECT_ID_START + 1

        stream = sys.stdout if self.stdout._out is sys.stdout else self.stdout._out
        progress = progress_bar(stream, "Bench entries")
        index = get_search_backend().get_index_for_model(SearchEntry)
        words, done = set(), 0
        for batch_start in range(first, first + items, BATCH_SIZE):
            batch_end = min(first + items, batch_start + BATCH_SIZE)
            rows = [generator.entry(i, content_type) for i in range(batch_start, batch_end)]
            with transaction.atomic():
                entries = SearchEntry.objects.bulk_create([row[0] for row in rows])
                SearchEntry.topics.through.objects.bulk_create(
                    SearchEntry.topics.through(searchentry_id=entry.pk, topic_id=topic_id)
                    for entry, (_, topic_ids, _) in zip(entries, rows, strict=True)
                    for topic_id in topic_ids
                )
                SearchEntry.states.through.objects.bulk_create(
                    SearchEntry.states.through(searchentry_id=entry.pk, state_id=code)
                    for entry, (_, _, codes) in zip(entries, rows, strict=True)
                    for code in codes
                )
                index.add_items(SearchEntry, entries)
            for entry in entries:
                words.update(w.lower() for w in re.findall(r"\w+", entry.title))
            done += len(entries)
            reset_queries()  # DEBUG keeps every query (with its text) otherwise
            progress(done, items)

        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word) for word in sorted(words) if 3 <= len(word) <= 60],
            ignore_conflicts=True,
            batch_size=BATCH_SIZE,
        )
        if connection.vendor == "postgresql":
            # What autovacuum would do a little later: statistics for the new rows, and the
            # GIN indexes' pending lists merged (until then every text search reads them).
            # VACUUM needs autocommit, which tests do not have. SQLite is left alone: it
            # keeps statistics only when ANALYZE is run, and a real install has none.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Created {done} bench entries ({bench_entries().count()} in all, "
            f"{SearchEntry.objects.count()} entries; vocabulary of "
            f"{len(generator.text.vocabulary)} words) on {connection.vendor} in {elapsed:.1f} s."
        )
