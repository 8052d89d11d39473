"""Signing in through the emailed link, the inbox, the task page, marking done with CSRF, signing out."""

import re
import time

import httpx
import pytest


def wait_for_mail(smtp, count: int) -> list:
    """The messages received once there are at least `count` (the sign-in email is sent after the response)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(smtp.messages()) < count:
        time.sleep(0.05)
    return smtp.messages()


def sign_in(api, smtp, email: str) -> httpx.Client:
    """A browser signed in as `email` through the link the mail server received."""
    browser = httpx.Client(base_url=str(api.http.base_url), timeout=10)
    before = len(smtp.messages())
    assert "Kiểm tra hộp thư" in browser.post("/signin", data={"email": email}).text
    message = wait_for_mail(smtp, before + 1)[-1]
    assert message.to == email
    path = re.search(r"http://[^/\s]+(/signin/\S+)", message.text).group(1)
    assert "Đăng nhập với tài khoản" in browser.get(path).text  # opening the link signs nobody in...
    assert browser.cookies.get("tracker_session") is None
    response = browser.post(path)  # ...pressing the button does
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert browser.post(path).status_code == 410  # one time only
    return browser


@pytest.fixture
def clerk(smtp, api, cli):
    """STTTT's clerk, signed in."""
    assert cli("users", "add", "vanthu@stttt.tiengiang.example", "--agency", "STTTT").exit_code == 0
    return sign_in(api, smtp, "vanthu@stttt.tiengiang.example")


def test_inbox_lists_the_agencys_tasks_due_soon_first(clerk):
    page = clerk.get("/inbox")
    assert page.status_code == 200
    assert "Nhiệm vụ của Sở Thông tin và Truyền thông" in page.text
    assert page.text.index("Sắp đến hạn (1)") < page.text.index("Đang thực hiện")
    assert "Xây dựng kế hoạch chi tiết" in page.text


def test_mark_done_from_the_inbox_needs_the_csrf_token(clerk, api):
    task = api.request("GET", "/api/v1/tasks", "STTTT", params={"status": "due_soon"}).json()[0]
    refused = clerk.post(f"/tasks/{task['id']}/done", data={"note": "x", "csrf": "forged"})
    assert refused.status_code == 403
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', clerk.get("/inbox").text).group(1)
    done = clerk.post(f"/tasks/{task['id']}/done", data={"note": "Đã gửi", "csrf": csrf})
    assert done.status_code == 303
    page = clerk.get(done.headers["location"])
    assert "Hoàn thành đúng hạn" in page.text and "task.done" in page.text


def test_other_agencys_task_page_is_refused(clerk, api):
    other = api.request("GET", "/api/v1/tasks", "UBND-MT").json()[0]
    assert clerk.get(f"/tasks/{other['id']}").status_code == 403


def test_sign_out_ends_the_session(clerk):
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', clerk.get("/inbox").text).group(1)
    assert clerk.post("/signout", data={"csrf": csrf}).status_code == 303
    assert clerk.get("/inbox").status_code == 303


def test_unknown_address_gets_the_same_answer_and_no_mail(smtp, api):
    browser = httpx.Client(base_url=str(api.http.base_url), timeout=10)
    assert "Kiểm tra hộp thư" in browser.post("/signin", data={"email": "ai@do.example"}).text
    time.sleep(0.3)
    assert smtp.messages() == []


def test_pages_need_sign_in(api):
    assert api.http.get("/inbox").status_code == 303
    assert api.http.get("/tasks/1").headers["location"] == "/signin"
