"""Reserved for the names an entry is known by (ranking): filled by the change that needs it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0005_facet_choices_registered")]

    operations = []
