"""Organizations: districts, local unions, state agencies and partners."""

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from resources.choices import Locale, SizeBand, Stage, UnionAffiliation, USState

from ..regions import Region, region_for


class OrganizationKind(models.TextChoices):
    DISTRICT = "district", "School district"
    CHARTER_NETWORK = "charter_network", "Charter school network"
    UNION = "union", "Local union"
    STATE_AGENCY = "state_agency", "State agency"
    PARTNER = "partner", "Partner organization"


class Organization(index.Indexed, models.Model):
    """A district, local union, state agency or partner. Managed as a Wagtail snippet."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganizationKind.choices)
    state = models.CharField(max_length=2, choices=USState.choices, blank=True)
    locale = models.CharField(max_length=20, choices=Locale.choices, blank=True)
    size_band = models.CharField(
        "enrollment band", max_length=20, choices=SizeBand.choices, blank=True
    )
    union_affiliation = models.CharField(
        max_length=20,
        choices=UnionAffiliation.choices,
        blank=True,
        help_text="For unions (and districts, their union's affiliation). Empty if not known.",
    )
    partner = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="labor-management partner",
        help_text="The district's union, or the union's district.",
    )
    region = models.CharField(
        max_length=20,
        choices=Region.choices,
        blank=True,
        editable=False,
        help_text="The Census region of the state, set from it on save.",
    )
    stage = models.CharField(
        "stage of collaboration",
        max_length=20,
        choices=Stage.choices,
        blank=True,
        help_text="How far along labor-management collaboration is. Empty if not known.",
    )
    topics = models.ManyToManyField(
        "resources.Topic",
        blank=True,
        related_name="organizations",
        help_text="What the organization works on together; used to find similar districts.",
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    is_demo = models.BooleanField(
        default=False, help_text="An invented organization (demo content), not a real one."
    )
    source = models.CharField(
        max_length=300,
        blank=True,
        help_text='Where the facts come from, e.g. "seed 002, lines 231-258".',
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("partner")],
            heading="Organization",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("state"), FieldPanel("locale")]),
                FieldRowPanel([FieldPanel("size_band"), FieldPanel("union_affiliation")]),
                FieldPanel("stage"),
                FieldPanel("topics"),
            ],
            heading="Profile",
            help_text="Used for search facets and for finding similar districts.",
        ),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("source"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("state"),
    ]

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "state"], name="network_org_kind_state_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        self.region = region_for(self.state)
        if kwargs.get("update_fields") is not None and "state" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "region"}
        # The members' copies of these facets follow by a receiver in ``members.py``.
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("organization_detail", args=[self.slug])

    @property
    def is_district(self):
        return self.kind == OrganizationKind.DISTRICT
