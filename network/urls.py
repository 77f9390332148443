from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from forums import notification_views
from network import views as network_views
from network.core import ceiling, signin, site_files
from network.core import views as core_views
from network.core.sitemaps import SiteSitemap
from resources import cite_views, exports
from resources import views as resource_views
from search import views as search_views

urlpatterns = [
    # Before Wagtail's own sign-in forms, which would skip allauth's checks.
    path("admin/login/", signin.admin_login, name="admin_login"),
    path("_util/login/", signin.site_login, name="site_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("topics/", resource_views.topic_list, name="topic_list"),
    path("topics/<slug:slug>/", resource_views.topic_detail, name="topic_detail"),
    path("", include("network.app_urls")),
    path(
        "organizations/<slug:slug>/",
        network_views.organization_detail,
        name="organization_detail",
    ),
    # Threads and posts; the community pages themselves are served by Wagtail below.
    path(
        "communities/<slug:community_slug>/sessions/",
        include("events.session_urls", namespace="events_sessions"),
    ),
    path("communities/", include("forums.urls")),
    path("events/", include("events.urls")),
    path("teams/", include("teams.urls")),
    path("notifications/", notification_views.notification_list, name="forums_notifications"),
    path(
        "notifications/<id:pk>/",
        notification_views.open_notification,
        name="forums_open_notification",
    ),
    path("notifications/read/", notification_views.mark_all_read, name="forums_mark_all_read"),
    path("notifications/settings/", notification_views.preferences, name="forums_preferences"),
    path(
        "notifications/unsubscribe/<str:token>/",
        notification_views.unsubscribe,
        name="forums_unsubscribe",
    ),
    path("compare/", include("compare.urls")),
    path("feeds/", include("feeds.urls")),
    path("saved-searches/", include("alerts.urls")),
    path("api/", include("api.urls")),
    path("cite/<int:page_id>.<slug:format_name>", cite_views.cite_page, name="cite_page"),
    path("search/", search_views.search, name="search"),
    path("search/export/<slug:format_name>/", exports.export_search, name="search_export"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("search/health/", core_views.check_health, {"name": "search"}, name="search_health"),
    path("healthz/", core_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteSitemap}}, name="sitemap"),
    path("robots.txt", site_files.robots_txt, name="robots_txt"),
    path("favicon.ico", site_files.favicon, name="favicon"),
]

if settings.BENCH_CEILING_VIEW:
    urlpatterns += [path("_bench/ceiling/", ceiling.ceiling, name="bench_ceiling")]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
