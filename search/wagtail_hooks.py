"""The admin of the editors' synonym and acronym list (Settings › Synonyms and acronyms).

Editors and moderators may add, change and delete groups (migration 0007 grants them the
permissions); the list applies to the database engine at once and to Elasticsearch at its
next rebuild (see "Synonyms and spelling" in docs/search.md).
"""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = "Synonyms and acronyms"
    menu_name = "synonyms"
    add_to_settings_menu = True
    menu_order = 910  # next to "Promoted search results"
    list_display = ["terms", "one_way", "note", "updated_at"]
    list_filter = ["one_way"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]
    panels = [FieldPanel("terms"), FieldPanel("one_way"), FieldPanel("note")]


register_snippet(SynonymViewSet)
