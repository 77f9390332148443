from django.core.management.base import BaseCommand
from django.db.models import F, Q
from wagtail.documents import get_document_model

from resources.models import DocumentText, ExtractionStatus
from resources.tasks import SKIPPED, extract_document_text

LABELS = {
    ExtractionStatus.EXTRACTED: "extracted",
    ExtractionStatus.NOT_EXTRACTABLE: "not extractable",
    SKIPPED: "unchanged",
}


class Command(BaseCommand):
    help = (
        "Extract the text of uploaded documents for search: documents never extracted, "
        "still pending or whose file changed (every document with --all). Runs here, "
        "not on the task queue."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="all_documents",
            help="Re-extract every document, changed or not.",
        )

    def handle(self, *args, all_documents=False, verbosity=1, **options):
        documents = get_document_model().objects.order_by("pk")
        if not all_documents:
            documents = documents.filter(
                Q(extracted__isnull=True)
                | Q(extracted__status=ExtractionStatus.PENDING)
                | Q(file_hash="")
                | ~Q(file_hash=F("extracted__file_hash"))
            )
        documents = list(documents.only("pk", "title"))
        total = len(documents)
        counts = dict.fromkeys(LABELS.values(), 0)
        for number, document in enumerate(documents, start=1):
            status = extract_document_text.call(document.pk, force=all_documents)
            if status is None:  # deleted meanwhile
                continue
            label = LABELS.get(status, status)
            counts[label] = counts.get(label, 0) + 1
            if verbosity >= 1:
                line = f"{number}/{total} {label}: {document.title}"
                if status == ExtractionStatus.NOT_EXTRACTABLE:
                    reason = (
                        DocumentText.objects.filter(pk=document.pk)
                        .values_list("reason", flat=True)
                        .first()
                    )
                    line += f" ({reason})"
                self.stdout.write(line)
        if verbosity >= 1:
            if not total:
                self.stdout.write("Nothing to extract: every document is up to date.")
            else:
                summary = ", ".join(f"{count} {label}" for label, count in counts.items())
                self.stdout.write(f"{total} document{'s' if total != 1 else ''}: {summary}.")
