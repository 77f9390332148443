import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from home.management.commands.create_dev_users import DEV_PASSWORD

pytestmark = pytest.mark.django_db


def test_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="local development only"):
        call_command("create_dev_users")


def test_printed_credentials_open_the_admin(client, settings, capsys):
    settings.DEBUG = True
    call_command("create_dev_users", port="8123")
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/admin/" in out
    assert DEV_PASSWORD in out
    # Signed out, the admin sends people to allauth's sign-in page, which takes the email.
    response = client.get(reverse("wagtailadmin_home"), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": "admin@sameside.test", "password": DEV_PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.demo
def test_editor_can_open_a_demo_case_study_in_the_admin(client, settings, demo):
    settings.DEBUG = True
    call_command("create_dev_users")
    assert client.login(email="editor@sameside.test", password=DEV_PASSWORD)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[demo["toledo"].pk]))
    assert response.status_code == 200
    assert "Classification and sources" in response.content.decode()
