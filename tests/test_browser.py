"""The pages in a real headless Chromium (Debian's, driven by Playwright) against a running server: sign in
through the emailed link, mark a task done from an email link, see the board change, upload a bad directive
file and see the error. Every page is saved as a screenshot under artifacts/screens/."""

import json
import os
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright import sync_api

from tests.conftest import SEEDS, wait_for_mail

CHROMIUM = os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps dialling Google's hosts, which this network refuses.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"
PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}

if shutil.which(CHROMIUM) is None:
    if os.environ.get("TRACKER_REQUIRE_BROWSER"):  # CI installs it: a missing browser there is a failure
        raise RuntimeError(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)", allow_module_level=True)


@pytest.fixture(scope="module")
def chromium() -> Iterator["sync_api.Browser"]:
    """One headless Chromium for the module."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, smtp, api):
    """A new browser (own cookies) on the app: open_page(viewport) -> page."""
    contexts = []

    def open_(viewport: dict[str, int] = DESK) -> "sync_api.Page":
        context = chromium.new_context(base_url=str(api.http.base_url), viewport=viewport, locale="vi-VN")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


def screenshot(page: "sync_api.Page", name: str) -> None:
    """Keep what the page looked like (artifacts/screens/NAME.png), whole length."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def sign_in_with_browser(page: "sync_api.Page", smtp, email: str, shot: str | None = None) -> None:
    """Ask for a link, read it in the mail the test SMTP server received, open it and press the button."""
    before = len(smtp.messages())
    page.goto("/signin")
    if shot:
        screenshot(page, f"{shot}-1-signin")
    page.get_by_label("Thư điện tử").fill(email)
    page.get_by_role("button", name="Gửi đường dẫn đăng nhập").click()
    page.get_by_text("Kiểm tra hộp thư").wait_for()
    message = wait_for_mail(smtp, before + 1)[-1]
    assert message.to == email
    page.goto(re.search(r"http://[^/\s]+(/signin/\S+)", message.text).group(1))
    if shot:
        screenshot(page, f"{shot}-2-confirm")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r"/(inbox|board)$"))


@pytest.fixture
def people(cli, smtp, api):
    """A clerk of STTTT and the coordinator of CA-TG, registered as users."""
    assert cli("users", "add", "vanthu@stttt.tiengiang.example", "--agency", "STTTT").exit_code == 0
    assert cli("users", "add", "thuongtruc@congan.tiengiang.example", "--agency", "CA-TG",
               "--role", "coordinator").exit_code == 0


def test_clerk_signs_in_from_the_emailed_link_and_marks_a_task_done(open_page, people, smtp, api):
    page = open_page(PHONE)
    sign_in_with_browser(page, smtp, "vanthu@stttt.tiengiang.example", shot="clerk")
    assert page.get_by_role("heading", name=re.compile("Sở Thông tin và Truyền thông")).is_visible()
    screenshot(page, "clerk-3-inbox-phone")
    page.get_by_role("link", name=re.compile("Xây dựng kế hoạch chi tiết")).first.click()
    page.get_by_label("Nội dung báo cáo").fill("Đã ban hành Kế hoạch số 85/KH-STTTT")
    page.get_by_role("button", name="Xác nhận đã hoàn thành").click()
    page.get_by_text("Hoàn thành đúng hạn").first.wait_for()
    screenshot(page, "clerk-4-task-done")
    task = api.request("GET", "/api/v1/tasks", "STTTT", params={"directive": "2774/UBND-NC"}).json()[0]
    assert task["status"] == "done_on_time" and task["note"] == "Đã ban hành Kế hoạch số 85/KH-STTTT"


def test_task_marked_done_from_an_email_link_shows_on_the_board(open_page, people, smtp, api, cli):
    coordinator = open_page(DESK)
    sign_in_with_browser(coordinator, smtp, "thuongtruc@congan.tiengiang.example", shot="coordinator")
    assert "Đơn vị chậm trễ (0)" in coordinator.content()

    # The morning pass sends reminders with signed links. In a thread: Playwright's sync API keeps an event
    # loop running in this one, and sending mail starts its own.
    with ThreadPoolExecutor(1) as pool:
        tick = pool.submit(cli, "tick", "--now", "2021-06-09T08:00", "--json").result()
    assert tick.exit_code == 0 and json.loads(tick.stdout)["sent"] >= 1
    digest = next(m for m in smtp.messages() if m.to == "vanthu@stttt.tiengiang.example")
    link = re.search(r"http://[^/\s]+(/l/\S+)", digest.text).group(1)

    clerk = open_page(PHONE)  # not signed in: the link is the proof
    clerk.goto(link)
    screenshot(clerk, "link-1-opened")
    assert api.request("GET", "/api/v1/tasks", "STTTT").json()[0]["completed_at"] is None  # GET changed nothing
    clerk.get_by_label(re.compile("Nội dung báo cáo")).fill("Đã gửi kế hoạch qua email")
    clerk.get_by_role("button", name=re.compile("hoàn thành")).click()
    clerk.get_by_text("Đã ghi nhận").wait_for()
    screenshot(clerk, "link-2-done")

    api.clock.instant = api.clock.instant.replace(day=11)  # after the deadline: the others are late
    coordinator.goto("/board")
    row = coordinator.locator("tr", has_text="2774/UBND-NC")
    assert row.locator("td").nth(3).inner_text() == "1"  # done on time: STTTT's report
    assert "Đơn vị chậm trễ (0)" not in coordinator.content()
    screenshot(coordinator, "coordinator-3-board")
    coordinator.get_by_role("link", name="2774/UBND-NC").first.click()
    assert coordinator.locator("td.cell.done_on_time").count() >= 1
    screenshot(coordinator, "coordinator-4-directive-grid")
    coordinator.get_by_role("link", name="Thống kê").click()
    assert coordinator.locator("svg rect").count() >= 2
    screenshot(coordinator, "coordinator-5-statistics")
    coordinator.get_by_role("link", name="Hộp thư đi").click()
    coordinator.get_by_text("Đã gửi (", exact=False).first.wait_for()
    screenshot(coordinator, "coordinator-6-outbox")


def test_bad_directive_upload_shows_the_error_beside_its_line(open_page, people, smtp, api, tmp_path):
    page = open_page(DESK)
    sign_in_with_browser(page, smtp, "thuongtruc@congan.tiengiang.example")
    page.get_by_role("link", name="Đăng ký văn bản").click()
    bad = tmp_path / "ke-hoach-sai.toml"
    bad.write_text('number = "7/KH-BCD"\nkind = "ke-hoach"\ntitle = "Kiểm tra"\nissuer = "UBND-TG"\n'
                   'issued_on = "10/06/2021"\ncoordinator = "CA-TG"\n\n[[items]]\nref = "1"\n'
                   'title = "Báo cáo"\nlead = ["STTTT"]\ndue = "31/06/2021"\n', encoding="utf-8")
    page.get_by_label("Tệp văn bản (.toml)").set_input_files(str(bad))
    page.get_by_role("button", name="Đăng ký").click()
    alert = page.get_by_role("alert")
    assert "ke-hoach-sai.toml:12:" in alert.inner_text() and "31/06/2021" in alert.inner_text()
    assert page.locator("#line-12").is_visible()
    screenshot(page, "upload-error")
    assert api.request("GET", "/api/v1/directives", "admin").json()[0]["number"] == "2774/UBND-NC"
    assert len(api.request("GET", "/api/v1/directives", "admin").json()) == 1


def test_other_agencys_task_is_refused_in_the_browser(open_page, people, smtp, api):
    page = open_page(PHONE)
    sign_in_with_browser(page, smtp, "vanthu@stttt.tiengiang.example")
    other = api.request("GET", "/api/v1/tasks", "UBND-MT").json()[0]
    response = page.goto(f"/tasks/{other['id']}")
    assert response is not None and response.status == 403
    assert page.get_by_role("heading", name="Không có quyền").is_visible()
    screenshot(page, "refused-other-agency")


def test_coordinator_drafts_a_directive_from_its_text_and_registers_it(open_page, people, smtp, api):
    seed = next(SEEDS.glob("004_*.txt"))
    page = open_page(DESK)
    sign_in_with_browser(page, smtp, "thuongtruc@congan.tiengiang.example")
    page.get_by_role("link", name="Soạn từ văn bản").click()
    page.get_by_label("Nội dung văn bản").fill(seed.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Soạn tệp").click()
    assert page.locator(".source-text mark").count() >= 2
    screenshot(page, "draft-review")
    editor = page.get_by_label("Tệp văn bản chỉ đạo")
    editor.fill(editor.input_value().replace('number = "2774/UBND-NC"', 'number = "2774-bis/UBND-NC"'))
    page.get_by_role("button", name="Đăng ký", exact=True).click()
    page.wait_for_url(re.compile(r"/directives/2774-bis/UBND-NC$"))
    screenshot(page, "draft-registered")
