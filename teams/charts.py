"""Charts drawn on the server as inline SVG: no JavaScript. Each has a <title> and a
<desc>, and its page shows a data table too, as the text alternative. Every piece of text
is escaped by ``format_html``. Pure: no database."""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

BAR_COLOURS = ["#9aa5b1", "#6b7b8c", "#3e5569", "#1d3557"]  # older rounds lighter


def _svg(width, height, title, desc, body, label_id):
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{w}" height="{h}" '
        'viewBox="0 0 {w} {h}" aria-labelledby="{id}-title {id}-desc">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        w=width,
        h=height,
        id=label_id,
        title=title,
        desc=desc,
        body=body,
    )


def means_chart(questions, series, label_id="means-chart"):
    """Bars of the mean answer (1 to 4) per question, one bar per round, with a line for
    one standard deviation either side. ``questions``: [(code, label)]; ``series``:
    [(round label, {code: (mean, sd)})], oldest first, the current round last."""
    series = series[-len(BAR_COLOURS) :]
    left, top, row_height, bar_height, plot = 250, 30, 24 * max(len(series), 1) + 24, 18, 300
    height = top + row_height * len(questions) + 40
    width = left + plot + 40
    parts = []

    def x(value):
        return left + plot * value / 4

    for tick in range(5):
        parts.append(
            format_html(
                '<line x1="{x}" y1="{t}" x2="{x}" y2="{b}" stroke="#ccc"/>'
                '<text x="{x}" y="{ly}" font-size="12" text-anchor="middle">{v}</text>',
                x=x(tick),
                t=top - 5,
                b=height - 35,
                ly=height - 20,
                v=tick,
            )
        )
    for q_index, (code, label) in enumerate(questions):
        y0 = top + q_index * row_height
        parts.append(
            format_html(
                '<text x="{x}" y="{y}" font-size="13" text-anchor="end">{label}</text>',
                x=left - 8,
                y=y0 + 14,
                label=label if len(label) <= 36 else label[:35] + "…",
            )
        )
        for s_index, (round_label, values) in enumerate(series):
            mean, sd = values.get(code, (None, None))
            if mean is None:
                continue
            y = y0 + s_index * 24
            colour = BAR_COLOURS[len(BAR_COLOURS) - len(series) + s_index]
            parts.append(
                format_html(
                    '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{c}">'
                    "<title>{rl}: mean {m}, standard deviation {sd}</title></rect>"
                    '<line x1="{lo}" y1="{cy}" x2="{hi}" y2="{cy}" stroke="#000"/>',
                    x=left,
                    y=y,
                    w=f"{x(mean) - left:.1f}",
                    h=bar_height,
                    c=colour,
                    rl=round_label,
                    m=f"{mean:.2f}",
                    sd=f"{sd:.2f}",
                    lo=f"{x(max(mean - sd, 0)):.1f}",
                    hi=f"{x(min(mean + sd, 4)):.1f}",
                    cy=y + bar_height / 2,
                )
            )
    legend = format_html_join(
        "",
        '<rect x="{}" y="4" width="12" height="12" fill="{}"/>'
        '<text x="{}" y="14" font-size="12">{}</text>',
        (
            (
                left + i * 150,
                BAR_COLOURS[len(BAR_COLOURS) - len(series) + i],
                left + i * 150 + 16,
                round_label,
            )
            for i, (round_label, _) in enumerate(series)
        ),
    )
    desc = "Mean answer per question on the scale of 1 to 4, one bar per round: " + "; ".join(
        f"{round_label}: "
        + ", ".join(f"{label} {values[code][0]:.2f}" for code, label in questions if code in values)
        for round_label, values in series
    )
    title = "Partnership quality, mean answer per question"
    return _svg(width, height, title, desc, mark_safe(legend + "".join(parts)), label_id)  # noqa: S308 - escaped above


def circle_layout(n, radius, cx, cy):
    """Node positions on a circle, the first at the top, clockwise: the same every time."""
    return [
        (
            round(cx + radius * math.sin(2 * math.pi * i / n), 1),
            round(cy - radius * math.cos(2 * math.pi * i / n), 1),
        )
        for i in range(n)
    ]


def network_chart(title, people, ties, show_names=False, label_id="network"):
    """A circle of ``people`` (labels, in a fixed order) and a line for each tie
    (pairs of indexes). Without ``show_names`` the people are numbered, not named."""
    n = len(people)
    size = 420 if n <= 30 else 600
    radius = size / 2 - (90 if show_names else 30)
    points = circle_layout(n, radius, size / 2, size / 2) if n else []
    lines = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#3e5569" stroke-opacity="0.6"/>',
        (
            (*points[a], *points[b])
            for a, b in sorted(tuple(sorted(pair)) for pair in ties)
            if a < n and b < n
        ),
    )
    nodes = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="5" fill="#1d3557"/>',
        ((px, py) for px, py in points),
    )
    labels = ""
    if show_names or n <= 60:
        labels = format_html_join(
            "",
            '<text x="{}" y="{}" font-size="11" text-anchor="{}">{}</text>',
            (
                (
                    px + (8 if px >= size / 2 else -8),
                    py + 4,
                    "start" if px >= size / 2 else "end",
                    people[i] if show_names else i + 1,
                )
                for i, (px, py) in enumerate(points)
            ),
        )
    desc = f"{n} people in a circle and {len(ties)} ties between them." + (
        "" if show_names else " People are numbered, not named."
    )
    return _svg(size, size, title, desc, mark_safe(lines + nodes + labels), label_id)  # noqa: S308 - escaped above
