"""Community pages: the communities index and each community of practice (Wagtail pages
that editors create in the admin)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from network.core.restrictions import public
from network.core.roles import is_moderator
from network.core.routing import SingleChildTypeRouteMixin
from resources.models import Topic


class CommunityIndexPage(SingleChildTypeRouteMixin, Page):
    """The communities section (/communities/): lists the communities a visitor may see."""

    intro = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences shown above the list."
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["forums.CommunityPage"]
    # Thread URLs (forums/urls.py) find a community by its slug, so there is one index
    # and community slugs are unique.
    max_count = 1

    class Meta:
        verbose_name = "communities index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["communities"] = (
            CommunityPage.objects.visible_to(request.user)
            .child_of(self)
            .annotate(thread_count=Count("threads", filter=Q(threads__held=False)))
            .prefetch_related("topics")
            .order_by("title")
        )
        return context


class CommunityPageTopic(ItemBase):
    tag = models.ForeignKey(Topic, related_name="tagged_communities", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "forums.CommunityPage", related_name="topic_items", on_delete=models.CASCADE
    )


class CommunityPageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live communities ``user`` may see (Wagtail view restrictions also apply): the
        list form of ``CommunityPage.is_visible_to``."""
        communities = public(self.live())
        if is_moderator(user):
            return communities
        open_to_all = Q(private_group__isnull=True)
        if not user.is_authenticated:
            return communities.filter(open_to_all)
        return communities.filter(
            open_to_all
            | Q(private_group__in=user.groups.values("pk"))
            | Q(pk__in=user.facilitated_communities.values("pk"))
        )


class CommunityPage(Page):
    """A community of practice: its description, topics, facilitators and threads."""

    description = models.TextField(
        max_length=1000,
        help_text="Who the community is for and what members discuss, in two or three "
        "sentences. Shown on the community page and in the list of communities.",
    )
    topics = ClusterTaggableManager(
        through=CommunityPageTopic,
        blank=True,
        help_text="Choose from the curated topics; members can also file threads under them.",
    )
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="facilitated_communities",
        help_text="Members who guide this community: their posts carry a Facilitator badge, "
        "and they can pin, lock and move threads, accept answers and approve new members' "
        "first posts.",
    )
    private_group = models.ForeignKey(
        Group,
        null=True,
        blank=True,
        # PROTECT: deleting the group must not silently make a private community public.
        on_delete=models.PROTECT,
        related_name="private_communities",
        verbose_name="private to group",
        help_text="Leave empty for a community anyone can read. Choose a group to make it "
        "private: only that group's members, the facilitators and moderators can see it "
        "and its threads; everyone else gets “not found”.",
    )

    objects = PageManager.from_queryset(CommunityPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [FieldPanel("facilitators"), FieldPanel("private_group")],
            heading="People and privacy",
        ),
    ]
    parent_page_types = ["forums.CommunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "community"
        verbose_name_plural = "communities"

    @property
    def is_private(self):
        return self.private_group_id is not None

    def facilitator_ids(self):
        """The facilitators' user ids, fetched once per community object."""
        if not hasattr(self, "_facilitator_ids"):
            self._facilitator_ids = set(self.facilitators.values_list("pk", flat=True))
        return self._facilitator_ids

    def is_visible_to(self, user):
        """Public, or ``user`` is a moderator, a facilitator or in the private group."""
        if self.private_group_id is None:
            return True
        if not user.is_authenticated:
            return False
        return (
            is_moderator(user)
            or user.pk in self.facilitator_ids()
            or user.groups.filter(pk=self.private_group_id).exists()
        )

    def serve(self, request, *args, **kwargs):
        # Invisible, not forbidden: a private community answers 404 to outsiders. Editors
        # previewing it in the admin already have access to the page there.
        preview = getattr(request, "is_preview", False)
        if not preview and not self.is_visible_to(request.user):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_private else super().get_sitemap_urls(request)

    # The thread list is built by the template (``{% community_listing %}`` in
    # ``forums_tags``), so this model needs nothing from the listing layer.
