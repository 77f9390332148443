"""Thread pages and the forms and buttons members use in them.

The community page itself (the thread list) is Wagtail's ``CommunityPage.serve``. Every
view here first finds the community among those the visitor may see, so a private
community answers 404 to outsiders before anything else is checked; then writes ask
for a login, then for the permission (403).
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from network.core.ids import parse_id
from network.core.locks import member_lock
from network.core.markdown import quote_markdown, render_markdown
from network.core.pagination import paginate
from network.core.people import display_name

from . import limits, permissions, posting, watching
from .forms import AskForm, EditPostForm, FlagForm, ReplyForm, WatchForm
from .models import (
    POSTS_PER_PAGE,
    Flag,
    Notification,
    Post,
    Thread,
    ThreadRead,
)

HELD_MESSAGE = (
    "Thank you: as a new member, your first post waits for a moderator's approval. "
    "Only you can see it until then."
)
EDIT_HELD_MESSAGE = (
    "Your changes are saved. As you are a new member, the changed post waits for a "
    "moderator's approval again; only you can see it until then."
)
ALREADY_POSTED = "This was already posted a moment ago, so it was not posted twice."


def get_community(request, slug):
    return get_object_or_404(permissions.visible_communities(request.user), slug=slug)


def get_thread(request, slug, pk):
    community = get_community(request, slug)
    thread = get_object_or_404(Thread.objects.select_related("author"), pk=pk, community=community)
    thread.community = community  # share the object, and its cached facilitator ids
    if thread.held and not permissions.can_see_held(request.user, thread, community):
        raise Http404
    return thread


def get_post(request, slug, pk):
    community = get_community(request, slug)
    post = get_object_or_404(
        Post.objects.select_related("thread", "author"), pk=pk, thread__community=community
    )
    post.thread.community = community
    if post.hidden and not permissions.is_moderator(request.user):
        raise Http404
    if post.held and not permissions.can_see_held(request.user, post, community):
        raise Http404
    return post


def moved_thread_url(request, slug, pk):
    """A thread asked for under a community it has moved out of: its new address, if the
    visitor may see it there."""
    thread = (
        Thread.objects.filter(pk=pk, community__in=permissions.visible_communities(request.user))
        .exclude(community__slug=slug)
        .select_related("community")
        .first()
    )
    if thread is None or (
        thread.held and not permissions.can_see_held(request.user, thread, thread.community)
    ):
        return None
    return thread.get_absolute_url()


def posts_visible_to(thread, user):
    """The thread's posts as ``user`` sees them: held posts only to their author and to
    whoever may approve them."""
    posts = thread.posts.all()
    if permissions.can_approve(user, thread.community):
        return posts
    if user.is_authenticated:
        return posts.filter(Q(held=False) | Q(author=user))
    return posts.filter(held=False)


def mark_read(thread, user):
    """Record that the member opened the thread, and read its notifications: two queries."""
    now = timezone.now()
    ThreadRead.objects.bulk_create(
        [ThreadRead(user=user, thread=thread, read_at=now)],
        update_conflicts=True,
        unique_fields=["user", "thread"],
        update_fields=["read_at"],
    )
    Notification.objects.filter(user=user, post__thread=thread, read_at__isnull=True).update(
        read_at=now
    )


def post_feedback(request, post):
    """Tell the author when the mention cap left some of their mentions unnotified."""
    found = getattr(post, "mentions", None)
    if found is not None and found.message:
        messages.warning(request, found.message)


def crumbs_for(request, community, *extra):
    index = community.get_parent()
    return [
        {"label": index.title, "url": index.get_url(request)},
        {"label": community.title, "url": community.get_url(request)},
        *extra,
    ]


def refuse(request, message, community=None, status=403):
    """A short explanation instead of the bare 403 page."""
    return render(
        request,
        "forums/refused.html",
        {"message": message, "community": community},
        status=status,
    )


def thread_detail(request, slug, pk):
    try:
        thread = get_thread(request, slug, pk)
    except Http404:
        moved_to = moved_thread_url(request, slug, pk)
        if moved_to is None:
            raise
        return redirect(moved_to, permanent=True)
    community, user = thread.community, request.user
    posts = posts_visible_to(thread, user).for_display(user).in_thread_order()
    page_obj = paginate(request, posts, POSTS_PER_PAGE)
    on_page = list(page_obj)
    question = on_page.pop(0) if page_obj.number == 1 and on_page else None

    # Fetched on its own even when it is on this page too: the accepted answer is shown
    # twice (under the question and in its place), and the query count stays the same.
    accepted = None
    if question is not None and thread.accepted_post_id:
        accepted = posts.filter(pk=thread.accepted_post_id, hidden=False).first()

    # The badge: the community's facilitators, and anyone on the facilitators' roster.
    shown = [p for p in (question, accepted, *on_page) if p is not None]
    facilitators = permissions.facilitator_ids(community) | roster_ids(
        {p.author_id for p in shown if p.author_id}
    )
    may_accept = permissions.can_accept(user, thread)
    for post in shown:
        post.is_facilitator = post.author_id in facilitators
        post.is_accepted = post.pk == thread.accepted_post_id
        post.can_edit = permissions.can_edit_post(user, post)
        post.can_mark_helpful = permissions.can_mark_helpful(user, post)
        post.can_be_accepted = may_accept and post is not question and post.is_public
        post.can_hide = permissions.can_hide_post(user, post)
        post.can_flag = permissions.can_flag(user, post)
        post.can_approve = post.held and permissions.can_approve(user, community)

    can_reply = permissions.can_post(user, community, thread)
    can_watch = permissions.can_watch(user, community)
    if user.is_authenticated:
        mark_read(thread, user)
    return render(
        request,
        "forums/thread.html",
        {
            "community": community,
            "thread": thread,
            "topics": list(thread.topics.all()),
            "page_obj": page_obj,
            "question": question,
            "accepted": accepted,
            "replies": on_page,
            "can_reply": can_reply,
            "can_moderate": permissions.can_moderate(user, community),
            "can_suspend": permissions.can_suspend(user),
            "reply_form": ReplyForm(thread=thread) if can_reply else None,
            "watch_form": (
                WatchForm(initial={"level": watching.effective_level(user, thread)})
                if can_watch
                else None
            ),
            "suspension": permissions.active_suspension(user),
            "crumbs": crumbs_for(
                request, community, {"label": thread.title, "url": thread.get_absolute_url()}
            ),
        },
    )


def roster_ids(user_ids):
    """Which of ``user_ids`` are on the facilitators' roster (one query). The roster is
    the member network's ``Facilitator``; reached through the user's reverse relation so
    the communities need none of the network's code (the network sits above them)."""
    if not user_ids:
        return set()
    on_roster = get_user_model().objects.filter(pk__in=user_ids, facilitator__isnull=False)
    return set(on_roster.values_list("pk", flat=True))


def submit_post(form, user, community, find_duplicate, write, new_thread=False):
    """Check a submitted post and save it, the limits counted under the member's lock so
    that simultaneous submissions are checked one after another.

    Returns ``(status, saved, duplicate)``: status 400 for invalid input and 429 when a
    limit refuses it for now (the form then carries the reason), else None with the new
    post or thread in ``saved``, or, when the same post was sent moments ago (a retry, a
    double click), the one already posted in ``duplicate``."""
    if not form.is_valid():
        return 400, None, None
    with member_lock(user):
        duplicate = find_duplicate(form.cleaned_data)
        if duplicate is not None:
            return None, None, duplicate
        if limits.too_soon(form, user, community, new_thread=new_thread):
            return 429, None, None
        return None, write(form.cleaned_data), None


def refuse_writing(request, community, message):
    """The refusal for a member who may not write here, saying why when suspended."""
    suspension = permissions.active_suspension(request.user)
    if suspension is not None:
        until = (
            f"until {timezone.localtime(suspension.ends_at):%-d %B %Y, %H:%M}"
            if suspension.ends_at
            else "until a moderator lifts it"
        )
        message = f"Your account is suspended from posting {until}. Reason: {suspension.reason}"
    return refuse(request, message, community)


def ask(request, slug):
    community = get_community(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_post(request.user, community):
        return refuse_writing(request, community, "You cannot ask questions in this community.")
    status = 200
    if request.method == "POST":
        form = AskForm(request.POST)
        status, thread, duplicate = submit_post(
            form,
            request.user,
            community,
            lambda data: limits.duplicate_thread(
                request.user, community, data["title"], data["body"]
            ),
            lambda data: posting.start_thread(
                community, request.user, data["title"], data["body"], topics=data["topics"]
            ),
            new_thread=True,
        )
        if duplicate is not None:
            messages.info(request, ALREADY_POSTED)
            return redirect(duplicate)
        if thread is not None:
            if thread.held:
                messages.info(request, HELD_MESSAGE)
            else:
                messages.success(request, "Your question is posted.")
                post_feedback(request, thread)
            return redirect(thread)
    else:
        form = AskForm()
    crumb = {"label": "Ask a question", "url": request.path}
    return render(
        request,
        "forums/ask.html",
        {"community": community, "form": form, "crumbs": crumbs_for(request, community, crumb)},
        status=status,
    )


def reply(request, slug, pk):
    thread = get_thread(request, slug, pk)
    community = thread.community
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if thread.locked:
        return refuse(request, "This thread is locked: it takes no new replies.", community)
    if not permissions.can_post(request.user, community, thread):
        return refuse_writing(request, community, "You cannot reply in this community.")

    status = 200
    if request.method == "POST":
        form = ReplyForm(request.POST, thread=thread)
        status, post, duplicate = submit_post(
            form,
            request.user,
            community,
            lambda data: limits.duplicate_reply(request.user, thread, data["body"]),
            lambda data: posting.add_reply(
                thread, request.user, data["body"], reply_to=data["reply_to"]
            ),
        )
        if duplicate is not None:
            messages.info(request, ALREADY_POSTED)
            return redirect(duplicate)
        if post is not None:
            if post.held:
                messages.info(request, HELD_MESSAGE)
            else:
                messages.success(request, "Your reply is posted.")
                post_feedback(request, post)
            return redirect(post)
    else:
        form = ReplyForm(initial=reply_initial(request, thread), thread=thread)

    replying_to = parse_id(form["reply_to"].value())
    target = (
        thread.posts.select_related("author")
        .filter(pk=replying_to, hidden=False, held=False)
        .first()
        if replying_to
        else None
    )
    crumb = {"label": "Reply", "url": request.path}
    return render(
        request,
        "forums/reply.html",
        {
            "community": community,
            "thread": thread,
            "form": form,
            "target": target,
            "crumbs": crumbs_for(
                request,
                community,
                {"label": thread.title, "url": thread.get_absolute_url()},
                crumb,
            ),
        },
        status=status,
    )


def reply_initial(request, thread):
    """``?reply_to=<id>`` answers a post; ``?quote=<id>`` also starts with its text quoted."""
    initial = {}
    for param in ("quote", "reply_to"):
        value = parse_id(request.GET.get(param))
        if value is None:
            continue
        post = (
            thread.posts.select_related("author").filter(pk=value, hidden=False, held=False).first()
        )
        if post is None:
            continue
        initial["reply_to"] = post.pk
        if param == "quote":
            initial["body"] = quote_markdown(display_name(post.author), post.body)
        break
    return initial


def edit_post(request, slug, pk):
    post = get_post(request, slug, pk)
    community = post.thread.community
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_edit_post(request.user, post):
        return refuse_writing(
            request, community, "Only the author or a moderator can edit this post."
        )
    status = 200
    if request.method == "POST":
        form = EditPostForm(request.POST)
        if form.is_valid():
            with member_lock(request.user):
                refused = limits.edit_refused(form, request.user, post)
                changed = not refused and posting.edit_post(
                    post, request.user, form.cleaned_data["body"]
                )
            if not refused:
                if post.held_again:
                    messages.info(request, EDIT_HELD_MESSAGE)
                elif changed:
                    messages.success(request, "Your changes are saved.")
                else:
                    messages.info(request, "Nothing changed.")
                return redirect(post)
            status = 429
        else:
            status = 400
    else:
        form = EditPostForm(initial={"body": post.body})
    thread = post.thread
    return render(
        request,
        "forums/edit_post.html",
        {
            "community": community,
            "post": post,
            "form": form,
            "crumbs": crumbs_for(
                request,
                community,
                {"label": thread.title, "url": thread.get_absolute_url()},
                {"label": "Edit post", "url": request.path},
            ),
        },
        status=status,
    )


def post_history(request, slug, pk):
    post = get_post(request, slug, pk)
    community, thread = post.thread.community, post.thread
    edits = list(post.edits.select_related("edited_by"))
    for edit in edits:
        edit.previous_html = render_markdown(edit.previous_body)
        edit.editor_name = display_name(edit.edited_by)
    return render(
        request,
        "forums/post_history.html",
        {
            "community": community,
            "thread": thread,
            "post": post,
            "edits": edits,
            "crumbs": crumbs_for(
                request,
                community,
                {"label": thread.title, "url": thread.get_absolute_url()},
                {"label": "Edit history", "url": request.path},
            ),
        },
    )


def post_permalink(request, slug, pk):
    """A stable link to a post: redirects to the thread page that shows it."""
    return redirect(get_post(request, slug, pk))


@require_POST
def accept(request, slug, pk):
    thread = get_thread(request, slug, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(thread.get_absolute_url())
    if not permissions.can_accept(request.user, thread):
        return refuse_writing(
            request,
            thread.community,
            "Only the person who asked, a facilitator or a moderator can accept an answer.",
        )
    post_id = parse_id(request.POST.get("post"))
    post = thread.posts.filter(pk=post_id, hidden=False, held=False).first() if post_id else None
    first_id = thread.posts.in_thread_order().values_list("pk", flat=True).first()
    if post is None or post.pk == first_id:
        return refuse(request, "Choose a reply to accept.", thread.community, status=400)
    if posting.toggle_accepted(thread, post):
        messages.success(request, "Answer accepted.")
    else:
        messages.info(request, "The answer is no longer marked as accepted.")
    return redirect(thread)


@require_POST
def helpful(request, slug, pk):
    post = get_post(request, slug, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(post.get_absolute_url())
    if not permissions.can_mark_helpful(request.user, post):
        return refuse_writing(
            request, post.thread.community, "You cannot mark your own post as helpful."
        )
    if not limits.helpful_click_allowed(request.user):
        return refuse(
            request,
            "You have marked and unmarked many posts in the last minute. Please wait a "
            "minute, then try again.",
            post.thread.community,
            status=429,
        )
    posting.toggle_helpful(post, request.user)
    return redirect(post)


@require_POST
def moderate_thread(request, slug, pk, field):
    """Pin or unpin, lock or unlock a thread (``field`` is ``pinned`` or ``locked``)."""
    thread = get_thread(request, slug, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(thread.get_absolute_url())
    if not permissions.can_moderate(request.user, thread.community):
        return refuse_writing(
            request, thread.community, "Only facilitators and moderators can do that."
        )
    value = posting.toggle_flag(thread, field)
    labels = {
        "pinned": ("Thread pinned.", "Thread unpinned."),
        "locked": ("Thread locked.", "Thread unlocked."),
    }
    messages.success(request, labels[field][0 if value else 1])
    return redirect(thread)


@require_POST
def hide_post(request, slug, pk):
    """Hide (``hidden=1``) or restore (``hidden=0``) a post: moderators only. The wanted
    state is sent rather than toggled, so a double submit does no harm."""
    community = get_community(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(community.get_url(request))
    post = get_object_or_404(
        Post.objects.select_related("thread"), pk=pk, thread__community=community
    )
    post.thread.community = community
    if not permissions.can_hide_post(request.user, post):
        return refuse(request, "Only moderators can hide or restore posts.", community)
    hidden = request.POST.get("hidden") == "1"
    if posting.set_hidden(post, hidden):
        messages.success(
            request,
            "Post hidden: members see that it was removed; moderators can restore it."
            if hidden
            else "Post restored.",
        )
    return redirect(post)


def flag_post(request, slug, pk):
    """Report a post to the moderators, with a reason (the review queue is in the admin)."""
    post = get_post(request, slug, pk)
    community = post.thread.community
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_flag(request.user, post):
        return refuse_writing(request, community, "You cannot flag this post.")
    status = 200
    if request.method == "POST":
        form = FlagForm(request.POST)
        if form.is_valid():
            _, created = Flag.objects.get_or_create(
                post=post,
                reporter=request.user,
                outcome="",
                defaults={
                    "reason": form.cleaned_data["reason"],
                    "details": form.cleaned_data["details"],
                },
            )
            if created:
                messages.success(request, "Thank you: the moderators will look at this post.")
            else:
                messages.info(
                    request, "You have already flagged this post; it is waiting for review."
                )
            return redirect(post)
        status = 400
    else:
        form = FlagForm()
    return render(
        request,
        "forums/flag_post.html",
        {
            "community": community,
            "post": post,
            "form": form,
            "crumbs": crumbs_for(
                request,
                community,
                {"label": post.thread.title, "url": post.thread.get_absolute_url()},
            ),
        },
        status=status,
    )
