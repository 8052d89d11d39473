"""Draft a directive from its Vietnamese text in the browser: paste or upload, review the draft beside the
source, fix it, register it (through the upload form, which shows any error beside its line)."""

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from rules.dates import DateError, parse_day_first
from tracker.errors import InputError
from tracker.services.access import Principal, require_role
from tracker.services.drafting import Draft, draft_directive, registry_from_db
from tracker.tomlfile import decode_utf8
from tracker.web.deps import NowDep, SessionDep, StateDep
from tracker.web.pages import templates
from tracker.web.session import Csrf, CsrfChecked, PagePrincipal

router = APIRouter(include_in_schema=False)
TEXT_LIMIT = 1_000_000  # a long plan is some tens of kilobytes


@dataclass(frozen=True)
class Span:
    """A piece of the source text, and the item it became (None for text no item came from)."""

    text: str
    ref: str | None = None
    title: str = ""


@router.get("/directives/draft", response_class=HTMLResponse)
def draft_form(request: Request, principal: PagePrincipal, csrf: Csrf) -> Response:
    """Paste or upload the text of a directive."""
    require_role(principal, "coordinator")
    return _form(request, principal, csrf, {})


@router.post("/directives/draft", response_class=HTMLResponse)
async def draft(request: Request, session: SessionDep, state: StateDep, now: NowDep, principal: PagePrincipal,
                csrf: Csrf, _csrf: CsrfChecked, file: Annotated[UploadFile | None, File()] = None,
                text: Annotated[str, Form(max_length=TEXT_LIMIT)] = "",
                issuer: Annotated[str, Form(max_length=40)] = "",
                issued_on: Annotated[str, Form(max_length=40)] = "") -> Response:
    """Read the text, and show the draft file beside it, ready to correct and register."""
    require_role(principal, "coordinator")
    values = {"text": text, "issuer": issuer, "issued_on": issued_on}
    try:
        source, name = await _source(file, text)
        values["text"] = source
        day = parse_day_first(issued_on) if issued_on.strip() else None
        drafted = draft_directive(source, registry_from_db(session), issuer=issuer.strip() or None, issued_on=day,
                                  today=now.astimezone(state.settings.tz).date(), source_name=name)
    except DateError as error:
        return _form(request, principal, csrf, values, [f"Ngày ban hành: {error}"])
    except InputError as error:
        return _form(request, principal, csrf, values, error.lines())
    return templates.TemplateResponse(request, "draft_review.html", {
        "principal": principal, "csrf": csrf, "draft": drafted, "spans": spans_of(drafted),
        "unresolved": sorted(drafted.unresolved.items())})


async def _source(file: UploadFile | None, text: str) -> tuple[str, str]:
    """The uploaded .txt (UTF-8) or the pasted text, and a name for it."""
    if file is not None and file.filename:
        raw = await file.read(TEXT_LIMIT + 1)
        if len(raw) > TEXT_LIMIT:
            raise InputError.single("the file is larger than 1 MB", field="file")
        return decode_utf8(raw, file.filename), file.filename
    if not text.strip():
        raise InputError.single("paste the text of the directive or choose a .txt file", field="text")
    return text, "văn bản dán vào"


def spans_of(drafted: Draft) -> list[Span]:
    """The source cut at the items' sentences, so each can be marked with the item it became."""
    spans, cursor = [], 0
    for item in sorted(drafted.items, key=lambda item: item.start):
        if item.start < cursor or item.end <= item.start:
            continue  # overlapping or empty ranges: the item is still in the draft, just not marked
        if item.start > cursor:
            spans.append(Span(drafted.text[cursor:item.start]))
        spans.append(Span(drafted.text[item.start:item.end], item.ref, item.title))
        cursor = item.end
    spans.append(Span(drafted.text[cursor:]))
    return spans


def _form(request: Request, principal: Principal, csrf: str, values: dict[str, Any],
          problems: list[str] | None = None) -> Response:
    return templates.TemplateResponse(request, "draft_form.html", {
        "principal": principal, "csrf": csrf, "values": values, "problems": problems or []},
        status_code=422 if problems else 200)

