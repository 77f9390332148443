"""Demo content for ``manage.py load_demo_content``, as plain Python data.

Every fact carries a citation built with ``home.demo.sources.cite(seed, lines)``,
where ``seed`` is "000".."004" and ``lines`` is "2158-2190" or "86". Where the
sources are silent the text says "Not stated in the source."

Text fields are plain text (the loader escapes them). A blank line separates
paragraphs; lines starting with "- " become a bulleted list.

Modules and what each holds:

* ``topics.TOPICS``: the curated topic vocabulary (slugs are used below).
* ``case_studies_a`` / ``case_studies_b``: ``ORGANIZATIONS`` and ``CASE_STUDIES``.
* ``resources``: ``ORGANIZATIONS`` and ``RESOURCES``.
* ``network``: the member network's demo content, all of it fictional and labelled so:
  ``DEMO_ORGANIZATIONS`` (districts and their unions, names ending " (demo)"),
  ``DEMO_MEMBERS``, ``FORUM_MEMBER_PROFILES`` (profiles for the forum's demo members)
  and ``DEMO_FACILITATORS``. See that module's docstring.

ORGANIZATIONS entries::

    {
        "key": "toledo-public-schools",          # unique slug across all modules
        "name": "Toledo Public Schools",
        "kind": "district",   # district | union | state_agency | partner
        "state": "OH",        # two-letter code, or "" when national / not stated
        "locale": "urban",    # urban | suburban | rural | "" (not stated)
        "size_band": "",      # small (<2,500 students) | medium (2,500-9,999)
                              # | large (10,000-49,999) | very_large (50,000+) | ""
        "union_affiliation": "aft",  # nea | aft | both | independent | "" (not stated)
        "stage": "advanced",  # not_yet_ready | preliminary | advanced | "" (not stated):
                              # how far along the collaboration is, per the source
        "topics": ["peer-assistance-and-review"],  # topic slugs: what they work on
        "partner": "toledo-federation-of-teachers",  # key of the labor-management
                              # partner (district <-> union), or ""
        "website": "",
        "description": "Plain text, own words.",
        "citations": [cite("002", "231-258"),
                      cite("004", "201", "Stage: PAR running since 1981")],
    }

A citation's note says which facet it supports ("Stage: ...", "Topics: ...", "Locale:
...", "Size: ...", "Affiliation: ..."); every facet filled on a real organization has one
(a test checks this). The ``source`` field of the organization lists the locators.

CASE_STUDIES entries::

    {
        "slug": "toledo-peer-assistance-and-review",
        "title": "Toledo: peer assistance and review",
        "featured": True,               # shown on the home page (a handful only)
        "summary": "One or two sentences.",
        "program_name": "Toledo Plan (Peer Assistance and Review)",
        "start_year": 1981, "end_year": None,   # int or None (None = not stated/ongoing)
        "states": ["OH"],
        "locale": "urban", "size_band": "",
        "stage": "advanced",      # not_yet_ready | preliminary | advanced | ""
        "status": "evaluated",    # planning | pilot | implemented | evaluated | ""
        "student_outcomes_reported": False,
        "topics": ["peer-assistance-and-review", "teacher-evaluation"],  # topic slugs
        "organizations": ["toledo-public-schools", "toledo-federation-of-teachers"],
        "challenge": "plain text",
        "approach": "plain text",
        "agreed": [                # what was agreed, in order
            ("text", "plain text"),
            ("clause", {
                "heading": "Panel composition",
                "text": "Own-words summary, or a short attributed verbatim quote.",
                "verbatim": False,   # True only for short exact quotations
                "parties": "Toledo Public Schools and Toledo Federation of Teachers",
                "year": 1981,        # int or None
                "section": "",       # article or section, "" if not stated
                "source": "seed 002, lines 240-244",
            }),
        ],
        "outcomes": [
            ("text", "plain text"),
            ("metric", {"label": "...", "value": "12", "unit": "percent",
                        "year": 2011, "source": "seed 002, lines 250-251"}),
        ],
        "lessons": "plain text",
        "citations": [cite("002", "231-258"), ...],
        "related_resources": ["resource-slug", ...],
    }

RESOURCES entries::

    {
        "slug": "baltimore-2010-2013-agreement-bppslp",
        "title": "...",
        "resource_type": "contract_language",  # contract_language | mou | toolkit |
                      # template | research_report | article | video | policy
        "summary": "One or two sentences.",
        "body": "plain text: what it is, how to use it, context",
        "start_year": 2010, "end_year": 2013,
        "states": ["MD"], "locale": "urban", "size_band": "",
        "stage": "advanced", "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["career-pathways", "joint-committees"],
        "organizations": ["baltimore-city-public-schools", "baltimore-teachers-union"],
        "clauses": [{"heading": "...", "text": "...", "verbatim": False,
                     "parties": "...", "year": 2010, "section": "", "page": "",
                     "source": "seed 002, lines 1950-1990"}],
        "rights": "Summary written for SameSide; ...",
        "documents": [{
            "title": "Baltimore 2010-2013 agreement: summary of key provisions",
            "filename": "baltimore-2010-2013-key-provisions.pdf",   # .pdf or .docx
            "sections": [("Heading", "plain text"), ...],  # the loader renders the file
        }],
        "citations": [cite("002", "1950-1990")],
        "related_case_studies": ["baltimore-career-pathways"],
    }
"""
