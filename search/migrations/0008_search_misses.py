"""Reserved for searches that found nothing (editors' picks and statistics): filled by the change that needs it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0007_synonyms")]

    operations = []
