"""Dates and schedules read from sentences: day-first, years left out, deadlines, windows, days of the year."""

from datetime import date

import pytest

from rules.ingest.found import Context, Found
from rules.ingest.normalize import clean, fold
from rules.ingest.schedules import find_schedules
from rules.schedules import Annual, Deadline, Window

ISSUED = date(2021, 6, 7)


def read(sentence: str, issued_on: date = ISSUED, programme_end: date | None = None) -> list[Found]:
    """The schedules of one sentence, against an issue date."""
    text = clean(sentence)
    return find_schedules(text, fold(text), 0, len(text), Context(issued_on, programme_end))


def only(sentence: str, **context: date) -> Found:
    """The one schedule a sentence sets."""
    found = read(sentence, **context)
    assert len(found) == 1, found
    return found[0]


def test_truoc_ngay_means_the_day_before():
    found = only("gửi kế hoạch về Ban Chỉ đạo trước ngày 10/6/2021 để theo dõi")
    assert found.schedule == Deadline(date(2021, 6, 9)) and found.before


@pytest.mark.parametrize("sentence", ["chậm nhất ngày 10/6/2021", "đến hết ngày 10/6/2021", "hoàn thành trong ngày 10/6",
                                      "báo cáo chậm nhất vào 10 giờ ngày 10/6", "gửi trước 16 giờ 00 ngày 10/6/2021",
                                      "hạn chót là ngày 10 tháng 6 năm 2021"])
def test_last_day_included_forms_keep_the_day(sentence):
    assert only(sentence).schedule == Deadline(date(2021, 6, 10))


@pytest.mark.parametrize("written", ["10/6/2021", "10.6.2021", "10-6-2021", "10 tháng 6 năm 2021"])
def test_day_first_dates_with_any_separator_or_spelled_out(written):
    assert only(f"hoàn thành trước ngày {written}").schedule == Deadline(date(2021, 6, 9))


def test_year_left_out_takes_the_issue_year_or_the_next():
    assert only("chậm nhất ngày 30/9").schedule == Deadline(date(2021, 9, 30))
    late = only("chậm nhất ngày 15/3")
    assert late.schedule == Deadline(date(2022, 3, 15)) and late.doubts  # 15/3/2021 is before the issue date


def test_trong_thang_and_trong_quy_end_on_the_last_day_of_the_period():
    assert only("hoàn thành trong tháng 6/2021").schedule == Deadline(date(2021, 6, 30))
    assert only("hoàn thành trong quý III/2021").schedule == Deadline(date(2021, 9, 30))
    assert only("Thời gian thực hiện: Quý IV năm 2021").schedule == Deadline(date(2021, 12, 31))


def test_tu_ngay_den_het_is_a_window_and_its_start_takes_the_end_year():
    assert only("Triển khai đợt cao điểm từ ngày 1.7 đến hết 30.9.").schedule == Window(date(2021, 7, 1), date(2021, 9, 30))
    assert only("từ ngày 15 đến ngày 30/6/2021").schedule == Window(date(2021, 6, 15), date(2021, 6, 30))
    assert only("Thời gian: từ tháng 7 đến tháng 9/2021").schedule == Window(date(2021, 7, 1), date(2021, 9, 30))


def test_dates_of_cited_documents_are_not_schedules():
    assert read("Căn cứ Kế hoạch số 132/KH-UBND ngày 26/5/2021 của UBND tỉnh, xây dựng kế hoạch chi tiết") == []
    assert read("tập trung vào năm 2021, định hướng đến năm 2030; mục 2.3 của Kế hoạch") == []


def test_named_day_of_a_one_year_plan_is_this_years_deadline():
    found = only('Tổ chức các hoạt động hưởng ứng "Ngày toàn dân phòng, chống mua bán người - 30/7" năm 2020',
                 issued_on=date(2020, 7, 3))
    assert found.schedule == Deadline(date(2020, 7, 30)) and found.named


def test_named_day_of_a_multi_year_programme_is_annual():
    found = only('Tổ chức Lễ mít tinh "Ngày toàn dân phòng, chống mua bán người - 30/7"', programme_end=date(2025, 12, 31))
    assert found.schedule == Annual(7, 30, first=ISSUED, until=date(2025, 12, 31))


def test_a_day_every_year_is_annual():
    assert only("được tổ chức vào ngày 21 tháng 4 hằng năm").schedule == Annual(4, 21, first=ISSUED)
