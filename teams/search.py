"""How shared team plans reach the site's search, as "Team plan".

A plan has an entry only while its team shares it with the network (``WorkPlan.
shared_with_network``): a plan shared only with named peer teams, or not at all, has
none, so it is in no search result, count, suggestion or feed. Its topics are its goals'
topics and its state the district's. ``sync_plan`` runs in the transaction of every
change (sharing, unsharing, goals, the team's name, the district's state), so unsharing
deletes the entry at once; deleting a plan or its team deletes it through the registry's
delete signal (``search.indexing``).
"""

from django.db.models.signals import post_save

from network.models import Organization
from resources.models import State
from search import facets, indexing
from search.sources import EntryData, IndexSource, registry

from .models import Team, WorkPlan

TEAM_PLAN = "team_plan"


class WorkPlanSource(IndexSource):
    model = WorkPlan

    def indexed_objects(self):
        return WorkPlan.objects.filter(shared_with_network=True).select_related("team__district")

    def is_public(self, plan):
        return plan.shared_with_network

    def entry_for(self, plan):
        team = plan.team
        goals = list(plan.goals.prefetch_related("topics", "steps"))
        topics = {topic.pk: topic for goal in goals for topic in goal.topics.all()}
        state = State.objects.filter(code=team.district.state).first()
        body = [goal.title for goal in goals]
        body += [goal.description for goal in goals if goal.description]
        body += [step.title for goal in goals for step in goal.steps.all()]
        return EntryData(
            kind=TEAM_PLAN,
            url=plan.get_absolute_url(),
            title=f"{plan.title}: {team.name}",
            summary=plan.summary or f"The work plan of {team.name} ({team.district.name}).",
            body=" ".join(body),
            published_at=plan.shared_at,
            topics=sorted(topics.values(), key=lambda topic: topic.name),
            states=[state] if state else [],
        )


def sync_plan(plan):
    """Add, update or withdraw the plan's entry now (in the caller's transaction)."""
    indexing.sync(plan)


def team_saved(sender, instance, created, **kwargs):
    if created:
        return
    plan = WorkPlan.objects.filter(team=instance).first()
    if plan is not None:
        sync_plan(plan)


def district_saved(sender, instance, created, **kwargs):
    """A district's new state (or name) reaches its teams' shared plans."""
    if created:
        return
    for plan in WorkPlan.objects.filter(team__district=instance, shared_with_network=True):
        sync_plan(plan)


def register():
    facets.register_kind(TEAM_PLAN, "Team plan", order=60)
    registry.register(WorkPlanSource)
    post_save.connect(team_saved, sender=Team, dispatch_uid="teams.search.team_saved")
    post_save.connect(
        district_saved, sender=Organization, dispatch_uid="teams.search.district_saved"
    )
