"""Who issues a text that has no document header: the body a news headline opens on, the committee or body that asks
in its lead, or the body whose own news it is."""

import re

from rules.ingest.mentions import MentionFinder
from rules.ingest.normalize import name_key
from rules.ingest.roles import strip_intro
from rules.ingest.segment import line_end
from rules.ingest.titles import NEWS_TAG

# "Ngày 31-7, ...", "Sáng 15/11, ...": a sentence that opens on the day something happened.
DAY_OPENING = re.compile(r"\s*(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s*,")
_COMMITTEE_AT = re.compile(r"(?<![\w])(?:ủy ban nhân dân|ubnd|ub nhân dân) (?:tỉnh|thành phố|tp)(?![\w])")
_NAMED_PROVINCE_COMMITTEE = re.compile(r"ủy ban nhân dân (?:tỉnh|thành phố) \w")
# "Ngày 22/2, Chủ tịch UBND tỉnh có văn bản chỉ đạo ...": a committee named bare asks when it (or its head) opens the lead.
_HEAD_OF = re.compile(r"\s*(?:(?:phó\s+)?chủ tịch\s*)?")
# "TTH - ", "(BĐT) - ": a news site's tag before its lead, in folded text.
_FOLDED_TAG = re.compile(r"\s*(?:\([^()\n]{2,30}\)|[^\W\d_][\w.]{1,15})\s*[-–]\s+")
# "Ủy ban nhân dân xã Tân Đoàn thông báo lịch tiếp công dân": a district's or commune's own text, when no province asks.
_LOCAL_COMMITTEE_AT = re.compile(r"(?<![\w])(?:ủy ban nhân dân|ubnd|ub nhân dân) (?:huyện|quận|thị xã|xã|phường|thị trấn|"
                                 r"đặc khu)(?![\w])")
_NAMED_LOCAL_COMMITTEE = re.compile(r"ủy ban nhân dân (?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) \w")
_ASKS = re.compile(r"\s*(?:(?:đã|vừa|cũng|mới|tiếp tục)\s+)*(?:yêu cầu|đề nghị|giao|chỉ đạo|thông báo|ban hành|phê bình|lưu ý|"
                   r"nhắc nhở|chuyển (?:nội dung|văn bản|hồ sơ|đơn)|"
                   r"có (?:văn bản|công văn|ý kiến|quyết định|thông báo|công điện))(?![\w])")
# "đề nghị UBND tỉnh Bắc Ninh", "yêu cầu Chủ tịch UBND tỉnh Kon Tum": the body named next is asked.
ASKED = re.compile(r"(?<![\w])(?:đề nghị|yêu cầu|giao|gửi|chỉ đạo|kiến nghị)(?:\s+(?:cho|đến|tới))?"
                    r"(?:\s+(?:phó\s+)?chủ tịch)?\s*$")
_HEADLINE_ASKS = re.compile(rf"{_ASKS.pattern}|\s*(?:\([^()]*\)\s*)?(?:(?:đã|vừa)\s+)?(?:hướng dẫn|phát động|lấy ý kiến|"
                            r"triển khai kế hoạch)"
                            r"(?![\w])")
_CITED_BY = re.compile(r"(?<![\w])(?:của|theo|về|tại)\s*$")
_LEADS_AFTER = re.compile(r"\s*(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|:)")
_NEWS_WHEN = re.compile(r"\s*(?:sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua|hôm qua)\s*,?")
_PRESS = re.compile(r"(?:báo|tạp chí|đài|thông tấn|cổng thông tin|trang thông tin)(?![\w])")
_PASSIVE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*,?\s*)?(?:được|bị|là)(?![\w])")
# How far into a text without a header its asker is looked for: the lead of a news item.
_OPENING_REACH = 900


def issuer_of_text(text: str, folded: str, finder: MentionFinder) -> str | None:
    """The issuer of a text without a header, in the order the clues are trusted; None when none names one."""
    return (_headline_body(text, folded, finder) or _asking_committee(text, folded, finder)
            or _asking_body(text, folded, finder) or _local_voice(text, folded, finder))


def _headline_body(text: str, folded: str, finder: MentionFinder) -> str | None:
    """In a text without a header, the body a news headline opens on as it asks or guides ("Bộ Nội vụ hướng dẫn
    thực hiện chế độ báo cáo ..."): the issuer of what the item reports."""
    mentions = finder.find(text, folded, 0, line_end(folded))
    tag = NEWS_TAG.match(text)  # "TTĐT - Sở Nội vụ ..."
    opening = tag.end() if tag else 0
    if mentions and not folded[opening:mentions[0].start].strip() and _HEADLINE_ASKS.match(folded, mentions[0].end):
        return mentions[0].name
    return None


def _asking_committee(text: str, folded: str, finder: MentionFinder) -> str | None:
    """In a text without a header (a news report), the provincial People's Committee that asks or announces
    ("UBND tỉnh Long An thông báo ...", "UBND tỉnh Phú Thọ yêu cầu, ..."): the issuer."""
    province = _COMMITTEE_AT.search(folded)
    # A province named before may be the one asking, in words not read here ("UBND tỉnh Bình Thuận nêu rõ: ...").
    local_until = province.start() if province else len(folded)
    bare: str | None = None  # a committee named bare, taken only if no named one asks ("UBND tỉnh Sơn La ...")
    for level, named, until in ((_COMMITTEE_AT, _NAMED_PROVINCE_COMMITTEE, len(folded)),
                                (_LOCAL_COMMITTEE_AT, _NAMED_LOCAL_COMMITTEE, local_until)):
        for committee in level.finditer(folded, 0, until):  # only where a committee is named: no second full read
            mentions = finder.find(text, folded, committee.start(), min(len(folded), committee.start() + 120))
            mention = mentions[0] if mentions and mentions[0].start == committee.start() else None
            own = folded[mention.start:mention.end] if mention else ""  # one committee, not "UBND các tỉnh, thành phố"
            if mention is None or "các " in own or "," in own or not _ASKS.match(folded, mention.end):
                continue
            if ASKED.search(folded, max(0, mention.start - 40), mention.start):
                continue  # "Bộ Y tế vừa có công văn khẩn đề nghị UBND tỉnh Bắc Ninh chỉ đạo ...": asked, not asking
            if named.match(name_key(mention.name)):
                return mention.name
            if bare is None and level is _COMMITTEE_AT and _opens_lead(folded, mention.start):
                bare = mention.name
        if bare is not None:
            return bare
    return None


def _opens_lead(folded: str, position: int) -> bool:
    """The name at `position` is the subject of a dated news lead, maybe by its chairman ("Ngày 22/2, Chủ tịch ...")."""
    when = DAY_OPENING.match(folded, clause_opening(folded, position), position)
    return when is not None and _HEAD_OF.fullmatch(folded, when.end(), position) is not None


def _asking_body(text: str, folded: str, finder: MentionFinder) -> str | None:
    """In a text without a header, the one body that opens a clause of its first lines asking ("Theo công văn này,
    Bộ GD&ĐT yêu cầu Giám đốc Sở ..."): a ministry, a department or a council speaking through a news item."""
    for mention in finder.find(text, folded, 0, min(len(folded), _OPENING_REACH)):
        clause = clause_opening(folded, mention.start)
        own = folded[mention.start:mention.end]
        if (not mention.collective and "các " not in own and "," not in own and _ASKS.match(folded, mention.end)
                and not strip_intro(folded[clause:mention.start])):
            return mention.name
    return None


def _local_voice(text: str, folded: str, finder: MentionFinder) -> str | None:
    """In a text without a header, the first body named that acts in its own sentence: a commune's, ward's or
    district's People's Committee ("UBND phường Cầu Ông Lãnh triển khai ..."), or any body a dated news lead opens
    on ("Ngày 30/3/2022, UBND xã An Hiệp tiếp tục tổ chức ra quân ..."): the item is its own news, it is the issuer."""
    # (Not a body cited: "Thực hiện Kế hoạch số 212/KH-UBND ngày 01/07/2022 của Ủy ban nhân dân Quận 1".)
    mentions = [mention for mention in finder.find(text, folded, 0, min(len(folded), _OPENING_REACH * 2))
                if not mention.place and not _CITED_BY.search(folded, max(0, mention.start - 12), mention.start)]
    if not mentions:
        return None
    first = mentions[0]
    clause = clause_opening(folded, first.start)
    own = folded[first.start:first.end]
    # Any body is the voice of a news lead that opens on when ("Sáng 15.12, Công an tỉnh Quảng Bình tổ chức lễ ra
    # quân ..."); without that opening, only a local committee (a bare text may start in a task list).
    when = DAY_OPENING.match(folded, clause, first.start) or _NEWS_WHEN.match(folded, clause, first.start)
    opening = strip_intro(folded[when.end() if when else clause:first.start])
    if ("các " in own or "," in own or first.collective or opening or _PRESS.match(own)
            or _PASSIVE_AFTER.match(folded, first.end) or _LEADS_AFTER.match(folded, first.end)):
        return None  # (nor "Ngày 19/10/2025, Báo Pháp luật ... có bài viết": the press reports, it issues nothing)
    return first.name if when or _NAMED_LOCAL_COMMITTEE.match(name_key(first.name)) else None


def clause_opening(folded: str, position: int) -> int:
    """Where the clause holding `position` starts ("Sáng 15.12, ...": the dot of a date does not end one; "(BĐT) -
    Ngày 16/8/2021, ...": a news site's tag does not belong to it)."""
    found = [folded.rfind(mark, 0, position) for mark in (". ", ";", ":", "\n")]
    start = max([0] + [index + 1 for index in found if index >= 0])
    # (the tag opens a line: the first, or one after a headline; NEWS_TAG reads capitals, and this text is folded)
    tag = _FOLDED_TAG.match(folded, start, position) if start == 0 or folded[start - 1] == "\n" else None
    return tag.end() if tag else start
