"""Communities of practice: community pages, and the threads and posts members write in them.

Communities are Wagtail pages (editors create them, choose topics, facilitators and
privacy); threads and posts are plain models written by members from the public site.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Count, Max, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from resources.models import Topic, paginate

from . import permissions
from .markdown import render_markdown

THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 20
TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 20_000


def display_name(user):
    """How a member is named on the site; accounts may be deleted, posts stay."""
    if user is None:
        return "Former member"
    return user.get_full_name() or user.get_username()


class CommunityIndexPage(Page):
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
            permissions.visible_communities(request.user)
            .child_of(self)
            .annotate(thread_count=Count("threads"))
            .prefetch_related("topics")
            .order_by("title")
        )
        return context


class CommunityPageTopic(ItemBase):
    tag = models.ForeignKey(Topic, related_name="tagged_communities", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "forums.CommunityPage", related_name="topic_items", on_delete=models.CASCADE
    )


class ThreadFilter(models.TextChoices):
    ALL = "", "All"
    UNANSWERED = "unanswered", "Unanswered"
    ANSWERED = "answered", "Answered"


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
        "and they can pin and lock threads and accept answers.",
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

    def serve(self, request, *args, **kwargs):
        # Invisible, not forbidden: a private community answers 404 to outsiders. Editors
        # previewing it in the admin already have access to the page there.
        preview = getattr(request, "is_preview", False)
        if not preview and not permissions.can_view_community(request.user, self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_private else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        show = request.GET.get("show", "")
        if show not in ThreadFilter.values:
            show = ThreadFilter.ALL
        threads = (
            self.threads.select_related("author")
            .prefetch_related("topics")
            .order_by("-pinned", "-last_post_at", "-pk")
        )
        if show == ThreadFilter.UNANSWERED:
            threads = threads.filter(accepted_post__isnull=True)
        elif show == ThreadFilter.ANSWERED:
            threads = threads.filter(accepted_post__isnull=False)
        context.update(
            page_obj=paginate(request, threads, THREADS_PER_PAGE),
            show=show,
            filters=ThreadFilter.choices,
            extra_query=f"show={show}" if show else "",
            facilitator_list=self.facilitators.order_by("first_name", "last_name", "username"),
            can_ask=permissions.can_post(request.user, self),
        )
        return context


class Thread(models.Model):
    """A question asked in a community; its first post holds the question's text."""

    community = models.ForeignKey(CommunityPage, on_delete=models.CASCADE, related_name="threads")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_threads",
    )
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    topics = models.ManyToManyField(Topic, blank=True, related_name="forum_threads")
    created_at = models.DateTimeField(default=timezone.now)
    last_post_at = models.DateTimeField(default=timezone.now)
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False, help_text="A locked thread takes no replies.")
    accepted_post = models.ForeignKey(
        "forums.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Denormalised: the visible posts (question included), kept by refresh_counters().
    post_count = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            # The community's thread list: pinned first, then latest activity.
            models.Index(
                fields=["community", "-pinned", "-last_post_at"], name="forums_thread_list_idx"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forums:thread", args=[self.community.slug, self.pk])

    @property
    def reply_count(self):
        return max(self.post_count - 1, 0)

    def refresh_counters(self):
        """Recount visible posts and the latest activity from the posts themselves."""
        totals = self.posts.filter(hidden=False).aggregate(
            count=Count("pk"), latest=Max("created_at")
        )
        self.post_count = totals["count"]
        self.last_post_at = totals["latest"] or self.created_at
        self.save(update_fields=["post_count", "last_post_at"])


class PostQuerySet(models.QuerySet):
    def in_thread_order(self):
        return self.order_by("created_at", "pk")

    def for_display(self, user):
        """Everything the thread page shows per post, in a fixed number of queries."""
        posts = self.select_related("author", "reply_to__author").annotate(
            helpful_count=Count("helpful_marks", distinct=True)
        )
        if user.is_authenticated:
            posts = posts.annotate(
                marked_helpful=models.Exists(
                    Helpful.objects.filter(post=models.OuterRef("pk"), user=user)
                )
            )
        return posts


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    body = models.TextField(max_length=BODY_MAX_LENGTH, help_text="Markdown.")
    # Rendered and sanitized once, at save, rather than on every page view.
    body_html = models.TextField(editable=False, blank=True)
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    # Soft delete: the post keeps its place (and its replies their context).
    hidden = models.BooleanField(default=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["thread", "created_at", "id"], name="forums_post_thread_idx"),
        ]

    def __str__(self):
        return f"Post {self.pk} in {self.thread_id}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        if kwargs.get("update_fields") is not None and "body" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The thread page that shows this post, anchored on it."""
        page = self.position() // POSTS_PER_PAGE + 1
        query = f"?page={page}" if page > 1 else ""
        return f"{self.thread.get_absolute_url()}{query}#post-{self.pk}"

    @property
    def author_name(self):
        return display_name(self.author)

    def position(self):
        """0-based index of this post in its thread (hidden posts keep their place)."""
        earlier = Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        return Post.objects.filter(earlier, thread_id=self.thread_id).count()


class PostEdit(models.Model):
    """One edit of a post: the text it had before, who changed it and when."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="edits")
    previous_body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    edited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-edited_at", "-pk"]

    def __str__(self):
        return f"Edit of post {self.post_id} at {self.edited_at:%Y-%m-%d %H:%M}"


class Helpful(models.Model):
    """A member found a post helpful; one mark per member per post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="helpful_marks")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helpful_marks"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="forums_one_helpful_per_member")
        ]

    def __str__(self):
        return f"{self.user_id} found post {self.post_id} helpful"


class FlagReason(models.TextChoices):
    SPAM = "spam", "Spam or advertising"
    ABUSE = "abuse", "Harassment or abuse"
    PRIVATE = "private", "Shares private information"
    OFF_TOPIC = "off_topic", "Off topic"
    OTHER = "other", "Something else"


class FlagOutcome(models.TextChoices):
    OPEN = "", "Open"
    HIDDEN = "hidden", "Post hidden"
    DISMISSED = "dismissed", "Dismissed"


class Flag(models.Model):
    """A member's report that a post needs a moderator's look: the review queue's rows."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="forum_flags"
    )
    reason = models.CharField(max_length=20, choices=FlagReason.choices)
    details = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(
        max_length=20,
        choices=FlagOutcome.choices,
        blank=True,
        help_text="“Post hidden” hides the post (a moderator can restore it from the thread).",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldPanel("outcome")]

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=Q(outcome=""),
                name="forums_one_open_flag_per_member",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: post {self.post_id}"

    def save(self, *args, **kwargs):
        if self.outcome and self.reviewed_at is None:
            self.reviewed_at = timezone.now()
        super().save(*args, **kwargs)
        if self.outcome == FlagOutcome.HIDDEN and not self.post.hidden:
            from .posting import set_hidden

            set_hidden(self.post, True)

    @property
    def post_excerpt(self):
        return Truncator(self.post.body).chars(80)
