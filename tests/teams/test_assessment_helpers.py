"""The pure helpers: density, the staff CSV reader, and the charts."""

import xml.etree.ElementTree as ET

import pytest

from teams import charts, density, staff_csv

SVG = "{http://www.w3.org/2000/svg}"


# Density, by hand: possible ties are n(n-1)/2; a pair named either way is one tie.
@pytest.mark.parametrize(
    ("n", "reports", "expected"),
    [
        (4, [], 0.0),
        (4, [(0, 1)], 1 / 6),  # 1 of 6 possible
        (4, [(0, 1), (1, 0)], 1 / 6),  # named both ways: still one tie
        (4, [(0, 1), (2, 3), (0, 2)], 3 / 6),
        (3, [(0, 1), (1, 2), (2, 0)], 1.0),  # all 3 of 3
        (5, [(0, 0), (0, 4)], 1 / 10),  # naming oneself is no tie
        (1, [], None),  # one person: no tie possible
        (0, [], None),
    ],
)
def test_density_by_hand(n, reports, expected):
    assert density.density(n, reports) == expected


def test_possible_ties():
    assert [density.possible_ties(n) for n in (0, 1, 2, 3, 10, 500)] == [0, 0, 1, 3, 45, 124750]


def csv_bytes(text, encoding="utf-8"):
    return text.encode(encoding)


def test_a_good_staff_list():
    parsed = staff_csv.parse(
        csv_bytes("\ufeffName,Position\nAna Diaz,Teacher\n\n Ben Ode , Principal\nCy Lu,\n")
    )
    assert parsed.ok
    assert parsed.rows == [("Ana Diaz", "Teacher"), ("Ben Ode", "Principal"), ("Cy Lu", "")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (csv_bytes("name,role\nAna,Teacher\n"), "Row 1 must be the header"),
        (csv_bytes("name,position\n,Teacher\n"), "Row 2: the name is empty."),
        (
            csv_bytes("name,position\nAna,Teacher\nBen,Aide\nana ,Coach\n"),
            "Row 4: “ana” is already on row 2",
        ),
        (csv_bytes("name,position\nAna,Teacher,Extra\n"), "Row 2: 3 columns; expected 2"),
        (csv_bytes("name,position\nAna\n"), "Row 2: 1 columns; expected 2"),
        (csv_bytes("name,position\n" + "A" * 201 + ",Teacher\n"), "Row 2: too long"),
        (csv_bytes("name,position\nAnaïs,Teacher\n", "latin-1"), "not UTF-8"),
        (
            csv_bytes("name,position\n" + "".join(f"P{i},T\n" for i in range(501))),
            "Too many rows: at most 500",
        ),
        (b"name,position\n" + b"x" * staff_csv.MAX_BYTES, "too big"),
        (csv_bytes("name,position\n"), "lists nobody"),
        (b"", "Row 1 must be the header"),
    ],
)
def test_bad_staff_lists_say_which_row(data, message):
    parsed = staff_csv.parse(data)
    assert not parsed.ok
    assert any(message in error for error in parsed.errors), parsed.errors


def test_every_bad_row_is_named():
    parsed = staff_csv.parse(csv_bytes("name,position\n,A\nBen,B\n,C\nBen,D\n"))
    assert parsed.errors == [
        "Row 2: the name is empty.",
        "Row 4: the name is empty.",
        "Row 5: “Ben” is already on row 3; tell the two apart, e.g. with an initial.",
    ]


def parse_svg(markup):
    root = ET.fromstring(str(markup))  # noqa: S314 - markup the app made
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    return root


def test_means_chart_is_xml_with_title_and_desc_and_escapes_labels():
    svg = charts.means_chart(
        [("a", "Talk <b>&</b>"), ("b", "Work")],
        [("2025 <round>", {"a": (2.0, 0.5), "b": (3.0, 1.0)}), ("Now", {"a": (3.5, 0.5)})],
    )
    root = parse_svg(svg)
    assert root.find(SVG + "title").text == "Partnership quality, mean answer per question"
    desc = root.find(SVG + "desc").text
    assert "2025 <round>: Talk <b>&</b> 2.00" in desc and "Now: Talk <b>&</b> 3.50" in desc
    assert "<b>" not in str(svg)  # escaped in the markup
    assert len(root.findall(f"{SVG}rect")) == 2 + 3  # legend squares + bars


def test_network_chart_layout_is_fixed_and_names_are_hidden_by_default():
    people = ["Ana", "Ben", "Cy", "Di"]
    hidden = charts.network_chart("Who talks", people, {frozenset((0, 2))})
    root = parse_svg(hidden)
    assert root.find(SVG + "title").text == "Who talks"
    assert root.find(SVG + "desc").text.startswith("4 people in a circle and 1 ties")
    assert not any(name in str(hidden) for name in people)
    assert [t.text for t in root.findall(SVG + "text")] == ["1", "2", "3", "4"]
    assert len(root.findall(SVG + "line")) == 1
    assert charts.network_chart("Who talks", people, {frozenset((0, 2))}) == hidden
    shown = parse_svg(charts.network_chart("Who talks", people, set(), show_names=True))
    assert [t.text for t in shown.findall(SVG + "text")] == people
    assert charts.circle_layout(4, 100, 200, 200) == [
        (200.0, 100.0),
        (300.0, 200.0),
        (200.0, 300.0),
        (100.0, 200.0),
    ]
