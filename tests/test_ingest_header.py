"""The header of a directive: number, kind, issue date, issuer, title and the directives it implements."""

from datetime import date

import pytest

from rules.ingest.header import one_year_end
from rules.ingest.normalize import fold
from rules.ingest.reading import read_text

FULL = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 145/KH-UBND
Quảng Ngãi, ngày 12 tháng 5 năm 2022

KẾ HOẠCH
Triển khai Chương trình phòng, chống tai nạn thương tích trẻ em năm 2022

Thực hiện Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch:
1. Sở Y tế chủ trì tổ chức tập huấn, hoàn thành trước ngày 30/9/2022.
"""

NEWS = ("Ngày 07/6/2021, Ủy ban nhân dân (UBND) tỉnh ban hành Công văn số 2774/UBND-NC về việc triển khai thực hiện "
        "Chương trình phòng, chống mua bán người.\nCăn cứ Kế hoạch số 132/KH-UBND ngày 26/5/2021 của UBND tỉnh, các sở, "
        "ban, ngành xây dựng kế hoạch chi tiết trước ngày 10/6/2021.")


def test_header_of_a_full_document():
    header = read_text(FULL).header
    assert (header.number, header.kind, header.issued_on) == ("145/KH-UBND", "ke-hoach", date(2022, 5, 12))
    assert header.issuer_name and "quảng ngãi" in header.issuer_name.lower()
    assert header.title == "Triển khai Chương trình phòng, chống tai nạn thương tích trẻ em năm 2022"
    assert header.implements == ("1248/QĐ-TTg",)


def test_header_of_a_news_item_about_the_directive():
    reading = read_text(NEWS)
    header = reading.header
    assert (header.number, header.kind, header.issued_on) == ("2774/UBND-NC", "cong-van", date(2021, 6, 7))
    assert header.issuer_name == "Ủy ban nhân dân tỉnh"
    assert header.title == "Triển khai thực hiện Chương trình phòng, chống mua bán người"
    assert header.implements == ("132/KH-UBND",)
    assert [a.mention.name for a in reading.assignments] == ["các sở, ban, ngành"]


def test_issue_date_glued_to_its_words_is_the_document_date_not_a_later_cited_one():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 3148/VPCP-CN\nHà Nội, ngày 05tháng 04 năm 2018\nKính gửi: Bộ Giao thông vận tải.\n"
            "Về đề nghị của Ủy ban nhân dân tỉnh Đồng Tháp tại văn bản số 88/UBND-ĐTXD ngày 23 tháng 3 năm 2018, "
            "Phó Thủ tướng có ý kiến như sau:\n")
    assert read_text(text).header.issued_on == date(2018, 4, 5)


def test_a_byline_in_capitals_under_a_news_item_is_not_the_issuer():
    text = "Treo cờ Tổ quốc\n\nUBND tỉnh Long An thông báo việc treo cờ như sau:\n\nCác cơ quan treo cờ.\n\nBLA"
    assert read_text(text, issued_on=date(2021, 1, 21)).header.issuer_name == "UBND tỉnh Long An"


def test_a_directive_cited_in_capitals_and_in_the_text_is_implemented_once():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 4074/KH-UBND\n\nQuảng Ngãi, ngày 06 tháng 7 năm 2017\n\nKẾ HOẠCH\n\n"
            "THỰC HIỆN CHỈ THỊ SỐ 20/CT-TTG NGÀY 17/5/2017 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
            "Thực hiện Chỉ thị số 20/CT-TTg ngày 17/5/2017 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh ban hành Kế hoạch.")
    assert read_text(text).header.implements == ("20/CT-TTg",)


COMMUNE = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 45/TB-UBND
Hòa Bình, ngày 12 tháng 8 năm 2025
THÔNG BÁO
Về việc tổ chức tổng vệ sinh môi trường
1. Các thôn báo cáo kết quả về UBND xã trước ngày 25/8/2025.
"""


def test_an_issuer_in_capitals_keeps_its_proper_names():
    assert read_text(COMMUNE).header.issuer_name == "Ủy ban nhân dân xã Hòa Bình"
    assert read_text("BỘ NỘI VỤ\nSố: 581/BNV-CCHC\nHà Nội, ngày 10 tháng 02 năm 2023\n").header.issuer_name == "Bộ Nội vụ"


@pytest.mark.parametrize(("title", "end"), [
    ("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025", date(2025, 12, 31)),
    ("Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2026", date(2026, 12, 31)),
    ("Kế hoạch thực hiện giai đoạn 2021-2025, năm 2025", None),
    ("Báo cáo kết quả thực hiện kế hoạch năm 2025", None),
    ("Kế hoạch tổ chức năm học 2025-2026", None),
    ("Kế hoạch phát triển đến năm 2030", None),
    ("Khánh Hòa: Duy trì hoạt động “Ngày pháp luật” hàng tháng trong năm 2025", date(2025, 12, 31)),
])
def test_a_plan_or_calendar_of_one_year_ends_with_it(title, end):
    assert one_year_end(fold(title), date(2025, 7, 1)) == end


def assert_issuer_given_no_work(text: str, issued_on: date, issuer: str) -> None:
    """The text is read as `issuer`'s, and `issuer` is given none of its work."""
    reading = read_text(text, issued_on=issued_on)
    assert reading.header.issuer_name == issuer
    assert issuer not in [assigned.mention.name for assigned in reading.assignments if assigned.role]


def test_the_body_a_news_headline_opens_on_as_it_guides_is_the_issuer():
    text = ("Bộ Nội vụ hướng dẫn thực hiện chế độ báo cáo cải cách hành chính định kỳ\n\n"
            "Theo đó, các bộ, cơ quan ngang bộ xây dựng báo cáo hàng quý, gửi Bộ Nội vụ để tổng hợp.")
    assert_issuer_given_no_work(text, date(2019, 3, 12), "Bộ Nội vụ")


def test_documents_cited_on_a_line_of_grounds_are_not_the_texts_own():
    text = ("Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n"
            "Căn cứ Quyết định số 17/QĐ-UBND ngày 9/7/2025 của UBND xã về việc ban hành Nội quy tiếp công dân; "
            "Quyết định số 168a/QĐ-UBND ngày 6/9/2025 về việc phân công công chức tiếp công dân;\n"
            "Ủy ban nhân dân xã Tân Đoàn thông báo lịch tiếp công dân như sau:\n"
            "- Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần.")
    reading = read_text(text, issued_on=date(2026, 1, 5))
    assert reading.header.number is None and reading.header.issuer_name == "Ủy ban nhân dân xã Tân Đoàn"
    assert not [assigned for assigned in reading.assignments if assigned.role]


def test_a_district_committee_is_the_issuer_only_when_no_province_is_named():
    text = ("Văn bản của UBND tỉnh Bình Thuận nêu rõ: Giao Công an tỉnh chủ trì, phối hợp với UBND huyện Tuy Phong "
            "xây dựng kế hoạch. Đồng thời, yêu cầu UBND huyện Tuy Phong thông báo, vận động nhân dân.")
    assert read_text(text, issued_on=date(2019, 4, 1)).header.issuer_name is None


def test_a_ward_committee_announcing_before_any_province_is_named_is_the_issuer():
    text = ("UBND phường Hương An thông báo về việc lấy ý kiến về Đề án mở rộng thành phố Huế.\n"
            "Ủy ban nhân dân thành phố Huế đã xây dựng Đề án.")
    assert read_text(text, issued_on=date(2020, 4, 24)).header.issuer_name == "UBND phường Hương An"


def test_a_ministry_asking_in_the_lead_of_a_news_item_is_the_issuer():
    text = ("Theo công văn này, Bộ GD&ĐT yêu cầu Giám đốc Sở, Thủ trưởng cơ sở giáo dục đại học tổ chức thanh tra kỳ thi.\n"
            "“Theo kế hoạch nhiệm vụ, Bộ GD&ĐT tổ chức việc thanh tra thường niên như trên”, ông Trinh cho hay.")
    assert_issuer_given_no_work(text, date(2019, 12, 12), "Bộ GD&ĐT")


def test_a_communes_committee_first_named_and_acting_in_its_own_news_is_the_issuer():
    text = ("Ra quân tổng vệ sinh trên địa bàn phường Cầu Ông Lãnh\n\n"
            "Thực hiện Kế hoạch số 212/KH-UBND ngày 01/07/2022 của Ủy ban nhân dân Quận 1 về Tổng vệ sinh.\n"
            "UBND phường Cầu Ông Lãnh triển khai thực hiện KH số 72/KH-UBND ngày 05/7/2022 về Tổng vệ sinh.")
    assert read_text(text, issued_on=date(2022, 7, 7)).header.issuer_name == "UBND phường Cầu Ông Lãnh"
    cited_only = "Theo Kế hoạch của UBND xã An Hiệp, các ấp tổ chức ra quân vào thứ Tư hằng tuần."
    assert read_text(cited_only, issued_on=date(2022, 3, 30)).header.issuer_name is None


def test_a_news_sites_tag_before_the_headline_body_is_skipped():
    text = ("TTĐT - Sở Nội vụ (cơ quan Thường trực Hội đồng Thi đua – Khen thưởng tỉnh) lấy ý kiến danh sách đề nghị "
            "khen thưởng cấp Nhà nước.\nThời gian lấy ý kiến từ ngày 17/4/2025 đến ngày 07/5/2025.")
    assert read_text(text, issued_on=date(2025, 4, 17)).header.issuer_name == "Sở Nội vụ"


def test_an_opening_vua_qua_is_not_part_of_the_issuers_name():
    text = "Vừa qua, Văn phòng Chính phủ đã ban hành Công văn 10028/VPCP-KSTT về việc cải thiện môi trường kinh doanh."
    assert read_text(text, issued_on=date(2019, 11, 1)).header.issuer_name == "Văn phòng Chính phủ"


def test_the_rule_under_the_national_motto_does_not_join_the_number_line_to_it():
    text = ("BỘ CÔNG THƯƠNG -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 12/CT-BCT\nHà Nội, ngày 01 tháng 11 năm 2016\nCHỈ THỊ\nVỀ VIỆC BÌNH ỔN THỊ TRƯỜNG CUỐI NĂM 2016\n"
            "Mười tháng đầu năm 2016, tăng trưởng kinh tế vẫn trong xu hướng chậm.")
    header = read_text(text).header
    assert (header.number, header.kind, header.issued_on) == ("12/CT-BCT", "chi-thi", date(2016, 11, 1))


def test_party_numbers_and_a_list_of_grounds_run_on_after_a_semicolon_are_implemented():
    text = ("Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác CCHC quý III năm 2015.\n"
            "Kính gửi: Uỷ ban nhân dân các huyện, thành phố.\n"
            "Thực hiện Chỉ thị số 33-CT/TU ngày 01/12/2014 của Ban Thường vụ Tỉnh ủy về cải cách hành chính; Quyết "
            "định số 3545/QĐ-UBND ngày 24/12/2014 về việc phê duyệt Kế hoạch cải cách hành chính năm 2015.\n"
            "Sở Nội vụ đề nghị các cơ quan, đơn vị báo cáo trước ngày 10/9/2015.")
    header = read_text(text).header
    assert header.number == "924/SNV-CCHC" and header.implements == ("33-CT/TU", "3545/QĐ-UBND")


def test_the_body_a_dated_news_lead_opens_on_is_the_issuer_and_its_own_units_act_beside_it():
    text = ("Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm tấn công, trấn áp tội phạm. Trong đợt "
            "cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp nghiệp vụ.\n"
            "Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.")
    reading = read_text(text, issued_on=date(2021, 4, 23))
    assert reading.header.issuer_name == "Công an tỉnh"
    assert {a.mention.name: a.role for a in reading.assignments if a.role} == {"công an các địa phương": "lead"}


def test_a_text_opening_on_a_task_list_has_no_issuer_read_from_its_first_body():
    text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, báo cáo trước ngày 10/6/2021."
    assert read_text(text, issued_on=date(2021, 6, 1)).header.issuer_name is None


def test_a_committee_of_another_level_named_bare_is_not_the_issuer():
    text = ("UBND TP. Hải Phòng phê bình UBND huyện Thuỷ Nguyên. Giao UBND huyện yêu cầu chủ đầu tư tự phá dỡ công trình, "
            "báo cáo kết quả về UBND TP trước ngày 20.2.")
    reading = read_text(text, issued_on=date(2017, 2, 1))
    assert reading.header.issuer_name == "UBND TP. Hải Phòng"
    assert {a.mention.name: a.role for a in reading.assignments if a.role} == {"UBND huyện": "lead"}


def test_a_news_sites_tag_before_a_dated_lead_does_not_hide_the_body_that_sends_a_letter():
    text = ("(BĐT) - Ngày 16/8/2021, Bộ Kế hoạch và Đầu tư tiếp tục có công văn gửi các bộ, ngành, địa phương về xây "
            "dựng Kế hoạch năm 2022, đốc thúc các cơ quan khẩn trương hoàn thiện báo cáo gửi về Bộ chậm nhất trong ngày "
            "18/8/2021.")
    reading = read_text(text)
    assert reading.header.issuer_name == "Bộ Kế hoạch và Đầu tư"
    assert {a.mention.name: a.role for a in reading.assignments if a.role} == {"các bộ, ngành, địa phương": "lead"}


def test_the_issuers_own_place_is_the_issuer_and_a_council_named_by_abbreviation_is_it_too():
    text = ("Ngày 9-10, Hội đồng nghĩa vụ quân sự (NVQS) xã Dầu Giây đã tổ chức hội nghị triển khai khám sơ tuyển. Theo kế "
            "hoạch, Hội đồng NVQS xã sẽ tổ chức khám sơ tuyển. Năm 2025, xã Dầu Giây được giao 40 chỉ tiêu.")
    reading = read_text(text, issued_on=date(2025, 10, 9))
    assert reading.header.issuer_name == "Hội đồng nghĩa vụ quân sự xã Dầu Giây"
    assert not [a for a in reading.assignments if a.role]


@pytest.mark.parametrize(("head", "issuer"), [
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 73/UBND-TH Hậu Giang, ngày 12 tháng 1 năm 2018\n", "Ủy ban nhân dân tỉnh Hậu Giang"),
    ("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n"
     "Số: 59/QĐ-UBND\n", "Ủy ban nhân dân xã Xuân Phú"),
    ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 03/2017/QĐ-UBND\nBình Chánh, ngày 25 tháng 02 năm 2017\n"
     "BAN HÀNH QUY CHẾ LÀM VIỆC\nỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
     "Ủy ban nhân dân huyện Bình Chánh"),
])
def test_the_issuer_of_a_two_column_header_is_read_apart_from_the_motto_and_where_the_decision_speaks(head, issuer):
    reading = read_text(head, issued_on=date(2018, 1, 12))
    assert reading.header.issuer_name == issuer
    assert not [a for a in reading.assignments if a.role]  # "BAN HÀNH ..." is no board


def test_addressees_of_a_letter_that_only_informs_them_are_given_nothing():
    text = ("Kính gửi:\n- Thường trực Tỉnh ủy;\n- Chủ tịch UBND huyện, thị xã, thành phố.\n"
            "Từ ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018, Chủ tịch UBND tỉnh Hậu Giang đi công tác tại Hà Nội.\n"
            "Kính báo đến Thường trực Tỉnh ủy và thông báo đến UBND huyện, thị xã, thành phố biết liên hệ công tác./.")
    reading = read_text(text, issued_on=date(2018, 1, 12))
    assert not [a for a in reading.assignments if a.role]
    letter = "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\nĐề nghị các cơ quan báo cáo kết quả trước ngày 20/1/2018."
    assert {a.mention.name for a in read_text(letter, issued_on=date(2018, 1, 12)).assignments if a.role} >= {
        "Sở Y tế", "Sở Tài chính"}


def test_the_unit_under_its_parent_issues_after_a_portals_title_and_blank_lines():
    text = ("Công văn gửi Ban VHTT 13 phường – Về thực hiện chế độ thông tin, báo cáo định kỳ\n\n"
            "ỦY BAN NHÂN DÂN QUẬN 9\n\nTRUNG TÂM VĂN HÓA\n\n__________\n\nSố:  21 /TTVH\n\n"
            "Về thực hiện chế độ thông tin, báo cáo định kỳ.\n")
    header = read_text(text, issued_on=date(2014, 3, 1)).header
    assert (header.issuer_name, header.number) == ("Trung tâm Văn hóa", "21/TTVH")
    two = "BỘ NỘI VỤ\nBAN CHỈ ĐẠO ĐIỀU TRA CƠ SỞ HÀNH CHÍNH TRUNG ƯƠNG\n-------\nSố: 641/BNV-BCĐ\n"
    assert read_text(two, issued_on=date(2021, 2, 10)).header.issuer_name.startswith("Ban Chỉ đạo điều tra")


def test_the_press_that_reported_is_not_the_issuer_the_office_forwarding_is():
    text = ("Ngày 19/10/2025, Báo Pháp luật thành phố Hồ Chí Minh có bài viết về một trường tiểu học bị ngập.\n"
            "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án đầu tư xây dựng tỉnh để xử lý.")
    assert_issuer_given_no_work(text, date(2025, 10, 24), "Văn phòng UBND tỉnh")


def issuer_and_work(text: str, issued_on: date | None) -> tuple[str | None, dict[str, str]]:
    """Who a text is read as issued by, and the role of every name given work."""
    reading = read_text(text, issued_on=issued_on)
    return reading.header.issuer_name, {a.mention.name: a.role for a in reading.assignments if a.role}


@pytest.mark.parametrize(("text", "issued_on", "issuer", "work"), [
    # a committee named bare whose chairman opens a dated news lead issues, not the department it asks
    ("Kiểm đếm các công trình kiến trúc Pháp\n\nTTH - Ngày 22/2, Chủ tịch UBND tỉnh có văn bản chỉ đạo thực hiện kiểm đếm "
     "các công trình.\n\nTheo đó, Sở Xây dựng có văn bản gửi các đơn vị yêu cầu báo cáo. Đối với các công trình không có "
     "cơ quan chủ quản, Sở Xây dựng tổ chức đánh giá, tổng hợp báo cáo UBND tỉnh trước ngày 15/04/2017.",
     date(2017, 2, 22), "UBND tỉnh", {"các đơn vị": "lead", "Sở Xây dựng": "lead"}),
    # the purpose before the body that issued is not part of its name
    ("Nhằm thực hiện tốt công tác phòng chống dịch COVID-19, đảm bảo quản lý lao động trở về địa phương, Ủy ban nhân dân "
     "huyện đã ban hành Chỉ thị số 16/CT-UBND ngày 31/3/2020 về phòng, chống dịch.", None, "Ủy ban nhân dân huyện", {}),
    # a province named as it asks issues rather than the committee named bare before it
    ("Ngày 2/3, UBND tỉnh yêu cầu các trường tiếp tục cho học sinh nghỉ học.\nUBND tỉnh Sơn La cũng lưu ý các trường hợp "
     "có triệu chứng ho, sốt cần thông báo ngay.", date(2020, 3, 2), "UBND tỉnh Sơn La", {"các trường": "lead"}),
    # the first body that issues in the sentence, not a sector named later in it
    ("Ngày 18/9/2019, Bộ Lao động – Thương binh và Xã hội ban hành Thông tư quy định Chế độ báo cáo thống kê ngành Lao "
     "động, Thương binh và Xã hội nhằm thu thập chỉ tiêu của ngành Lao động – Thương binh và Xã hội đã ban hành tại Thông "
     "tư 01/2018/TT-LĐTBXH ngày 27/02/2018.", None, "Bộ Lao động – Thương binh và Xã hội", {}),
    # a province committee asked to direct is not the issuer: the ministry asking is
    ("Bắc Ninh phải tiêm xong số vắc xin được cấp trước 10/6\n\nBộ Y tế vừa có công văn khẩn đề nghị UBND tỉnh Bắc Ninh chỉ "
     "đạo các đơn vị liên quan tổ chức tiêm.", date(2021, 6, 1), "Bộ Y tế", {"UBND tỉnh Bắc Ninh": "lead"}),
    # a province's chairman asked by the Deputy Prime Minister leads the work
    ("Phó Thủ tướng Trương Hòa Bình yêu cầu Chủ tịch UBND tỉnh Kon Tum chỉ đạo các cơ quan, đơn vị chức năng kiểm tra.",
     date(2017, 5, 1), None, {"UBND tỉnh Kon Tum": "lead"}),
    # a headline in capitals that acts is not an issuer's block
    ("XÃ TÂY TRÀ BỒNG CHỦ ĐỘNG TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG BÃO SỐ 12\nĐoàn công tác đến kiểm tra thực tế địa điểm bị "
     "sạt lở.", date(2025, 10, 21), None, {"Đoàn công tác": "lead"}),
    # a letter asking "Quý Cơ quan" gives the work to that word, not to its address lines
    ("Kính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nBộ Thông tin "
     "và Truyền thông trân trọng đề nghị Quý Cơ quan triển khai ngay các nhiệm vụ được giao.", date(2020, 6, 1), None,
     {"Quý Cơ quan": "lead"}),
    # a district committee named bare as issuer is itself when its number is spelled out
    ("Phát biểu tại buổi lễ, đồng chí Vũ Anh Khoa, Chủ tịch Ủy ban nhân dân quận cho biết như sau.\nỦy ban nhân dân quận chỉ "
     "đạo Đội Quản lý trật tự đô thị, Ủy ban nhân dân Phường 6 tuần tra.\nSau khi tổ chức lễ ra mắt, Ủy ban nhân dân Quận 10 "
     "chính thức đưa vào hoạt động Phố đi bộ đêm.", date(2020, 8, 1), "Ủy ban nhân dân quận",
     {"Đội Quản lý trật tự đô thị": "lead", "Ủy ban nhân dân Phường 6": "lead"}),
])
def test_who_issues_a_text_without_a_header_and_who_it_gives_work(text, issued_on, issuer, work):
    assert issuer_and_work(text, issued_on) == (issuer, work)
