"""Forget old query statistics: Wagtail's daily hits and the searches that found nothing
older than ``WAGTAILSEARCH_HITS_MAX_AGE`` days (Wagtail's setting, 7 by default), and
queries left with neither hits nor picks. Run daily (docs/operations.md)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import SearchMiss


class Command(BaseCommand):
    help = "Delete query statistics older than WAGTAILSEARCH_HITS_MAX_AGE days."

    def handle(self, *args, **options):
        days = getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7)
        oldest = timezone.now().date() - datetime.timedelta(days)
        QueryDailyHits.garbage_collect(days)
        Query.garbage_collect()
        deleted, _ = SearchMiss.objects.filter(date__lt=oldest).delete()
        self.stdout.write(f"Kept {days} days of search statistics; {deleted} old misses deleted.")
