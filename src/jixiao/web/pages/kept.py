"""A save that was refused or came too late, on a form whose page is elsewhere: nothing was
written, and the person gets back every value typed under the form's own names, with what
to do in Chinese. One page for every such form — a redirect to the form's page (with the
reason as a message) lost the input without a word."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render

Kept = list[tuple[str, str]]
"""(the form's name of a field, the text typed in it), in the form's order."""


def typed(post: QueryDict, fields: Sequence[tuple[str, str]]) -> Kept:
    """Each ``(label, name)`` field as typed; a field sent several times is numbered."""
    kept: Kept = []
    for label, name in fields:
        values = [v.strip() for v in post.getlist(name)]
        if len(values) > 1:
            kept += [(f"{label}{n}", v) for n, v in enumerate(values, 1)]
        else:
            kept.append((label, values[0] if values else ""))
    return kept


def refused(
    request: HttpRequest, message: str, kept: Kept, latest: str, *, conflict: bool = False
) -> HttpResponse:
    """The refused form's page: with nothing typed, back to ``latest`` with the reason;
    else the reason, every value typed and a link to ``latest`` in a new window (409 when
    someone saved first, 400 when a value was refused)."""
    if not any(text for _, text in kept):
        messages.error(request, message)
        return redirect(latest)
    context = {"message": message, "kept": kept, "latest": latest, "conflict": conflict}
    return render(request, "pages/conflict.html", context, status=409 if conflict else 400)
