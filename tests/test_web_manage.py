"""Coordinator actions in pages (upload with inline errors, extend, return, cancel), the outbox page, the mail page."""

import re

import pytest
from sqlmodel import Session, select

from tests.conftest import csrf_of, wait_for_mail
from tracker.db import transaction
from tracker.models import Directive, OutboxMessage

NEW_DIRECTIVE = """number = "99/KH-BCD"
kind = "ke-hoach"
title = "Kiểm tra công tác phòng, chống mua bán người"
issuer = "UBND-TG"
issued_on = "10/06/2021"
coordinator = "CA-TG"

[[items]]
ref = "1"
title = "Báo cáo kết quả tự kiểm tra"
lead = ["STTTT"]
due = "30/06/2021"
"""


def directive_count(engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Directive)).all())


@pytest.fixture
def stttt_task(api) -> dict:
    """STTTT's task of item 1 (due 9/6/2021)."""
    return api.request("GET", "/api/v1/tasks", "STTTT", params={"directive": "2774/UBND-NC"}).json()[0]


def test_uploading_a_directive_file_registers_it(coordinator, api):
    csrf = csrf_of(coordinator.get("/directives/new").text)
    response = coordinator.post("/directives/new", data={"csrf": csrf},
                                files={"file": ("99-KH-BCD.toml", NEW_DIRECTIVE.encode(), "application/toml")})
    assert response.status_code == 303 and response.headers["location"] == "/directives/99/KH-BCD"
    assert "Báo cáo kết quả tự kiểm tra" in coordinator.get(response.headers["location"]).text
    assert api.request("GET", "/api/v1/tasks", "STTTT", params={"directive": "99/KH-BCD"}).json()


def test_bad_upload_shows_each_error_beside_its_line_and_writes_nothing(coordinator, api):
    before = directive_count(api.engine)
    bad = NEW_DIRECTIVE.replace('due = "30/06/2021"', 'due = "31/06/2021"').replace('"ke-hoach"', '"nghi-quyet"')
    csrf = csrf_of(coordinator.get("/directives/new").text)
    page = coordinator.post("/directives/new", data={"csrf": csrf},
                            files={"file": ("sai.toml", bad.encode(), "application/toml")})
    assert page.status_code == 422
    assert "sai.toml:2:" in page.text and "sai.toml:12:" in page.text  # both problems, with their lines
    assert 'id="line-2"' in page.text and 'id="line-12"' in page.text and "is not a real date" in page.text
    assert directive_count(api.engine) == before


def test_unknown_agency_in_an_upload_is_named(coordinator, api):
    csrf = csrf_of(coordinator.get("/directives/new").text)
    page = coordinator.post("/directives/new", data={"csrf": csrf, "text": NEW_DIRECTIVE.replace('"STTTT"', '"NOBODY"')})
    assert page.status_code == 422 and "NOBODY" in page.text and 'id="line-11"' in page.text


def test_pasted_text_with_broken_toml_names_the_line(coordinator):
    csrf = csrf_of(coordinator.get("/directives/new").text)
    page = coordinator.post("/directives/new", data={"csrf": csrf, "text": 'number = "1/KH"\ntitle = \n'})
    assert page.status_code == 422 and "văn bản dán vào:2:" in page.text


def test_upload_needs_the_csrf_token(coordinator):
    refused = coordinator.post("/directives/new", data={"csrf": "forged", "text": NEW_DIRECTIVE})
    assert refused.status_code == 403


def test_agency_users_cannot_upload(clerk):
    assert clerk.get("/directives/new").status_code == 403


def test_coordinator_extends_a_deadline_from_the_task_page(coordinator, stttt_task):
    page = coordinator.get(f"/tasks/{stttt_task['id']}")
    assert f'action="/tasks/{stttt_task["id"]}/extend"' in page.text
    moved = coordinator.post(f"/tasks/{stttt_task['id']}/extend",
                             data={"csrf": csrf_of(page.text), "to": "20/6/2021", "reason": "Chờ số liệu"})
    assert moved.status_code == 303
    after = coordinator.get(f"/tasks/{stttt_task['id']}").text
    assert "20/06/2021" in after and "Gia hạn từ 2021-06-09 đến 2021-06-20" in after and "Chờ số liệu" in after


def test_an_earlier_date_is_refused_on_the_page_and_nothing_changes(coordinator, stttt_task):
    page = coordinator.get(f"/tasks/{stttt_task['id']}")
    refused = coordinator.post(f"/tasks/{stttt_task['id']}/extend",
                               data={"csrf": csrf_of(page.text), "to": "1/6/2021", "reason": "nhầm"})
    assert refused.status_code == 422 and 'role="alert"' in refused.text
    assert "Gia hạn từ" not in coordinator.get(f"/tasks/{stttt_task['id']}").text


def test_coordinator_returns_a_report_and_cancels_a_task(coordinator, api, stttt_task):
    api.request("POST", f"/api/v1/tasks/{stttt_task['id']}/done", "STTTT", json={"note": "xong"})
    page = coordinator.get(f"/tasks/{stttt_task['id']}")
    assert "Trả lại báo cáo" in page.text
    returned = coordinator.post(f"/tasks/{stttt_task['id']}/return",
                                data={"csrf": csrf_of(page.text), "reason": "Thiếu số liệu"})
    assert returned.status_code == 303
    page = coordinator.get(f"/tasks/{stttt_task['id']}")
    assert "Trả lại báo cáo — user:thuongtruc@congan.tiengiang.example: Thiếu số liệu" in page.text
    cancelled = coordinator.post(f"/tasks/{stttt_task['id']}/cancel",
                                 data={"csrf": csrf_of(page.text), "reason": "Trùng nhiệm vụ"})
    assert cancelled.status_code == 303
    assert "Đã hủy" in coordinator.get(f"/tasks/{stttt_task['id']}").text


def test_agency_sees_no_coordinator_forms_and_cannot_post_them(clerk, stttt_task):
    page = clerk.get(f"/tasks/{stttt_task['id']}")
    assert "/extend" not in page.text and "/cancel" not in page.text
    refused = clerk.post(f"/tasks/{stttt_task['id']}/cancel", data={"csrf": csrf_of(page.text), "reason": "x"})
    assert refused.status_code == 403


def test_outbox_page_shows_the_servers_answer_and_retries(coordinator, api):
    with transaction(api.engine) as session:  # a digest the server refused for good
        message = OutboxMessage(message_key="test-550@tracker", recipients="vanthu@stttt.tiengiang.example",
                                subject="Nhắc việc", body_text="x", body_html="x", kinds="reminder", status="failed",
                                attempts=3, next_attempt_at=api.clock.now(), created_at=api.clock.now(),
                                last_error="550 5.1.1 mailbox unavailable")
        session.add(message)
        session.flush()
        message_id = message.id
    page = coordinator.get("/outbox", params={"status": "failed"})
    assert "550 5.1.1 mailbox unavailable" in page.text and "Lỗi (1)" in page.text
    retried = coordinator.post(f"/outbox/{message_id}/retry", data={"csrf": csrf_of(page.text)})
    assert retried.status_code == 303
    assert "Chờ gửi (1)" in coordinator.get("/outbox").text


def test_outbox_page_is_for_coordinators(clerk):
    assert clerk.get("/outbox").status_code == 403


def test_mail_page_is_absent_when_mail_goes_to_a_real_server(smtp, api):
    assert api.http.get("/mail").status_code == 404


def test_sign_in_through_the_mail_catcher_page(catcher_smtp, api, cli):
    import httpx

    assert cli("users", "add", "vanthu@stttt.tiengiang.example", "--agency", "STTTT").exit_code == 0
    browser = httpx.Client(base_url=str(api.http.base_url), timeout=10)
    answer = browser.post("/signin", data={"email": "vanthu@stttt.tiengiang.example"})
    assert 'href="/mail"' in answer.text  # the embedded default says where the email went
    wait_for_mail(catcher_smtp, 1)
    mail = browser.get("/mail", params={"to": "vanthu@stttt"})
    assert mail.status_code == 200
    link = re.search(r'<a href="http://[^/"]+(/signin/[^"]+)">', mail.text).group(1)  # base_url is [web]'s
    confirm = browser.get(link)
    assert "Đăng nhập với tài khoản" in confirm.text
    assert browser.post(link).status_code == 303
    assert "Nhiệm vụ của Sở Thông tin và Truyền thông" in browser.get("/inbox").text
