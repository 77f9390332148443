"""Write operations on threads and posts, kept apart from HTTP so the demo loader and
tests use the same code as the views. Permission checks are the callers' job. Every
change that search shows (text, accepted answer, hidden posts) re-indexes the thread."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Helpful, Post, PostEdit, Thread


def index(thread):
    """Bring the thread's search entry up to date (it is kept only in public communities)."""
    from search.indexing import sync_thread

    sync_thread(thread)


@transaction.atomic
def start_thread(community, author, title, body, topics=(), created_at=None):
    """A new thread with its question as the first post."""
    created_at = created_at or timezone.now()
    thread = Thread.objects.create(
        community=community, author=author, title=title, created_at=created_at
    )
    thread.topics.set(topics)
    Post.objects.create(thread=thread, author=author, body=body, created_at=created_at)
    thread.refresh_counters()
    index(thread)
    return thread


@transaction.atomic
def add_reply(thread, author, body, reply_to=None, created_at=None):
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        reply_to=reply_to,
        created_at=created_at or timezone.now(),
    )
    thread.refresh_counters()
    index(thread)
    return post


@transaction.atomic
def edit_post(post, editor, body):
    """Change a post's text, keeping the previous text in its history. False if unchanged."""
    if body == post.body:
        return False
    now = timezone.now()
    PostEdit.objects.create(post=post, previous_body=post.body, edited_by=editor, edited_at=now)
    post.body = body
    post.edited_at = now
    post.save(update_fields=["body", "edited_at"])
    index(post.thread)
    return True


def toggle_accepted(thread, post):
    """Accept ``post`` as the answer, or withdraw it if it already is. Returns True if accepted."""
    accepted = thread.accepted_post_id != post.pk
    thread.accepted_post = post if accepted else None
    thread.save(update_fields=["accepted_post"])
    index(thread)
    return accepted


def toggle_helpful(post, user):
    """Mark or unmark ``post`` as helpful for ``user``. Returns True if now marked."""
    deleted, _ = Helpful.objects.filter(post=post, user=user).delete()
    if deleted:
        return False
    try:
        # The unique constraint settles a double submit: the second insert is a no-op.
        with transaction.atomic():
            Helpful.objects.create(post=post, user=user)
    except IntegrityError:
        pass
    return True


def toggle_flag(thread, field):
    """Flip ``pinned`` or ``locked``. Returns the new value."""
    setattr(thread, field, not getattr(thread, field))
    thread.save(update_fields=[field])
    return getattr(thread, field)


@transaction.atomic
def set_hidden(post, hidden):
    """Hide or restore a post. Its text is kept, so restoring loses nothing. Returns True
    if the post changed."""
    if post.hidden == hidden:
        return False
    post.hidden = hidden
    post.save(update_fields=["hidden"])
    post.thread.refresh_counters()
    index(post.thread)
    return True
