"""Signing in through the emailed link, the inbox, the task page, marking done with CSRF, signing out."""

import time

import httpx

from tests.conftest import csrf_of


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
    csrf = csrf_of(clerk.get("/inbox").text)
    done = clerk.post(f"/tasks/{task['id']}/done", data={"note": "Đã gửi", "csrf": csrf})
    assert done.status_code == 303
    page = clerk.get(done.headers["location"])
    assert "Hoàn thành đúng hạn" in page.text and "Báo cáo hoàn thành — user:vanthu@stttt.tiengiang.example: Đã gửi" in page.text


def test_other_agencys_task_page_is_refused(clerk, api):
    other = api.request("GET", "/api/v1/tasks", "UBND-MT").json()[0]
    assert clerk.get(f"/tasks/{other['id']}").status_code == 403


def test_sign_out_ends_the_session(clerk):
    csrf = csrf_of(clerk.get("/inbox").text)
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


def test_board_shows_progress_and_the_late_agencies(coordinator, api):
    api.request("POST", f"/api/v1/tasks/{api.request('GET', '/api/v1/tasks', 'STTTT').json()[0]['id']}/done", "STTTT",
                json={"note": "xong"})
    api.clock.instant = api.clock.instant.replace(day=12)
    page = coordinator.get("/board")
    assert page.status_code == 200
    assert "2774/UBND-NC" in page.text
    assert "Đơn vị chậm trễ (2)" in page.text  # UBND-MT and UBND-CB missed 9/6; STTTT did not
    assert "UBND huyện Cái Bè" in page.text
    filtered = coordinator.get("/board", params={"agency": "UBND-MT", "status": "overdue"})
    assert "Xây dựng kế hoạch chi tiết" in filtered.text


def test_directive_grid_colours_each_agency_and_item(coordinator):
    page = coordinator.get("/directives/2774/UBND-NC")
    assert page.status_code == 200
    assert page.text.count('class="cell ') >= 4 and "Mục 1" in page.text and "Sở Thông tin và Truyền thông" in page.text


def test_statistics_page_draws_a_chart_and_exports_csv(coordinator, api):
    api.clock.instant = api.clock.instant.replace(day=20)
    page = coordinator.get("/statistics", params={"at": "12/6/2021"})
    assert page.status_code == 200 and "<svg" in page.text and "đến ngày 12/06/2021" in page.text
    exported = coordinator.get("/statistics.csv", params={"at": "12/6/2021"})
    assert exported.headers["content-type"].startswith("text/csv")
    lines = exported.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "agency,name,assigned,done_on_time,done_late,overdue,open,on_time_rate"
    assert any(line.startswith("UBND-MT,") for line in lines)


def test_agency_users_do_not_get_the_board(clerk):
    assert clerk.get("/board").status_code == 403


def test_statistics_sorts_by_overdue_and_pages_the_table(coordinator, api, monkeypatch):
    from tracker.web import board

    monkeypatch.setattr(board, "PAGE", 2)
    stttt = api.request("GET", "/api/v1/tasks", "STTTT").json()[0]["id"]
    api.request("POST", f"/api/v1/tasks/{stttt}/done", "STTTT", json={"note": "xong"})
    api.clock.instant = api.clock.instant.replace(day=12)
    first = coordinator.get("/statistics", params={"sort": "overdue"})
    assert "Trang 1/" in first.text and "Trang sau" in first.text
    table = first.text[first.text.index("<table>"):]
    assert "UBND" in table and "Sở Thông tin" not in table  # the districts missed 9/6: they come first
    second = coordinator.get("/statistics", params={"sort": "overdue", "page": 2})
    assert "Trang 2/" in second.text and "Trang trước" in second.text and "Sở Thông tin" in second.text


def test_directive_grid_shows_one_page_of_agencies(coordinator, monkeypatch):
    from tracker.web import board

    monkeypatch.setattr(board, "PAGE", 2)
    page = coordinator.get("/directives/2774/UBND-NC")
    assert page.text.count('<th class="agency">') == 2 and "Trang sau" in page.text


def test_board_names_only_the_most_late_agencies(coordinator, api, monkeypatch):
    from tracker.web import board

    monkeypatch.setattr(board, "LATE_SHOWN", 1)
    api.clock.instant = api.clock.instant.replace(day=12)
    page = coordinator.get("/board")
    assert "Đơn vị chậm trễ (3)" in page.text and "Xem cả 3 đơn vị" in page.text
