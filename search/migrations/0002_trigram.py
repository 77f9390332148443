from django.db import migrations


def enable_trigram(apps, schema_editor):
    # "Did you mean" uses trigram similarity on PostgreSQL; SQLite has no extension to load.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(enable_trigram, migrations.RunPython.noop)]
