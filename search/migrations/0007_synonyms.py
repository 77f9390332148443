"""Reserved for the editors' synonym list (vocabulary): filled by the change that needs it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0006_entry_names")]

    operations = []
