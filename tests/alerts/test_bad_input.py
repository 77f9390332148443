"""Whatever is typed or forged into the saved-search routes, the answer is below 500
and a saved search is never damaged (Hypothesis, the ``sameside`` profile)."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.models import SavedSearch

from .conftest import save_search

pytestmark = pytest.mark.django_db

TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=80),
    st.sampled_from(["", "\x00", "é" * 999, "q=" + "%C3%A9" * 300, "state=OH&" * 200, "x" * 5000]),
)


def test_saving_any_input_answers_below_500(people, login):
    client = login(people.owner)

    @given(query=TEXT, name=TEXT, frequency=TEXT)
    def check(query, name, frequency):
        response = client.post(
            "/saved-searches/save/", {"query": query, "name": name, "frequency": frequency}
        )
        assert response.status_code == 302

    check()
    for saved in SavedSearch.objects.all():
        assert len(saved.query_string) <= 1000 and len(saved.name) <= 120


def test_editing_and_unsubscribing_with_any_input_answer_below_500(people, login):
    saved = save_search(people.owner, "q=panel", name="Kept")
    client = login(people.owner)
    prefix = f"s{saved.pk}"

    @given(name=TEXT, frequency=TEXT, subscribed=TEXT, token=TEXT, pk=TEXT)
    def check(name, frequency, subscribed, token, pk):
        fields = {f"{prefix}-name": name, f"{prefix}-frequency": frequency}
        if subscribed:
            fields[f"{prefix}-subscribed"] = subscribed
        assert client.post(f"/saved-searches/{saved.pk}/", fields).status_code in (302, 400)
        path = f"/saved-searches/unsubscribe/{quote(token, safe='')}/"
        assert client.post(path).status_code in (400, 404)
        assert client.get(f"/saved-searches/{quote(pk, safe='')}/").status_code in (
            200,
            404,
            405,
        )  # "save/" is POST only

    check()
    saved.refresh_from_db()
    assert saved.name.strip() and saved.frequency in ("daily", "weekly")
