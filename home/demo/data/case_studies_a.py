"""Case studies (set A): nine district-union partnerships drawn from the source reports.

Every fact is cited to the seed reports in ``shared/seeds`` with ``cite``. Clause and
metric blocks carry their own "seed NNN, lines a-b" locator. Where the sources are
silent the text says "Not stated in the source."

Report slugs used in ``related_resources``: report-mep-first-two-years (seed 000),
report-partnerships-and-student-performance (001),
report-collaborative-approaches-massachusetts (002), report-forward-together (003),
report-shared-responsibility (004).
"""

from home.demo.sources import cite

NOT_STATED = "Not stated in the source."

# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------

ORGANIZATIONS = [
    # Toledo, Ohio
    {
        "key": "toledo-public-schools",
        "name": "Toledo Public Schools",
        "kind": "district",
        "state": "OH",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "peer-assistance-and-review",
            "teacher-evaluation",
            "professional-development",
            "compensation",
        ],
        "partner": "toledo-federation-of-teachers",
        "website": "",
        "description": (
            "Ohio school district whose partnership with the Toledo Federation of Teachers "
            "produced the Toledo Plan, the peer assistance and review program begun in 1981. "
            "Its human resources director has said the program gives more rigorous "
            "evaluations than principals carried out before. Enrollment, locale and the "
            "union's national affiliation: Not stated in the source."
        ),
        "citations": [
            cite("004", "199-203"),
            cite("002", "1726-1736"),
            cite("004", "201", "Stage: PAR introduced in 1981 and still running"),
            cite(
                "002",
                "1600-1607, 1622",
                "Stage: one of six districts whose superintendents and union leaders had worked "
                "together on reform for well over a decade",
            ),
            cite(
                "002",
                "1738-1752",
                "Topics: peer review and mentoring, professional development, bonus pay (TRACS, "
                "OTIF)",
            ),
        ],
    },
    {
        "key": "toledo-federation-of-teachers",
        "name": "Toledo Federation of Teachers",
        "kind": "union",
        "state": "OH",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "peer-assistance-and-review",
            "teacher-evaluation",
            "professional-development",
            "compensation",
        ],
        "partner": "toledo-public-schools",
        "website": "",
        "description": (
            "Teachers' union in Toledo, Ohio. A former president proposed peer review, "
            "support, mentoring and evaluation as a joint answer to problems with teacher "
            "evaluation, which led to the Toledo Plan in 1981. A later president credits "
            "the program with opening wider collaboration on teaching quality. National "
            "affiliation: Not stated in the source."
        ),
        "citations": [
            cite("002", "1726-1736"),
            cite("004", "201-203", "Stage: PAR introduced in 1981 by the union's president"),
            cite(
                "002",
                "1600-1607, 1622",
                "Stage: one of six districts whose superintendents and union leaders had worked "
                "together on reform for well over a decade",
            ),
            cite(
                "002",
                "1738-1752",
                "Topics: peer review and mentoring, professional development, bonus pay (TRACS, "
                "OTIF)",
            ),
        ],
    },
    # Baltimore, Maryland
    {
        "key": "baltimore-city-public-schools",
        "name": "Baltimore City school district",
        "kind": "district",
        "state": "MD",
        "locale": "urban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "career-pathways",
            "compensation",
            "joint-committees",
            "teacher-evaluation",
            "transfers-and-staffing",
            "professional-development",
        ],
        "partner": "baltimore-teachers-union",
        "website": "",
        "description": (
            "Maryland district, called Baltimore City in the sources and described as a "
            "large urban district. In the 2010-2013 agreement it is represented by its Board "
            "and chief executive (CEO). That agreement replaced salary lanes with a "
            "four-tier career ladder and created a jointly administered professional "
            "development program overseen by a Joint Oversight Committee. The source gives no "
            "enrollment figure, so no size band is recorded. Stage: the white paper says the "
            "relationship became collaborative only recently (after 1997 and 2007), but names "
            "Baltimore City among the districts leading the way with formal, ongoing "
            "mechanisms for collaboration, so it is recorded as advanced."
        ),
        "citations": [
            cite("004", "170", "Locale: 'large urban districts like Baltimore City'"),
            cite(
                "004",
                "222-226",
                "Stage caveat: the collaborative relationship developed only recently (after 1997 "
                "and 2007)",
            ),
            cite("002", "2319-2377"),
            cite(
                "004",
                "276",
                "Stage: named among districts 'leading the way' with formal, ongoing mechanisms "
                "for collaboration",
            ),
            cite(
                "002", "405-413", "Stage: evaluation systems and staffing guidelines in operation"
            ),
            cite(
                "002",
                "1967-1972",
                "Topics: career ladder, pay, joint committee over professional development",
            ),
            cite("002", "2056-2061", "Topics: transfers by shared agreement"),
        ],
    },
    {
        "key": "baltimore-teachers-union",
        "name": "Baltimore Teachers Union (BTU)",
        "kind": "union",
        "state": "MD",
        "locale": "urban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "career-pathways",
            "compensation",
            "joint-committees",
            "teacher-evaluation",
            "transfers-and-staffing",
            "professional-development",
        ],
        "partner": "baltimore-city-public-schools",
        "website": "",
        "description": (
            "The teachers' union that is party to Baltimore's 2010-2013 agreement. The "
            'agreement text quoted in the source calls it "the BTU" or "the Union" and never '
            "spells out the initials; the same report elsewhere refers to the 2010 "
            '"Baltimore Federation of Teachers contract". National affiliation: Not stated '
            "in the source. Locale and stage follow its district (a large urban district; "
            "collaboration recent but advanced)."
        ),
        "citations": [
            cite("002", "2319-2344"),
            cite("004", "170", "Locale: the union of a district described as large and urban"),
            cite(
                "004",
                "222-226",
                "Stage caveat: the collaborative relationship developed only recently (after 1997 "
                "and 2007)",
            ),
            cite(
                "004",
                "276",
                "Stage: named among districts 'leading the way' with formal, ongoing mechanisms "
                "for collaboration",
            ),
            cite(
                "002",
                "1967-1972",
                "Topics: career ladder, pay, joint committee over professional development",
            ),
            cite("002", "2056-2061", "Topics: transfers by shared agreement"),
        ],
    },
    # Sacramento, California
    {
        "key": "sacramento-city-unified",
        "name": "Sacramento City Unified School District",
        "kind": "district",
        "state": "CA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing", "student-achievement"],
        "partner": "sacramento-teachers-association",
        "website": "",
        "description": (
            'California district (the source prints its name as "Sacramento City United '
            'School District"). In 2009 nearly half of its schools were designated '
            "underperforming under state standards; in 2010 it signed a memorandum of "
            "understanding with the Sacramento Teachers Association creating six Priority "
            "Schools. Enrollment and locale: Not stated in the source."
        ),
        "citations": [
            cite("002", "2158-2190"),
            cite("002", "2162-2172", "Stage: a pilot begun after 2009 under a new superintendent"),
            cite(
                "002",
                "2174-2187",
                "Topics: voluntary reassignment under the MOU; first two years' results",
            ),
        ],
    },
    {
        "key": "sacramento-teachers-association",
        "name": "Sacramento Teachers Association",
        "kind": "union",
        "state": "CA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing", "student-achievement"],
        "partner": "sacramento-city-unified",
        "website": "",
        "description": (
            "Teachers' union in Sacramento that negotiated and signed the 2010 Priority "
            "Schools memorandum of understanding with the district. National affiliation: "
            "Not stated in the source."
        ),
        "citations": [
            cite("002", "2107-2110"),
            cite("002", "2164-2175"),
            cite("002", "2162-2172", "Stage: a pilot begun after 2009 under a new superintendent"),
            cite(
                "002",
                "2174-2187",
                "Topics: voluntary reassignment under the MOU; first two years' results",
            ),
        ],
    },
    {
        "key": "sacramento-seiu-allied-trades",
        "name": "SEIU (allied trades, Sacramento schools)",
        "kind": "union",
        "state": "CA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["turnaround-and-pilot-schools"],
        "partner": "",
        "website": "",
        "description": (
            'The source refers to "the SEIU, representing the allied trades in the '
            'schools". It took part in the discussions with the new superintendent and the '
            "teachers' association from which the Priority Schools strategy emerged. The "
            "source says the memorandum itself was signed by the district and the teachers' "
            "association."
        ),
        "citations": [
            cite(
                "002",
                "2164-2167",
                "Stage and topics: took part in the discussions that led to the pilot Priority "
                "Schools initiative",
            ),
            cite("002", "2174-2175"),
        ],
    },
    # Denver, Colorado
    {
        "key": "denver-public-schools",
        "name": "Denver school district",
        "kind": "district",
        "state": "CO",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "compensation",
            "school-level-collaboration",
            "transfers-and-staffing",
            "joint-committees",
            "professional-development",
        ],
        "partner": "",
        "website": "",
        "description": (
            "Colorado district whose teacher contract includes the ProComp pay system, "
            "school-based Collaborative School Committees and committee-based staffing "
            "decisions. Its teachers' union is not named in the sources. Enrollment and "
            "locale: Not stated in the source."
        ),
        "citations": [
            cite(
                "002",
                "1883-1886",
                "Topics: Collaborative School Committees, professional development plans",
            ),
            cite("002", "1974-1978", "Topics: ProComp pay incentives"),
            cite(
                "004",
                "92",
                "Stage: its nine-year ProComp contract is given as an example of successful "
                "collaboration codified in a longer-term contract",
            ),
            cite("004", "242", "Stage: ProComp built with teachers and administrators"),
            cite("002", "2063-2077", "Topics: staffing decisions by committee; mutual consent"),
        ],
    },
    # Hillsborough County, Florida
    {
        "key": "hillsborough-county-schools",
        "name": "Hillsborough County school district",
        "kind": "district",
        "state": "FL",
        "locale": "urban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "teacher-evaluation",
            "compensation",
            "career-pathways",
            "professional-development",
        ],
        "partner": "",
        "website": "",
        "description": (
            "Florida district described as a large urban district. With its teachers' "
            "union (not named in the sources) it developed a teacher evaluation system "
            "that uses peer evaluators, and a career ladder with differential pay. The "
            "source gives no enrollment figure, so no size band is recorded."
        ),
        "citations": [
            cite("004", "170", "Locale: described as a large urban district"),
            cite(
                "004",
                "180-186",
                "Topics: jointly developed evaluation with peer evaluators; career ladder",
            ),
            cite(
                "004",
                "182",
                "Stage: teachers long active in developing policies; hundreds sit on joint "
                "committees",
            ),
            cite(
                "002",
                "1600-1607, 1622",
                "Stage: one of six districts whose superintendents and union leaders had worked "
                "together on reform for well over a decade",
            ),
            cite("002", "1994-1998", "Topics: performance and differential pay"),
        ],
    },
    # New Haven, Connecticut
    {
        "key": "new-haven-school-district",
        "name": "New Haven school district",
        "kind": "district",
        "state": "CT",
        "locale": "",
        "size_band": "",
        "union_affiliation": "aft",
        "stage": "advanced",
        "topics": [
            "turnaround-and-pilot-schools",
            "teacher-evaluation",
            "joint-committees",
            "transfers-and-staffing",
            "professional-development",
        ],
        "partner": "new-haven-federation-of-teachers",
        "website": "",
        "description": (
            "Connecticut district that launched the School Change Initiative in 2009 with "
            "the city and the New Haven Federation of Teachers, having had no collaborative "
            "relationship with its union before. By 2011 the work ran through formal "
            "cross-constituency committees in a wider strategic partnership, so its stage is "
            "recorded as advanced. Enrollment and locale: Not stated in the source."
        ),
        "citations": [
            cite(
                "002",
                "2307-2311",
                "Stage: a 'larger strategic and operational partnership' worked through formal "
                "cross-constituency committees",
            ),
            cite(
                "004",
                "260",
                "Affiliation: 'the AFT affiliates in both Providence and New Haven'. Stage caveat:"
                " the initiative began in 2009 in a district with no earlier collaborative "
                "relationship",
            ),
            cite(
                "002", "405-413", "Stage: evaluation systems and staffing guidelines in operation"
            ),
            cite("002", "1795-1800", "Topics: new evaluation system"),
            cite("002", "1914-1917", "Topics: induction, mentoring and professional development"),
            cite("002", "2087-2094", "Topics: staffing of reconstituted turnaround schools"),
        ],
    },
    {
        "key": "new-haven-federation-of-teachers",
        "name": "New Haven Federation of Teachers",
        "kind": "union",
        "state": "CT",
        "locale": "",
        "size_band": "",
        "union_affiliation": "aft",
        "stage": "advanced",
        "topics": [
            "turnaround-and-pilot-schools",
            "teacher-evaluation",
            "joint-committees",
            "transfers-and-staffing",
            "professional-development",
        ],
        "partner": "new-haven-school-district",
        "website": "",
        "description": (
            "Teachers' union in New Haven, described in the white paper as an AFT "
            "affiliate. It shaped the School Change Initiative with the district and the "
            "city outside contract negotiations. Enrollment and locale: Not stated in the "
            "source."
        ),
        "citations": [
            cite(
                "002",
                "2307-2311",
                "Stage: a 'larger strategic and operational partnership' worked through formal "
                "cross-constituency committees",
            ),
            cite(
                "004",
                "260",
                "Affiliation: 'the AFT affiliates in both Providence and New Haven'. Stage caveat:"
                " the initiative began in 2009 in a district with no earlier collaborative "
                "relationship",
            ),
            cite("002", "1795-1800", "Topics: new evaluation system"),
            cite("002", "1914-1917", "Topics: induction, mentoring and professional development"),
            cite("002", "2087-2094", "Topics: staffing of reconstituted turnaround schools"),
        ],
    },
    # Plattsburgh, New York
    {
        "key": "plattsburgh-school-district",
        "name": "Plattsburgh school district",
        "kind": "district",
        "state": "NY",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": ["peer-assistance-and-review", "teacher-evaluation", "professional-development"],
        "partner": "",
        "website": "",
        "description": (
            "New York district described as a small district, piloting peer assistance and "
            "review for novice teachers. Its superintendent and union leaders are among those "
            "said to have worked together on reform for well over a decade. Its union is not "
            "named in the sources, and no enrollment figure is given, so no size band is "
            "recorded."
        ),
        "citations": [
            cite("004", "170"),
            cite("002", "1802-1805", "Topics: PAR pilot for novice teachers"),
            cite(
                "002",
                "1600-1607, 1622",
                "Stage: one of six districts whose superintendents and union leaders had worked "
                "together on reform for well over a decade",
            ),
            cite("002", "2252-2262", "Stage: long-term leadership in the six districts"),
        ],
    },
    # ABC Unified, California
    {
        "key": "abc-unified-school-district",
        "name": "ABC Unified School District",
        "kind": "district",
        "state": "CA",
        "locale": "",
        "size_band": "large",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "school-level-collaboration",
            "student-achievement",
            "peer-assistance-and-review",
            "professional-development",
            "career-pathways",
            "joint-committees",
        ],
        "partner": "abc-federation-of-teachers",
        "website": "",
        "description": (
            "District about 25 miles south-east of Los Angeles with 927 teachers and "
            "20,801 students in 30 schools (14 of them Title I). About a quarter of students "
            "are English language learners and about 46 percent receive free or reduced-price "
            "lunch. Its partnership with the ABC Federation of Teachers dates from the late "
            "1990s."
        ),
        "citations": [
            cite("001", "380-394", "Size: 20,801 students (the 10,000-49,999 band)"),
            cite("001", "405-428", "Stage: the partnership dates from the late 1990s"),
            cite(
                "001",
                "510-547",
                "Stage: weekly leadership meetings, a yearly joint retreat since 1999 and school-"
                "level teams",
            ),
            cite("001", "460-471", "Topics: PASS, professional development, joint committees"),
            cite("001", "823-830", "Topics: partnership quality and student performance"),
            cite("002", "1962-1965", "Topics: four career pathways"),
        ],
    },
    {
        "key": "abc-federation-of-teachers",
        "name": "ABC Federation of Teachers",
        "kind": "union",
        "state": "CA",
        "locale": "",
        "size_band": "large",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "school-level-collaboration",
            "student-achievement",
            "peer-assistance-and-review",
            "professional-development",
            "career-pathways",
            "joint-committees",
        ],
        "partner": "abc-unified-school-district",
        "website": "",
        "description": (
            "Teachers' union in ABC Unified School District and the district's partner "
            "since the late 1990s. The source describes training and grant support from the "
            "national AFT but does not state the union's affiliation outright."
        ),
        "citations": [
            cite("001", "380-382"),
            cite("001", "577-609"),
            cite(
                "001",
                "386-388",
                "Size: the union's district serves 20,801 students (the 10,000-49,999 band)",
            ),
            cite(
                "001",
                "510-547",
                "Stage: weekly leadership meetings, a yearly joint retreat since 1999 and school-"
                "level teams",
            ),
            cite("001", "460-471", "Topics: PASS, professional development, joint committees"),
            cite("001", "823-830", "Topics: partnership quality and student performance"),
            cite("002", "1962-1965", "Topics: four career pathways"),
        ],
    },
    # Montgomery County, Maryland
    {
        "key": "montgomery-county-public-schools",
        "name": "Montgomery County Public Schools",
        "kind": "district",
        "state": "MD",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "teacher-evaluation",
            "peer-assistance-and-review",
            "professional-development",
            "career-pathways",
            "interest-based-bargaining",
        ],
        "partner": "",
        "website": "",
        "description": (
            "Maryland district with Professional Growth Systems for teachers, administrators "
            "and support staff. It has contracts with three employee associations, which "
            "the sources do not name. Enrollment and locale: Not stated in the source."
        ),
        "citations": [
            cite(
                "003",
                "124",
                "Stage: its 'collaborative culture' was presented at the 2011 conference",
            ),
            cite(
                "002",
                "2300-2305",
                "Stage and topics: contracts built on interest-based bargaining principles",
            ),
            cite("002", "1786-1793", "Topics: Professional Growth System with a PAR component"),
            cite(
                "002",
                "1907-1912",
                "Topics: jointly planned professional development, career lattice",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Case studies
# ---------------------------------------------------------------------------

CASE_STUDIES = [
    # 1. Toledo -----------------------------------------------------------
    {
        "slug": "toledo-peer-assistance-and-review",
        "title": "Toledo: peer assistance and review (the Toledo Plan)",
        "featured": True,
        "summary": (
            "In 1981 Toledo's teachers' union and school district launched the Toledo Plan, "
            "a peer assistance and review program in which trained consulting teachers mentor "
            "and evaluate colleagues and report to a joint union-management board. The "
            "sources treat it as the pioneering PAR program and the start of broader "
            "collaboration in the district."
        ),
        "program_name": "Toledo Plan: Peer Assistance and Review (PAR)",
        "start_year": 1981,
        "end_year": None,
        "states": ["OH"],
        "locale": "",
        "size_band": "",
        "stage": "advanced",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "peer-assistance-and-review",
            "teacher-evaluation",
            "professional-development",
            "compensation",
        ],
        "organizations": ["toledo-public-schools", "toledo-federation-of-teachers"],
        "challenge": (
            "A teachers' strike in the late 1970s was followed, in the early 1980s, by "
            "growing frustration with teacher evaluation. Principals were overloaded and "
            "often could not complete the number of classroom visits the union contract "
            "required before they could remove teachers they judged ineffective."
        ),
        "approach": (
            "The union's president at the time proposed a joint solution: teachers would "
            "review, support, mentor and evaluate one another. Spreading evaluation work to "
            "teachers was meant to strengthen professional development while also screening "
            "out teachers who were not serving students well. District and union launched "
            "the Toledo Plan together in 1981.\n\n"
            "Consulting teachers are trained to mentor new teachers and to observe and "
            "evaluate them often, and are released from their own classrooms to do so. The "
            "process also helps veteran teachers improve, and it is tied to extensive "
            "professional development led by Toledo teachers acting as internal "
            "consultants. The partnership also reached into schools, where principals, staff "
            "and union building representatives analyze student data together.\n\n"
            "Note on dates: one passage of the 2011 report says PAR was first developed in "
            "Toledo in the 1970s, while the same report's Figure 10 and the 2012 federal "
            "white paper both date the Toledo Plan to 1981."
        ),
        "agreed": [
            (
                "text",
                "The sources describe how the program works; they do not quote contract "
                "language or give article numbers.",
            ),
            (
                "clause",
                {
                    "heading": "Consulting teachers and the Board of Review",
                    "text": (
                        "Consulting teachers, on leave from their classrooms, mentor new "
                        "teachers, observe and evaluate them, and send rating and status "
                        "recommendations to a joint union-management Board of Review. They "
                        "also give professional development to teachers who need extra "
                        "support."
                    ),
                    "verbatim": False,
                    "parties": "Toledo Public Schools and Toledo Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 201",
                },
            ),
            (
                "clause",
                {
                    "heading": "Support for new and veteran teachers",
                    "text": (
                        "The teacher-led process combines rigorous mentoring and evaluation "
                        "for new teachers with help for veteran teachers, backed by "
                        "professional development from teachers serving as internal "
                        "consultants."
                    ),
                    "verbatim": False,
                    "parties": "Toledo Public Schools and Toledo Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1738-1740",
                },
            ),
            (
                "clause",
                {
                    "heading": "School-level union-management teams",
                    "text": (
                        "Each school has union-management teams and committees that analyze "
                        "student data and help decide curriculum and instruction issues "
                        "that matter to faculty and students."
                    ),
                    "verbatim": False,
                    "parties": "Toledo Public Schools and Toledo Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1741-1748",
                },
            ),
            (
                "clause",
                {
                    "heading": "Performance pay (TRACS)",
                    "text": (
                        "The Toledo Review and Alternative Compensation System (TRACS), a "
                        "later performance-pay system, pays bonuses for leadership, "
                        "including helping other teachers and accepting posts in "
                        "low-performing schools."
                    ),
                    "verbatim": False,
                    "parties": "Toledo Public Schools and Toledo Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1748-1750; seed 004, line 203",
                },
            ),
            (
                "text",
                "Separately, the Ohio Teachers Incentive Fund (OTIF) gives schools bonuses of "
                "up to $2,000 per teacher and administrator, depending on whether they meet "
                "goals for attendance and for math and reading scores. How this fund was "
                "agreed: Not stated in the source.",
            ),
        ],
        "outcomes": [
            (
                "text",
                "No student outcome data are reported for Toledo. The sources report these "
                "results:\n\n"
                "- The district's human resources director finds that the program gives more "
                "rigorous evaluations than principals carried out in the past.\n"
                "- A later union president credits PAR with starting a wider conversation "
                "about teaching quality and with broader collaboration, including teacher "
                "involvement in textbook adoption and the TRACS performance-pay system.\n"
                "- The 2011 report says the partnership has also led to performance-based "
                "pay, nationally ranked specialty high schools and work with the local "
                "community to widen opportunities for children.",
            ),
            (
                "metric",
                {
                    "label": "Districts now using PAR, which was first developed in Toledo",
                    "value": "over 100",
                    "unit": "districts",
                    "year": None,
                    "source": "seed 002, lines 1681-1683",
                },
            ),
        ],
        "lessons": (
            "The sources point to these lessons:\n\n"
            "- A joint fix for one problem can grow. In Toledo, reforming evaluation led "
            "to wider collaboration on teaching quality, textbooks and pay.\n"
            "- Leadership continuity helps. The 2011 report counts Toledo among six "
            "districts whose superintendents and union leaders have worked together on "
            "reform for well over a decade, and says these districts have had long-serving "
            "union presidents, which gave the partnerships stability.\n"
            "- PAR needs the right conditions. The same report cites a warning that PAR "
            "works only where labor-management relations are positive, and notes that cost "
            "worries some superintendents and school committee members."
        ),
        "citations": [
            cite("002", "1666-1705"),
            cite("002", "1726-1755"),
            cite("002", "1760-1768"),
            cite("002", "1600-1624"),
            cite("002", "2252-2265"),
            cite("004", "199-203"),
            cite("004", "214"),
        ],
        "related_resources": [
            "par-program-design-guide",
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # 2. Baltimore --------------------------------------------------------
    {
        "slug": "baltimore-career-pathways",
        "title": "Baltimore: career pathways and joint oversight",
        "featured": True,
        "summary": (
            "Baltimore's 2010-2013 teacher agreement replaced salary lanes with four career "
            "pathways and achievement units tied to evaluation, leadership and learning. It "
            "also created a jointly run professional practices program overseen by a "
            "ten-member Joint Oversight Committee."
        ),
        "program_name": (
            "Career pathways and the Baltimore Professional Practices and Student Learning "
            "Program (BPPSLP)"
        ),
        "start_year": 2010,
        "end_year": None,
        "states": ["MD"],
        "locale": "urban",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "career-pathways",
            "compensation",
            "joint-committees",
            "teacher-evaluation",
            "transfers-and-staffing",
        ],
        "organizations": ["baltimore-city-public-schools", "baltimore-teachers-union"],
        "challenge": (
            "According to the federal white paper, Baltimore's collaborative district-union "
            "relationship is recent. It followed a 1997 agreement that gave the state partial "
            "control of the district and the arrival of a new superintendent in 2007.\n\n"
            "Teacher pay had rested on salary lanes and advanced degrees, and the white paper "
            "says negotiating a change to it was difficult."
        ),
        "approach": (
            "In the 2010 contract talks the negotiators first agreed on core principles, "
            "including treating teaching as a profession and bringing change to all schools "
            "and teachers at once rather than through pilot programs.\n\n"
            "On that base they rebuilt the salary structure around four career pathways and "
            "achievement units (see below). The final compromise counts evaluation results "
            "alongside education and seniority rather than in place of them. All teachers are "
            "evaluated every year, and state law requires student growth data to inform half "
            "of each evaluation.\n\n"
            "The 2010-2013 agreement also created the BPPSLP, a jointly administered "
            "professional development program meant to raise teacher effectiveness and "
            "student achievement, steered by a Joint Oversight Committee.\n\n"
            "Note: the 2011 report lists Baltimore among large urban districts that "
            "negotiated flexible arrangements for pilot, turnaround or restructured schools, "
            "while the white paper says the 2010 negotiators chose to avoid pilot programs. "
            "The sources do not reconcile the two."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "Purpose of the BPPSLP",
                    "text": (
                        '"The Board and the BTU believe that the BPPSLP will encourage '
                        "teacher and staff leadership, give teachers and staff decision "
                        'making responsibility..."'
                    ),
                    "verbatim": True,
                    "parties": "Baltimore City school district (the Board) and the BTU",
                    "year": 2010,
                    "section": "Section 5.2",
                    "source": "seed 002, lines 2330-2337",
                },
            ),
            (
                "clause",
                {
                    "heading": "Joint Oversight Committee membership",
                    "text": (
                        '"...comprised of ten members, five appointed by the Board and five '
                        "appointed by the Union which shall include the CEO, the BTU "
                        'President, and their designees."'
                    ),
                    "verbatim": True,
                    "parties": "Baltimore City school district (the Board) and the BTU",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2339-2344",
                },
            ),
            (
                "clause",
                {
                    "heading": "What the Joint Oversight Committee does",
                    "text": (
                        "The committee oversees planning and rollout of the program. Among "
                        "other tasks it assesses student needs and staff capacity; identifies "
                        "activities to be evaluated and used in pay decisions; checks that "
                        "principals' ratings are reliable; investigates worksites where the "
                        "share of lower ratings rises markedly from the year before; oversees "
                        "selection of Professional Peer Review committees; and certifies that "
                        "the system is ready and that the district can sustain it."
                    ),
                    "verbatim": False,
                    "parties": "Baltimore City school district (the Board) and the BTU",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2339-2370",
                },
            ),
            (
                "clause",
                {
                    "heading": "Certification deadline and fallback",
                    "text": (
                        "By January 30, 2013 the committee must certify evidence that the "
                        "program has improved practice, student learning and career "
                        "advancement. Otherwise the program ends that day and pay reverts to a "
                        "traditional step-and-lane scale, with no loss of salary or benefits."
                    ),
                    "verbatim": False,
                    "parties": "Baltimore City school district (the Board) and the BTU",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2372-2377",
                },
            ),
            (
                "clause",
                {
                    "heading": "Career ladder and achievement units",
                    "text": (
                        "Salary lanes give way to a four-tier career ladder (Standard, "
                        "Professional, Model, Lead Teacher). Teachers advance by earning "
                        "achievement units linked to evaluation and to evidence of leadership "
                        "and learning, and earning them brings salary increases. The contract "
                        "also sets up a joint committee to oversee district professional "
                        "development initiatives."
                    ),
                    "verbatim": False,
                    "parties": "Baltimore City school district and the BTU",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 1777-1778, 1967-1972; seed 004, line 226",
                },
            ),
            (
                "clause",
                {
                    "heading": "Local changes by staff vote",
                    "text": (
                        "A school may modify aspects of the agreement locally when 80 percent "
                        "of its staff approve."
                    ),
                    "verbatim": False,
                    "parties": "Baltimore City school district and the BTU",
                    "year": 2010,
                    "section": "",
                    "source": "seed 004, line 224",
                },
            ),
            (
                "clause",
                {
                    "heading": "Transfers by mutual consent",
                    "text": (
                        "Teacher-principal agreement has high priority for all transfers. "
                        "Forced placement is possible, but current practice stresses mutual "
                        "consent."
                    ),
                    "verbatim": False,
                    "parties": "Baltimore City school district and the BTU",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2056-2061",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No measured results for the career pathways or the BPPSLP are reported, and "
                "whether the Joint Oversight Committee certified the program by January 30, "
                "2013 is not stated in the source.\n\n"
                "The white paper reports one qualitative result: the pay compromise has "
                "satisfied both management and the teachers' union, a rare local example of "
                "rewarding teachers' different interests and skills over time.",
            ),
        ],
        "lessons": (
            "The sources point to these lessons:\n\n"
            "- Settle principles before mechanics. The white paper says the core principles "
            "agreed in 2010 set the stage for the salary overhaul.\n"
            "- Add to existing pay criteria rather than replacing them. Counting evaluations "
            "alongside education and seniority produced a settlement both sides accepted.\n"
            "- Write joint oversight into the contract. The 2011 report holds up Baltimore's "
            "agreement as a good illustration of overseeing and evaluating innovations "
            "together."
        ),
        "citations": [
            cite("004", "170"),
            cite("004", "222-226"),
            cite("002", "1777-1779"),
            cite("002", "1967-1972"),
            cite("002", "2056-2061"),
            cite("002", "2099-2106"),
            cite("002", "2319-2377"),
            cite("002", "2436-2444"),
        ],
        "related_resources": [
            "baltimore-2010-2013-agreement",
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # 3. Sacramento -------------------------------------------------------
    {
        "slug": "sacramento-priority-schools",
        "title": "Sacramento: the Priority Schools memorandum of understanding",
        "featured": True,
        "summary": (
            "In 2010 the Sacramento district and the Sacramento Teachers Association signed a "
            "memorandum of understanding that let six low-performing Priority Schools rebuild "
            "their teaching staffs through voluntary reassignment, while honoring the "
            "existing contract and the rights of current staff."
        ),
        "program_name": "Priority Schools (pilot schools) memorandum of understanding",
        "start_year": 2010,
        "end_year": None,
        "states": ["CA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "pilot",
        "student_outcomes_reported": True,
        "topics": [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "student-achievement",
        ],
        "organizations": [
            "sacramento-city-unified",
            "sacramento-teachers-association",
            "sacramento-seiu-allied-trades",
        ],
        "challenge": (
            "In 2009 nearly half of the district's schools were designated underperforming "
            "under standards set by the California Department of Education. The district "
            "board hired a new superintendent with a mandate to improve them.\n\n"
            "Enrollment, locale and the stage of the labor-management relationship: Not "
            "stated in the source."
        ),
        "approach": (
            "The strategy came out of talks among the new superintendent, the Sacramento "
            "Teachers Association and the SEIU, which represents the allied trades in the "
            "schools. Rather than take on every failing school at once, they chose a "
            "manageable sample for a pilot priority schools initiative.\n\n"
            "The superintendent was allowed to choose six new principals with the leadership "
            "skills to change school culture. Those principals could recruit teachers who "
            "wanted to join the turnaround effort, and existing staff could either stay in "
            "the new experimental setting or move to another school.\n\n"
            "The district and the teachers' association then signed a memorandum of "
            "understanding in 2010 to make this possible within the existing contract. The "
            "account comes from interviews with district officials conducted between June "
            "and September 2011. (The source prints the district's name as \"Sacramento "
            'City United School District".)'
        ),
        "agreed": [
            (
                "text",
                "The source summarizes the memorandum's terms; it does not quote its "
                "language or give section numbers.",
            ),
            (
                "clause",
                {
                    "heading": "Voluntary reassignment at six Priority Schools",
                    "text": (
                        "The memorandum provides for voluntary reassignment of teachers at "
                        "the six Priority Schools: existing staff may stay and work in the new "
                        "setting or transfer to another school."
                    ),
                    "verbatim": False,
                    "parties": "Sacramento district and Sacramento Teachers Association",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2171-2175",
                },
            ),
            (
                "clause",
                {
                    "heading": "Protection from future layoffs",
                    "text": (
                        "Teachers newly placed in the Priority Schools will not be subject "
                        "to future district redundancies, whatever their seniority, so that "
                        "staffing stays stable while the schools work to improve."
                    ),
                    "verbatim": False,
                    "parties": "Sacramento district and Sacramento Teachers Association",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2176-2179",
                },
            ),
            (
                "clause",
                {
                    "heading": "Honoring the existing contract",
                    "text": (
                        "The memorandum allows almost entirely new teaching staffs at the "
                        "Priority Schools while respecting the existing contract and the "
                        "right of current staff to seek assignments at other schools."
                    ),
                    "verbatim": False,
                    "parties": "Sacramento district and Sacramento Teachers Association",
                    "year": 2010,
                    "section": "",
                    "source": "seed 002, lines 2182-2184",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The source reports these results, based on interviews with district "
                "officials:\n\n"
                "- Most staff at the Priority Schools turned over between the end of the "
                "2010 and the 2011 school years.\n"
                "- All former staff of these schools were successfully reassigned to other "
                "district schools.\n"
                "- On the first two years of data, each of the six schools made dramatic "
                "gains in student test scores, attendance and discipline measures. The source "
                "gives no figures for these gains and does not say which two years the data "
                "cover.",
            ),
            (
                "metric",
                {
                    "label": "Share of district schools designated underperforming",
                    "value": "nearly half",
                    "unit": "of schools",
                    "year": 2009,
                    "source": "seed 002, lines 2162-2163",
                },
            ),
            (
                "metric",
                {
                    "label": "Priority Schools created under the pilot",
                    "value": "6",
                    "unit": "schools",
                    "year": 2010,
                    "source": "seed 002, lines 2169-2175",
                },
            ),
            (
                "metric",
                {
                    "label": "Former Priority School staff reassigned to other district schools",
                    "value": "all",
                    "unit": "",
                    "year": None,
                    "source": "seed 002, lines 2179-2180",
                },
            ),
            (
                "metric",
                {
                    "label": "Years of data behind the reported gains",
                    "value": "2",
                    "unit": "years",
                    "year": None,
                    "source": "seed 002, lines 2186-2187",
                },
            ),
        ],
        "lessons": (
            "The source presents the memorandum as the tool that let the district build new "
            "staffs for its turnaround schools without breaking the district-wide contract or "
            "overriding existing teachers' rights.\n\n"
            "Looking at this and a similar agreement elsewhere, the 2011 report lists common "
            "features of such agreements: shared values centered on student achievement, "
            "voluntary applications to turnaround schools, staff selection by the "
            "principal, employment continuity for transferring teachers, continued union "
            "representation, and flexibility over the working day and year. Beyond this, "
            "the source draws no lessons specific to Sacramento."
        ),
        "citations": [
            cite("002", "2096-2136"),
            cite("002", "2158-2190"),
        ],
        "related_resources": [
            "sacramento-priority-schools-mou",
            "saint-paul-restructured-schools-staffing",
            "report-collaborative-approaches-massachusetts",
        ],
    },
    # 4. Denver -----------------------------------------------------------
    {
        "slug": "denver-procomp",
        "title": "Denver: ProComp, Collaborative School Committees and mutual consent",
        "featured": True,
        "summary": (
            "Denver's teacher contract built in the ProComp pay system, school-based "
            "Collaborative School Committees and staffing decisions made by committees and "
            "mutual consent. Denver was also the venue of the February 2011 national "
            "conference on labor-management collaboration."
        ),
        "program_name": (
            "ProComp (Professional Compensation System for Teachers) and Collaborative "
            "School Committees"
        ),
        "start_year": None,
        "end_year": None,
        "states": ["CO"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "compensation",
            "school-level-collaboration",
            "transfers-and-staffing",
            "joint-committees",
        ],
        "organizations": ["denver-public-schools"],
        "challenge": (
            "The sources describe Denver's agreements but not what prompted them: Not "
            "stated in the source. What ProComp replaces, in the 2011 report's description, "
            "is the single salary schedule: the standard salary matrix in which teachers move "
            "up a step for each year of service and for credits toward advanced degrees.\n\n"
            "Denver's teachers' union is not named in the sources. Enrollment, locale and "
            "the year ProComp began: Not stated in the source."
        ),
        "approach": (
            "The sources describe work on several fronts:\n\n"
            "- Pay. ProComp was built from scratch with participation by teachers and "
            "administrators, and was established by a nine-year contract.\n"
            "- School-site decisions. The contract stresses shared decision-making in each "
            "school on professional development, schedules, calendars and other matters, "
            "through a Collaborative School Committee.\n"
            "- Staffing. Committees of teachers and the principal handle teacher selection "
            "and reductions.\n"
            "- Partnership norms. The contract sets standards of behavior for the "
            "district-union partnership (see below).\n\n"
            "Denver was also the venue for the U.S. Department of Education's national "
            "labor-management collaboration conference on February 15-16, 2011. Its "
            "co-sponsors were the Department, the NEA, the AFT, the American Association of "
            "School Administrators, the Council of the Great City Schools, the Federal "
            "Mediation and Conciliation Service and the National School Boards Association. "
            "Whether the Denver district helped organize it or presented there: Not stated "
            "in the source."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "ProComp replaces the single salary schedule",
                    "text": (
                        "ProComp replaces the single salary schedule with incentives, some "
                        "added to base pay and some not, for specific accomplishments: "
                        "school-wide and classroom student growth, working in hard-to-serve "
                        "schools and hard-to-staff assignments, gaining and demonstrating "
                        "skills and knowledge, and earning a satisfactory or better "
                        "evaluation."
                    ),
                    "verbatim": False,
                    "parties": "Denver school district and its teachers' union (not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1974-1978",
                },
            ),
            (
                "clause",
                {
                    "heading": "A nine-year contract",
                    "text": (
                        "ProComp was established by a nine-year contract, which the white "
                        "paper cites as an example of a longer-term agreement."
                    ),
                    "verbatim": False,
                    "parties": "Denver school district and its teachers' union (not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 92",
                },
            ),
            (
                "clause",
                {
                    "heading": "Collaborative School Committee",
                    "text": (
                        "Each school has a Collaborative School Committee with specific "
                        "duties, including drawing up the School Improvement Plan and the "
                        "Professional Development Plan."
                    ),
                    "verbatim": False,
                    "parties": "Denver school district and its teachers' union (not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1883-1886",
                },
            ),
            (
                "clause",
                {
                    "heading": "Selection and reductions by committee",
                    "text": (
                        "A committee of teachers and the principal decides teacher selection "
                        "and reductions caused by program or enrollment changes. Classroom "
                        "performance is taken into account; seniority is not."
                    ),
                    "verbatim": False,
                    "parties": "Denver school district and its teachers' union (not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2063-2068",
                },
            ),
            (
                "clause",
                {
                    "heading": "Mutual consent placement",
                    "text": (
                        "Under a new Colorado law, every transfer or hire into a school needs "
                        "the consent of both teacher and school. A teacher reduced from a "
                        "building has one year or two hiring cycles, whichever is longer, to "
                        "find a mutual-consent post before going on unpaid leave, and returns "
                        "at the same salary level and seniority on finding one."
                    ),
                    "verbatim": False,
                    "parties": "Colorado state law, as applied in Denver",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2068-2077",
                },
            ),
            (
                "clause",
                {
                    "heading": "Standards for the partnership",
                    "text": (
                        "The contract calls for a partnership focused on better student "
                        "outcomes, with shared professional responsibility, and sets out "
                        "standards of behavior for the district-union partnership."
                    ),
                    "verbatim": False,
                    "parties": "Denver school district and its teachers' union (not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2286-2289",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No results are reported for ProComp, the Collaborative School Committees or "
                "Denver's staffing rules: Not stated in the source.\n\n"
                "The figures below describe the February 2011 conference held in Denver, not "
                "Denver's own reforms. The sources differ on attendance: the 2011 "
                "Massachusetts report speaks of 150 educators, while the WestEd study and the "
                "white paper speak of 150 districts or district teams.",
            ),
            (
                "metric",
                {
                    "label": "Districts taking part in the February 2011 conference",
                    "value": "150",
                    "unit": "districts",
                    "year": 2011,
                    "source": "seed 003, line 110; seed 004, line 126",
                },
            ),
            (
                "metric",
                {
                    "label": "District teams turned away for lack of space",
                    "value": "over 100",
                    "unit": "district teams",
                    "year": 2011,
                    "source": "seed 003, line 118",
                },
            ),
            (
                "metric",
                {
                    "label": "Districts that presented at the conference",
                    "value": "12",
                    "unit": "districts",
                    "year": 2011,
                    "source": "seed 003, line 124",
                },
            ),
            (
                "metric",
                {
                    "label": "Surveyed attendees who found the conference very useful",
                    "value": "41",
                    "unit": "percent",
                    "year": 2012,
                    "source": "seed 003, line 158",
                },
            ),
            (
                "metric",
                {
                    "label": "Surveyed attendees who found the conference somewhat useful",
                    "value": "47",
                    "unit": "percent",
                    "year": 2012,
                    "source": "seed 003, line 158",
                },
            ),
            (
                "metric",
                {
                    "label": "Surveyed attendees who found the conference not useful",
                    "value": "12",
                    "unit": "percent",
                    "year": 2012,
                    "source": "seed 003, line 158",
                },
            ),
        ],
        "lessons": (
            "The sources draw no lessons from Denver's own experience: Not stated in the "
            "source. They present its agreements as models: the white paper cites the "
            "nine-year ProComp contract as a way of writing collaboration into a "
            "longer-term agreement, and ProComp as a pay system built from scratch with "
            "teachers and administrators both taking part.\n\n"
            "The conference held in Denver reached a consensus that collective bargaining "
            "can drive improvement only if the parties drop some traditional attitudes, "
            "norms and rules. Participants' agenda, the Ten Principles for education reform, "
            "runs from strategic direction-setting and shared responsibility for results to "
            "evaluation, transfers, compensation and joint problem-solving."
        ),
        "citations": [
            cite("002", "1074-1127"),
            cite("002", "1883-1886"),
            cite("002", "1928-1932"),
            cite("002", "1974-1978"),
            cite("002", "2063-2077"),
            cite("002", "2286-2289"),
            cite("003", "110-126"),
            cite("003", "158"),
            cite("004", "92"),
            cite("004", "126"),
            cite("004", "242"),
        ],
        "related_resources": [
            "report-collaborative-approaches-massachusetts",
            "report-forward-together",
            "report-shared-responsibility",
        ],
    },
    # 5. Hillsborough County ----------------------------------------------
    {
        "slug": "hillsborough-evaluation",
        "title": "Hillsborough County: jointly designed evaluation, peer evaluators and pay",
        "featured": False,
        "summary": (
            "Hillsborough County's district and teachers' union jointly built a teacher "
            "evaluation system that combines student learning gains, principal ratings and "
            "ratings by full-time peer evaluators, and linked it to new teacher roles, a "
            "career ladder and differential pay for high-poverty schools."
        ),
        "program_name": "Teacher evaluation system with peer evaluators and career ladder",
        "start_year": None,
        "end_year": None,
        "states": ["FL"],
        "locale": "urban",
        "size_band": "",
        "stage": "advanced",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "teacher-evaluation",
            "compensation",
            "career-pathways",
            "professional-development",
        ],
        "organizations": ["hillsborough-county-schools"],
        "challenge": (
            "What prompted Hillsborough's reforms: Not stated in the source. The sources "
            "describe the task the district and union took on: an evaluation system that "
            "teachers help design, that measures student growth even in subjects the state "
            "does not test, and that feeds into development, career advancement and pay.\n\n"
            "The union is not named in the sources. The district is described as a large "
            "urban district; its enrollment: Not stated in the source."
        ),
        "approach": (
            "District and union leaders developed the evaluation system together, with "
            "significant input from teachers. Teacher involvement is long-standing: most "
            "district administrators were hired after years as Hillsborough teachers and "
            "union leaders, and hundreds of teachers sit on committees that decide matters "
            "from textbook choice to professional development and evaluation. At the "
            "February 2011 national conference, the district's team said trust and better "
            "communication led to a contract that pays extra to teachers who take on peer "
            "mentoring and evaluation.\n\n"
            "Each teacher receives an effectiveness score drawn from student learning gains, "
            "the principal's judgment and ratings by a master teacher serving as a peer "
            "evaluator. To measure growth in subjects outside the state test, such as "
            "foreign languages, art, music and physical education, the district is "
            "developing additional exams. Evaluation results inform professional "
            "development and career ladders and, over time, will inform pay, with the most "
            "consistently effective teachers eligible for higher salaries."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "Three evaluation components",
                    "text": (
                        "Evaluations weigh students' learning gains at 40 percent, the "
                        "principal's ratings at 30 percent and ratings by a master teacher "
                        "acting as peer evaluator at 30 percent. The system is aligned with "
                        "professional development so that teachers get the support they most "
                        "need."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Hillsborough County school district and its teachers' union (not "
                        "named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1781-1784",
                },
            ),
            (
                "clause",
                {
                    "heading": "Three new full-time teacher roles",
                    "text": (
                        "The contract creates full-time mentors; peer evaluators who share "
                        "with principals the work of observing and evaluating teachers; and "
                        "teacher leaders who teach half the day and spend the other half "
                        "working with administrators on instruction and curriculum."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Hillsborough County school district and its teachers' union (not "
                        "named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1901-1905; seed 004, line 186",
                },
            ),
            (
                "clause",
                {
                    "heading": "Performance and differential pay",
                    "text": (
                        "The contract includes performance pay and differential pay for "
                        "teachers working in high-poverty schools."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Hillsborough County school district and its teachers' union (not "
                        "named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1994-1995",
                },
            ),
            (
                "clause",
                {
                    "heading": "Move to a value-added career ladder",
                    "text": (
                        "The district is moving to a career ladder that pays teachers on "
                        "three years of value-added student learning gains. Teachers "
                        "employed in 2009-2010 could choose the old or the new pay system; "
                        "new hires go onto the new system when it takes effect in 2013."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Hillsborough County school district and its teachers' union (not "
                        "named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1995-1998",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No results on student achievement or teacher effectiveness are reported for "
                "Hillsborough: Not stated in the source. The white paper reports progress on "
                "building the system's measures for subjects the state does not test:",
            ),
            (
                "metric",
                {
                    "label": "Additional exams being developed for subjects the state does not test",
                    "value": "more than 500",
                    "unit": "exams",
                    "year": None,
                    "source": "seed 004, line 184",
                },
            ),
            (
                "metric",
                {
                    "label": "Courses the additional exams cover",
                    "value": "429",
                    "unit": "courses",
                    "year": None,
                    "source": "seed 004, line 184",
                },
            ),
        ],
        "lessons": (
            "The sources point to these lessons:\n\n"
            "- Involve teachers deeply. The white paper ties Hillsborough's system to many "
            "years of teacher participation in setting district policy.\n"
            "- Connect evaluation to everything else. Results feed professional development, "
            "new career roles and, over time, pay, rather than standing alone.\n"
            "- Trust and communication come first. The district's conference team credited "
            "them for the contract.\n"
            "- Leadership continuity helps. The 2011 report lists Hillsborough among six "
            "districts whose superintendents and union leaders have worked together for "
            "well over a decade, with long-serving union presidents."
        ),
        "citations": [
            cite("002", "1600-1624"),
            cite("002", "1781-1784"),
            cite("002", "1901-1905"),
            cite("002", "1994-1998"),
            cite("002", "2252-2265"),
            cite("003", "124"),
            cite("004", "170"),
            cite("004", "180-186"),
        ],
        "related_resources": [
            "report-collaborative-approaches-massachusetts",
            "report-forward-together",
            "report-shared-responsibility",
        ],
    },
    # 6. New Haven --------------------------------------------------------
    {
        "slug": "new-haven-school-change",
        "title": "New Haven: the School Change Initiative and teacher evaluation",
        "featured": False,
        "summary": (
            "New Haven's district, city and teachers' federation launched the School Change "
            "Initiative in 2009, including a turnaround agreement that sorts schools into "
            "performance tiers, and developed a new teacher evaluation and development "
            "system through joint committees."
        ),
        "program_name": "School Change Initiative and Teacher Evaluation and Development System",
        "start_year": 2009,
        "end_year": None,
        "states": ["CT"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "turnaround-and-pilot-schools",
            "teacher-evaluation",
            "joint-committees",
            "transfers-and-staffing",
            "professional-development",
        ],
        "organizations": ["new-haven-school-district", "new-haven-federation-of-teachers"],
        "challenge": (
            "According to the white paper, New Haven's district had no collaborative "
            "relationship with its local union before 2009. The reform agenda centered on the "
            "lowest-performing schools and on how teachers are evaluated and supported.\n\n"
            "Enrollment and locale: Not stated in the source."
        ),
        "approach": (
            "The district, the city and the New Haven Federation of Teachers, an AFT "
            "affiliate, discussed and shaped the School Change Initiative outside contract "
            "negotiations, as part of a wider strategic and operational partnership. "
            "Continuing work, such as setting and monitoring reform directions and "
            "producing the Teacher Evaluation and Development System, runs through formal "
            "committees that bring the different constituencies together.\n\n"
            "A turnaround agreement sorts schools into tiers by performance and gives the "
            "lowest tier wide latitude over staffing and school design. When a turnaround "
            "school is reconstituted, all its teachers compete with other interested "
            "teachers for places.\n\n"
            "The new evaluation system, introduced in the year of the 2011 report, looks at "
            "growth in student learning, classroom observation and professional values. The "
            "contract also calls for new professional development and a new compensation "
            "system."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "Freedom for the lowest-performing schools",
                    "text": (
                        '"need to be free to choose their own staffs, develop new cultures '
                        'of successful performance and learning, redesign work rules..."'
                    ),
                    "verbatim": True,
                    "parties": "New Haven school district and New Haven Federation of Teachers",
                    "year": 2010,
                    "section": "",
                    "source": "seed 004, lines 260, 274",
                },
            ),
            (
                "clause",
                {
                    "heading": "Flexibility expected of teachers",
                    "text": (
                        '"teachers should expect year-to-year, or even intra-year, '
                        "flexibility in aspects of their duties and program not covered by "
                        'the agreement."'
                    ),
                    "verbatim": True,
                    "parties": "New Haven school district and New Haven Federation of Teachers",
                    "year": 2010,
                    "section": "",
                    "source": "seed 004, lines 260, 274",
                },
            ),
            (
                "clause",
                {
                    "heading": "Reconstituting turnaround schools",
                    "text": (
                        "When a turnaround school is reconstituted, every teacher must "
                        "compete for a post alongside other applicants. Teachers who do not "
                        "apply or are not chosen keep their employment rights, and human "
                        "resources staff work closely with the union to avoid bumping and "
                        "involuntary transfers."
                    ),
                    "verbatim": False,
                    "parties": "New Haven school district and New Haven Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2087-2094",
                },
            ),
            (
                "clause",
                {
                    "heading": "Evaluation design",
                    "text": (
                        "Evaluations consider growth in student learning, classroom "
                        "observation and professional values. How much student growth counts "
                        "depends on how consistent the data are across years and measures. "
                        "Teachers who may be rated needs improvement or exemplary get a "
                        "third-party check of their instructional practice."
                    ),
                    "verbatim": False,
                    "parties": "New Haven school district and New Haven Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1795-1800",
                },
            ),
            (
                "clause",
                {
                    "heading": "Professional development and pay",
                    "text": (
                        "The contract calls for teacher induction and mentoring, school-based "
                        "instructional coaches, teacher professional development centers, and "
                        "added training on special education inclusion, classroom management, "
                        "data-driven instruction, differentiation and instructional "
                        "technology. It also calls for a compensation system with group-based "
                        "bonuses and allows incentives for exemplary teachers who take "
                        "teacher leadership posts."
                    ),
                    "verbatim": False,
                    "parties": "New Haven school district and New Haven Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1914-1917, 2004-2006",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No results are reported for the School Change Initiative or the turnaround "
                "schools: Not stated in the source. The 2011 report says only that the new "
                "evaluation process strengthens the professional relationship between "
                "managers and teachers by increasing their interactions and conferences.",
            ),
        ],
        "lessons": (
            "The sources suggest two lessons:\n\n"
            "- Collaboration can start without a history of it. The white paper stresses "
            "that the initiative began in a district with no prior collaborative "
            "relationship with its union.\n"
            "- Reform can be shaped away from the bargaining table. The parties worked "
            "through a broader partnership and standing cross-constituency committees, not "
            "only through contract negotiations."
        ),
        "citations": [
            cite("002", "409-413"),
            cite("002", "1795-1800"),
            cite("002", "1914-1917"),
            cite("002", "2004-2006"),
            cite("002", "2087-2094"),
            cite("002", "2307-2311"),
            cite("004", "260"),
            cite("004", "274"),
        ],
        "related_resources": [
            "saint-paul-restructured-schools-staffing",
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # 7. Plattsburgh ------------------------------------------------------
    {
        "slug": "plattsburgh-par",
        "title": "Plattsburgh: peer assistance and review for novice teachers",
        "featured": False,
        "summary": (
            "Plattsburgh, described as a small district, is piloting peer assistance and "
            "review with novice teachers: each new teacher works with a consulting teacher "
            "who is fully responsible for the formal evaluation, and a PAR panel makes the "
            "final decisions."
        ),
        "program_name": "Peer Assistance and Review (PAR) pilot for novice teachers",
        "start_year": None,
        "end_year": None,
        "states": ["NY"],
        "locale": "",
        "size_band": "",
        "stage": "advanced",
        "status": "pilot",
        "student_outcomes_reported": False,
        "topics": [
            "peer-assistance-and-review",
            "teacher-evaluation",
            "professional-development",
        ],
        "organizations": ["plattsburgh-school-district"],
        "challenge": (
            "What prompted Plattsburgh's PAR program: Not stated in the source. The 2011 "
            "report discusses PAR as one answer to a common problem: principals may not "
            "have time for all the evaluations required of them, and any new evaluation "
            "system has to earn trust.\n\n"
            "The union is not named in the sources. The white paper calls Plattsburgh a "
            "small district; its enrollment and locale: Not stated in the source."
        ),
        "approach": (
            "The district is piloting PAR with novice teachers and plans to extend it to "
            "struggling teachers. Every new teacher is paired with a consulting teacher, who "
            "carries full responsibility for the new teacher's formal evaluation. The "
            "building administrator may do informal evaluations, and a PAR panel makes the "
            "final decisions.\n\n"
            "The 2011 report names Plattsburgh among six urban and rural districts whose "
            "superintendents and union leaders have worked together on school reform for "
            "well over a decade, and among places where interest-based bargaining and "
            "day-to-day problem solving have produced effective teacher evaluation systems. "
            "Plattsburgh was also one of "
            "the twelve districts whose stories were featured at the February 2011 national "
            "conference.\n\n"
            "Start year of the pilot, the make-up of the PAR panel and how consulting "
            "teachers are chosen: Not stated in the source."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "Consulting teachers evaluate new teachers",
                    "text": (
                        "All new teachers work with a consulting teacher, who has full "
                        "responsibility for formally evaluating them."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Plattsburgh school district and its teachers' union (not named in "
                        "the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1802-1804",
                },
            ),
            (
                "clause",
                {
                    "heading": "Role of the building administrator and the PAR panel",
                    "text": (
                        "The building administrator may carry out informal evaluations. "
                        "Final decisions are made by the PAR panel."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Plattsburgh school district and its teachers' union (not named in "
                        "the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1804-1805",
                },
            ),
            (
                "clause",
                {
                    "heading": "Planned expansion",
                    "text": (
                        "The pilot, which starts with novice teachers, is to be expanded to "
                        "include struggling teachers."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Plattsburgh school district and its teachers' union (not named in "
                        "the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1802-1803",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No outcomes are reported: Not stated in the source. The program was still a "
                "pilot when the 2011 report was written.",
            ),
        ],
        "lessons": (
            "The sources draw no lessons specific to Plattsburgh: Not stated in the source. "
            "Their broader points apply to it:\n\n"
            "- PAR systems are adapted to each district's needs and link evaluation to "
            "professional development and pay rather than treating it alone.\n"
            "- The six long-standing partnerships, Plattsburgh among them, have all had "
            "long-serving union presidents and most have had long-serving superintendents, "
            "which the 2011 report says gives the partnerships stability."
        ),
        "citations": [
            cite("002", "409-413"),
            cite("002", "1600-1624"),
            cite("002", "1671-1680"),
            cite("002", "1708-1724"),
            cite("002", "1802-1805"),
            cite("002", "2252-2265"),
            cite("004", "170"),
        ],
        "related_resources": [
            "par-program-design-guide",
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # 8. ABC Unified ------------------------------------------------------
    {
        "slug": "abc-unified-partnership",
        "title": "ABC Unified: a district-wide partnership that reaches into schools",
        "featured": False,
        "summary": (
            "After a bitter 1993 strike, ABC Unified School District and the ABC Federation "
            "of Teachers built a partnership running from weekly leadership meetings to "
            "school-level teams, with peer assistance, an annual joint retreat and career "
            "pathways. A study found that schools with stronger union-management "
            "partnerships had more teacher collaboration and higher student performance."
        ),
        "program_name": "ABC Unified Partnership (PASS, PAL retreat, school leadership teams)",
        "start_year": 1999,
        "end_year": None,
        "states": ["CA"],
        "locale": "",
        "size_band": "large",
        "stage": "advanced",
        "status": "evaluated",
        "student_outcomes_reported": True,
        "topics": [
            "school-level-collaboration",
            "student-achievement",
            "peer-assistance-and-review",
            "professional-development",
            "career-pathways",
        ],
        "organizations": ["abc-unified-school-district", "abc-federation-of-teachers"],
        "challenge": (
            "The partnership grew out of an eight-day strike in 1993 over budget pressures "
            "and the district's plan to cut teachers' health benefits and pay while raising "
            "class sizes. Afterwards the union campaigned for school board candidates open to "
            "collaboration. Once they held a majority, the superintendent changed and, from "
            "1995, so did the district's climate.\n\n"
            "The district serves 20,801 students in 30 schools, 14 of them Title I. About a "
            "quarter are English language learners and about 46 percent receive free or "
            "reduced-price lunch."
        ),
        "approach": (
            "A superintendent hired in 1999 and the union president agreed that adversarial "
            "relations undermined teaching and learning, and built a relationship of joint "
            "problem-solving, respect and trust. Their first joint effort, in 1999, focused "
            "on six high-poverty South Side Schools, where most students were English "
            "language learners with low reading and math proficiency. The union even raised "
            "its dues to pay for substitutes so teachers could attend training.\n\n"
            "The partnership then spread to textbook adoption, hiring interviews, "
            "curriculum, new teacher orientation, data-based decision-making and a peer "
            "assistance program (PASS); union members also joined district committees. "
            "It deepened after a new superintendent arrived in 2005, when the parties "
            "adopted six guiding principles.\n\n"
            "Structures include weekly superintendent-union president meetings; a District "
            "Leadership Team; the annual full-day PAL retreat, held every year since 1999 "
            "with costs shared; weekly principal-union representative teams in each school; "
            "and joint training through national AFT programs. (The sources expand PAL in "
            "two ways: Partnership with Administration and Labor, and Partnership between "
            "Administrators and Labor.)"
        ),
        "agreed": [
            (
                "text",
                "Little contract language records the partnership. Instead, the union and "
                "the board signed off on a mission statement, guiding principles and guiding "
                "behaviors for the district.",
            ),
            (
                "clause",
                {
                    "heading": "Guiding principle 1",
                    "text": (
                        '"All students can succeed and we will not accept any excuse that '
                        "prevents that from happening at ABC. We will work together to "
                        'promote student success."'
                    ),
                    "verbatim": True,
                    "parties": "ABC Unified School District and ABC Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 001, lines 475-483",
                },
            ),
            (
                "clause",
                {
                    "heading": "Guiding principle 6",
                    "text": '"We won\'t let each other fail."',
                    "verbatim": True,
                    "parties": "ABC Unified School District and ABC Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 001, line 499",
                },
            ),
            (
                "clause",
                {
                    "heading": "Other guiding principles",
                    "text": (
                        "The other principles commit the parties to giving schools all "
                        "needed support, to hiring, training and keeping the best teachers "
                        "(the top 5 percent of the profession), to recognizing that every "
                        "employee contributes to student success, and to making all "
                        "negotiations support conditions for good teaching and learning."
                    ),
                    "verbatim": False,
                    "parties": "ABC Unified School District and ABC Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 001, lines 485-497",
                },
            ),
            (
                "clause",
                {
                    "heading": "Evaluation and peer assistance (PASS)",
                    "text": (
                        "Teachers and administrators developed the teacher evaluation "
                        "document jointly. PASS offers help to struggling teachers and to any "
                        "teacher who asks for more support and coaching."
                    ),
                    "verbatim": False,
                    "parties": "ABC Unified School District and ABC Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1773-1775",
                },
            ),
            (
                "clause",
                {
                    "heading": "Pay and career pathways",
                    "text": (
                        "Wage increases come through professional development, strong "
                        "evaluations, gains in student learning and eligible coursework. Four "
                        "career pathways (Standard, Professional, Model, Lead Teacher) let "
                        "teachers progress on performance."
                    ),
                    "verbatim": False,
                    "parties": "ABC Unified School District and ABC Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1962-1965",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The South Side Schools effort improved teaching and student performance "
                "(no figures given). The district API and college-going figures below are "
                "background, not effects of the partnership.\n\n"
                "A school-level study measured partnership quality (January 2011 survey, "
                "1-4 scale), how densely educators communicated (April 2011 network survey), "
                "and API scores for 2011-12 with change from 2010-11, controlling for "
                "poverty and school type. Stronger partnerships predicted more collaboration "
                "and higher performance and gains, and more frequent, informal "
                "principal-union representative contact. The authors call for further "
                "studies to confirm the results.",
            ),
            (
                "metric",
                {
                    "label": "API score rise per one-point gain in partnership quality",
                    "value": "about 25",
                    "unit": "API points",
                    "year": 2012,
                    "source": "seed 001, lines 823-825",
                },
            ),
            (
                "metric",
                {
                    "label": "API improvement per one-point gain in partnership quality",
                    "value": "about 15",
                    "unit": "API points",
                    "year": 2012,
                    "source": "seed 001, lines 825-830",
                },
            ),
            (
                "metric",
                {
                    "label": "Schools in the study",
                    "value": "26",
                    "unit": "schools",
                    "year": None,
                    "source": "seed 001, lines 844-846",
                },
            ),
            (
                "metric",
                {
                    "label": "Range of school API improvement",
                    "value": "-18 to 58",
                    "unit": "API points",
                    "year": 2012,
                    "source": "seed 001, lines 845-846",
                },
            ),
            (
                "metric",
                {
                    "label": "Communication density, highest-partnership schools",
                    "value": "30",
                    "unit": "percent",
                    "year": 2011,
                    "source": "seed 001, lines 863-866",
                },
            ),
            (
                "metric",
                {
                    "label": "Communication density, lowest-partnership schools",
                    "value": "17",
                    "unit": "percent",
                    "year": 2011,
                    "source": "seed 001, lines 863-866",
                },
            ),
            (
                "metric",
                {
                    "label": "API gap between schools at 17 and 30 percent density",
                    "value": "9",
                    "unit": "API points",
                    "year": None,
                    "source": "seed 001, lines 883-886",
                },
            ),
            (
                "metric",
                {
                    "label": "Network survey response rate",
                    "value": "69",
                    "unit": "percent",
                    "year": 2011,
                    "source": "seed 001, lines 755-760",
                },
            ),
            (
                "metric",
                {
                    "label": "District API above the state average, past decade",
                    "value": "at least 7",
                    "unit": "percent",
                    "year": None,
                    "source": "seed 001, lines 396-398",
                },
            ),
            (
                "metric",
                {
                    "label": "High school graduates going on to higher education",
                    "value": "about 85",
                    "unit": "percent (district estimate)",
                    "year": None,
                    "source": "seed 001, lines 398-401",
                },
            ),
            (
                "metric",
                {
                    "label": "Teachers who attended AFT CSI or TEACH sessions with principals",
                    "value": "over 400",
                    "unit": "teachers (over 40 percent of members)",
                    "year": None,
                    "source": "seed 001, lines 565-567",
                },
            ),
            (
                "metric",
                {
                    "label": "School-based partnership teams supported by an AFT grant",
                    "value": "10",
                    "unit": "teams",
                    "year": None,
                    "source": "seed 001, lines 536-537",
                },
            ),
        ],
        "lessons": (
            "The sources draw these lessons:\n\n"
            "- Stable, long-serving leaders on both sides were critical to building trust "
            "and making collaboration routine.\n"
            "- A partnership lasts only if it reaches teachers and principals, hence the "
            "school-level teams.\n"
            "- Joint training and the PAL retreat built skills and working relationships.\n"
            "- The researchers urge incentives and grants for partnerships, networks "
            "linking experienced and new districts, state leadership training, conferences "
            "and more research."
        ),
        "citations": [
            cite("001", "380-428"),
            cite("001", "440-499"),
            cite("001", "510-609"),
            cite("001", "626-657"),
            cite("001", "741-886"),
            cite("001", "987-1045"),
            cite("002", "1600-1624"),
            cite("002", "1773-1775"),
            cite("002", "1879-1881"),
            cite("002", "1962-1965"),
            cite("004", "106"),
        ],
        "related_resources": [
            "report-partnerships-and-student-performance",
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # 9. Montgomery County ------------------------------------------------
    {
        "slug": "montgomery-county-pgs",
        "title": "Montgomery County: Professional Growth Systems",
        "featured": False,
        "summary": (
            "Montgomery County Public Schools in Maryland and its three employee "
            "associations built Professional Growth Systems for teachers, administrators and "
            "support staff, including a standards-based teacher evaluation cycle with peer "
            "assistance and review and a teacher career lattice."
        ),
        "program_name": "Professional Growth System (PGS)",
        "start_year": None,
        "end_year": None,
        "states": ["MD"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "teacher-evaluation",
            "peer-assistance-and-review",
            "professional-development",
            "career-pathways",
            "interest-based-bargaining",
        ],
        "organizations": ["montgomery-county-public-schools"],
        "challenge": (
            "What prompted the Professional Growth Systems: Not stated in the source. The "
            "district's three employee associations are identified only by the staff they "
            "represent (teachers, support staff and administrators); their names: Not "
            "stated in the source. Enrollment, locale and start year: Not stated in the "
            "source."
        ),
        "approach": (
            "District and union leaders presented at the February 2011 national conference, "
            "describing the benefits of the district's collaborative culture, including "
            "Professional Growth Systems for teachers, administrators and support staff.\n\n"
            "Each association's contract describes the labor-management relationship in "
            "detail. The contracts rest on interest-based bargaining principles and a "
            "collaborative, respectful culture, with a shared commitment to an organization "
            "that keeps renewing itself and improving for staff and students. Each "
            "association helps update the district's strategic plan and set its annual "
            "performance targets.\n\n"
            "For teachers, the district and the teachers' union built a framework for "
            "teaching based on the book The Skillful Teacher, with performance standards "
            "drawn from the core propositions of the National Board for Professional "
            "Teaching Standards. The contracts also make the district and each association "
            "jointly responsible for professional development tied to advancement."
        ),
        "agreed": [
            (
                "clause",
                {
                    "heading": "Standards of performance",
                    "text": (
                        "Teacher performance is judged against six standards derived from the "
                        "National Board's core propositions. Two of them include student "
                        "performance data among the evidence."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Montgomery County Public Schools and the teachers' union (not named "
                        "in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1786-1790",
                },
            ),
            (
                "clause",
                {
                    "heading": "Three-year growth cycle with PAR",
                    "text": (
                        "Teachers follow a three-year cycle: one evaluation year, then two "
                        "years of targeted professional development. A peer assistance and "
                        "review component supports novice and underperforming teachers and "
                        "allows dismissal of teachers who still do not meet the standard."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Montgomery County Public Schools and the teachers' union (not named "
                        "in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1790-1793",
                },
            ),
            (
                "clause",
                {
                    "heading": "Career lattice and development plans",
                    "text": (
                        "Each contract makes district and association jointly responsible "
                        "for professional development: career pathways for support staff, a "
                        "three-stage career lattice for teachers (induction, skillful teacher, "
                        "lead teacher), and leadership development for administrators. Each "
                        "staff member writes a development plan with guidance from evaluators "
                        "or lead teachers."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Montgomery County Public Schools and its three employee associations "
                        "(not named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1907-1912",
                },
            ),
            (
                "clause",
                {
                    "heading": "National Board certification",
                    "text": (
                        "The district supports teachers during National Board certification "
                        "and pays a salary stipend to those who earn it."
                    ),
                    "verbatim": False,
                    "parties": "Montgomery County Public Schools",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2000-2002",
                },
            ),
            (
                "clause",
                {
                    "heading": "Working through issues together",
                    "text": (
                        "Each contract affirms a commitment to work through issues and "
                        "concerns, and gives each association a say in updating the "
                        "strategic plan and setting annual performance targets."
                    ),
                    "verbatim": False,
                    "parties": (
                        "Montgomery County Public Schools and its three employee associations "
                        "(not named in the source)"
                    ),
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2300-2305",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "No outcomes are reported for the Professional Growth Systems: Not stated in "
                "the source.",
            ),
        ],
        "lessons": (
            "The sources do not spell out lessons from Montgomery County: Not stated in the "
            "source. What they highlight is the breadth of the approach: growth systems "
            "cover all three employee groups, not only teachers, and teacher evaluation is "
            "tied to professional development, career stages and support for National "
            "Board certification rather than standing alone."
        ),
        "citations": [
            cite("003", "124"),
            cite("002", "1708-1724"),
            cite("002", "1786-1793"),
            cite("002", "1907-1912"),
            cite("002", "2000-2002"),
            cite("002", "2300-2305"),
        ],
        "related_resources": [
            "par-program-design-guide",
            "report-collaborative-approaches-massachusetts",
            "report-forward-together",
        ],
    },
]
