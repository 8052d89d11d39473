"""Rendering a digest (one recipient's notifications of one pass) into a subject, plain text and HTML."""

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

KIND_LABELS = {"overdue": "Quá hạn", "escalation": "Cảnh báo chậm trễ", "reminder": "Nhắc hạn", "notice": "Thông báo"}
KIND_HEADINGS = {
    "overdue": "Nhiệm vụ đã quá hạn",
    "escalation": "Nhiệm vụ chậm trễ của đơn vị trực thuộc / được theo dõi",
    "reminder": "Nhiệm vụ sắp đến hạn",
    "notice": "Thông báo",
}
STATUS_LABELS = {
    "not_started": "Chưa đến thời gian thực hiện", "in_progress": "Đang thực hiện", "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn", "done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành trễ hạn",
    "cancelled": "Đã hủy",
}
KIND_ORDER = ("overdue", "escalation", "reminder", "notice")

_ENV = {
    autoescape: Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), undefined=StrictUndefined,
                            autoescape=select_autoescape(enabled_extensions=("html",), default=False) if autoescape
                            else False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    for autoescape in (True, False)
}


@dataclass(frozen=True)
class DigestLine:
    """One task in a digest: why it is listed, what it is, whose, when, its status, where to open it."""

    kind: str
    directive: str
    directive_title: str
    item: str
    title: str
    agency: str
    agency_name: str
    due: str  # dd/mm/yyyy
    days: str  # "còn 3 ngày" / "quá hạn 2 ngày"
    status: str
    link: str


@dataclass(frozen=True)
class RenderedDigest:
    """What goes into the email."""

    subject: str
    text: str
    html: str


def render_digest(*, recipient_name: str, lines: list[DigestLine], sent_on: str) -> RenderedDigest:
    """The digest email: overdue first, then escalations, reminders, notices; subject names the most urgent."""
    ordered = sorted(lines, key=lambda line: (KIND_ORDER.index(line.kind), line.due[6:] + line.due[3:5] + line.due[:2],
                                              line.directive, line.item, line.agency))
    first = ordered[0]
    others = len(ordered) - 1
    subject = f"[{KIND_LABELS[first.kind]}] {first.directive}: hạn {first.due}"
    if others:
        subject += f" (và {others} nhiệm vụ khác)"
    sections = [(kind, KIND_HEADINGS[kind], [line for line in ordered if line.kind == kind])
                for kind in KIND_ORDER if any(line.kind == kind for line in ordered)]
    context = {"recipient": recipient_name, "sections": sections, "statuses": STATUS_LABELS, "sent_on": sent_on,
               "count": len(ordered)}
    text = _ENV[False].get_template("digest.txt").render(context)
    html = _ENV[True].get_template("digest.html").render(context)
    return RenderedDigest(subject=one_line(subject), text=text, html=html)


def one_line(value: str) -> str:
    """Header-safe text: line breaks (the way headers are injected) become spaces."""
    return " ".join(value.replace("\r", " ").replace("\n", " ").split())


def render_sign_in(*, name: str, link: str, minutes: int) -> RenderedDigest:
    """The sign-in email: a one-time link, valid for a few minutes."""
    subject = "Đăng nhập hệ thống theo dõi văn bản chỉ đạo"
    text = (f"Xin chào {name},\n\nĐể đăng nhập, mở đường dẫn sau (dùng một lần, hiệu lực {minutes} phút):\n{link}\n\n"
            "Nếu không phải bạn yêu cầu, hãy bỏ qua thư này.\n")
    html = _ENV[True].from_string(
        "<p>Xin chào {{ name }},</p><p>Để đăng nhập, mở đường dẫn sau (dùng một lần, hiệu lực {{ minutes }} phút):</p>"
        '<p><a href="{{ link }}">{{ link }}</a></p><p>Nếu không phải bạn yêu cầu, hãy bỏ qua thư này.</p>'
    ).render(name=name, link=link, minutes=minutes)
    return RenderedDigest(subject=subject, text=text, html=html)
