from django.db import migrations


def let_moderators_manage_registrations(apps, schema_editor):
    """The Moderators group sees registrants, exports them and marks attendance."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after migrations; the group needs this one now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="events", codename="manage_registrations"
        )
    )


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("events", "0002_registration_cancellation_sent_at"),
    ]

    operations = [
        migrations.RunPython(let_moderators_manage_registrations, migrations.RunPython.noop),
    ]
