"""Agencies in sentences and who does what: "X chủ trì, phối hợp với Y, Z", "giao X", "đề nghị X"; the registry."""

import pytest

from rules.ingest.mentions import MentionFinder
from rules.ingest.normalize import clean, fold
from rules.ingest.registry import Registry, RegistryAgency, RegistryGroup, Resolver
from rules.ingest.roles import assign_roles


def roles(sentence: str, issuer: str = "") -> dict[str, str | None]:
    """Name as written -> role, for one sentence."""
    text = clean(sentence)
    folded = fold(text)
    mentions = MentionFinder().find(text, folded)
    return {a.mention.name: a.role for a in assign_roles(folded, 0, len(folded), mentions,
                                                          lambda mention: mention.name == issuer)}


def test_cooperating_agencies_follow_phoi_hop_voi():
    found = roles("Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các đơn vị, "
                  "địa phương liên quan nghiên cứu, đề xuất.")
    assert found == {"Sở Tài nguyên và Môi trường": "lead", "Sở Tài chính": "cooperating", "Sở Xây dựng": "cooperating",
                     "các đơn vị, địa phương liên quan": "cooperating"}


def test_giao_de_nghi_and_the_subject_of_a_sentence_lead():
    assert roles("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền.") == {
        "Ủy ban MTTQ Việt Nam tỉnh": "lead", "các tổ chức chính trị - xã hội tỉnh": "lead"}
    assert roles("Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo.") == {"Sở Kế hoạch và Đầu tư": "lead"}
    assert roles("Các Sở: Tư pháp, Y tế, Lao động - Thương binh và Xã hội cập nhật dữ liệu chuyên ngành.") == {
        "Sở Tư pháp": "lead", "Sở Y tế": "lead", "Sở Lao động - Thương binh và Xã hội": "lead"}


def test_agencies_that_receive_reports_get_no_role():
    found = roles("Sở Y tế tổng hợp, báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 10/6/2021.")
    assert found == {"Sở Y tế": "lead", "UBND tỉnh": None, "Văn phòng UBND tỉnh": None}


def test_the_issuer_asks_and_is_not_given_work():
    found = roles("Ban Chỉ đạo đề nghị các sở, ban, ngành, đoàn thể là thành viên Ban Chỉ đạo tỉnh tiếp tục triển khai.")
    assert found == {"Ban Chỉ đạo": None, "các sở, ban, ngành, đoàn thể là thành viên Ban Chỉ đạo tỉnh": "lead"}
    own = roles("Bộ Y tế chủ trì, phối hợp với các bộ, ngành tổ chức Tháng hành động.", issuer="Bộ Y tế")
    assert own == {"Bộ Y tế": None, "các bộ, ngành": "cooperating"}  # the issuer's partners (convention 10)


def test_an_agencys_own_instructions_are_not_this_directives():
    assert roles("Sở Nông nghiệp và Phát triển nông thôn chỉ đạo các cơ quan, đơn vị quản lý hồ chứa bố trí trực.") == {
        "Sở Nông nghiệp và Phát triển nông thôn": "lead", "các cơ quan, đơn vị": None}


def test_an_apposition_names_the_agency_by_its_first_part():
    found = roles("Giao Công an tỉnh - Thường trực Ban Chỉ đạo phòng, chống tội phạm tỉnh chủ trì, phối hợp với UBND các "
                  "huyện, thành, thị tổ chức triển khai.")
    assert found == {"Công an tỉnh": "lead", "UBND các huyện, thành, thị": "cooperating"}


def test_registry_matches_abbreviations_tone_marks_and_place_free_names():
    registry = Registry((RegistryAgency("STTTT", "Sở Thông tin và Truyền thông tỉnh Tiền Giang"),
                         RegistryAgency("UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang",
                                        ("Ủy ban MTTQ VN tỉnh",)),
                         RegistryAgency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang")),
                        (RegistryGroup("ubnd-huyen", "UBND các huyện, thị xã, thành phố", ("A",),
                                       ("UBND các huyện, thành, thị",)),))
    resolver = Resolver(registry)
    assert resolver.resolve("Sở TT&TT") == resolver.resolve("Sở Thông tin và Truyền thông tỉnh") == "STTTT"
    assert resolver.resolve("Uỷ ban Mặt trận Tổ quốc tỉnh") == "UBMTTQ"
    assert resolver.resolve("Sở Văn hoá - Thể thao và Du lịch") == resolver.resolve("Sở VHTT&DL") == "SVHTTDL"
    assert resolver.resolve("UBND các huyện, thành, thị") == "group:ubnd-huyen"
    assert resolver.resolve("Sở Thông tin và Truyền thông tỉnh Quảng Nam") is None  # another province's department


def test_special_zones_count_as_administrative_units():
    assert roles("UBND thành phố giao UBND các xã, phường, đặc khu chủ trì tổ chức thực hiện.", "UBND thành phố") == {
        "UBND thành phố": None, "UBND các xã, phường, đặc khu": "lead"}


def test_hospitals_and_schools_extend_a_list_of_collective_nouns():
    assert roles("đề nghị các cơ quan, đơn vị, bệnh viện, trường học treo cờ Tổ quốc.") == {
        "các cơ quan, đơn vị, bệnh viện, trường học": "lead"}


def test_a_plural_before_a_board_named_by_what_it_manages():
    found = roles("Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo.")
    assert found == {"các sở, ngành tỉnh": "lead", "Uỷ ban nhân dân các huyện, thành phố": "lead",
                     "Ban QLDA chuyên ngành tỉnh": "lead"}


def test_a_station_is_an_agency_head():
    assert roles("Trạm Thú y báo cáo Chi cục Thú y trước ngày 10 của tháng tiếp theo.") == {
        "Trạm Thú y": "lead", "Chi cục Thú y": None}


def test_a_count_of_units_named_before_stands_for_them():
    assert roles("Phó Thủ tướng yêu cầu Bộ Nội vụ và UBND 2 tỉnh trên tiếp tục thực hiện.") == {
        "Bộ Nội vụ": "lead", "UBND 2 tỉnh trên": "lead"}


def test_state_owned_enterprises_under_the_committee_are_a_collective():
    found = roles("UBND tỉnh yêu cầu giám đốc các doanh nghiệp có vốn Nhà nước trực thuộc UBND tỉnh thực hiện tốt.",
                  "UBND tỉnh")
    assert found == {"UBND tỉnh": None, "các doanh nghiệp có vốn Nhà nước trực thuộc UBND tỉnh": "lead"}


def test_a_list_restarting_with_cac_is_a_new_collective():
    found = roles("UBND tỉnh yêu cầu các Sở, Ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh, "
                  "Ủy ban nhân dân các huyện, thành phố rà soát, báo cáo.", "UBND tỉnh")
    assert found == {"UBND tỉnh": None, "các Sở, Ban, ngành": "lead", "các hội, đoàn thể": "lead",
                     "đơn vị lực lượng vũ trang": "lead", "Ủy ban nhân dân các huyện, thành phố": "lead"}
    assert roles("Đề nghị các cấp, các ngành, đoàn thể tham gia.") == {"các cấp, các ngành, đoàn thể": "lead"}


def test_members_of_a_steering_committee_are_one_collective_named_with_them():
    found = roles("Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp thực hiện.",
                  "UBND tỉnh")
    assert found == {"UBND tỉnh": None, "các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp": "lead"}


def test_a_registry_name_cut_short_by_a_longer_name_is_not_matched():
    text = clean("yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp thực hiện")
    mentions = MentionFinder(("các thành viên ban chỉ đạo",)).find(text, fold(text))
    assert [mention.name for mention in mentions] == ["các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp"]


def test_a_name_stops_before_the_verb_that_follows_it():
    assert roles("Văn phòng Chính phủ thông báo để Bộ Giao thông vận tải biết.", "Văn phòng Chính phủ") == {
        "Văn phòng Chính phủ": None, "Bộ Giao thông vận tải": None}


def test_a_bare_plural_in_a_list_of_cooperating_agencies():
    assert roles("giao Sở Xây dựng chủ trì, phối hợp Sở Tài chính và các đơn vị tiếp tục thực hiện.") == {
        "Sở Xây dựng": "lead", "Sở Tài chính": "cooperating", "các đơn vị": "cooperating"}


def test_a_collective_keeps_its_compound_nouns_and_its_level():
    found = roles("Giao Sở TN&MT chủ trì, phối hợp với các Sở, ngành, tổ chức đoàn thể cấp tỉnh, UBND các huyện, TP "
                  "tổ chức các hoạt động hưởng ứng.")
    assert found == {"Sở TN&MT": "lead", "các Sở, ngành, tổ chức đoàn thể cấp tỉnh": "cooperating",
                     "UBND các huyện, TP": "cooperating"}


def test_a_place_is_given_work_only_by_a_cue():
    assert roles("Đối với TP Chí Linh, thị xã Kinh Môn, phấn đấu trồng mới 150 ha rừng.") == {
        "TP Chí Linh": "lead", "thị xã Kinh Môn": "lead"}
    assert roles("TP Tuy Hòa và TX Sông Cầu, mỗi địa phương 800 lít; huyện Sơn Hòa 1.500 lít.") == {
        "TP Tuy Hòa": None, "TX Sông Cầu": None, "huyện Sơn Hòa": None}


def test_a_peoples_committee_written_in_lower_case_is_still_named():
    found = roles("Giao Sở Y tế chủ trì, phối hợp ủy ban nhân dân các huyện, thành phố triển khai.")
    assert found == {"Sở Y tế": "lead", "ủy ban nhân dân các huyện, thành phố": "cooperating"}


def test_cooperation_in_work_the_issuer_gave_in_the_passive_counts():
    found = roles("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và Thể "
                  "thao xây dựng kế hoạch.", issuer="Ủy ban nhân dân tỉnh")
    assert found == {"Sở Thông tin và Truyền thông": "lead", "Ủy ban nhân dân tỉnh": None,
                     "Sở Văn hóa và Thể thao": "cooperating"}


def test_cooperation_reported_as_done_gives_no_work():
    found = roles("Sở Tài nguyên và Môi trường đã phối hợp với các Sở, ban ngành tổ chức Hội nghị thẩm định.")
    assert found["các Sở, ban ngành"] is None


def test_a_call_for_cooperation_gives_the_whole_list_work():
    found = roles("Ban Vì sự tiến bộ phụ nữ tỉnh kêu gọi sự hợp tác của các sở, ban ngành, đoàn thể có liên quan, "
                  "UBND các huyện, thị xã, thành phố tập trung thực hiện tốt các nội dung.")
    assert found == {"Ban Vì sự tiến bộ phụ nữ tỉnh": None, "các sở, ban ngành, đoàn thể có liên quan": "lead",
                     "UBND các huyện, thị xã, thành phố": "lead"}


def test_the_scope_of_a_cited_rule_and_a_documents_title_assign_nobody():
    assert roles("Quyết định số 111/2008/QĐ-TTg ban hành chế độ báo cáo thống kê áp dụng đối với Bộ, Ngành.") == {
        "Bộ, Ngành": None}
    found = roles("UBND tỉnh Quảng Bình ban hành Công văn số 181/UBND-KT về việc tập trung chỉ đạo các xã đạt chuẩn.")
    assert found["các xã"] is None


def test_those_an_agency_directs_are_not_given_work_by_the_text():
    found = roles("Các Sở được giao chỉ đạo các xã có trách nhiệm phối hợp với các Sở, ngành, đơn vị, địa phương.")
    assert found == {"Các Sở": "lead", "các xã": None, "các Sở, ngành, đơn vị, địa phương": "cooperating"}


def test_who_sends_reports_leads_not_who_they_come_from():
    found = roles("Các cơ quan, đơn vị thuộc Bộ nhận báo cáo định kỳ của các cơ quan, tổ chức, cá nhân có trách nhiệm "
                  "tổng hợp và gửi báo cáo về Bộ.")
    assert found == {"Các cơ quan, đơn vị thuộc Bộ": "lead", "các cơ quan, tổ chức, cá nhân": None}
    assert roles("Thời hạn các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan gửi báo cáo định kỳ:") == {
        "các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan": "lead"}


def test_a_collective_named_by_its_sector_stands_apart_in_a_list():
    assert roles("Yêu cầu các địa phương, tổ chức thủy lợi bố trí đủ người để mở nước.") == {
        "các địa phương": "lead", "tổ chức thủy lợi": "lead"}
    assert roles("Yêu cầu các địa phương, các tổ chức thủy lợi bố trí đủ người.") == {
        "các địa phương": "lead", "các tổ chức thủy lợi": "lead"}


def test_media_and_public_offices_are_collectives():
    found = roles("Các cơ quan, đơn vị, công sở và hộ gia đình treo cờ. Báo Gia Lai và các phương tiện thông tin đại "
                  "chúng có trách nhiệm thông tin rộng rãi.")
    assert found["Các cơ quan, đơn vị, công sở"] == "lead"
    assert found["các phương tiện thông tin đại chúng"] == "lead"


def test_a_provinces_youth_union_is_not_read_as_a_unit_of_the_name_before():
    assert roles("Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn vận động hội viên tham gia.") == {
        "Hội Liên hiệp Phụ nữ tỉnh": "lead", "Tỉnh đoàn": "lead"}
    assert roles("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên tuyên truyền.") == {
        "Ủy ban MTTQ Việt Nam tỉnh": "lead", "các tổ chức thành viên": "lead"}


def test_a_label_before_a_list_of_bodies_gives_its_cue_to_each():
    found = roles("UBND tỉnh giao UBND các địa phương Đông Triều, Uông Bí, Quảng Yên chủ trì, phối hợp với các sở, "
                  "ngành: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Y tế, Giao thông Vận tải thành lập chốt kiểm soát.",
                  issuer="UBND tỉnh")
    assert found == {"UBND tỉnh": None, "UBND các địa phương Đông Triều, Uông Bí, Quảng Yên": "lead",
                     "Công an tỉnh": "cooperating", "Bộ Chỉ huy Quân sự tỉnh": "cooperating",
                     "Sở Y tế": "cooperating", "Sở Giao thông Vận tải": "cooperating"}


def test_bodies_that_lend_staff_cooperate():
    found = roles("Các sở Y tế, Giao thông vận tải, Công an tỉnh bố trí lực lượng phối hợp theo đề nghị của UBND các "
                  "địa phương.")
    assert found == {"Sở Y tế": "cooperating", "Sở Giao thông vận tải": "cooperating", "Công an tỉnh": "cooperating",
                     "UBND các địa phương": None}


def test_the_members_of_a_team_are_not_given_work():
    assert roles("Thành phần Đoàn liên ngành bao gồm: UBND các địa phương, Công an, Quân đội.")["UBND các địa phương"] \
        is None


def test_abbreviations_with_any_separator_and_a_cue_followed_by_a_comma():
    assert roles("UBND tỉnh Phú Thọ yêu cầu, Sở VH-TT-DL chủ động triển khai các hoạt động.",
                 issuer="UBND tỉnh Phú Thọ")["Sở VH-TT-DL"] == "lead"


def test_collectives_by_their_level_their_neighbourhood_and_what_they_manage():
    found = roles("Sở Y tế chủ trì, phối hợp với các sở, ngành tỉnh và địa phương có liên quan, các địa phương lân cận "
                  "theo dõi dịch bệnh.")
    assert found == {"Sở Y tế": "lead", "các sở, ngành tỉnh và địa phương có liên quan": "cooperating",
                     "các địa phương lân cận": "cooperating"}
    found = roles("Yêu cầu cơ quan chức năng và chính quyền các địa phương tập trung kiểm soát.")
    assert found == {"cơ quan chức năng": "lead", "chính quyền các địa phương": "lead"}


def test_a_collective_of_district_committees_names_some_units():
    assert roles("UBND các huyện, thị xã Kiến Tường và TP.Tân An tuyên truyền, vận động nhân dân treo cờ.") == {
        "UBND các huyện, thị xã Kiến Tường và TP.Tân An": "lead"}


def test_who_lays_down_a_rule_is_not_given_work():
    assert roles("Bộ Giáo dục và Đào tạo cũng quy định việc thực hiện các thủ tục thi đua.") == {
        "Bộ Giáo dục và Đào tạo": None}


def test_a_label_with_gom_gives_its_cue_to_each_body():
    found = roles("Giao huyện Điện Biên chủ trì, phối hợp với các sở, ngành, gồm: Công an tỉnh, Bộ Chỉ huy Quân sự "
                  "tỉnh, Giao thông Vận tải và Y tế thiết lập chốt kiểm soát.")
    assert found == {"huyện Điện Biên": "lead", "Công an tỉnh": "cooperating", "Bộ Chỉ huy Quân sự tỉnh": "cooperating",
                     "Sở Giao thông Vận tải": "cooperating", "Sở Y tế": "cooperating"}


def test_press_broadcasting_and_sector_collectives_keep_their_qualifiers():
    assert roles("Đối với các cơ quan tuyên truyền, báo chí, chỉ đạo tăng cường tuyên truyền.") == {
        "các cơ quan tuyên truyền, báo chí": "lead"}
    assert roles("Sở Lao động - Thương binh và Xã hội phối hợp với các cơ quan truyền thông của tỉnh đẩy mạnh "
                 "truyền thông.") == {"Sở Lao động - Thương binh và Xã hội": "lead",
                                      "các cơ quan truyền thông của tỉnh": "cooperating"}
    assert roles("Các doanh nghiệp Viễn thông đóng trên địa bàn tỉnh tổ chức treo băng rôn.") == {
        "Các doanh nghiệp Viễn thông đóng trên địa bàn tỉnh": "lead"}
    assert roles("Báo Đồng Khởi, hệ thống thông tin cơ sở cập nhật tài liệu.") == {
        "Báo Đồng Khởi": "lead", "hệ thống thông tin cơ sở": "lead"}


def test_an_events_organising_committee_is_an_agency():
    assert roles("Ban tổ chức cần đặc biệt chú trọng công tác vệ sinh môi trường.") == {"Ban tổ chức": "lead"}


def test_those_whose_participation_is_encouraged_are_not_given_work():
    found = roles("Các sở, ban, ngành cấp tỉnh tổ chức phong trào; khuyến khích sự tham gia của các tổ chức, đoàn thể, "
                  "doanh nghiệp.")
    assert found == {"Các sở, ban, ngành cấp tỉnh": "lead", "các tổ chức, đoàn thể, doanh nghiệp": None}


def test_commune_offices_of_the_two_level_government_and_longer_department_names_first():
    found = roles("Giao Phòng Kinh tế chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Phòng Tài chính - Kế hoạch, "
                  "Văn phòng HĐND và UBND xã thực hiện.")
    assert found == {"Phòng Kinh tế": "lead", "Phòng Văn hóa - Xã hội": "cooperating",
                     "Phòng Tài chính - Kế hoạch": "cooperating", "Văn phòng HĐND và UBND xã": "cooperating"}


def test_villages_cooperatives_and_commune_level_collectives():
    assert roles("Các thôn, tổ dân phố tổ chức tuyên truyền.") == {"Các thôn, tổ dân phố": "lead"}
    assert roles("Các hợp tác xã, doanh nghiệp trên địa bàn xã chủ động phối hợp.") == {
        "Các hợp tác xã, doanh nghiệp trên địa bàn xã": "cooperating"}
    assert roles("Đề nghị Đảng ủy, HĐND xã và các tổ chức chính trị - xã hội xã lãnh đạo, tuyên truyền.") == {
        "Đảng ủy": "lead", "HĐND xã": "lead", "các tổ chức chính trị - xã hội xã": "lead"}


def test_a_second_head_after_va_starts_a_second_agency():
    assert roles("Chi cục Thủy lợi chủ trì, phối hợp với Chi cục Kiểm lâm và Đài Khí tượng Thủy văn tỉnh theo dõi.") == {
        "Chi cục Thủy lợi": "lead", "Chi cục Kiểm lâm": "cooperating", "Đài Khí tượng Thủy văn tỉnh": "cooperating"}


def test_a_publisher_presenting_a_text_is_not_given_work():
    assert roles("Sở Nội vụ trân trọng giới thiệu toàn văn Văn bản số 581/BNV-CCHC.") == {"Sở Nội vụ": None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Phó Chủ tịch UBND TP yêu cầu các địa phương này ký ban hành phương án.", {"các địa phương này": "lead"}),
    ("Thủ tướng yêu cầu UBND các tỉnh, thành phố nêu trên và các bộ liên quan chủ động ứng phó.",
     {"UBND các tỉnh, thành phố nêu trên": "lead", "các bộ liên quan": "lead"}),
    ("Đề nghị Ủy ban nhân dân các tỉnh, thành phố vùng dân tộc thiểu số và miền núi báo cáo.",
     {"Ủy ban nhân dân các tỉnh, thành phố vùng dân tộc thiểu số và miền núi": "lead"}),
])
def test_a_pointer_or_a_qualifier_after_a_collective_is_part_of_its_name(sentence, expected):
    assert {name: role for name, role in roles(sentence).items() if role} == expected


def test_instructions_a_news_item_reports_assign_the_bodies_they_are_given_to():
    found = roles("Ủy ban nhân dân thành phố Hồ Chí Minh đã có chỉ đạo cho các Sở ban ngành, Ủy ban nhân dân quận "
                  "huyện có liên quan như sau:")
    assert found["các Sở ban ngành"] == "lead"
    assert found["Ủy ban nhân dân quận huyện có liên quan"] == "lead"


def test_the_body_that_assigns_staff_is_not_given_the_work():
    assert roles("UBND xã phân công chuyên viên Văn phòng HĐND & UBND xã tiếp công dân thường xuyên.") == {
        "UBND xã": None, "Văn phòng HĐND & UBND xã": "lead"}


def test_bodies_asked_along_with_people_are_given_the_work():
    found = roles("UBND xã yêu cầu toàn thể cán bộ, đảng viên, công chức, học sinh, các cơ quan, đơn vị, doanh nghiệp "
                  "và toàn thể Nhân dân đồng loạt ra quân.")
    assert found["các cơ quan, đơn vị, doanh nghiệp"] == "lead"


def test_a_district_culture_centre_is_one_name():
    assert roles("Giao Trung tâm Văn hóa, thể thao & Truyền thông đăng tải thông báo này.") == {
        "Trung tâm Văn hóa, thể thao & Truyền thông": "lead"}


def test_several_titles_before_a_body_leave_it_the_subject():
    assert roles("Bí thư, chủ tịch UBND các tỉnh, thành phố nêu trên bảo đảm an toàn tính mạng nhân dân.") == {
        "UBND các tỉnh, thành phố nêu trên": "lead"}


@pytest.mark.parametrize("sentence", [
    "Theo đó, căn cứ chức năng, nhiệm vụ được giao, Ủy ban Dân tộc đã ban hành Thông tư quy định chế độ báo cáo.",
    "Ủy ban nhân dân xã Tây Sơn thông báo lịch tiếp công dân năm 2025 như sau:",
    "Với nội dung trên, HĐND huyện thông báo để các đơn vị, nhân dân biết và thực hiện.",
])
def test_a_body_that_announces_or_acts_on_its_own_duties_is_not_given_work(sentence):
    assert not any(roles(sentence).values())


def test_a_range_of_provinces_after_a_collective_is_part_of_its_name():
    found = roles("Thủ tướng Chính phủ yêu cầu bộ trưởng các bộ liên quan, bí thư, chủ tịch UBND các tỉnh, thành phố "
                  "ven biển từ Quảng Ninh đến Khánh Hòa lãnh đạo, chỉ đạo ứng phó bão.")
    assert found == {"các bộ liên quan": "lead",
                     "UBND các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa": "lead"}


def test_the_duties_of_a_board_as_follows_go_to_the_board():
    assert roles("2. Nhiệm vụ Ban Chỉ đạo như sau:") == {"Ban Chỉ đạo": "lead"}


def test_bodies_ending_a_list_of_what_a_survey_covers_are_not_given_work():
    found = roles("Giai đoạn 1, đối tượng điều tra bao gồm doanh nghiệp, đơn vị sự nghiệp; các cơ quan, đơn vị.")
    assert not any(found.values())


def test_bodies_listed_after_the_label_cac_co_quan_are_each_named():
    found = roles("Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn; UBND các "
                  "huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.")
    assert found == {"Văn phòng UBND tỉnh": "lead", "Sở Nông nghiệp và Phát triển nông thôn": "lead",
                     "UBND các huyện, thị xã, thành phố": "lead"}


def test_a_second_cac_after_va_starts_a_second_collective():
    found = roles("UBND tỉnh đề nghị các sở, ngành và các địa phương đẩy nhanh tiến độ triển khai Tổng điều tra.")
    assert found == {"UBND tỉnh": None, "các sở, ngành": "lead", "các địa phương": "lead"}


def test_qualifiers_thuoc_tinh_and_khac_stay_in_the_name_and_bo_phan_is_no_ministry():
    found = roles("Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh, Chủ tịch UBND các huyện, thành "
                  "phố, thủ trưởng các đơn vị khác có liên quan đôn đốc các bộ phận chuyên môn báo cáo.")
    assert found == {"UBND tỉnh": None, "các sở, ban, ngành thuộc tỉnh": "lead", "UBND các huyện, thành phố": "lead",
                     "các đơn vị khác có liên quan": "lead"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Đề nghị các Trung tâm hàng năm chỉ thực hiện 02 kỳ báo cáo.", "các Trung tâm"),
    ("Sở yêu cầu các nhà trường trên địa bàn thành phố chủ động xây dựng phương án.",
     "các nhà trường trên địa bàn thành phố"),
    ("Sở đề nghị trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên theo dõi chặt chẽ diễn biến của bão.",
     "trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên"),
    ("Giao Trung tâm hành chính công hướng dẫn tổ chức, cá nhân nộp hồ sơ.", "Trung tâm hành chính công"),
    ("UBND phường yêu cầu hệ thống chính trị phường ra quân tổng vệ sinh.", "hệ thống chính trị phường"),
])
def test_schools_centres_and_a_wards_political_system_are_bodies(sentence, name):
    assert roles(sentence)[name] == "lead"


def test_a_newspaper_printing_a_text_is_named_without_what_it_does():
    found = roles("Công điện yêu cầu UBND huyện Quang Bình triển khai. Báo Hà Giang trân trọng đăng toàn văn Công điện.")
    assert "Báo Hà Giang" in found and found["Báo Hà Giang"] is None


def test_a_letter_that_directs_bodies_gives_them_work():
    found = roles("Ngày 9/5/2023, UBND huyện Vĩnh Linh có văn bản chỉ đạo các cơ quan, ban ngành, đoàn thể huyện, UBND "
                  "các xã, thị trấn; Công ty Lâm nghiệp Bến Hải tăng cường các biện pháp bảo vệ rừng.")
    assert found == {"UBND huyện Vĩnh Linh": None, "các cơ quan, ban ngành, đoàn thể huyện": "lead",
                     "UBND các xã, thị trấn": "lead", "Công ty Lâm nghiệp Bến Hải": "lead"}


def test_a_name_in_brackets_after_an_agency_is_its_alias_not_a_second_agency():
    found = roles("Giao Sở Xây dựng chủ trì, phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai (VNPT Đồng Nai); "
                  "Ủy ban nhân dân cấp xã thực hiện.")
    assert found == {"Sở Xây dựng": "lead", "Sở Khoa học và Công nghệ": "cooperating",
                     "Viễn thông Đồng Nai": "cooperating", "Ủy ban nhân dân cấp xã": "cooperating"}


def test_an_opening_naming_where_does_not_hide_who_acts():
    assert roles("Tại các điểm cầu, Chủ tịch UBND cấp xã sẽ trực tiếp tham gia.") == {"UBND cấp xã": "lead"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Công điện yêu cầu UBND huyện Quang Bình, Bắc Quang triển khai thực hiện chỉ đạo.",
     {"UBND huyện Quang Bình": "lead", "UBND huyện Bắc Quang": "lead"}),
    ("Sở VHTTDL Gia Lai chủ trì, phối hợp với Sở VHTTDL các tỉnh: Đắk Lắk, Kon Tum, UBND thành phố Pleiku tổ chức.",
     {"Sở VHTTDL Gia Lai": "lead", "Sở VHTTDL Đắk Lắk": "cooperating", "Sở VHTTDL Kon Tum": "cooperating",
      "UBND thành phố Pleiku": "cooperating"}),
])
def test_one_body_per_place_a_name_lists(sentence, expected):
    assert roles(sentence) == expected


def test_a_province_after_a_district_is_its_parent_not_another_district():
    assert roles("Giao Công an huyện Nông Sơn, Quảng Nam chủ trì triển khai kế hoạch.") == {"Công an huyện Nông Sơn": "lead"}


def test_units_of_a_label_list_are_read_without_their_parents_and_with_commas_in_their_names():
    found = roles("UBND tỉnh yêu cầu các đơn vị: Chi nhánh Văn phòng Đăng ký đất đai thành phố Đà Lạt thuộc Văn phòng "
                  "Đăng ký đất đai tỉnh, Chi cục Chăn nuôi, Thú y và Thuỷ sản, Trung tâm Đăng kiểm xe cơ giới tổ chức "
                  "làm việc ngày thứ Bảy.")
    assert found == {"UBND tỉnh": None, "Chi nhánh Văn phòng Đăng ký đất đai thành phố Đà Lạt": "lead",
                     "Chi cục Chăn nuôi, Thú y và Thuỷ sản": "lead", "Trung tâm Đăng kiểm xe cơ giới": "lead"}


def test_heads_titled_with_a_slash_and_coastal_localities_are_given_work():
    assert roles("Giám đốc/Thủ trưởng các cơ quan, đơn vị, địa phương đề xuất bổ sung thủ tục hành chính.") == {
        "các cơ quan, đơn vị, địa phương": "lead"}
    assert roles("Đề nghị các địa phương ven biển triển khai phương án.") == {"các địa phương ven biển": "lead"}


def test_administrative_units_surveyed_are_not_bodies():
    assert roles("Đối tượng điều tra bao gồm doanh nghiệp; các đơn vị hành chính, tổ chức hành chính – xã hội.") == {}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thủ tướng yêu cầu: Bí thư tỉnh ủy, thành ủy và chủ tịch UBND các tỉnh, thành phố trực tiếp lãnh đạo.",
     {"tỉnh ủy, thành ủy": "lead", "UBND các tỉnh, thành phố": "lead"}),
    ("Phó Chủ tịch UBND tỉnh yêu cầu ngành nông nghiệp và huyện Thái Thụy lựa chọn cây giống.",
     {"UBND tỉnh": None, "ngành nông nghiệp": "lead", "huyện Thái Thụy": "lead"}),
    ("Đề nghị các xã, phường, đặc khu phối hợp với chính quyền, các tổ chức thành viên tuyên truyền.",
     {"các xã, phường, đặc khu": "lead", "chính quyền": "cooperating", "các tổ chức thành viên": "cooperating"}),
    ("UBND tỉnh yêu cầu UBND các huyện: Bắc Hà, Văn Bàn tổ chức lễ công bố quyết định.",
     {"UBND tỉnh": None, "UBND huyện Bắc Hà": "lead", "UBND huyện Văn Bàn": "lead"}),
    ("Theo đó, ngày 23/4/2025 các thôn trên địa bàn xã sẽ triển khai lấy ý kiến cử tri.",
     {"các thôn trên địa bàn xã": "lead"}),
])
def test_party_committees_sectors_wards_special_zones_and_districts_after_a_label(sentence, expected):
    assert roles(sentence) == expected


def test_one_committee_per_district_named_after_a_plural_unit():
    found = roles("Ủy ban nhân dân tỉnh giao Chủ tịch Ủy ban nhân dân các huyện Giồng Riềng, Vĩnh Thuận và Gò Quao có "
                  "trách nhiệm công bố.")
    assert found == {"Ủy ban nhân dân tỉnh": None, "Ủy ban nhân dân huyện Giồng Riềng": "lead",
                     "Ủy ban nhân dân huyện Vĩnh Thuận": "lead", "Ủy ban nhân dân huyện Gò Quao": "lead"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Sở đã có văn bản gửi các đơn vị y tế trên địa bàn kiểm tra, rà soát công tác mua sắm.",
     "các đơn vị y tế trên địa bàn"),
    ("Giao Quỹ Phòng, chống thiên tai tỉnh Kon Tum thực hiện Quy chế này.", "Quỹ Phòng, chống thiên tai tỉnh Kon Tum"),
])
def test_health_units_addressed_by_a_letter_and_the_disaster_fund_are_given_work(sentence, name):
    assert roles(sentence)[name] == "lead"


def test_a_councils_term_does_not_hide_that_it_announces_and_a_place_field_names_no_body():
    assert roles("Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân như sau:") == {
        "HĐND huyện Ngân Sơn": None}
    assert roles("2. Địa điểm: Phòng Tiếp công dân, trụ sở HĐND&UBND huyện.") == {"Phòng Tiếp công dân": None}


def test_bodies_cooperating_beside_the_issuer_keep_their_role():
    found = roles("Bộ Kế hoạch và Đầu tư chủ trì cùng Văn phòng Chính phủ và các Bộ, ngành liên quan dự thảo Chỉ thị.",
                  issuer="Văn phòng Chính phủ")
    assert found == {"Bộ Kế hoạch và Đầu tư": "lead", "Văn phòng Chính phủ": None, "các Bộ, ngành liên quan": "cooperating"}


def test_a_body_given_work_in_brackets_leads_it_and_an_aside_in_brackets_does_not():
    assert roles("08 giờ 00: Thăm Trường THPT Lê Quý Đôn. (Giao Phòng Văn hóa – Xã hội chuẩn bị nội dung)") == {
        "Trường THPT Lê Quý Đôn": None, "Phòng Văn hóa – Xã hội": "lead"}
    assert roles("Giao Văn phòng UBND tỉnh (Ban Tiếp công dân, Trung tâm Thông tin - Công báo) chuẩn bị hạ tầng.") == {
        "Văn phòng UBND tỉnh": "lead", "Ban Tiếp công dân": None, "Trung tâm Thông tin - Công báo": None}


def test_districts_named_after_cac_huyen_are_one_entry_each():
    found = roles("UBND tỉnh vừa yêu cầu các huyện Thanh Hà, Tứ Kỳ, Kim Thành và Ninh Giang đẩy nhanh tiến độ.")
    assert found == {"UBND tỉnh": None, "huyện Thanh Hà": "lead", "huyện Tứ Kỳ": "lead", "huyện Kim Thành": "lead",
                     "huyện Ninh Giang": "lead"}


def test_a_bare_thanh_after_a_unit_is_a_verb_not_a_city():
    assert roles("UBND cấp xã thành lập Trung tâm Phục vụ hành chính công cấp xã.")["UBND cấp xã"] == "lead"


def test_partners_of_work_a_clause_reports_as_done_are_not_given_work():
    found = roles("Tại mỗi buổi ra quân, đã tuyên truyền, vận động người dân và cùng với chính quyền, các tổ chức chính "
                  "trị - xã hội thực hiện nhiều phần việc.")
    assert not any(found.values())


def test_a_committee_named_by_its_place_alone_is_a_body():
    found = roles("UBND tỉnh yêu cầu Trung tâm Đăng kiểm xe cơ giới; UBND Đà Lạt tổ chức làm việc ngày thứ Bảy.")
    assert found == {"UBND tỉnh": None, "Trung tâm Đăng kiểm xe cơ giới": "lead", "UBND Đà Lạt": "lead"}


def test_the_standing_body_of_the_road_safety_board_is_named_though_it_opens_in_lower_case():
    found = roles("Chủ tịch UBND huyện yêu cầu cơ quan Thường trực Ban An toàn giao thông huyện, Thủ trưởng các cơ quan, "
                  "đơn vị và UBND các xã, thị trấn tổ chức triển khai thực hiện nghiêm túc Công điện số 81.")
    assert found == {"UBND huyện": None, "cơ quan Thường trực Ban An toàn giao thông huyện": "lead",
                     "các cơ quan, đơn vị": "lead", "UBND các xã, thị trấn": "lead"}


def test_a_capital_inside_a_place_name_is_part_of_it_and_a_leader_who_speaks_is_given_no_work():
    assert roles("Lãnh đạo UBND phường Tân Lập nhấn mạnh: “Sự đồng bộ trong chỉ đạo sẽ là yếu tố quyết định.”") == {
        "UBND phường Tân Lập": None}


def test_a_ministrys_departments_and_inspectorate_are_named_by_their_heads_titles():
    found = roles("Giao Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng các Vụ, Cục trưởng các Cục, triển khai.")
    assert found == {"Văn phòng Bộ": "lead", "Thanh tra Bộ": "lead", "các Vụ": "lead", "các Cục": "lead"}
    assert roles("Công an tỉnh điều tra các vụ, việc liên quan.") == {"Công an tỉnh": "lead"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các trường kết thúc học kỳ I trước ngày 18-1-2026.", {"Các trường": "lead"}),
    ("Trong các trường hợp khẩn cấp, Sở Y tế chủ trì.", {"Sở Y tế": "lead"}),
    ("Yêu cầu các địa phương, đơn vị trong tỉnh chủ động ứng phó.", {"các địa phương, đơn vị trong tỉnh": "lead"}),
    ("Yêu cầu UBND các xã ven biển, đặc khu Lý Sơn phải khẩn trương kiểm đếm tàu thuyền.",
     {"UBND các xã ven biển": "lead", "UBND đặc khu Lý Sơn": "lead"}),
])
def test_schools_bodies_within_the_province_and_special_zones_are_collectives_or_places(sentence, expected):
    assert roles(sentence) == expected


def test_doi_voi_gives_work_where_the_clause_opens_on_it_not_after_a_verb():
    assert roles("Riêng đối với Sở Y tế, báo cáo trước ngày 5.") == {"Sở Y tế": "lead"}
    assert roles("Chủ tịch UBND các huyện quyết định thời gian đối với các trường trực thuộc cấp huyện.")[
        "các trường trực thuộc cấp huyện"] is None


def test_the_places_a_zone_is_made_of_act_when_the_zone_must():
    assert roles("Đặc biệt, với vùng trọng điểm nguy cơ gồm các huyện Lương Sơn, Lạc Thủy, Kim Bôi cần tăng cường lực "
                 "lượng.") == {"huyện Lương Sơn": "lead", "huyện Lạc Thủy": "lead", "huyện Kim Bôi": "lead"}


def test_a_chairmans_name_after_the_committee_is_not_part_of_its_place():
    assert roles("Chủ tịch UBND phường Hạc Thành Lê Bá Hải phát biểu khai mạc tại lễ ra quân.") == {
        "UBND phường Hạc Thành": None}
    assert roles("Chủ tịch UBND tỉnh Nguyễn Văn Dũng đề nghị Sở Y tế chủ trì.") == {"UBND tỉnh": None, "Sở Y tế": "lead"}
    assert roles("Giao UBND tỉnh Hà Giang, UBND phường Cầu Ông Lãnh chủ trì.") == {
        "UBND tỉnh Hà Giang": "lead", "UBND phường Cầu Ông Lãnh": "lead"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ban chỉ đạo tỉnh đề nghị UBND các huyện, thị xã; các đơn vị chủ rừng và các sở, ngành có liên quan thực hiện "
     "nghiêm túc các biện pháp bảo vệ rừng.",
     {"Ban chỉ đạo tỉnh": None, "UBND các huyện, thị xã": "lead", "các đơn vị chủ rừng": "lead",
      "các sở, ngành có liên quan": "lead"}),
    ("Giao Sở Văn hóa, Thông tin, Thể thao và Du lịch các tỉnh chủ trì.",
     {"Sở Văn hóa, Thông tin, Thể thao và Du lịch các tỉnh": "lead"}),
    ("Tại các điểm chi trả, cơ quan bảo hiểm xã hội sẽ thực hiện chi trả.", {"cơ quan bảo hiểm xã hội": "lead"}),
    ("UBND các xã và các tổ chức chính trị xã hội trực thuộc vận động các hộ gia đình.",
     {"UBND các xã": "lead", "các tổ chức chính trị xã hội trực thuộc": "lead"}),
])
def test_forest_owners_a_four_part_department_a_services_agencies_and_qualified_mass_organisations(sentence, expected):
    assert roles(sentence) == expected


def test_work_shared_out_to_offices_and_a_heritage_boards_full_name():
    assert roles("Nội dung của công văn cũng phân công trách nhiệm cho các phòng, ban liên quan thực hiện.") == {
        "các phòng, ban liên quan": "lead"}
    assert roles("Theo phân công, Ban Quản lý Khu di tích lịch sử - văn hóa đền Trần, chùa Tháp phải phối hợp Văn phòng "
                 "HĐND-UBND TP.Nam Định tham mưu.") == {
        "Ban Quản lý Khu di tích lịch sử - văn hóa đền Trần, chùa Tháp": "lead",
        "Văn phòng HĐND-UBND TP.Nam Định": "cooperating"}


def test_a_clause_opened_by_va_with_a_subject_of_its_own_gives_it_work():
    found = roles("Học sinh toàn tỉnh sẽ tựu trường vào ngày 25-8 (riêng giáo dục mầm non không tổ chức tựu trường) và "
                  "toàn ngành giáo dục tổ chức khai giảng vào ngày 5-9.")
    assert found == {"ngành giáo dục": "lead"}
    assert roles("Sở Y tế hướng dẫn cho người dân và các địa phương thực hiện.")["các địa phương"] is None
    assert roles("Công an tỉnh phối hợp chặt chẽ UBND xã, nhà đền và các đơn vị liên quan thực hiện.")[
        "các đơn vị liên quan"] != "lead"  # still the partners of a "phối hợp", not a new subject


def test_a_director_and_head_named_without_their_body_let_the_cue_reach_the_next_name():
    assert roles("Bộ GD&ĐT yêu cầu Giám đốc Sở, Thủ trưởng cơ sở giáo dục đại học xây dựng kế hoạch.") == {
        "Bộ GD&ĐT": None, "cơ sở giáo dục đại học": "lead"}


def test_an_asking_reported_as_done_by_another_body_gives_no_work_and_urging_follows_the_asker():
    assert roles("Ông Vi cho biết: UBND huyện đã yêu cầu các đơn vị, cá nhân liên quan tổ chức kiểm điểm.")[
        "các đơn vị, cá nhân liên quan"] is None
    found = roles("Ban Thường trực đề nghị Ủy ban MTTQ các xã: Tham mưu cấp ủy, đồng thời đôn đốc Ban Công tác Mặt trận ở "
                  "các thôn tăng cường tuyên truyền.")
    assert all(role is None for name, role in found.items() if name.startswith("Ban Công tác"))


def test_a_department_written_in_lower_case_before_its_capitalised_name_is_named():
    assert roles("Đối với sở Xây dựng, yêu cầu phải kiểm tra việc xử lý vi phạm.") == {"sở Xây dựng": "lead"}
    assert "sở Ủy ban" not in " ".join(roles("Họp tại trụ sở Ủy ban tỉnh."))


def test_a_documents_title_ends_at_its_comma_and_the_asking_after_it_gives_work():
    found = roles("Tại văn bản số 2128 về việc chấn chỉnh việc tiếp công dân, giải quyết khiếu nại, tố cáo, Chủ tịch UBND "
                  "tỉnh yêu cầu thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huỵện, thị xã bố trí thành phần tham dự.")
    assert found == {"UBND tỉnh": None, "các sở, ban, ngành": "lead", "UBND các huỵện, thị xã": "lead"}
    assert roles("UBND huyện ban hành Công văn số 181 về việc chỉ đạo các xã, thị trấn thực hiện.")["các xã, thị trấn"] is None


def test_a_body_opening_on_doi_voi_is_apart_from_the_asker_after_its_comma():
    assert roles("Đối với sở Xây dựng, UBND TP. Hải Phòng yêu cầu phải kiểm tra.", issuer="UBND TP. Hải Phòng") == {
        "sở Xây dựng": "lead", "UBND TP. Hải Phòng": None}
    assert roles("Đối với TP Chí Linh, thị xã Kinh Môn, phấn đấu trồng 150 ha rừng.") == {
        "TP Chí Linh": "lead", "thị xã Kinh Môn": "lead"}


def test_letters_sent_by_number_bodies_given_their_term_and_a_name_alone_on_its_line():
    found = roles("Ngày 26/5/2020, Bộ Tư pháp đã ban hành các Công văn số 1888/BTP-VP, 1889/BTP-VP và 1890/BTP-VP gửi "
                  "các Bộ, ngành, địa phương và các đơn vị thuộc Bộ hướng dẫn việc chuẩn bị báo cáo.", issuer="Bộ Tư pháp")
    assert found == {"Bộ Tư pháp": None, "các Bộ, ngành, địa phương": "lead", "các đơn vị thuộc Bộ": "lead"}
    found = roles("Thời gian gửi báo cáo như sau: (i) các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ là trước ngày "
                  "16/6/2020.")
    assert found == {"các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ": "lead"}
    assert roles("- Phòng Tổng hợp – Kiểm soát TTHC -") == {"Phòng Tổng hợp – Kiểm soát TTHC": None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sở KH&CN đề nghị các sở, ban, ngành, huyện, thị xã, thành phố trong tỉnh đề xuất nhiệm vụ.",
     {"Sở KH&CN": None, "các sở, ban, ngành, huyện, thị xã, thành phố trong tỉnh": "lead"}),
    ("Giao Sở Ngoại vụ chủ trì, phối hợp với Trung tâm Xúc tiến đầu tư, thương mại và du lịch triển khai.",
     {"Sở Ngoại vụ": "lead", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": "cooperating"}),
    ("Hội đồng NVQS huyện phối hợp chuẩn bị tốt cơ sở vật chất.", {"Hội đồng NVQS huyện": "lead"}),
    ("Chủ tịch UBND xã, Chủ tịch Hội đồng NVQS xã Dầu Giây Mai Văn Hiền chủ trì hội nghị.",
     {"UBND xã": None, "Hội đồng NVQS xã Dầu Giây": None}),
])
def test_districts_listed_on_fields_inside_a_name_the_military_service_council_and_a_meetings_chair(sentence, expected):
    assert roles(sentence) == expected


def test_tat_ca_before_the_bodies_asked_does_not_hide_them():
    found = roles("Tất cả các cơ quan, đơn vị, các đơn vị lực lượng vũ trang, các xã, thị trấn treo cờ Tổ quốc.")
    assert found == {"các cơ quan, đơn vị": "lead", "các đơn vị lực lượng vũ trang": "lead", "các xã, thị trấn": "lead"}


def test_a_sector_named_after_a_list_of_collectives_stands_apart_with_its_province():
    assert roles("Phó Chủ tịch UBND tỉnh yêu cầu lãnh đạo các địa phương, ngành nông nghiệp Thái Bình chỉ đạo nông dân.") == {
        "UBND tỉnh": None, "các địa phương": "lead", "ngành nông nghiệp Thái Bình": "lead"}


def test_state_enterprises_by_kind_and_the_merged_office_of_the_delegation_council_and_committee():
    found = roles("Các Bộ, Ủy ban nhân dân các tỉnh, các Tập đoàn kinh tế, Tổng công ty nhà nước đến nay chưa có báo cáo, "
                  "khẩn trương gửi báo cáo.")
    assert found["các Tập đoàn kinh tế, Tổng công ty nhà nước"] == "lead"
    assert roles("Giao Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh chủ trì.") == {
        "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh": "lead"}


def test_the_front_written_ub_mttqvn_offices_and_centres_of_a_district_and_the_hamlets_boards():
    found = roles("UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Thủ trưởng các phòng, ban, ngành, trung tâm thuộc "
                  "huyện, Chủ tịch UBND các xã - thị trấn tổ chức thực hiện tổng vệ sinh.")
    assert found == {"UBND huyện": None, "UB.MTTQVN": "lead", "các đoàn thể huyện": "lead",
                     "các phòng, ban, ngành, trung tâm thuộc huyện": "lead", "UBND các xã - thị trấn": "lead"}
    assert roles("Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị và Ban Nhân dân các thôn, tổ dân phố ra quân.") == {
        "Ủy ban nhân dân xã": None, "các cơ quan, đơn vị": "lead", "Ban Nhân dân các thôn, tổ dân phố": "lead"}


def test_a_title_before_a_body_is_not_its_name_and_work_given_in_detail_is_given():
    found = roles("Giao Chi cục Trưởng Chi cục Thủy sản chủ trì, phối hợp với Sở Giáo dục - Đào tạo triển khai.")
    assert found == {"Chi cục Thủy sản": "lead", "Sở Giáo dục - Đào tạo": "cooperating"}
    assert roles("Hội đồng đã giao nhiệm vụ cụ thể cho UBND các xã, thị trấn.", issuer="Hội đồng")[
        "UBND các xã, thị trấn"] == "lead"


def test_a_label_list_of_departments_abbreviated_and_heads_titled_between_them():
    found = roles("Giao Giám đốc các Sở: Nông nghiệp và PTNT, Lao động - Thương binh và Xã hội, Chỉ huy trưởng Bộ Chỉ huy "
                  "Bộ đội Biên phòng tỉnh, Chi cục Trưởng Chi cục Thủy sản và Thủ trưởng các cơ quan liên quan thực hiện.")
    assert found == {"Sở Nông nghiệp và PTNT": "lead", "Sở Lao động - Thương binh và Xã hội": "lead",
                     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": "lead", "Chi cục Thủy sản": "lead", "các cơ quan liên quan": "lead"}
    assert roles("Thanh tra Sở Y tế tiếp công dân thường xuyên.") == {"Thanh tra Sở Y tế": "lead"}


def test_forest_rangers_their_teams_and_boards_and_forest_companies_and_owners():
    found = roles("Chi cục Kiểm lâm đề nghị UBND xã, phường, Đội Kiểm lâm Cơ động và PCCCR số I, II, Hạt Kiểm lâm khu vực, "
                  "Ban quản lý rừng đặc dụng, phòng hộ, các Công ty lâm nghiệp, chủ rừng trên địa bàn tỉnh thực hiện.",
                  issuer="Chi cục Kiểm lâm")
    assert found == {"Chi cục Kiểm lâm": None, "UBND xã, phường": "lead", "Đội Kiểm lâm Cơ động và PCCCR": "lead",
                     "Hạt Kiểm lâm khu vực": "lead", "Ban quản lý rừng đặc dụng, phòng hộ": "lead",
                     "các Công ty lâm nghiệp": "lead", "chủ rừng trên địa bàn tỉnh": "lead"}
    assert roles("Giao Công ty Lâm nghiệp Bến Hải và Đội Thanh tra xây dựng Long Biên thực hiện.") == {
        "Công ty Lâm nghiệp Bến Hải": "lead", "Đội Thanh tra xây dựng Long Biên": "lead"}
    assert roles("Đội ngũ cán bộ được tăng cường.") == {}


def test_places_warned_or_rated_are_described_not_given_work():
    found = roles("Cụ thể, các xã Mường Hoong, Ngọc Linh được cảnh báo cháy rừng ở cấp III; trong khi đó, các xã Đăk Long, "
                  "Đăk Môn và thị trấn Đăk Glei ở cấp II.")
    assert all(role is None for role in found.values())
    assert roles("Sở Giáo dục - Đào tạo được yêu cầu phối hợp với Sở Y tế xây dựng phương án.")[
        "Sở Giáo dục - Đào tạo"] is not None  # asked in the passive: still given the work


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đơn vị lực lượng vũ trang của thành phố phải thực hiện.",
     {"Các cấp ủy Đảng": "lead", "chính quyền": "lead", "Mặt trận Tổ quốc": "lead",
      "các đơn vị lực lượng vũ trang của thành phố": "lead"}),
    ("1/ Tất cả các cơ quan, các thôn, các cơ sở di tích lịch sử văn hóa thực hiện treo cờ Tổ quốc.",
     {"các cơ quan": "lead", "các thôn": "lead", "các cơ sở di tích lịch sử văn hóa": "lead"}),
    ("Đối với khối giáo dục, bắt đầu thực hiện từ lễ khai giảng.", {"khối giáo dục": "lead"}),
])
def test_party_committees_at_every_level_heritage_sites_blocs_and_items_numbered_with_a_slash(sentence, expected):
    assert roles(sentence) == expected


def test_the_councils_standing_committee_and_a_matter_handed_over_to_be_dealt_with():
    found = roles("Chủ tịch UBND tỉnh phối hợp với Đoàn ĐBQH tỉnh, Thường trực HĐND tỉnh, Ban Thường trực UBMTTQ Việt Nam "
                  "tỉnh tiếp công dân định kỳ vào ngày 25 hằng tháng.")
    assert found == {"UBND tỉnh": "lead", "Đoàn ĐBQH tỉnh": "cooperating", "Thường trực HĐND tỉnh": "cooperating",
                     "Ban Thường trực UBMTTQ Việt Nam tỉnh": "cooperating"}
    found = roles("Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án đầu tư xây dựng tỉnh để xử lý.",
                  issuer="Văn phòng UBND tỉnh")
    assert found == {"Văn phòng UBND tỉnh": None, "Ban Quản lý dự án đầu tư xây dựng tỉnh": "lead"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thành ủy Hà Nội yêu cầu từ hôm nay (1/8), các cơ quan, đoàn thể thực hiện nghi thức chào cờ.",
     {"Thành ủy Hà Nội": None, "các cơ quan, đoàn thể": "lead"}),
    ("Khi có cháy rừng, các xã, thị trấn và đơn vị chủ rừng báo cáo nhanh.",
     {"các xã, thị trấn": "lead", "đơn vị chủ rừng": "lead"}),
    ("Trong thời gian nghỉ tết, các Phòng ban chuyên môn và các cơ quan, đơn vị bố trí trực.",
     {"các Phòng ban chuyên môn": "lead", "các cơ quan, đơn vị": "lead"}),
    ("Theo đó, Công an tỉnh là lực lượng nòng cốt, chủ trì phối hợp với các sở triển khai.",
     {"Công an tỉnh": "lead", "các sở": "cooperating"}),
    ("Họp tại Hội trường (Phòng Kinh tế và Hạ tầng chuẩn bị báo cáo).", {"Phòng Kinh tế và Hạ tầng": "lead"}),
    ("Gửi báo cáo về Bộ Y tế (Cục Phòng, chống HIV/AIDS, số 8 Phố Tôn Thất Thuyết).",
     {"Bộ Y tế": None, "Cục Phòng, chống HIV/AIDS": None}),
])
def test_asks_from_a_time_conditions_offices_appositions_and_work_in_brackets(sentence, expected):
    assert roles(sentence) == expected


def test_districts_counted_before_their_names_are_directed_by_the_issuers_vice_chairman():
    found = roles("Phó Chủ tịch UBND tỉnh kiểm tra, chỉ đạo hai huyện Kiến Xương và Tiền Hải đẩy nhanh tiến độ.",
                  issuer="UBND tỉnh")
    assert found == {"UBND tỉnh": None, "huyện Kiến Xương": "lead", "huyện Tiền Hải": "lead"}


def test_the_agent_of_work_after_do_leads_it_but_not_the_author_of_a_text():
    assert roles("Số lượng cây trồng trong lễ phát động do các huyện, thành phố tự bố trí.") == {
        "các huyện, thành phố": "lead"}
    assert roles("Văn bản do UBND tỉnh ban hành.") == {"UBND tỉnh": None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Công điện khẩn của UBND tỉnh Quảng Ninh gửi các địa phương, sở, ban, ngành, đơn vị trên địa bàn toàn tỉnh về việc "
     "triển khai Chỉ thị 16.",
     {"UBND tỉnh Quảng Ninh": None, "các địa phương, sở, ban, ngành, đơn vị trên địa bàn toàn tỉnh": "lead"}),
    ("UBND huyện đã ban hành nhiều văn bản chỉ đạo các phòng, ban, ngành thực hiện nghiêm công tác phòng chống dịch.",
     {"UBND huyện": None, "các phòng, ban, ngành": None}),
    ("Giao Ủy ban nhân dân các huyện, thị xã và thành phố Huế thực hiện.",
     {"Ủy ban nhân dân các huyện, thị xã": "lead", "Ủy ban nhân dân thành phố Huế": "lead"}),
    ("UBND các huyện, thành phố Cà Mau thực hiện.", {"UBND các huyện, thành phố Cà Mau": "lead"}),
    ("Ban Quản lý Khu Kinh tế, công nghiệp tỉnh thực hiện.", {"Ban Quản lý Khu Kinh tế, công nghiệp tỉnh": "lead"}),
    ("Ban Quản lý Khu kinh tế tỉnh, Công an tỉnh thực hiện.", {"Ban Quản lý Khu kinh tế tỉnh": "lead", "Công an tỉnh": "lead"}),
    ("Yêu cầu UBND TP Đà Lạt phối hợp với Công ty CP đầu tư Lan Anh Đà Lạt khắc phục các sự cố.",
     {"UBND TP Đà Lạt": "lead", "Công ty CP đầu tư Lan Anh Đà Lạt": "cooperating"}),
    ("Các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì và Quản lý nhà "
     "nước do Sở Nội vụ chủ trì.", {"Sở KH-ĐT": "lead", "Sở VH-TT": "lead", "Sở Nội vụ": "lead"}),
    ("Sở Nội vụ làm chủ nhiệm đề án, phối hợp các sở, ngành chuyên môn tổ chức nghiên cứu.",
     {"Sở Nội vụ": "lead", "các sở, ngành chuyên môn": "cooperating"}),
    ("Chính quyền các địa phương trong tỉnh khẩn trương rà soát.", {"Chính quyền các địa phương trong tỉnh": "lead"}),
    ("Ngày 1-10, Sở Y tế TP Cần Thơ có văn bản gửi các đơn vị.", {"Sở Y tế TP Cần Thơ": None, "các đơn vị": "lead"}),
    ("Đồng thời, yêu cầu Trung tâm Y tế quận, huyện báo cáo ngay số liệu.", {"Trung tâm Y tế quận, huyện": "lead"}),
    ("Giao Trung tâm Y tế huyện Cái Bè, Công an huyện thực hiện.",
     {"Trung tâm Y tế huyện Cái Bè": "lead", "Công an huyện": "lead"}),
    ("Theo đó, Chủ tịch Ủy ban nhân dân huyện Giao Chủ tịch UBND xã Hòa Bình có trách nhiệm phối hợp với các đơn vị.",
     {"Ủy ban nhân dân huyện": None, "UBND xã Hòa Bình": "lead", "các đơn vị": "cooperating"}),
])
def test_letters_sent_by_a_named_body_and_collectives_across_the_whole_province(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các địa phương còn lại tiếp tục thực hiện.", {"Các địa phương còn lại": "lead"}),
    ("Yêu cầu các tỉnh báo cáo thưởng Tết.", {"các tỉnh": "lead"}),
    ("Bộ LĐ-TB&XH yêu cầu các Sở LĐ-TB&XH trên cả nước phối hợp với ban quản lý khu công nghiệp, khu chế xuất, khu kinh "
     "tế, Liên đoàn Lao động cấp tỉnh và các đơn vị liên quan nắm bắt tình hình.",
     {"Bộ LĐ-TB&XH": None, "các Sở LĐ-TB&XH trên cả nước": "lead",
      "ban quản lý khu công nghiệp, khu chế xuất, khu kinh tế": "cooperating",
      "Liên đoàn Lao động cấp tỉnh": "cooperating", "các đơn vị liên quan": "cooperating"}),
    ("Yêu cầu phòng giáo dục và đào tạo các huyện, thị xã, thành phố, thủ trưởng các cơ sở giáo dục mầm non, giáo dục phổ "
     "thông, các trung tâm giáo dục thường xuyên, giáo dục nghề nghiệp-giáo dục thường xuyên thông báo.",
     {"phòng giáo dục và đào tạo các huyện, thị xã, thành phố": "lead",
      "các cơ sở giáo dục mầm non, giáo dục phổ thông": "lead",
      "các trung tâm giáo dục thường xuyên, giáo dục nghề nghiệp-giáo dục thường xuyên": "lead"}),
    ("UBND tỉnh cũng yêu cầu các trường cao đẳng, đại học tăng cường giám sát y tế.",
     {"UBND tỉnh": None, "các trường cao đẳng, đại học": "lead"}),
])
def test_collectives_of_the_rest_of_the_whole_country_of_zones_boards_and_of_kinds_of_schools(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Theo đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND xã Tiến Thắng, bắt đầu từ ngày 12/9, xã sẽ tổ chức khám.",
     {"UBND xã Tiến Thắng": None}),
    ("Vụ Kế hoạch – Tài chính chủ trì hướng dẫn thực hiện chế độ báo cáo.", {"Vụ Kế hoạch – Tài chính": "lead"}),
    ("Vụ Đông Xuân năm nay cần chú ý phòng sâu bệnh.", {}),
    ("Mọi chi tiết xin liên hệ: Vụ Công tác học sinh, sinh viên - Bộ Giáo dục và Đào tạo, 35 Đại Cồ Việt.",
     {"Vụ Công tác học sinh": None, "Bộ Giáo dục và Đào tạo": None}),
])
def test_an_officer_quoted_a_ministrys_department_and_a_contact_point(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các thành viên Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh bám sát địa bàn.",
     {"Các thành viên Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh": "lead"}),
    ("Yêu cầu các cơ quan thành viên Ban Chỉ đạo và Ban tổ chức Đại hội xây dựng kế hoạch.",
     {"các cơ quan thành viên Ban Chỉ đạo": "lead", "Ban tổ chức Đại hội": "lead"}),
    ("Chủ tịch, Phó Chủ tịch và thành viên Ủy ban nhân dân xã chịu trách nhiệm trước Hội đồng nhân dân xã.",
     {"Ủy ban nhân dân xã": "lead", "Hội đồng nhân dân xã": None}),
])
def test_a_boards_members_are_one_collective_named_with_them(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sở NN-PTNT đề nghị các địa phương ven biển, đơn vị liên quan thông báo rộng rãi.",
     {"Sở NN-PTNT": None, "các địa phương ven biển, đơn vị liên quan": "lead"}),
    ("Giao các địa phương, ngành nông nghiệp Thái Bình thực hiện.",
     {"các địa phương": "lead", "ngành nông nghiệp Thái Bình": "lead"}),
    ("Yêu cầu các cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan thực hiện.",
     {"các cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan": "lead"}),
    ("Vận động hộ gia đình, cá nhân thu gom rác.", {}),
])
def test_kinds_of_bodies_under_one_head_and_households_among_them(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Từ đó, Chủ tịch tỉnh Cà Mau chỉ đạo công an tỉnh, Văn phòng Tỉnh ủy, Ban quản lý dự án công trình xây dựng tỉnh "
     "phối hợp kiểm tra mức độ an toàn.",
     {"công an tỉnh": "lead", "Văn phòng Tỉnh ủy": "lead", "Ban quản lý dự án công trình xây dựng tỉnh": "lead"}),
    ("Sở Y tế chỉ đạo các bệnh viện, Trung tâm Y tế huyện thực hiện.", {"Sở Y tế": "lead", "Trung tâm Y tế huyện": None}),
    ("Bộ Thông tin và Truyền thông đề nghị Quý Cơ quan chỉ đạo triển khai.",
     {"Bộ Thông tin và Truyền thông": None, "Quý Cơ quan": "lead"}),
])
def test_a_provinces_chairman_directs_for_his_committee_and_a_letters_word_for_its_addressee(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("UBND quận Hoàn Kiếm yêu cầu các phòng, ban, đơn vị thuộc quận, Công ty Cổ phần Đồng Xuân và UBND các phường chủ động "
     "phối hợp, triển khai thực hiện tốt các nhiệm vụ.",
     {"UBND quận Hoàn Kiếm": None, "các phòng, ban, đơn vị thuộc quận": "lead", "Công ty Cổ phần Đồng Xuân": "lead",
      "UBND các phường": "lead"}),
    ("UBND quận Hoàn Kiếm cũng đề nghị các sở, ngành thành phố phối hợp triển khai thực hiện.",
     {"UBND quận Hoàn Kiếm": None, "các sở, ngành thành phố": "cooperating"}),
])
def test_bodies_asked_only_to_help_carry_out_the_issuers_work_cooperate(sentence, expected):
    assert roles(sentence, issuer="UBND quận Hoàn Kiếm") == expected


def test_an_earlier_letters_asks_give_no_work_now():
    assert roles("Trước đó, Bộ Nội vụ đã gửi Công văn 8091/BNV-TCBC ngày 17/9/2025 yêu cầu các bộ, ngành, địa phương báo "
                 "cáo.") == {"Bộ Nội vụ": None, "các bộ, ngành, địa phương": None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Các văn bản trên đề nghị thủ trưởng các sở ngành, đoàn thể nói trên rút kinh nghiệm.",
     {"các sở ngành, đoàn thể nói trên": "lead"}),
    ("Thủ trưởng các đơn vị thuộc, trực thuộc Bộ có trách nhiệm theo dõi.", {"các đơn vị thuộc, trực thuộc Bộ": "lead"}),
    ("Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh theo dõi.",
     {"Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh": "lead"}),
    ("Trong các ngày tiếp công dân định kỳ của Chủ tịch UBND huyện thì Lãnh đạo các phòng, ban chuyên môn liên quan tham "
     "gia tiếp cùng khi có yêu cầu.", {"UBND huyện": None, "các phòng, ban chuyên môn liên quan": "cooperating"}),
    ("Nếu địa phương nào để dịch lây lan thì Chủ tịch UBND địa phương đó phải chịu trách nhiệm.",
     {"UBND địa phương đó": None}),
])
def test_pointers_units_under_a_ministry_long_board_names_and_a_time_before_then(sentence, expected):
    assert roles(sentence) == expected


def test_an_official_reported_in_person_gives_his_body_no_work_but_a_title_alone_stands_for_it():
    assert roles("Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải tặng quà cho các đơn vị thi công.") == {
        "Tỉnh ủy Cà Mau": None, "các đơn vị": None}
    assert roles("Giao Giám đốc Sở Y tế chủ trì.") == {"Sở Y tế": "lead"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chủ tịch UBND tỉnh yêu cầu Bộ đội Biên phòng tỉnh, Chủ tịch UBND các huyện ven biển, thành phố Đồng Hới, thị xã Ba Đồn "
     "tìm mọi biện pháp thông báo.",
     {"Bộ đội Biên phòng tỉnh": "lead", "UBND các huyện ven biển": "lead", "UBND thành phố Đồng Hới": "lead",
      "UBND thị xã Ba Đồn": "lead", "UBND tỉnh": None}),
    ("Yêu cầu Chủ tịch Ủy ban nhân dân các huyện, thành phố, Chủ đầu tư các công trình đang thi công xây dựng, Báo Hòa Bình "
     "và Công ty TNHH MTV Khai thác công trình thủy lợi Hòa Bình tập trung chỉ đạo.",
     {"Ủy ban nhân dân các huyện, thành phố": "lead", "Chủ đầu tư các công trình đang thi công xây dựng": "lead",
      "Báo Hòa Bình": "lead", "Công ty TNHH MTV Khai thác công trình thủy lợi Hòa Bình": "lead"}),
])
def test_places_after_a_committees_collective_share_its_head_and_owners_of_works_and_companies_by_their_kind(
        sentence, expected):
    assert roles(sentence) == expected
