"""The compare page, the visitor's working selection, downloads, and saved comparisons.

Whatever the route, clauses come from ``comparisons.visible_clauses``: only the live,
public pages' clauses, checked when the request is served. Saved comparisons are their
owner's alone (another member's is a 404, whatever the URL); the share link shows anyone
the clauses of it that are still public, read-only.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from resources.choices import Provision
from resources.citations import FORMAT_LABELS, FORMATS, reference_for
from resources.downloads import citation_download
from resources.models import Topic

from . import exports
from .comparisons import MAX_CLAUSES, Choice, clean_ids, columns, pages_of, picked
from .forms import RenameComparisonForm, SaveComparisonForm
from .models import SavedComparison

SESSION_KEY = "compare_selection"
# Downloads of a comparison: its clauses (CSV, DOCX) and the citations of its pages.
CITE_FORMATS = [name for name in FORMATS if name != "csv"]
DOWNLOADS = {"csv": "CSV", "docx": "Word (DOCX)"} | {f: FORMAT_LABELS[f] for f in CITE_FORMATS}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def selection(request):
    return clean_ids(request.session.get(SESSION_KEY, []))


def compare_url(items):
    return reverse("compare:index") + (f"?{urlencode(items)}" if items else "")


def download_links(items):
    return [
        {"label": label, "url": reverse("compare:download", args=[name]) + "?" + urlencode(items)}
        for name, label in DOWNLOADS.items()
    ]


def url_maker(request):
    """clause -> the absolute address of the clause on its page."""
    page_urls = {}

    def url_of(clause):
        if clause.page_id not in page_urls:
            path = clause.page.get_url(request)
            page_urls[clause.page_id] = request.build_absolute_uri(path) if path else ""
        base = page_urls[clause.page_id]
        return f"{base}#{clause.anchor}" if base else ""

    return url_of


def comparison_context(request, clauses, items):
    url_of = url_maker(request)
    arranged = columns(clauses)
    for column in arranged:
        for clause in column.clauses:
            clause.url = url_of(clause)
    return {
        "columns": arranged,
        "clauses": clauses,
        "downloads": download_links(items) if clauses else [],
        "ids": [clause.block_id for clause in clauses],
    }


@require_GET
def index(request):
    """Choose by provision, topic or words, or show the picked clauses side by side. With
    nothing chosen, the visitor's working selection is shown."""
    choice = Choice.from_params(request.GET)
    working = selection(request)
    from_selection = not choice.asked and bool(working)
    if from_selection:
        choice = Choice(ids=working)
    clauses = choice.clauses()
    context = comparison_context(request, clauses, choice.query_items())
    context |= {
        "choice": choice,
        "from_selection": from_selection,
        "selection_count": len(working),
        "provisions": Provision.choices,
        "topics": Topic.objects.order_by("name"),
        "picking": not choice.ids,
        "save_form": SaveComparisonForm(),
        "max_clauses": MAX_CLAUSES,
    }
    return render(request, "compare/index.html", context)


def back_to(request, fallback):
    """A redirect to the ``next`` path the form sent (a path on this site), else to
    ``fallback``."""
    target = request.POST.get("next", "")
    allowed = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return HttpResponseRedirect(iri_to_uri(target) if allowed else fallback)


@require_http_methods(["GET", "HEAD", "POST"])
def add(request):
    """Add clauses to the working selection (kept in the session, signed in or not).

    GET asks first: pages anonymous visitors get from the page cache carry no CSRF token,
    so their "Add to comparison" is a link here, and this page holds the POST form."""
    if request.method != "POST":
        clauses = picked(request.GET.getlist("c"))
        if not clauses:
            raise Http404("No public clause with that id.")
        return render(
            request,
            "compare/add.html",
            {"clauses": clauses, "next": request.GET.get("next", "")},
        )
    found = [clause.block_id for clause in picked(request.POST.getlist("c"))]
    working = selection(request)
    if not found:
        messages.error(request, "That clause cannot be compared: it is not public.")
    elif len(working) >= MAX_CLAUSES:
        messages.error(request, f"A comparison holds at most {MAX_CLAUSES} clauses.")
    else:
        request.session[SESSION_KEY] = clean_ids(working + found)
        count = len(request.session[SESSION_KEY])
        messages.success(
            request, f"Added to your comparison ({count} clause{'s' if count != 1 else ''})."
        )
    return back_to(request, reverse("compare:index"))


@require_POST
def remove(request):
    gone = set(request.POST.getlist("c"))
    request.session[SESSION_KEY] = [i for i in selection(request) if i not in gone]
    messages.success(request, "Removed from your comparison.")
    return back_to(request, reverse("compare:index"))


@require_POST
def clear(request):
    request.session.pop(SESSION_KEY, None)
    messages.success(request, "Your comparison is empty again.")
    return redirect("compare:index")


def download_response(request, clauses, format_name, title):
    """The comparison's clauses as CSV or DOCX, or its pages' references."""
    stem = "sameside-comparison"
    if format_name in CITE_FORMATS:
        base, today = request.build_absolute_uri("/"), timezone.localdate()
        references = [
            reference_for(
                page,
                base,
                accessed=today,
                organizations=sorted(org.name for org in page.organizations.all()),
            )
            for page in pages_of(clauses)
        ]
        return citation_download(references, format_name, stem)
    url_of = url_maker(request)
    arranged = columns(clauses)
    if format_name == "csv":
        response = HttpResponse(
            exports.csv_text(arranged, url_of), content_type="text/csv; charset=utf-8"
        )
    elif format_name == "docx":
        note = f"From SameSide, {timezone.localdate():%d %B %Y}."
        response = HttpResponse(exports.docx_bytes(arranged, title, url_of, note), DOCX)
    else:
        raise Http404("No such download format.")
    response["Content-Disposition"] = content_disposition_header(True, f"{stem}.{format_name}")
    response["X-Robots-Tag"] = "noindex"
    return response


def title_for(choice):
    if choice.ids:
        return "Compared clauses"
    words = [choice.provision_label, choice.topic.name if choice.topic else "", choice.text]
    return "Clauses: " + ", ".join(word for word in words if word)


@require_GET
def download(request, format_name):
    if format_name not in DOWNLOADS:
        raise Http404("No such download format.")
    choice = Choice.from_params(request.GET)
    return download_response(request, choice.clauses(), format_name, title_for(choice))


# Saved comparisons ---------------------------------------------------------------------


def own(request, pk):
    return get_object_or_404(SavedComparison, pk=pk, owner=request.user)


@require_POST
def save(request):
    """Keep the clauses on show as a named comparison. A signed-out visitor is sent to
    sign in and back to the same comparison."""
    ids = [clause.block_id for clause in picked(request.POST.getlist("c"))]
    back = compare_url([("c", i) for i in ids])
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    form = SaveComparisonForm(request.POST)
    if not ids or not form.is_valid():
        messages.error(request, "That comparison could not be saved: it has no public clauses.")
        return redirect(back)
    name = form.cleaned_data["name"] or f"Comparison of {len(ids)} clauses"
    saved = SavedComparison.objects.create(owner=request.user, name=name, clause_ids=ids)
    messages.success(request, f"Saved “{saved.name}”.")
    return redirect("compare:saved_detail", pk=saved.pk)


@login_required
def saved_list(request):
    rows = [
        {
            "saved": saved,
            "form": RenameComparisonForm(instance=saved, prefix=f"s{saved.pk}"),
            "share_url": request.build_absolute_uri(
                reverse("compare:shared", args=[saved.share_token])
            ),
        }
        for saved in request.user.saved_comparisons.all()
    ]
    return render(request, "compare/saved_list.html", {"rows": rows})


def saved_page(request, saved, *, shared):
    clauses = picked(saved.clause_ids)
    context = comparison_context(request, clauses, [("c", c.block_id) for c in clauses])
    context |= {
        "saved": saved,
        "shared": shared,
        "missing": len(saved.clause_ids) - len(clauses),
        "share_url": request.build_absolute_uri(
            reverse("compare:shared", args=[saved.share_token])
        ),
    }
    response = render(request, "compare/saved_detail.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_GET
def saved_detail(request, pk):
    return saved_page(request, own(request, pk), shared=False)


@login_required
@require_POST
def rename(request, pk):
    saved = own(request, pk)
    form = RenameComparisonForm(request.POST, instance=saved, prefix=f"s{saved.pk}")
    if form.is_valid():
        form.save()
        messages.success(request, f"Renamed the comparison “{saved.name}”.")
    else:
        messages.error(request, "Give the comparison a name.")
    return redirect("compare:saved")


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    saved = own(request, pk)
    if request.method == "POST":
        saved.delete()
        messages.success(request, f"Deleted the comparison “{saved.name}”.")
        return redirect("compare:saved")
    return render(request, "compare/delete.html", {"saved": saved})


@require_GET
def shared(request, token):
    saved = SavedComparison.objects.filter(share_token=token).first()
    if saved is None:
        raise Http404("No such comparison.")
    return saved_page(request, saved, shared=True)
