"""The field's vocabulary: the editors' synonym list (model, admin, variants, the
Elasticsearch analysis) and spelling correction (``search.vocabulary``)."""

import os
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from search import vocabulary
from search.engines.elasticsearch import (
    SEARCH_ANALYZER,
    SYNONYM_FILTER,
    ElasticsearchEngine,
    index_definition,
    spelling_suggestion,
)
from search.models import SearchTerm, Synonym
from search.query import SearchQuery
from search.results import SearchResults
from search.views import correction

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_synonym_cache():
    """The cache outlives a test's transaction: each test reads the list it sees."""
    vocabulary.bump_version()
    yield
    vocabulary.bump_version()


def only(*groups):
    """Replace the seeded list with these groups ("a, b" or ("a, b", one_way))."""
    Synonym.objects.all().delete()
    for group in groups:
        terms, one_way = group if isinstance(group, tuple) else (group, False)
        Synonym.objects.create(terms=terms, one_way=one_way)


# The seeded list ------------------------------------------------------------------------
def test_the_field_list_is_seeded():
    terms = {term.lower() for group in Synonym.objects.all() for term in group.term_list()}
    assert {"par", "ibb", "mou", "cba", "elt", "pgs"} <= terms
    assert {"peer assistance and review", "extended learning time"} <= terms
    assert {"professional growth system", "contract", "agreement"} <= terms


def test_every_seeded_group_is_valid():
    for group in Synonym.objects.all():
        group.full_clean()


def test_editors_and_moderators_may_curate():
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_synonym", "change_synonym", "delete_synonym"} <= codenames


# Validation -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("", "at least two terms"),
        ("PAR, , peer review", "Term 2 is blank"),
        ("PAR,", "Term 2 is blank"),
        ("PAR", "at least two terms that mean the same"),
        ("peer review, Peer  Review", "is the same term as"),
        ("peer assistance and review, peer assistance review", "is the same term as"),
        ("the, an", "only common words"),
        ("PAR => peer review, x", "may hold only letters"),
        ('"quoted", plain', "may hold only letters"),
    ],
)
def test_invalid_groups_are_refused_with_a_clear_message(terms, message):
    only()
    with pytest.raises(ValidationError) as error:
        Synonym(terms=terms).full_clean()
    assert any(message in text for text in error.value.message_dict["terms"])


def test_a_term_belongs_to_one_group():
    only("PAR, peer assistance and review")
    with pytest.raises(ValidationError) as error:
        Synonym(terms="peer assistance and review, mentoring").full_clean()
    assert "already in the group “PAR, peer assistance and review”" in str(error.value)
    group = Synonym.objects.get()
    group.terms = "PAR, peer assistance and review, peer review"
    group.full_clean()  # its own terms are no conflict


def test_terms_are_tidied():
    group = Synonym(terms="  PAR ,peer   assistance and review")
    only()
    group.full_clean()
    assert group.terms == "PAR, peer assistance and review"


# Variants -------------------------------------------------------------------------------
def test_variants_typed_words_first_then_each_phrasing():
    only("PAR, peer assistance and review, peer review")
    assert vocabulary.variants(["PAR", "program"]) == [
        ("PAR", "program"),
        ("peer", "assistance", "and", "review", "program"),
        ("peer", "review", "program"),
    ]
    assert vocabulary.variants(["peer", "review", "panel"])[1:] == [
        ("par", "panel"),
        ("peer", "assistance", "and", "review", "panel"),
    ]


def test_variants_match_whole_words_in_any_case_ignoring_common_words():
    only("PAR, peer assistance and review")
    assert vocabulary.variants(["par"])[1:] == [("peer", "assistance", "and", "review")]
    assert vocabulary.variants(["Peer", "Assistance", "Review"])[1:] == [("par",)]
    assert vocabulary.variants(["peer", "assistance", "&", "review"])[1:] == [("par",)]
    assert vocabulary.variants(["partner", "parity"]) == [("partner", "parity")]
    assert vocabulary.variants(["peer", "assistance"]) == [("peer", "assistance")]


def test_variants_ignore_a_plural_s():
    only("career ladder, career pathway")
    assert vocabulary.variants(["career", "ladders"])[1:] == [("career", "pathway")]


def test_variants_longest_term_wins_and_one_way_groups_expand_only_their_first_term():
    only(
        "agreement, contract",
        "CBA, collective bargaining agreement",
        ("evaluation, PAR", True),
    )
    assert vocabulary.variants(["collective", "bargaining", "agreement"])[1:] == [("cba",)]
    assert vocabulary.variants(["evaluation"])[1:] == [("par",)]
    assert vocabulary.variants(["PAR"]) == [("PAR",)]


def test_at_most_eight_variants_fewest_replacements_first():
    only("a1, b1, c1", "a2, b2, c2", "a3, b3, c3")
    found = vocabulary.variants(["a1", "a2", "a3"])
    assert len(found) == vocabulary.MAX_VARIANTS
    assert found[0] == ("a1", "a2", "a3")
    assert sum(x != y for x, y in zip(found[1], found[0], strict=True)) == 1


def test_variants_without_synonyms_or_words():
    only()
    assert vocabulary.variants(["PAR"]) == [("PAR",)]
    assert vocabulary.variants([]) == [()]


def test_variants_read_the_list_once_and_see_every_change_at_once():
    only("PAR, peer review")
    vocabulary.variants(["PAR"])
    with CaptureQueriesContext(connection) as queries:
        for _ in range(3):
            vocabulary.variants(["PAR"])
    assert len(queries) == 0
    group = Synonym.objects.create(terms="ELT, extended learning time")
    assert vocabulary.variants(["ELT"])[1:] == [("extended", "learning", "time")]
    group.delete()
    assert vocabulary.variants(["ELT"]) == [("ELT",)]


def test_a_cold_cache_costs_one_statement():
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        vocabulary.variants(["PAR"])
        vocabulary.variants(["MOU"])
    assert len(queries) == 1


# Spelling correction ----------------------------------------------------------------------
def test_corrects_a_misspelt_word_from_the_index(library):
    assert vocabulary.corrected("peer asistance") == "peer assistance"
    assert vocabulary.corrected("Peer Asistance, Toledo") == "Peer assistance, Toledo"


def test_a_transposition_is_corrected_to_the_nearer_word(
    library, django_capture_on_commit_callbacks
):
    """ "Toldeo" is nearer "Toledo" than "told" on both databases (on PostgreSQL the
    trigrams alone put "told" first, and "toledo" below their default threshold)."""
    toledo = library.toledo
    toledo.summary = f"{toledo.summary} The union told the board."
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    assert SearchTerm.objects.filter(word="told").exists()
    assert vocabulary.corrected("Toldeo") == "toledo"


def test_words_of_summaries_are_in_the_vocabulary(library):
    # "voluntary" is only in the Sacramento case study's summary.
    assert SearchTerm.objects.filter(word="voluntary").exists()
    assert vocabulary.corrected("voluntery reassignment") == "voluntary reassignment"


def test_known_words_acronyms_and_synonym_terms_are_never_corrected(library):
    assert vocabulary.corrected("peer assistance") == ""
    assert vocabulary.corrected("Toledo evaluations") == ""  # a plural the index stems
    assert vocabulary.corrected("PGSS") == ""  # typed in capitals: an acronym
    only("PGSS, professional growth systems")
    assert vocabulary.corrected("pgss assistance") == ""
    assert vocabulary.corrected("") == ""


def test_nothing_near_means_no_correction(library):
    assert vocabulary.corrected("zzxqv") == ""


def test_a_withdrawn_or_draft_page_words_are_never_offered(
    library, django_capture_on_commit_callbacks
):
    toledo = library.toledo
    toledo.summary = "Wombletonian consulting teachers mentor new teachers."
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    assert vocabulary.corrected("wombletonain") == "wombletonian"
    with django_capture_on_commit_callbacks(execute=True):
        toledo.unpublish()
    assert SearchTerm.objects.filter(word="wombletonian").exists()  # never forgets
    assert vocabulary.corrected("wombletonain") == ""
    # A draft's words never reach the vocabulary nor the entries.
    baltimore = library.baltimore
    baltimore.summary = "Quixotrical pathways."
    with django_capture_on_commit_callbacks(execute=True):
        baltimore.save_revision()
    assert vocabulary.corrected("quixotricel") == ""


def test_the_search_page_offers_only_visible_corrections(client, library):
    data = client.get(reverse("search"), {"q": "asistance", "format": "json"}).json()
    if "corrected_from" in data:  # the search flow shows results for the correction
        assert data["corrected_from"] == "asistance" and data["total"] > 0
        html = client.get(reverse("search"), {"q": "asistance"}).content.decode()
        assert "Showing results for <strong>assistance</strong>;" in html
        assert '<a href="?q=asistance&amp;spell=off">asistance</a>' in html
        typed = client.get(reverse("search"), {"q": "asistance", "spell": "off"})
        assert "Showing results for" not in typed.content.decode()
    else:  # nothing matched: "did you mean"
        assert data["total"] == 0
        assert data["suggestion"] == "assistance"


# Elasticsearch ----------------------------------------------------------------------------
def test_the_index_carries_the_synonyms_in_a_search_analyzer():
    definition = index_definition("sameside-x", ["par, peer review"]).to_dict()
    analysis = definition["settings"]["analysis"]
    chain = analysis["analyzer"][SEARCH_ANALYZER]
    assert chain["tokenizer"] == "standard"
    assert chain["filter"] == [
        "english_possessive_stemmer",
        "lowercase",
        SYNONYM_FILTER,
        "english_stop",
        "english_stemmer",
    ]
    assert analysis["filter"][SYNONYM_FILTER] == {
        "type": "synonym_graph",
        "synonyms": ["par, peer review"],
        "lenient": True,
    }
    assert analysis["filter"]["english_stemmer"] == {"type": "stemmer", "language": "english"}
    properties = definition["mappings"]["properties"]
    for field in ("title", "summary", "body", "document_text"):
        assert properties[field]["analyzer"] == "english"  # indexing is unchanged
        assert properties[field]["search_analyzer"] == SEARCH_ANALYZER
    assert "normalizer" in analysis  # the title sort key is still there


def test_without_synonyms_the_search_analyzer_has_no_filter():
    analysis = index_definition("sameside-x", []).to_dict()["settings"]["analysis"]
    assert SYNONYM_FILTER not in analysis["analyzer"][SEARCH_ANALYZER]["filter"]
    assert SYNONYM_FILTER not in analysis.get("filter", {})


def test_the_index_definition_reads_the_editors_list():
    only("PAR, peer assistance and review", ("evaluation, PAR panel", True))
    analysis = index_definition("sameside-x").to_dict()["settings"]["analysis"]
    assert analysis["filter"][SYNONYM_FILTER]["synonyms"] == [
        "par, peer assistance and review, peer assistance review, "
        "peer assistance and reviews, peer assistance reviews",
        "evaluation, evaluations => evaluation, evaluations, par panel, par panels",
    ]


def test_synonym_rules_need_no_escaping():
    only("Toledo's plan, the Toledo plan", "K-12, kindergarten through grade 12")
    for rule in vocabulary.synonym_rules():
        assert "=>" not in rule and "#" not in rule and "\\" not in rule
    assert "toledo s plan" in vocabulary.synonym_rules()[0]


def test_elasticsearch_suggestions_keep_acronyms_and_synonym_terms():
    only("ELT, extended learning time")
    response = {
        "suggest": {
            "spelling": [
                {"text": "elt", "options": [{"text": "felt"}]},
                {"text": "asistance", "options": [{"text": "assistance"}]},
            ]
        }
    }
    assert spelling_suggestion(response) == "felt assistance"
    assert spelling_suggestion(response, keep=vocabulary.is_protected) == "elt assistance"
    assert vocabulary.is_protected("mou", text="MOU staffing")
    assert not vocabulary.is_protected("staffing", text="MOU staffing")
    assert spelling_suggestion(response, visible=lambda word: False) == ""


# The correction flag and the notice -----------------------------------------------------
def test_spell_off_turns_correction_off_and_is_kept_in_links():
    assert SearchQuery.from_params(QueryDict("q=peer")).correct is True
    query = SearchQuery.from_params(QueryDict("q=peer+asistance&spell=off&state=OH"))
    assert query.correct is False
    assert ("spell", "off") in query.params()
    assert "spell=off" in query.urlencode(page=2)
    assert "spell" not in SearchQuery.from_params(QueryDict("q=peer")).urlencode()


def corrected_results(typed, text, params=""):
    query = SearchQuery.from_params(QueryDict(params))
    typed_query = SearchQuery(text=typed, selected=query.selected)
    return SearchResults(
        query=typed_query,
        hits=[],
        facets=[],
        total=3,
        page=1,
        per_page=10,
        engine="database",
        corrected_from=typed,  # the search flow sets both (search.engines.base)
        corrected=text,
    )


def test_the_notice_links_to_the_typed_text_with_correction_off(library):
    results = corrected_results("peer asistance", "peer assistance", "state=OH")
    html = render_to_string("search/includes/correction.html", {"correction": correction(results)})
    assert "Showing results for <strong>peer assistance</strong>;" in html
    assert (
        'search instead for <a href="?q=peer+asistance&amp;state=OH&amp;spell=off">'
        "peer asistance</a>." in html
    )


def test_the_notice_escapes_both_texts():
    results = corrected_results('<script>alert("x")</script>', "a & <b>")
    html = render_to_string("search/includes/correction.html", {"correction": correction(results)})
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "a &amp; &lt;b&gt;" in html
    assert "q=%3Cscript%3E" in html


def test_the_search_page_shows_the_correction(client, library):
    html = client.get(reverse("search"), {"q": "peer asistance"}).content.decode()
    assert "Showing results for <strong>peer assistance</strong>;" in html
    assert "spell=off" in html


def test_no_notice_without_a_correction():
    results = corrected_results("", "peer review")
    assert correction(results) is None
    html = render_to_string("search/includes/correction.html", {"correction": None})
    assert "Showing results" not in html


def test_the_search_page_includes_the_notice(client, library):
    html = client.get(reverse("search"), {"q": "Toledo"}).content.decode()
    assert "Showing results for" not in html  # nothing was corrected


# The admin --------------------------------------------------------------------------------
@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "x-Pass-1")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


URL = "wagtailsnippets_search_synonym"


def test_editors_list_and_search_the_groups(client, editor):
    listing = client.get(reverse(f"{URL}:list"))
    assert listing.status_code == 200
    assert "PAR, peer assistance and review, peer review" in listing.content.decode()
    found = client.get(reverse(f"{URL}:list"), {"q": "learning time"}).content.decode()
    assert "ELT, extended learning time" in found
    assert "PAR, peer assistance" not in found


def test_the_list_is_in_the_settings_menu(client, editor):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Synonyms and acronyms" in html


def test_editors_add_change_and_delete_a_group(client, editor):
    response = client.post(
        reverse(f"{URL}:add"), {"terms": "TAP, Teacher Advancement Program", "note": "TAP"}
    )
    assert response.status_code == 302
    group = Synonym.objects.get(terms="TAP, Teacher Advancement Program")
    assert vocabulary.variants(["TAP"])[1:] == [("teacher", "advancement", "program")]
    response = client.post(
        reverse(f"{URL}:edit", args=[group.pk]),
        {"terms": "TAP, Teacher Advancement Program", "one_way": "on", "note": ""},
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.one_way
    assert vocabulary.variants(["teacher", "advancement", "program"]) == [
        ("teacher", "advancement", "program")
    ]
    assert client.post(reverse(f"{URL}:delete", args=[group.pk])).status_code == 302
    assert not Synonym.objects.filter(pk=group.pk).exists()
    assert vocabulary.variants(["TAP"]) == [("TAP",)]


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("TAP, , Teacher Advancement Program", "Term 2 is blank: remove the extra comma."),
        ("TAP", "A group needs at least two terms that mean the same."),
        ("TAP, tap", "“tap” is the same term as “TAP”: keep one of them."),
        ("PAR, mentoring", "“PAR” is already in the group"),
    ],
)
def test_the_admin_shows_what_is_wrong(client, editor, terms, message):
    count = Synonym.objects.count()
    response = client.post(reverse(f"{URL}:add"), {"terms": terms, "note": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert message.replace("“", "&#x201C;") in html or message in html
    assert Synonym.objects.count() == count


def test_members_cannot_curate(client, django_user_model):
    member = django_user_model.objects.create_user("m", "m@example.org", "x-Pass-1")
    client.force_login(member)
    assert client.get(reverse(f"{URL}:list")).status_code in (302, 403)
    assert client.post(reverse(f"{URL}:add"), {"terms": "a1, b1"}).status_code in (302, 403)
    assert not Synonym.objects.filter(terms="a1, b1").exists()


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="Elasticsearch tests need ELASTICSEARCH_URL (no server here)",
)
def test_elasticsearch_expands_the_editors_terms_at_search_time():
    only("PAR, peer assistance and review", "career ladder, career pathway")
    engine = ElasticsearchEngine(
        os.environ["ELASTICSEARCH_URL"], f"sameside-test-{uuid.uuid4().hex[:12]}"
    )
    name = engine.new_index_name()
    engine.create_index(name)
    try:

        def tokens(text):
            response = engine.client.indices.analyze(
                index=name, analyzer=SEARCH_ANALYZER, text=text
            )
            return {token["token"] for token in response["tokens"]}

        assert {"par", "peer", "assist", "review"} <= tokens("PAR")
        assert "par" in tokens("peer assistance and review")
        assert "pathwai" in tokens("career ladders") or "pathway" in tokens("career ladders")
    finally:
        engine.client.indices.delete(index=name, ignore_unavailable=True)
