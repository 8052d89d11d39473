"""Work items read from a text: one per sentence or paragraph that gives work, titled by its verb phrase."""

from datetime import date

from rules.ingest.reading import read_text
from rules.schedules import Deadline, Window

PLAN = """III. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
- Chủ trì, phối hợp với Sở Y tế tổ chức tập huấn cho cán bộ cấp xã; hoàn thành trước ngày 30/9/2022.
2. Tổ chức hội nghị quán triệt Đề án.
Cơ quan chủ trì: Sở Tư pháp.
Cơ quan phối hợp: Thanh tra tỉnh.
Thời gian thực hiện: Tháng 8/2022.
"""


def test_a_heading_naming_an_agency_gives_it_the_work_below():
    item = read_text(PLAN, issued_on=date(2022, 5, 12)).items[0]
    assert [m.name for m in item.lead] == ["Sở Lao động - Thương binh và Xã hội"] and item.inherited
    assert [m.name for m in item.cooperating] == ["Sở Y tế"]
    assert item.title == "Tổ chức tập huấn cho cán bộ cấp xã"
    assert item.schedule is not None and item.schedule.schedule == Deadline(date(2022, 9, 29))


def test_field_lines_complete_the_item_above():
    item = read_text(PLAN, issued_on=date(2022, 5, 12)).items[1]
    assert item.title == "Tổ chức hội nghị quán triệt Đề án"
    assert [m.name for m in item.lead] == ["Sở Tư pháp"] and not item.inherited
    assert [m.name for m in item.cooperating] == ["Thanh tra tỉnh"]
    assert item.schedule is not None and item.schedule.schedule == Deadline(date(2022, 8, 31))


def test_one_item_per_date_when_a_sentence_sets_several():
    text = ("Các sở giáo dục và đào tạo nhập dữ liệu đăng ký dự thi trước 17 giờ 00 ngày 05/5/2025; gửi danh sách cán bộ "
            "làm thi về Bộ trước ngày 20/5/2025. Kỳ thi diễn ra trong 2 ngày 26 và 27/6/2025.")
    items = read_text(text, issued_on=date(2025, 3, 10)).items
    assert [item.schedule.schedule for item in items if item.schedule] == [
        Deadline(date(2025, 5, 5)), Deadline(date(2025, 5, 19)), Window(date(2025, 6, 26), date(2025, 6, 27))]
    assert items[1].title == "Gửi danh sách cán bộ làm thi về Bộ"


def test_a_report_of_past_work_gives_no_item():
    text = ("Trong 6 tháng đầu năm 2022, các sở, ban, ngành đã tập trung triển khai nhiệm vụ. "
            "Ngày 15/6/2022, Sở Nội vụ đã tổ chức hội nghị sơ kết.")
    reading = read_text(text, issued_on=date(2022, 6, 30))
    assert reading.assignments == () and all(item.schedule is None for item in reading.items)


def test_a_line_that_is_only_a_name_is_a_byline_not_an_assignment():
    text = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện quyết liệt công tác phòng, chống dịch.\n\n"
            "Văn phòng HĐND-UBND\n")
    names = [a.mention.name for a in read_text(text, issued_on=date(2020, 4, 16)).assignments]
    assert names == ["các sở, ban, ngành"]


def test_an_enforcement_clause_split_over_lines_ending_in_semicolons_is_one_item():
    text = ("Điều 2. Giao Giám đốc Sở Giao thông vận tải hướng dẫn, kiểm tra thực hiện Quyết định này.\n"
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân Tỉnh, Thủ trưởng các Sở, ban, ngành cấp tỉnh;\n"
            "Chủ tịch Uỷ ban nhân dân các huyện, thị xã và thành phố;\n"
            "Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn chịu trách nhiệm thi hành Quyết định này./.\n")
    reading = read_text(text, issued_on=date(2010, 12, 10))
    assert [item.title for item in reading.items][1:] == ["Thi hành Quyết định này"]
    assert [mention.name for mention in reading.items[1].lead] == [
        "Văn phòng Ủy ban nhân dân Tỉnh", "các Sở, ban, ngành cấp tỉnh", "Uỷ ban nhân dân các huyện, thị xã và thành phố",
        "Ủy ban nhân dân các xã, phường, thị trấn"]


def test_a_short_numbered_line_that_gives_work_is_an_item():
    text = ("UBND tỉnh giao các Sở chỉ đạo xây dựng nông thôn mới ở các xã. Cụ thể:\n"
            "1. Sở Y tế chỉ đạo xã Sen Thủy, huyện Lệ Thủy\n"
            "2. Sở Nội vụ chỉ đạo xã An Ninh, huyện Quảng Ninh\n")
    items = read_text(text, issued_on=date(2020, 2, 17)).items
    assert [(item.title, [m.name for m in item.lead]) for item in items[-2:]] == [
        ("Chỉ đạo xã Sen Thủy, huyện Lệ Thủy", ["Sở Y tế"]), ("Chỉ đạo xã An Ninh, huyện Quảng Ninh", ["Sở Nội vụ"])]


def test_the_dates_of_a_forecast_set_no_schedule():
    text = ("Các địa phương bố trí đủ người để mở nước.\n\n"
            "Theo nhận định của Đài khí tượng thủy văn tỉnh, hiện nay El Nino đang hoạt động. Từ tháng 2 - 4, El Nino "
            "tiếp tục duy trì, nguy cơ xảy ra hạn hán thiếu nước từ tháng 3 đến tháng 7.")
    items = read_text(text, issued_on=date(2024, 1, 20)).items
    assert [item.schedule for item in items] == [None]


def test_the_days_a_forecast_names_in_a_sentence_of_their_own_set_no_schedule():
    text = ("Theo Trung tâm dự báo khí tượng thủy văn Trung ương, bão số 7 có khả năng đổ bộ vào các tỉnh từ Quảng Ninh "
            "đến Nam Định trong các ngày 19 – 20/10. UBND tỉnh yêu cầu các huyện chủ động phòng, chống bão.")
    items = read_text(text, issued_on=date(2016, 10, 17)).items
    assert [item.schedule for item in items] == [None]


def test_an_announcement_that_echoes_an_assigned_day_is_not_an_item_of_its_own():
    text = ("Ngày 03/7, UBND tỉnh Tiền Giang ban hành Kế hoạch số 176/KH-UBND hưởng ứng \"Ngày toàn dân phòng, chống "
            "mua bán người - 30/7\" năm 2020.\n"
            "Theo Kế hoạch, các sở, ban, ngành tổ chức các hoạt động hưởng ứng \"Ngày toàn dân phòng, chống mua bán "
            "người - 30/7\".")
    items = read_text(text, issued_on=date(2020, 7, 3)).items
    assert [[m.name for m in item.lead] for item in items] == [["các sở, ban, ngành"]]


def test_villages_are_given_work_and_the_asker_is_left_out_of_the_title():
    commune = read_text("1. Các thôn báo cáo kết quả về UBND xã trước ngày 25/8/2025.", issued_on=date(2025, 8, 12))
    assert [m.name for m in commune.items[0].lead] == ["Các thôn"]
    ministry = read_text("Bộ Nội vụ đề nghị các Bộ, ngành, địa phương gửi báo cáo định kỳ hằng quý trước ngày 15 của "
                         "tháng cuối quý.", issued_on=date(2023, 2, 10))
    assert ministry.items[0].title == "Gửi báo cáo định kỳ"


def test_cycles_named_without_a_day_take_the_day_the_next_sentence_gives():
    text = ("Các sở xây dựng báo cáo kết quả cải cách hành chính hàng quý, 6 tháng và hàng năm, gửi Sở Nội vụ. Báo "
            "cáo được gửi qua hệ thống, thời hạn gửi chậm nhất là ngày 20 của tháng cuối kỳ báo cáo.")
    draft = read_text(text, issued_on=date(2019, 3, 12))
    rules = [item.schedule.schedule.rule for item in draft.items if item.schedule is not None]
    assert rules == ["FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"]


def test_the_cycles_of_a_calendar_for_one_year_end_with_that_year():
    text = ("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã năm 2025\n"
            "Chủ tịch UBND xã tiếp công dân định kỳ vào thứ 5 hàng tuần tại trụ sở.")
    draft = read_text(text, issued_on=date(2025, 7, 1))
    cycles = [item.schedule.schedule for item in draft.items if item.schedule is not None]
    assert [(cycle.rule, cycle.until) for cycle in cycles] == [("FREQ=WEEKLY;BYDAY=TH", date(2025, 12, 31))]


def test_news_of_an_activity_held_on_or_before_the_items_date_gives_nobody_work():
    text = ("Ngày 31-7, UBND phường Rạch Dừa phối hợp Trạm Y tế và các khu phố tổ chức ra quân diệt lăng quăng, "
            "phòng chống sốt xuất huyết.")
    held = read_text(text, issued_on=date(2025, 7, 31))
    assert not [assigned for assigned in held.assignments if assigned.role]
    planned = read_text(text, issued_on=date(2025, 7, 20))
    assert [assigned.mention.name for assigned in planned.assignments if assigned.role]


def test_the_chairmen_of_the_provinces_asked_are_not_the_issuer_speaking():
    text = "Bí thư, chủ tịch UBND các tỉnh, thành phố nêu trên bảo đảm an toàn tính mạng nhân dân."
    reading = read_text(text, issued_on=date(2025, 9, 27))
    assert [(a.mention.name, a.role) for a in reading.assignments] == [("UBND các tỉnh, thành phố nêu trên", "lead")]


def test_a_source_cut_at_a_pages_width_joins_a_name_split_over_two_lines():
    lines = ["Theo nhận định của Đài Khí tượng Thủy văn Quảng",
             "Ngãi, trong năm có khoảng 10 - 13 cơn bão, áp thấp nhiệt đới hoạt động trên",
             "khu vực Biển Đông, tập trung chủ yếu vào tháng 9 đến tháng 12 và lũ lớn vào",
             "tháng 10. Để chủ động ứng phó các tình huống thiên tai trong mùa mưa bão, Chủ",
             "tịch UBND tỉnh yêu cầu các sở, ban, ngành và UBND các huyện, thị xã, thành phố",
             "triển khai thực hiện tốt các nhiệm vụ sau đây một cách khẩn trương, nghiêm túc",
             "và hiệu quả, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để theo dõi."]
    draft = read_text("\n".join(lines), issued_on=date(2024, 8, 1))
    assert not [item for item in draft.items if item.schedule is not None]


def test_the_enforcement_article_gives_the_bodies_it_names_one_item():
    text = ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Y tế, Tài chính;\n"
            "Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.")
    reading = read_text(text, issued_on=date(2021, 6, 7))
    assert [item.title for item in reading.items] == ["Thi hành Quyết định này"]
    assert [mention.name for mention in reading.items[0].lead] == [
        "Văn phòng UBND tỉnh", "Sở Y tế", "Sở Tài chính", "UBND các huyện, thị xã, thành phố"]


def test_a_calendar_titled_on_its_first_line_ends_its_cycles_with_the_year_though_the_header_reads_otherwise():
    text = ("Thông báo Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026\n"
            "Căn cứ Quyết định số 168a/QĐ-UBND ngày 6/9/2025 về việc phân công công chức tiếp công dân;\n"
            "Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần.")
    draft = read_text(text, issued_on=date(2026, 1, 1))
    cycles = [item.schedule.schedule for item in draft.items if item.schedule is not None]
    assert [(cycle.rule, cycle.until) for cycle in cycles] == [("FREQ=WEEKLY;BYDAY=WE", date(2026, 12, 31))]


def test_a_news_caption_naming_shortcomings_does_not_hide_the_requests_below_it():
    news = read_text("(Baonghean.vn) - Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương hoàn thành các nhiệm vụ "
                     "trọng tâm.\n\nĐÁNH GIÁ SÁT, ĐÚNG TỒN TẠI, HẠN CHẾ ĐỂ KHẮC PHỤC\n\nTrên cơ sở chỉ rõ thêm một số "
                     "tồn tại, hạn chế, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành hướng dẫn các địa phương phân "
                     "vốn đến từng công trình.", issued_on=date(2022, 7, 27))
    assert [item.title for item in news.items] == [
        "Hoàn thành các nhiệm vụ trọng tâm",
        "Hướng dẫn các địa phương phân vốn đến từng công trình"]


def test_the_city_committee_asked_by_the_city_council_is_given_work():
    text = ("Thường trực HĐND TP Hà Nội đề nghị UBND TP và Ủy ban MTTQ Việt Nam TP Hà Nội phân công đại diện lãnh đạo "
            "tham dự các hội nghị. Lãnh đạo các cơ quan báo chí của TP Hà Nội chỉ đạo đăng lịch tiếp xúc cử tri.")
    reading = read_text(text, issued_on=date(2023, 6, 8))
    assert [(a.mention.name, a.role) for a in reading.assignments] == [
        ("UBND TP", "lead"), ("Ủy ban MTTQ Việt Nam TP Hà Nội", "lead"), ("các cơ quan báo chí của TP Hà Nội", "lead")]


def test_the_issuers_partners_cooperate_and_a_yearly_reception_calendar_ends_with_its_year():
    reading = read_text("UBND tỉnh thông báo về việc tiếp công dân của lãnh đạo UBND tỉnh năm 2020.\nUBND tỉnh sẽ phối "
                        "hợp với Tỉnh đoàn, Đoàn Đại biểu quốc hội tỉnh, HĐND tỉnh tiếp công dân định kỳ vào ngày 15 "
                        "hàng tháng.", issued_on=date(2020, 1, 1))
    assert [(a.mention.name, a.role) for a in reading.assignments if a.role] == [
        ("Tỉnh đoàn", "cooperating"), ("Đoàn Đại biểu quốc hội tỉnh", "cooperating"), ("HĐND tỉnh", "cooperating")]
    assert [item.schedule.schedule.until for item in reading.items if item.schedule] == [date(2020, 12, 31)]


def test_the_days_of_a_work_calendar_are_each_a_window_and_a_pages_update_date_is_none():
    text = ("Ngày cập nhật 08/01/2025\n* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)\n- 08 giờ 00: Chủ tịch UBND làm việc với HTX "
            "Tân Long.\n* CHỦ NHẬT 12/01/2025 (nhằm 13/12 ÂL)\n- 15 giờ 00: Chủ tịch UBND dự Phiên họp thứ 2.")
    reading = read_text(text, issued_on=date(2025, 1, 8))
    schedules = [item.schedule.schedule for item in reading.items if item.schedule]
    assert sorted({schedule for schedule in schedules if isinstance(schedule, Window)}, key=lambda window: window.start) \
        == [Window(date(2025, 1, 11), date(2025, 1, 11)), Window(date(2025, 1, 12), date(2025, 1, 12))]
    assert not any(item.schedule and isinstance(item.schedule.schedule, Deadline) for item in reading.items)


def test_the_title_leaves_out_the_heads_named_after_a_request_and_its_colon():
    reading = read_text("Để hoàn thành chiến dịch, Thủ tướng yêu cầu: Bí thư tỉnh ủy, thành ủy và chủ tịch UBND các "
                        "tỉnh, thành phố trực tiếp lãnh đạo, huy động tối đa nguồn lực trước ngày 15/1/2026.",
                        issued_on=date(2025, 12, 20))
    assert reading.items[0].title == "Trực tiếp lãnh đạo, huy động tối đa nguồn lực"


def test_a_portals_digest_title_names_the_days_it_covers_not_a_term():
    text = ("Chỉ đạo điều hành của UBND tỉnh, Chủ tịch UBND tỉnh từ ngày 23-25/7/2025\n\n"
            "UBND tỉnh giao Sở Xây dựng rà soát hồ sơ các khu công nghiệp, báo cáo trong tháng 8/2025.")
    items = read_text(text, issued_on=date(2025, 7, 26)).items
    assert [item.schedule.schedule for item in items if item.schedule] == [Deadline(date(2025, 8, 31))]


def test_the_year_a_news_item_names_for_its_campaign_in_its_first_lines_ends_its_cycles():
    text = ("Hưởng ứng đợt thi đua cao điểm “100 ngày hoàn thành kế hoạch xây dựng Nông thôn mới năm 2018”. UBND xã phân "
            "công cán bộ về các thôn vào các ngày thứ 3,5,6 hàng tuần.")
    items = read_text(text, issued_on=date(2018, 8, 27)).items
    cycles = [item.schedule.schedule for item in items if item.schedule]
    assert [(cycle.rule, cycle.until) for cycle in cycles] == [("FREQ=WEEKLY;BYDAY=TU,TH,FR", date(2018, 12, 31))]


def test_bodies_helping_the_city_the_province_gave_the_work_cooperate_and_its_chairman_is_not_the_issuer():
    text = ("Trước diễn biến của dịch trên địa bàn TP.Phủ Lý, UBND tỉnh Hà Nam đã ban hành quyết định mới.\n\n"
            "UBND tỉnh giao Chủ tịch UBND TP.Phủ Lý tổ chức thực hiện giãn cách xã hội. Sở Y tế Hà Nam, Công an tỉnh Hà Nam "
            "và các đơn vị liên quan phối hợp với UBND TP.Phủ Lý thực hiện bảo đảm an ninh trật tự.")
    reading = read_text(text, issued_on=date(2021, 10, 7))
    assert {a.mention.name: a.role for a in reading.assignments if a.role} == {
        "UBND TP.Phủ Lý": "lead", "Sở Y tế Hà Nam": "cooperating", "Công an tỉnh Hà Nam": "cooperating",
        "các đơn vị liên quan": "cooperating"}


def test_a_work_calendars_week_ends_its_cycles_and_is_no_schedule_itself():
    text = ("LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN XÃ NGHĨA TRUNG\n"
            "(Tuần thứ 07 từ ngày 09/02/2026 đến ngày 13/02/2026)\n"
            "1. Chủ tịch UBND xã tiếp công dân từ 07 giờ 00 đến 08 giờ 00 tất cả các ngày làm việc trong tuần.")
    items = read_text(text, issued_on=date(2026, 2, 6)).items
    assert [(item.schedule.schedule.rule, item.schedule.schedule.until) for item in items if item.schedule] == [
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", date(2026, 2, 13))]
