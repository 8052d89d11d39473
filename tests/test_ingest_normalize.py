"""One spelling for Vietnamese text: Unicode forms, tone-mark placement, case; offsets kept for quoting."""

import unicodedata
from datetime import date

from rules.ingest.normalize import clean, fold, name_key, unify_tones
from rules.ingest.reading import read_text


def test_both_tone_mark_placements_share_one_spelling():
    for old, new in (("hoà", "hòa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"), ("Toà án", "Tòa án")):
        assert unify_tones(old) == unify_tones(new) == new
    assert unify_tones("quý") == "quý" and unify_tones("hoàng") == "hoàng"  # "qu" and closed syllables stay


def test_fold_keeps_every_offset():
    text = clean("UBND tỉnh Tiền Giang yêu cầu Sở Văn hoá, Thể thao và Du lịch")
    assert len(fold(text)) == len(text)
    assert fold(text).index("sở văn hóa") == text.index("Sở Văn hoá")


def test_name_keys_ignore_case_punctuation_cac_and_abbreviations():
    assert name_key("các Sở, ban ngành") == name_key("CÁC SỞ - BAN - NGÀNH")
    assert name_key("Sở LĐ-TB&XH") == name_key("Sở Lao động - Thương binh và Xã hội")
    assert name_key("UBND TP. Mỹ Tho") == name_key("Ủy ban nhân dân thành phố Mỹ Tho")


def test_decomposed_text_reads_like_composed_text():
    sentence = "Giao Sở Thông tin và Truyền thông chủ trì, báo cáo trước ngày 10/6/2021."
    composed = read_text(sentence)
    decomposed = read_text(unicodedata.normalize("NFD", sentence))
    assert [a.mention.name for a in decomposed.assignments] == [a.mention.name for a in composed.assignments]
    assert [item.schedule.schedule for item in decomposed.items if item.schedule] == \
           [item.schedule.schedule for item in composed.items if item.schedule]


def test_words_glued_by_a_bad_copy_are_parted_but_brand_names_are_not():
    assert clean("Báo Hậu Giang, ĐàiPhát thanh và Truyền hình tỉnhHậu Giang") == (
        "Báo Hậu Giang, Đài Phát thanh và Truyền hình tỉnh Hậu Giang")
    assert clean("YouTube, TikTok, VNeID, iPhone") == "YouTube, TikTok, VNeID, iPhone"


def test_two_lower_case_syllables_run_together_are_parted_where_one_ends_and_the_next_begins():
    assert clean("Sở Tài nguyên và Môi trườngchủ trì, hoàn thành trướcngày 20/11/2023") == (
        "Sở Tài nguyên và Môi trường chủ trì, hoàn thành trước ngày 20/11/2023")
    assert clean("hộiphát triển, lãnhđạo, địaphương") == "hội phát triển, lãnh đạo, địa phương"
    assert clean("nguyễn, khuyến khích, nghiêng, ngoằn ngoèo, giường, email") == (
        "nguyễn, khuyến khích, nghiêng, ngoằn ngoèo, giường, email")


def test_a_number_spelled_again_in_brackets_reads_as_the_number():
    found = read_text("Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng;\n"
                      "Chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một) đối với báo cáo định kỳ hằng năm.",
                      issued_on=date(2023, 3, 1))
    assert [item.schedule.schedule.rule for item in found.items if item.schedule] == [
        "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25"]
    assert "(mười lăm)" in found.text  # the text quoted to the reader is untouched


def test_a_syllable_typed_with_two_tone_marks_folds_with_the_last_one():
    assert fold("Chủ tịch UBND các huỵện") == "chủ tịch ubnd các huyện"
    assert len(fold("huỵện")) == len("huỵện")
