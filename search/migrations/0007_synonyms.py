"""The editors' synonym and acronym list, seeded with the field's terms.

Every expansion below is the one the clearinghouse's sources give (the acronym defined
in the text, or the phrase the text uses for the same thing); acronyms that are also
common words (TURN, PASS, TAP, PAL) are left out, as a search for "turn" would find the
Teacher Union Reform Network. Editors and moderators may add, change and delete groups.
On PostgreSQL the spelling vocabulary gets a trigram index for the nearest-word lookup.
"""

from django.db import migrations, models

SEED = [
    ("PAR, peer assistance and review, peer review", "Toledo and other PAR programs"),
    ("IBB, interest-based bargaining, interest-based negotiation", ""),
    ("IBBI, Interest-Based Bargaining Institute", "Massachusetts Education Partnership"),
    ("MOU, memorandum of understanding, memoranda of understanding", ""),
    ("CBA, collective bargaining agreement", "A full contract, as the resource types say"),
    ("contract, agreement", ""),
    ("ELT, extended learning time, expanded learning time", "A longer school day"),
    ("PGS, Professional Growth System", "Montgomery County"),
    ("DCP, District Capacity Project", "Massachusetts Education Partnership"),
    ("MEP, Massachusetts Education Partnership", ""),
    ("TRACS, Toledo Review and Alternative Compensation System", "Toledo"),
    ("ProComp, Professional Compensation System for Teachers", "Denver"),
    ("BPPSLP, Baltimore Professional Practices and Student Learning Program", "Baltimore"),
    ("NBPTS, National Board for Professional Teaching Standards", ""),
    ("FMCS, Federal Mediation and Conciliation Service", ""),
    ("TIF, Teacher Incentive Fund", ""),
    ("SIG, School Improvement Grants", ""),
    ("RTT, Race to the Top", ""),
    ("AFT, American Federation of Teachers", ""),
    ("NEA, National Education Association", ""),
    ("MTA, Massachusetts Teachers Association", ""),
    ("CCSS, Common Core State Standards, Common Core", ""),
    ("DESE, Department of Elementary and Secondary Education", "Massachusetts"),
    ("career ladder, career pathway, career lattice", "Differentiated teacher roles and pay"),
]
GROUPS = ["Editors", "Moderators"]
ACTIONS = ["add", "change", "delete", "view"]
TRIGRAM_INDEX = "search_searchterm_word_trgm"


def seed_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in SEED:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def let_editors_curate(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after migrations; the groups need these now.
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="search",
        codename__in=[f"{action}_synonym" for action in ACTIONS],
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
            "ON search_searchterm USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("search", "0006_entry_names"),
    ]

    operations = [
        migrations.CreateModel(
            name="Synonym",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "terms",
                    models.CharField(
                        help_text="Two or more words or phrases that mean the same, separated "
                        "by commas, e.g. “PAR, peer assistance and review, peer review”.",
                        max_length=800,
                    ),
                ),
                (
                    "one_way",
                    models.BooleanField(
                        default=False,
                        help_text="A search for the first term also finds the others, but a "
                        "search for the others does not find the first.",
                        verbose_name="only the first term finds the others",
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True,
                        help_text="Where the terms come from, for other editors.",
                        max_length=255,
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={"ordering": ["terms"], "verbose_name": "synonym group"},
        ),
        migrations.RunPython(seed_synonyms, migrations.RunPython.noop),
        migrations.RunPython(let_editors_curate, migrations.RunPython.noop),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
