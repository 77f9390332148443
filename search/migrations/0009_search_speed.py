"""Reserved for storage and indexes for search at scale (speed): filled by the change that needs it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0008_search_misses")]

    operations = []
