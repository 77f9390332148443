"""Results: means and spread recomputed by hand, comparison with earlier rounds, the
chart, anonymity, recommendations, and the network survey."""

import re
import statistics
import xml.etree.ElementTree as ET
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from network.factories import OrganizationFactory
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage
from teams.assessments import open_round, save_answer
from teams.choices import Barrier, Purpose, Stage, Trigger
from teams.models import Response, StaffMember

SVG = "{http://www.w3.org/2000/svg}"
ANSWERS = [  # communication, collaboration, openness, stage
    (4, 2, 1, Stage.PRELIMINARY),
    (3, 2, 2, Stage.PRELIMINARY),
    (4, 1, 1, Stage.NOT_YET_READY),
    (2, 3, 2, Stage.PRELIMINARY),
    (1, 2, 3, Stage.ADVANCED),
]


def answer(assessment, row, user=None, **extra):
    communication, collaboration, openness, stage = row
    return save_answer(
        assessment,
        {
            "communication": communication,
            "collaboration": collaboration,
            "openness": openness,
            "stage": stage,
            "triggers": [Trigger.EXTERNAL_PARTNERSHIP],
            "barriers": [Barrier.CONFLICT],
            **extra,
        },
        user=user,
    )


def results(client, cast, assessment, **params):
    client.force_login(cast.superintendent)
    url = reverse("teams:assessment", args=[cast.team.slug, assessment.pk])
    return client.get(url, params).content.decode()


def table_row(html, label):
    row = re.search(r"<tr><th scope=\"row\">" + re.escape(label) + r"</th>(.*?)</tr>", html)
    return re.findall(r"<td>(.*?)</td>", row.group(1))


def test_means_and_spread_recomputed_from_the_stored_answers(client, cast, assessment_round):
    assessment, _ = assessment_round
    for row in ANSWERS:
        answer(assessment, row)
    html = results(client, cast, assessment)
    stored = list(Response.objects.filter(round=assessment))
    assert len(stored) == 5
    for code, label in [
        ("communication", "Union and management communicate with each other"),
        ("collaboration", "Staff collaborate with one another"),
        ("openness", "Decisions are open to input from all educators"),
    ]:
        values = [getattr(r, code) for r in stored]
        expected = [
            f"{statistics.mean(values):.2f}",
            f"{statistics.pstdev(values):.2f}",
            *(str(values.count(n)) for n in (1, 2, 3, 4)),
        ]
        assert table_row(html, label) == expected
    # communication: 4,3,4,2,1 -> mean 2.80
    assert table_row(html, "Union and management communicate with each other")[0] == "2.80"
    assert "Preliminary: 3" in html and "Advanced: 1" in html
    assert "An external partnership, for example with a university: 5" in html


def test_the_chart_is_inline_svg_with_title_and_desc(client, cast, assessment_round):
    assessment, _ = assessment_round
    for row in ANSWERS:
        answer(assessment, row)
    html = results(client, cast, assessment)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg)  # noqa: S314 - markup the app made
    assert root.get("role") == "img"
    assert root.find(SVG + "title").text
    assert "Union and management communicate with each other 2.80" in root.find(SVG + "desc").text
    assert "<script" not in html


def test_comparison_with_earlier_rounds_of_the_same_school_only(client, cast):
    now = timezone.now()
    earlier, _ = open_round(cast.team, cast.superintendent, school="Lincoln")
    earlier.opened_at = now - timedelta(days=365)
    earlier.save()
    other_school, _ = open_round(cast.team, cast.superintendent, school="Adams")
    other_school.opened_at = now - timedelta(days=200)
    other_school.save()
    current, _ = open_round(cast.team, cast.superintendent, school="Lincoln")
    for row in ANSWERS:
        answer(earlier, (1, 1, 1, row[3]))
        answer(other_school, (2, 2, 2, row[3]))
        answer(current, row)
    html = results(client, cast, current)
    assert table_row(html, "Union and management communicate with each other")[:1] == ["2.80"]
    comparison = html.split("Mean (standard deviation) per round")[1]
    assert earlier.label in comparison and other_school.label not in comparison
    assert "1.00 (0.00)" in comparison and "2.80 (1.17)" in comparison
    assert "2.00 (0.00)" not in comparison


def test_no_page_shows_an_individual_answer_or_who_answered(client, cast, assessment_round):
    assessment, token = assessment_round
    answer(assessment, (1, 4, 4, Stage.ADVANCED), user=cast.president)
    for row in ANSWERS[:4]:
        answer(assessment, row)
    for role in ("superintendent", "facilitator", "staff"):
        client.force_login(getattr(cast, role))
        for url in (
            reverse("teams:assessments", args=[cast.team.slug]),
            reverse("teams:assessment", args=[cast.team.slug, assessment.pk]),
        ):
            html = client.get(url).content.decode()
            assert "President" not in html and "Pat" not in html
    # the superintendent's answer form holds nothing of the president's answer
    client.force_login(cast.superintendent)
    form = client.get(
        reverse("teams:assessment_answer", args=[cast.team.slug, assessment.pk])
    ).content.decode()
    assert "checked" not in form
    # the link page shows nothing of earlier answers
    client.logout()
    assert (
        "checked"
        not in client.get(
            reverse("teams:assessment_link_answer", args=[cast.team.slug, token])
        ).content.decode()
    )


def test_the_member_sees_only_their_own_answer_to_change_it(client, cast, assessment_round):
    assessment, _ = assessment_round
    answer(assessment, (1, 4, 4, Stage.ADVANCED), user=cast.president)
    client.force_login(cast.president)
    form = client.get(
        reverse("teams:assessment_answer", args=[cast.team.slug, assessment.pk])
    ).content.decode()
    assert re.search(r'value="1"[^>]*id="id_communication_0"[^>]*checked', form)


def test_recommendations_follow_the_weakest_area_and_the_stage(client, cast, assessment_round):
    assessment, _ = assessment_round
    for row in ANSWERS:  # openness weakest (mean 1.8); most say preliminary
        answer(assessment, row)
    index = CaseStudyIndexPage.objects.get()
    CaseStudyPageFactory(parent=index, title="Advanced partnership", stage=Stage.ADVANCED)
    CaseStudyPageFactory(parent=index, title="Early days", stage=Stage.PRELIMINARY)
    CaseStudyPageFactory(parent=index, title="Advanced draft", stage=Stage.ADVANCED, publish=False)
    resources = ResourceIndexPage.objects.get()
    ResourcePageFactory(parent=resources, title="Decision-making toolkit", resource_type="toolkit")
    ResourcePageFactory(parent=resources, title="A contract clause", resource_type="mou")
    cast.district.locale = "urban"
    cast.district.save()
    ahead = OrganizationFactory(name="Aheadville Schools", locale="urban", stage=Stage.ADVANCED)
    OrganizationFactory(name="Behindville Schools", locale="urban", stage=Stage.NOT_YET_READY)
    html = results(client, cast, assessment)
    section = html.split("What to read next")[1]
    assert "<strong>Decisions are open to input from all educators</strong>" in section
    assert "Advanced partnership" in section
    assert "Early days" not in section and "Advanced draft" not in section
    assert "Decision-making toolkit" in section and "A contract clause" not in section
    assert ahead.name in section and "Behindville" not in section


def test_staff_list_upload_good_and_bad(client, cast):
    assessment, _ = open_round(
        cast.team, cast.superintendent, school="Lincoln", network_survey=True
    )
    url = reverse("teams:assessment_staff", args=[cast.team.slug, assessment.pk])
    client.force_login(cast.superintendent)

    def upload(text):
        return client.post(url, {"file": SimpleUploadedFile("staff.csv", text.encode())})

    assert upload("name,position\nAna,Teacher\nBen,Principal\n").status_code == 302
    assert list(assessment.staff.values_list("name", flat=True)) == ["Ana", "Ben"]
    response = upload("name,position\nCy,Teacher\n,Aide\nCy,Coach\n")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Row 3: the name is empty." in html and "Row 4: “Cy” is already on row 2" in html
    assert list(assessment.staff.values_list("name", flat=True)) == ["Ana", "Ben"]


def test_network_density_and_picture(client, cast):
    assessment, token = open_round(
        cast.team, cast.superintendent, school="Lincoln", network_survey=True
    )
    people = [
        StaffMember.objects.create(round=assessment, name=name)
        for name in ["Ana", "Ben", "Cy", "Di", "Ed", "Flo"]
    ]
    a, b, c, d, e, f = people
    named = {  # respondent -> whom they name about student data
        a: [b, c],
        b: [a],  # the same tie as a-b
        c: [d],
        d: [],
        e: [e],  # oneself: no tie
    }
    for me, them in named.items():
        answer(
            assessment,
            ANSWERS[0],
            staff_member=me,
            **{f"talks_{Purpose.STUDENT_DATA}": them, f"talks_{Purpose.MENTORING}": [f]},
        )
    html = results(client, cast, assessment)
    # student data: ties a-b, a-c, c-d = 3 of 6*5/2 = 15 possible
    assert table_row(html, "Student performance data") == ["3", "15", "0.20"]
    # mentoring: a, b, c, d, e each name f: 5 ties
    assert table_row(html, "Mentoring, formal or informal") == ["5", "15", "0.33"]
    assert table_row(html, "Instructional practice") == ["0", "15", "0.00"]
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 1 + 4
    for svg in svgs:
        root = ET.fromstring(svg)  # noqa: S314 - markup the app made
        assert root.find(SVG + "title").text and root.find(SVG + "desc").text
    pictures = "".join(svgs[1:])
    assert "Ana" not in pictures and "Flo" not in pictures
    shown = "".join(
        re.findall(r"<svg.*?</svg>", results(client, cast, assessment, names="1"), re.S)
    )
    assert "Ana" in shown and "Flo" in shown


def test_the_network_waits_for_five_answers(client, cast):
    assessment, _ = open_round(
        cast.team, cast.superintendent, school="Lincoln", network_survey=True
    )
    people = [StaffMember.objects.create(round=assessment, name=f"P{i}") for i in range(6)]
    for me in people[:4]:
        answer(assessment, ANSWERS[0], staff_member=me)
    html = results(client, cast, assessment)
    assert "4 of the 5 network answers needed" in html
    assert "Density per purpose" not in html


def test_a_link_respondent_picks_themself_and_whom_they_talk_with(client, cast):
    assessment, token = open_round(
        cast.team, cast.superintendent, school="Lincoln", network_survey=True
    )
    ana, ben = (StaffMember.objects.create(round=assessment, name=n) for n in ("Ana", "Ben"))
    url = reverse("teams:assessment_link_answer", args=[cast.team.slug, token])
    data = {
        "communication": "2",
        "collaboration": "2",
        "openness": "2",
        "stage": Stage.PRELIMINARY,
        "staff_member": str(ana.pk),
        f"talks_{Purpose.CURRICULUM}": [str(ben.pk)],
    }
    assert client.post(url, data).status_code == 302
    saved = Response.objects.get()
    assert saved.staff_member == ana and saved.user is None
    assert [(t.purpose, t.staff_member) for t in saved.ties.all()] == [(Purpose.CURRICULUM, ben)]
    bad = client.post(url, {**data, "staff_member": "999999"})
    assert bad.status_code == 400 and "Choose your name from the list" in bad.content.decode()
