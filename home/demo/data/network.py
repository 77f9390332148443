"""Demo content for the member network: fictional districts and unions, demo members and
facilitators.

Everything here is invented for the demo, so that the directory, "districts like mine"
and the facilitators' roster have something to show. Nothing in it is a fact about a real
district, union or person, and it is labelled so on the site:

* organization names end with " (demo)" and descriptions start with "Demo organization:";
* usernames start with "demo-", bios start with "(Demo member.)", facilitators' summaries
  with "(Demo facilitator.)", and the loader marks the rows ``is_demo``.

The facts about the real districts and unions of the case studies live with their
citations in ``case_studies_a`` and ``case_studies_b``. Demo members who are attached to a
real organization hold ordinary positions there (a teacher), never a named office.

DEMO_ORGANIZATIONS entries have the shape of ``ORGANIZATIONS`` (see ``__init__``) with
every facet filled, no citations, and a ``source`` that says they are fictional.
DEMO_MEMBERS entries::

    {
        "username": "demo-grace-oconnell",   # starts with "demo-"; email is <username>@example.org
        "first_name": "Grace", "last_name": "O'Connell",
        "role": "superintendent",            # a MemberRole value
        "state": "MA",
        "bio": "(Demo member.) ...",
        "expertise": ["teacher-evaluation"],  # topic slugs
        "interests": ["interest-based-bargaining"],
        "visibility": "members",              # members | hidden
        "organization": "demo-maple-valley-public-schools",  # an organization key, or None
        "position": "Superintendent",         # the title on the confirmed affiliation
    }

FORUM_MEMBER_PROFILES gives profiles to the forum's demo members (``communities.MEMBERS``),
whose accounts and names stay as they are. DEMO_FACILITATORS puts demo members on the
facilitators' roster.
"""

DEMO_SUFFIX = " (demo)"
ORGANIZATION_MARK = "Demo organization:"
MEMBER_MARK = "(Demo member.)"
FACILITATOR_MARK = "(Demo facilitator.)"
DEMO_SOURCE = "Demo data: a fictional organization, not drawn from the source reports."


def _pair(
    slug,
    name,
    union_slug,
    union_name,
    state,
    locale,
    size_band,
    affiliation,
    stage,
    topics,
    district_text,
    union_text,
):
    """A fictional district and its local union, each naming the other as partner."""
    district_key = f"demo-{slug}"
    union_key = f"demo-{union_slug}"
    common = {
        "state": state,
        "locale": locale,
        "size_band": size_band,
        "union_affiliation": affiliation,
        "stage": stage,
        "topics": topics,
        "website": "",
        "citations": [],
        "source": DEMO_SOURCE,
    }
    return [
        {
            "key": district_key,
            "name": name + DEMO_SUFFIX,
            "kind": "district",
            "partner": union_key,
            "description": f"{ORGANIZATION_MARK} {district_text}",
            **common,
        },
        {
            "key": union_key,
            "name": union_name + DEMO_SUFFIX,
            "kind": "union",
            "partner": district_key,
            "description": f"{ORGANIZATION_MARK} {union_text}",
            **common,
        },
    ]


DEMO_ORGANIZATIONS = [
    # --- Massachusetts, suburban: five districts of different sizes and stages ---------
    *_pair(
        "maple-valley-public-schools",
        "Maple Valley Public Schools",
        "maple-valley-education-association",
        "Maple Valley Education Association",
        "MA",
        "suburban",
        "medium",
        "nea",
        "preliminary",
        [
            "teacher-evaluation",
            "interest-based-bargaining",
            "professional-development",
            "trust-and-communication",
        ],
        "A fictional suburban Massachusetts district of about 5,800 students in nine "
        "schools. After a difficult round of bargaining, the superintendent and the "
        "association trained their teams together in interest-based bargaining and are now "
        "redesigning how new teachers are evaluated and supported.",
        "The fictional teachers' association of Maple Valley Public Schools, an NEA "
        "affiliate. Its bargaining team trained alongside the district's and is preparing "
        "its first interest-based negotiations.",
    ),
    *_pair(
        "quarry-hill-public-schools",
        "Quarry Hill Public Schools",
        "quarry-hill-federation-of-teachers",
        "Quarry Hill Federation of Teachers",
        "MA",
        "suburban",
        "medium",
        "aft",
        "advanced",
        [
            "peer-assistance-and-review",
            "teacher-evaluation",
            "professional-development",
            "joint-committees",
        ],
        "A fictional suburban Massachusetts district of about 7,200 students. It has run a "
        "peer assistance and review program for eight years: consulting teachers released "
        "from the classroom mentor every new teacher, and a joint panel of teachers and "
        "administrators reviews their reports.",
        "The fictional teachers' union of Quarry Hill Public Schools, an AFT affiliate. "
        "Its president co-chairs the peer assistance and review panel with the "
        "superintendent.",
    ),
    *_pair(
        "north-harbor-public-schools",
        "North Harbor Public Schools",
        "north-harbor-education-association",
        "North Harbor Education Association",
        "MA",
        "suburban",
        "large",
        "nea",
        "advanced",
        [
            "interest-based-bargaining",
            "joint-committees",
            "budget-transparency",
            "extended-learning-time",
        ],
        "A fictional suburban Massachusetts district of about 12,500 students. It has "
        "bargained three contracts in a row with interest-based methods, opens its budget "
        "to a standing joint finance committee, and added a longer school day at two "
        "elementary schools by agreement.",
        "The fictional teachers' association of North Harbor Public Schools, an NEA "
        "affiliate, with members on the district's joint finance and calendar committees.",
    ),
    *_pair(
        "cedar-brook-regional-school-district",
        "Cedar Brook Regional School District",
        "cedar-brook-regional-education-association",
        "Cedar Brook Regional Education Association",
        "MA",
        "suburban",
        "small",
        "nea",
        "not_yet_ready",
        ["trust-and-communication", "interest-based-bargaining", "teacher-evaluation"],
        "A fictional regional district of about 1,900 students serving three suburban "
        "Massachusetts towns. Its last contract settled a year after the old one expired, "
        "and its leaders are looking at what other districts did before they try a "
        "different approach.",
        "The fictional teachers' association of Cedar Brook Regional School District, an "
        "NEA affiliate, whose new president wants to try interest-based bargaining.",
    ),
    *_pair(
        "pine-meadow-public-schools",
        "Pine Meadow Public Schools",
        "pine-meadow-federation-of-teachers",
        "Pine Meadow Federation of Teachers",
        "MA",
        "suburban",
        "small",
        "aft",
        "preliminary",
        [
            "career-pathways",
            "compensation",
            "professional-development",
            "peer-assistance-and-review",
        ],
        "A fictional suburban Massachusetts district of about 2,300 students. A joint "
        "working group is designing mentor and lead-teacher roles with stipends, to start "
        "with a small pilot and a review date, and drafting a peer assistance and review "
        "program for new teachers.",
        "The fictional teachers' union of Pine Meadow Public Schools, an AFT affiliate, "
        "working with the district on new teacher-leader roles.",
    ),
    # --- Neighbouring states and further afield ----------------------------------------
    *_pair(
        "lantern-bay-public-schools",
        "Lantern Bay Public Schools",
        "lantern-bay-federation-of-teachers",
        "Lantern Bay Federation of Teachers",
        "CT",
        "suburban",
        "medium",
        "aft",
        "advanced",
        ["peer-assistance-and-review", "teacher-evaluation", "career-pathways"],
        "A fictional suburban Connecticut district of about 6,400 students with a joint "
        "evaluation committee, a peer assistance and review program for new teachers and a "
        "three-step career ladder.",
        "The fictional teachers' union of Lantern Bay Public Schools, an AFT affiliate. It "
        "selects consulting teachers jointly with the district.",
    ),
    *_pair(
        "birch-hollow-school-district",
        "Birch Hollow School District",
        "birch-hollow-education-association",
        "Birch Hollow Education Association",
        "NH",
        "rural",
        "small",
        "nea",
        "preliminary",
        ["interest-based-bargaining", "budget-transparency", "trust-and-communication"],
        "A fictional rural New Hampshire district of about 1,100 students in three schools. "
        "Its school board and teachers' association are weighing whether to hire a neutral "
        "facilitator for their first interest-based negotiations.",
        "The fictional teachers' association of Birch Hollow School District, an NEA affiliate.",
    ),
    *_pair(
        "harwell-city-schools",
        "Harwell City Schools",
        "harwell-federation-of-teachers",
        "Harwell Federation of Teachers",
        "OH",
        "urban",
        "large",
        "aft",
        "advanced",
        [
            "peer-assistance-and-review",
            "turnaround-and-pilot-schools",
            "school-level-collaboration",
            "compensation",
        ],
        "A fictional urban Ohio district of about 21,000 students. Union-management teams "
        "work in every school, a peer review program supports new and struggling teachers, "
        "and a memorandum gives its pilot schools their own staffing process.",
        "The fictional teachers' union of Harwell City Schools, an AFT affiliate, with a "
        "building representative on every school's leadership team.",
    ),
    *_pair(
        "sagebrush-valley-school-district",
        "Sagebrush Valley School District",
        "sagebrush-valley-education-association",
        "Sagebrush Valley Education Association",
        "CO",
        "rural",
        "small",
        "nea",
        "not_yet_ready",
        ["compensation", "interest-based-bargaining", "trust-and-communication"],
        "A fictional rural Colorado district of about 800 students. Years of tight budgets "
        "and quick turnover of superintendents have left little trust between the board "
        "and the teachers; both sides say they want to start talking differently.",
        "The fictional teachers' association of Sagebrush Valley School District, an NEA "
        "affiliate.",
    ),
    *_pair(
        "pacific-vista-unified-school-district",
        "Pacific Vista Unified School District",
        "united-teachers-of-pacific-vista",
        "United Teachers of Pacific Vista",
        "CA",
        "urban",
        "very_large",
        "both",
        "preliminary",
        [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "school-level-collaboration",
            "student-achievement",
        ],
        "A fictional urban California district of about 64,000 students. The district and "
        "the union signed their first memorandum for a small group of pilot schools last "
        "year and are tracking attendance and test results before deciding whether to "
        "expand it.",
        "The fictional teachers' union of Pacific Vista Unified School District, affiliated "
        "with both the NEA and the AFT.",
    ),
]


def _member(
    username,
    first_name,
    last_name,
    role,
    state,
    organization,
    position,
    bio,
    expertise,
    interests,
    visibility="members",
):
    return {
        "username": username,
        "first_name": first_name,
        "last_name": last_name,
        "role": role,
        "state": state,
        "organization": organization,
        "position": position,
        "bio": f"{MEMBER_MARK} {bio}",
        "expertise": expertise,
        "interests": interests,
        "visibility": visibility,
    }


DEMO_MEMBERS = [
    # Maple Valley (MA): the union president is the forum's demo-sam (below).
    _member(
        "demo-grace-oconnell",
        "Grace",
        "O'Connell",
        "superintendent",
        "MA",
        "demo-maple-valley-public-schools",
        "Superintendent",
        "Superintendent in Maple Valley for three years, after twelve years as a teacher "
        "and principal. Working with the association on a new evaluation system for "
        "first-year teachers.",
        ["teacher-evaluation"],
        ["interest-based-bargaining", "peer-assistance-and-review"],
    ),
    # Quarry Hill (MA): a long-running PAR program.
    _member(
        "demo-daniel-okafor",
        "Daniel",
        "Okafor",
        "superintendent",
        "MA",
        "demo-quarry-hill-public-schools",
        "Superintendent",
        "Co-chairs the peer assistance and review panel with the union president. Happy to "
        "talk to districts setting up a panel for the first time.",
        ["peer-assistance-and-review", "teacher-evaluation", "joint-committees"],
        ["career-pathways"],
    ),
    _member(
        "demo-linda-chen",
        "Linda",
        "Chen",
        "union_leader",
        "MA",
        "demo-quarry-hill-federation-of-teachers",
        "Union president",
        "Union president and a former consulting teacher. Has helped write the selection "
        "process for consulting teachers twice.",
        ["peer-assistance-and-review", "professional-development"],
        ["compensation", "career-pathways"],
    ),
    _member(
        "demo-tom-brennan",
        "Tom",
        "Brennan",
        "teacher",
        "MA",
        "demo-quarry-hill-federation-of-teachers",
        "Consulting teacher",
        "Middle-school science teacher, now in his second year as a consulting teacher "
        "mentoring new colleagues.",
        ["peer-assistance-and-review"],
        ["professional-development", "teacher-evaluation"],
    ),
    # North Harbor (MA): interest-based bargaining and open budgets.
    _member(
        "demo-patricia-santos",
        "Patricia",
        "Santos",
        "board_member",
        "MA",
        "demo-north-harbor-public-schools",
        "School committee chair",
        "School committee chair who has sat at the table for three interest-based "
        "negotiations. Interested in how other committees keep members informed.",
        ["interest-based-bargaining", "budget-transparency"],
        ["extended-learning-time"],
    ),
    _member(
        "demo-maria-fonseca",
        "Maria",
        "Fonseca",
        "union_leader",
        "MA",
        "demo-north-harbor-education-association",
        "Association president",
        "Association president and member of the joint finance committee.",
        ["budget-transparency", "joint-committees"],
        ["extended-learning-time", "interest-based-bargaining"],
    ),
    _member(
        "demo-kevin-doyle",
        "Kevin",
        "Doyle",
        "principal",
        "MA",
        "demo-north-harbor-public-schools",
        "Elementary school principal",
        "Principal of one of the two elementary schools with a longer day. Plans the extra "
        "time with the school's teacher leadership team.",
        ["extended-learning-time", "school-level-collaboration"],
        ["professional-development"],
    ),
    # Cedar Brook Regional (MA): not yet ready.
    _member(
        "demo-james-whitaker",
        "James",
        "Whitaker",
        "superintendent",
        "MA",
        "demo-cedar-brook-regional-school-district",
        "Superintendent",
        "New superintendent of a small regional district, looking for peers who moved from "
        "hard bargaining to a more collaborative approach.",
        ["budget-transparency"],
        ["interest-based-bargaining", "trust-and-communication"],
    ),
    _member(
        "demo-ana-pereira",
        "Ana",
        "Pereira",
        "union_leader",
        "MA",
        "demo-cedar-brook-regional-education-association",
        "Association president",
        "Elected association president last spring. Wants to learn how other locals "
        "prepared their members for interest-based bargaining.",
        ["professional-development"],
        ["interest-based-bargaining", "trust-and-communication"],
    ),
    _member(
        "demo-helen-price",
        "Helen",
        "Price",
        "board_member",
        "MA",
        "demo-cedar-brook-regional-school-district",
        "School committee member",
        "School committee member from one of the district's three towns.",
        ["budget-transparency"],
        ["interest-based-bargaining"],
        visibility="hidden",
    ),
    # Pine Meadow (MA): teacher-leader roles; the union president is the forum's demo-rosa.
    _member(
        "demo-robert-kim",
        "Robert",
        "Kim",
        "superintendent",
        "MA",
        "demo-pine-meadow-public-schools",
        "Superintendent",
        "Superintendent of a small district piloting mentor and lead-teacher roles.",
        ["career-pathways"],
        ["compensation", "budget-transparency"],
    ),
    # Lantern Bay (CT).
    _member(
        "demo-susan-morales",
        "Susan",
        "Morales",
        "superintendent",
        "CT",
        "demo-lantern-bay-public-schools",
        "Superintendent",
        "Superintendent who helped build the district's career ladder with the union.",
        ["career-pathways", "teacher-evaluation"],
        ["peer-assistance-and-review"],
    ),
    _member(
        "demo-nicole-baptiste",
        "Nicole",
        "Baptiste",
        "union_leader",
        "CT",
        "demo-lantern-bay-federation-of-teachers",
        "Union president",
        "Union president and high-school English teacher; chooses consulting teachers for "
        "the peer assistance and review program together with the district.",
        ["peer-assistance-and-review", "career-pathways"],
        ["compensation"],
    ),
    # Birch Hollow (NH): the superintendent is the forum's demo-marcus (below).
    _member(
        "demo-carol-lindqvist",
        "Carol",
        "Lindqvist",
        "union_leader",
        "NH",
        "demo-birch-hollow-education-association",
        "Association president",
        "Association president in a three-school rural district; teaches fourth grade.",
        ["trust-and-communication"],
        ["interest-based-bargaining", "budget-transparency"],
    ),
    # Harwell (OH): the HR director is the forum's demo-priya (below).
    _member(
        "demo-andre-jackson",
        "Andre",
        "Jackson",
        "union_leader",
        "OH",
        "demo-harwell-federation-of-teachers",
        "Union president",
        "Union president; sits on the peer review panel and on the pilot schools' oversight group.",
        ["peer-assistance-and-review", "turnaround-and-pilot-schools"],
        ["compensation", "school-level-collaboration"],
    ),
    # Sagebrush Valley (CO): not yet ready.
    _member(
        "demo-beth-andersen",
        "Beth",
        "Andersen",
        "board_member",
        "CO",
        "demo-sagebrush-valley-school-district",
        "School board president",
        "School board president in a small rural district that wants a fresh start with "
        "its teachers.",
        ["budget-transparency"],
        ["trust-and-communication", "interest-based-bargaining"],
    ),
    _member(
        "demo-luis-herrera",
        "Luis",
        "Herrera",
        "union_leader",
        "CO",
        "demo-sagebrush-valley-education-association",
        "Association president",
        "Association president and high-school math teacher.",
        ["compensation"],
        ["trust-and-communication", "interest-based-bargaining"],
    ),
    # Pacific Vista (CA): pilot schools.
    _member(
        "demo-jennifer-tran",
        "Jennifer",
        "Tran",
        "superintendent",
        "CA",
        "demo-pacific-vista-unified-school-district",
        "Superintendent",
        "Superintendent of a large urban district in the second year of a pilot-schools "
        "memorandum with the union.",
        ["turnaround-and-pilot-schools", "student-achievement"],
        ["transfers-and-staffing", "school-level-collaboration"],
    ),
    _member(
        "demo-miguel-sandoval",
        "Miguel",
        "Sandoval",
        "union_leader",
        "CA",
        "demo-united-teachers-of-pacific-vista",
        "Union president",
        "Union president who negotiated the pilot-schools memorandum, including the "
        "placement guarantee for teachers who chose to leave the pilot schools.",
        ["transfers-and-staffing", "turnaround-and-pilot-schools"],
        ["school-level-collaboration"],
    ),
    # Teachers at case-study districts: ordinary positions only, no named office.
    _member(
        "demo-aisha-grant",
        "Aisha",
        "Grant",
        "teacher",
        "MA",
        "boston-public-schools",
        "Teacher",
        "Elementary teacher interested in how schools plan the use of added learning time "
        "together.",
        ["school-level-collaboration"],
        ["extended-learning-time", "professional-development"],
    ),
    _member(
        "demo-jose-rivera",
        "José",
        "Rivera",
        "teacher",
        "MA",
        "springfield-ma-district",
        "Teacher",
        "High-school history teacher following the district's work on educator evaluation.",
        ["professional-development"],
        ["teacher-evaluation", "district-capacity"],
        visibility="hidden",
    ),
    # A researcher, not attached to any organization.
    _member(
        "demo-hannah-weiss",
        "Hannah",
        "Weiss",
        "researcher",
        "MA",
        None,
        "",
        "Researcher studying how union-management partnerships shape collaboration among teachers.",
        ["student-achievement", "school-level-collaboration"],
        ["peer-assistance-and-review", "trust-and-communication"],
        visibility="hidden",
    ),
    # Facilitators (see DEMO_FACILITATORS); they work with many districts, so none is
    # attached to an organization.
    _member(
        "demo-ellen-marsh",
        "Ellen",
        "Marsh",
        "facilitator",
        "MA",
        None,
        "",
        "Trains and facilitates bargaining teams in interest-based bargaining.",
        ["interest-based-bargaining", "budget-transparency", "trust-and-communication"],
        ["teacher-evaluation"],
    ),
    _member(
        "demo-raymond-cole",
        "Raymond",
        "Cole",
        "facilitator",
        "OH",
        None,
        "",
        "Former mediator who now facilitates negotiations and joint committees.",
        ["joint-committees", "compensation", "interest-based-bargaining"],
        ["career-pathways"],
    ),
    _member(
        "demo-sofia-delgado",
        "Sofía",
        "Delgado",
        "facilitator",
        "CA",
        None,
        "",
        "Works with district and union teams on school-level collaboration and pilot "
        "schools; facilitates in English and Spanish.",
        ["school-level-collaboration", "turnaround-and-pilot-schools", "interest-based-bargaining"],
        ["student-achievement"],
    ),
    _member(
        "demo-teresa-almeida",
        "Teresa",
        "Almeida",
        "facilitator",
        "MA",
        None,
        "",
        "Facilitates district capacity projects and team building for labor-management "
        "teams; works in English and Portuguese.",
        ["district-capacity", "trust-and-communication", "professional-development"],
        ["joint-committees"],
    ),
]

# The forum's demo members (``communities.MEMBERS``): accounts and names stay as they
# are; these give them a profile and a place in the network.
FORUM_MEMBER_PROFILES = [
    {
        "username": "demo-sam",
        "role": "union_leader",
        "state": "MA",
        "organization": "demo-maple-valley-education-association",
        "position": "Association president",
        "bio": f"{MEMBER_MARK} Association president in Maple Valley. Both bargaining teams "
        "finished interest-based bargaining training this spring.",
        "expertise": ["peer-assistance-and-review"],
        "interests": ["interest-based-bargaining", "teacher-evaluation"],
        "visibility": "members",
    },
    {
        "username": "demo-rosa",
        "role": "union_leader",
        "state": "MA",
        "organization": "demo-pine-meadow-federation-of-teachers",
        "position": "Union president",
        "bio": f"{MEMBER_MARK} Union president in Pine Meadow, co-chairing the joint working "
        "group on teacher-leader roles and drafting a new peer assistance and review program.",
        "expertise": ["joint-committees", "career-pathways"],
        "interests": ["peer-assistance-and-review", "compensation"],
        "visibility": "members",
    },
    {
        "username": "demo-marcus",
        "role": "superintendent",
        "state": "NH",
        "organization": "demo-birch-hollow-school-district",
        "position": "Superintendent",
        "bio": f"{MEMBER_MARK} Superintendent of a small rural district thinking about "
        "interest-based bargaining for the next contract.",
        "expertise": ["budget-transparency"],
        "interests": ["interest-based-bargaining", "career-pathways", "compensation"],
        "visibility": "members",
    },
    {
        "username": "demo-priya",
        "role": "district_admin",
        "state": "OH",
        "organization": "demo-harwell-city-schools",
        "position": "Director of human resources",
        "bio": f"{MEMBER_MARK} HR director in Harwell; works with the union on the pilot "
        "schools' staffing process and the peer review program.",
        "expertise": ["transfers-and-staffing", "peer-assistance-and-review"],
        "interests": ["teacher-evaluation", "career-pathways"],
        "visibility": "members",
    },
    {
        "username": "demo-lee",
        "role": "facilitator",
        "state": "MA",
        "organization": None,
        "position": "",
        "bio": f"{MEMBER_MARK} Facilitator for bargaining teams and joint panels.",
        "expertise": [
            "interest-based-bargaining",
            "peer-assistance-and-review",
            "joint-committees",
        ],
        "interests": ["trust-and-communication"],
        "visibility": "members",
    },
    {
        "username": "demo-jo",
        "role": "facilitator",
        "state": "NY",
        "organization": None,
        "position": "",
        "bio": f"{MEMBER_MARK} Facilitator for evaluation, career pathways and pilot-school "
        "design.",
        "expertise": ["teacher-evaluation", "career-pathways", "turnaround-and-pilot-schools"],
        "interests": ["compensation"],
        "visibility": "members",
    },
]

DEMO_FACILITATORS = [
    {
        "username": "demo-lee",
        "summary": f"{FACILITATOR_MARK} Has trained bargaining teams in interest-based "
        "bargaining and facilitated negotiations and peer review panels in New England "
        "districts.",
        "services": ["ibb_training", "facilitated_negotiations"],
        "regions": ["northeast"],
        "languages": "English",
    },
    {
        "username": "demo-jo",
        "summary": f"{FACILITATOR_MARK} Helps district and union teams design evaluation "
        "systems, career pathways and pilot schools, and builds the teams that run them.",
        "services": ["team_building", "district_capacity"],
        "regions": ["northeast", "midwest"],
        "languages": "English, Spanish",
    },
    {
        "username": "demo-ellen-marsh",
        "summary": f"{FACILITATOR_MARK} Runs joint interest-based bargaining training for "
        "union and management teams and facilitates their first negotiations.",
        "services": ["ibb_training", "facilitated_negotiations"],
        "regions": ["northeast"],
        "languages": "English",
    },
    {
        "username": "demo-raymond-cole",
        "summary": f"{FACILITATOR_MARK} A former mediator who facilitates negotiations and "
        "helps joint committees set their charters and ground rules.",
        "services": ["facilitated_negotiations", "team_building"],
        "regions": ["midwest", "south"],
        "languages": "English",
    },
    {
        "username": "demo-sofia-delgado",
        "summary": f"{FACILITATOR_MARK} Trains school-level teams of principals and union "
        "representatives and facilitates interest-based bargaining, in English or Spanish.",
        "services": ["ibb_training", "team_building"],
        "regions": ["west", "south"],
        "languages": "English, Spanish",
    },
    {
        "username": "demo-teresa-almeida",
        "summary": f"{FACILITATOR_MARK} Facilitates district capacity projects: the team's "
        "agreement, its work plan and the progress checks along the way.",
        "services": ["district_capacity", "team_building"],
        "regions": ["northeast"],
        "languages": "English, Portuguese",
    },
]
