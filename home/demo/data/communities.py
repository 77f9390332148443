"""Demo communities of practice, with a few demo discussions in each.

The communities follow the themes of the source reports. The discussions are invented
for the demo, in general terms (no facts about real districts), and every post says
"(Demo discussion.)". The demo members who write them cannot log in (unusable passwords).
"""

INTRO = (
    "Communities of practice where union and district leaders, teachers and facilitators "
    "ask each other questions and share what worked."
)

DEMO_MARK = "(Demo discussion.)"

PRIVATE_GROUP = "Facilitators' circle"

# username -> account details. Facilitators are listed on communities below.
MEMBERS = [
    {"username": "demo-rosa", "first_name": "Rosa", "last_name": "Demo"},
    {"username": "demo-sam", "first_name": "Sam", "last_name": "Demo"},
    {"username": "demo-priya", "first_name": "Priya", "last_name": "Demo"},
    {"username": "demo-marcus", "first_name": "Marcus", "last_name": "Demo"},
    {
        "username": "demo-lee",
        "first_name": "Lee",
        "last_name": "Demo (facilitator)",
        "groups": [PRIVATE_GROUP],
    },
    {
        "username": "demo-jo",
        "first_name": "Jo",
        "last_name": "Demo (facilitator)",
        "groups": [PRIVATE_GROUP],
    },
]

# Each thread: its question (author, body), then replies in order. "accepted" marks the
# accepted answer; "helpful" lists the members who marked a post helpful; "reply_to" is
# the index of the earlier reply being answered.
COMMUNITIES = [
    {
        "slug": "peer-assistance-and-review",
        "title": "Peer assistance and review",
        "description": "For union and district leaders who run, or are planning, a peer "
        "assistance and review program: choosing consulting teachers, running the joint "
        "panel, supporting new and struggling teachers.",
        "topics": ["peer-assistance-and-review", "teacher-evaluation", "professional-development"],
        "facilitators": ["demo-lee"],
        "threads": [
            {
                "title": "How do you choose consulting teachers for a new PAR program?",
                "author": "demo-rosa",
                "topics": ["peer-assistance-and-review"],
                "days_ago": 12,
                "body": "(Demo discussion.) We are drafting the selection process for "
                "consulting teachers in a new peer assistance and review program. Who sits "
                "on the selection committee where you work, and what do you ask candidates "
                "to show?",
                "replies": [
                    {
                        "author": "demo-lee",
                        "accepted": True,
                        "helpful": ["demo-rosa", "demo-sam"],
                        "body": "(Demo discussion.) The programs described in the library "
                        "usually give the choice to the joint panel, with union and district "
                        "members voting together. Common things to ask for:\n\n"
                        "- several years of strong classroom practice;\n"
                        "- an observed lesson or a video;\n"
                        "- references from colleagues, not only from administrators;\n"
                        "- evidence that the candidate can give candid feedback.\n\n"
                        "The PAR design guide in the resource library has a checklist.",
                    },
                    {
                        "author": "demo-sam",
                        "helpful": ["demo-rosa"],
                        "body": "(Demo discussion.) We also set a fixed term for consulting "
                        "teachers, after which they go back to the classroom. It helps them "
                        "keep their standing with colleagues.",
                    },
                ],
            },
            {
                "title": "Does PAR cover experienced teachers or only new hires?",
                "author": "demo-sam",
                "topics": ["peer-assistance-and-review", "teacher-evaluation"],
                "days_ago": 5,
                "body": "(Demo discussion.) Our draft only covers first-year teachers. "
                "Should experienced teachers who are struggling be part of it from the "
                "start, and who refers them?",
                "replies": [
                    {
                        "author": "demo-priya",
                        "body": "(Demo discussion.) We started with new teachers only and "
                        "added an intervention track later, once people trusted the panel. "
                        "Referral needed agreement from both the principal and the union "
                        "building representative.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "teacher-evaluation",
        "title": "Teacher evaluation",
        "description": "Designing and running evaluation systems together: observation "
        "rubrics, evaluator training, the role of student learning measures, and using "
        "results for support rather than only for ratings.",
        "topics": ["teacher-evaluation", "student-achievement", "trust-and-communication"],
        "facilitators": ["demo-jo"],
        "threads": [
            {
                "title": "How do you train evaluators so ratings mean the same thing?",
                "author": "demo-priya",
                "topics": ["teacher-evaluation"],
                "days_ago": 9,
                "body": "(Demo discussion.) Our joint committee agreed a new observation "
                "rubric, but principals rate very differently. What has helped evaluators "
                "agree with each other?",
                "replies": [
                    {
                        "author": "demo-jo",
                        "accepted": True,
                        "helpful": ["demo-priya"],
                        "body": "(Demo discussion.) Three things come up again and again: "
                        "scoring the same recorded lessons together and discussing the "
                        "differences, a short calibration check before evaluators start, "
                        "and having union and district trainers lead the sessions side by "
                        "side so teachers see one message.",
                    },
                    {
                        "author": "demo-marcus",
                        "body": "(Demo discussion.) Sharing anonymised rating spreads with "
                        "the joint committee every term also kept the conversation going.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "career-pathways-and-compensation",
        "title": "Career pathways and compensation",
        "description": "Career ladders and new teacher-leader roles, and the salary "
        "structures that pay for them: how roles are defined, who decides movement "
        "between levels, and how the costs are planned.",
        "topics": ["career-pathways", "compensation"],
        "facilitators": ["demo-jo"],
        "threads": [
            {
                "title": "Paying for teacher-leader roles on a tight budget",
                "author": "demo-marcus",
                "topics": ["compensation", "career-pathways"],
                "days_ago": 7,
                "body": "(Demo discussion.) We want to create mentor and lead-teacher roles "
                "with a stipend, but the budget is tight. How have others phased this in?",
                "replies": [
                    {
                        "author": "demo-jo",
                        "body": "(Demo discussion.) Start with a small number of roles and a "
                        "written review date, so both sides can look at the costs and the "
                        "results before expanding. Putting the budget figures in front of "
                        "the joint committee early avoids surprises at the table.",
                    },
                    {
                        "author": "demo-rosa",
                        "reply_to": 0,
                        "body": "(Demo discussion.) Agreed on the review date. We also wrote "
                        "down what happens to people in the roles if funding ends.",
                    },
                ],
            },
            {
                "title": "Who decides when a teacher moves up a career level?",
                "author": "demo-rosa",
                "topics": ["career-pathways"],
                "days_ago": 3,
                "body": "(Demo discussion.) In a career-ladder system, is movement between "
                "levels decided by a joint panel, by the principal, or automatically once "
                "criteria are met?",
                "replies": [
                    {
                        "author": "demo-priya",
                        "accepted": True,
                        "body": "(Demo discussion.) The agreements in the library mostly use "
                        "a joint panel that reviews a portfolio against published criteria, "
                        "with an appeal route. Automatic movement tends to be limited to the "
                        "first steps.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "interest-based-bargaining",
        "title": "Interest-based bargaining",
        "description": "Bargaining from shared interests rather than fixed positions: "
        "joint training, ground rules, the role of a neutral facilitator, and keeping "
        "the approach going between contracts.",
        "topics": ["interest-based-bargaining", "trust-and-communication"],
        "facilitators": ["demo-lee"],
        "threads": [
            {
                "title": "Ground rules for a first interest-based bargaining session",
                "author": "demo-sam",
                "topics": ["interest-based-bargaining"],
                "days_ago": 10,
                "body": "(Demo discussion.) Both teams have done the training and we meet "
                "for the first time next month. Which ground rules mattered most for you?",
                "replies": [
                    {
                        "author": "demo-lee",
                        "accepted": True,
                        "helpful": ["demo-sam", "demo-priya"],
                        "body": "(Demo discussion.) Agree them together in the first "
                        "session rather than bringing a finished list. The ones that tend "
                        "to matter: how information is shared, how the teams talk to their "
                        "members and the press during talks, and how you reach agreement "
                        "(consensus, and what happens if you cannot).",
                    },
                    {
                        "author": "demo-priya",
                        "body": "(Demo discussion.) Write down who may speak for each team. "
                        "It saved us from several misunderstandings.",
                    },
                    {
                        "author": "demo-rosa",
                        "reply_to": 1,
                        "body": "(Demo discussion.) Same here, and we added a rule that "
                        "tentative agreements are shared with both constituencies at the "
                        "same time.",
                    },
                ],
            },
            {
                "title": "Is a neutral facilitator worth the cost?",
                "author": "demo-marcus",
                "topics": ["interest-based-bargaining"],
                "days_ago": 2,
                "body": "(Demo discussion.) For a small district, is an outside "
                "facilitator for interest-based bargaining worth paying for?",
                "replies": [
                    {
                        "author": "demo-lee",
                        "body": "(Demo discussion.) For the first round it usually is: a "
                        "neutral person keeps the process on track while both teams are "
                        "still learning it. Some states and partner organisations offer "
                        "facilitation at low or no cost, so ask around first.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "turnaround-and-pilot-schools",
        "title": "Turnaround and pilot schools",
        "description": "Agreements that give struggling, pilot or innovation schools more "
        "flexibility over staffing, schedules and practice, and how teachers and their "
        "union take part in the design.",
        "topics": [
            "turnaround-and-pilot-schools",
            "transfers-and-staffing",
            "school-level-collaboration",
        ],
        "facilitators": ["demo-jo"],
        "threads": [
            {
                "title": "Staffing a pilot school: voluntary transfers and seniority",
                "author": "demo-priya",
                "topics": ["turnaround-and-pilot-schools", "transfers-and-staffing"],
                "days_ago": 8,
                "body": "(Demo discussion.) Our memorandum lets a pilot school interview "
                "applicants instead of filling posts by seniority. How did you handle "
                "teachers already at the school who did not want to stay?",
                "replies": [
                    {
                        "author": "demo-jo",
                        "helpful": ["demo-priya"],
                        "body": "(Demo discussion.) The agreements in the library usually "
                        "guarantee those teachers a placement elsewhere in the district "
                        "with their seniority intact, and set dates so they are not left "
                        "waiting. Writing that guarantee down early built a lot of trust.",
                    },
                    {
                        "author": "demo-marcus",
                        "body": "(Demo discussion.) We also gave staff a vote on the school's "
                        "plan before the interviews started.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "joint-committees-and-district-capacity",
        "title": "Joint committees and district capacity",
        "description": "Standing labor-management committees and the district and union "
        "capacity behind them: charters, membership, meeting practice, data and "
        "keeping the work going when leaders change.",
        "topics": ["joint-committees", "district-capacity", "trust-and-communication"],
        "facilitators": ["demo-lee", "demo-jo"],
        "threads": [
            {
                "title": "Keeping a joint committee going after the first year",
                "author": "demo-rosa",
                "topics": ["joint-committees"],
                "days_ago": 6,
                "body": "(Demo discussion.) Our joint committee started with energy, but "
                "attendance is dropping. What keeps these committees useful over time?",
                "replies": [
                    {
                        "author": "demo-marcus",
                        "body": "(Demo discussion.) Giving the committee one or two real "
                        "decisions each year, not only updates, made the difference for us.",
                    },
                    {
                        "author": "demo-lee",
                        "accepted": True,
                        "helpful": ["demo-rosa"],
                        "body": "(Demo discussion.) A written charter (purpose, members, how "
                        "decisions are made), co-chairs from both sides, agendas set "
                        "together, and a yearly look back at what the committee changed. "
                        "Plan for turnover too: new members need an introduction.",
                    },
                ],
            },
        ],
    },
    {
        "slug": "facilitators-circle",
        "title": "Facilitators' circle",
        "description": "A private space for the network's facilitators to compare notes "
        "on supporting district and union teams.",
        "topics": ["trust-and-communication", "interest-based-bargaining"],
        "facilitators": ["demo-lee", "demo-jo"],
        "private_group": PRIVATE_GROUP,
        "threads": [
            {
                "title": "Preparing district and union teams for joint action planning",
                "author": "demo-lee",
                "topics": ["trust-and-communication"],
                "days_ago": 4,
                "body": "(Demo discussion.) What do you send teams before an action-planning "
                "session so they arrive with the same picture of where they are?",
                "replies": [
                    {
                        "author": "demo-jo",
                        "body": "(Demo discussion.) A one-page self-assessment that each "
                        "side fills in separately, then compares at the start of the "
                        "session. The differences are the best agenda.",
                    },
                ],
            },
        ],
    },
]
