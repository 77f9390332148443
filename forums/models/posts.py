"""Threads and posts: plain models that members write from the public site."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from network.core.markdown import render_markdown
from network.core.people import display_name
from resources.models import Topic

THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 20
TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 20_000


class Thread(models.Model):
    """A question asked in a community; its first post holds the question's text."""

    community = models.ForeignKey(
        "forums.CommunityPage", on_delete=models.CASCADE, related_name="threads"
    )
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
    # The question is a new member's post waiting for approval: only its author and
    # moderators see the thread until then.
    held = models.BooleanField(default=False)

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

    @cached_property
    def question_id(self):
        """The first post's id: the question."""
        return self.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()

    @property
    def reply_count(self):
        return max(self.post_count - 1, 0)

    def refresh_counters(self):
        """Recount visible posts and the latest activity from the posts themselves."""
        totals = self.posts.filter(hidden=False, held=False).aggregate(
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
        # A correlated count per post shown: a join and GROUP BY would group the whole
        # thread (and scan every helpful mark on the site) before taking one page.
        marks = (
            Helpful.objects.filter(post=models.OuterRef("pk"))
            .order_by()
            .values("post")
            .annotate(n=Count("*"))
            .values("n")
        )
        posts = self.select_related("author", "reply_to__author").annotate(
            helpful_count=Coalesce(models.Subquery(marks), 0)
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
    # A new member's post waiting for a moderator (FORUMS_HOLD_FIRST_POSTS): shown only to
    # its author and moderators, and announced to nobody until approved.
    held = models.BooleanField(default=False)

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

    @property
    def is_public(self):
        """Shown to every reader of the thread (not hidden, not waiting for approval)."""
        return not (self.hidden or self.held)

    def position(self):
        """0-based index of this post in its thread (hidden posts keep their place)."""
        earlier = Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        # Held posts are left out: most readers never see them on the page.
        return Post.objects.filter(earlier, thread_id=self.thread_id, held=False).count()


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
