"""Links in emails: GET shows and changes nothing, POST with the signed token marks done; forged, expired
and other agencies' links are refused with a clear page. And the per-agency calendar feed."""

from datetime import timedelta

import pytest
from icalendar import Calendar
from sqlmodel import Session, select

from tracker.models import Agency
from tracker.services.signing import LinkSigner, secret_key


@pytest.fixture
def signer(engine):
    """The signer the app uses (same key, 30 days)."""
    with Session(engine) as session:
        key = secret_key(session)
        session.commit()
    return LinkSigner(key, max_age_days=30)


def task_of(api, agency: str) -> dict:
    """The agency's task for item 1 of 2774/UBND-NC."""
    rows = api.request("GET", "/api/v1/tasks", "admin", params={"agency": agency, "directive": "2774/UBND-NC"}).json()
    return next(row for row in rows if row["item"] == "1")


def agency_id(api, code: str) -> int:
    """An agency's id."""
    with Session(api.engine) as session:
        return session.exec(select(Agency.id).where(Agency.code == code)).one()


def link_for(api, signer, agency: str, *, signed_for: str | None = None) -> tuple[int, str]:
    """A link token for the agency's task, signed for that agency (or for `signed_for`)."""
    task = task_of(api, agency)
    return task["id"], signer.sign(task_id=task["id"], agency_id=agency_id(api, signed_for or agency),
                                   now=api.clock.now())


def test_get_shows_the_task_and_a_form_and_changes_nothing(api, signer):
    task_id, token = link_for(api, signer, "STTTT")
    for _ in range(2):  # a mail scanner prefetching the link, then the clerk
        page = api.request("GET", f"/l/{token}")
        assert page.status_code == 200
        assert "Xây dựng kế hoạch chi tiết" in page.text and "<form method=\"post\"" in page.text
    assert task_of(api, "STTTT")["completed_at"] is None


def test_post_with_the_token_marks_done_with_the_report(api, signer):
    task_id, token = link_for(api, signer, "STTTT")
    response = api.request("POST", f"/l/{token}", data={"note": "Đã gửi Kế hoạch số 85/KH-STTTT",
                                                        "report_url": "https://stttt.example/85.pdf"})
    assert response.status_code == 200 and "Đã ghi nhận" in response.text
    task = task_of(api, "STTTT")
    assert task["status"] == "done_on_time"
    assert task["note"] == "Đã gửi Kế hoạch số 85/KH-STTTT\nVăn bản báo cáo: https://stttt.example/85.pdf"
    assert api.request("POST", f"/l/{token}", data={"note": "lần hai"}).status_code == 409


def test_forged_link_is_refused_and_changes_nothing(api, signer):
    _, token = link_for(api, signer, "STTTT")
    forged = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for method in ("GET", "POST"):
        page = api.request(method, f"/l/{forged}", data={"note": "x"} if method == "POST" else None)
        assert page.status_code == 403 and "Đường dẫn không hợp lệ" in page.text
    assert task_of(api, "STTTT")["completed_at"] is None


def test_expired_link_is_refused(api, signer):
    _, token = link_for(api, signer, "STTTT")
    api.clock.instant += timedelta(days=31)
    page = api.request("POST", f"/l/{token}", data={"note": "x"})
    assert page.status_code == 410 and "hết hạn" in page.text
    assert task_of(api, "STTTT")["completed_at"] is None


def test_link_signed_for_another_agency_is_refused(api, signer):
    _, token = link_for(api, signer, "STTTT", signed_for="UBND-MT")
    assert api.request("POST", f"/l/{token}", data={"note": "x"}).status_code == 403
    assert task_of(api, "STTTT")["completed_at"] is None


def test_calendar_feed_lists_the_agencys_open_tasks(api, cli):
    url = cli("agencies", "calendar", "UBND-MT").stdout.strip()
    path = url.split("8000", 1)[1]
    response = api.request("GET", path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert events and all(str(event["summary"]).startswith("[2774/UBND-NC]") for event in events)
    assert all(event.get("uid") and event.get("dtstamp") and list(event.walk("VALARM")) for event in events)
    assert api.request("GET", path.replace("UBND-MT", "STTTT")).status_code == 403
