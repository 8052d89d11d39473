"""Reporting cycles as RRULEs: "định kỳ hằng quý ... trước ngày 20 tháng cuối quý", "Báo cáo tháng", weekly."""

from datetime import date

import pytest

from rules.ingest.found import Context, Found
from rules.ingest.normalize import clean, fold
from rules.ingest.schedules import find_schedules
from rules.schedules import Recurrence

ISSUED = date(2021, 6, 7)


def rules_of(sentence: str) -> list[str]:
    """The RRULEs a sentence sets (read, not assumed)."""
    return [found.schedule.rule for found in cycles(sentence) if not found.assumed]


def cycles(sentence: str) -> list[Found]:
    """Every recurrence of a sentence, assumed ones too."""
    text = clean(sentence)
    found = find_schedules(text, fold(text), 0, len(text), Context(ISSUED))
    return [item for item in found if isinstance(item.schedule, Recurrence)]


def test_quarterly_report_before_the_20th_of_the_last_month_of_the_quarter():
    assert rules_of("định kỳ hằng quý báo cáo trước ngày 20 tháng cuối quý") == ["FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=19"]


def test_a_list_of_periods_gives_one_rule_each():
    sentence = ("Định kỳ hằng tháng (trước ngày 20), quý (trước ngày 20 của tháng cuối quý), 6 tháng (trước ngày 15/6), "
                "năm (trước ngày 15/12) báo cáo kết quả")
    assert rules_of(sentence) == ["FREQ=MONTHLY;BYMONTHDAY=19", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=19",
                                  "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=14", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"]


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Báo cáo tháng gửi trước ngày 15 của tháng", "FREQ=MONTHLY;BYMONTHDAY=14"),
    ("Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=4"),
    ("báo cáo trước ngày 25 hằng tháng", "FREQ=MONTHLY;BYMONTHDAY=24"),
    ("Hằng tháng, gửi báo cáo kết quả trước ngày 01 của tháng sau", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("báo cáo tình hình vào thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=FR"),
    ("báo cáo kết quả hằng ngày trước 15 giờ", "FREQ=DAILY"),
])
def test_reports_named_by_their_period(sentence, rule):
    assert rules_of(sentence) == [rule]


def test_a_cycle_without_a_day_is_assumed_not_read():
    found = cycles("định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo tình hình")
    assert found and all(item.assumed and item.doubts for item in found)


def test_ngay_nam_sau_in_yearly_work_recurs_every_year():
    sentence = "Hồ sơ đề nghị khen thưởng hằng năm gửi về Ủy ban nhân dân tỉnh chậm nhất ngày 15/3 năm sau"
    assert rules_of(sentence) == ["FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"]


def test_a_report_of_one_year_is_not_a_cycle():
    assert cycles("gửi báo cáo năm 2021 về Sở Nội vụ trước ngày 15/12/2021") == []


@pytest.mark.parametrize("sentence", ["Trạm Thú y báo cáo Chi cục Thú y trước ngày 10 của tháng tiếp theo",
                                      "các đơn vị gửi báo cáo trước ngày 10 hằng tháng"])
def test_report_before_day_of_next_month_is_a_monthly_cycle(sentence):
    assert rules_of(sentence) == ["FREQ=MONTHLY;BYMONTHDAY=9"]


def test_half_year_report_of_a_standing_rule_recurs_every_year():
    assert rules_of("Báo cáo 06 (sáu) tháng đầu năm được thực hiện trước ngày 15 tháng 7") == [
        "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=14"]
    assert rules_of("Báo cáo 6 tháng đầu năm 2021 gửi trước ngày 15/7/2021") == []


def test_the_first_day_data_are_counted_from_is_not_a_reporting_day():
    found = cycles("Báo cáo tháng: Số liệu tổng hợp để báo cáo được tính từ ngày 01 đến ngày cuối cùng của tháng.")
    assert all(item.assumed for item in found)


def test_next_month_after_a_named_month_is_once_not_monthly():
    assert cycles("Tuyên truyền trong tháng 6/2021, báo cáo kết quả trước ngày 5 của tháng sau") == []


def test_the_day_figures_are_closed_is_not_the_day_to_report():
    assert rules_of("Về báo cáo tháng, thời gian chốt số liệu ngày 25 tháng báo cáo, gửi về Bảo hiểm xã hội Việt Nam "
                    "trước ngày 28 hàng tháng.") == ["FREQ=MONTHLY;BYMONTHDAY=27"]


def test_a_day_of_the_reported_month_read_across_the_words_for_the_report():
    assert rules_of("Chậm nhất ngày 06 của tháng cuối quý đối với báo cáo định kỳ hằng quý") == [
        "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=6"]
    assert rules_of("Chậm nhất ngày 15 của tháng báo cáo đối với báo cáo định kỳ hằng tháng") == [
        "FREQ=MONTHLY;BYMONTHDAY=15"]


def test_the_report_of_one_named_quarter_is_not_a_cycle():
    assert cycles("Báo cáo quý I trước ngày 15/3/2023.") == []


def test_a_yearly_day_written_without_ngay_and_the_reference_day_of_the_figures():
    assert rules_of("Kỳ báo cáo đầu năm học, thời điểm báo cáo là ngày 30/9; thời hạn gửi báo cáo là 30/10 hàng năm;") \
        == ["FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=30"]


def test_a_duty_kept_every_day_is_not_a_reporting_cycle():
    assert cycles("Mỗi chốt bố trí 3 tổ công tác làm nhiệm vụ 24/24 giờ hằng ngày (kể cả thứ bảy, chủ nhật).") == []
    assert rules_of("Hằng ngày báo cáo số lượng người từ vùng dịch vào tỉnh.") == ["FREQ=DAILY"]


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Báo cáo định kỳ trước ngày 25 tháng 6 và ngày 25 tháng 12 hằng năm.", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=24"),
    ("Định kỳ 06 tháng, 01 năm báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tài chính) trước ngày 15/6 và 15/12.",
     "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=14"),
])
def test_days_of_the_year_listed_after_the_cycles_give_one_rule(sentence, rule):
    assert rules_of(sentence) == [rule]


def test_trước_ngày_after_a_period_is_its_deadline_not_the_period_before():
    assert rules_of("Báo cáo 6 tháng đầu năm trước ngày 10/6 và báo cáo năm trước ngày 10/12 hằng năm.") == [
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=9", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=9"]


def test_a_cycle_said_twice_in_a_sentence_is_one_schedule():
    assert rules_of("Chế độ báo cáo: định kỳ hằng tháng, trước ngày 25 hằng tháng.") == ["FREQ=MONTHLY;BYMONTHDAY=24"]


def test_a_day_written_right_before_the_cycle_is_its_day():
    assert rules_of("Thời gian công dân đến đăng ký: trước ngày 15 hàng tháng, trong trường hợp công dân đến đăng ký "
                    "sau ngày 15 thì chuyển sang tháng kế tiếp.") == ["FREQ=MONTHLY;BYMONTHDAY=14"]


def test_cycles_sharing_one_day_of_the_period_are_one_schedule():
    sentence = "báo cáo hàng quý, 6 tháng và hàng năm, chậm nhất là ngày 20 của tháng cuối kỳ báo cáo"
    assert rules_of(sentence) == ["FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"]


@pytest.mark.parametrize(("sentence", "rule"), [
    ("tiếp công dân định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng", "FREQ=MONTHLY;BYDAY=2FR,4FR"),
    ("tiếp công dân vào thứ Năm tuần cuối hằng tháng", "FREQ=MONTHLY;BYDAY=-1TH"),
    ("tiếp công dân hằng tháng vào thứ Hai tuần đầu tiên", "FREQ=MONTHLY;BYDAY=1MO"),
])
def test_weekdays_of_given_weeks_of_each_month(sentence, rule):
    assert rules_of(sentence) == [rule]


def test_a_named_month_after_dinh_ky_is_not_a_cycle():
    assert rules_of("Chủ tịch UBND xã chủ trì buổi tiếp công dân định kỳ tháng 11/2025 vào ngày 11/11/2025") == []


def test_several_days_of_each_month_are_one_cycle():
    assert rules_of("Thời gian công dân đăng ký: Trước ngày 15 và 25 hàng tháng, trường hợp đăng ký sau ngày 25 trở "
                    "đi thì chuyển sang tháng kế tiếp.") == ["FREQ=MONTHLY;BYMONTHDAY=14,24"]


@pytest.mark.parametrize(("sentence", "rule"), [
    ("các khu phố tổ chức vệ sinh vào các thứ Bảy, Chủ nhật hàng tuần", "FREQ=WEEKLY;BYDAY=SA,SU"),
    ("Bộ phận một cửa làm việc từ thứ Hai đến thứ Sáu hằng tuần", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("Chủ nhật hằng tuần ra quân dọn vệ sinh", "FREQ=WEEKLY;BYDAY=SU"),
    ("tiếp công dân hằng tuần vào thứ Hai, thứ Tư", "FREQ=WEEKLY;BYDAY=MO,WE"),
])
def test_several_days_of_each_week_are_one_weekly_rule(sentence, rule):
    assert rules_of(sentence) == [rule]


def test_a_span_of_days_every_month_comes_back_each_day_of_it():
    assert rules_of("cơ quan bảo hiểm xã hội chi trả từ ngày 2 đến ngày 10 hằng tháng") == [
        "FREQ=MONTHLY;BYMONTHDAY=2,3,4,5,6,7,8,9,10"]


def test_mung_before_a_day_of_the_month_is_that_day():
    assert rules_of("chuyển tiền cho người hưởng vào ngày mùng 2 hằng tháng") == ["FREQ=MONTHLY;BYMONTHDAY=2"]


def test_a_cycle_stops_on_the_end_the_text_gives_it():
    found = cycles("các khu phố tiếp tục tổ chức vệ sinh vào các thứ Bảy, Chủ nhật hàng tuần trong suốt tháng 7")
    assert [(item.schedule.rule, item.schedule.until) for item in found] == [("FREQ=WEEKLY;BYDAY=SA,SU", date(2021, 7, 31))]


def test_weekdays_written_as_numbers_after_thu_are_one_weekly_rule():
    assert rules_of("Cán bộ về cơ sở vào các ngày thứ 3,5,6 hàng tuần") == ["FREQ=WEEKLY;BYDAY=TU,TH,FR"]


def test_a_monthly_cut_off_of_the_figures_is_not_the_day_to_report_by():
    assert rules_of("thực hiện báo cáo tình hình giải ngân đến ngày 20 hàng tháng theo từng dự án, thời gian báo cáo "
                    "trước ngày 22 hàng tháng") == ["FREQ=MONTHLY;BYMONTHDAY=21"]


def test_working_days_of_the_week_are_monday_to_friday_and_a_window_in_the_sentence_bounds_them():
    assert rules_of("Lãnh đạo Sở tiếp công dân thường xuyên vào các ngày làm việc trong tuần.") == [
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"]
    found = cycles("Từ ngày 14/6/2021 đến ngày 18/6/2021, tiếp công dân tất cả các ngày làm việc trong tuần.")
    assert [(item.schedule.rule, item.schedule.first, item.schedule.until) for item in found] == [
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", date(2021, 6, 14), date(2021, 6, 18))]


def test_a_report_due_in_the_january_after_the_year_it_reports_comes_every_year():
    assert rules_of("Gửi báo cáo chậm nhất là ngày 15 tháng 01 năm kế tiếp của năm báo cáo theo dấu bưu điện.") == [
        "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15"]
