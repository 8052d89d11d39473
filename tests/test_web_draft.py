"""Drafting in the browser's forms: paste the text, see the draft beside the source, register it as corrected."""

import html
import re

from tests.conftest import SEEDS, csrf_of

SEED_2774 = next(SEEDS.glob("004_*.txt"))


def draft_of(coordinator, text: str, **fields: str):
    csrf = csrf_of(coordinator.get("/directives/draft").text)
    return coordinator.post("/directives/draft", data={"csrf": csrf, "text": text, **fields})


def toml_of(page: str) -> str:
    return html.unescape(re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def test_pasted_text_is_drafted_beside_its_source(coordinator):
    page = draft_of(coordinator, SEED_2774.read_text(encoding="utf-8"))
    assert page.status_code == 200
    drafted = toml_of(page.text)
    assert 'number = "2774/UBND-NC"' in drafted and "[[items]]" in drafted
    assert page.text.count("<mark ") >= 2  # the sentences that became items are marked in the source
    assert "KIỂM TRA" in page.text


def test_corrected_draft_registers_through_the_upload_form(coordinator, api):
    page = draft_of(coordinator, SEED_2774.read_text(encoding="utf-8"))
    corrected = toml_of(page.text).replace('number = "2774/UBND-NC"', 'number = "2774b/UBND-NC"')
    registered = coordinator.post("/directives/new", data={"csrf": csrf_of(page.text), "text": corrected})
    assert registered.status_code == 303, registered.text[-2000:]
    assert registered.headers["location"] == "/directives/2774b/UBND-NC"
    assert api.request("GET", "/api/v1/tasks", "coordinator", params={"directive": "2774b/UBND-NC"}).json()


def test_text_without_an_issue_date_is_drafted_with_the_date_to_check(coordinator, api):
    sentence = "Giao Sở Thông tin và Truyền thông chủ trì tuyên truyền, báo cáo trước ngày 10/6."
    drafted = toml_of(draft_of(coordinator, sentence).text)
    issued = next(line for line in drafted.splitlines() if line.startswith("issued_on"))
    assert "2021-06-09" in issued  # the clock's day: the test server's now
    assert "KIỂM TRA" in drafted.split("issued_on")[0].splitlines()[-1] + issued
    given = toml_of(draft_of(coordinator, sentence, issued_on="01/06/2021", issuer="UBND-TG").text)
    assert "issued_on = 2021-06-01" in given and "before = 2021-06-10" in given  # "trước ngày 10/6": last day 9/6


def test_unknown_issuer_code_is_refused_with_the_field(coordinator):
    page = draft_of(coordinator, "Giao Sở Thông tin và Truyền thông chủ trì, báo cáo trước ngày 10/6/2021.",
                    issuer="KHONGCO")
    assert page.status_code == 422 and "KHONGCO" in page.text


def test_agency_users_cannot_draft(clerk):
    assert clerk.get("/directives/draft").status_code == 403

