"""Posts stay when an account is deleted: the plan pages name a former member."""

import pytest
from django.urls import reverse

from teams import plans
from teams.models import Comment, ProgressUpdate


@pytest.fixture
def orphaned(cast):
    """An update, a comment and a revision whose author's account is gone."""
    plan = plans.plan_for(cast.team)
    plans.post_update(plan, cast.president, "We met twice.")
    Comment.objects.create(plan=plan, author=cast.president, body="Good", body_html="<p>Good</p>")
    plans.record(plan, cast.president, "Renamed the plan")
    cast.president.delete()
    return plan


@pytest.mark.parametrize("name", ["teams:plan", "teams:plan_history", "teams:plan_print"])
def test_pages_name_a_former_member(client, cast, orphaned, name):
    assert ProgressUpdate.objects.filter(author=None).exists()
    client.force_login(cast.superintendent)
    response = client.get(reverse(name, args=[cast.team.slug]))
    assert response.status_code == 200
    assert "Former member" in response.content.decode()
