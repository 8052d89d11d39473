"""Dates and schedules read from sentences: day-first, years left out, deadlines, windows, days of the year."""

from datetime import date

import pytest

from rules.ingest.dates import find_dates
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



def test_a_day_without_its_year_just_before_the_issue_is_over_not_next_year():
    assert read("Vòng sơ khảo: Từ ngày 3/9 - 20/10, tại các huyện.", issued_on=date(2019, 10, 28)) == []
    assert only("báo cáo trước ngày 15/1", issued_on=date(2019, 12, 20)).schedule == Deadline(date(2020, 1, 14))



def test_a_range_of_months_may_leave_out_the_second_thang():
    assert only("Cuộc thi: Thời gian từ tháng 8 – 12/2021.").schedule == Window(date(2021, 8, 1), date(2021, 12, 31))


def test_the_time_an_event_is_held_said_as_a_sentence_is_its_day():
    assert only("Thời gian tổ chức Lễ Khai mạc là 20 giờ, ngày 6/12/2021.").schedule == Window(date(2021, 12, 6),
                                                                                             date(2021, 12, 6))


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


@pytest.mark.parametrize("sentence", ["báo cáo chậm nhất 10h00' ngày 10/6/2021", "gửi về Sở trước 14h00 ngày 10/6/2021",
                                      "nộp trước 14:00 ngày 10/6/2021"])
def test_a_time_of_day_before_the_date_keeps_the_day(sentence):
    assert only(sentence).schedule == Deadline(date(2021, 6, 10))


def test_two_days_in_a_row_are_a_window():
    assert only("treo cờ rủ trong hai ngày tang lễ, ngày 6 và 7/10").schedule == Window(date(2021, 10, 6),
                                                                                        date(2021, 10, 7))
    assert [found.schedule for found in read("họp vào ngày 6 và 20/10")] != [Window(date(2021, 10, 6), date(2021, 10, 20))]


@pytest.mark.parametrize("sentence", ["chỉ treo cờ đến 2/3 chiều cao của cột cờ", "phấn đấu đạt 2/3 số xã",
                                      "dải băng tang rộng bằng 1/10 chiều rộng lá cờ", "giảm khoảng 1/3 diện tích"])
def test_fractions_written_like_dates_are_not_dates(sentence):
    assert read(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Số liệu tổng hợp để báo cáo được tính từ ngày 01/01 đến ngày 30/6",
    "báo cáo kết quả thực hiện công tác phòng, chống dịch của đơn vị từ ngày 30/01/2021 đến ngày 24/4/2021",
])
def test_the_period_a_report_covers_is_not_a_window(sentence):
    assert read(sentence) == []


@pytest.mark.parametrize("sentence", ["hoàn thành không quá 30/6", "gửi báo cáo không muộn hơn 30/6"])
def test_deadlines_after_words_of_limit_are_not_fractions(sentence):
    assert only(sentence).schedule == Deadline(date(2021, 6, 30))


def test_the_day_figures_are_counted_to_is_not_a_deadline():
    assert [found.schedule for found in read("Số liệu báo cáo tính đến hết ngày 30/6/2021; gửi về Sở trước ngày 5/7/2021")] \
        == [Deadline(date(2021, 7, 4))]


def test_lunar_dates_are_not_days_of_the_civil_calendar():
    found = read("phát động Tết trồng cây từ ngày 27.1- 24.2 (từ ngày 6 tháng giêng đến 5.2 năm Quý Mão)",
                 issued_on=date(2023, 1, 27))
    assert [item.schedule for item in found] == [Window(date(2023, 1, 27), date(2023, 2, 24))]
    assert read("Lễ hội tổ chức vào ngày 10/3 âm lịch") == []


def test_a_span_of_history_is_not_a_window():
    found = read("kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2018)", issued_on=date(2018, 5, 10))
    assert found == []


@pytest.mark.parametrize(("sentence", "due"), [
    ("Thời gian hoàn thành: năm 2023.", date(2023, 12, 31)),
    ("Hạn cuối nộp hồ sơ: ngày 20/4/2023.", date(2023, 4, 20)),
    ("Thời gian tổ chức: dự kiến tháng 9/2023.", date(2023, 9, 30)),
])
def test_time_fields_set_deadlines(sentence, due):
    assert only(sentence, issued_on=date(2023, 3, 10)).schedule == Deadline(due)


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Lễ khánh thành Bến cảng sẽ chính thức diễn ra vào ngày 20/4/2019.", date(2019, 4, 20), date(2019, 4, 20)),
    ("Thi tuyển sinh vào lớp 10 vào các ngày 4,5 và 6/7/2020.", date(2020, 7, 4), date(2020, 7, 6)),
    ("Học sinh mầm non tập trung (tựu trường) ngày 29/8/2022.", date(2022, 8, 29), date(2022, 8, 29)),
    ("Ngày 5/9/2022 khai giảng năm học mới.", date(2022, 9, 5), date(2022, 9, 5)),
])
def test_an_event_held_on_a_day_is_a_window_of_that_day(sentence, first, last):
    assert only(sentence, issued_on=first.replace(day=1)).schedule == Window(first, last)


@pytest.mark.parametrize("sentence", [
    "Bậc học mầm non kết thúc năm học vào ngày 19/5/2023.",
    "Các đơn vị gửi báo cáo vào ngày 19/5/2023.",
])
def test_work_finished_or_sent_on_a_day_is_a_deadline(sentence):
    assert only(sentence).schedule == Deadline(date(2023, 5, 19))


def test_a_date_that_was_replaced_and_a_news_date_set_nothing():
    assert [f.schedule for f in read("khen thưởng điều chỉnh thành trước ngày 31/7 (thay cho mốc thời gian 25/6 "
                                     "trước đây)")] == [Deadline(date(2021, 7, 30))]
    assert read("Ngày 3/7/2021, UBND tỉnh ban hành Kế hoạch.") == []


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Học kỳ I bắt đầu từ ngày 6/9/2024 và kết thúc vào 15/1/2025.", date(2024, 9, 6), date(2025, 1, 15)),
    ("Bắt đầu từ ngày 16/1/2025, kết thúc vào 24/5.", date(2025, 1, 16), date(2025, 5, 24)),
    ("Ngày nghỉ giữa học kỳ 1 là từ 22 đến 26/11/2021.", date(2021, 11, 22), date(2021, 11, 26)),
])
def test_a_term_from_its_first_day_to_kết_thúc_is_a_window(sentence, first, last):
    assert only(sentence).schedule == Window(first, last)


@pytest.mark.parametrize(("sentence", "day"), [
    ("Theo đó, ngày Khai giảng năm học là 5/9/2022.", date(2022, 9, 5)),
    ("Ngày tựu trường của giáo dục mầm non, giáo dục phổ thông trên địa bàn tỉnh là ngày 9/9/2021.", date(2021, 9, 9)),
])
def test_a_day_named_then_given_with_la_is_a_window_of_that_day(sentence, day):
    assert only(sentence).schedule == Window(day, day)


def test_a_day_named_for_finishing_work_with_la_is_a_deadline():
    assert only("Ngày hết hạn nộp hồ sơ là 30/10/2021.").schedule == Deadline(date(2021, 10, 30))


def test_a_date_inside_a_condition_sets_no_schedule():
    assert read("Trường hợp đặc biệt cần khai giảng trước ngày 5/9, giao Giám đốc Sở quyết định thời gian.") == []


def test_the_time_news_counts_up_to_is_not_a_deadline():
    assert read("Tính đến chiều 15/7, tỉnh có 35 ca mắc Covid-19 trong cộng đồng.") == []


def test_a_civil_date_in_brackets_after_a_lunar_one_takes_its_cue():
    found = only("Yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ vào mùng 2 Tết Mậu Tý (8-2) để tổng hợp.",
                 issued_on=date(2008, 1, 30))
    assert found.schedule == Deadline(date(2008, 2, 8))


def test_hours_may_stand_before_both_days_of_a_window():
    found = only("Thời gian diễn ra từ 08h00 ngày 10/3/2021 đến 17h00 ngày 12/3/2021.", issued_on=date(2021, 3, 1))
    assert found.schedule == Window(date(2021, 3, 10), date(2021, 3, 12))


def test_from_now_to_the_end_of_a_year_opens_on_the_issue_date():
    assert only("Triển khai từ nay đến cuối năm 2021.").schedule == Window(ISSUED, date(2021, 12, 31))


def test_the_end_of_a_month_is_its_last_day():
    assert only("Tổ chức tổng kết vào cuối tháng 6/2021.").schedule == Deadline(date(2021, 6, 30))


def test_the_day_an_event_is_held_given_as_a_field_is_a_window():
    assert only("Thời gian tổ chức: Ngày 15/6/2021 (thứ Ba).").schedule == Window(date(2021, 6, 15), date(2021, 6, 15))


def test_the_days_a_reports_figures_span_set_no_deadline():
    assert read("Báo cáo Quý I: Thời gian chốt số liệu tính từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 "
                "tháng 3 thuộc kỳ báo cáo.") == []


def test_a_count_up_to_the_items_own_date_is_not_a_deadline():
    assert read("Đến 9h ngày 26/9, toàn thành phố có 497 tàu cá đang hoạt động trên biển.", date(2025, 9, 26)) == []
    later = read("Đến ngày 30/9, các sở phải hoàn thành báo cáo.", date(2025, 9, 26))
    assert [found.schedule for found in later] == [Deadline(date(2025, 9, 30))]


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("Từ 16-30/9/2021, tỉnh áp dụng các biện pháp phòng chống dịch.", date(2021, 9, 16), date(2021, 9, 30)),
    ("áp dụng biện pháp giãn cách xã hội từ 16-21/9", date(2021, 9, 16), date(2021, 9, 21)),
])
def test_two_days_of_one_month_joined_by_a_dash_are_a_window(sentence, start, end):
    assert [found.schedule for found in read(sentence, date(2021, 9, 15))] == [Window(start, end)]


def test_an_events_time_field_from_an_hour_on_a_day_is_that_days_window():
    found = only("- Thời gian: Từ 19h00 ngày 01/12/2018", issued_on=date(2018, 10, 15))
    assert found.schedule == Window(date(2018, 12, 1), date(2018, 12, 1))


def test_a_bare_time_field_with_an_hour_is_the_days_window():
    assert only("Thời gian: 7h00 ngày 02/8/2025 (Thứ 7)").schedule == Window(date(2025, 8, 2), date(2025, 8, 2))


def test_cung_ngay_is_the_day_named_before_it():
    text = "từ 7 giờ ngày 28-11, tàu thuyền phải ngừng di chuyển. phải vào nơi neo đậu trước 18 giờ cùng ngày."
    refs = find_dates(text)
    assert [(ref.day, ref.month) for ref in refs] == [(28, 11), (28, 11)] and text[refs[1].start:refs[1].end] == "cùng ngày"


def test_a_term_over_before_the_texts_date_is_an_earlier_letters_not_a_schedule():
    assert read("Bộ Y tế đã có Công văn số 949/BYT-KH-TC, thời hạn gửi về Bộ Y tế trước ngày 23 tháng 02 năm 2021.",
                issued_on=date(2021, 5, 30)) == []


def test_a_count_up_to_the_day_before_the_item_is_no_deadline_even_without_its_year():
    assert read("Đến ngày 4.1, Sở Kế hoạch và Đầu tư vẫn chưa nhận được báo cáo.", issued_on=date(2018, 1, 5)) == []


def test_what_a_condition_clause_sets_holds_only_if_so_and_is_no_schedule():
    assert read("Trường hợp có khó khăn, vướng mắc vượt quá thẩm quyền, phải báo cáo chậm nhất trong ngày 3/1/2026.",
                issued_on=date(2025, 12, 20)) == []


@pytest.mark.parametrize(("sentence", "issued_on", "day"), [
    ("Các xã phát động tổng vệ sinh đường làng ngõ xóm vào ngày Chủ Nhật 21/9/2025.", date(2025, 9, 20),
     date(2025, 9, 21)),
    ("Ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ 2 ngày 17 tháng 10 năm 2016.",
     date(2016, 10, 5), date(2016, 10, 17)),
    ("Theo đó, ngày 23/4/2025 các thôn trên địa bàn xã sẽ triển khai lấy ý kiến cử tri.", date(2025, 4, 20),
     date(2025, 4, 23)),
])
def test_what_takes_place_on_a_day_named_with_its_weekday_moved_to_it_or_announced_for_it_is_that_days_window(
        sentence, issued_on, day):
    assert [found.schedule for found in read(sentence, issued_on=issued_on)][-1:] == [Window(day, day)]


def test_news_dated_in_an_opening_is_no_term():
    assert read("Trong tháng 3/2021, UBND tỉnh Lào Cai đã ban hành quyết định công nhận thêm 4 xã.",
                issued_on=date(2021, 3, 31)) == []


def test_the_day_a_deadline_leads_up_to_is_no_second_deadline():
    found = read("Chúng ta sẽ hoàn thành việc sắp xếp trước ngày 30/6 để đến ngày 1/7, các đơn vị hành chính cấp xã "
                 "được vận hành theo tổ chức mới.", issued_on=date(2025, 4, 10))
    assert [item.schedule for item in found] == [Deadline(date(2025, 6, 29))]


def test_a_span_opening_news_of_work_done_in_it_is_no_window_and_an_hour_may_say_morning():
    assert read("Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ; 585 nhiệm vụ đã hoàn thành.",
                issued_on=date(2020, 7, 10)) == []
    found = only("UBND cấp xã hoàn thành ngay sau khi đi vào hoạt động (trước 7h00 sáng ngày 01/7/2025).",
                 issued_on=date(2025, 6, 20))
    assert found.schedule == Deadline(date(2025, 7, 1))


def test_a_list_of_days_spelled_with_thang_is_one_stretch():
    assert only("tổ chức 3 buổi thi trong các ngày 27, 28, 29 tháng 12/2021.").schedule == Window(date(2021, 12, 27),
                                                                                               date(2021, 12, 29))


def test_a_ceremony_starting_at_an_hour_is_held_that_day_but_a_measure_from_an_hour_is_no_schedule():
    assert only("Đặc biệt, từ 23 giờ 15 ngày 4.2.2022 (tức ngày 14.1 Tháng Giêng), Ban tổ chức sẽ thực hiện nghi lễ "
                "khai ấn.").schedule == Window(date(2022, 2, 4), date(2022, 2, 4))
    assert read("kể từ 18h ngày 29/6/2021, tạm thời đóng cửa các điểm du lịch; dừng các lễ hội.") == []


def test_two_days_in_a_row_written_with_a_comma_are_one_stretch():
    found = read("khám sức khỏe trong hai ngày: 18, 19/10/2021 tại trạm y tế; đợt 2 vào ngày 25, 26/10/2021.")
    assert [item.schedule for item in found] == [Window(date(2021, 10, 18), date(2021, 10, 19)),
                                                Window(date(2021, 10, 25), date(2021, 10, 26))]


def test_days_counted_from_a_day_make_a_window_that_includes_it():
    assert only("Các phường tiếp tục thực hiện Chỉ thị 16 thêm 7 ngày, tính từ 0 giờ ngày 8.10.",
                issued_on=date(2021, 10, 7)).schedule == Window(date(2021, 10, 8), date(2021, 10, 14))


def test_a_count_of_the_day_is_news_and_a_one_day_session_is_held_on_its_day():
    assert read("Trong ngày 7.10, toàn tỉnh có thêm 24 ca nhiễm mới.", issued_on=date(2021, 10, 7)) == []
    assert only("Kỳ họp thứ 5 dự kiến diễn ra trong 1 ngày, ngày 20/12/2021.").schedule == Window(date(2021, 12, 20),
                                                                                                date(2021, 12, 20))


@pytest.mark.parametrize(("sentence", "schedule"), [
    ("Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2021.",
     Window(date(2021, 6, 26), date(2021, 6, 26))),
    ("Ngày 17/9/2021, huyện Cần Giuộc, tỉnh Long An tiến hành bầu cử trưởng ấp.", Window(date(2021, 9, 17), date(2021, 9, 17))),
    ("Đồng loạt ra quân vào sáng ngày 24/8/2021 (Chủ nhật).", Window(date(2021, 8, 24), date(2021, 8, 24))),
    ("Quy hoạch chung xã, thời gian thực hiện trong năm 2021 - 2022.", Deadline(date(2022, 12, 31))),
    ("THỨ HAI, NGÀY 27/6", Window(date(2021, 6, 27), date(2021, 6, 27))),
])
def test_sessions_elections_and_clean_up_days_held_on_a_day_and_work_over_a_span_of_years(sentence, schedule):
    assert only(sentence).schedule == schedule


def test_an_opening_at_an_hour_and_a_year_named_as_the_time_to_finish():
    assert only("Lễ khai mạc lúc 20h ngày 16/6 tại sân vận động.").schedule == Window(date(2021, 6, 16), date(2021, 6, 16))
    assert only("4. Thời gian hoàn thiện đề án: Năm 2021").schedule == Deadline(date(2021, 12, 31))


def test_a_programmes_events_dated_in_brackets_are_held_on_their_days():
    found = read("các nội dung: chương trình khai mạc (ngày 13-11); giải đua ghe ngo (diễn ra 2 ngày, 14 và 15-11); lễ cúng "
                 "trăng (ngày 14-11); hội thi thả đèn.", issued_on=date(2021, 9, 1))
    assert [item.schedule for item in found] == [Window(date(2021, 11, 13), date(2021, 11, 13)),
                                                Window(date(2021, 11, 14), date(2021, 11, 15)),
                                                Window(date(2021, 11, 14), date(2021, 11, 14))]


@pytest.mark.parametrize(("sentence", "schedule"), [
    ("Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2021.", Deadline(date(2021, 9, 30))),
    ("Yêu cầu hoàn thành trước ngày20-12-2021.", Deadline(date(2021, 12, 19))),
    ("Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ Bảy, ngày 28 tháng 8 năm 2021, tắt đèn.",
     Window(date(2021, 8, 28), date(2021, 8, 28))),
    ("Đại hội dự kiến tổ chức 02 ngày (23-24 tháng 8 năm 2021), tại Hội trường.", Window(date(2021, 8, 23), date(2021, 8, 24))),
    ("Ngày bầu cử đại biểu Quốc hội khóa XV dự kiến là ngày chủ nhật, ngày 23-5-2021.",
     Window(date(2021, 5, 23), date(2021, 5, 23))),
])
def test_a_last_day_said_as_a_sentence_glued_days_hours_of_one_day_spelled_ranges_and_a_day_after_its_weekday(sentence,
                                                                                                              schedule):
    assert only(sentence, issued_on=date(2021, 3, 1)).schedule == schedule


def test_the_next_rounds_of_work_due_share_its_limit_and_lunar_ranges_and_reported_periods_set_nothing():
    found = read("Lần thứ nhất phải hoàn thành chậm nhất vào ngày 17-2, lần thứ hai là ngày 19-3 và lần thứ ba là ngày 18-4.",
                 issued_on=date(2021, 1, 10))
    assert [item.schedule for item in found] == [Deadline(date(2021, 2, 17)), Deadline(date(2021, 3, 19)),
                                                Deadline(date(2021, 4, 18))]
    lunar = read("Lễ hội từ ngày 1- 6.2.2023 (tức ngày 11 - 16.1 tháng Giêng năm Quý Mão 2023).", issued_on=date(2022, 12, 13))
    assert [item.schedule for item in lunar] == [Window(date(2023, 2, 1), date(2023, 2, 6))]
    assert read("Kỳ hạn báo cáo là 01 năm, tính từ ngày 01 tháng 01 đến ngày 31 tháng 12 của năm báo cáo.",
                issued_on=date(2021, 10, 1)) == []


def test_a_storms_forecast_day_a_visit_before_the_asking_and_figures_through_a_month_set_nothing():
    assert read("Cơn bão số 12 đang hoạt động trên Biển Đông, có khả năng ảnh hưởng trực tiếp đến Quảng Ngãi (dự kiến vào ngày "
                "23/10).", issued_on=date(2025, 10, 21)) == []
    assert read("Yêu cầu này nêu ra tại cuộc họp, sau khi ông Út có chuyến khảo sát thực địa vào ngày 9/7.",
                issued_on=date(2025, 7, 9)) == []
    assert read("Đề nghị UBND cấp tỉnh báo cáo tình hình giải ngân các dự án đến hết tháng 4/2018, dự kiến đến hết tháng "
                "6/2018.", issued_on=date(2018, 5, 1)) == []
    assert only("Tình hình thực hiện dự án rất chậm, yêu cầu hoàn thành đến hết tháng 6/2018.",
                issued_on=date(2018, 5, 1)).schedule == Deadline(date(2018, 6, 30))


def test_a_range_whose_first_day_gives_its_weekday_in_brackets_is_one_window():
    assert only("Không gian đi bộ sẽ từ 19h ngày 4/5 (thứ 7) đến hết 24h ngày 5/5 (chủ nhật).",
                issued_on=date(2024, 4, 25)).schedule == Window(date(2024, 5, 4), date(2024, 5, 5))


@pytest.mark.parametrize(("sentence", "schedule"), [
    ("Yêu cầu chủ đầu tư tự tháo dỡ trong vòng 10 ngày, từ ngày 13/9.", Deadline(date(2021, 9, 22))),
    ("Thực hiện cách ly toàn xã hội trong vòng 15 ngày kể từ 00 giờ ngày 01/4/2021.",
     Window(date(2021, 4, 1), date(2021, 4, 15))),
    ("Đề nghị đơn vị tổ chức tháo dỡ sân khấu trước trưa ngày 26/9.", Deadline(date(2021, 9, 26))),
])
def test_work_due_within_days_counted_a_state_lasting_them_and_before_a_part_of_a_day(sentence, schedule):
    assert only(sentence, issued_on=date(2021, 3, 25)).schedule == schedule


def test_a_named_day_greeted_as_the_occasion_of_an_event_is_not_a_term():
    found = read("Chào mừng kỷ niệm ngày giải phóng miền Nam, Ngày Quốc tế lao động 01/5, sáng ngày 25/4/2022, xã Xuân Dương "
                 "tổ chức ra quân tổng vệ sinh.", issued_on=date(2022, 4, 25))
    assert not [item for item in found if isinstance(item.schedule, Deadline)]
