"""Organizations: their page, the directory of organizations, and "districts like mine"."""

from django.shortcuts import get_object_or_404, redirect, render

from resources.views import visible_library_pages
from search.text import query_text

from . import matching
from .directory import OrganizationDirectory
from .member_views import find_organizations, members_only
from .models import (
    MANAGEMENT_LEADERS,
    UNION_LEADERS,
    MemberProfile,
    Organization,
)


def listed_members(organizations):
    """Profiles of members confirmed at ``organizations`` who allow being listed."""
    return (
        MemberProfile.objects.filter(organization__in=organizations, listed=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name")
    )


def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.select_related("partner"), slug=slug)
    pages = visible_library_pages().filter(organizations=organization).order_by("title").specific()
    members = None
    if request.user.is_authenticated:  # member data is for members only
        members = list(listed_members([organization]))
    return render(
        request,
        "network/organization_detail.html",
        {
            "organization": organization,
            "library_pages": pages,
            "topics": list(organization.topics.order_by("name")),
            "members": members,
            "crumbs": [
                {"label": "Organizations", "url": "/organizations/"},
                {"label": organization.name, "url": organization.get_absolute_url()},
            ],
        },
    )


def organization_directory(request):
    if not request.user.is_authenticated:
        return members_only(request, "the directory of organizations")
    listing = OrganizationDirectory().run(request)
    return render(request, "network/organization_directory.html", {"listing": listing})


def like_mine(request):
    """The signed-in member's own organization, or a chooser when they have none."""
    if not request.user.is_authenticated:
        return members_only(request, "“Districts like mine”")
    profile = MemberProfile.objects.filter(user=request.user).select_related("organization").first()
    if profile and profile.organization:
        return redirect("network:like", slug=profile.organization.slug)
    query = query_text(request.GET.get("q"), 100)
    results = find_organizations(query) if query else []
    return render(request, "network/like_mine_choose.html", {"query": query, "results": results})


def like(request, slug):
    """Peers of one organization, with why each matched, its leaders and its library."""
    if not request.user.is_authenticated:
        return members_only(request, "“Districts like mine”")
    target = get_object_or_404(Organization.objects.select_related("partner"), slug=slug)
    matches = matching.like(target)
    peer_ids = [match.organization.pk for match in matches]
    partner_ids = [m.organization.partner_id for m in matches if m.organization.partner_id]
    partners = {
        org.pk: org for org in Organization.objects.filter(pk__in=partner_ids).only("name", "slug")
    }
    leaders = {}
    for profile in listed_members([*peer_ids, *partner_ids]).filter(
        role__in=[*MANAGEMENT_LEADERS, *UNION_LEADERS]
    ):
        leaders.setdefault(profile.organization_id, []).append(profile)
    library = {}
    pages = (
        visible_library_pages()
        .filter(organizations__in=peer_ids)
        .distinct()
        .order_by("title")
        .prefetch_related("organizations")
    )
    for page in pages:
        for org in page.organizations.all():
            library.setdefault(org.pk, []).append(page)
    for match in matches:
        org = match.organization
        match.partner = partners.get(org.partner_id)
        side = [*leaders.get(org.pk, []), *leaders.get(org.partner_id, [])]
        match.management = [p for p in side if p.role in MANAGEMENT_LEADERS]
        match.union = [p for p in side if p.role in UNION_LEADERS]
        match.library = library.get(org.pk, [])
    return render(
        request,
        "network/like_mine.html",
        {
            "target": target,
            "matches": matches,
            "mentors": [m for m in matches if m.mentor],
            "known_facets": [
                label
                for label, value in (
                    ("locale", target.locale),
                    ("enrollment", target.size_band),
                    ("state", target.state),
                    ("stage", target.stage),
                )
                if not value
            ],
        },
    )
