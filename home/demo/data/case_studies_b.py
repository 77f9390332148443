"""Case studies (set B) and their organizations.

St. Francis, Helena, Saint Paul, Green Dot, Rochester, Springfield, Boston, the MEP
District Capacity Project, Jefferson County, Glenview and Natrona County.

Every fact carries a citation to the seed reports (see ``home.demo.sources``). Where
the sources are silent the text says "Not stated in the source." The key
``massachusetts-education-partnership`` is referenced here but defined in another
module.
"""

from home.demo.sources import cite

NOT_STATED = "Not stated in the source."

ORGANIZATIONS = [
    # --- St. Francis, Minnesota -------------------------------------------------
    {
        "key": "st-francis-mn-district",
        "name": "St. Francis, Minnesota",
        "kind": "district",
        "state": "MN",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": [
            "teacher-evaluation",
            "peer-assistance-and-review",
            "professional-development",
            "compensation",
            "career-pathways",
        ],
        "partner": "",
        "website": "",
        "description": "A Minnesota school district that, with its local union, started the "
        "Student Performance Improvement Program. A 2011 Massachusetts report lists it "
        "among six urban and rural districts whose superintendents and union leaders had "
        "worked together on school reform for more than ten years. The union is not named "
        "in the source, and the district's size and locale are not stated.",
        "citations": [
            cite("002", "409-413"),
            cite("002", "1601-1606", "Stage: one of six districts with long-running partnerships"),
            cite("002", "1622-1624"),
            cite(
                "002",
                "1807-1808",
                "Topics: the jointly initiated Student Performance Improvement Program",
            ),
            cite("002", "1807-1812", "Topics: evaluation, peer review, induction and pay"),
            cite("002", "1919-1921", "Topics: professional development plans, Teacher Academy"),
            cite("002", "2008-2009", "Topics: career lattice"),
        ],
    },
    # --- Helena, Montana --------------------------------------------------------
    {
        "key": "helena-mt-district",
        "name": "Helena, Montana",
        "kind": "district",
        "state": "MT",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": [
            "compensation",
            "professional-development",
            "budget-transparency",
            "career-pathways",
        ],
        "partner": "",
        "website": "",
        "description": "A Montana district that the U.S. Department of Education describes "
        "as a small district. It was one of twelve stories featured at the 2011 national "
        "conference on labor-management collaboration. Its district and union replaced the "
        "single salary schedule with a jointly developed alternative compensation plan. The "
        "union is not named in the source, and no enrollment figure is given. How far along "
        "the collaboration is: Not stated in the source.",
        "citations": [
            cite("004", "170"),
            cite("002", "1988-1992", "Topics: the Professional Compensation Alternative Program"),
            cite(
                "002", "1896-1899", "Topics: career and professional development system, mentorship"
            ),
            cite(
                "002",
                "2296-2298",
                "Topics: consensus negotiations with a shared understanding of the budget",
            ),
        ],
    },
    # --- Saint Paul -------------------------------------------------------------
    {
        "key": "saint-paul-public-schools",
        "name": "Saint Paul Public Schools",
        "kind": "district",
        "state": "",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "partner": "saint-paul-federation-of-teachers",
        "website": "",
        "description": "The school district that is party, with the Saint Paul Federation "
        "of Teachers, to a collective bargaining agreement with staffing and transfer "
        "language for Restructured Schools. The source spells the name both 'Saint Paul' "
        "and 'St. Paul'. It does not name the state or give the district's size. How far "
        "along the collaboration is: Not stated in the source.",
        "citations": [
            cite(
                "002",
                "2207-2234",
                "Topics: staffing and transfer language for Restructured Schools",
            )
        ],
    },
    {
        "key": "saint-paul-federation-of-teachers",
        "name": "Saint Paul Federation of Teachers",
        "kind": "union",
        "state": "",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "partner": "saint-paul-public-schools",
        "website": "",
        "description": "The teachers' bargaining unit in Saint Paul Public Schools. Under "
        "its agreement with the district, teachers who work in Restructured Schools remain "
        "members of the unit. The source spells the name both 'Saint Paul' and 'St. Paul' "
        "and does not state a national affiliation. How far along the collaboration is: Not "
        "stated in the source.",
        "citations": [
            cite("002", "2220-2222"),
            cite("002", "2234"),
            cite(
                "002",
                "2207-2219",
                "Topics: staffing and transfer language for Restructured Schools",
            ),
        ],
    },
    # --- Green Dot ---------------------------------------------------------------
    {
        "key": "green-dot-public-schools",
        "name": "Green Dot Public Schools",
        "kind": "district",
        "state": "CA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": [
            "professional-development",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "partner": "",
        "website": "",
        "description": "A charter school network in Los Angeles, California, and one of "
        "twelve stories featured at the 2011 national conference on labor-management "
        "collaboration. Its schools first adopted a 30-page union contract. The union is "
        "not named in the sources. How far along the collaboration is: Not stated in the "
        "source.",
        "citations": [
            cite("004", "94"),
            cite("004", "170"),
            cite(
                "002",
                "1892-1894",
                "Topics: school-based professional development overseen by a joint committee",
            ),
            cite("002", "2079-2085", "Topics: teacher selection by shared agreement"),
            cite("002", "2291-2294", "Topics: collaborative decisions at school level"),
        ],
    },
    # --- Rochester, New York -----------------------------------------------------
    {
        "key": "rochester-ny-district",
        "name": "City School District in Rochester, New York",
        "kind": "district",
        "state": "NY",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": ["joint-committees", "trust-and-communication"],
        "partner": "",
        "website": "",
        "description": "The Rochester, New York school district. The WestEd report names "
        "it 'City School District in Rochester, New York'. The U.S. Department of "
        "Education white paper cites Rochester's joint union-management Living Contract "
        "Committee, which meets monthly. The union is not named in the sources.",
        "citations": [
            cite("003", "76"),
            cite(
                "004",
                "92",
                "Stage and topics: a joint Living Contract Committee that meets monthly, given as "
                "an example of successful collaboration codified in a contract",
            ),
        ],
    },
    # --- Springfield, Massachusetts ----------------------------------------------
    {
        "key": "springfield-ma-district",
        "name": "Springfield, Massachusetts",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["teacher-evaluation", "district-capacity", "interest-based-bargaining"],
        "partner": "",
        "website": "",
        "description": "A Massachusetts school district in the MEP District Capacity "
        "Project. Its district leaders also formed the Springfield Collaboration for "
        "Change. The union is not named in the sources.",
        "citations": [
            cite("000", "67"),
            cite("000", "76", "Topics: the rollout of a new educator evaluation system"),
            cite(
                "004",
                "88",
                "Topics: the Springfield Collaboration for Change, cited as the kind of mechanism "
                "interest-based bargaining leads to",
            ),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    # --- Boston -------------------------------------------------------------------
    {
        "key": "boston-public-schools",
        "name": "Boston Public Schools",
        "kind": "district",
        "state": "MA",
        "locale": "urban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": [
            "extended-learning-time",
            "professional-development",
            "trust-and-communication",
            "school-level-collaboration",
        ],
        "partner": "boston-teachers-union",
        "website": "",
        "description": "Boston's public school system. The 2011 report calls it one of the "
        "best urban school systems in America, and elsewhere it is called the Boston School "
        "Department. The School Committee is party to contracts with the Boston Teachers "
        "Union. Enrollment is not stated in the sources.",
        "citations": [
            cite("002", "323-333", "Locale: 'ranked among the best urban school systems'"),
            cite("002", "698-709"),
            cite("001", "284-285"),
            cite(
                "001",
                "242-260",
                "Stage: the relationship was seen as too adversarial; exploratory meetings began "
                "in December 2012",
            ),
            cite(
                "001",
                "278-283",
                "Stage and topics: agreement on extended learning time; facilitators to be trained"
                " to support continued collaboration",
            ),
        ],
    },
    {
        "key": "boston-teachers-union",
        "name": "Boston Teachers Union",
        "kind": "union",
        "state": "MA",
        "locale": "urban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": [
            "extended-learning-time",
            "professional-development",
            "trust-and-communication",
            "school-level-collaboration",
        ],
        "partner": "boston-public-schools",
        "website": "",
        "description": "The teachers' union in Boston (BTU). It was party to the 2006-2010 "
        "contract, whose Preamble is titled 'A Shared Commitment to Educational "
        "Achievement', and to the later agreement on extended learning time. No national "
        "affiliation is stated in the sources.",
        "citations": [
            cite("002", "698-709", "Locale: 'ranked among the best urban school systems'"),
            cite("001", "240-288"),
            cite(
                "001",
                "242-260",
                "Stage: the relationship was seen as too adversarial; exploratory meetings began "
                "in December 2012",
            ),
            cite(
                "001",
                "278-283",
                "Stage and topics: agreement on extended learning time; facilitators to be trained"
                " to support continued collaboration",
            ),
        ],
    },
    # --- MEP District Capacity Project districts ----------------------------------
    {
        "key": "leominster-ma-district",
        "name": "Leominster",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["district-capacity", "career-pathways", "compensation"],
        "partner": "",
        "website": "",
        "description": "A Massachusetts district in the MEP District Capacity Project. Its "
        "DCP team launched and then expanded a teacher leadership program that adds teaching "
        "and learning capacity in several schools and raises pay for outstanding educators.",
        "citations": [
            cite("000", "67"),
            cite("000", "71", "Topics: teacher leadership program with higher pay"),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    {
        "key": "brockton-ma-district",
        "name": "Brockton",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["district-capacity"],
        "partner": "",
        "website": "",
        "description": "A Massachusetts district in the MEP District Capacity Project. Its "
        "DCP team involved more than 2,600 families in planning a dual language immersion "
        "school.",
        "citations": [
            cite("000", "67"),
            cite("000", "72", "Topics: a District Capacity Project on a dual language school"),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    {
        "key": "malden-ma-district",
        "name": "Malden",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["district-capacity", "trust-and-communication", "professional-development"],
        "partner": "",
        "website": "",
        "description": "A Massachusetts district in the MEP District Capacity Project. Its "
        "DCP team trained several hundred teachers and administrators, at the district "
        "office and in every school, in practical tools for dialogue, decision-making and "
        "team building.",
        "citations": [
            cite("000", "67"),
            cite("000", "73", "Topics: training in dialogue, decision-making and team building"),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    {
        "key": "boylston-elementary-ma",
        "name": "Boylston Elementary",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["district-capacity", "professional-development"],
        "partner": "",
        "website": "",
        "description": "Named 'Boylston Elementary' in the MEP report's list of District "
        "Capacity Project work, where its team is credited with reinventing a district's "
        "professional development system. The source does not say whether the name means "
        "a school or a district.",
        "citations": [
            cite("000", "67"),
            cite("000", "74", "Topics: a reinvented professional development system"),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    {
        "key": "berkshire-hills-regional-school-district",
        "name": "Berkshire Hills Regional School District",
        "kind": "district",
        "state": "MA",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "preliminary",
        "topics": ["district-capacity", "school-level-collaboration"],
        "partner": "",
        "website": "",
        "description": "A Massachusetts regional district in the MEP District Capacity "
        "Project. Its DCP team researched collaborative best practice, set up a record "
        "number of labor-management teams inside schools, and introduced a teaming "
        "protocol and toolkit for use across the district.",
        "citations": [
            cite("000", "67"),
            cite("000", "75", "Topics: labor-management teams within schools, a teaming protocol"),
            cite(
                "000",
                "56-65",
                "Stage: a District Capacity Project team in its first two years, learning "
                "collaboration practices with a facilitator",
            ),
        ],
    },
    # --- Jefferson County, Glenview, Natrona County --------------------------------
    {
        "key": "jefferson-county-co-district",
        "name": "Jefferson County, Colorado",
        "kind": "district",
        "state": "CO",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": ["professional-development", "teacher-evaluation"],
        "partner": "",
        "website": "",
        "description": "A Colorado district whose teachers were due to receive "
        "professional development targeted to their evaluation results, funded partly by a "
        "Teacher Incentive Fund grant. The union is not named in the source. How far along "
        "the collaboration is: Not stated in the source.",
        "citations": [
            cite("004", "218", "Topics: professional development planned from evaluation results")
        ],
    },
    {
        "key": "glenview-il-district",
        "name": "Glenview, Illinois",
        "kind": "district",
        "state": "IL",
        "locale": "suburban",
        "size_band": "",
        "union_affiliation": "",
        "stage": "advanced",
        "topics": ["joint-committees", "trust-and-communication"],
        "partner": "",
        "website": "",
        "description": "A suburban Illinois district where an ongoing 'Constitution' "
        "document serves as a living, continuously negotiated agreement. The union is not "
        "named in the source.",
        "citations": [
            cite(
                "004",
                "92",
                "Locale: 'suburban Glenview'. Stage: its ongoing 'Constitution' is given as an "
                "example of successful collaboration codified in a living agreement. Topics: "
                "an agreement the parties keep negotiating together",
            )
        ],
    },
    {
        "key": "natrona-county-wy-district",
        "name": "Natrona County, Wyoming",
        "kind": "district",
        "state": "WY",
        "locale": "",
        "size_band": "",
        "union_affiliation": "",
        "stage": "",
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "partner": "",
        "website": "",
        "description": "A Wyoming district that adopted a contract and guidelines for "
        "collaboration. The U.S. Department of Education cites them as an example of the "
        "flexible agreements that interest-based bargaining tends to produce. The union is "
        "not named in the source. How far along the collaboration is: Not stated in the "
        "source.",
        "citations": [
            cite(
                "004",
                "88",
                "Topics: a contract and guidelines for collaboration of the kind interest-based "
                "bargaining leads to",
            )
        ],
    },
]


CASE_STUDIES = [
    # =============================================================================
    # 1. St. Francis, Minnesota
    # =============================================================================
    {
        "slug": "st-francis-student-performance",
        "title": "St. Francis, Minnesota: the Student Performance Improvement Program",
        "featured": False,
        "summary": "St. Francis and its local union jointly started a program that brings "
        "teacher evaluation, peer review, induction and pay together. Every teacher has a "
        "Performance Review Team, and a Teacher Academy offers professional learning.",
        "program_name": "Student Performance Improvement Program",
        "start_year": None,
        "end_year": None,
        "states": ["MN"],
        "locale": "",
        "size_band": "",
        "stage": "advanced",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "teacher-evaluation",
            "peer-assistance-and-review",
            "professional-development",
            "compensation",
            "career-pathways",
        ],
        "organizations": ["st-francis-mn-district"],
        "challenge": "Not stated in the source. The report does not say what problem St. "
        "Francis set out to solve.\n\n"
        "The 2011 report uses St. Francis as an example for Massachusetts districts. Those "
        "districts were required to adopt formal evaluation systems under new state "
        "regulations, and principals and union leaders worried that principals would not "
        "have time to evaluate every teacher. One answer the report discusses is to give "
        "teachers a role in evaluating their peers.",
        "approach": "The district and union jointly started the Student Performance "
        "Improvement Program. It links teacher evaluation, peer review, induction and "
        "compensation in a single program rather than treating them separately.\n\n"
        "Each teacher is assigned a Performance Review Team of two career-ladder teachers "
        "and one administrator. The team supports the teacher through a yearly cycle of "
        "goal setting, observation, review of evidence and rating. The contract also sets "
        "an annual professional development plan for every teacher and creates a Teacher "
        "Academy. Student performance data weigh heavily in where teachers sit and how they "
        "move on the district's career lattice.\n\n"
        "The report places St. Francis among six urban and rural districts and local "
        "unions whose leaders had been working together on school reform for more than ten "
        "years. It says these systems are in operation, and it calls the six districts "
        "sustained labor-management partnerships. That supports the 'advanced' stage "
        "recorded here. The start year and the union's name are not stated in the source.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "One program for evaluation, peer review, induction and pay",
                    "text": "The jointly initiated Student Performance Improvement Program "
                    "is the single vehicle through which teacher evaluation, peer review, "
                    "induction and compensation are brought together.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1807-1808",
                },
            ),
            (
                "clause",
                {
                    "heading": "Performance Review Team for every teacher",
                    "text": "Each teacher has a Performance Review Team of three people: "
                    "two career-ladder teachers (a team leader and a specialist) and one "
                    "administrator.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1808-1810",
                },
            ),
            (
                "clause",
                {
                    "heading": "What the Performance Review Team does",
                    "text": "The team helps the teacher set a growth goal for the year. It "
                    "carries out four classroom observations, examines the teacher's "
                    "evidence of student growth, and gives an annual rating, which is "
                    "linked to advancement in pay. It then plans the teacher's next "
                    "professional development focus.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1810-1812",
                },
            ),
            (
                "clause",
                {
                    "heading": "Annual professional development plan",
                    "text": "Under the contract, each teacher draws up a professional "
                    "development plan of 30 hours every year.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, line 1919",
                },
            ),
            (
                "clause",
                {
                    "heading": "Teacher Academy",
                    "text": "The contract creates a Teacher Academy that offers learning "
                    "opportunities aligned with state and district goals.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1919-1921",
                },
            ),
            (
                "clause",
                {
                    "heading": "Career lattice placement and advancement",
                    "text": "Where a teacher is placed on the district's career lattice, "
                    "and how the teacher advances, depends largely on student performance "
                    "data. The data used reflect the teacher's own assignment and "
                    "professional goals.",
                    "verbatim": False,
                    "parties": "St. Francis district and its local union (union not named "
                    "in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2008-2009",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The source reports no results for St. Francis: no student outcomes, rating "
                "distributions or evaluation findings. The figures below describe how the "
                "program is designed, not what it achieved.",
            ),
            (
                "metric",
                {
                    "label": "Career-ladder teachers on each Performance Review Team (design)",
                    "value": "2",
                    "unit": "teachers",
                    "year": None,
                    "source": "seed 002, lines 1808-1810",
                },
            ),
            (
                "metric",
                {
                    "label": "Administrators on each Performance Review Team (design)",
                    "value": "1",
                    "unit": "administrator",
                    "year": None,
                    "source": "seed 002, lines 1809-1810",
                },
            ),
            (
                "metric",
                {
                    "label": "Classroom observations conducted by the team (design)",
                    "value": "4",
                    "unit": "observations",
                    "year": None,
                    "source": "seed 002, line 1810",
                },
            ),
            (
                "metric",
                {
                    "label": "Annual professional development plan per teacher (design)",
                    "value": "30",
                    "unit": "hours",
                    "year": None,
                    "source": "seed 002, line 1919",
                },
            ),
        ],
        "lessons": "The source draws no lessons from St. Francis in particular.\n\n"
        "From its set of peer review examples, including St. Francis, the report observes "
        "that:\n"
        "- none of these districts handles evaluation in isolation; each connects peer "
        "review to professional development and pay;\n"
        "- the processes were developed jointly by union and management;\n"
        "- student growth is one of several measures, not the only one;\n"
        "- master teachers take part in evaluation and mentoring.\n\n"
        "The report also notes that the six long-running partnership districts had "
        "long-serving union presidents and, in most cases, long-serving superintendents. "
        "It says this gave the partnership stability.",
        "citations": [
            cite("002", "409-413"),
            cite("002", "1601-1606"),
            cite("002", "1622-1624"),
            cite("002", "1631-1636"),
            cite("002", "1668-1680"),
            cite("002", "1708-1725"),
            cite("002", "1807-1812"),
            cite("002", "1919-1921"),
            cite("002", "2008-2009"),
            cite("002", "2252-2265"),
        ],
        "related_resources": [
            "report-collaborative-approaches-massachusetts",
            "par-program-design-guide",
        ],
    },
    # =============================================================================
    # 2. Helena, Montana
    # =============================================================================
    {
        "slug": "helena-compensation",
        "title": "Helena, Montana: alternative compensation and consensus negotiations",
        "featured": False,
        "summary": "Helena's district and union replaced the single salary schedule with a "
        "jointly developed alternative compensation plan, linked to a career and "
        "professional development system. The contract also calls for consensus "
        "negotiations based on a shared, open understanding of the district's finances.",
        "program_name": "Professional Compensation Alternative Plan",
        "start_year": None,
        "end_year": None,
        "states": ["MT"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "compensation",
            "professional-development",
            "budget-transparency",
            "career-pathways",
        ],
        "organizations": ["helena-mt-district"],
        "challenge": "Not stated in the source. The reports do not say what led Helena to "
        "change its pay system.\n\n"
        "For background, the 2011 report describes the standard arrangement that plans "
        "like Helena's move away from. In a typical teacher contract, pay follows a salary "
        "matrix: teachers move up a step for each year of service, up to a limit, and "
        "across columns as they earn credits toward advanced degrees.",
        "approach": "The district and union jointly developed the Professional "
        "Compensation Alternative Plan. (The report calls it a 'Plan' in one place and a "
        "'Program' in another.) The plan replaced the single salary schedule. Teachers "
        "build salary increases through positive evaluations, career development and "
        "education, and professional service.\n\n"
        "The contract sets up a career and professional development system for teachers, "
        "aligned with district goals and supported by the compensation plan. The district "
        "and employee groups jointly run a district-wide mentorship program that pairs "
        "experienced and newly hired educators.\n\n"
        "Negotiations follow a 'consensus' model. All parties come together to state a "
        "shared vision for the district, working from a transparent, common understanding "
        "of the money available, including salaries and benefits.\n\n"
        "The U.S. Department of Education lists Helena as a small district among the twelve "
        "stories highlighted at its 2011 conference on labor-management collaboration. "
        "Start date, union name and district size are not stated in the source.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Single salary schedule replaced",
                    "text": "The district and union replaced the single salary schedule "
                    "with the Professional Compensation Alternative Program (also called "
                    "the Professional Compensation Alternative Plan), which they developed "
                    "together.",
                    "verbatim": False,
                    "parties": "Helena district and union (union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1896-1897 and 1988-1989",
                },
            ),
            (
                "clause",
                {
                    "heading": "What teachers can earn salary increases for",
                    "text": "positive evaluation, career development and education, and "
                    "professional service.",
                    "verbatim": True,
                    "parties": "Helena district and union (union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1988-1990",
                },
            ),
            (
                "clause",
                {
                    "heading": "Career and professional development system",
                    "text": "The contract creates a career and professional development "
                    "system for teachers. The system is aligned with district goals and "
                    "supported by the compensation plan.",
                    "verbatim": False,
                    "parties": "Helena district and union (union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1896-1897",
                },
            ),
            (
                "clause",
                {
                    "heading": "District-wide mentorship program",
                    "text": "The district and employee groups share in carrying out a "
                    "mentorship program across the district that connects experienced "
                    "educators with newly hired ones.",
                    "verbatim": False,
                    "parties": "Helena district and employee groups",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1898-1899",
                },
            ),
            (
                "clause",
                {
                    "heading": "Consensus negotiations",
                    "text": "The contract provides for consensus negotiations. All parties "
                    "meet to agree a shared vision for the district, working from a "
                    "transparent, common understanding of the financial resources "
                    "available to reach it, including salaries and benefits.",
                    "verbatim": False,
                    "parties": "Helena district and union (union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2296-2298",
                },
            ),
            (
                "text",
                "The district board has stayed committed to keeping Helena's compensation "
                "package the state's flagship program. Its stated aim is to recruit and "
                "retain the highest-quality educators.",
            ),
        ],
        "outcomes": [
            (
                "text",
                "The source reports no outcomes for Helena: no figures on pay, recruitment, "
                "retention or student results. It gives the board's aim of attracting and "
                "keeping strong educators, not evidence about whether that happened.",
            ),
        ],
        "lessons": "Not stated in the source. The reports list Helena as an example "
        "without drawing lessons from it.",
        "citations": [
            cite("002", "1896-1899"),
            cite("002", "1928-1932"),
            cite("002", "1988-1992"),
            cite("002", "2296-2298"),
            cite("004", "170"),
        ],
        "related_resources": [
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # =============================================================================
    # 3. Saint Paul
    # =============================================================================
    {
        "slug": "saint-paul-restructured-schools",
        "title": "Saint Paul: staffing and transfer language for Restructured Schools",
        "featured": False,
        "summary": "Saint Paul Public Schools and the Saint Paul Federation of Teachers "
        "agreed contract language for restructuring schools jointly. Restructured Schools "
        "choose their own staff and redesign work rules, teachers join voluntarily, and "
        "they keep their union membership and district employment.",
        "program_name": "Restructured Schools (Election to Work Agreement)",
        "start_year": None,
        "end_year": None,
        "states": [],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "organizations": [
            "saint-paul-public-schools",
            "saint-paul-federation-of-teachers",
        ],
        "challenge": "Not stated in the source for Saint Paul in particular. The report "
        "places this language within a problem faced by many large urban districts: how to "
        "handle transfers, assignments and pay in pilot, turnaround or restructured "
        "schools.\n\n"
        "The agreement itself names the shared goal as success for all students. It "
        "describes restructuring schools together, when needed, as one way to reach that "
        "goal.",
        "approach": "The collective bargaining agreement between Saint Paul Public Schools "
        "and the Saint Paul Federation of Teachers contains a section on Restructured "
        "Schools. The 2011 report reproduces it as an example of language that districts "
        "and unions negotiate, both to show a joint commitment to experimenting with such "
        "schools and to settle staffing questions.\n\n"
        "The language gives these schools wide freedom over staffing, culture, work rules, "
        "time and instruction. It keeps teachers in the bargaining unit and in district "
        "employment. It makes participation voluntary, through an application process set "
        "out in an Election to Work Agreement. Teachers who are not selected move through "
        "the contract's normal transfer processes.\n\n"
        "The contract year, the section number and the state are not stated in the source. "
        "The source also does not say whether any school has been restructured under this "
        "language, so no implementation status is recorded.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Shared purpose",
                    "text": "District and union agree that restructuring schools together, "
                    "when judged necessary, is one way to pursue their mutual goal of "
                    "success for all students.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2209-2210",
                },
            ),
            (
                "clause",
                {
                    "heading": "Freedoms of a Restructured School",
                    "text": "Restructured Schools may:\n"
                    "- choose their own staff;\n"
                    "- build new cultures of performance and learning;\n"
                    "- redesign work rules;\n"
                    "- change the length of the instructional day and year, and the "
                    "schedule;\n"
                    "- improve instructional programs and teaching methods;\n"
                    "- recognize teacher and leader effectiveness in line with state and "
                    "federal guidelines and law.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2210-2214",
                },
            ),
            (
                "clause",
                {
                    "heading": "Collaboration and voice",
                    "text": "The parties intend teachers and administrators in these "
                    "schools to work together on effective learning environments. "
                    "Teachers, other staff and parents have a say in designing programs "
                    "and setting work rules.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2216-2218",
                },
            ),
            (
                "clause",
                {
                    "heading": "Union membership and employment kept",
                    "text": "Teachers who choose to work in a Restructured School, and are "
                    "selected, remain full members of the Federation's teacher bargaining "
                    "unit and remain employees of the district.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2220-2222",
                },
            ),
            (
                "clause",
                {
                    "heading": "Voluntary participation",
                    "text": "Teachers shall work in Restructured Schools on a voluntary basis.",
                    "verbatim": True,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, line 2224",
                },
            ),
            (
                "clause",
                {
                    "heading": "Election to Work Agreement and selection",
                    "text": "Once a school is designated as Restructured and has an "
                    "approved Election to Work Agreement, its current teachers are invited "
                    "to apply to stay. The principal and/or the Superintendent decides "
                    "which applicants are accepted. The Election to Work Agreement must "
                    "spell out the application and selection process clearly.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2224-2228",
                },
            ),
            (
                "clause",
                {
                    "heading": "Teachers not selected",
                    "text": "Teachers at a school being restructured who are not chosen for "
                    "it move to another district teaching position through the voluntary "
                    "and involuntary transfer processes in the labor agreement.",
                    "verbatim": False,
                    "parties": "Saint Paul Public Schools and Saint Paul Federation of Teachers",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2230-2232",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The source gives only the contract language. It does not say how many "
                "schools, if any, were restructured, how staffing changed, or what "
                "happened to student results.",
            ),
        ],
        "lessons": "The source draws no lessons from Saint Paul alone. Reviewing this and "
        "similar agreements for pilot and turnaround schools, the report points to common "
        "features:\n"
        "- a shared commitment to student achievement and school improvement;\n"
        "- voluntary transfer into the schools;\n"
        "- selection of staff by the school's principal;\n"
        "- continued employment and union representation for teachers who move;\n"
        "- freedom to redesign work days, hours, the school year and other parts of the "
        "district-wide contract.",
        "citations": [
            cite("002", "2096-2136"),
            cite("002", "2207-2234"),
        ],
        "related_resources": [
            "saint-paul-restructured-schools-staffing",
            "report-collaborative-approaches-massachusetts",
            "sacramento-priority-schools-mou",
        ],
    },
    # =============================================================================
    # 4. Green Dot Public Schools
    # =============================================================================
    {
        "slug": "green-dot-school-staffing",
        "title": "Green Dot Public Schools: school-based professional development and "
        "shared staffing decisions",
        "featured": False,
        "summary": "At the Green Dot charter network in Los Angeles, the union contract "
        "gives school committees that include union members oversight of professional "
        "development. It favors teacher-principal agreement when staffing schools and "
        "commits union and school leaders to keep working through issues together.",
        "program_name": "",
        "start_year": None,
        "end_year": None,
        "states": ["CA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "professional-development",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "organizations": ["green-dot-public-schools"],
        "challenge": "Not stated in the source. Neither report describes what led Green Dot "
        "and its union to this approach.",
        "approach": "Green Dot's contract builds collaboration into the school itself. "
        "Professional development is run at each school under a committee that includes "
        "union members and school leaders. The contract creates teacher leadership roles, "
        "including mentors. When teachers are chosen, the contract gives strong weight to "
        "agreement between teacher and principal.\n\n"
        "The contract commits schools to consider staff input and to make decisions "
        "collaboratively. It recognizes ongoing, open communication between the union and "
        "school leaders.\n\n"
        "The U.S. Department of Education calls the contract first adopted in Green Dot's "
        "Los Angeles charter schools a 'thin contract': a short document focused on shared "
        "priorities that leaves room for local flexibility. The Department also lists Green "
        "Dot among the twelve stories highlighted at its 2011 conference. The union's name "
        "and the contract's dates are not stated in the sources.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "School-based professional development",
                    "text": "Professional development is based in each school and "
                    "overseen by a committee made up of union members and school "
                    "leadership.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1892-1893",
                },
            ),
            (
                "clause",
                {
                    "heading": "Teacher leadership positions",
                    "text": "The contract creates leadership roles for teachers, among them "
                    "teacher mentors.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 1893-1894",
                },
            ),
            (
                "clause",
                {
                    "heading": "Selecting teachers",
                    "text": "Teacher and principal agreement is a high priority when "
                    "teachers are selected. Green Dot can still make forced placements.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2079-2082",
                },
            ),
            (
                "clause",
                {
                    "heading": "Transfers",
                    "text": "A teacher's evaluation counts in transfer decisions. "
                    "Seniority is used only as a tie-breaker, when all other factors are "
                    "equal.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2083-2085",
                },
            ),
            (
                "clause",
                {
                    "heading": "Staff input and collaborative decisions",
                    "text": "Schools will take staff input into account and make decisions "
                    "collaboratively.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2291-2292",
                },
            ),
            (
                "clause",
                {
                    "heading": "Ongoing communication",
                    "text": "the union and school leadership maintain fluid communication "
                    "and a willingness to work through issues and concerns.",
                    "verbatim": True,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2292-2293",
                },
            ),
            (
                "clause",
                {
                    "heading": "Collaboration in a school's early years",
                    "text": "The parties state that this collaboration matters most while "
                    "a school is in its formative years.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 002, lines 2293-2294",
                },
            ),
            (
                "clause",
                {
                    "heading": "A thin contract",
                    "text": "The contract first adopted in Green Dot's Los Angeles charter "
                    "schools was 30 pages long. The U.S. Department of Education cites it "
                    "as a slimmer document focused on shared priorities, as opposed to "
                    "contracts that run to hundreds of pages.",
                    "verbatim": False,
                    "parties": "Green Dot Public Schools and its teachers' union (union not "
                    "named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 94",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The sources report no outcomes for Green Dot: no figures on staffing, "
                "retention, professional development or student results. The only number "
                "given is the length of the contract.",
            ),
            (
                "metric",
                {
                    "label": "Length of the contract as first adopted",
                    "value": "30",
                    "unit": "pages",
                    "year": None,
                    "source": "seed 004, line 94",
                },
            ),
        ],
        "lessons": "Not stated in the source for Green Dot specifically. In general, the "
        "U.S. Department of Education presents thin contracts like Green Dot's as one way "
        "collaboration gets written down: short agreements that focus on shared priorities "
        "and leave room for local flexibility.",
        "citations": [
            cite("002", "1892-1894"),
            cite("002", "2079-2085"),
            cite("002", "2291-2294"),
            cite("004", "94"),
            cite("004", "170"),
        ],
        "related_resources": [
            "report-collaborative-approaches-massachusetts",
            "report-shared-responsibility",
        ],
    },
    # =============================================================================
    # 5. Rochester, New York
    # =============================================================================
    {
        "slug": "rochester-living-contract",
        "title": "Rochester, New York: the Living Contract Committee",
        "featured": False,
        "summary": "Rochester, New York has a joint union-management Living Contract "
        "Committee that meets every month. The U.S. Department of Education cites it as an "
        "example of a contract negotiated continuously rather than every few years.",
        "program_name": "Living Contract Committee",
        "start_year": None,
        "end_year": None,
        "states": ["NY"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "trust-and-communication"],
        "organizations": ["rochester-ny-district"],
        "challenge": "Not stated in the source. The white paper's general point is that "
        "traditional bargaining tends to produce detailed, rigid contracts that set out "
        "each side's rules and rights. It does not describe Rochester's situation.",
        "approach": "Rochester's union and management run a joint Living Contract "
        "Committee that meets monthly. The U.S. Department of Education treats it as a "
        "'living' contract, one of the new forms of collective bargaining agreement in "
        "which successful collaboration is often written down. Such a contract is "
        "negotiated on an ongoing basis rather than every several years.\n\n"
        "The source does not say who sits on the committee, what it decides, when it "
        "began, or what the contract contains. The WestEd report names the district only "
        "as a reviewer's former employer (City School District in Rochester, New York). It "
        "does not discuss the Living Contract.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Living Contract Committee",
                    "text": "Rochester has a joint union-management Living Contract "
                    "Committee that meets monthly. The white paper gives it as an example "
                    "of a 'living' contract, negotiated on an ongoing basis rather than "
                    "every several years.",
                    "verbatim": False,
                    "parties": "Rochester, New York district and its teachers' union "
                    "(union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 92",
                },
            ),
            ("text", "Further terms: Not stated in the source."),
        ],
        "outcomes": [
            ("text", "No outcomes are reported in the source."),
        ],
        "lessons": "Not stated in the source.",
        "citations": [cite("004", "88"), cite("004", "92"), cite("003", "76")],
        "related_resources": [
            "report-shared-responsibility",
            "report-forward-together",
        ],
    },
    # =============================================================================
    # 6. Springfield, Massachusetts
    # =============================================================================
    {
        "slug": "springfield-collaboration-for-change",
        "title": "Springfield, Massachusetts: Springfield Collaboration for Change and the "
        "educator evaluation rollout",
        "featured": False,
        "summary": "Springfield's district leaders formed the Springfield Collaboration for "
        "Change as a standing way to solve problems together. Separately, Springfield's "
        "MEP District Capacity Project team oversaw the first full year of a new educator "
        "evaluation system.",
        "program_name": "Springfield Collaboration for Change (SCC)",
        "start_year": None,
        "end_year": None,
        "states": ["MA"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["teacher-evaluation", "district-capacity", "interest-based-bargaining"],
        "organizations": ["springfield-ma-district", "massachusetts-education-partnership"],
        "challenge": "Not stated in the source. Neither report describes Springfield's "
        "starting point. The MEP report does say that the seven DCP districts together "
        "serve many of the state's hardest-to-reach students. On average across the "
        "seven, 76 percent of students come from low-income households, 33 percent "
        "receive special education services, and 69 percent are from racial or ethnic "
        "minorities. These are averages for all seven districts, not figures for "
        "Springfield.",
        "approach": "Springfield appears in two sources, and they describe two separate "
        "efforts.\n\n"
        "Springfield Collaboration for Change. District leaders in Springfield formed the "
        "SCC. The U.S. Department of Education cites it, alongside Natrona County, "
        "Wyoming, as an example of the flexible arrangements for continuous problem-solving "
        "that interest-based bargaining tends to produce. The white paper does not describe "
        "the SCC's membership, structure, start date or work. It also does not say whether "
        "union leaders helped form it.\n\n"
        "District Capacity Project. Springfield is one of the seven districts in the MEP's "
        "District Capacity Project. A DCP team includes the superintendent, the union "
        "president, a school committee member, teachers and administrators, and sometimes "
        "community partners. The team works with a facilitator, drafts a memorandum of "
        "understanding, trains in relationship-building and joint planning, and sets a "
        "work plan with goals. Springfield's team oversaw the first full year of a new "
        "educator evaluation system. It used skills for difficult conversations, learned "
        "through DCP, to critique and improve the system's design, training, tools, "
        "software and implementation.\n\n"
        "The sources do not link the SCC to the DCP work.",
        "agreed": [
            (
                "text",
                "The sources do not give the terms of any Springfield agreement. The "
                "Springfield Collaboration for Change is named, but its terms are not "
                "described.",
            ),
            (
                "clause",
                {
                    "heading": "DCP memorandum of understanding (general DCP practice)",
                    "text": "Every DCP team drafts a memorandum of understanding setting "
                    "out the principles that will guide its work. The MEP report describes "
                    "this as standard practice but does not reproduce Springfield's.",
                    "verbatim": False,
                    "parties": "Springfield DCP team (district and union leaders)",
                    "year": None,
                    "section": "",
                    "source": "seed 000, line 63",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "With DCP support, Springfield oversaw the first full-year rollout of a new "
                "educator evaluation system. Skills from DCP were applied to reviewing and "
                "improving the system. The source gives no data on results for teachers or "
                "students, and no outcomes for the SCC.",
            ),
        ],
        "lessons": "Not stated in the source for Springfield. The MEP report's general "
        "observation is that skilled facilitators who work hands-on with district teams "
        "markedly improve the focus and impact of labor-management innovation.",
        "citations": [
            cite("000", "56-65"),
            cite("000", "67"),
            cite("000", "76"),
            cite("000", "80"),
            cite("004", "88"),
        ],
        "related_resources": [
            "report-mep-first-two-years",
            "report-shared-responsibility",
            "ibb-five-phases",
        ],
    },
    # =============================================================================
    # 7. Boston
    # =============================================================================
    {
        "slug": "boston-extended-learning-time",
        "title": "Boston: a collaborative agreement on extended learning time",
        "featured": False,
        "summary": "In 2012 bargaining in Boston stalled over how to pay teachers for a "
        "longer school day. Quiet talks convened by the MEP then turned the question into "
        "joint problem solving, and the parties announced an agreement to phase in about a "
        "month of extra teaching time, plus more professional development, for Boston's "
        "elementary school children.",
        "program_name": "Extended Learning Time (ELT) agreement",
        "start_year": 2012,
        "end_year": None,
        "states": ["MA"],
        "locale": "urban",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "topics": [
            "extended-learning-time",
            "professional-development",
            "trust-and-communication",
            "school-level-collaboration",
        ],
        "organizations": [
            "boston-public-schools",
            "boston-teachers-union",
            "massachusetts-education-partnership",
        ],
        "challenge": "On paper, Boston had already committed to shared governance. The "
        "Preamble to the 2006-2010 Boston Teachers Union contract, titled 'A Shared "
        "Commitment to Educational Achievement', pledged the union and the School Committee "
        "to school-based decision-making, flexibility, professional development and "
        "accountability. The same contract, however, devoted 80 pages to staffing and "
        "working conditions. The authors of the 2011 report argue that these provisions "
        "often reduced flexibility and weakened school-based decision-making, making the "
        "Preamble's goals hard to reach.\n\n"
        "When the MEP was created, several education leaders advised it to avoid Boston. "
        "They saw relations between the Boston Teachers Union and the city and school "
        "department as too adversarial to accept a new approach. In the 2012 bargaining "
        "round, despite strong pressure from the community and the media for a longer "
        "school day, negotiators could not agree on, among other things, how much teachers "
        "should be paid for any added time.",
        "approach": "The MEP stayed out of Boston for its first year. In December 2012 it "
        "convened several private, off-the-record meetings with representatives of the "
        "mayor's office, the superintendent's office and the union, to test whether a "
        "different approach was possible. After a few meetings, some hope and goodwill "
        "appeared.\n\n"
        "A new mayor was elected in November 2013. Soon afterward, with his approval, the "
        "work began in earnest. The conversation was reframed: instead of arguing over how "
        "many minutes to add and how much to pay, the parties discussed jointly how extra "
        "time could be combined with more teacher-led collaborative planning on using it "
        "well, and with a shared interest in making better use of professional development "
        "time. The talks continued quietly, with the mayor's encouragement, until a "
        "framework for an agreement emerged in early June.\n\n"
        "Discussions resumed in the fall of 2014, this time with the mayor directly "
        "involved. On December 26 the parties announced the agreement.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Preamble: 'A Shared Commitment to Educational Achievement'",
                    "text": "being the best, in this case, is not good enough.",
                    "verbatim": True,
                    "parties": "Boston Teachers Union and the Boston School Committee",
                    "year": 2006,
                    "section": "Preamble",
                    "source": "seed 002, lines 698-703",
                },
            ),
            (
                "clause",
                {
                    "heading": "Preamble priorities",
                    "text": "The Preamble notes Boston's standing among the best urban "
                    "school systems and still asks for more. It emphasizes school-based "
                    "decision-making, flexibility, professional development, and "
                    "accountability for quality and performance. The contract commits the "
                    "union and the School Committee to work toward these goals.",
                    "verbatim": False,
                    "parties": "Boston Teachers Union and the Boston School Committee",
                    "year": 2006,
                    "section": "Preamble",
                    "source": "seed 002, lines 698-709",
                },
            ),
            (
                "clause",
                {
                    "heading": "Extended learning time for elementary schools",
                    "text": "The parties agreed to add, in phases, the equivalent of a "
                    "month of additional teaching time, together with more professional "
                    "development opportunities, to the school calendar for all of "
                    "Boston's elementary school children.",
                    "verbatim": False,
                    "parties": "Boston Teachers Union, the Boston School Department and "
                    "the Mayor of Boston",
                    "year": 2014,
                    "section": "",
                    "source": "seed 001, lines 277-281",
                },
            ),
            (
                "clause",
                {
                    "heading": "Facilitators to support school-level collaboration",
                    "text": "The parties also agreed to keep collaborating by training "
                    "facilitators. The facilitators will help each school develop and "
                    "carry out its own approach to using the added time well.",
                    "verbatim": False,
                    "parties": "Boston Teachers Union, the Boston School Department and "
                    "the Mayor of Boston",
                    "year": 2014,
                    "section": "",
                    "source": "seed 001, lines 281-283",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "The source reports the agreement, not its results. No data are given on "
                "how the extra time was used or on student outcomes. The 2006-2010 figure "
                "below comes from the 2011 report's critique of the earlier contract.",
            ),
            (
                "metric",
                {
                    "label": "Additional teaching time agreed for elementary students "
                    "(equivalent, phased in)",
                    "value": "1",
                    "unit": "month",
                    "year": 2014,
                    "source": "seed 001, lines 277-281",
                },
            ),
            (
                "metric",
                {
                    "label": "Pages of the 2006-2010 contract devoted to staffing and "
                    "working conditions",
                    "value": "80",
                    "unit": "pages",
                    "year": None,
                    "source": "seed 002, lines 709-711",
                },
            ),
        ],
        "lessons": "The MEP authors say the good-faith work of the union, the school "
        "department and the mayor shows what is possible when parties who trust each other "
        "tackle hard problems together: innovative, perhaps even transformational, "
        "agreements. They describe Boston as the clearest case of this to date.\n\n"
        "The case also shows a specific move: turning a narrow dispute over minutes and "
        "pay into a joint discussion of how added time and professional development could "
        "serve both sides' interests.\n\n"
        "The 2011 report's lesson from the earlier contract is that a strong preamble is "
        "not enough when detailed staffing and working-conditions rules work against it. "
        "The authors propose an alternative approach to better deliver on the Preamble's "
        "pledges.",
        "citations": [
            cite("001", "240-288"),
            cite("002", "235-248"),
            cite("002", "323-333"),
            cite("002", "639-641"),
            cite("002", "698-720"),
        ],
        "related_resources": [
            "boston-contract-preamble",
            "report-partnerships-and-student-performance",
            "report-collaborative-approaches-massachusetts",
        ],
    },
    # =============================================================================
    # 8. MEP District Capacity Project
    # =============================================================================
    {
        "slug": "mep-district-capacity-project",
        "title": "Massachusetts Education Partnership: the District Capacity Project",
        "featured": True,
        "summary": "Through its District Capacity Project, the Massachusetts Education "
        "Partnership sends trained facilitators to help district and union teams in seven "
        "mostly urban districts work together on one high-priority improvement project. "
        "The work happens during the term of a contract and is separate from bargaining.",
        "program_name": "District Capacity Project (DCP)",
        "start_year": 2012,
        "end_year": None,
        "states": ["MA"],
        "locale": "urban",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": [
            "district-capacity",
            "interest-based-bargaining",
            "teacher-evaluation",
            "professional-development",
            "school-level-collaboration",
        ],
        "organizations": [
            "massachusetts-education-partnership",
            "leominster-ma-district",
            "brockton-ma-district",
            "malden-ma-district",
            "boylston-elementary-ma",
            "berkshire-hills-regional-school-district",
            "springfield-ma-district",
        ],
        "challenge": "The MEP was formed in 2012. It grew out of a 2011 white paper whose "
        "survey of superintendents, school committee chairs and local teachers' union "
        "leaders found that many believed labor-management relations could improve and "
        "that a more collaborative approach was possible.\n\n"
        "The districts the DCP works in are home to many of the state's hardest-to-reach "
        "students. On average across the seven, 76 percent of students come from "
        "low-income households, 33 percent receive special education services, and 69 "
        "percent are from racial or ethnic minorities.",
        "approach": "The DCP aims to build districts' capacity to improve student "
        "achievement. Its teams work on one specific high-priority project during the term "
        "of a labor agreement. It does not negotiate contracts. Instead it helps leaders "
        "carry out innovations both sides want by changing how they work together.\n\n"
        "Each DCP team brings together the superintendent, the union president, a school "
        "committee member, teachers and administrators, and sometimes community partners. "
        "It works with a DCP facilitator to:\n"
        "- design and carry out initiatives for student learning;\n"
        "- involve more teachers in leading school and district innovation;\n"
        "- improve problem solving, decision-making and faithful implementation;\n"
        "- build the skills, structures and policies that keep collaboration going.\n\n"
        "Using collaborative teaming and interest-based practices, teams draft a "
        "memorandum of understanding, train in relationship-building and joint planning, "
        "and agree a work plan, timeline and goals. Facilitators help teams work through "
        "hard issues, keep focus, and check progress. The facilitators have their own "
        "community of practice, which met ten times in the past year.\n\n"
        "The project had co-directors from Mutual Gain Strategies and Community Matters "
        "and was administered by the Rennie Center. It is designed to work alongside the "
        "MEP's Interest-Based Bargaining Institute. Five of the seven DCP districts have "
        "taken part in, or plan to take part in, IBB training, and all but one credit "
        "their DCP work for that decision. The exception had already finished IBB "
        "negotiations when it learned about the DCP in 2012, and joined to carry the "
        "approach into day-to-day leadership.",
        "agreed": [
            (
                "text",
                "The DCP is not a bargaining process, so the sources report no contract "
                "terms. Each team's commitments are set out in a memorandum of "
                "understanding and a work plan. The report does not reproduce any district's "
                "documents.",
            ),
            (
                "clause",
                {
                    "heading": "Memorandum of understanding",
                    "text": "Each DCP team drafts a memorandum of understanding that sets "
                    "the principles guiding its work.",
                    "verbatim": False,
                    "parties": "DCP district teams (superintendent, union president, school "
                    "committee member, teachers and administrators)",
                    "year": None,
                    "section": "",
                    "source": "seed 000, line 63",
                },
            ),
            (
                "clause",
                {
                    "heading": "Joint work plan, timeline and goals",
                    "text": "Teams jointly develop a work plan, a timeline and project "
                    "goals aimed at concrete improvements in district, school and "
                    "educator practice and in student success.",
                    "verbatim": False,
                    "parties": "DCP district teams (superintendent, union president, school "
                    "committee member, teachers and administrators)",
                    "year": None,
                    "section": "",
                    "source": "seed 000, line 63",
                },
            ),
        ],
        "outcomes": [
            (
                "text",
                "In their first two years, DCP teams reported these results:\n"
                "- Leominster launched and expanded a teacher leadership program that "
                "builds teaching and learning capacity in several schools and raises pay "
                "for outstanding educators.\n"
                "- Brockton involved more than 2,600 families in planning a dual language "
                "immersion school for a multilingual student body, also meant to attract "
                "and keep an economically diverse mix of families.\n"
                "- Malden trained several hundred teachers and administrators, at district "
                "level and in every school, in practical tools for dialogue, better "
                "decisions and innovative teams.\n"
                "- Boylston Elementary reinvented a district's professional development "
                "system.\n"
                "- Berkshire Hills Regional School District researched collaborative best "
                "practice, formed a record number of labor-management teams within "
                "schools, and introduced a district-wide teaming protocol and toolkit.\n"
                "- Springfield oversaw the first full-year rollout of a new educator "
                "evaluation system, using DCP skills to critique and improve it.",
            ),
            (
                "text",
                "The MEP's March 2014 statewide survey deliberately did not evaluate the "
                "DCP, because a separate study was under way. That study's findings are not "
                "in the source. No student outcome data are reported.",
            ),
            (
                "metric",
                {
                    "label": "Massachusetts districts served by the DCP",
                    "value": "7",
                    "unit": "districts",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Educators represented by DCP teams",
                    "value": "5,000",
                    "unit": "educators",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Students served in DCP districts (mostly urban)",
                    "value": "68,000",
                    "unit": "students",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Students from low-income households (average across DCP districts)",
                    "value": "76",
                    "unit": "percent",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Students receiving special education services (average "
                    "across DCP districts)",
                    "value": "33",
                    "unit": "percent",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Students from racial or ethnic minorities (average across "
                    "DCP districts)",
                    "value": "69",
                    "unit": "percent",
                    "year": 2014,
                    "source": "seed 000, line 67",
                },
            ),
            (
                "metric",
                {
                    "label": "Families involved in planning Brockton's dual language "
                    "immersion school",
                    "value": "more than 2,600",
                    "unit": "families",
                    "year": None,
                    "source": "seed 000, line 72",
                },
            ),
            (
                "metric",
                {
                    "label": "DCP districts that have taken, or plan to take, IBB training",
                    "value": "5 of 7",
                    "unit": "districts",
                    "year": None,
                    "source": "seed 000, line 78",
                },
            ),
            (
                "metric",
                {
                    "label": "Community of practice sessions held by DCP facilitators in "
                    "the past year",
                    "value": "10",
                    "unit": "sessions",
                    "year": None,
                    "source": "seed 000, line 80",
                },
            ),
        ],
        "lessons": "The MEP sees the DCP and its bargaining institute as mutually "
        "reinforcing. A successful DCP project can build trust and shared understanding "
        "that lead to interest-based bargaining in later negotiations. Likewise, IBB can "
        "show teams the value of working together away from the bargaining table.\n\n"
        "The report says evidence from the field shows that skilled facilitators, working "
        "hands-on with teams, markedly improve the focus and impact of labor-management "
        "innovation.\n\n"
        "For the future, the authors say the MEP must grow beyond its two core programs. "
        "They call for a platform of services through which local leaders learn from one "
        "another, and for applying these collaborative tools to expanded learning time, "
        "educator evaluation and the Common Core State Standards.",
        "citations": [
            cite("000", "18-24"),
            cite("000", "37"),
            cite("000", "185"),
            cite("000", "56-80"),
            cite("000", "93"),
            cite("000", "179-181"),
            cite("001", "116-189"),
        ],
        "related_resources": [
            "report-mep-first-two-years",
            "report-partnerships-and-student-performance",
            "action-plan-template",
        ],
    },
    # =============================================================================
    # 9. Jefferson County, Colorado
    # =============================================================================
    {
        "slug": "jefferson-county-colorado",
        "title": "Jefferson County, Colorado: professional development based on evaluations",
        "featured": False,
        "summary": "The U.S. Department of Education names Jefferson County, Colorado as one "
        "of a few districts where teachers were due to receive professional development "
        "targeted to the strengths and needs found in their evaluations. The work was "
        "funded partly by a Teacher Incentive Fund grant.",
        "program_name": "",
        "start_year": None,
        "end_year": None,
        "states": ["CO"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "planning",
        "student_outcomes_reported": False,
        "topics": ["professional-development", "teacher-evaluation"],
        "organizations": ["jefferson-county-co-district"],
        "challenge": "Not stated in the source. The white paper's general point is that as "
        "evaluation systems mature, more should link to professional development tailored "
        "to each teacher, and that examples are still few.",
        "approach": "Teachers in Jefferson County were slated to receive professional "
        "development based on the strengths and needs their evaluations revealed. The "
        "Teacher Incentive Fund grant paid for part of this.\n\n"
        "The source does not say whether the union took part, how the professional "
        "development would be delivered, or when it would start. 'Slated' indicates that "
        "it had not yet begun, so the status is recorded as planning.",
        "agreed": [
            (
                "text",
                "Not stated in the source. The white paper does not describe any agreement "
                "between the district and a union on this plan.",
            ),
        ],
        "outcomes": [
            (
                "text",
                "No outcomes are reported in the source. The plan was described as upcoming.",
            ),
        ],
        "lessons": "Not stated in the source.",
        "citations": [cite("004", "216-218")],
        "related_resources": ["report-shared-responsibility"],
    },
    # =============================================================================
    # 10. Glenview, Illinois
    # =============================================================================
    {
        "slug": "glenview-illinois",
        "title": "Glenview, Illinois: an ongoing 'Constitution' agreement",
        "featured": False,
        "summary": "Suburban Glenview, Illinois has an ongoing 'Constitution' document. The "
        "U.S. Department of Education cites it as an example of a 'living' agreement that "
        "is negotiated continuously rather than every several years.",
        "program_name": "Constitution",
        "start_year": None,
        "end_year": None,
        "states": ["IL"],
        "locale": "suburban",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["joint-committees", "trust-and-communication"],
        "organizations": ["glenview-il-district"],
        "challenge": NOT_STATED,
        "approach": "According to the U.S. Department of Education, successful "
        "collaboration is often written into new forms of collective bargaining agreement. "
        "One form is the longer-term or 'living' contract, negotiated on an ongoing basis. "
        "Glenview's 'Constitution' document, which the white paper says is in place, is "
        "given as an example.\n\n"
        "The source says nothing about the document's contents, who drafted it, or when it "
        "was adopted.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Ongoing 'Constitution' document",
                    "text": "Glenview uses an ongoing 'Constitution' document in place of "
                    "a contract renegotiated every several years. Its terms are not "
                    "described in the source.",
                    "verbatim": False,
                    "parties": "Glenview, Illinois district and its teachers' union (union "
                    "not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 92",
                },
            ),
        ],
        "outcomes": [
            ("text", "No outcomes are reported in the source."),
        ],
        "lessons": "Not stated in the source.",
        "citations": [cite("004", "92")],
        "related_resources": ["report-shared-responsibility"],
    },
    # =============================================================================
    # 11. Natrona County, Wyoming
    # =============================================================================
    {
        "slug": "natrona-county-wyoming",
        "title": "Natrona County, Wyoming: a contract and guidelines for collaboration",
        "featured": False,
        "summary": "Natrona County, Wyoming adopted a contract and guidelines for "
        "collaboration. The U.S. Department of Education cites them as an example of the "
        "flexible agreements and continuous problem-solving that interest-based bargaining "
        "tends to produce.",
        "program_name": "",
        "start_year": None,
        "end_year": None,
        "states": ["WY"],
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "implemented",
        "student_outcomes_reported": False,
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "organizations": ["natrona-county-wy-district"],
        "challenge": "Not stated in the source for Natrona County. The white paper "
        "contrasts adversarial bargaining, with its demands and counter-demands and its "
        "detailed, rigid contracts, with interest-based bargaining.",
        "approach": "The white paper describes interest-based bargaining as a sequence. The "
        "parties define the problem and each side's interests, then analyze the "
        "alternatives and the criteria for choosing among them, and finally decide. It "
        "says this approach tends to produce more flexible contracts and ways of solving "
        "problems continuously. It names Natrona County's contract and guidelines for "
        "collaboration as an example.\n\n"
        "The source does not describe how Natrona County negotiated them, what they "
        "contain, or when they were adopted.",
        "agreed": [
            (
                "clause",
                {
                    "heading": "Contract and guidelines for collaboration",
                    "text": "Natrona County adopted a contract together with guidelines "
                    "for collaboration. The white paper presents them as flexible "
                    "arrangements for continuous problem-solving. Their specific terms are "
                    "not described in the source.",
                    "verbatim": False,
                    "parties": "Natrona County, Wyoming district and its teachers' union "
                    "(union not named in the source)",
                    "year": None,
                    "section": "",
                    "source": "seed 004, line 88",
                },
            ),
        ],
        "outcomes": [
            ("text", "No outcomes are reported in the source."),
        ],
        "lessons": "Not stated in the source.",
        "citations": [cite("004", "88")],
        "related_resources": ["report-shared-responsibility", "ibb-five-phases"],
    },
]
