"""docs/api.md cannot drift: its examples are requested and their answers compared, and
its tables of search fields are the fields the endpoint gives."""

import json
import re
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db

DOC = (Path(settings.BASE_DIR) / "docs" / "api.md").read_text()
EXAMPLE = re.compile(r"```http\n(?P<request>.*?)\n```\s*```json\n(?P<response>.*?)\n```", re.S)
WINDOW_START = 1_000_000_020.0  # a multiple of 60 seconds: the start of a rate-limit window


def examples():
    found = []
    for match in EXAMPLE.finditer(DOC):
        lines = match["request"].splitlines()
        method, path = lines[0].split(" ", 1)
        status = int(lines[1].split()[1]) if len(lines) > 1 else 200
        found.append(pytest.param(method, path, status, json.loads(match["response"]), id=path))
    return found


def contains(actual, expected, where="answer"):
    """``actual`` holds ``expected``: an object's keys with their values, a list's first
    items, anything else equal."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
        for key, value in expected.items():
            assert key in actual, f"{where}: no {key!r} in {sorted(actual)}"
            contains(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: {actual!r} is not a list"
        assert len(actual) >= len(expected), f"{where}: {len(actual)} items, not {len(expected)}"
        for index, value in enumerate(expected):
            contains(actual[index], value, f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {actual!r}, not {expected!r}"


def test_the_doc_has_examples_of_every_endpoint():
    paths = [param.values[1] for param in examples()]
    endpoints = ("/api/v2/pages/?", "/api/v2/pages/find/", "/api/v2/documents/", "/api/v1/search/")
    for prefix in endpoints:
        assert any(path.startswith(prefix) for path in paths), prefix
    assert any(param.values[2] == 429 for param in examples())


@pytest.mark.parametrize("method, path, status, expected", examples())
def test_an_example_answers_as_documented(client, library, method, path, status, expected):
    assert method == "GET"
    if status == 429:
        with (
            override_settings(API_RATE_LIMIT_ANONYMOUS=1, API_RATE_LIMIT_WINDOW=60),
            mock.patch("api.limits.time.time", return_value=WINDOW_START),
        ):
            client.get(path)
            response = client.get(path)
        assert response["Retry-After"] == "60"
    else:
        response = client.get(path, follow=True)
    assert response.status_code == status, response.content
    contains(response.json(), expected)


def table_fields(heading):
    section = DOC.split(f"### {heading}\n", 1)[1].split("\n#", 1)[0]
    names = set()
    for row in re.findall(r"^\| (`.+?`) \|", section, re.M):
        names.update(re.findall(r"`([a-z_]+)`", row))
    return names


def test_the_field_tables_are_the_fields_of_the_answer(client, library):
    data = client.get("/api/v1/search/", {"q": "Toledo"}).json()
    assert table_fields("Search response fields") == set(data)
    assert table_fields("Hit fields") == set(data["hits"][0])
