"""Demo resources for SameSide: sample contract language, MOUs, toolkits, templates,
policies, articles and research reports, with the partner organizations they need.

Every fact is drawn from the five source reports in ``shared/seeds`` and carries a
citation made with :func:`home.demo.sources.cite`. Clause ``source`` fields use the
same locator format (``seed 002, lines 2335-2337``). Text is SameSide's own summary;
short verbatim quotations appear only in clause blocks marked ``verbatim=True``.
Where a source is silent the structured field is empty and the text says
"Not stated in the source."
"""

from home.demo.sources import SOURCES, cite, locator


def _clause(heading, text, source, *, verbatim=False, parties="", year=None, section="", page=""):
    return {
        "heading": heading,
        "text": text,
        "verbatim": verbatim,
        "parties": parties,
        "year": year,
        "section": section,
        "page": page,
        "source": source,
    }


def _doc(title, filename, sections):
    return {"title": title, "filename": filename, "sections": sections}


def _title(seed):
    return SOURCES[seed]["title"]


def _rights_summary(*seeds):
    names = "; ".join(f"'{_title(s)}'" for s in seeds)
    return (
        f"Summary and excerpts prepared by SameSide from {names}; short quotations are "
        "attributed. The original agreement is not reproduced."
    )


def _rights_adapted(*seeds):
    names = "; ".join(f"'{_title(s)}'" for s in seeds)
    return f"Adapted by SameSide from {names}; free to reuse with attribution."


def _rights_article(*seeds):
    names = "; ".join(f"'{_title(s)}'" for s in seeds)
    return (
        f"Written by SameSide from {names}; short quotations are attributed. "
        "The original publications are not reproduced."
    )


def _rights_report(seed):
    src = SOURCES[seed]
    publisher = src["publisher"]
    return (
        f"Summary written by SameSide of '{src['title']}' ({publisher}). The original "
        "report is not reproduced here; consult it for the full text."
    )


# ---------------------------------------------------------------------------
# Organizations defined by this module (districts and unions are defined by the
# case-study modules and only referenced here).
# ---------------------------------------------------------------------------

ORGANIZATIONS = [
    {
        "key": "massachusetts-education-partnership",
        "name": "Massachusetts Education Partnership (MEP)",
        "kind": "partner",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "topics": ["interest-based-bargaining", "district-capacity"],
        "partner": "",
        "website": "",
        "description": (
            "A Massachusetts consortium, formed in 2012, that brings labor and management "
            "education leaders together to use collaborative processes to raise student "
            "achievement and educator success, and that studies the results. Its two core "
            "programs in its first two years were the Interest-Based Bargaining Institute "
            "(IBBI) and the District Capacity Project (DCP). Its governing board includes "
            "leaders of AFT Massachusetts, the Massachusetts Teachers Association, the "
            "superintendents' and school committees' associations and the state education "
            "department, plus four research institutions. (The source gives its web address "
            "in two spellings, so none is listed here.)"
        ),
        "citations": [
            cite(
                "000",
                "18-39",
                "Topics: the Interest-Based Bargaining Institute and the District Capacity Project",
            ),
            cite("001", "43-112"),
        ],
    },
    {
        "key": "boston-foundation",
        "name": "The Boston Foundation",
        "kind": "partner",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "partner": "",
        "website": "",
        "description": (
            "A Boston foundation that has worked for years on K-12 education in "
            "Massachusetts, especially for inner-city children. It commissioned and "
            "published Barry Bluestone and Thomas Kochan's 2011 report on collaborative "
            "labor-management reform in its Understanding Boston series."
        ),
        "citations": [cite("002", "1-38"), cite("000", "185")],
    },
    {
        "key": "wested",
        "name": "WestEd",
        "kind": "partner",
        "state": "",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "partner": "",
        "website": "http://www.wested.org",
        "description": (
            "A national nonpartisan, nonprofit research, development and service agency "
            "with 17 offices and headquarters in San Francisco. Its Comprehensive School "
            "Assistance Program produced 'Forward, Together', a Ford Foundation-funded "
            "follow-up study of the February 2011 Denver labor-management conference."
        ),
        "citations": [cite("003", "15-39")],
    },
    {
        "key": "us-department-of-education",
        "name": "U.S. Department of Education",
        "kind": "partner",
        "state": "",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "partner": "",
        "website": "http://www.ed.gov",
        "description": (
            "The federal education department. It convened the February 2011 Conference on "
            "Advancing Student Achievement through Labor-Management Collaboration with "
            "national union, administrator and school board organizations, built support "
            "for labor-management collaboration into grant programs such as Race to the "
            "Top, and published the 2012 white paper 'Shared Responsibility'."
        ),
        "citations": [cite("004", "34-52"), cite("004", "120-147"), cite("003", "110-116")],
    },
    {
        "key": "massachusetts-teachers-association",
        "name": "Massachusetts Teachers Association (MTA)",
        "kind": "union",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "topics": ["teacher-evaluation", "peer-assistance-and-review", "interest-based-bargaining"],
        "partner": "",
        "website": "http://www.massteacher.org",
        "description": (
            "A 110,000-member statewide teachers' association and a member of the "
            "Massachusetts Education Partnership's governing board and one of its funders. "
            "In December 2010 it published 'Reinventing Educator Evaluation', a framework "
            "that includes a model peer assistance and review structure, and it gave input "
            "to the state's 2011 teacher evaluation system. Its national affiliation is not "
            "stated in the source."
        ),
        "citations": [
            cite("000", "24-35"),
            cite("002", "749-763", "Topics: input to the state's teacher evaluation system"),
            cite("002", "1818-1851", "Topics: its framework with a model PAR structure"),
            cite("000", "46", "Topics: its experience informed the partnership's IBB curriculum"),
        ],
    },
    {
        "key": "rennie-center",
        "name": "Rennie Center for Education Research & Policy",
        "kind": "partner",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "topics": ["district-capacity"],
        "partner": "",
        "website": "",
        "description": (
            "A Massachusetts education research and policy organization represented on the "
            "Massachusetts Education Partnership's board. It administered the partnership's "
            "District Capacity Project and, from the partnership's third year, became its "
            "administrative hub."
        ),
        "citations": [
            cite("000", "35-37", "Topics: administered the District Capacity Project"),
            cite("000", "192"),
        ],
    },
]


# ---------------------------------------------------------------------------
# Sample contract language and MOUs (required slugs)
# ---------------------------------------------------------------------------

_BALTIMORE_PARTIES = "Baltimore school board ('the Board') and teachers' union ('the BTU')"

_CONTRACTS = [
    {
        "slug": "baltimore-2010-2013-agreement",
        "title": "Baltimore 2010-2013 agreement: professional practices program, joint "
        "oversight and a sunset clause",
        "resource_type": "contract_language",
        "summary": (
            "Baltimore's 2010-2013 teachers' agreement created a jointly run professional "
            "development and pay program (BPPSLP) overseen by a ten-member Joint Oversight "
            "Committee, and set a January 2013 deadline by which the committee had to "
            "certify evidence that the program worked or see it end."
        ),
        "body": (
            "What it is: SameSide's summary of the Baltimore agreement language that Barry "
            "Bluestone and Thomas Kochan reproduce in Figure 20 of their 2011 Boston "
            "Foundation report. They offer it as a good illustration of a collaborative way "
            "to oversee, monitor and evaluate an innovation.\n\n"
            "What the agreement does:\n"
            "- Creates the Baltimore Professional Practices and Student Learning Program "
            "(BPPSLP), a jointly administered professional development program intended to "
            "raise teacher effectiveness and student achievement, described as a new "
            "strategic direction for the district.\n"
            "- States in Section 5.2 that the Board and the union expect the program to "
            "encourage teacher and staff leadership, share decision-making and reward staff.\n"
            "- Sets up a Joint Oversight Committee of ten: five members appointed by the "
            "Board and five by the union, including the CEO and the union president.\n"
            "- Gives the committee a list of duties, from defining the program's scope to "
            "checking that principals' evaluations are reliable, investigating schools "
            "where ratings drop sharply, running the selection of Professional Peer Review "
            "committees, and certifying that the district is ready and can pay for the "
            "program.\n"
            "- Requires the committee to certify by January 30, 2013 that there is evidence "
            "the program improved practice, student learning and career advancement. "
            "Without that certification the program ends and pay converts back to a "
            "traditional step-and-lane scale with no loss of salary or benefits.\n\n"
            "Related provisions: the same report says the contract replaced salary lanes "
            "with a four-tier career ladder (Standard, Professional, Model and Lead "
            "Teacher), let teachers advance through 'achievement units' tied to evaluation "
            "and evidence of leadership and learning, set up a joint committee over "
            "district professional development, and made mutual consent between teacher "
            "and principal the practice for transfers. It adds that all teachers are "
            "evaluated every year and that state law requires student growth data to "
            "inform half of the evaluation. The U.S. Department of Education's 2012 white "
            "paper adds that the 2010 negotiators agreed core principles, including "
            "bringing progress to all schools at once rather than through pilots, that a "
            "school may change parts of the agreement locally if 80 percent of its staff "
            "approve, and that the new pay structure weighs evaluation results alongside "
            "education and seniority rather than replacing them.\n\n"
            "How to use it: the oversight-plus-sunset design lets a district and union try "
            "an ambitious change while guaranteeing both sides a safe fallback. Teams "
            "drafting their own language can adapt the committee's duty list and set their "
            "own evidence test and deadline. Pair it with the '5 Ws and How' worksheet to "
            "plan who does what before the deadline.\n\n"
            "Notes on the source: the report's body text refers to 'the 2010 Baltimore "
            "Federation of Teachers contract', while the quoted agreement uses 'the BTU', "
            "which is not expanded. The program's acronym is misspelled once in the figure. "
            "Whether the committee certified the program by the 2013 deadline is not stated "
            "in the source, and no outcomes are reported."
        ),
        "start_year": 2010,
        "end_year": 2013,
        "states": ["MD"],
        "locale": "urban",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["career-pathways", "joint-committees", "teacher-evaluation", "compensation"],
        "organizations": ["baltimore-city-public-schools", "baltimore-teachers-union"],
        "clauses": [
            _clause(
                "Section 5.2: purpose of the program",
                "the BPPSLP will encourage teacher and staff leadership, give teachers and "
                "staff decision making responsibility and reward teachers and staff for the "
                "valuable work they do.",
                locator("002", "2335-2337"),
                verbatim=True,
                parties=_BALTIMORE_PARTIES,
                year=2010,
                section="Section 5.2",
            ),
            _clause(
                "Joint Oversight Committee: membership",
                "A Joint Oversight Committee oversees all planning, development and "
                "implementation of the program. It has ten members: five appointed by the "
                "Board and five by the union, including the CEO, the union president and "
                "their designees.",
                locator("002", "2339-2344"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Joint Oversight Committee: duties",
                "The committee defines the program's scope and objectives; assesses "
                "students' needs and the staff's capacity to meet them; identifies the "
                "professional activities to be evaluated for effectiveness and used as a "
                "basis for pay decisions; creates and oversees a system that makes "
                "principals' evaluations reliable, including checks of inter-rater "
                "reliability in classroom observations; runs the selection of Professional "
                "Peer Review committees (teachers apply through the union president); and "
                "certifies that the system is ready and that the district has the resources "
                "to implement and sustain it.",
                locator("002", "2346-2370"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Investigation when ratings drop",
                "Where a worksite shows a significant change in the share of teachers "
                "receiving lower evaluations than in the previous school year, an "
                "investigation examines the evidence behind those ratings. Representatives "
                "appointed by the CEO and by the union president conduct it.",
                locator("002", "2357-2360"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Evidence test",
                "By January 30, 2013 the committee must certify that research and evidence "
                "show the program has improved professional practice, increased student "
                "learning and widened career opportunities, as shown by movement along the "
                "pay intervals and pathways and by lead teacher placements.",
                locator("002", "2372-2375"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Sunset clause",
                "If the Oversight Committee does not certify, the BPPSLP shall terminate on "
                "January 30, 2013",
                locator("002", "2375-2376"),
                verbatim=True,
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Fallback pay scale",
                "If the program ends, the pay scale then in force converts to a traditional "
                "salary scale based on steps or lanes, and no teacher loses salary or "
                "benefits.",
                locator("002", "2376-2377"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Career ladder and achievement units",
                "Salary lanes are replaced by a four-tier career ladder (Standard, "
                "Professional, Model and Lead Teacher). Teachers can also advance by earning "
                "achievement units tied to evaluation and to evidence of leadership and "
                "learning. A joint committee oversees district professional development.",
                locator("002", "1967-1972"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Transfers by mutual consent",
                "The contract gives high priority to agreement between teacher and principal "
                "on all transfers, voluntary and involuntary. Forced placement remains "
                "possible but, according to the report, is not the district's current "
                "practice.",
                locator("002", "2056-2061"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Local modification by staff vote",
                "A school may modify aspects of the agreement locally if 80 percent of its "
                "staff approve.",
                locator("004", "224"),
                parties="Baltimore City district and teachers' union",
                year=2010,
            ),
        ],
        "rights": _rights_summary("002", "004"),
        "documents": [
            _doc(
                "Baltimore 2010-2013 agreement: summary of key provisions",
                "baltimore-2010-2013-key-provisions.pdf",
                [
                    (
                        "About this summary",
                        "SameSide prepared this summary from Figure 20 and related figures "
                        "of Bluestone and Kochan's 2011 Boston Foundation report, with "
                        "details from the U.S. Department of Education's 2012 white paper. "
                        "It paraphrases the agreement; it is not the agreement's text. "
                        "Article numbers other than Section 5.2 are not stated in the source.",
                    ),
                    (
                        "The program",
                        "The 2010-2013 agreement created the Baltimore Professional "
                        "Practices and Student Learning Program (BPPSLP), a professional "
                        "development program run jointly by the district and the union to "
                        "raise teacher effectiveness and student achievement. Section 5.2 "
                        "says both parties expect it to build teacher and staff leadership, "
                        "give staff a share of decision-making and reward their work.",
                    ),
                    (
                        "Joint Oversight Committee",
                        "Ten members: five named by the Board and five by the union, "
                        "including the CEO, the union president and their designees. The "
                        "committee oversees all planning, development and implementation.",
                    ),
                    (
                        "Committee duties",
                        "Define the program's scope and objectives. Assess students' needs "
                        "and staff capacity. Decide which professional activities are "
                        "evaluated and count toward pay decisions. Build and oversee a "
                        "system for reliable principal evaluations, including inter-rater "
                        "reliability checks on observations. Investigate worksites where "
                        "the share of lower ratings rises significantly from one year to "
                        "the next, through representatives of the CEO and the union "
                        "president. Select and oversee Professional Peer Review committees; "
                        "teachers apply through the union president. Certify readiness and "
                        "that the district has the resources to sustain the program.",
                    ),
                    (
                        "Evidence test and sunset",
                        "By January 30, 2013 the committee had to certify evidence that the "
                        "program improved practice, learning and career advancement, shown "
                        "by movement on the pay intervals and pathways and by lead teacher "
                        "placements. Otherwise the program ends on that date and pay "
                        "reverts to a step-and-lane scale with no loss of salary or "
                        "benefits. Whether certification happened is not stated in the "
                        "source.",
                    ),
                    (
                        "Related provisions",
                        "Four-tier career ladder (Standard, Professional, Model, Lead "
                        "Teacher) in place of salary lanes; achievement units tied to "
                        "evaluation; annual evaluation of all teachers, with state law "
                        "requiring student growth data to inform 50 percent of the rating; "
                        "transfers based on teacher-principal agreement; local changes to "
                        "the agreement allowed with 80 percent staff approval.",
                    ),
                    (
                        "Sources",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 1777-1779, 1967-1972, "
                        "2056-2061 and 2319-2383. Seed 004 (U.S. Department of Education, "
                        "2012), lines 222-228 and 276.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "2319-2383"),
            cite("002", "1777-1779"),
            cite("002", "1967-1972"),
            cite("002", "2056-2061"),
            cite("004", "222-228"),
            cite("004", "276"),
            cite("004", "170"),
        ],
        "related_case_studies": ["baltimore-career-pathways"],
    },
    {
        "slug": "saint-paul-restructured-schools-staffing",
        "title": "Saint Paul: staffing and transfer language for Restructured Schools",
        "resource_type": "contract_language",
        "summary": (
            "Collective bargaining language from Saint Paul Public Schools and the Saint "
            "Paul Federation of Teachers that lets designated Restructured Schools choose "
            "their staff and redesign work rules and schedules, while teachers stay in the "
            "bargaining unit and those not selected are transferred under the contract."
        ),
        "body": (
            "What it is: a summary of the Saint Paul contract language reproduced in "
            "Figure 18 of the 2011 Boston Foundation report, where it illustrates the kind "
            "of provisions districts and unions negotiate to show a shared commitment to "
            "experimenting with pilot, turnaround or restructured schools and to settle how "
            "those schools are staffed.\n\n"
            "What the language provides:\n"
            "- A shared goal: restructuring schools, when needed, is one way the district "
            "and union will pursue success for all students.\n"
            "- Freedom for Restructured Schools to choose their staff, build new cultures "
            "of performance and learning, redesign work rules, change the length of the "
            "instructional day and year, change schedules, improve instruction and "
            "recognize effective teachers and leaders within state and federal rules.\n"
            "- Collaboration between teachers and administrators, and a voice for "
            "teachers, other staff and parents in designing programs and work rules.\n"
            "- Continued membership in the teachers' bargaining unit and continued "
            "employment with the district for teachers who work in these schools.\n"
            "- Voluntary participation: once a school is designated and an Election to "
            "Work Agreement is approved, current teachers are invited to apply to stay, and "
            "the principal and/or Superintendent decide whom to accept.\n"
            "- Transfer of teachers who are not selected to other district positions "
            "through the contract's voluntary and involuntary transfer processes.\n\n"
            "How to use it: compare it with the Sacramento Priority Schools MOU and the "
            "turnaround provisions checklist. The language is short and enabling: it sets "
            "the principles and leaves the details of each school's arrangements to its "
            "Election to Work Agreement.\n\n"
            "Not stated in the source: the year of the agreement, its article or section "
            "numbers, the contents of an Election to Work Agreement, how many schools were "
            "designated, and the state. The report's source line calls the union the 'St. "
            "Paul Federation of Teachers'; the language itself says 'Saint Paul'."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing"],
        "organizations": ["saint-paul-public-schools", "saint-paul-federation-of-teachers"],
        "clauses": [
            _clause(
                "Shared purpose",
                "one of the approaches to achieving the mutual goal of ensuring success for "
                "all students is to work together to restructure schools when it is deemed "
                "necessary.",
                locator("002", "2209-2210"),
                verbatim=True,
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Flexibilities for Restructured Schools",
                "Restructured Schools must be free to choose their own staff, develop new "
                "cultures of performance and learning, redesign work rules, change the "
                "length of the instructional day and year, change scheduling, improve "
                "instructional programs and teaching methods, and recognize teacher and "
                "leader effectiveness in line with state and federal guidelines and law.",
                locator("002", "2210-2214"),
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Voice in program design",
                "Teachers, other school staff, and parents shall have a voice in designing "
                "programs and determining work rules that are likely to be successful in "
                "such schools.",
                locator("002", "2217-2218"),
                verbatim=True,
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Union membership and employment preserved",
                "Teachers who choose and are selected to work in a Restructured School keep "
                "full membership of the Saint Paul Federation of Teachers bargaining unit "
                "and remain employees of Saint Paul Public Schools.",
                locator("002", "2220-2222"),
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Voluntary participation",
                "Teachers shall work in Restructured Schools on a voluntary basis.",
                locator("002", "2224"),
                verbatim=True,
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Application and selection",
                "When a school is designated and an approved Election to Work Agreement is "
                "in place, its current teachers are invited to apply to remain. The "
                "principal and/or Superintendent decide which applicants are accepted, and "
                "the Election to Work Agreement sets out the application and selection "
                "process.",
                locator("002", "2224-2228"),
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
            _clause(
                "Teachers not selected",
                "Teachers at a school being restructured who are not selected are "
                "transferred to another district teaching position through the voluntary "
                "and involuntary transfer processes in the labor agreement.",
                locator("002", "2230-2232"),
                parties="Saint Paul Public Schools and Saint Paul Federation of Teachers",
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Saint Paul Restructured Schools staffing language: summary",
                "saint-paul-restructured-schools-staffing.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's paraphrase of the staffing and transfer provisions for "
                        "Restructured Schools in the collective bargaining agreement "
                        "between Saint Paul Public Schools and the Saint Paul Federation of "
                        "Teachers, as reproduced in Figure 18 of Bluestone and Kochan's "
                        "2011 report. The year and article numbers are not stated in the "
                        "source.",
                    ),
                    (
                        "Purpose",
                        "The district and union agree that restructuring schools, when "
                        "necessary, is one way to pursue their shared goal of success for "
                        "every student.",
                    ),
                    (
                        "What a Restructured School may change",
                        "Its staff, its culture of performance and learning, its work "
                        "rules, the length of the instructional day and year, its schedule, "
                        "its instructional programs and methods, and how it recognizes "
                        "effective teachers and leaders, within state and federal rules.",
                    ),
                    (
                        "Voice and collaboration",
                        "Teachers and administrators are expected to work together. "
                        "Teachers, other staff and parents have a say in program design and "
                        "work rules.",
                    ),
                    (
                        "Protections",
                        "Teachers in these schools stay in the bargaining unit and remain "
                        "district employees. Work in a Restructured School is voluntary. "
                        "Teachers who are not selected move to other district positions "
                        "under the contract's transfer processes.",
                    ),
                    (
                        "Selection",
                        "After designation and approval of an Election to Work Agreement, "
                        "current staff may apply to stay; the principal and/or "
                        "Superintendent choose among applicants. The Election to Work "
                        "Agreement explains the process. Its contents are not stated in the "
                        "source.",
                    ),
                    (
                        "Source",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 2110-2115 and 2205-2234.",
                    ),
                ],
            )
        ],
        "citations": [cite("002", "2205-2234"), cite("002", "2110-2115")],
        "related_case_studies": ["saint-paul-restructured-schools"],
    },
    {
        "slug": "sacramento-priority-schools-mou",
        "title": "Sacramento Priority Schools MOU (2010)",
        "resource_type": "mou",
        "summary": (
            "A 2010 memorandum of understanding between the Sacramento school district and "
            "the Sacramento Teachers Association that let six low-performing 'Priority "
            "Schools' be restaffed through voluntary reassignment, while protecting the new "
            "teachers from future staff cuts and honoring the existing contract."
        ),
        "body": (
            "Background: in 2009, after nearly half of the district's schools were "
            "designated underperforming under state standards, the school board hired a new "
            "superintendent with a mandate to improve them. Talks between the new "
            "superintendent, the Sacramento Teachers Association and a second union "
            "representing other school staff produced a plan to pick a manageable number of "
            "failing schools for a pilot 'priority schools' initiative.\n\n"
            "What was agreed:\n"
            "- The superintendent could choose six new principals with the leadership "
            "skills to change the culture of the selected schools.\n"
            "- Those principals could recruit teachers who wanted to join the turnaround.\n"
            "- Existing staff could stay and work in the new environment or move to "
            "another school.\n"
            "- The MOU, signed in 2010 by the district and the Sacramento Teachers "
            "Association, provided for voluntary reassignment of teachers at the six "
            "schools.\n"
            "- Teachers newly placed in the six schools are protected from future "
            "district-wide staff reductions, whatever their seniority, so that staffing "
            "stays stable while the schools work to improve.\n"
            "- The MOU did this while honoring the existing contract and the right of "
            "current staff to seek assignments in other schools.\n\n"
            "Results reported: most of the staff turned over between the end of the 2010 "
            "and 2011 school years; every former staff member was reassigned to another "
            "school in the district; and, on the first two years of data, each of the six "
            "schools made what the report calls dramatic improvements in test scores, "
            "attendance and discipline. No figures are given, and the account rests on "
            "interviews with district officials held June-September 2011.\n\n"
            "How to use it: this is a compact model for restaffing a small set of "
            "turnaround schools inside an existing contract. Read it with the Saint Paul "
            "Restructured Schools language and the turnaround provisions checklist.\n\n"
            "Not stated in the source: the MOU's full text, its section numbers, its "
            "duration, the number of teachers involved and how the schools were chosen. "
            "The report prints the district's name as 'Sacramento City United School "
            "District'."
        ),
        "start_year": 2010,
        "end_year": None,
        "states": ["CA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": True,
        "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing"],
        "organizations": ["sacramento-city-unified", "sacramento-teachers-association"],
        "clauses": [
            _clause(
                "Voluntary reassignment at six schools",
                "The District and the Sacramento Teachers Association signed a Memorandum "
                "of Understanding in 2010 providing for voluntary reassignment of teachers "
                "at the six 'Priority Schools'.",
                locator("002", "2174-2175"),
                verbatim=True,
                parties="Sacramento school district and Sacramento Teachers Association",
                year=2010,
            ),
            _clause(
                "New principals and staff choice",
                "The superintendent selects six new principals, who may recruit teachers "
                "wanting to join the turnaround; current staff may stay in the new "
                "arrangement or transfer to another school.",
                locator("002", "2169-2172"),
                parties="Sacramento school district and Sacramento Teachers Association",
                year=2010,
            ),
            _clause(
                "Stability for the new staff",
                "Teachers newly placed in the Priority Schools are protected from future "
                "district staff reductions regardless of seniority, to keep the schools' "
                "staffing continuous while they work to improve.",
                locator("002", "2177-2179"),
                parties="Sacramento school district and Sacramento Teachers Association",
                year=2010,
            ),
            _clause(
                "Existing contract honored",
                "The MOU allows almost entirely new teaching staffs at the Priority Schools "
                "while honoring the existing contract and the right of current staff to "
                "seek teaching assignments in other schools.",
                locator("002", "2182-2184"),
                parties="Sacramento school district and Sacramento Teachers Association",
                year=2010,
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Sacramento Priority Schools MOU (2010): terms and results",
                "sacramento-priority-schools-mou-2010.pdf",
                [
                    (
                        "About this document",
                        "SameSide's summary of the memorandum of understanding described in "
                        "Figure 17, 'The Sacramento Pilot School Experiment', of Bluestone "
                        "and Kochan's 2011 Boston Foundation report. The figure is based on "
                        "interviews with district officials conducted by Senior Research "
                        "Associate Russ Eckel between June and September 2011. The MOU's "
                        "own text is not reproduced in the source.",
                    ),
                    (
                        "How the initiative began",
                        "In 2009 nearly half of the district's schools were labelled "
                        "underperforming against standards set by the California "
                        "Department of Education. The District Board hired a new "
                        "superintendent with a mandate to improve them. Discussions among "
                        "the superintendent, the Sacramento Teachers Association and SEIU, "
                        "which represents the allied trades in the schools, led to a pilot "
                        "initiative in a manageable sample of failing schools.",
                    ),
                    (
                        "Terms of the memorandum",
                        "Signed in 2010 by the district and the Sacramento Teachers "
                        "Association. Six Priority Schools, each led by a newly selected "
                        "principal chosen for the leadership skills to bring about real "
                        "culture change. Principals recruit teachers who want to join the "
                        "effort. Voluntary reassignment: existing staff choose to stay in "
                        "the experimental environment or transfer elsewhere. The new "
                        "teachers are shielded from future redundancies in the district "
                        "regardless of seniority, so that staffing stays continuous during "
                        "the turnaround. The existing contract and the reassignment rights "
                        "of current staff are respected.",
                    ),
                    (
                        "What happened",
                        "A majority of staff turned over between the end of the 2010 and "
                        "2011 school years. All former staff were successfully reassigned "
                        "to other district schools. Using the first two years of data, each "
                        "of the six schools reported dramatic gains in student test scores, "
                        "attendance and discipline measures; the source gives no numbers.",
                    ),
                    (
                        "Questions for teams adapting this MOU",
                        "How will the turnaround schools be chosen? Who selects the "
                        "principals, and on what criteria? How will current staff be told "
                        "of their options and supported if they move? What protection from "
                        "layoffs will new staff have, and for how long? How will results be "
                        "measured and reported?",
                    ),
                    (
                        "Not stated in the source",
                        "The MOU's duration and section numbers, the number of teachers "
                        "reassigned, and the size of the test-score, attendance and "
                        "discipline improvements. The report prints the district's name as "
                        "'Sacramento City United School District'.",
                    ),
                    (
                        "Source",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 2107-2110 and 2158-2190.",
                    ),
                ],
            )
        ],
        "citations": [cite("002", "2158-2190"), cite("002", "2107-2110")],
        "related_case_studies": ["sacramento-priority-schools"],
    },
    {
        "slug": "boston-contract-preamble",
        "title": "Boston Teachers Union 2006-2010 contract: 'A Shared Commitment to "
        "Educational Achievement'",
        "resource_type": "contract_language",
        "summary": (
            "The preamble of the 2006-2010 contract between the Boston School Committee and "
            "the Boston Teachers Union commits both sides to school-based decision-making, "
            "flexibility, professional development and accountability for quality and "
            "performance."
        ),
        "body": (
            "What it is: the preamble of the 2006-2010 Boston Teachers Union contract, as "
            "described and briefly quoted in Bluestone and Kochan's 2011 report. The "
            "authors use it to show that Boston already had, on paper, a commitment to "
            "shared governance and problem solving.\n\n"
            "What the preamble says: it is titled 'A Shared Commitment to Educational "
            "Achievement'. It observes that although Boston ranks among the best urban "
            "school systems in the country, that is not good enough. It stresses the "
            "importance of school-based decision-making, flexibility, professional "
            "development, and accountability for quality and performance, and the contract "
            "commits the union and the School Committee to work toward these goals.\n\n"
            "The authors' critique: the same contract then devotes 80 pages to staffing and "
            "working conditions. Whatever their intent, the authors argue, such provisions "
            "often reduce flexibility and undermine school-based decision-making, making "
            "the preamble's goals harder to reach. Their report proposes an approach meant "
            "to deliver on the preamble's pledges.\n\n"
            "How to use it: a preamble is a natural place to state shared goals. Use this "
            "example to test your own agreement: do the operative articles support the "
            "goals the preamble sets? Later Boston developments, including the 2014 "
            "agreement on extended learning time between the union, the Boston School "
            "Department and the mayor, are described in the Boston extended learning time "
            "case study.\n\n"
            "Not stated in the source: the preamble's full text and the article numbers of "
            "the staffing and working-conditions provisions."
        ),
        "start_year": 2006,
        "end_year": 2010,
        "states": ["MA"],
        "locale": "urban",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["school-level-collaboration", "joint-committees", "professional-development"],
        "organizations": ["boston-public-schools", "boston-teachers-union"],
        "clauses": [
            _clause(
                "Title of the preamble",
                "A Shared Commitment to Educational Achievement",
                locator("002", "699-700"),
                verbatim=True,
                parties="Boston School Committee and Boston Teachers Union",
                year=2006,
                section="Preamble",
            ),
            _clause(
                "Not good enough",
                "being the best, in this case, is not good enough.",
                locator("002", "702-703"),
                verbatim=True,
                parties="Boston School Committee and Boston Teachers Union",
                year=2006,
                section="Preamble",
            ),
            _clause(
                "Four commitments",
                "The preamble stresses the importance of school-based decision-making, of "
                "flexibility, of professional development, and of accountability for "
                "quality and performance.",
                locator("002", "703-707"),
                parties="Boston School Committee and Boston Teachers Union",
                year=2006,
                section="Preamble",
            ),
            _clause(
                "Joint commitment",
                "The contract commits the union and the School Committee to work toward "
                "fulfilling these goals.",
                locator("002", "707-709"),
                parties="Boston School Committee and Boston Teachers Union",
                year=2006,
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Boston 2006-2010 contract preamble: summary and commentary",
                "boston-2006-2010-contract-preamble.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of the preamble to the 2006-2010 contract "
                        "between the Boston School Committee and the Boston Teachers Union, "
                        "based on the description in Bluestone and Kochan's 2011 report. "
                        "The preamble's full text is not reproduced in the source.",
                    ),
                    (
                        "What the preamble commits to",
                        "Titled 'A Shared Commitment to Educational Achievement', it "
                        "acknowledges Boston's standing among urban systems but says that "
                        "standing is not enough. It names four priorities: decisions made "
                        "at the school, flexibility, professional development, and "
                        "accountability for quality and performance. Both parties commit to "
                        "work toward them.",
                    ),
                    (
                        "The authors' critique",
                        "The contract's 80 pages on staffing and working conditions, in "
                        "the authors' view, often reduce flexibility and undercut "
                        "school-based decisions, working against the preamble.",
                    ),
                    (
                        "Questions for your own agreement",
                        "Which of our articles help schools make their own decisions? "
                        "Which get in the way? Where could a joint committee at each school "
                        "resolve issues as they arise instead of detailed rules? How will "
                        "we show progress on the goals we state up front?",
                    ),
                    (
                        "Source",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 235-248, 323-333 and 698-720.",
                    ),
                ],
            )
        ],
        "citations": [cite("002", "698-720"), cite("002", "323-333"), cite("002", "235-248")],
        "related_case_studies": ["boston-extended-learning-time"],
    },
]


# ---------------------------------------------------------------------------
# Toolkits and templates (required slugs)
# ---------------------------------------------------------------------------

_TOOLKITS = [
    {
        "slug": "ibb-five-phases",
        "title": "The five phases of interest-based bargaining",
        "resource_type": "toolkit",
        "summary": (
            "A phase-by-phase guide to interest-based bargaining (IBB), from preparing to "
            "bargain through implementing and sustaining the agreement, based on the "
            "training seminar model described in the 2011 Boston Foundation report."
        ),
        "body": (
            "What interest-based bargaining is: Bluestone and Kochan describe IBB as basic "
            "problem solving applied to negotiation. The parties state the problem in terms "
            "of each side's interests, analyze data together to find root causes and "
            "alternatives, agree criteria for choosing among the alternatives, choose an "
            "option, and then implement, monitor and evaluate the result. Traditional "
            "bargaining instead starts from demands and counter-demands and inches toward a "
            "compromise that ends in a detailed, often rigid contract; under IBB the "
            "agreement is the start of continuing joint problem solving.\n\n"
            "The five phases: the report says people who negotiate under IBB need intensive "
            "training in five phases of the bargaining process:\n"
            "- 1. Preparing to bargain over a new agreement.\n"
            "- 2. Bargaining over how to bargain: agreeing the protocols and timetable.\n"
            "- 3. Open exploration of each side's own and shared interests.\n"
            "- 4. Agreeing on focus issues.\n"
            "- 5. Implementing and sustaining the agreement.\n\n"
            "The phases come from a long-running training seminar designed by Joel "
            "Cutcher-Gershenfeld, Robert McKersie, Nancy Peace and Thomas Kochan (MIT "
            "Institute for Work and Employment Research, October 2010). In that seminar "
            "each phase has its own detailed toolkit or checklist. The checklist for "
            "bargaining over how to bargain covers when and how to use sub-committees, the "
            "facilitator's role, brainstorming, caucuses, and communications between the "
            "teams and with constituents and the media. The checklist for implementing and "
            "sustaining includes a worksheet on who, what, when, where, why and how the "
            "parties will carry out what they agreed (see the '5 Ws and How' worksheet).\n\n"
            "How to use this toolkit: work through the phases in order with both bargaining "
            "teams and a facilitator. The downloadable guide groups the IBB techniques and "
            "implementation steps from the same report under each phase, with questions to "
            "answer before moving on. That grouping is SameSide's; the source lists the "
            "techniques and steps separately.\n\n"
            "Cautions from the source: the authors call IBB neither a panacea nor a single "
            "best way. It needs strong joint commitment and a great deal of communication "
            "with constituents, parents and the media, and many parties mix IBB techniques "
            "with traditional bargaining. Joint study committees set up well before "
            "negotiations are especially useful for bringing data from other settings to "
            "the chief bargainers. Leadership turnover can undo the gains. In the source's "
            "Figure 23 the phases are printed out of order; this guide follows the order in "
            "the report's text."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_adapted("002"),
        "documents": [
            _doc(
                "Five phases of interest-based bargaining: a working guide",
                "ibb-five-phases-guide.pdf",
                [
                    (
                        "How to use this guide",
                        "Use it with both bargaining teams, ideally with a facilitator. "
                        "Each phase lists what the source says belongs there and questions "
                        "to settle before moving on. SameSide grouped the techniques and "
                        "implementation steps under the phases; the source presents them "
                        "as separate lists.",
                    ),
                    (
                        "Phase 1: Prepare",
                        "Hold orientation sessions for a broad cross-section of "
                        "constituents before committing to IBB, to build awareness and win "
                        "agreement to try it. Give the bargaining teams intensive training "
                        "in IBB techniques, behaviors and concepts. Consider joint study "
                        "committees, set up well before negotiations, to gather data from "
                        "other districts. Questions: Who needs orientation? Who will train "
                        "the teams? What data do we need?",
                    ),
                    (
                        "Phase 2: Bargain over how to bargain",
                        "Agree ground rules for behavior and the protocols and timetable "
                        "that will govern the process. Decide when and how to use "
                        "sub-committees, what the facilitator will do, how brainstorming "
                        "and caucuses will work, and how the teams will communicate with "
                        "each other, with constituents and with the media. Agree a clear "
                        "process for identifying information needs and sources and for "
                        "analyzing the information. See the ground rules template.",
                    ),
                    (
                        "Phase 3: Open and explore",
                        "Describe each issue as a problem statement. Share all information "
                        "relevant to it. Discuss the interests the parties share and those "
                        "they hold separately. Brainstorm a range of options.",
                    ),
                    (
                        "Phase 4: Focus and agree",
                        "Collect, present and prioritize the issues through an agreed "
                        "process. Narrow the options using criteria or standards developed "
                        "together. Use consensus to choose the options that best meet both "
                        "parties' interests.",
                    ),
                    (
                        "Phase 5: Implement and sustain",
                        "For each agreement, record who will do what, when, where, why and "
                        "how (see the '5 Ws and How' worksheet). Train constituents after "
                        "bargaining in putting the contract into effect and in using IBB "
                        "techniques in contract administration, so the agreements and the "
                        "problem-solving process both take root.",
                    ),
                    (
                        "Sources",
                        "Seed 002 (Bluestone and Kochan, 2011): the five phases, lines "
                        "346-360 and Figure 23 at lines 2542-2568; IBB techniques (Figure "
                        "21, after Sally Klingel, Cornell/ILR, 2003), lines 2385-2410; "
                        "implementation steps (Figure 22), lines 2412-2434; the seminar "
                        "checklists, lines 2480-2498; cautions, lines 2575-2620.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "300-321"),
            cite("002", "346-360"),
            cite("002", "2456-2498"),
            cite("002", "2542-2568"),
            cite("002", "2575-2620"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "ibb-ground-rules",
        "title": "Ground rules and protocols for interest-based bargaining (template)",
        "resource_type": "template",
        "summary": (
            "A fill-in template for agreeing ground rules, protocols and a timetable before "
            "bargaining starts, built from the IBB techniques and implementation steps in "
            "the Boston Foundation report and from practices districts described to WestEd."
        ),
        "body": (
            "Why ground rules: the steps for implementing interest-based bargaining in the "
            "2011 Boston Foundation report include developing clear ground rules for "
            "behavior and protocols before bargaining begins, and using facilitators to "
            "help craft the protocols and guide the sessions. The authors also recommend "
            "that the parties agree protocols and fixed timetables for negotiation, "
            "facilitation and resolution, along with ways to hold each side accountable "
            "for implementing what it agrees.\n\n"
            "What districts told WestEd: leaders interviewed after the 2011 Denver "
            "conference said trust grew from transparent budget information, advance "
            "notice of meetings and explicit ground rules for decision-making. WestEd "
            "recommends that labor and management leaders develop and write down norms, "
            "ground rules and procedures for discussing difficult topics, and make them "
            "visible. One district described its IBB process: an opening round of three "
            "full days at a neutral site, time spent explaining the process, two "
            "facilitators, all issues and information on the table, easier issues first, "
            "and sub-committees for hard issues that always report back to the full group. "
            "Another adopted a norm of presumed trust: assume the other person means well, "
            "even when you disagree.\n\n"
            "How to use the template: complete it together during the 'bargain over how to "
            "bargain' phase, with your facilitator. Fill in every blank, sign it, share it "
            "with constituents and revisit it if the process stalls. The headings follow "
            "the source material; the specific rules are yours to write."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_adapted("002", "003"),
        "documents": [
            _doc(
                "IBB ground rules and protocols: template",
                "ibb-ground-rules-template.docx",
                [
                    (
                        "Parties and purpose",
                        "District: ________. Union: ________. Agreement to be negotiated: "
                        "________. We agree to use interest-based bargaining and to follow "
                        "these ground rules and protocols until the agreement is ratified "
                        "or we jointly revise them.",
                    ),
                    (
                        "Techniques we will use",
                        "We will state each issue as a problem; share all relevant "
                        "information; discuss our shared and separate interests; "
                        "brainstorm options; narrow them with criteria we develop "
                        "together; and decide by consensus. Our definition of consensus: "
                        "________.",
                    ),
                    (
                        "How we will treat each other",
                        "Our norms for behavior at the table: ________. How we will raise "
                        "and handle disagreement: ________. A starting assumption some "
                        "districts use is 'presumed trust': each side assumes the other "
                        "means well. Will we adopt it? ________.",
                    ),
                    (
                        "Information and data",
                        "Information each side will bring (including budget figures): "
                        "________. How we will identify what else we need and who will "
                        "gather and analyze it: ________. Joint study or data teams: "
                        "________.",
                    ),
                    (
                        "Sub-committees and caucuses",
                        "Issues to send to sub-committees: ________. Sub-committees report "
                        "back to the full group by: ________. When either side may call a "
                        "caucus, and for how long: ________.",
                    ),
                    (
                        "Facilitation",
                        "Facilitator(s): ________. How they were chosen (by both sides): "
                        "________. What they will do in sessions: ________.",
                    ),
                    (
                        "Communication",
                        "Between the teams between sessions: ________. With our members "
                        "and constituents: ________. With parents and the media, and who "
                        "speaks for the process: ________.",
                    ),
                    (
                        "Timetable and venue",
                        "Opening sessions (dates, length, neutral venue): ________. Regular "
                        "session schedule: ________. Target date for a tentative agreement: "
                        "________. What we do if we miss it: ________.",
                    ),
                    (
                        "After agreement",
                        "How we will plan implementation (see the '5 Ws and How' "
                        "worksheet): ________. Training for constituents on the new "
                        "contract and on using problem solving during its term: ________.",
                    ),
                    (
                        "Sign-off",
                        "Signed for the district: ________  Date: ____. Signed for the "
                        "union: ________  Date: ____. Facilitator: ________.",
                    ),
                    (
                        "Sources",
                        "Adapted from seed 002 (Bluestone and Kochan, 2011), lines 132-136, "
                        "678-680 and 2385-2434, and seed 003 (Futernick and others, 2012), "
                        "lines 226-232, 244-250 and 445.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "2385-2434"),
            cite("002", "132-136"),
            cite("002", "678-680"),
            cite("003", "226-232"),
            cite("003", "244-250"),
            cite("003", "445"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "five-ws-and-how-worksheet",
        "title": "'5 Ws and How' accountability worksheet (template)",
        "resource_type": "template",
        "summary": (
            "A worksheet that turns each item of a new agreement into a concrete plan by "
            "recording who, what, when, where, why and how, adapted from the implementation "
            "checklist described in the 2011 Boston Foundation report."
        ),
        "body": (
            "Where it comes from: the Boston Foundation report describes an interest-based "
            "negotiation training seminar whose final phase, implementing and sustaining "
            "the agreement, has a checklist with a worksheet for holding the parties "
            "accountable. It asks them to spell out the '5Ws and How', meaning who, what, "
            "when, where, why and how they will carry out each agreement. The report names "
            "the worksheet but does not reproduce it, so SameSide built this version from "
            "that description.\n\n"
            "Why it matters: the same report recommends agreed ways of holding each party "
            "accountable for implementing agreements. WestEd's study of districts after the "
            "2011 Denver conference found that half-hearted or poorly implemented "
            "collaboration can do more harm than good, and recommends detailed plans, "
            "frequent monitoring and early intervention when problems arise, as well as "
            "recording decisions and keeping constituents informed.\n\n"
            "How to use it: fill in one sheet for each agreement item right after "
            "ratification, with both sides in the room. Review the sheets at each joint "
            "meeting during the term of the agreement."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "joint-committees"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_adapted("002", "003"),
        "documents": [
            _doc(
                "'5 Ws and How' accountability worksheet",
                "five-ws-and-how-worksheet.docx",
                [
                    (
                        "How to use this worksheet",
                        "Complete one worksheet for each item in the agreement, jointly, "
                        "soon after ratification. Keep the completed sheets with the "
                        "agreement and review them at every joint meeting.",
                    ),
                    (
                        "Agreement item",
                        "Article or section: ________. What we agreed, in one sentence: ________.",
                    ),
                    (
                        "Who",
                        "Lead from the district: ________. Lead from the union: ________. "
                        "Others responsible (principals, teachers, committees): ________. "
                        "Who must be told: ________.",
                    ),
                    (
                        "What",
                        "The specific actions that put this item into effect: ________. "
                        "What will be different for teachers and students when it is done: "
                        "________.",
                    ),
                    (
                        "When",
                        "Start date: ________. Milestones: ________. Completion or review "
                        "date: ________.",
                    ),
                    (
                        "Where",
                        "District-wide, selected schools or a pilot: ________. Which "
                        "schools or offices: ________.",
                    ),
                    (
                        "Why",
                        "The interests this item serves for each side: ________. The "
                        "student outcome it is meant to improve: ________.",
                    ),
                    (
                        "How",
                        "Resources needed (time, money, training, facilitation): ________. "
                        "How we will know it is working (evidence and who collects it): "
                        "________. How we will resolve problems that arise: ________.",
                    ),
                    (
                        "Checking progress",
                        "Date reviewed: ____. Status: not started / under way / done / "
                        "stuck. If stuck, what we will do and who will do it: ________.",
                    ),
                    ("Sign-off", "District: ________  Union: ________  Date: ____."),
                    (
                        "Sources",
                        "Adapted from seed 002 (Bluestone and Kochan, 2011), lines 132-136 "
                        "and 2494-2498, and seed 003 (Futernick and others, 2012), lines "
                        "326-328, 447 and 455.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "2494-2498"),
            cite("002", "132-136"),
            cite("003", "326-328"),
            cite("003", "447"),
            cite("003", "455"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "action-plan-template",
        "title": "Labor-management team action plan (template)",
        "resource_type": "template",
        "summary": (
            "An action-plan template for a district team of superintendent, union leader "
            "and school board president, modeled on the plans teams wrote at the 2011 "
            "Denver conference and on WestEd's findings about what helped those plans "
            "succeed."
        ),
        "body": (
            "Where it comes from: at the end of the February 2011 national labor-management "
            "conference in Denver, each district team (typically the superintendent, union "
            "leader and school board president) was asked to write an action plan listing "
            "the concrete steps it would take to advance collaboration. Attendees told "
            "WestEd that the time to develop these plans with colleagues was one of the most "
            "valuable parts of the conference, and some wanted more structure and "
            "facilitation for that work.\n\n"
            "What happened to the plans: about a year later, of the attendees WestEd "
            "surveyed, 30.7 percent said their team had not developed a plan, 18.1 percent "
            "had a plan but had implemented none of it, 34.6 percent had implemented some "
            "elements and 16.5 percent most or all of it.\n\n"
            "What helps: WestEd recommends giving teams time and facilitators to set goals "
            "and write detailed plans, letting them get feedback on their plans from other "
            "districts, and supporting them afterward with ways to share progress and ask "
            "questions. District leaders are advised to plan only after analyzing problems "
            "jointly and looking at relevant research, to proceed when they have the "
            "capacity to succeed, to monitor implementation often and step in early, and to "
            "record decisions and keep constituents informed.\n\n"
            "How to use the template: complete it as a team, ideally with a facilitator. "
            "The status scale in the template uses the four categories from WestEd's "
            "survey, so teams can compare their progress with what Denver teams reported."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "trust-and-communication"],
        "organizations": ["wested"],
        "clauses": [],
        "rights": _rights_adapted("003", "004"),
        "documents": [
            _doc(
                "Labor-management team action plan",
                "labor-management-action-plan-template.docx",
                [
                    (
                        "Our team",
                        "Superintendent: ________. Union leader: ________. School board "
                        "president: ________. Others (principals, teachers, staff, "
                        "parents): ________. Facilitator: ________.",
                    ),
                    (
                        "Our shared goal for students",
                        "The student outcome we will work on together: ________. How we "
                        "will know it has improved: ________.",
                    ),
                    (
                        "Focus areas",
                        "Tick the areas this plan addresses: strategic direction setting; "
                        "shared responsibility for academic outcomes; growth and "
                        "improvement of teachers and leaders; school design, schedules, "
                        "workload and time; teacher evaluation; administrator evaluation; "
                        "school board evaluation; transfer, assignment and reduction in "
                        "force; compensation and benefits; decision-making and problem "
                        "solving.",
                    ),
                    (
                        "What we know already",
                        "The problem as each of us sees it: ________. Data and research we "
                        "have looked at together: ________. Districts we have talked to: "
                        "________.",
                    ),
                    (
                        "Concrete steps",
                        "For each step: what we will do ________; who leads for the "
                        "district ________ and for the union ________; by when ________; "
                        "resources needed ________; evidence that it is done ________.",
                    ),
                    (
                        "What we need to succeed",
                        "Time and meeting schedule: ________. Neutral meeting place: "
                        "________. Substitute cover: ________. Facilitation or coaching: "
                        "________. Funding: ________.",
                    ),
                    (
                        "Keeping people informed",
                        "How we will record decisions: ________. How and when we will update "
                        "teachers, staff, the board and the community: ________.",
                    ),
                    (
                        "Status check",
                        "Date: ____. Choose one: no plan yet; plan written but nothing "
                        "implemented; some elements implemented; most or all elements "
                        "implemented. What is stuck and what we will do about it: ________.",
                    ),
                    (
                        "Feedback from peers",
                        "District that reviewed our plan: ________. Their suggestions: ________.",
                    ),
                    (
                        "Sources",
                        "Adapted from seed 003 (Futernick and others, 2012), lines 110, "
                        "160-194, 417-419, 447 and 455; focus areas from seed 004 (U.S. "
                        "Department of Education, 2012), lines 151-162.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("003", "160-194"),
            cite("003", "110"),
            cite("003", "417-419"),
            cite("003", "447-455"),
            cite("004", "151-162"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "par-program-design-guide",
        "title": "Designing a peer assistance and review (PAR) program",
        "resource_type": "toolkit",
        "summary": (
            "A design guide for peer assistance and review, drawing on the Toledo Plan, the "
            "model PAR structure in the Massachusetts Teachers Association's 2010 "
            "evaluation framework, and PAR variants from other districts."
        ),
        "body": (
            "Why districts turn to PAR: new evaluation rules, such as the Massachusetts "
            "requirement that principals evaluate every non-tenured teacher each year, "
            "raise the question of whether principals have time to do all the evaluations. "
            "Bringing teachers into evaluation and review is one answer, and it can build "
            "trust in the system. Peer assistance and review is the best-known way to do "
            "it; the Boston Foundation report says it is now used in over 100 districts.\n\n"
            "The Toledo model: after a strike in the late 1970s, frustration with teacher "
            "evaluation grew because principals were too busy to complete the classroom "
            "visits the contract required. Toledo Federation of Teachers president Dal "
            "Lawrence proposed peer review, support, mentoring and evaluation, and the "
            "Toledo Plan began in 1981. It mentors and evaluates new teachers, helps "
            "veterans improve, relies on teachers as internal consultants for professional "
            "development, and sits within wider joint work on student data, curriculum and "
            "pay. According to the U.S. Department of Education, consulting teachers get "
            "leave from their classrooms, make rating and status recommendations to a "
            "union-management Board of Review, and support teachers who need help; the "
            "district's human resources director found the peer evaluations more rigorous "
            "than principals' past evaluations.\n\n"
            "The MTA model structure (December 2010): PAR uses endorsed peer reviewers to "
            "reduce administrators' span of control. It works only where there is a clear, "
            "standards-based evaluation system and a positive labor-management "
            "relationship, and it takes time to set up. A PAR panel with equal numbers of "
            "teachers and administrators, recommended by their respective unions and "
            "appointed by the superintendent, confirms judgments that a teacher is unsatisfactory or "
            "exemplary, selects and evaluates consulting teachers, and makes personnel "
            "recommendations. Consulting teachers run a Novice Program for new teachers and "
            "an Intervention Program for veterans rated needs improvement or "
            "unsatisfactory. In Massachusetts, principals make the final hiring and firing "
            "decisions with the superintendent's approval, so the panel recommends but does "
            "not decide.\n\n"
            "Common features across districts: joint union-management design; student "
            "growth as one of several measures; master teachers in evaluation and "
            "mentoring; provision for dismissing teachers who keep underperforming; and "
            "links from PAR to professional development and pay.\n\n"
            "How to use this guide: the downloadable guide turns these sources into a "
            "sequence of design decisions, with examples of how Plattsburgh, Montgomery "
            "County, Hillsborough County, St. Francis and ABC Unified answered them.\n\n"
            "Notes on the source: the Boston Foundation report dates Toledo's PAR both to "
            "the 1970s (in its text) and to 1981 (in its Figure 10); the Department of "
            "Education also gives 1981."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["OH", "MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["peer-assistance-and-review", "teacher-evaluation", "professional-development"],
        "organizations": [
            "toledo-public-schools",
            "toledo-federation-of-teachers",
            "massachusetts-teachers-association",
        ],
        "clauses": [
            _clause(
                "Cost estimate (MTA framework)",
                "the cost is estimated at $4,000-$7,000 per teacher served.",
                locator("002", "1825-1826"),
                verbatim=True,
                parties="Massachusetts Teachers Association (framework document, not a contract)",
                year=2010,
            ),
            _clause(
                "PAR panel composition (MTA framework)",
                "The PAR panel has equal numbers of teachers and administrators, "
                "recommended by their respective unions and appointed by the "
                "superintendent.",
                locator("002", "1828-1829"),
                parties="Massachusetts Teachers Association (framework document, not a contract)",
                year=2010,
            ),
            _clause(
                "Final decisions (MTA framework)",
                "PAR panels do not, however, make the final personnel decisions.",
                locator("002", "1847"),
                verbatim=True,
                parties="Massachusetts Teachers Association (framework document, not a contract)",
                year=2010,
            ),
            _clause(
                "Consulting teacher evaluates new teachers (Plattsburgh)",
                "Every new teacher works with a consulting teacher who has full "
                "responsibility for the formal evaluation; the building administrator may "
                "do informal evaluations, and the PAR panel makes the final decisions.",
                locator("002", "1802-1805"),
                parties="Plattsburgh district and union (pilot)",
            ),
        ],
        "rights": _rights_adapted("002", "004"),
        "documents": [
            _doc(
                "Designing a PAR program: decisions and examples",
                "par-program-design-guide.pdf",
                [
                    (
                        "Are we ready?",
                        "The MTA framework says PAR works only where the district and union "
                        "have agreed a clear, standards-based evaluation system and have a "
                        "positive working relationship, and that it takes time to build. "
                        "Check both conditions before starting.",
                    ),
                    (
                        "Decision 1: governance",
                        "Set up a joint PAR panel. In the MTA model it has equal numbers of "
                        "teachers and administrators, recommended by their respective "
                        "unions and appointed by the superintendent. Toledo's consulting teachers "
                        "report to a union-management Board of Review.",
                    ),
                    (
                        "Decision 2: consulting teachers",
                        "Decide how exemplary teachers are recruited, interviewed, trained, "
                        "released from their classrooms and evaluated. In the MTA model the "
                        "panel does this; in Toledo consulting teachers take leave from the "
                        "classroom to mentor and observe.",
                    ),
                    (
                        "Decision 3: whom PAR serves",
                        "A novice track for new teachers (ongoing support, model lessons, "
                        "observation and feedback, progress reports and a recommendation on "
                        "continued employment) and an intervention track for veterans rated "
                        "needs improvement or unsatisfactory (an intensive plan with a "
                        "minimum number of formal observations, regular contact, analysis "
                        "of student data and demonstration lessons). Plattsburgh began with "
                        "novices only and planned to add struggling teachers.",
                    ),
                    (
                        "Decision 4: who decides",
                        "In Plattsburgh the PAR panel makes final decisions. Under "
                        "Massachusetts law, as the MTA notes, principals hire and fire with "
                        "the superintendent's approval, so the panel only recommends. "
                        "Montgomery County's PAR component provides for dismissal of "
                        "teachers who continue to fall short of the standard.",
                    ),
                    (
                        "Decision 5: links to development, pay and staffing",
                        "Every example in the source ties PAR to professional development "
                        "and compensation. Examples: Hillsborough's peer evaluators supply "
                        "30 percent of a teacher's rating; St. Francis's Performance Review "
                        "Teams tie the annual rating to pay advancement; ABC Unified's Peer "
                        "Assistance Support System serves struggling teachers and any who "
                        "ask for coaching; Montgomery County sets PAR inside a three-year "
                        "growth cycle.",
                    ),
                    (
                        "Decision 6: cost and funding",
                        "The MTA estimates $4,000-$7,000 per teacher served, some of which "
                        "could come from repurposed professional development funds. A study "
                        "cited by the U.S. Department of Education found PAR can help "
                        "contain the cost and time of thorough evaluation.",
                    ),
                    (
                        "Decision 7: checking quality",
                        "Plan how the panel will confirm judgments of unsatisfactory or "
                        "exemplary practice and how the district will check the reliability "
                        "of all evaluators. Baltimore's 2010 agreement, for example, asks a "
                        "joint committee to oversee inter-rater reliability.",
                    ),
                    (
                        "Sources",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 1666-1851 and "
                        "2354-2355; seed 004 (U.S. Department of Education, 2012), lines "
                        "199-214.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "1666-1758"),
            cite("002", "1760-1768"),
            cite("002", "1769-1812"),
            cite("002", "1818-1851"),
            cite("004", "199-214"),
            cite("002", "2354-2355"),
        ],
        "related_case_studies": [
            "toledo-peer-assistance-and-review",
            "plattsburgh-par",
            "montgomery-county-pgs",
            "hillsborough-evaluation",
            "st-francis-student-performance",
        ],
    },
]


# ---------------------------------------------------------------------------
# The five source reports (required slugs)
# ---------------------------------------------------------------------------

_REPORTS = [
    {
        "slug": "report-mep-first-two-years",
        "title": _title("000"),
        "resource_type": "research_report",
        "summary": (
            "Thomas Kochan, Barry Bluestone and Nancy Peace report on the Massachusetts "
            "Education Partnership's first two years: its bargaining and district capacity "
            "programs, and a 2014 statewide survey showing education leaders' views of "
            "collective bargaining and labor-management relations had improved since 2011."
        ),
        "body": (
            "What it covers: the report describes the Massachusetts Education Partnership "
            "(MEP), a labor-management consortium formed in 2012 after a white paper and "
            "statewide discussions showed that leaders wanted a more collaborative approach, "
            "in contrast to the conflict over bargaining rights in states such as Wisconsin. "
            "It sets out the partnership's four goals, its governing board, funders and "
            "staffing, its two core programs, its conferences and website, and the results "
            "of a March 2014 survey of education leaders.\n\n"
            "Main findings:\n"
            "- The Interest-Based Bargaining Institute trained teams from 34 districts "
            "serving about 98,000 students; 28 went on to MEP facilitation, 22 kept using "
            "IBB afterwards, two switched back to traditional bargaining, and 17 contracts "
            "were ratified using IBB practices. About 10 percent of the state's districts "
            "took part and 15 percent made inquiries or attended informational sessions.\n"
            "- The District Capacity Project worked with seven districts whose teams "
            "represent 5,000 educators serving 68,000 mostly urban students, on projects "
            "such as a teacher leadership program, a dual language school, dialogue and "
            "decision-making training, and a new educator evaluation system. Five of the "
            "seven districts took or planned IBB training.\n"
            "- In the survey of 372 leaders, 42 percent saw collective bargaining as a "
            "means of improving schools rather than an obstacle (36 percent in 2011), and "
            "73 percent were confident their labor-management relationship could support "
            "school improvement (40 percent in 2011).\n"
            "- Leaders who used IBB described their negotiations as far more collaborative "
            "and were more likely to meet regularly with their counterparts during the term "
            "of the agreement (60 percent against 37 percent).\n\n"
            "Conclusions: the authors say the partnership has strengthened dialogue and "
            "shown the value of intensive training and facilitation, but that much remains "
            "to be done, including a platform of services for peer learning and work on "
            "extended learning time, educator evaluation and the Common Core.\n\n"
            "Note: the report carries no publication date; its latest dates are March and "
            "July 2014."
        ),
        "start_year": SOURCES["000"]["year"],
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "district-capacity", "state-policy"],
        "organizations": [
            "massachusetts-education-partnership",
            "rennie-center",
            "massachusetts-teachers-association",
        ],
        "clauses": [],
        "rights": _rights_report("000"),
        "documents": [
            _doc(
                "MEP first two years: one-page summary",
                "mep-first-two-years-summary.pdf",
                [
                    (
                        "The report",
                        "Kochan, Bluestone and Peace, 'Massachusetts Education Partnership: "
                        "Results and Research from the First Two Years'. Covers the period "
                        "from the partnership's formation in 2012 to mid-2014.",
                    ),
                    (
                        "Programs",
                        "Interest-Based Bargaining Institute: training and facilitation for "
                        "bargaining teams, with an open-source curriculum. District Capacity "
                        "Project: facilitated teams working on a priority project during "
                        "the term of a contract. Annual statewide conferences of 200 to 400 "
                        "participants. In all, 115 districts serving roughly 505,000 "
                        "students were engaged.",
                    ),
                    (
                        "Survey headline figures (2014, with 2011 baseline)",
                        "Bargaining seen as a means to improvement: 42 percent (36 percent). "
                        "Confidence that the relationship can support improvement: 73 "
                        "percent (40 percent). IBB users rating talks very collaborative: 47 "
                        "percent, more than double non-users. Would use IBB again: 90 "
                        "percent definitely or maybe.",
                    ),
                    (
                        "Next steps named by the authors",
                        "A platform of services for peer learning; work on extended "
                        "learning time, educator evaluation and the Common Core; expansion "
                        "to other New England states.",
                    ),
                    ("Source", "Seed 000, lines 3-188."),
                ],
            )
        ],
        "citations": [
            cite("000", "3-188"),
            cite("000", "44-54"),
            cite("000", "56-80"),
            cite("000", "91-175"),
        ],
        "related_case_studies": ["mep-district-capacity-project"],
    },
    {
        "slug": "report-partnerships-and-student-performance",
        "title": "Union-management partnerships, teacher collaboration and student performance",
        "resource_type": "research_report",
        "summary": (
            "A research paper showing collaboration at three levels (the Massachusetts "
            "Education Partnership, Boston's extended learning time talks and the ABC "
            "Unified district in California) and finding that schools with stronger "
            "union-management partnerships had denser teacher collaboration and higher "
            "student performance."
        ),
        "body": (
            "What it covers: the paper contrasts market-based and test-based reform with an "
            "alternative built on union-management partnerships, and looks at the state, "
            "district and school levels. The file carries no title, author or date; it "
            "draws its ABC Unified material from work by Rubinstein and McCarthy.\n\n"
            "State level: it summarizes the Massachusetts Education Partnership's goals, "
            "programs and 2014 survey, including interview comments from districts trained "
            "in interest-based bargaining and one district where three more bargaining "
            "units adopted IBB and the joint committee began meeting weekly.\n\n"
            "Boston: leaders were once told to keep out of Boston because relations "
            "between the Boston Teachers Union and the city were too adversarial. After "
            "private meetings from December 2012 and the election of a new mayor in "
            "November 2013, talks on a longer school day were reframed as joint problem "
            "solving about teacher-led planning and professional development time. In "
            "December the parties announced an agreement to phase in the equivalent of a "
            "month of extra teaching time and more professional development for Boston's "
            "elementary students, and to train facilitators to support each school.\n\n"
            "ABC Unified: a partnership that grew out of a 1993 strike, built from 1999 by "
            "superintendent Ron Barnes and union president Laura Rico, deepened under later "
            "superintendents, and sustained by "
            "weekly leadership meetings, an annual joint retreat, school-level leadership "
            "teams and joint training.\n\n"
            "School-level study: across 26 ABC schools, a one-point rise in partnership "
            "quality on a four-point scale went with about 25 more points on California's "
            "Academic Performance Index and about 15 more points of improvement, after "
            "controlling for poverty. Schools with the strongest partnerships had "
            "communication networks almost twice as dense as the weakest (about 30 against "
            "17 percent), denser networks went with higher performance, and principals and "
            "union representatives in high-partnership schools talked more often and more "
            "informally.\n\n"
            "Recommendations: incentives and grants for district partnerships, learning "
            "networks linking experienced and new districts, state institutions for "
            "leadership training, state and regional conferences, and more research. The "
            "authors stress that more schools and districts, including ones without "
            "partnerships, need to be studied."
        ),
        "start_year": SOURCES["001"]["year"],
        "end_year": None,
        "states": ["MA", "CA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": True,
        "topics": [
            "student-achievement",
            "school-level-collaboration",
            "extended-learning-time",
            "interest-based-bargaining",
        ],
        "organizations": [
            "massachusetts-education-partnership",
            "boston-teachers-union",
            "boston-public-schools",
        ],
        "clauses": [],
        "rights": _rights_report("001"),
        "documents": [
            _doc(
                "Partnerships and student performance: one-page summary",
                "partnerships-student-performance-summary.pdf",
                [
                    (
                        "The paper",
                        "An untitled research paper on union-management partnerships, "
                        "teacher collaboration and student performance. Author and date are "
                        "not stated in the source.",
                    ),
                    (
                        "Three levels of collaboration",
                        "State: the Massachusetts Education Partnership. District: the ABC "
                        "Unified School District and ABC Federation of Teachers, and "
                        "Boston's agreement on extended learning time. School: a study of "
                        "26 ABC Unified schools.",
                    ),
                    (
                        "Key findings",
                        "Stronger school partnerships predicted higher performance and "
                        "greater improvement after accounting for poverty and school type; "
                        "denser communication among teachers about data, curriculum, "
                        "instruction and mentoring; and more frequent, less formal contact "
                        "between principals and union representatives.",
                    ),
                    (
                        "Policy recommendations",
                        "Incentives and grants for partnerships; cross-district learning "
                        "networks; state institutions for leadership training; state and "
                        "regional conferences; more research.",
                    ),
                    ("Source", "Seed 001, lines 1-1052."),
                ],
            )
        ],
        "citations": [
            cite("001", "1-1052"),
            cite("001", "240-288"),
            cite("001", "380-609"),
            cite("001", "741-983"),
            cite("001", "985-1045"),
        ],
        "related_case_studies": [
            "abc-unified-partnership",
            "boston-extended-learning-time",
            "mep-district-capacity-project",
        ],
    },
    {
        "slug": "report-collaborative-approaches-massachusetts",
        "title": _title("002"),
        "resource_type": "research_report",
        "summary": (
            "Barry Bluestone and Thomas Kochan's 2011 Boston Foundation report argues for a "
            "new labor-management system in Massachusetts public schools built on "
            "interest-based bargaining and school-level shared responsibility, drawing on a "
            "statewide survey, private-sector partnerships and district examples."
        ),
        "body": (
            "What it covers: written for The Boston Foundation amid fiscal crisis and new "
            "laws curbing public-sector bargaining in some other states, the report makes "
            "the case that Massachusetts can instead transform labor relations to improve "
            "schools. Other sources cite it under the title 'Toward a New Grand Bargain: "
            "Collaborative Approaches to Labor-Management Reform in Massachusetts' "
            "(October 2011).\n\n"
            "Evidence it draws on:\n"
            "- A baseline survey of superintendents, school committee members and union "
            "leaders showing wide dissatisfaction with bargaining, little discussion of "
            "evaluation or shared responsibility, and strong interest in problem-solving "
            "training.\n"
            "- The ten principles agreed at the February 2011 Denver conference.\n"
            "- Private-sector partnerships at Saturn, Ford and the UAW, Magma Copper and "
            "Kaiser Permanente, and research on productivity in transformed workplaces.\n"
            "- District practice in peer assistance and review, professional development, "
            "pay, transfers, turnaround and pilot schools and shared governance, with "
            "sample language from Baltimore, Saint Paul, Sacramento and others.\n"
            "- Massachusetts experience with interest-based bargaining.\n\n"
            "What it recommends: wider use of interest-based bargaining; agreed protocols "
            "and timetables; joint decision-making committees in every school in place of "
            "detailed work rules; evaluation combining peer review, principal assessment "
            "and student performance, linked through PAR to development, pay and staffing; "
            "district forums; and state support through a training and facilitation "
            "Academy, a multi-stakeholder oversight commission, an online learning network "
            "and a leadership development program. It suggests starting with a "
            "Massachusetts compact and with joint work on Race to the Top and the new "
            "evaluation system, and it extends the argument to other public services."
        ),
        "start_year": SOURCES["002"]["year"],
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": [
            "interest-based-bargaining",
            "state-policy",
            "teacher-evaluation",
            "compensation",
        ],
        "organizations": ["boston-foundation"],
        "clauses": [],
        "rights": _rights_report("002"),
        "documents": [
            _doc(
                "Collaborative approaches in Massachusetts: one-page summary",
                "collaborative-approaches-massachusetts-summary.pdf",
                [
                    (
                        "The report",
                        "Bluestone and Kochan, 'Collaborative Approaches to Labor-Management "
                        "Reform in Massachusetts', The Boston Foundation, 2011.",
                    ),
                    (
                        "Four goals",
                        "Share responsibility for school outcomes by empowering teachers, "
                        "staff and principals in their schools; make bargaining more "
                        "efficient with modern negotiation and problem-solving methods; "
                        "build district-level partnerships; and create a state institution "
                        "to spread and sustain innovation.",
                    ),
                    (
                        "Substantive agenda",
                        "Evaluation, professional development, compensation, and transfer, "
                        "assignment, dismissal and promotion, treated as linked issues.",
                    ),
                    (
                        "State supports proposed",
                        "A public-private Academy for training and facilitation, a roster of "
                        "facilitators, an oversight commission, an online Massachusetts "
                        "Learning Network and a leadership development curriculum.",
                    ),
                    ("Source", "Seed 002, lines 1-2869."),
                ],
            )
        ],
        "citations": [
            cite("002", "1-2869"),
            cite("002", "132-298"),
            cite("002", "586-697"),
            cite("002", "2622-2779"),
            cite("000", "185"),
        ],
        "related_case_studies": [
            "baltimore-career-pathways",
            "sacramento-priority-schools",
            "saint-paul-restructured-schools",
            "toledo-peer-assistance-and-review",
        ],
    },
    {
        "slug": "report-forward-together",
        "title": _title("003"),
        "resource_type": "research_report",
        "summary": (
            "WestEd's 2012 follow-up study of districts that attended the February 2011 "
            "Denver labor-management conference: what they did afterward, why "
            "collaboration begins, what helps and hinders it, and what support districts "
            "want."
        ),
        "body": (
            "What it covers: with Ford Foundation funding, a WestEd team (Ken Futernick, "
            "Sara McClellan and Scott Vince, as named in the report's author notes) "
            "surveyed superintendents, union leaders and school board presidents from the "
            "150 districts at the Denver conference about a year afterward, and "
            "interviewed some of them by telephone. 151 people responded, 36 percent of "
            "those who likely received the invitation.\n\n"
            "Main findings:\n"
            "- 88 percent found the conference useful; teams valued the stories from "
            "exemplary districts, ideas on hard topics such as alternative pay and "
            "evaluation, and time to plan together.\n"
            "- A year later, about half of respondents said their district had implemented "
            "some or most of its team's action plan; almost a third said their team never "
            "wrote one.\n"
            "- Collaboration was most often triggered by a change of leadership, by "
            "unexpected events such as new laws or budget cuts, or by outside partnerships.\n"
            "- Trust and communication, effective leadership, a shared focus on students, "
            "interest-based bargaining and outside help promote collaboration.\n"
            "- Early on, distrust, poor leadership and lack of time and money block it; "
            "later, broken promises, conflict, leadership turnover, policy changes, hostile "
            "outsiders, budget losses and half-hearted implementation threaten it.\n"
            "- Most respondents wanted help focusing collaboration on student outcomes, "
            "networking, building trust, understanding budgets and learning IBB.\n\n"
            "Recommendations: separate lists for conference planners, district labor and "
            "management leaders, and technical assistance providers, including a "
            "clearinghouse of research and resources, regional networks, facilitated "
            "planning time and customized assistance."
        ),
        "start_year": SOURCES["003"]["year"],
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["trust-and-communication", "interest-based-bargaining", "budget-transparency"],
        "organizations": ["wested", "us-department-of-education"],
        "clauses": [],
        "rights": _rights_report("003"),
        "documents": [
            _doc(
                "Forward, Together: one-page summary",
                "forward-together-summary.pdf",
                [
                    (
                        "The report",
                        "Futernick, McClellan and Vince, 'Forward, Together: Better Schools "
                        "Through Labor-Management Collaboration', WestEd, 2012. Funded by "
                        "the Ford Foundation.",
                    ),
                    (
                        "Method",
                        "Online survey in February 2012 of conference attendees from 150 "
                        "districts (151 responses) and follow-up telephone interviews.",
                    ),
                    (
                        "Findings in brief",
                        "The conference helped most attendees; about half of respondents "
                        "reported implementing at least part of their team's action plan; "
                        "trust, leadership, shared purpose, "
                        "IBB and outside help promote collaboration; barriers differ between "
                        "getting started and sustaining the work.",
                    ),
                    (
                        "Support districts want",
                        "Help linking collaboration to student outcomes (88 percent), "
                        "networking (85), trust and communication (80), budget "
                        "transparency (76) and interest-based bargaining (64), by the "
                        "survey's Figure 3.",
                    ),
                    ("Source", "Seed 003, lines 6-513."),
                ],
            )
        ],
        "citations": [
            cite("003", "6-513"),
            cite("003", "156-208"),
            cite("003", "212-338"),
            cite("003", "342-387"),
            cite("003", "391-479"),
            cite("003", "483-493"),
        ],
        "related_case_studies": ["montgomery-county-pgs", "hillsborough-evaluation"],
    },
    {
        "slug": "report-shared-responsibility",
        "title": _title("004"),
        "resource_type": "research_report",
        "summary": (
            "The U.S. Department of Education's May 2012 white paper makes the case for "
            "student-centered labor-management collaboration, reviews district, state and "
            "national examples organized around ten principles, and calls for more research "
            "because the evidence base is still thin."
        ),
        "body": (
            "What it covers: the Department's working hypothesis is that teachers, unions, "
            "administrators and school boards working as partners will produce more "
            "effective and lasting reforms than adversarial bargaining. The paper admits "
            "that the evidence linking collaboration to student outcomes is thin and calls "
            "for rigorous research.\n\n"
            "Main content:\n"
            "- What successful collaboration looks like: changes aimed at student outcomes, "
            "developed jointly by all stakeholders; interest-based bargaining; living and "
            "thin contracts and compacts; ongoing joint structures and dense networks of "
            "collaboration.\n"
            "- What the Department does: grant priorities in Race to the Top, the Teacher "
            "Incentive Fund, School Improvement Grants and Investing in Innovation; the 2011 "
            "and 2012 national conferences; the International Summit on the Teaching "
            "Profession; and the RESPECT Project.\n"
            "- District trends organized around the ten principles, with spotlights on "
            "Hillsborough County's evaluation system, Toledo's peer assistance and review "
            "and Baltimore City's career pathways, plus examples on pay, turnaround schools "
            "and shared decision-making.\n"
            "- State trends, with spotlights on Illinois's collaboratively written "
            "evaluation and personnel laws, Ohio's Transformational Dialogue for Public "
            "Education, and Massachusetts's support for local capacity.\n"
            "- National organizations, including the Teacher Union Reform Network, AFT and "
            "NEA initiatives and teacher voice groups.\n\n"
            "Conclusion: collaboration is expanding but not fast enough. Leaders at every "
            "level must change how they work, unions must shift toward a professional "
            "model, and funders, researchers and families all have roles."
        ),
        "start_year": SOURCES["004"]["year"],
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": [
            "state-policy",
            "teacher-evaluation",
            "career-pathways",
            "turnaround-and-pilot-schools",
        ],
        "organizations": ["us-department-of-education"],
        "clauses": [],
        "rights": _rights_report("004"),
        "documents": [
            _doc(
                "Shared Responsibility: one-page summary",
                "shared-responsibility-summary.pdf",
                [
                    (
                        "The report",
                        "U.S. Department of Education, 'Shared Responsibility: A U.S. "
                        "Department of Education White Paper on Labor-Management "
                        "Collaboration', May 2012.",
                    ),
                    (
                        "Argument",
                        "Student-centered collaboration between labor and management is the "
                        "most promising path to better schools, but the research base is "
                        "sparse and must be built.",
                    ),
                    (
                        "Organizing frame",
                        "The ten principles jointly put forward by the co-sponsors of the "
                        "2011 national conference.",
                    ),
                    (
                        "Spotlights",
                        "Hillsborough County (evaluation), Toledo (peer assistance and "
                        "review), Baltimore City (career pathways), Illinois, Ohio and "
                        "Massachusetts (state collaboration).",
                    ),
                    ("Source", "Seed 004, lines 3-422."),
                ],
            )
        ],
        "citations": [
            cite("004", "3-422"),
            cite("004", "34-52"),
            cite("004", "56-162"),
            cite("004", "166-278"),
            cite("004", "280-356"),
            cite("004", "366-422"),
        ],
        "related_case_studies": [
            "hillsborough-evaluation",
            "toledo-peer-assistance-and-review",
            "baltimore-career-pathways",
            "jefferson-county-colorado",
            "rochester-living-contract",
            "glenview-illinois",
            "natrona-county-wyoming",
            "springfield-collaboration-for-change",
            "denver-procomp",
            "green-dot-school-staffing",
            "new-haven-school-change",
        ],
    },
]


# ---------------------------------------------------------------------------
# More toolkits, templates, policies and research drawn from the sources
# ---------------------------------------------------------------------------

_MORE_A = [
    {
        "slug": "turnaround-schools-provisions-checklist",
        "title": "Checklist: staffing provisions for turnaround, pilot and restructured schools",
        "resource_type": "toolkit",
        "summary": (
            "A checklist of the features that recur in negotiated agreements for "
            "turnaround, pilot and restructured schools, with examples from Saint Paul, "
            "Sacramento and New Haven."
        ),
        "body": (
            "Why it matters: the Boston Foundation report calls transfers, assignments and "
            "pay for pilot, turnaround or restructured schools one of the biggest "
            "challenges facing large urban districts. It notes that Detroit, Baltimore, "
            "Cincinnati, Philadelphia and Los Angeles, among others, have negotiated "
            "agreements letting these schools experiment with how staff apply, are "
            "selected, evaluated and paid. The U.S. Department of Education cites a Council "
            "of the Great City Schools survey in which 70 percent of districts using "
            "federal School Improvement Grants said working with their unions had been a "
            "challenge, with removing ineffective teachers and recruiting teachers to "
            "struggling schools the hardest parts.\n\n"
            "The features the report finds in these agreements:\n"
            "- A commitment to shared values centered on student achievement and school "
            "improvement.\n"
            "- Voluntary transfers or applications to work in turnaround schools.\n"
            "- Selection of teachers by the turnaround school's principal.\n"
            "- Assured continuity of employment for teachers who transfer in.\n"
            "- Continued union representation for teachers in the school.\n"
            "- Flexibility to change or redesign the work day, school hours and school "
            "year, and other provisions of the district-wide contract.\n\n"
            "Examples: Saint Paul's Restructured Schools language; Sacramento's 2010 "
            "Priority Schools MOU; New Haven, where all teachers compete for places when a "
            "turnaround school is reconstituted, those not chosen keep their employment "
            "rights, and human resources and the union coordinate to avoid bumping and "
            "involuntary transfers. The Department of Education adds that New Haven's 2009 "
            "School Change Initiative includes a turnaround agreement that sorts schools "
            "into tiers of performance, that Providence created a jointly managed nonprofit "
            "to run its turnaround schools, and that Evansville's Equity Schools include "
            "formal compacts between staff and parents.\n\n"
            "How to use it: work through the checklist before negotiating a turnaround MOU, "
            "and plan from the start how lessons from the pilot schools will be carried "
            "into the rest of the district, as the report recommends.\n\n"
            "A note on wording: the New Haven agreement language quoted by the Department "
            "of Education is almost identical to the Saint Paul language reproduced in the "
            "Boston Foundation report (both say the schools must be free to choose their "
            "own staffs and redesign work rules). The sources do not explain the overlap."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing"],
        "organizations": [
            "saint-paul-public-schools",
            "saint-paul-federation-of-teachers",
            "sacramento-city-unified",
            "sacramento-teachers-association",
        ],
        "clauses": [],
        "rights": _rights_adapted("002", "004"),
        "documents": [
            _doc(
                "Turnaround and restructured schools: provisions checklist",
                "turnaround-schools-provisions-checklist.pdf",
                [
                    (
                        "How to use this checklist",
                        "For each item, note whether your draft agreement covers it, where, "
                        "and what is still open. Items 1-6 are the features Bluestone and "
                        "Kochan found in negotiated turnaround agreements; items 7-10 come "
                        "from the examples they and the U.S. Department of Education "
                        "describe.",
                    ),
                    (
                        "1. Shared values",
                        "Does the agreement state a joint commitment to student achievement "
                        "and school improvement? (Saint Paul: restructuring as a shared way "
                        "to ensure success for all students.)",
                    ),
                    (
                        "2. Voluntary participation",
                        "Do teachers apply or volunteer to work in the school? (Saint Paul: "
                        "voluntary work and an Election to Work Agreement; Sacramento: "
                        "voluntary reassignment.)",
                    ),
                    (
                        "3. Selection by the principal",
                        "Who selects staff, and how? (Saint Paul: the principal and/or "
                        "Superintendent; Sacramento: newly chosen principals recruit "
                        "teachers.)",
                    ),
                    (
                        "4. Employment continuity",
                        "What happens to teachers who transfer in, and to those who leave "
                        "or are not selected? (Sacramento: new staff protected from future "
                        "staff cuts regardless of seniority, all former staff reassigned; "
                        "Saint Paul: transfer under the contract's processes; New Haven: "
                        "employment rights kept.)",
                    ),
                    (
                        "5. Union representation",
                        "Do teachers in the school stay in the bargaining unit? (Saint "
                        "Paul: yes, with full membership and district employment.)",
                    ),
                    (
                        "6. Flexibility in time and rules",
                        "Which district-wide provisions can the school change: work day, "
                        "school hours, school year, scheduling, work rules?",
                    ),
                    (
                        "7. Voice for staff and parents",
                        "Do teachers, other staff and parents help design the school's "
                        "program and rules? (Saint Paul: yes; Evansville: staff-parent "
                        "compacts.)",
                    ),
                    (
                        "8. Avoiding bumping",
                        "How will human resources and the union coordinate to avoid "
                        "bumping and involuntary transfers elsewhere? (New Haven.)",
                    ),
                    (
                        "9. Governance",
                        "Who runs the turnaround schools and how are decisions shared? "
                        "(Providence: a jointly managed nonprofit; New Haven: schools "
                        "sorted into performance tiers.)",
                    ),
                    (
                        "10. Spreading the lessons",
                        "How will what works in the pilot schools be brought into the terms "
                        "of employment in other schools?",
                    ),
                    (
                        "Sources",
                        "Seed 002 (Bluestone and Kochan, 2011), lines 2087-2136, 2158-2234 "
                        "and 2693-2698; seed 004 (U.S. Department of Education, 2012), "
                        "lines 250-260.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "2096-2136"),
            cite("002", "2087-2094"),
            cite("002", "2682-2701"),
            cite("004", "250-260"),
        ],
        "related_case_studies": [
            "saint-paul-restructured-schools",
            "sacramento-priority-schools",
            "new-haven-school-change",
        ],
    },
    {
        "slug": "massachusetts-race-to-the-top-mou",
        "title": "Massachusetts Race to the Top: a district MOU signed by superintendent, "
        "school committee and union (2010)",
        "resource_type": "policy",
        "summary": (
            "To draw on Massachusetts's 2010 Race to the Top award, each district had to "
            "submit a memorandum of understanding signed and supported by its "
            "superintendent, its school committee and its local union."
        ),
        "body": (
            "What the policy required: in 2010 Massachusetts won $250 million from the "
            "federal Race to the Top program. Its application set eight goals for student "
            "achievement, graduation, college enrollment and narrowing gaps between groups "
            "of students. Districts applied for funds by submitting an MOU signed and "
            "supported by three parties: the superintendent, the school committee and the "
            "local union. Proposals came from 258 districts, and the first $125 million "
            "went to districts in May 2011.\n\n"
            "Why it matters: requiring all three signatures made joint commitment a "
            "condition of funding. Bluestone and Kochan name the joint work needed to put "
            "Race to the Top money to use, together with negotiating the state's new "
            "teacher evaluation system, as an immediate chance to engage teachers and "
            "administrators at school level, use interest-based problem solving and learn "
            "together from early experience. The U.S. Department of Education lists Race to "
            "the Top among the grant programs in which it encourages states and districts "
            "to work with teachers and their unions.\n\n"
            "Not stated in the source: the MOU's wording and terms, and what the funded "
            "district plans contained."
        ),
        "start_year": 2010,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["state-policy", "joint-committees"],
        "organizations": ["us-department-of-education"],
        "clauses": [
            _clause(
                "Three signatories",
                "A district's application for Race to the Top funds is a memorandum of "
                "understanding signed and supported by the district superintendent, the "
                "school committee and the local union.",
                locator("002", "741-744"),
                parties="Massachusetts districts: superintendent, school committee and local union",
                year=2010,
            )
        ],
        "rights": _rights_article("002", "004"),
        "documents": [],
        "citations": [cite("002", "735-747"), cite("002", "2639-2650"), cite("004", "124")],
        "related_case_studies": [],
    },
    {
        "slug": "massachusetts-educator-evaluation-2011",
        "title": "Massachusetts teacher evaluation system (2011): what districts and unions "
        "must negotiate",
        "resource_type": "policy",
        "summary": (
            "In June 2011 Massachusetts's State Board adopted a new teacher evaluation "
            "system that uses student achievement as one of several measures; each district "
            "and local union had to negotiate how to put it in place."
        ),
        "body": (
            "The policy: on June 28, 2011 the State Board of Elementary and Secondary "
            "Education adopted a teacher evaluation system that all districts must "
            "implement over three years. It requires student achievement measures, state "
            "test scores and/or other tests, as one of several evaluation criteria, and it "
            "drew on input from many stakeholders, including the Massachusetts Teachers "
            "Association. State regulations also require principals to evaluate every "
            "non-tenured teacher every year.\n\n"
            "What must be negotiated locally: according to Bluestone and Kochan, each "
            "district must bargain with its teachers' union over the specific criteria, the "
            "professional development that supports the system, and how much teacher or "
            "peer review it includes. They stress that evaluation is linked to "
            "professional development, pay, and transfer, assignment, dismissal and "
            "promotion, and that principals' time to do the evaluations is a shared "
            "concern.\n\n"
            "How the state supported districts: the U.S. Department of Education describes "
            "Massachusetts working with a 41-member task force of teachers, administrators "
            "and other experts, then developing a model evaluation system for districts to "
            "adopt, with recommended contract language, implementation guides and a network "
            "of pre-screened vendors. The first districts to pilot it were those with the "
            "state's lowest-performing schools. (The sources do not say whether this model "
            "system is the same as the June 2011 regulations.)\n\n"
            "In practice: Springfield's District Capacity Project team oversaw the first "
            "full-year rollout of a new educator evaluation system, using skills for "
            "difficult conversations to improve its design, training, tools, software and "
            "implementation. In 2014, 78 percent of Massachusetts education leaders were "
            "possibly or definitely interested in a seminar on collaborative teacher "
            "evaluation.\n\n"
            "How to use it: plan bargaining around the three open questions (criteria, "
            "supporting professional development, peer review) and see the PAR design guide "
            "for one way to answer the third."
        ),
        "start_year": 2011,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["teacher-evaluation", "state-policy"],
        "organizations": ["massachusetts-teachers-association"],
        "clauses": [],
        "rights": _rights_article("002", "004", "000"),
        "documents": [],
        "citations": [
            cite("002", "749-763"),
            cite("002", "1631-1676"),
            cite("004", "326-340"),
            cite("000", "76"),
            cite("000", "167"),
        ],
        "related_case_studies": ["mep-district-capacity-project"],
    },
    {
        "slug": "ten-principles-labor-management-collaboration",
        "title": "Ten principles for labor-management collaboration (Denver, 2011)",
        "resource_type": "toolkit",
        "summary": (
            "The ten subject areas that the February 2011 national labor-management "
            "conference in Denver put on the reform agenda, with discussion questions for "
            "district teams."
        ),
        "body": (
            "What it is: at the February 15-16, 2011 Conference on Advancing Student "
            "Achievement through Labor-Management Collaboration in Denver, convened by the "
            "U.S. Department of Education with national union, administrator and school "
            "board organizations, the co-sponsors put forward ten principles that "
            "participants saw as the agenda for reform. Bluestone and Kochan "
            "reproduce them as 'Ten Principles for Education Reform'; the Department's 2012 "
            "white paper calls them the '10 Principles for Effective Labor-Management "
            "Collaboration' and uses them to organize its review.\n\n"
            "The ten principles:\n"
            "- 1. Strategic direction setting.\n"
            "- 2. Clear and shared responsibility for academic outcomes (of all students, in "
            "the Department's wording).\n"
            "- 3. Supporting the growth and improvement of teachers and leaders.\n"
            "- 4. School design, schedules, teacher workload and time.\n"
            "- 5. Teacher evaluation.\n"
            "- 6. Administrator evaluation.\n"
            "- 7. School board evaluation.\n"
            "- 8. Transfer, assignment and reduction in force.\n"
            "- 9. Compensation and benefits.\n"
            "- 10. Dynamic decision-making and problem solving.\n\n"
            "Why it matters: Bluestone and Kochan point out that the list goes well beyond "
            "traditional bargaining; topics such as strategic direction and responsibility "
            "for academic outcomes have traditionally been treated as management "
            "prerogatives outside its scope. Their 2011 Massachusetts survey found many of "
            "these topics were not discussed in bargaining at all. WestEd asked Denver "
            "attendees about progress in each of the conference's ten focus areas a year "
            "later and found some, such as school board evaluation, lagged behind.\n\n"
            "How to use it: as a team, go through the questions in the downloadable guide, "
            "one principle at a time, and mark which areas your agreements and joint "
            "structures already cover."
        ),
        "start_year": 2011,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": [
            "joint-committees",
            "teacher-evaluation",
            "compensation",
            "transfers-and-staffing",
        ],
        "organizations": ["us-department-of-education"],
        "clauses": [],
        "rights": _rights_adapted("002", "004", "003"),
        "documents": [
            _doc(
                "Ten principles: discussion guide for district teams",
                "ten-principles-discussion-guide.pdf",
                [
                    (
                        "How to use this guide",
                        "Discuss each principle as a labor-management team. For each, note "
                        "whether it is covered by your contract, by another joint "
                        "agreement or structure, or not yet at all. The questions are "
                        "SameSide's; the principles come from the 2011 Denver conference.",
                    ),
                    (
                        "1. Strategic direction setting",
                        "Do union leaders take part in setting the district's strategic "
                        "plan and annual targets? In 2011, 65 percent of Massachusetts "
                        "superintendents and 61 percent of union leaders said strategic "
                        "planning was not discussed in bargaining.",
                    ),
                    (
                        "2. Shared responsibility for academic outcomes",
                        "Have we agreed, in writing, what each side is responsible for in "
                        "student results? In 2011, 68 percent of Massachusetts "
                        "superintendents and 50 percent of union leaders said it was not "
                        "discussed.",
                    ),
                    (
                        "3. Growth of teachers and leaders",
                        "Who plans professional development, and is it jointly owned?",
                    ),
                    (
                        "4. School design, schedules, workload and time",
                        "Can schools change their day, year and schedules, and who decides?",
                    ),
                    (
                        "5. Teacher evaluation",
                        "Was our evaluation system designed jointly? Do peers play a part? "
                        "In 2011, 46 percent of superintendents and 65 percent of union "
                        "leaders said it was not discussed or not agreed.",
                    ),
                    (
                        "6. Administrator evaluation",
                        "How are principals and central office leaders evaluated, and do "
                        "teachers have input? In 2011, 85 percent of superintendents and 89 "
                        "percent of union leaders reported no agreed system.",
                    ),
                    (
                        "7. School board evaluation",
                        "How does the board assess its own work? WestEd found this was a "
                        "low-progress area a year after Denver.",
                    ),
                    (
                        "8. Transfer, assignment and reduction in force",
                        "What roles do mutual consent, evaluation and seniority play?",
                    ),
                    (
                        "9. Compensation and benefits",
                        "Does pay recognize growth, leadership roles or hard-to-staff "
                        "assignments? Do both sides work from the same budget figures?",
                    ),
                    (
                        "10. Dynamic decision-making and problem solving",
                        "Do we have an agreed way to solve problems between contracts? In "
                        "2011, half of superintendents and more than 60 percent of union "
                        "leaders said a method for conflict resolution and problem solving "
                        "was not discussed or agreed.",
                    ),
                    (
                        "Sources",
                        "Principles: seed 002, lines 1091-1138, and seed 004, lines "
                        "149-164. Survey figures: seed 002, lines 822-844. Progress a year "
                        "later: seed 003, line 196.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("002", "1091-1138"),
            cite("004", "149-164"),
            cite("003", "196"),
            cite("002", "822-844"),
            cite("004", "126"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "conditions-for-student-success-checklist",
        "title": "Conditions for student success: a team checklist from the 2011 compact",
        "resource_type": "toolkit",
        "summary": (
            "A checklist, in SameSide's words, of the conditions for student success set out "
            "in 'A New Compact for Student Success' at the 2011 national labor-management "
            "conference."
        ),
        "body": (
            "Where it comes from: the U.S. Department of Education's 2012 white paper says "
            "successful collaboration has two basic features: it changes policies, systems "
            "and practices in order to improve student outcomes, and it is developed "
            "jointly by educators, union leaders, administrators, school board members and "
            "others. It points to 'A New Compact for Student Success', presented at the "
            "2011 conference, which lists conditions for student, teacher and school "
            "success. The paper notes that few union-management teams have adopted "
            "comprehensive compacts of this kind, though many districts and states are "
            "acting on individual principles.\n\n"
            "What the conditions cover: shared responsibility for and a clear focus on "
            "student success, which includes high expectations, a rigorous curriculum, "
            "respect for teaching as a valued profession, an effective leader in every "
            "school and an effective teacher in every classroom, professional development "
            "for continuous improvement, a collaborative culture of innovation, resources "
            "matched to local needs with local leaders empowered to use them, a safe and "
            "supportive professional environment, students taking responsibility for their "
            "learning and parents engaged in it; and timely, relevant information on school "
            "and student performance.\n\n"
            "How to use it: rate each condition together as a team, then pick two or three "
            "to work on jointly. The checklist paraphrases the compact's list; its full "
            "text is not reproduced."
        ),
        "start_year": 2011,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "professional-development", "trust-and-communication"],
        "organizations": ["us-department-of-education"],
        "clauses": [],
        "rights": _rights_adapted("004"),
        "documents": [
            _doc(
                "Conditions for student success: team checklist",
                "conditions-for-student-success-checklist.pdf",
                [
                    (
                        "How to rate",
                        "For each condition, agree a rating: in place, partly in place, or "
                        "not yet. Note the evidence and who will act.",
                    ),
                    (
                        "Shared focus on student success",
                        "Everyone shares responsibility for student success and keeps it "
                        "at the center. Rating: ____.",
                    ),
                    (
                        "High expectations",
                        "Our culture expects high academic achievement. Rating: ____.",
                    ),
                    (
                        "Rigorous curriculum",
                        "Our curriculum meets or exceeds state standards and international "
                        "benchmarks. Rating: ____.",
                    ),
                    (
                        "Respect for the profession",
                        "Teaching is treated as a valued profession and educators are "
                        "respected. Rating: ____.",
                    ),
                    (
                        "Effective leaders and teachers",
                        "Every school has an effective leader; every classroom has an "
                        "effective teacher. Rating: ____.",
                    ),
                    (
                        "Continuous improvement",
                        "Professional development aims at continuous improvement, within a "
                        "collaborative culture of innovation. Rating: ____.",
                    ),
                    (
                        "Resources and local leadership",
                        "Resources fit each school's needs, and local leaders are empowered "
                        "to decide how to use them. Rating: ____.",
                    ),
                    (
                        "Safe professional environment",
                        "Staff work in a safe, secure and supportive environment. Rating: ____.",
                    ),
                    (
                        "Students and parents",
                        "Students take responsibility for their learning; parents are "
                        "engaged in their children's education. Rating: ____.",
                    ),
                    (
                        "Information",
                        "Everyone has timely, relevant information on school and student "
                        "performance. Rating: ____.",
                    ),
                    (
                        "Source",
                        "Paraphrased from seed 004 (U.S. Department of Education, 2012), lines 56-80.",
                    ),
                ],
            )
        ],
        "citations": [cite("004", "56-80")],
        "related_case_studies": [],
    },
    {
        "slug": "school-partnership-self-assessment",
        "title": "School partnership self-assessment (adapted from the ABC Unified study)",
        "resource_type": "template",
        "summary": (
            "A school-level self-assessment of union-management partnership quality, staff "
            "communication and principal-union representative contact, built from the "
            "measures used in a study of 26 ABC Unified schools in California."
        ),
        "body": (
            "The study behind it: researchers measured partnership quality in ABC Unified "
            "schools with three questions from a January 2011 district survey, on "
            "union-management communication, collaboration among staff and openness to "
            "input from all educators, scored on a one-to-four scale. An April 2011 social "
            "network survey (69 percent response) asked teachers and administrators whom "
            "they talked with about student performance data, curriculum and its "
            "integration across subjects and grades, instructional practice, and "
            "mentoring. From this they computed each school's communication density: the "
            "share of all possible links between educators that actually existed. Union "
            "building representatives also reported how often they talked with their "
            "principal and whether those talks were formal, informal or both.\n\n"
            "What it found: across 26 schools, a one-point higher partnership score in 2011 "
            "went with about 25 more points on California's Academic Performance Index in "
            "2012 and about 15 more points of improvement, controlling for poverty (and, "
            "for improvement, the prior year's score). The strongest-partnership schools "
            "had average communication density of about 30 percent against about 17 percent "
            "in the weakest, and denser communication went with higher performance. In "
            "high-partnership schools principals and representatives talked daily or "
            "weekly, formally and informally; in low-partnership schools, weekly or monthly "
            "and more formally.\n\n"
            "How to use this template: ask staff to complete Parts A-C, compute the results "
            "as described, and discuss them at a joint school leadership meeting. The study "
            "did not publish its exact question wording, so the prompts are SameSide's. "
            "Treat the study's figures as context from one district, not as predictions; "
            "its authors say more schools and districts need to be studied."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["CA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": True,
        "topics": ["school-level-collaboration", "trust-and-communication", "student-achievement"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_adapted("001"),
        "documents": [
            _doc(
                "School partnership self-assessment",
                "school-partnership-self-assessment.pdf",
                [
                    (
                        "Part A: partnership quality",
                        "Rate each statement from 1 (strongly disagree) to 4 (strongly "
                        "agree). A1. The principal and union representatives in this school "
                        "communicate openly and often. A2. Staff in this school collaborate "
                        "with one another. A3. This school is open to input from all "
                        "educators, and teachers have a real voice in decisions. School "
                        "score: the average of all responses.",
                    ),
                    (
                        "Part B: communication network",
                        "List the colleagues in this school you talked with this year to: "
                        "B1. discuss student performance data; B2. discuss curriculum and "
                        "how it fits across subjects and grades; B3. share, give or get "
                        "advice on instructional practice; B4. give or receive formal or "
                        "informal mentoring.",
                    ),
                    (
                        "Computing density",
                        "For each of B1-B4, count the distinct pairs of educators who "
                        "reported talking, and divide by the number of possible pairs (n x "
                        "(n - 1) / 2 for n educators on staff). Average the four results for "
                        "an overall figure.",
                    ),
                    (
                        "Part C: union representative and principal (representatives only)",
                        "C1. How often do you communicate with your principal: daily, "
                        "weekly, monthly, or not at all? C2. Are those communications "
                        "formal, informal, or both?",
                    ),
                    (
                        "Reading your results",
                        "In the ABC Unified study, high-partnership schools averaged about "
                        "30 percent density and low-partnership schools about 17 percent; "
                        "representatives in high-partnership schools talked with principals "
                        "daily or weekly, both formally and informally. Use these as points "
                        "of comparison, not targets.",
                    ),
                    (
                        "Sources",
                        "Measures adapted from seed 001, lines 741-811; results at lines "
                        "813-923; authors' caution at lines 987-990. Question wording is "
                        "SameSide's.",
                    ),
                ],
            )
        ],
        "citations": [cite("001", "741-811"), cite("001", "813-923"), cite("001", "987-990")],
        "related_case_studies": ["abc-unified-partnership"],
    },
]


_MORE_B = [
    {
        "slug": "mep-education-leader-survey-2014",
        "title": "MEP education leader survey (March 2014): results",
        "resource_type": "research_report",
        "summary": (
            "A statewide survey of 372 Massachusetts superintendents, school committee "
            "leaders and local union officials found more positive views of bargaining and "
            "labor-management relations than in 2011, and more collaborative negotiations "
            "where interest-based bargaining was used."
        ),
        "body": (
            "The survey: in March 2014 the Massachusetts Education Partnership surveyed "
            "district superintendents, school committee leaders and local union leaders on "
            "their awareness of and involvement in its activities and on the state of their "
            "labor-management relationships. It drew 372 responses (65 superintendents, 213 "
            "school committee leaders and 94 union officials), more than double the 141 in "
            "the 2011 baseline survey, some of whose questions it repeated. It did not "
            "evaluate the District Capacity Project, which was being studied separately.\n\n"
            "Results:\n"
            "- Reach: 55 percent knew of the partnership; just over 20 percent had attended "
            "a conference, 11 percent had used the website, 13 percent had IBB training, "
            "7.5 percent had facilitation in negotiations and 6 percent were active in the "
            "District Capacity Project. School committee members were the least aware.\n"
            "- Views of bargaining: 42 percent saw collective bargaining as a means to "
            "improve schools rather than an obstacle, against 36 percent in 2011, with the "
            "biggest rise among union leaders.\n"
            "- Confidence: 73 percent said their labor-management relationship was "
            "sufficient to improve school performance, against 40 percent in 2011 (union "
            "leaders 79, superintendents 77, school committee members 68 percent).\n"
            "- Negotiations: over 60 percent in every group called their latest "
            "negotiations somewhat or very collaborative. Among IBB users, 47 percent said "
            "very collaborative, more than double the share of non-users; non-users were "
            "more than twice as likely to call talks adversarial. These differences held "
            "after controlling for districts' socio-economic characteristics.\n"
            "- Adequacy of bargaining: 58 percent of superintendents using IBB rated "
            "bargaining adequate for school improvement, against 26 percent using "
            "traditional methods; for school committee members, 41 against 27 percent. "
            "Union leaders saw no significant difference.\n"
            "- Use of IBB: 53 percent had used IBB in recent negotiations, some trained by "
            "the partnership and some by MTA staff or private consultants. Of users, 44 "
            "percent were satisfied, 17 percent dissatisfied and 38 percent neither; 90 "
            "percent would definitely or maybe use it again.\n"
            "- Beyond the table: 60 percent of IBB users, against 37 percent of non-users, "
            "said union and district leaders meet regularly during the agreement.\n"
            "- Demand: 78 percent were possibly or definitely interested in a seminar on "
            "collaborative teacher evaluation, 75 percent in Common Core seminars, 66 "
            "percent in IBB training and 63 percent in seminars on expanded learning time.\n\n"
            "A discrepancy between sources: a later paper summarizing the same survey says "
            "86 percent of IBB users rated their negotiations collaborative, nearly double "
            "the 46 percent of non-users. That figure uses a broader category than the 47 "
            "percent 'very collaborative' reported in the partnership's own report."
        ),
        "start_year": 2014,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "organizations": ["massachusetts-education-partnership"],
        "clauses": [],
        "rights": _rights_article("000", "001"),
        "documents": [],
        "citations": [cite("000", "91-175"), cite("001", "290-324")],
        "related_case_studies": ["mep-district-capacity-project"],
    },
    {
        "slug": "massachusetts-baseline-survey-2011",
        "title": "Baseline survey of Massachusetts education labor relations (2011)",
        "resource_type": "research_report",
        "summary": (
            "Bluestone and Kochan's survey of Massachusetts superintendents, school "
            "committee members and union leaders found wide dissatisfaction with collective "
            "bargaining, many key issues never discussed, and strong demand for training in "
            "problem-solving negotiation."
        ),
        "body": (
            "The survey: a brief survey sent to Massachusetts union leaders, school "
            "superintendents and school board members for a baseline picture of bargaining "
            "and labor relations in education. The report counts 144 responses: 25 from "
            "superintendents, 27 from school committee presidents or board members and 74 "
            "from union leaders.\n\n"
            "Findings:\n"
            "- 73 percent of superintendents and 61 percent of school committee presidents "
            "saw bargaining as an obstacle to better educational outcomes; more than 42 "
            "percent of superintendents called it a significant obstacle. Fewer than 10 "
            "percent of union leaders agreed.\n"
            "- Fewer than 8 percent of superintendents, 18 percent of school committee "
            "presidents and 24 percent of union leaders were very confident that current "
            "labor relations could meet the need for improvement.\n"
            "- Teacher evaluation was not discussed or not agreed in bargaining, according "
            "to 46 percent of superintendents and 65 percent of union leaders; 85 and 89 "
            "percent said there was no agreed system for evaluating administrators.\n"
            "- Shared responsibility for academic outcomes was not discussed, said 68 "
            "percent of superintendents and 50 percent of union leaders; a method for "
            "conflict resolution and problem solving was missing for half of "
            "superintendents and more than 60 percent of union leaders; strategic planning "
            "was not discussed for 65 and 61 percent.\n"
            "- Only 54 percent of superintendents and 37 percent of union leaders met "
            "regularly to discuss common leadership issues.\n"
            "- 95 percent of superintendents and 83 percent of union leaders said training "
            "in problem-solving approaches to negotiation would help; 88 and 81 percent said "
            "the same of development for ongoing improvement work during the contract.\n\n"
            "Open comments showed distrust on both sides, but also signs of collaboration, "
            "such as joint analysis of test data and a new professional development program "
            "and school calendar, and many respondents asked for more informal meetings "
            "outside bargaining. The authors read the results as showing wide variation "
            "between districts, divided views on whether bargaining can drive change, a "
            "recognized need to go further, and readiness among all three groups to learn "
            "new skills.\n\n"
            "A discrepancy between sources: 25 + 27 + 74 is 126, not the 144 responses the "
            "report gives, and the Massachusetts Education Partnership's later report says "
            "its 2011 baseline had 141 respondents. The sources do not explain the "
            "differences."
        ),
        "start_year": 2011,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "trust-and-communication", "joint-committees"],
        "organizations": ["boston-foundation"],
        "clauses": [],
        "rights": _rights_article("002", "000"),
        "documents": [],
        "citations": [cite("002", "785-862"), cite("002", "864-1071"), cite("000", "93")],
        "related_case_studies": [],
    },
    {
        "slug": "ibb-institute-curriculum",
        "title": "Interest-Based Bargaining Institute: open-source IBB training for school "
        "bargaining teams",
        "resource_type": "toolkit",
        "summary": (
            "The Massachusetts Education Partnership's Interest-Based Bargaining Institute "
            "trains and facilitates district and union bargaining teams using a streamlined, "
            "open-source IBB curriculum built for school settings."
        ),
        "body": (
            "What it is: the Institute offers training and technical assistance to "
            "district labor-management bargaining teams, aiming to move them from "
            "positional, often adversarial bargaining to negotiation based on a full "
            "exploration of shared and competing interests. One of the partnership's first "
            "tasks was to recruit seven experienced IBB trainers and facilitators, who "
            "wrote a new, streamlined curriculum for IBB in school contexts. It draws on "
            "experience from the Massachusetts Department of Labor, the Massachusetts "
            "Teachers Association, the Program on Negotiation at Harvard Law School and MIT, "
            "and it is open source so that others can adapt it. The trainers meet as a "
            "community of practice to compare experience, assess the curriculum and adjust "
            "it.\n\n"
            "Use so far: the trainers, with Nancy Peace, worked with 34 districts serving "
            "about 98,000 students. Of those, 28 went on to facilitation, 22 continued with "
            "IBB afterwards (19 hiring an Institute facilitator, 2 facilitating themselves "
            "and 1 using a federal mediator), 2 switched to traditional bargaining, and 17 "
            "contracts were ratified using IBB practices. About 10 percent of the state's "
            "districts took part.\n\n"
            "What participants said: interviewees told a graduate researcher that the "
            "training reinforced that everyone was working for the children, that this "
            "round made more sense than past rounds of argument, and that the approach "
            "carried over into school committee meetings and daily work. In one district "
            "three more bargaining units adopted IBB and the joint labor-management "
            "committee began meeting weekly instead of monthly.\n\n"
            "About the curriculum: its content is not described in the source and is not "
            "reproduced here. See the five-phases toolkit and ground rules template for "
            "IBB material drawn from the Boston Foundation report."
        ),
        "start_year": 2012,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining"],
        "organizations": [
            "massachusetts-education-partnership",
            "massachusetts-teachers-association",
        ],
        "clauses": [],
        "rights": _rights_article("000", "001"),
        "documents": [
            _doc(
                "Interest-Based Bargaining Institute: program overview",
                "ibb-institute-overview.pdf",
                [
                    (
                        "What the Institute offers",
                        "Training and technical assistance for district labor-management "
                        "bargaining teams during contract negotiations, and facilitation "
                        "for districts and local unions that request it.",
                    ),
                    (
                        "The curriculum",
                        "Streamlined for schools by seven experienced trainers and "
                        "facilitators; informed by the Massachusetts Department of Labor, "
                        "the Massachusetts Teachers Association, the Program on Negotiation "
                        "at Harvard Law School and MIT; open source and adaptable. Its "
                        "contents are not stated in the source.",
                    ),
                    (
                        "Trainers in the first two years",
                        "Carol Doherty, Timothy Fitzgerald, Michael Gaffney, John Hanson, "
                        "Robert McKersie, Mary Ellen Shea and Ronald Suga, with Nancy Peace "
                        "as Institute leader.",
                    ),
                    (
                        "Participation",
                        "34 districts trained; 28 facilitated; 22 continued IBB; 2 returned "
                        "to traditional bargaining; 17 contracts ratified with IBB practices.",
                    ),
                    (
                        "Sources",
                        "Seed 000, lines 37, 44-54, 80 and 186; seed 001, lines 191-238.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("000", "44-54"),
            cite("000", "80"),
            cite("000", "186"),
            cite("000", "37"),
            cite("001", "191-238"),
        ],
        "related_case_studies": ["mep-district-capacity-project"],
    },
    {
        "slug": "denver-conference-one-year-later",
        "title": "One year after Denver: action plans and the support districts want",
        "resource_type": "research_report",
        "summary": (
            "WestEd's survey of 2011 Denver conference attendees a year later: how far "
            "district teams had got with their action plans, and which kinds of technical "
            "assistance they said would help."
        ),
        "body": (
            "The survey: in February 2012 WestEd emailed 478 superintendents, union leaders "
            "and board presidents from the 150 districts at the conference. 151 of the "
            "roughly 416 who received it responded (36 percent): 39 percent labor leaders, "
            "34 percent superintendents and 27 percent board presidents. Responses from the "
            "22 people in presenting districts were left out of the analysis of the "
            "conference's value.\n\n"
            "Value of the conference: 41 percent found it very useful, 47 percent somewhat "
            "useful and 12 percent not useful. Some who found it unhelpful were already "
            "collaborating; others had hoped to hear of new funding.\n\n"
            "Status of action plans:\n"
            "- 30.7 percent (39): the team did not develop a plan.\n"
            "- 18.1 percent (23): a plan, but none of it implemented.\n"
            "- 34.6 percent (44): some elements implemented.\n"
            "- 16.5 percent (21): most or all elements implemented.\n\n"
            "Examples of progress: in one suburban district three unions (teachers, "
            "classified staff and administrators) agreed to meet the school board each year "
            "to study the district's finances; in an urban district teachers and "
            "administrators formed an alternative compensation committee.\n\n"
            "Technical assistance rated somewhat or very useful:\n"
            "- Collaboration that directly improves student outcomes: 88 percent.\n"
            "- Networking, such as district partnerships, conferences and webinars: 85 "
            "percent.\n"
            "- Improving organizational trust and communication: 80 percent.\n"
            "- Financial knowledge and budget transparency: 76 percent.\n"
            "- Interest-based bargaining: 64 percent.\n\n"
            "Notes on the source: the report's text gives 89 percent and 63 percent for the "
            "first and last items, while its Figure 3 gives 88 and 64. Figure 2, on "
            "progress in the ten focus areas, has no data in the source; the text names "
            "school board evaluation as a low-progress area."
        ),
        "start_year": 2012,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["trust-and-communication", "budget-transparency", "interest-based-bargaining"],
        "organizations": ["wested"],
        "clauses": [],
        "rights": _rights_article("003"),
        "documents": [],
        "citations": [
            cite("003", "156-208"),
            cite("003", "342-387"),
            cite("003", "483-495"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "collaboration-triggers-and-barriers",
        "title": "Why collaboration starts, what strengthens it and what gets in the way",
        "resource_type": "article",
        "summary": (
            "WestEd's interviews with district leaders after the 2011 Denver conference "
            "identify what triggers labor-management collaboration, the practices that "
            "strengthen it, and the barriers that differ between getting started and "
            "sustaining the work."
        ),
        "body": (
            "What starts it: about half of the leaders WestEd interviewed said a change in "
            "district, board or union leadership was the main trigger for more "
            "collaboration. Nearly half pointed to unexpected events such as new "
            "legislative requirements or budget cuts, and nearly a third said partnerships "
            "with outside bodies, especially nearby universities, helped early efforts.\n\n"
            "What strengthens it:\n"
            "- Trust and communication: transparent budget information, advance notice of "
            "meetings, explicit ground rules for decisions, keeping promises, and small "
            "personal gestures such as shared meals.\n"
            "- Effective leadership: listening, handling conflict respectfully, staying "
            "flexible and patient, and seeking outside help when conflict threatens the "
            "work.\n"
            "- A shared sense of purpose: keeping student success at the center, for "
            "example by signing and posting commitments, visiting classrooms together and "
            "opening and closing meetings on student outcomes.\n"
            "- Interest-based bargaining and neutral outside facilitators.\n\n"
            "What gets in the way at the start: 'us-versus-them' assumptions and community "
            "hostility to unions; leaders who are hostile, poor listeners or a poor fit; "
            "and lack of time, neutral venues, substitute cover and money for facilitators. "
            "One superintendent estimated it takes six to eight months to get on the same "
            "page.\n\n"
            "What gets in the way later: broken promises and hidden agendas, inability to "
            "manage conflict, leadership turnover, new state policies that remove local "
            "discretion, hostility from city or state leaders, budget losses, and "
            "half-hearted implementation, which can leave things worse than before.\n\n"
            "How to use it: identify your district's stage (not yet ready, preliminary or "
            "advanced, in WestEd's terms) and look at the barriers typical of that stage. "
            "Leaders in early-stage districts often wanted help with relationships even "
            "more than with technical or contract matters.\n\n"
            "Note on the source: the report says six factors were particularly prevalent "
            "among sustaining barriers but lists seven headings."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["trust-and-communication", "interest-based-bargaining", "budget-transparency"],
        "organizations": ["wested"],
        "clauses": [],
        "rights": _rights_article("003"),
        "documents": [],
        "citations": [
            cite("003", "212-258"),
            cite("003", "262-338"),
            cite("003", "413"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "massachusetts-state-supports-proposal",
        "title": "Proposed state supports for collaboration in Massachusetts: Academy, "
        "facilitators, oversight commission and learning network",
        "resource_type": "policy",
        "summary": (
            "Bluestone and Kochan's 2011 proposals for state-level institutions to spread "
            "and sustain labor-management innovation: a training Academy, a roster of "
            "facilitators, an oversight commission, an online learning network and a "
            "leadership curriculum."
        ),
        "body": (
            "Why state support: the authors draw on private-sector experience that "
            "innovations neither spread nor last without policy support. Without state "
            "leadership, they warn, isolated successes in a few districts will not spread "
            "and will struggle to survive changes in leadership.\n\n"
            "What they propose:\n"
            "- A statewide public-private Academy training people in interest-based "
            "negotiation and facilitating ongoing school-site partnership work, in answer "
            "to the 80 to 90 percent of leaders who asked for such training.\n"
            "- A roster of full-time, part-time or per diem facilitators, recruited and "
            "trained much as mediators and arbitrators were when public-sector bargaining "
            "laws were first passed. Alternatively, an expanded and re-chartered "
            "Massachusetts Division of Labor Relations could take on this work.\n"
            "- A broadly representative oversight commission with the resources to "
            "monitor, evaluate and learn from early collaborative innovations and to "
            "provide continuity through changes in state and local leadership.\n"
            "- An online Massachusetts Learning Network where leaders from different "
            "districts and unions share experience and get advice from expert facilitators, "
            "possibly linked to a national network the U.S. Department of Education was "
            "considering.\n"
            "- A leadership development curriculum for the next generation of mentor "
            "teachers, union leaders and administrators.\n\n"
            "What followed: the Massachusetts Education Partnership, formed in 2012 after "
            "this white paper, runs interest-based bargaining training and facilitation and "
            "a facilitated district capacity program, and its facilitators meet as a "
            "community of practice.\n\n"
            "Status: these were proposals for discussion; the report does not say which "
            "were adopted."
        ),
        "start_year": 2011,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["state-policy", "interest-based-bargaining", "district-capacity"],
        "organizations": ["boston-foundation", "massachusetts-education-partnership"],
        "clauses": [],
        "rights": _rights_article("002", "000"),
        "documents": [],
        "citations": [
            cite("002", "2703-2779"),
            cite("002", "608-628"),
            cite("000", "20-39"),
        ],
        "related_case_studies": ["mep-district-capacity-project"],
    },
]


_MORE_C = [
    {
        "slug": "compensation-provisions-compendium",
        "title": "New compensation arrangements: contract provisions from nine districts",
        "resource_type": "contract_language",
        "summary": (
            "Summaries of negotiated pay provisions, including career ladders and pathways, "
            "performance and group pay, hard-to-staff incentives and National Board "
            "stipends, from nine districts described in the 2011 Boston Foundation report."
        ),
        "body": (
            "Context: Bluestone and Kochan found more experimentation in pay than in any "
            "other area of the contracts they reviewed. The standard contract has a salary "
            "matrix: a step for each year of service and a column move for credits toward "
            "advanced degrees. Districts are supplementing or changing it with school-based "
            "incentives and bonuses; group or team rewards; incentives to work in "
            "hard-to-serve schools; individual raises tied to evaluation, professional "
            "development and leadership roles such as mentoring; career pathways with "
            "promotion based on performance; rewards for national certification; use of "
            "several years of student growth data; and choices or transitions for "
            "incumbent teachers between old and new salary plans.\n\n"
            "The clauses below summarize each district's provisions as the report gives "
            "them. Years and article numbers are generally not stated in the source.\n\n"
            "How to use it: compare approaches before a joint study committee on pay. The "
            "U.S. Department of Education cautions that many pay changes are small, "
            "voluntary incentives layered on existing salary structures rather than changes "
            "to the structure itself.\n\n"
            "Notes on the source: the report gives ABC Unified and Baltimore the same four "
            "tier names (Standard, Professional, Model and Lead Teacher). It calls Helena's "
            "system the Professional Compensation Alternative 'Plan' in one figure and "
            "'Program' in another, and names the National Board differently in two places."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["compensation", "career-pathways"],
        "organizations": [],
        "clauses": [
            _clause(
                "ABC Unified: pay through achievements and pathways",
                "Raises come through professional development, strong evaluations, gains "
                "in student learning and completed coursework, and teachers progress on "
                "performance through four career pathways (Standard, Professional, Model "
                "and Lead Teacher).",
                locator("002", "1962-1965"),
                parties="ABC Unified district and teachers",
            ),
            _clause(
                "Baltimore: career ladder and achievement units",
                "A four-tier career ladder replaces salary lanes, with advancement through "
                "achievement units tied to evaluation and evidence of leadership and "
                "learning, and leadership roles with added responsibility and pay for "
                "teachers who have shown results.",
                locator("002", "1967-1972"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Denver: ProComp",
                "The Professional Compensation System for Teachers replaces the single "
                "salary schedule with base-building and non-base-building incentives for "
                "school-wide and classroom student growth, hard-to-serve schools and "
                "hard-to-staff assignments, demonstrated skills and knowledge, and a "
                "satisfactory or better evaluation.",
                locator("002", "1974-1978"),
                parties="Denver district and teachers",
            ),
            _clause(
                "Douglas County: long-running performance pay",
                "Developed with the union in 1993-1994, the performance pay program sits "
                "on top of the traditional schedule as a personal and group development "
                "model, starting from desired staff skills and extending to rewards for "
                "teacher portfolios and student results.",
                locator("002", "1980-1986"),
                parties="Douglas County district and union",
            ),
            _clause(
                "Helena: Professional Compensation Alternative",
                "The single salary schedule is replaced by a system in which teachers build "
                "salary increases through positive evaluation, career development and "
                "education, and professional service.",
                locator("002", "1988-1992"),
                parties="Helena district and union",
            ),
            _clause(
                "Hillsborough County: performance and differential pay",
                "Performance pay and differential pay for teachers in high-poverty "
                "schools, with a move toward a career ladder based on three years of "
                "value-added student learning gains. Teachers employed in 2009-2010 could "
                "choose the old or new system; new hires join the new system when it takes "
                "effect in 2013.",
                locator("002", "1994-1998"),
                parties="Hillsborough County district and union",
            ),
            _clause(
                "Montgomery County: National Board support",
                "The district supports teachers through National Board certification and "
                "pays a salary stipend to those who achieve it.",
                locator("002", "2000-2002"),
                parties="Montgomery County district",
            ),
            _clause(
                "New Haven: group bonuses and leadership incentives",
                "The contract calls for developing a compensation system with group-based "
                "bonuses and allows incentives for exemplary teachers who take on teacher "
                "leadership positions.",
                locator("002", "2004-2006"),
                parties="New Haven district and New Haven Federation of Teachers",
            ),
            _clause(
                "St. Francis: career lattice",
                "Placement and advancement on the district's career lattice depend largely "
                "on student performance data tied to each teacher's assignment and goals.",
                locator("002", "2008-2009"),
                parties="St. Francis district and union",
            ),
        ],
        "rights": _rights_summary("002", "004"),
        "documents": [
            _doc(
                "Compensation provisions from nine districts: summary table",
                "compensation-provisions-compendium.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of Figure 14, 'New Compensation Arrangements', "
                        "in Bluestone and Kochan's 2011 report. District contracts are "
                        "paraphrased, not reproduced.",
                    ),
                    (
                        "ABC Unified",
                        "Raises for development, evaluation, student gains and coursework; four career pathways.",
                    ),
                    (
                        "Baltimore",
                        "Four-tier career ladder; achievement units; paid leadership roles.",
                    ),
                    (
                        "Denver",
                        "ProComp incentives for growth, hard-to-serve schools, skills and evaluation.",
                    ),
                    (
                        "Douglas County",
                        "Performance pay since 1993-1994, on top of the regular schedule.",
                    ),
                    (
                        "Helena",
                        "Salary growth for evaluation, career development and education, and service.",
                    ),
                    (
                        "Hillsborough County",
                        "Performance pay; differential pay in high-poverty schools; career "
                        "ladder based on three years of value-added gains; 2009-2010 staff "
                        "could choose; new system for new hires from 2013.",
                    ),
                    (
                        "Montgomery County",
                        "Support and a stipend for National Board certification.",
                    ),
                    ("New Haven", "Group bonuses; incentives for teacher leaders."),
                    (
                        "St. Francis",
                        "Career lattice placement driven largely by student performance data.",
                    ),
                    (
                        "Questions for a joint pay committee",
                        "Which elements reward growth, leadership or hard assignments? "
                        "Will incumbents be able to choose? How will both sides check the "
                        "cost with the same budget figures?",
                    ),
                    ("Sources", "Seed 002, lines 1922-2009; seed 004, lines 242-244."),
                ],
            )
        ],
        "citations": [cite("002", "1922-2009"), cite("004", "242-244")],
        "related_case_studies": [
            "abc-unified-partnership",
            "baltimore-career-pathways",
            "denver-procomp",
            "helena-compensation",
            "hillsborough-evaluation",
            "montgomery-county-pgs",
            "new-haven-school-change",
            "st-francis-student-performance",
        ],
    },
    {
        "slug": "transfer-and-assignment-provisions",
        "title": "Transfer, assignment and reduction provisions: Baltimore, Denver, Green "
        "Dot and New Haven",
        "resource_type": "contract_language",
        "summary": (
            "How four contracts handle transfers, selection and reductions: mutual consent "
            "between teacher and principal, committee-based decisions that weigh "
            "performance over seniority, and protections when turnaround schools are "
            "restaffed."
        ),
        "body": (
            "Context: transfer, assignment and reduction in force is one of the ten "
            "principles from the 2011 Denver conference, and the Boston Foundation report "
            "treats it as closely linked to evaluation, professional development and pay. "
            "The clauses below summarize Figure 16 of that report.\n\n"
            "Patterns to notice: all four give weight to agreement between teacher and "
            "school. Denver and Green Dot limit the role of seniority; New Haven protects "
            "teachers' employment rights when a turnaround school is reconstituted; "
            "Baltimore and Green Dot keep forced placement possible but, in Baltimore's "
            "case, not in current practice.\n\n"
            "Related state policy: the U.S. Department of Education reports that under "
            "Illinois's new legislation seniority is used only as a tie-breaker in "
            "filling teaching positions (see the Illinois policy entry).\n\n"
            "Not stated in the source: article numbers and contract years."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["transfers-and-staffing", "turnaround-and-pilot-schools"],
        "organizations": [],
        "clauses": [
            _clause(
                "Baltimore: mutual consent",
                "High priority on agreement between teacher and principal for all "
                "transfers, voluntary and involuntary; forced placement is possible but "
                "not the district's current practice.",
                locator("002", "2056-2061"),
                parties=_BALTIMORE_PARTIES,
                year=2010,
            ),
            _clause(
                "Denver: committee decisions, performance over seniority",
                "Selections and reductions for program and enrollment changes are made by "
                "a committee including teachers and the principal; classroom performance "
                "is considered and seniority is not.",
                locator("002", "2063-2068"),
                parties="Denver district and teachers' union",
            ),
            _clause(
                "Denver: time to find a placement",
                "Under a new Colorado law all transfers and hiring require mutual consent. "
                "Teachers reduced in a building have the longer of two hiring cycles or one "
                "year to find a mutual-consent placement before unpaid leave, and return at "
                "the same salary level and seniority if they later find one.",
                locator("002", "2068-2077"),
                parties="Denver district and teachers' union",
            ),
            _clause(
                "Green Dot: shared selection",
                "High priority on teacher-principal agreement in selecting teachers, though "
                "forced placements are allowed; evaluation is a factor in transfers and "
                "seniority applies only when all else is equal.",
                locator("002", "2079-2085"),
                parties="Green Dot and its teachers' union",
            ),
            _clause(
                "New Haven: reconstituted turnaround schools",
                "When a turnaround school is reconstituted, all teachers compete with other "
                "interested teachers for positions; those who do not apply or are not "
                "selected keep their employment rights, and human resources and the union "
                "coordinate to avoid bumping and involuntary transfers.",
                locator("002", "2087-2094"),
                parties="New Haven district and New Haven Federation of Teachers",
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Transfer and assignment provisions: summary",
                "transfer-assignment-provisions.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of Figure 16, 'Transfer, Assignment, Promotion, "
                        "and Dismissal Practices', in Bluestone and Kochan's 2011 report.",
                    ),
                    (
                        "Baltimore",
                        "Mutual consent is the practice for all transfers; forced placement possible but not used.",
                    ),
                    (
                        "Denver",
                        "Teacher-principal committee decides selections and reductions on "
                        "performance, not seniority. State law requires mutual consent. "
                        "Reduced teachers get the longer of two hiring cycles or a year to "
                        "find a placement, then unpaid leave, returning at the same salary "
                        "and seniority.",
                    ),
                    (
                        "Green Dot",
                        "Shared selection; forced placements allowed; seniority only as a tie-breaker.",
                    ),
                    (
                        "New Haven",
                        "Open competition for places in reconstituted turnaround schools, "
                        "with employment rights kept and coordination to avoid bumping.",
                    ),
                    (
                        "Questions for your team",
                        "What role should mutual consent, evaluation and seniority each "
                        "play? What happens to a teacher who is not selected? How long "
                        "does a displaced teacher have to find a new post?",
                    ),
                    ("Source", "Seed 002, lines 2051-2094."),
                ],
            )
        ],
        "citations": [cite("002", "2051-2094"), cite("004", "354")],
        "related_case_studies": [
            "baltimore-career-pathways",
            "denver-procomp",
            "green-dot-school-staffing",
            "new-haven-school-change",
        ],
    },
    {
        "slug": "professional-development-provisions",
        "title": "Jointly run professional development: contract provisions from nine districts",
        "resource_type": "contract_language",
        "summary": (
            "How nine districts' contracts share responsibility for professional "
            "development: joint retreats and committees, jointly owned centers, teacher "
            "leadership and mentoring roles, career lattices and individual plans."
        ),
        "body": (
            "Context: in the districts Bluestone and Kochan reviewed, professional "
            "development provisions reinforce the evaluation system, and some link it to "
            "pay. Common features are joint union-management development, ownership and "
            "oversight of professional development; reliance on expert teachers as "
            "coaches, mentors or consultants; clear paths into leadership roles; and "
            "development plans drawn up jointly by supervisor and teacher.\n\n"
            "The clauses below summarize Figure 13 of the report. Years and article numbers "
            "are not stated in the source.\n\n"
            "How to use it: pick the structures that fit your district's size and "
            "relationship, and decide who owns the budget and agenda for professional "
            "development."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["professional-development", "career-pathways", "joint-committees"],
        "organizations": [],
        "clauses": [
            _clause(
                "ABC Unified: joint retreat",
                "An annual retreat, the Partnership between Administrators and Labor, is "
                "designed jointly by teachers and administrators as shared professional "
                "development focused on raising student achievement.",
                locator("002", "1879-1881"),
                parties="ABC Unified district and teachers",
            ),
            _clause(
                "Denver: Collaborative School Committee",
                "Site-based shared decision-making on professional development, schedules, "
                "calendars and other topics through a school-based Collaborative School "
                "Committee that develops School Improvement Plans and Professional "
                "Development Plans.",
                locator("002", "1883-1886"),
                parties="Denver district and teachers' union",
            ),
            _clause(
                "Douglas County: jointly owned center",
                "The union and district jointly own the district's Center for Staff and "
                "Community Development, and the contract creates teacher leadership roles "
                "such as instructional coaches and curriculum coordinators.",
                locator("002", "1888-1890"),
                parties="Douglas County district and union",
            ),
            _clause(
                "Green Dot: school-based committee",
                "Professional development is school-based and overseen by a committee of "
                "union members and school leaders; the contract creates teacher leadership "
                "roles, including mentors.",
                locator("002", "1892-1894"),
                parties="Green Dot and its teachers' union",
            ),
            _clause(
                "Helena: career development and mentoring",
                "A career and professional development system aligned with district goals "
                "and supported by the jointly developed compensation plan, with a "
                "district-wide mentorship program run jointly by the district and employee "
                "groups.",
                locator("002", "1896-1899"),
                parties="Helena district and employee groups",
            ),
            _clause(
                "Hillsborough County: three new full-time roles",
                "Full-time mentors; peer evaluators who share observation and evaluation "
                "with principals; and teacher leaders who teach half the day and work with "
                "administrators on instruction and curriculum the other half.",
                locator("002", "1901-1905"),
                parties="Hillsborough County district and union",
            ),
            _clause(
                "Montgomery County: career lattice",
                "Each contract makes the district and the association jointly responsible "
                "for professional development: career pathways for support staff, a "
                "three-stage career lattice for teachers (induction, skillful teacher, lead "
                "teacher) and leadership development for administrators. Staff write their "
                "own development plans with guidance from evaluators or lead teachers.",
                locator("002", "1907-1912"),
                parties="Montgomery County district and its three employee associations",
            ),
            _clause(
                "New Haven: induction and coaching",
                "Teacher induction and mentoring, school-based instructional coaches, "
                "teacher professional development centers, and extra training in special "
                "education inclusion, classroom management, data-driven instruction, "
                "differentiation and instructional technology.",
                locator("002", "1914-1917"),
                parties="New Haven district and New Haven Federation of Teachers",
            ),
            _clause(
                "St. Francis: 30-hour plans and a Teacher Academy",
                "Teachers write an annual 30-hour professional development plan, and a "
                "Teacher Academy offers development aligned with state and district goals.",
                locator("002", "1919-1921"),
                parties="St. Francis district and union",
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Professional development provisions: summary",
                "professional-development-provisions.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of Figure 13, 'Examples of Professional "
                        "Development Practices', in Bluestone and Kochan's 2011 report, and "
                        "of the common features the authors identify.",
                    ),
                    (
                        "Common features",
                        "Joint development, ownership and oversight; expert teachers as "
                        "coaches, mentors or consultants; clear paths into leadership; "
                        "development plans agreed between supervisor and teacher.",
                    ),
                    (
                        "Structures to consider",
                        "Joint annual retreat (ABC Unified); school-based committees "
                        "(Denver, Green Dot); a jointly owned development center (Douglas "
                        "County); full-time mentor, peer evaluator and teacher leader roles "
                        "(Hillsborough County); a career lattice (Montgomery County); "
                        "induction, coaching and development centers (New Haven); annual "
                        "30-hour plans and a Teacher Academy (St. Francis); a joint "
                        "mentorship program (Helena).",
                    ),
                    ("Source", "Seed 002, lines 1853-1921."),
                ],
            )
        ],
        "citations": [cite("002", "1853-1921")],
        "related_case_studies": [
            "abc-unified-partnership",
            "green-dot-school-staffing",
            "helena-compensation",
            "hillsborough-evaluation",
            "montgomery-county-pgs",
            "new-haven-school-change",
            "st-francis-student-performance",
        ],
    },
    {
        "slug": "shared-responsibility-structures",
        "title": "Shared responsibility structures: contract language on district-union "
        "partnership",
        "resource_type": "contract_language",
        "summary": (
            "Contract and partnership provisions from six districts that set up shared "
            "responsibility for improvement: partnership standards, consensus negotiations "
            "with open budgets, strategic-plan input and cross-constituency committees."
        ),
        "body": (
            "Context: the districts Bluestone and Kochan studied built structures at both "
            "district and school level to carry out shared responsibility for improvement, "
            "often including multi-stakeholder bodies that set a shared vision and lead and "
            "sustain the work. The U.S. Department of Education adds that Hillsborough "
            "County's district and union leaders set joint student achievement goals "
            "aligned with evaluation and development, that Baltimore City's latest contract "
            "includes shared decision-making on career development and resource "
            "allocation, and that many districts use instructional councils, professional "
            "development committees and joint planning retreats.\n\n"
            "The clauses below summarize Figure 19 of the Boston Foundation report. Years "
            "and article numbers are not stated in the source.\n\n"
            "How to use it: these provisions are short and can sit in a contract preamble "
            "or a separate partnership agreement. Pair them with the partnership "
            "principles template."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "budget-transparency", "school-level-collaboration"],
        "organizations": [],
        "clauses": [
            _clause(
                "ABC Unified: community-evaluated strategic plan",
                "The strategic plan's five major directions are evaluated each year by "
                "teachers, administrators, parents, students and the board, with a focus "
                "on involving all stakeholders in raising achievement.",
                locator("002", "2282-2284"),
                parties="ABC Unified district and community",
            ),
            _clause(
                "Denver: standards for partnership behavior",
                "The contract calls for a partnership focused on student outcomes, with "
                "shared professional responsibility for improvement, and sets out "
                "standards for behavior in the district-union partnership.",
                locator("002", "2286-2289"),
                parties="Denver district and teachers' union",
            ),
            _clause(
                "Green Dot: collaborative decisions",
                "The school considers staff input and decides collaboratively; union and "
                "school leaders commit to open communication and to working through "
                "concerns, especially in a school's early years.",
                locator("002", "2291-2294"),
                parties="Green Dot and its teachers' union",
            ),
            _clause(
                "Helena: consensus negotiations with open budgets",
                "Consensus negotiations bring all parties together around a shared vision, "
                "including a transparent, common understanding of the money available, "
                "salaries and benefits included.",
                locator("002", "2296-2298"),
                parties="Helena district and employee groups",
            ),
            _clause(
                "Montgomery County: commitment to work through issues",
                "Contracts with all three employee associations describe the "
                "labor-management relationship, grounded in interest-based bargaining and "
                "continuous improvement, commit the parties to work through issues, and "
                "give each association input into the strategic plan and annual targets.",
                locator("002", "2300-2305"),
                parties="Montgomery County district and its three employee associations",
            ),
            _clause(
                "New Haven: cross-constituency committees",
                "The School Change Initiative was shaped by the district, the city and the "
                "New Haven Federation of Teachers outside contract negotiations, and "
                "ongoing work, including the Teacher Evaluation and Development System, "
                "runs through formal cross-constituency committees.",
                locator("002", "2307-2311"),
                parties="New Haven district, city and New Haven Federation of Teachers",
            ),
        ],
        "rights": _rights_summary("002", "004"),
        "documents": [
            _doc(
                "Shared responsibility structures: summary",
                "shared-responsibility-structures.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of Figure 19, 'Examples of Shared Responsibility "
                        "Structures and Processes', in Bluestone and Kochan's 2011 report, "
                        "with examples from the U.S. Department of Education's 2012 white "
                        "paper.",
                    ),
                    (
                        "District-level structures",
                        "Annual community review of the strategic plan (ABC Unified); "
                        "partnership standards of behavior (Denver); consensus negotiations "
                        "with shared budget figures (Helena); strategic-plan input from each "
                        "association (Montgomery County); cross-constituency committees "
                        "(New Haven); joint achievement goals (Hillsborough County); shared "
                        "decisions on career development and resources (Baltimore City).",
                    ),
                    (
                        "School-level structures",
                        "Collaborative decision-making with staff input and open "
                        "communication between union and school leaders (Green Dot).",
                    ),
                    ("Sources", "Seed 002, lines 2266-2317; seed 004, lines 276-278."),
                ],
            )
        ],
        "citations": [cite("002", "2266-2317"), cite("004", "276-278")],
        "related_case_studies": [
            "abc-unified-partnership",
            "denver-procomp",
            "green-dot-school-staffing",
            "helena-compensation",
            "montgomery-county-pgs",
            "new-haven-school-change",
        ],
    },
]


_MORE_D = [
    {
        "slug": "saturn-agreement-consensus-principles",
        "title": "Saturn (GM and UAW): consensus decision-making in a 28-page agreement",
        "resource_type": "contract_language",
        "summary": (
            "Key points of the slim labor agreement General Motors and the United Auto "
            "Workers wrote for Saturn in the 1980s, which made the union a full partner and "
            "made consensus the primary way to decide and resolve disagreements."
        ),
        "body": (
            "What it is: a private-sector comparison case from the Boston Foundation "
            "report. A 'Committee of 99' union and management leaders designed Saturn, "
            "first in a framework agreement ratified at the top of the company and union, "
            "then in a 28-page labor agreement, compared with the hundreds of pages of a "
            "standard auto contract. The parties treated it as a 'living document' to be "
            "changed by consensus.\n\n"
            "How the partnership was organized: self-directed work teams on the line, "
            "problem-solving groups off the line, joint labor-management committees, and "
            "co-management partnering throughout the management structure. Its principles "
            "included recognizing everyone's stake, full union participation, consensus "
            "decisions, placing authority with the work unit where possible, and free flow "
            "of information.\n\n"
            "Results and lessons: for five years running Saturn's cars had the highest "
            "customer satisfaction ratings of any made in North America, it was GM's most "
            "productive assembly plant, and it set company records for launching new "
            "models. It failed, the authors say, because neither corporate GM nor the "
            "national UAW would give up central control of resources and decisions, and "
            "new products were not allocated to Saturn; relations slid back toward the "
            "traditional model, and Saturn was among the casualties of GM's 2009 "
            "bankruptcy.\n\n"
            "Why it matters for schools: the report points to 'thin' agreements like "
            "Saturn's as an option some pilot and charter schools have taken, and to the "
            "'living document' idea as a way to keep innovating during a contract's term. "
            "Saturn also shows that local innovations need support from higher levels to "
            "survive.\n\n"
            "Not stated in the source: the agreement's year, its article numbers and its "
            "full text."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "interest-based-bargaining"],
        "organizations": [],
        "clauses": [
            _clause(
                "The union as a full partner",
                "The agreement's administrative structure is meant to make the union a "
                "full partner.",
                locator("002", "1244-1245"),
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
            _clause(
                "Consensus as the primary method",
                "The parties agree that the consensus process is the primary method for "
                "making decisions and resolving disagreements.",
                locator("002", "1247-1249"),
                verbatim=True,
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
            _clause(
                "Acceptable to all",
                "Any solution must be highly acceptable to every party.",
                locator("002", "1251-1252"),
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
            _clause(
                "Blocking a decision",
                "Any of the parties may block a potential decision. However, the party "
                "blocking the decision must search for an alternative.",
                locator("002", "1254-1256"),
                verbatim=True,
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
            _clause(
                "When no alternative emerges",
                "If no alternative is found, the blocking party must reconsider its "
                "position in light of the organization's philosophy and mission.",
                locator("002", "1258-1260"),
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
            _clause(
                "No voting or trading",
                "Voting, 'trading' and compromise are not part of the process.",
                locator("002", "1262-1263"),
                verbatim=True,
                parties="General Motors (Saturn Corporation) and United Auto Workers",
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "Saturn agreement: consensus principles and lessons",
                "saturn-agreement-consensus-principles.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of the Saturn material in Bluestone and "
                        "Kochan's 2011 report, which draws on Rubinstein and Kochan, "
                        "'Learning from Saturn' (Cornell ILR Press, 2001) and Bluestone and "
                        "Bluestone, 'Negotiating the Future' (Basic Books, 1992).",
                    ),
                    (
                        "Decision rules",
                        "The union is a full partner. Consensus is the main way to decide "
                        "and settle disagreements. Solutions must be broadly acceptable to "
                        "all. A party may block a decision but must then look for an "
                        "alternative, and if none appears must rethink its position against "
                        "the shared philosophy and mission. No voting, trading or "
                        "compromise.",
                    ),
                    (
                        "Structure",
                        "Self-directed work teams, off-line problem-solving groups, joint "
                        "committees and co-management throughout the organization.",
                    ),
                    (
                        "Lessons for school districts",
                        "A short agreement can work when it sets decision rules rather than "
                        "detailed work rules. Treat the contract as a living document. "
                        "Secure support from the top of both organizations, or a successful "
                        "local experiment may be abandoned.",
                    ),
                    ("Source", "Seed 002, lines 262-272, 1213-1311 and 2652-2693."),
                ],
            )
        ],
        "citations": [
            cite("002", "1213-1311"),
            cite("002", "262-272"),
            cite("002", "2652-2665"),
            cite("002", "2682-2693"),
        ],
        "related_case_studies": [],
    },
    {
        "slug": "ford-uaw-interest-based-negotiations",
        "title": "Ford and the UAW: interest-based negotiations on quality, 2003 and 2007",
        "resource_type": "article",
        "summary": (
            "How Ford and the United Auto Workers used interest-based problem solving in "
            "2003 and 2007, pledging in contract language to be jointly accountable for "
            "quality and later extending the approach to retiree health care and new jobs."
        ),
        "body": (
            "A private-sector comparison case from the Boston Foundation report, based on "
            "Joel Cutcher-Gershenfeld's April 2011 article in Negotiation Journal.\n\n"
            "2003: the UAW and Ford used interest-based problem solving to negotiate on "
            "quality and wrote new contract language pledging joint accountability for "
            "taking their quality operating system to new levels. By 2007 Ford's quality "
            "had risen from well below the industry average to a three-way tie with Toyota "
            "and Honda for best in class.\n\n"
            "2007: the national negotiations extended the approach to safety, retiree "
            "benefits, product sourcing and employment security. On each issue the parties "
            "first brainstormed a shared vision of success; subcommittees then collected "
            "data together, identified all stakeholders' interests and brainstormed "
            "options, and only then did negotiation begin. There was still hard bargaining, "
            "but with more information. Results included moving retiree health costs off "
            "the company's books while increasing the resources for retiree health care, "
            "and a new starting wage that let the company create hundreds of union jobs.\n\n"
            "Earlier, Ford and the UAW had created a modern operating agreement at the "
            "Cleveland engine plant. The authors credit these practices with raising "
            "productivity and quality and helping Ford avoid the bankruptcy that hit GM and "
            "Chrysler.\n\n"
            "Lessons for schools: start with a shared vision of success, use joint "
            "subcommittees to gather data before proposals, and write joint accountability "
            "into the contract."
        ),
        "start_year": 2003,
        "end_year": 2007,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining"],
        "organizations": [],
        "clauses": [
            _clause(
                "Joint accountability for quality (2003)",
                "New contract language in which the company and the union pledge to be "
                "jointly accountable for taking their quality operating system to new "
                "levels of performance.",
                locator("002", "1336-1342"),
                parties="Ford Motor Company and United Auto Workers",
                year=2003,
            )
        ],
        "rights": _rights_article("002"),
        "documents": [],
        "citations": [cite("002", "1328-1374"), cite("002", "273-279")],
        "related_case_studies": [],
    },
    {
        "slug": "umass-boston-peer-review-merit-pay",
        "title": "UMass Boston political science: peer-allocated merit pay",
        "resource_type": "contract_language",
        "summary": (
            "A collective bargaining agreement at the University of Massachusetts Boston set "
            "aside part of the wage settlement as a merit pool; the political science "
            "department split its faculty share by secret peer ballot."
        ),
        "body": (
            "What it is: a higher-education example of performance pay decided by peers, "
            "described in Figure 15 of the Boston Foundation report from information "
            "provided by Barry Bluestone.\n\n"
            "How it worked:\n"
            "- Under the collective bargaining agreement, a percentage of the wage "
            "settlement went into a merit pool, shared among departments in proportion to "
            "their faculty payroll.\n"
            "- Half of each department's share was distributed by a system the faculty "
            "designed; the other half went to the college dean to distribute.\n"
            "- In political science, each tenured or tenure-track member had 100 'chits' "
            "to give by secret ballot to any colleagues, but not to themselves.\n"
            "- Votes were informed by each member's annual report on teaching, research "
            "and service and by summary student evaluation statistics.\n"
            "- Faculty were grouped as high, low or no merit; high merit received twice the "
            "low-merit share of the faculty-controlled pool, and no merit received nothing.\n"
            "- The dean could ratify the result but did not have to; rankings rarely "
            "differed. Faculty could appeal to the dean, which rarely if ever happened.\n\n"
            "How to use it: an example of peer judgment in pay decisions with a check by "
            "management. The K-12 examples in the same report combine peer review with "
            "principal assessment and student results rather than peer ballots.\n\n"
            "Notes on the source: the figure's title dates the system to 1990 while the "
            "text says the 1990s. The union and the agreement's article numbers are not "
            "stated in the source."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["compensation", "peer-assistance-and-review"],
        "organizations": [],
        "clauses": [
            _clause(
                "Merit pool",
                "A percentage of the wage settlement is set aside as a merit pay pool, and "
                "each department receives a share equal to its share of faculty payroll.",
                locator("002", "2014-2016"),
            ),
            _clause(
                "Split between faculty and dean",
                "Half of each department's pool is distributed under a system the "
                "department's faculty devise; the other half goes to the college dean.",
                locator("002", "2018-2020"),
            ),
            _clause(
                "Peer ballot (department practice)",
                "Each tenured or tenure-track member distributes 100 chits by secret "
                "ballot among colleagues, not to themselves; faculty are placed in high, "
                "low or no merit, with high merit receiving twice the low-merit share.",
                locator("002", "2022-2033"),
            ),
        ],
        "rights": _rights_summary("002"),
        "documents": [
            _doc(
                "UMass Boston peer-allocated merit pay: summary",
                "umass-boston-peer-merit-pay.pdf",
                [
                    (
                        "About this summary",
                        "SameSide's summary of Figure 15 of Bluestone and Kochan's 2011 "
                        "report. The agreement's text, year and parties are not stated in "
                        "the source beyond what is summarized here.",
                    ),
                    (
                        "The pool",
                        "Part of the negotiated wage settlement funds a merit pool, divided "
                        "among departments by payroll share; half is allocated by a faculty "
                        "system and half by the dean.",
                    ),
                    (
                        "The department's system",
                        "Secret ballot of 100 chits per faculty member, none to oneself; "
                        "annual reports on teaching, research and service plus student "
                        "evaluation statistics inform the vote; three merit levels.",
                    ),
                    (
                        "Checks",
                        "The dean may ratify or depart from the faculty ranking; appeals go "
                        "to the dean. Both departures and appeals were rare.",
                    ),
                    ("Source", "Seed 002, lines 2010-2050."),
                ],
            )
        ],
        "citations": [cite("002", "2010-2050")],
        "related_case_studies": [],
    },
    {
        "slug": "massachusetts-public-sector-agreements",
        "title": "Beyond schools: gainsharing, health plan savings and joint analysis in "
        "Massachusetts public services",
        "resource_type": "article",
        "summary": (
            "Examples of collaborative labor-management agreements in Massachusetts public "
            "services around 2011: transportation gainsharing, a Boston union coalition's "
            "health plan savings, state employee agreements and a joint study of IT work."
        ),
        "body": (
            "Bluestone and Kochan argue that the approach they propose for schools applies "
            "to all public services, and point to momentum already under way in "
            "Massachusetts:\n"
            "- Transportation: a coalition bargaining agreement merged the workforces and "
            "bargaining units of the Mass Turnpike and other agencies into one "
            "Massachusetts Department of Transportation, with an ongoing improvement and "
            "savings program in which employees share part of the savings they help "
            "achieve.\n"
            "- City of Boston: in April 2011 a coalition of 19 of the 36 unions "
            "representing city employees negotiated health plan changes expected to save "
            "the city $70 million over four years, and began developing joint wellness "
            "programs with the city.\n"
            "- Health insurance reform in the state budget brings more local employees "
            "into the state system while leaving room to negotiate other ways of reaching "
            "the same savings.\n"
            "- State employees: agreements deferred raises, added furloughs and changed "
            "health options while using employee and union ideas to fit different "
            "occupations.\n"
            "- Information technology: joint state-union analysis found the state could "
            "save over $8 million a year and create 200 state jobs by bringing contracted "
            "IT work back in house.\n"
            "- Pension reforms enacted that year reduce future costs.\n\n"
            "Why it matters for schools: the authors suggest school districts and union "
            "coalitions could follow the Boston example with joint wellness programs, and "
            "that joint analysis of shared data underpins such agreements.\n\n"
            "Not stated in the source: the unions involved in the transportation and state "
            "agreements, and the agreements' texts."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["budget-transparency", "compensation", "state-policy"],
        "organizations": [],
        "clauses": [
            _clause(
                "Transportation gainsharing",
                "An ongoing operational improvement and savings program in which employees "
                "share a portion of the savings they help achieve.",
                locator("002", "2793-2800"),
                parties="Massachusetts Department of Transportation and its merged "
                "bargaining units",
            ),
            _clause(
                "Boston health plan coalition",
                "A coalition of 19 of the 36 city unions agreed health plan changes "
                "expected to save $70 million over four years, followed by joint work on "
                "wellness programs.",
                locator("002", "2809-2817"),
                parties="City of Boston and a coalition of city employee unions",
                year=2011,
            ),
        ],
        "rights": _rights_article("002"),
        "documents": [],
        "citations": [cite("002", "2781-2858")],
        "related_case_studies": [],
    },
    {
        "slug": "illinois-evaluation-and-personnel-legislation",
        "title": "Illinois: evaluation and personnel laws written with the unions",
        "resource_type": "policy",
        "summary": (
            "Illinois stakeholders who had collaborated for years through the Consortium "
            "for Educational Change jointly wrote the Performance Evaluation Reform Act and "
            "Senate Bill 7 while the state prepared its 2009 Race to the Top application."
        ),
        "body": (
            "Background: in the 1990s district and union leaders in Illinois cities and "
            "suburbs created the Consortium for Educational Change to develop collaborative "
            "approaches to reform. A Dialogue Group formed in 2006 developed a shared "
            "vision for Illinois public schools and accompanying legislation called the "
            "Burnham Plan.\n\n"
            "The legislation: as Illinois prepared to apply for Race to the Top in 2009, "
            "the same stakeholders came together to write legislation:\n"
            "- The Performance Evaluation Reform Act set evaluation guidelines and a staged "
            "rollout so that design and implementation could proceed with collaborative "
            "input.\n"
            "- Senate Bill 7 brings performance into personnel decisions, including "
            "teaching assignments and layoffs. Draft legislation called 'Accountability "
            "for All', written by the Illinois Education Association, the Illinois "
            "Federation of Teachers and the Chicago Teachers Union, strongly influenced it. "
            "In a case study, Elliot Regenstein of Education Counsel says that by going on "
            "offense, rather than only deflecting reformers' proposals, the unions headed "
            "off criticism that they only said what they were against, and that the "
            "negotiations turned on specific legislative language rather than broad "
            "principles.\n\n"
            "Effect: according to the U.S. Department of Education, teaching positions in "
            "Illinois are now filled on a range of factors, with seniority used only as a "
            "tie-breaker and performance a permissible basis for dismissal.\n\n"
            "Not stated in the source: the years the two laws were enacted. The source "
            "sentence describing Senate Bill 7 is garbled, so which actor 'led to "
            "significant district support' is unclear."
        ),
        "start_year": 2009,
        "end_year": None,
        "states": ["IL"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["state-policy", "teacher-evaluation", "transfers-and-staffing"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_article("004"),
        "documents": [],
        "citations": [cite("004", "284-292"), cite("004", "354"), cite("004", "102")],
        "related_case_studies": [],
    },
    {
        "slug": "ohio-transformational-dialogue",
        "title": "Ohio: Transformational Dialogue for Public Education and a joint "
        "evaluation framework",
        "resource_type": "policy",
        "summary": (
            "Since 2007 Ohio's Transformational Dialogue for Public Education has brought "
            "state leaders and teachers' unions together regularly, helping them adopt a "
            "teacher evaluation framework in November 2011 despite changes in state "
            "leadership."
        ),
        "body": (
            "What it is: a state-level structure for ongoing collaboration described by the "
            "U.S. Department of Education. It grew out of work the National Education "
            "Association began in 2003 on its core purpose and values, which produced a new "
            "NEA mission statement in 2006.\n\n"
            "How it works: from 2007 the Ohio group brought together several dozen leaders, "
            "including representatives of the governor's office, the department of "
            "education and the teachers' unions, for two full days every other month. They "
            "set out the core purpose and values of the state's public education system and "
            "used them to guide strategy within and across their organizations.\n\n"
            "Result: the process kept stakeholders working together through several "
            "changes in state leadership. Legislators, the state board and the Ohio "
            "Education Association adopted a teacher evaluation framework in November 2011 "
            "and began piloting it in the 2011-2012 school year.\n\n"
            "Why it matters: the Department argues that states should build relationships "
            "among stakeholder groups outside legislative deadlines and negotiations, so "
            "that relationships already exist when high-stakes decisions arise."
        ),
        "start_year": 2007,
        "end_year": None,
        "states": ["OH"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "pilot",
        "student_outcomes_reported": False,
        "topics": ["state-policy", "teacher-evaluation", "trust-and-communication"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_article("004"),
        "documents": [],
        "citations": [cite("004", "300"), cite("004", "304-320"), cite("004", "356")],
        "related_case_studies": [],
    },
    {
        "slug": "living-and-thin-contracts",
        "title": "Living contracts, thin contracts and compacts",
        "resource_type": "article",
        "summary": (
            "Forms of agreement that collaborative districts use instead of, or alongside, "
            "traditional detailed contracts: contracts renegotiated continuously, short "
            "contracts focused on shared priorities, and compacts."
        ),
        "body": (
            "Why new forms: the U.S. Department of Education observes that traditional "
            "bargaining tends to produce detailed, rigid contracts setting out each side's "
            "rules and rights, while interest-based bargaining tends to produce more "
            "flexible contracts and mechanisms for continuous problem solving.\n\n"
            "Examples named in the sources:\n"
            "- Flexible contracts and problem-solving mechanisms: the contract and "
            "guidelines for collaboration in Natrona County, Wyoming, and the Springfield "
            "Collaboration for Change formed by district leaders in Springfield, "
            "Massachusetts.\n"
            "- Living contracts, negotiated continuously rather than every few years: "
            "Rochester, New York's joint Living Contract Committee, which meets monthly; "
            "the ongoing 'Constitution' in suburban Glenview, Illinois; and the nine-year "
            "Denver contract that established the ProComp performance-pay system.\n"
            "- Thin contracts, which replace hundreds of pages with a short document "
            "focused on shared priorities: the 16-page contract between the Amber Charter "
            "School and the United Federation of Teachers in New York City, and the "
            "30-page contract originally adopted in Green Dot's public charter schools in "
            "Los Angeles.\n"
            "- Compacts: some advocates propose replacing contracts with compacts that "
            "give all stakeholders a shared vision of outcomes, practice and "
            "decision-making, with most teaching and learning decisions made at school "
            "level.\n\n"
            "From the Boston Foundation report: Saturn's 28-page agreement was treated as a "
            "'living document' changed by consensus; the authors suggest treating school "
            "contracts the same way so innovation continues between negotiations, and note "
            "that some pilot and charter schools have adopted thin agreements. Codifying "
            "innovations in written agreements, they argue, helps them survive leadership "
            "turnover.\n\n"
            "Not stated in the source: the contents of these agreements beyond what is "
            "listed here."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "joint-committees"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_article("004", "002"),
        "documents": [],
        "citations": [
            cite("004", "88-100"),
            cite("002", "1229-1238"),
            cite("002", "2652-2665"),
            cite("002", "2682-2701"),
        ],
        "related_case_studies": [
            "natrona-county-wyoming",
            "springfield-collaboration-for-change",
            "rochester-living-contract",
            "glenview-illinois",
            "denver-procomp",
            "green-dot-school-staffing",
        ],
    },
]


_MORE_E = [
    {
        "slug": "partnership-principles-template",
        "title": "Partnership principles and guiding behaviors (template)",
        "resource_type": "template",
        "summary": (
            "A template for a district and union to write down the mission, principles and "
            "expected behaviors of their partnership, modeled on ABC Unified's six guiding "
            "principles and on practices described by WestEd and the Boston Foundation "
            "report."
        ),
        "body": (
            "Where it comes from: in California's ABC Unified School District, which grew a "
            "partnership with the ABC Federation of Teachers after a 1993 strike, the "
            "parties developed six principles to guide their work once the partnership "
            "deepened under a new superintendent from 2005. The principles stress that all "
            "students can succeed, that schools get the support they need, that the "
            "district will hire, train and keep excellent teachers, that all employees "
            "contribute, that negotiations support good teaching and learning, and that "
            "neither side will let the other fail. There is little contract language "
            "recording the partnership; instead the union and board signed a mission "
            "statement, guiding principles and guiding behaviors.\n\n"
            "Similar practices elsewhere: Denver's contract sets standards for behavior in "
            "the district-union partnership. WestEd found that districts with strong "
            "collaboration sign and post student-centered commitments and start and end "
            "meetings by talking about students; one team made a written commitment to "
            "collaborate at the Denver conference; another adopted a norm of presumed "
            "trust.\n\n"
            "How to use the template: draft it together at a retreat or facilitated "
            "session, have the union president, superintendent and board sign it, post it "
            "where staff can see it, and review it each year."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["trust-and-communication", "joint-committees", "school-level-collaboration"],
        "organizations": [],
        "clauses": [
            _clause(
                "ABC Unified guiding principle 5",
                "All negotiations support conditions that sustain successful teaching and "
                "student learning.",
                locator("001", "495-497"),
                verbatim=True,
                parties="ABC Unified School District and ABC Federation of Teachers",
            ),
            _clause(
                "ABC Unified guiding principle 6",
                "We won't let each other fail.",
                locator("001", "499"),
                verbatim=True,
                parties="ABC Unified School District and ABC Federation of Teachers",
            ),
        ],
        "rights": _rights_adapted("001", "002", "003"),
        "documents": [
            _doc(
                "Partnership principles and guiding behaviors: template",
                "partnership-principles-template.pdf",
                [
                    (
                        "Parties",
                        "District: ________. Union: ________. Board: ________. Date "
                        "adopted: ____. Review date: ____.",
                    ),
                    (
                        "Our mission",
                        "In one or two sentences, what our partnership exists to achieve "
                        "for students: ________.",
                    ),
                    (
                        "Our principles",
                        "Write four to eight principles. ABC Unified's covered: belief that "
                        "every student can succeed; support for schools; hiring, training "
                        "and keeping excellent teachers; the contribution of every "
                        "employee; negotiations that support teaching and learning; and "
                        "mutual support. Our principles: 1. ________ 2. ________ 3. "
                        "________ 4. ________.",
                    ),
                    (
                        "Our behaviors",
                        "How we will act toward each other, for example presuming good "
                        "intentions, keeping promises, giving advance notice, sharing "
                        "information, and raising disagreement directly: ________.",
                    ),
                    (
                        "Our structures",
                        "How often the superintendent and union president meet: ________. "
                        "Joint leadership team: ________. Annual retreat: ________. "
                        "School-level teams of principal and union representatives: "
                        "________.",
                    ),
                    (
                        "Keeping it visible",
                        "Where we will post this statement and how we will open and close "
                        "meetings with our shared goals: ________.",
                    ),
                    (
                        "Signatures",
                        "Superintendent: ________. Union president: ________. Board "
                        "president: ________.",
                    ),
                    (
                        "Sources",
                        "Adapted from seed 001, lines 475-523 and 598-603; seed 002, lines "
                        "2286-2289; seed 003, lines 170, 230-232 and 240.",
                    ),
                ],
            )
        ],
        "citations": [
            cite("001", "475-503"),
            cite("001", "510-523"),
            cite("001", "598-603"),
            cite("002", "2286-2289"),
            cite("003", "170"),
            cite("003", "230-240"),
        ],
        "related_case_studies": ["abc-unified-partnership"],
    },
    {
        "slug": "district-capacity-team-mou-and-work-plan",
        "title": "District capacity team: MOU and work plan (template)",
        "resource_type": "template",
        "summary": (
            "A template for a labor-management team working on one priority project during "
            "the term of a contract, following the steps of the Massachusetts Education "
            "Partnership's District Capacity Project: an MOU of guiding principles, joint "
            "training, and a work plan with timeline and goals."
        ),
        "body": (
            "Where it comes from: the Massachusetts Education Partnership's District "
            "Capacity Project helps district teams carry out a shared priority project "
            "during the term of a labor agreement. It does not negotiate contracts; it "
            "changes how leaders work together. Each team includes the superintendent, the "
            "union president, a school committee member, teachers and administrators, and "
            "sometimes community partners, and works with a facilitator.\n\n"
            "The project's aims: co-design and implement initiatives for student learning; "
            "increase teacher leadership in school and district innovation; improve problem "
            "solving, decision-making and fidelity of implementation; and build skills, "
            "structures and policies that sustain collaboration.\n\n"
            "The steps: teams draft an MOU setting out principles for their work, take "
            "part in training on relationship building and collaborative planning, and "
            "jointly write a work plan, timeline and project goals. Facilitators help them "
            "work through difficult issues, stay focused and assess progress.\n\n"
            "What teams did: by July 2014 the project had worked in seven districts whose "
            "teams represent 5,000 educators and 68,000 mostly urban students. Projects "
            "included a teacher leadership program in Leominster, a dual language "
            "immersion school planned with more than 2,600 families in Brockton, dialogue "
            "and decision-making training in every Malden school, a reinvented "
            "professional development system, a teaming protocol and toolkit in Berkshire "
            "Hills, and the first full-year rollout of a new educator evaluation system in "
            "Springfield. Five of the seven districts later took or planned training in "
            "interest-based bargaining.\n\n"
            "How to use the template: complete Part 1 (the MOU) at the team's first "
            "facilitated meeting, and Part 2 (the work plan) after joint training. The "
            "project's own MOUs are not reproduced in the source; the prompts are "
            "SameSide's."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["district-capacity", "joint-committees"],
        "organizations": ["massachusetts-education-partnership", "rennie-center"],
        "clauses": [],
        "rights": _rights_adapted("000", "001"),
        "documents": [
            _doc(
                "District capacity team: MOU and work plan template",
                "district-capacity-team-mou-work-plan.pdf",
                [
                    (
                        "Part 1. Team MOU: members",
                        "Superintendent: ________. Union president: ________. School "
                        "committee member: ________. Teachers: ________. Administrators: "
                        "________. Community partners: ________. Facilitator: ________.",
                    ),
                    (
                        "Part 1. Team MOU: our project",
                        "The student learning priority we will address together during the "
                        "current contract: ________. Why it matters to each of us: "
                        "________.",
                    ),
                    (
                        "Part 1. Team MOU: principles for our work",
                        "How we will make decisions: ________. How we will handle "
                        "disagreement: ________. What we will share with each other: "
                        "________. How we will involve teachers in leading the work: "
                        "________. What stays outside this project (for example, matters "
                        "for bargaining): ________.",
                    ),
                    (
                        "Part 1. Team MOU: sign-off",
                        "Signed by each member: ________. Date: ____.",
                    ),
                    (
                        "Part 2. Joint training",
                        "Sessions on relationship building and collaborative planning: "
                        "dates ________, who attends ________.",
                    ),
                    (
                        "Part 2. Work plan",
                        "Project goals: ________. Activities, leads and dates: ________. "
                        "Timeline with milestones: ________. How we will measure "
                        "improvement in practice and in student success: ________.",
                    ),
                    (
                        "Part 2. Progress review",
                        "How often the team and facilitator review progress: ________. "
                        "Issues to work through: ________. Skills, structures or policies "
                        "we need so the collaboration lasts: ________.",
                    ),
                    ("Sources", "Adapted from seed 000, lines 56-80, and seed 001, lines 114-189."),
                ],
            )
        ],
        "citations": [cite("000", "56-80"), cite("001", "114-189")],
        "related_case_studies": ["mep-district-capacity-project"],
    },
    {
        "slug": "district-leader-collaboration-checklist",
        "title": "Checklist for district labor and management leaders",
        "resource_type": "toolkit",
        "summary": (
            "WestEd's nine recommendations for district labor and management leaders, "
            "turned into a checklist a superintendent, union leader and board president "
            "can work through together."
        ),
        "body": (
            "Where it comes from: WestEd's 2012 study of districts that attended the 2011 "
            "Denver conference ends with recommendations for conference planners, for "
            "district labor and management leaders, and for technical assistance "
            "providers. The authors say they offer promising practices rather than a formal "
            "model, based on survey responses and interviews.\n\n"
            "The nine recommendations for district leaders, in brief: bring all key "
            "stakeholders to the table around student learning; seek outside help to "
            "assess needs and tackle hard problems; create formal and informal "
            "opportunities to build trust; cultivate collaborative leadership across the "
            "district; foster productive, respectful dialogue; share and document "
            "interests, concerns and agreements; seek training and coaching in "
            "interest-based bargaining; help outside groups understand labor-management "
            "collaboration; and avoid half-measures in favor of systemic solutions.\n\n"
            "How to use it: go through the checklist as a team once a year, mark each item, "
            "and choose one or two to work on. The recommendations for technical assistance "
            "providers are summarized at the end for teams choosing outside help."
        ),
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["trust-and-communication", "joint-committees", "interest-based-bargaining"],
        "organizations": ["wested"],
        "clauses": [],
        "rights": _rights_adapted("003"),
        "documents": [
            _doc(
                "Checklist for district labor and management leaders",
                "district-leader-collaboration-checklist.pdf",
                [
                    (
                        "1. All key stakeholders at the table",
                        "Do we set aside time for joint planning and include a broad range "
                        "of people in planning, implementing and evaluating student-centered "
                        "work? Have we agreed norms for how we interact? Yes / partly / no.",
                    ),
                    (
                        "2. Outside help",
                        "Do we have a neutral third party who knows local issues to assess "
                        "our needs? Did both sides agree on who it is and what they do? "
                        "Yes / partly / no.",
                    ),
                    (
                        "3. Opportunities to build trust",
                        "Do we hold working retreats or off-site meetings on less "
                        "contentious topics, and make time for informal and social contact? "
                        "Yes / partly / no.",
                    ),
                    (
                        "4. Collaborative leadership",
                        "Have we named the collaborative skills we need and trained "
                        "together? Are those expectations part of hiring administrators and "
                        "of union elections? Do new leaders get an orientation to "
                        "labor-management collaboration? Yes / partly / no.",
                    ),
                    (
                        "5. Respectful dialogue",
                        "Have we written down norms, ground rules and procedures for "
                        "difficult topics, and made them visible? Yes / partly / no.",
                    ),
                    (
                        "6. Documenting interests and agreements",
                        "Do we keep meeting notes, formalize agreements even when trust is "
                        "high, and update constituents regularly? Yes / partly / no.",
                    ),
                    (
                        "7. Training in interest-based bargaining",
                        "Have we found training or coaching, and do all parties agree to "
                        "the new approach before we start? Have we talked to districts that "
                        "use it? Yes / partly / no.",
                    ),
                    (
                        "8. Reaching outside groups",
                        "Do we hold events where stakeholders learn from other districts, "
                        "and have we made formal commitments with city leaders or regional "
                        "union representatives? Yes / partly / no.",
                    ),
                    (
                        "9. No half-measures",
                        "Do we analyze problems jointly, consult network partners and "
                        "research, write a detailed action plan, proceed only with the "
                        "capacity to succeed, and monitor closely? Yes / partly / no.",
                    ),
                    (
                        "If you use technical assistance",
                        "WestEd advises providers to assess local strengths and needs, "
                        "build a culture of trust through agreed norms, create safe "
                        "informal conversations, use local knowledge and consultants, "
                        "develop facilitation, engagement, conflict resolution and "
                        "negotiation skills, offer menus of proven practices and network "
                        "partners, help with outside constituents, and help find time and "
                        "money.",
                    ),
                    ("Source", "Adapted from seed 003, lines 423-479."),
                ],
            )
        ],
        "citations": [cite("003", "423-455"), cite("003", "457-479")],
        "related_case_studies": [],
    },
    {
        "slug": "ibb-in-massachusetts-practice",
        "title": "Interest-based bargaining in Massachusetts: survey evidence and a lesson "
        "in leadership turnover",
        "resource_type": "article",
        "summary": (
            "A survey of Massachusetts superintendents on how they bargain, reported in "
            "2011, and an "
            "unnamed district's experience of interest-based bargaining fading after its "
            "leaders changed."
        ),
        "body": (
            "The Borstel survey: Scott Borstel, superintendent of the Marshfield School "
            "District, surveyed Massachusetts superintendents about their bargaining. 39 "
            "percent called it traditional, 18 percent collaborative (interest-based) and "
            "44 percent a mix. Superintendents with more than seven years in their district "
            "were more likely to bargain collaboratively, and those using collaborative or "
            "mixed approaches rated their union relationships more favorably and held more "
            "positive views of contract language and teacher performance. (The figures sum "
            "to 101 percent in the source.)\n\n"
            "A district's story (Figure 24 of the Boston Foundation report; the district is "
            "not named):\n"
            "- Its 2003 teachers' contract came only after negotiations ran well past the "
            "old contract's expiry, with work-to-rule action and much acrimony.\n"
            "- In July 2005, with expiry approaching, the union and a new superintendent "
            "attended a two-day IBB seminar, followed by a half-day session for the full "
            "union bargaining committee and town officials.\n"
            "- Bargaining ran through the school year with a facilitator, and the contract "
            "was signed before the deadline the next summer. Joint teams on key issues did "
            "the most good: the salary subcommittee found senior teachers were not as far "
            "behind comparable towns as assumed, and there was good work on special "
            "education staffing.\n"
            "- By the 2009 negotiations every key leader had changed. With budget problems, "
            "bargaining ran two years past expiry before a retroactive contract was "
            "signed. A current union vice president hopes to build on the earlier "
            "experience.\n\n"
            "Lessons: the authors see IBB as neither a cure-all nor a single best way. It "
            "needs strong joint commitment, communication with constituents, parents and "
            "the media, and training and facilitation to overcome skeptics, including union "
            "leaders, lawyers and some teachers. Joint study committees set up well before "
            "bargaining are especially useful. Without these supports, leadership turnover "
            "often brings a return to traditional bargaining. A respondent to the authors' "
            "survey, whose district had used IBB for two rounds of negotiations, voiced "
            "the same worry about what would happen when the superintendent retired."
        ),
        "start_year": None,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "organizations": [],
        "clauses": [],
        "rights": _rights_article("002"),
        "documents": [],
        "citations": [
            cite("002", "2500-2541"),
            cite("002", "2569-2620"),
            cite("002", "1039-1052"),
        ],
        "related_case_studies": [],
    },
]


RESOURCES = _CONTRACTS + _TOOLKITS + _REPORTS + _MORE_A + _MORE_B + _MORE_C + _MORE_D + _MORE_E
