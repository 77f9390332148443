"""A team's slug never takes a fixed path under /teams/."""

import pytest
from django.urls import get_resolver

from teams.founding import RESERVED_SLUGS, unique_slug


def fixed_first_segments():
    """The literal first segments of every route in the teams namespace."""
    namespace = get_resolver().namespace_dict["teams"][1]
    segments = set()

    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns, route)
            elif route and not route.startswith("<"):
                segments.add(route.split("/")[0])

    walk(namespace.url_patterns)
    return segments


def test_every_fixed_segment_is_reserved():
    assert fixed_first_segments() - {""} <= RESERVED_SLUGS
    assert "network" in fixed_first_segments()


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(RESERVED_SLUGS))
def test_a_team_named_like_a_fixed_path_gets_another_slug(name):
    assert unique_slug(name.capitalize()) == f"{name}-2"
