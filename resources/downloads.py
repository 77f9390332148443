"""A list of references as a file to download, in one of ``citations.FORMATS``."""

from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header

from .citations import FORMATS


def citation_download(references, format_name, stem):
    """``references`` written in ``format_name`` as the attachment ``<stem>.<extension>``;
    404 for a format the site does not offer."""
    if format_name not in FORMATS:
        raise Http404("No such citation format.")
    render, content_type, extension = FORMATS[format_name]
    response = HttpResponse(render(references), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, f"{stem}.{extension}")
    # A file of references is not a page for search engines to list.
    response["X-Robots-Tag"] = "noindex"
    return response
