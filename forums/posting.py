"""Write operations on threads and posts, kept apart from HTTP so the demo loader and
tests use the same code as the views. Permission checks are the callers' job.

Every change that search shows (text, accepted answer, hidden or held posts) re-indexes
the thread. A post that becomes visible (posted, or approved after being held) notifies
the people watching, tracking or mentioned (``forums.notify``).
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from search import indexing

from . import limits, mentions, notify, watching
from .models import FlagOutcome, Helpful, Post, PostEdit, Thread


def index(thread):
    """Bring the thread's search entry up to date (it is kept only in public communities)."""
    indexing.sync(thread)


def announce(post):
    """Notify about a post that has just become visible. Returns the mention result, whose
    ``message`` tells the author if the recipient cap cut the mentions short."""
    found = mentions.resolve(post.body, post.thread.community, post.author)
    notify.notify_post(post, mentioned=found.users)
    return found


@transaction.atomic
def start_thread(community, author, title, body, topics=(), created_at=None, imported=False):
    """A new thread with its question as the first post. A new member's question may be
    held for approval (``Thread.held``); the thread then shows to nobody else yet.

    ``imported``: content loaded rather than written now (the demo), never held and
    announced to nobody."""
    created_at = created_at or timezone.now()
    held = not imported and limits.must_hold(author, community)
    thread = Thread.objects.create(
        community=community, author=author, title=title, created_at=created_at, held=held
    )
    thread.topics.set(topics)
    post = Post.objects.create(
        thread=thread, author=author, body=body, created_at=created_at, held=held
    )
    thread.refresh_counters()
    watching.auto_watch(author, thread)
    thread.mentions = None
    if not held:
        index(thread)
        if not imported:
            thread.mentions = announce(post)
    return thread


@transaction.atomic
def add_reply(thread, author, body, reply_to=None, created_at=None, imported=False):
    held = not imported and limits.must_hold(author, thread.community)
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        reply_to=reply_to,
        created_at=created_at or timezone.now(),
        held=held,
    )
    watching.auto_watch(author, thread)
    post.mentions = None
    if not held:
        thread.refresh_counters()
        index(thread)
        if not imported:
            post.mentions = announce(post)
    return post


@transaction.atomic
def approve(post):
    """Publish a held post (and its thread, if it is the question). Returns True if it
    changed. Its notifications go out now, dated from the approval."""
    if not post.held:
        return False
    post.held = False
    post.save(update_fields=["held"])
    thread = post.thread
    if thread.held:
        thread.held = False
        thread.save(update_fields=["held"])
    thread.refresh_counters()
    index(thread)
    announce(post)
    return True


@transaction.atomic
def reject(post):
    """Refuse a held post: it is hidden and stays held, so nothing is lost and a moderator
    can still restore it to the queue."""
    return set_hidden(post, True)


@transaction.atomic
def edit_post(post, editor, body):
    """Change a post's text, keeping the previous text in its history. False if unchanged.

    A new member's edit of their published post sends it back for approval
    (``limits.must_hold_edit``): it is held again, with its thread if it is the question,
    and leaves the search index until approved (``post.held_again`` says so)."""
    post.held_again = False
    # Lock the post and read its text afresh: of two simultaneous edits, the second then
    # keeps the first one's text in the history, not the text both started from.
    list(Post.objects.select_for_update().filter(pk=post.pk).values_list("pk"))
    post.refresh_from_db(fields=["body", "held"])
    if body == post.body:
        return False
    now = timezone.now()
    PostEdit.objects.create(post=post, previous_body=post.body, edited_by=editor, edited_at=now)
    post.body = body
    post.edited_at = now
    fields = ["body", "edited_at"]
    thread = post.thread
    if limits.must_hold_edit(editor, post):
        post.held = post.held_again = True
        fields.append("held")
        if post.pk == thread.question_id and not thread.held:
            thread.held = True
            thread.save(update_fields=["held"])
    post.save(update_fields=fields)
    if post.held_again:
        thread.refresh_counters()
    index(thread)
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
def move_thread(thread, community):
    """Move a thread, with all its posts, to another community. Its search entry follows
    (and goes if the new community is private)."""
    if thread.community_id == community.pk:
        return False
    thread.community = community
    thread.save(update_fields=["community"])
    index(thread)
    return True


@transaction.atomic
def apply_flag_outcome(flag):
    """A moderator reviewed ``flag``: "Post hidden" hides the post (restorable)."""
    if flag.outcome == FlagOutcome.HIDDEN and not flag.post.hidden:
        set_hidden(flag.post, True)


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
