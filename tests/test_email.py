"""Emails: headers that cannot be injected, Vietnamese text and HTML escaped."""

from datetime import UTC, datetime
from email import message_from_bytes, policy

from notifications.render import DigestLine, render_digest
from notifications.transport import OutgoingMessage, build_email


def line(**changes: str) -> DigestLine:
    """A digest line with plausible values."""
    values = {"kind": "reminder", "directive": "2774/UBND-NC", "directive_title": "Công văn", "item": "1",
              "title": "Gửi kế hoạch", "agency": "STTTT", "agency_name": "Sở Thông tin và Truyền thông",
              "due": "09/06/2021", "days": "còn 2 ngày", "status": "due_soon", "link": "http://127.0.0.1:8000/tasks/1"}
    return DigestLine(**(values | changes))


def test_subject_with_line_breaks_cannot_inject_headers():
    message = OutgoingMessage(message_id="<a@b>", to=("x@y.example",), subject="Nhắc\r\nBcc: victim@evil.example",
                              text="t", html="<p>t</p>", date=datetime(2021, 6, 2, 1, tzinfo=UTC))
    parsed = message_from_bytes(build_email(message, sender="Theo dõi <tracker@x.example>"),
                                policy=policy.default)
    assert parsed["Bcc"] is None
    assert str(parsed["Subject"]) == "Nhắc Bcc: victim@evil.example"
    assert str(parsed["From"]) == "Theo dõi <tracker@x.example>"


def test_html_body_escapes_what_people_typed():
    rendered = render_digest(recipient_name="UBND <huyện>", lines=[line(title="<script>alert(1)</script>")],
                             sent_on="02/06/2021")
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert "<script>alert(1)</script>" in rendered.text


def test_digest_lists_overdue_before_reminders_and_subject_names_the_most_urgent():
    rendered = render_digest(recipient_name="Công an tỉnh", sent_on="10/06/2021", lines=[
        line(kind="reminder", directive="A/1", due="20/06/2021"), line(kind="overdue", directive="B/2", due="09/06/2021")])
    assert rendered.subject == "[Quá hạn] B/2: hạn 09/06/2021 (và 1 nhiệm vụ khác)"
    assert rendered.text.index("Nhiệm vụ đã quá hạn") < rendered.text.index("Nhiệm vụ sắp đến hạn")


def test_mime_message_decodes_back_to_its_parts():
    subject = "[Quá hạn] 2774/UBND-NC: hạn 09/06/2021 (và 12 nhiệm vụ khác) — Sở Lao động - Thương binh và Xã hội"
    message = OutgoingMessage(message_id="<tracker.1.STTTT@x.example>", to=("a@x.example", "b@x.example"),
                              subject=subject, text="Kính gửi: Sở\n- mục 1\n" * 40, html="<p>Kính gửi</p>",
                              date=datetime(2021, 6, 10, 1, tzinfo=UTC))
    raw = build_email(message, sender="Hệ thống theo dõi <tracker@x.example>")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    parsed = message_from_bytes(raw, policy=policy.default)
    assert str(parsed["Subject"]) == subject
    assert str(parsed["From"]) == "Hệ thống theo dõi <tracker@x.example>"
    assert parsed["To"] == "a@x.example, b@x.example" and parsed["Message-ID"] == "<tracker.1.STTTT@x.example>"
    assert parsed.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n") == message.text
    assert parsed.get_body(preferencelist=("html",)).get_content().strip() == "<p>Kính gửi</p>"
