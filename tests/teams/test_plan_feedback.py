"""Sharing the plan, asking for feedback, and threaded comments with their emails."""

from django.core import mail
from django.urls import reverse

from network.core.models import OutgoingEmail
from teams import sharing
from teams.models import Comment, FeedbackRequest, WorkPlan


def emails(purpose):
    return OutgoingEmail.objects.filter(purpose=purpose)


def recipients(purpose):
    return sorted(address for email in emails(purpose) for address in email.to)


def test_asking_the_facilitator_for_feedback_emails_them(client, cast, planned):
    client.force_login(cast.member)
    response = client.post(
        reverse("teams:plan_feedback", args=[cast.team.slug]),
        {"facilitator": "on", "message": "Could you read our draft?"},
    )
    assert response.status_code == 302
    request = FeedbackRequest.objects.get()
    assert request.facilitator and request.requested_by == cast.member
    [email] = emails("teams.feedback_request")
    assert email.to == [cast.facilitator.email]
    assert "Could you read our draft?" in email.body
    assert reverse("teams:plan", args=[cast.team.slug]) in email.body
    assert email.headers["In-Reply-To"].startswith(f"<team-plan-{planned.plan.pk}@")


def test_a_feedback_request_needs_someone_to_ask(client, cast, planned):
    client.force_login(cast.member)
    response = client.post(
        reverse("teams:plan_feedback", args=[cast.team.slug]), {"message": "Kept text"}
    )
    assert response.status_code == 400
    assert "Choose the facilitator, a peer team, or both." in response.content.decode()
    assert response.context["feedback_form"]["message"].value() == "Kept text"
    assert not FeedbackRequest.objects.exists()


def test_asking_a_peer_team_shares_the_plan_with_it(client, cast, peer, planned):
    client.force_login(cast.member)
    client.post(reverse("teams:plan_feedback", args=[cast.team.slug]), {"teams": [peer.team.pk]})
    plan = WorkPlan.objects.get(pk=planned.plan.pk)
    assert list(plan.shared_with_teams.all()) == [peer.team]
    assert not plan.shared_with_network
    assert recipients("teams.feedback_request") == [peer.member.email]
    client.force_login(peer.member)
    html = client.get(reverse("teams:plan", args=[cast.team.slug])).content.decode()
    assert "Start peer review" in html


def test_sharing_with_the_network_and_peer_teams(client, cast, peer, planned):
    client.force_login(cast.member)
    url = reverse("teams:plan_sharing", args=[cast.team.slug])
    client.post(url, {"with_network": "on", "teams": [peer.team.pk]})
    plan = WorkPlan.objects.get(pk=planned.plan.pk)
    assert plan.shared_with_network and plan.shared_at is not None
    assert list(plan.shared_with_teams.all()) == [peer.team]
    assert "Shared it with the network; shared it with Peerton joint team" in (
        plan.revisions.first().summary
    )
    client.post(url, {})
    plan.refresh_from_db()
    assert not plan.shared_with_network and plan.shared_at is None
    assert not plan.shared_with_teams.exists()


def test_a_team_cannot_share_with_itself(cast, planned):
    sharing.set_sharing(planned.plan, cast.member, False, [cast.team])
    assert not planned.plan.shared_with_teams.exists()


def test_districts_like_mine_suggest_peer_teams(client, cast, peer):
    cast.district.locale = "suburban"
    cast.district.save()
    peer.district.locale = "suburban"
    peer.district.save()
    suggestions = sharing.suggested_peers(cast.team)
    assert [s["team"] for s in suggestions] == [peer.team]
    assert suggestions[0]["reasons"]
    client.force_login(cast.member)
    html = client.get(reverse("teams:plan_sharing", args=[cast.team.slug])).content.decode()
    assert "Districts like yours" in html and "Peerton joint team" in html


def test_comments_are_threaded_and_notify_the_team_and_the_parent_author(
    client, cast, peer, planned, django_capture_on_commit_callbacks
):
    sharing.set_sharing(planned.plan, cast.member, False, [peer.team])
    client.force_login(peer.member)
    url = reverse("teams:plan_comment_add", args=[cast.team.slug])
    response = client.post(url, {"body": "Have you *costed* the release time?"})
    comment = Comment.objects.get()
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.body_html == "<p>Have you <em>costed</em> the release time?</p>"
    # Saved first; the team's members and facilitator hear of it, not the commenter.
    assert recipients("teams.plan_comment") == sorted(
        [cast.superintendent.email, cast.president.email, cast.facilitator.email]
    )
    first_ids = set(emails("teams.plan_comment").values_list("pk", flat=True))
    client.force_login(cast.president)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"body": "Yes, in the budget.", "reply_to": comment.pk})
    reply = Comment.objects.get(reply_to=comment)
    assert reply.author == cast.president
    new = emails("teams.plan_comment").exclude(pk__in=first_ids)
    assert sorted(a for e in new for a in e.to) == sorted(
        [cast.superintendent.email, cast.facilitator.email, peer.member.email]
    )
    to_peer = next(m for m in mail.outbox if m.to == [peer.member.email])
    root = f"<team-plan-{planned.plan.pk}@"
    parent_id = f"<team-plan-{planned.plan.pk}-comment-{comment.pk}@"
    assert to_peer.extra_headers["In-Reply-To"].startswith(parent_id)
    assert to_peer.extra_headers["References"].startswith(root)
    assert parent_id in to_peer.extra_headers["References"]
    assert to_peer.subject.startswith("Re: [Testville joint team]")
    # The page shows the thread with the reply under its parent.
    html = client.get(reverse("teams:plan", args=[cast.team.slug])).content.decode()
    assert html.index(f'id="comment-{comment.pk}"') < html.index(f'id="comment-{reply.pk}"')
    assert "in reply to" in html


def test_a_reply_to_another_plans_comment_is_refused_and_the_text_kept(client, cast, peer, planned):
    from teams import plans

    other_plan = plans.plan_for(peer.team)
    foreign = sharing.add_comment(other_plan, peer.member, "Ours")
    client.force_login(cast.member)
    response = client.post(
        reverse("teams:plan_comment_add", args=[cast.team.slug]),
        {"body": "My words", "reply_to": foreign.pk},
    )
    assert response.status_code == 400
    assert "no longer there" in response.content.decode()
    assert response.context["comment_form"]["body"].value() == "My words"
    assert Comment.objects.count() == 1
