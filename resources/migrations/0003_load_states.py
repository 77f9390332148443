from django.db import migrations


def load_states(apps, schema_editor):
    from resources.choices import USState

    State = apps.get_model("resources", "State")
    for code, name in USState.choices:
        State.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_initial")]

    operations = [migrations.RunPython(load_states, migrations.RunPython.noop)]
