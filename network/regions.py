"""U.S. Census regions, for "districts like mine" and the facilitators' service areas.

The region of an organization follows from its state (the Census Bureau's four regions),
so it is a fact, not a guess."""

from django.db import models


class Region(models.TextChoices):
    NORTHEAST = "northeast", "Northeast"
    MIDWEST = "midwest", "Midwest"
    SOUTH = "south", "South"
    WEST = "west", "West"


STATES_BY_REGION = {
    Region.NORTHEAST: "CT ME MA NH RI VT NJ NY PA",
    Region.MIDWEST: "IL IN MI OH WI IA KS MN MO NE ND SD",
    Region.SOUTH: "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX",
    Region.WEST: "AZ CO ID MT NV NM UT WY AK CA HI OR WA",
}
REGION_OF_STATE = {
    state: region for region, states in STATES_BY_REGION.items() for state in states.split()
}


def region_for(state):
    """The Census region of a two-letter state code, or "" when unknown."""
    return REGION_OF_STATE.get(state or "", "")
