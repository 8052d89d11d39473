"""Agencies in sentences and who does what: "X chủ trì, phối hợp với Y, Z", "giao X", "đề nghị X"; the registry."""

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
    assert own == {"Bộ Y tế": None, "các bộ, ngành": None}


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
