"""The curated topic vocabulary, shared by case studies, resources and forums.

Each topic says where in the sources it comes from (seed file and lines).
"""

TOPICS = [
    {
        "slug": "peer-assistance-and-review",
        "name": "Peer assistance and review",
        "description": "Programs in which expert teachers mentor and evaluate colleagues, "
        "overseen by a joint union-management panel.",
        "source": "seed 002, lines 230-258 (research notes); seed 000, line 86",
    },
    {
        "slug": "teacher-evaluation",
        "name": "Teacher evaluation",
        "description": "Jointly designed systems for evaluating and developing teachers.",
        "source": "seed 002, lines 1098-1122 (Ten Principles, Figure 2)",
    },
    {
        "slug": "career-pathways",
        "name": "Career pathways and ladders",
        "description": "Career ladders, lattices and pathways that give teachers new roles "
        "and pay for taking on more responsibility.",
        "source": "seed 004 (Baltimore and Hillsborough spotlights)",
    },
    {
        "slug": "compensation",
        "name": "Compensation and benefits",
        "description": "Alternative salary structures, performance and differential pay, "
        "and health-benefit savings negotiated together.",
        "source": "seed 002, lines 1098-1122 (Ten Principles, Figure 2)",
    },
    {
        "slug": "interest-based-bargaining",
        "name": "Interest-based bargaining",
        "description": "Negotiating from shared interests rather than positions: training, "
        "ground rules and facilitated bargaining.",
        "source": "seed 000, lines 41-48; seed 002 (IBB sections)",
    },
    {
        "slug": "joint-committees",
        "name": "Joint committees and shared governance",
        "description": "Standing labor-management committees, oversight bodies and "
        "school-site decision-making teams.",
        "source": "seed 002 (Baltimore Joint Oversight Committee)",
    },
    {
        "slug": "turnaround-and-pilot-schools",
        "name": "Turnaround and pilot schools",
        "description": "Agreements that give priority, pilot, turnaround or restructured "
        "schools flexibility over staffing, time and practice.",
        "source": "seed 002, lines 2117-2136",
    },
    {
        "slug": "innovation-schools",
        "name": "Innovation schools",
        "description": "Schools given autonomy under state innovation-school law, designed "
        "with teachers and their union.",
        "source": "seed 000, line 86",
    },
    {
        "slug": "extended-learning-time",
        "name": "Extended learning time",
        "description": "Longer school days or years, and how teachers' time and pay are "
        "handled when the schedule changes.",
        "source": "seed 001, lines 240-288",
    },
    {
        "slug": "professional-development",
        "name": "Professional development",
        "description": "Jointly planned professional learning, induction and mentoring.",
        "source": "seed 002, lines 1098-1122 (Ten Principles, Figure 2)",
    },
    {
        "slug": "transfers-and-staffing",
        "name": "Transfers and staffing",
        "description": "Transfer, assignment, mutual consent and reduction-in-force language.",
        "source": "seed 002, lines 1098-1122 (Ten Principles, Figure 2)",
    },
    {
        "slug": "budget-transparency",
        "name": "Budget transparency",
        "description": "Sharing budget information openly so both sides bargain from the "
        "same numbers.",
        "source": "seed 002 (interest-based bargaining sections)",
    },
    {
        "slug": "district-capacity",
        "name": "District capacity building",
        "description": "Facilitated projects that help a district and its union work on a "
        "shared priority during the term of a contract.",
        "source": "seed 000, lines 50-80",
    },
    {
        "slug": "student-achievement",
        "name": "Student achievement and research",
        "description": "Research on how labor-management collaboration relates to student "
        "outcomes, and evaluations of programs.",
        "source": "seed 001 (ABC Unified research)",
    },
    {
        "slug": "state-policy",
        "name": "State policy and legislation",
        "description": "State laws, Race to the Top requirements and state-level "
        "partnerships that shape local collaboration.",
        "source": "seed 004 (state policy section)",
    },
    {
        "slug": "trust-and-communication",
        "name": "Trust and communication",
        "description": "Building relationships, communication and trust between union and "
        "management leaders.",
        "source": "seed 003 (factors in district progress)",
    },
    {
        "slug": "school-level-collaboration",
        "name": "School-level collaboration",
        "description": "Union-management partnerships inside schools: teacher-principal "
        "teams, site councils and teacher collaboration.",
        "source": "seed 001 (ABC Unified school-level study)",
    },
]

TOPIC_NAMES = {topic["slug"]: topic["name"] for topic in TOPICS}
