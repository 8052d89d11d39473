"""Who leads and who cooperates: "X chủ trì, phối hợp với Y, Z", "giao X", "đề nghị X", "X có trách nhiệm";
an agency that only receives a report ("báo cáo về UBND tỉnh") or is cited gets no role."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rules.ingest.mentions import Mention

Role = Literal["lead", "cooperating"]

# What may stand between two names of one list: "X, Y và Z", "X cùng Y", "các tổ chức ... như X, Y",
# "X; Y (VNPT); Z", "X/Y".
# People standing for their agency: "giao Giám đốc Sở Y tế" is "giao Sở Y tế", "các thành viên Ban Chỉ đạo X" is X;
# and a plural before a name the patterns read without it ("Các Ban QLDA chuyên ngành tỉnh").
_TITLE_WORDS = (r"(?:đồng chí\s+)?(?:tất cả|toàn thể|(?:giám đốc|thủ trưởng) (?:các\s+)?(?:sở|bộ|ngành)(?=\s*(?:,|và\s))|"
                r"(?:các\s+)?thành viên|các|những|hai|ba|bốn|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|"
                r"thủ trưởng|chỉ huy trưởng|trưởng ban|trưởng|chánh văn phòng|chánh|vụ trưởng|tổng cục trưởng|"
                r"viện trưởng|hiệu trưởng|"
                r"cục trưởng|chi cục trưởng|bộ trưởng|người đứng đầu|lãnh đạo|bí thư|tổng giám đốc|chuyên viên|công chức)")
# "..., đơn vị lực lượng vũ trang cấp tỉnh, Ủy ban nhân dân các huyện": a level qualifying the list so far.
# ("Đội Kiểm lâm Cơ động số I, II, Hạt Kiểm lâm ...": the numbers of units sharing a name)
_GAP = (rf"(?:[\s,;/…]|\([^()]{{0,60}}\)|{_TITLE_WORDS}(?=[\s,])|cấp\s+(?:tỉnh|huyện|xã|cơ sở)(?![\w])|"
        r"số\s+(?:[ivx]{1,4}|\d{1,2})(?:\s*(?:,|và)\s*(?:[ivx]{1,4}|\d{1,2})(?![\w]))*(?![\w]))*")
_SEPARATOR = re.compile(rf"{_GAP}(?:(?:và|cùng với|cùng|với|như|hoặc|\.\.\.){_GAP})*")
_COOPERATING_CUE = re.compile(
    r"(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)?|với sự phối hợp(?:\s+chặt chẽ)?\s+của|sự phối hợp của|"
    r"sự tham gia của|cùng với|cùng)\s*$")
_LEAD_CUE = re.compile(
    r"(?<!hồ sơ )(?<!tờ trình )(?<!theo )(?<!nội dung )"
    r"(?:(?<!được )giao(?:\s+nhiệm vụ(?:\s+cụ thể)?)?(?:\s+cho)?|đề nghị|yêu cầu|(?:có\s+)?chỉ đạo(?:\s+cho)?|"
    r"(?:có\s+)?(?:văn bản|công văn|công điện)(?:\s+(?:khẩn|hỏa tốc))?"
    r"(?:\s+(?:số\s+)?[\w/.\-]*\d[\w/.\-]*(?:\s*(?:,|và)\s*[\w/.\-]*\d[\w/.\-]*)*)?"
    # ("công điện khẩn của UBND tỉnh Quảng Ninh gửi các địa phương": the sender named between)
    r"(?:\s+của\s+[^,;:.()]{1,60}?)?\s+(?:chỉ đạo(?:\s+cho)?|gửi(?:\s+đến)?)|"
    # "Đối với UBND các huyện: ...", "riêng đối với X": X's part of the work; not "quyết định thời gian đối với các
    # trường" (what a decision is about), so only where the clause opens on it.
    r"(?<![^\W\d_]\s)(?:riêng\s+)?đối với|riêng|"
    r"phân công(?:\s+(?:trách nhiệm|nhiệm vụ))?(?:\s+cho)?|đôn đốc|đốc thúc|"
    # "chuyển nội dung nêu trên đến Ban Quản lý dự án ... để nghiên cứu, xử lý": handed over to be dealt with
    r"chuyển\s+(?:nội dung|văn bản|hồ sơ|đơn|thông tin|kiến nghị)(?:\s+[^\s,;:.]+){0,3}?\s+(?:đến|tới|cho)|"
    r"ủy quyền cho|được giao(?!\s*,)|giao trách nhiệm cho|"
    r"kêu gọi(?:\s+sự\s+(?:hợp tác|tham gia|vào cuộc|chung tay|ủng hộ)\s+của)?)\s*[,:]?\s*"
    # "yêu cầu toàn thể cán bộ, đảng viên, ..., các cơ quan, đơn vị": people asked along with the bodies.
    r"(?:(?:toàn thể\s+)?(?:cán bộ|đảng viên|công chức|viên chức|người lao động|đoàn viên|hội viên|học sinh|sinh viên|"
    r"chiến sĩ|nhân dân|người dân)(?![\w])\s*(?:,|và)?\s*)*"
    # "yêu cầu từ hôm nay (1/8), các cơ quan, đoàn thể thực hiện ...": from when, then whom.
    r"(?:(?:từ|kể từ|ngay từ)\s+[^,;:]{1,40},\s*)?$")
_TITLE_BEFORE = re.compile(r"(?<![\w])(?:bí thư|chủ tịch|giám đốc|bộ trưởng|thứ trưởng|chỉ huy trưởng|trưởng ban|tổng giám đốc)"
                           r"\s*$")
_EARLIER = re.compile(r"\s*(?:[-–+•]\s*)?(?:trước đó|trước đây|năm ngoái|năm trước)\s*,")
_CONTACT = re.compile(r"(?<![\w])liên hệ(?:\s+(?:với|qua|theo|tại))?\s*:?\s*$")
# "Lãnh đạo các phòng, ban chuyên môn liên quan tham gia tiếp cùng": they take part beside the one who does it.
_JOINS_IN = re.compile(r"tham gia(?:\s+[^\s,;:.]+){0,3}?\s+cùng(?![\w])")
_ASKS_TO_HELP = re.compile(r"(?<![\w])(?:đề nghị|yêu cầu)\s*[,:]?\s*$")
_QUOTED_OFFICER = re.compile(r"(?<![\w])(?:theo|ông|bà)\s+(?:đồng chí\s+)?[^,;:]{2,40},\s*(?:phó\s+)?"
                             r"(?:chủ tịch|giám đốc|trưởng ban|trưởng phòng|bí thư|chánh văn phòng|thủ trưởng)\s*$")
_MANY_LETTERS = re.compile(r"(?:nhiều|các)\s+(?:văn bản|công văn|công điện|chỉ thị)\s+(?:chỉ đạo|yêu cầu|đề nghị)(?:\s+cho)?\s*$")
# A heading "2. Trách nhiệm của các sở, ngành": the whole opening, not "phát huy vai trò, trách nhiệm của X".
_DUTY_HEADING = re.compile(r"(?:trách nhiệm|nhiệm vụ)(?:\s+của)?")
_AS_FOLLOWS = re.compile(r"\s*(?:cụ thể\s+)?như sau")
# "bí thư, chủ tịch UBND các tỉnh": several titles of the same people.
_TITLES = re.compile(rf"(?:{_TITLE_WORDS}\s*(?:,|và|/)?\s*)+$")
# After a name at the head of a clause, these make it the one asking (the issuer) or the one reported on
# (news in the past tense), not the one given work.
_NOT_DOER = re.compile(
    r"(?:đã|vừa|mới)(?![\w])|(?:cũng\s+|sẽ\s+)*(?:đề nghị|yêu cầu|kêu gọi|giao|phân công|quy định(?!\s+(?:của|tại))|"
    # ("các xã A, B được cảnh báo cháy rừng ở cấp III", "thị trấn C ở cấp II": what they are, not what they must do)
    r"ban hành(?!\s*(?:,|và\s))|là|được thành lập|"
    r"được\s+(?:cảnh báo|công nhận|xếp|đánh giá|khen|biểu dương|tặng|trao|ghi nhận)|ở\s+(?:cấp|mức)|"
    r"có ý kiến|có (?:văn bản|công văn|công điện|thông báo|quyết định|kế hoạch|chỉ thị)|"
    r"nhận được|quyết định|kết luận|phê duyệt|cho biết|nhấn mạnh|phát biểu|khẳng định|chia sẻ|tổ chức hội nghị|trân trọng|"
    r"chủ trì (?:hội nghị|cuộc họp|buổi|phiên|lễ|tọa đàm|hội thảo)|"
    r"tự giải thể|"
    r"thông báo (?:ý kiến|kết luận|kết quả|như sau)|"
    # "X thông báo lịch tiếp công dân ... như sau:", "X thông báo để các đơn vị biết": X announces.
    r"thông báo[^.;:]*?(?:như sau|để[^.;:]*biết))(?![\w])")
# "Tại mỗi buổi ra quân, đã tuyên truyền, vận động ... và cùng với chính quyền ...": the clause reports what was done.
_PAST_CLAUSE = re.compile(r"(?<![\w])đã(?![\w])")
_ASKED_IN = re.compile(r"(?<![\w])(?:sẽ|tiếp tục|cần|phải|đề nghị|yêu cầu|giao|chỉ đạo)(?![\w])")
_DONE = re.compile(r"(?<![\w])(?:đã|vừa)\s+(?:(?:chủ động|tích cực|thường xuyên)\s+)?$")
# "X (cơ quan thường trực) đã ...": an aside between a name and its verb.
# "Chủ tịch HĐND huyện khóa XIX, nhiệm kỳ 2016-2021 thông báo ...": the term of a council, too.
_ASIDE = re.compile(r"^\s*(?:\([^()]*\)|khóa\s+[ivxlc]+(?![\w])(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?)")
# "..., ngày 25-8 (...) và toàn ngành giáo dục tổ chức khai giảng": "và" opens a clause with a subject of its own
# (not "hướng dẫn cho người dân và X": X is then an object, joined to another).
_NEW_SUBJECT = re.compile(r"(?<!\bcho)(?<!\bcủa)(?<!\bvới)(?<!người dân)(?<!nhân dân)(?<!\bvà)[\s)]+và(?:\s+toàn)?\s*$")
_ACTS = re.compile(r"(?:tổ chức|triển khai|thực hiện|chủ động|tập trung|xây dựng|hoàn thành|báo cáo|kiểm tra|rà soát|"
                   r"tiếp tục|khẩn trương)(?![\w])")
# "Đặc biệt, với vùng trọng điểm nguy cơ gồm các huyện A, B, C cần ...": a zone named by the places it is made of.
_ZONE_OF = re.compile(r"(?:với\s+)?(?:vùng|khu vực|địa bàn|nhóm)(?:\s+[^\s,;:]+){0,6}?\s+(?:bao gồm|gồm)")
_MUST = re.compile(r"(?:cần|phải|có trách nhiệm)(?![\w])")
# "Địa điểm: Phòng Tiếp công dân, trụ sở HĐND&UBND huyện": where, not who.
# ("(Giao X chuẩn bị ...)", "(Phòng Kinh tế và Hạ tầng chuẩn bị báo cáo)": brackets that give work, the name first)
_BRACKET_WORK = re.compile(r"\s*(?:chuẩn bị|thực hiện|tổ chức|báo cáo|phối hợp|chủ trì|triển khai|trình|tham mưu|dự thảo)"
                           r"(?![\w])")
_BRACKETED_TASK = re.compile(r"\s*(?:(?:giao|do)\s+(?:cho\s+)?)?")
_MEMBERS_LABEL = re.compile(r"(?:bao gồm|gồm có|gồm|thành phần|địa điểm)\s*:\s*$")
_ABOUT = re.compile(r"(?<![\w])về việc(?![\w])")
_NUMBERING = re.compile(r"^(?:(?:\d{1,2}|[a-zđ])[.)/]|\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\))\s*")
_DUE_BY = re.compile(r"là\s+(?:trước|chậm nhất|trong)\s+(?:ngày\s+)?\d")
_ENCOURAGED = re.compile(r"(?<![\w])(?:khuyến khích|thu hút|vận động)\s+(?:sự\s+)?tham gia của\s*$")
# "đã có chỉ đạo cho các sở": instructions a news item reports, not a lead directing its own units.
_DIRECTS = re.compile(r"(?<![\w])(?<!đã )(?<!vừa )(?<!có )(?<!văn bản )(?<!công văn )(?<!công điện )"
                      r"(?:chỉ đạo(?:\s+cho)?|đôn đốc|đốc thúc)\s*$")
# "Chủ tịch tỉnh Cà Mau chỉ đạo công an tỉnh, ...": the head of a province or district directs: its committee's own text.
_CHAIR_DIRECTS = re.compile(r"(?<![\w])chủ tịch\s+(?:ubnd\s+|ủy ban nhân dân\s+)?(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)"
                            r"(?:\s+[^\s,;:.]+){0,3}?\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:chỉ đạo|yêu cầu)(?:\s+cho)?\s*$")
_ASKED_BEFORE = re.compile(r"(?<![\w])đã\s+(?:có văn bản\s+)?(?:yêu cầu|đề nghị|giao)(?:\s+cho)?\s*$")
# "Đối với sở Xây dựng, UBND TP yêu cầu ...": the name that opens the clause ends at its comma.
_FOR_OPENING = re.compile(r"\s*(?:[-–+•]\s*|\d{1,2}[.)]\s*)?(?:riêng\s+)?đối với\s*")
_ASKER_VERB = re.compile(r"\s*(?:(?:cũng|đã|vừa)\s+)?(?:yêu cầu|đề nghị|giao|chỉ đạo)(?![\w])")
_BY_AGENT = re.compile(r"(?<![\w])do\s*$")
_AGENT_DOES = re.compile(r"(?:(?:tự|chủ động|trực tiếp)\s+)?(?:bố trí|tổ chức|thực hiện|chủ trì|đảm nhận|phụ trách|lựa chọn|"
                         r"quyết định|đảm bảo|cân đối)(?![\w])")
_PASSIVE = re.compile(r"(?<![\w])được\s*$")
# (Not "X chủ trì hội nghị": who chairs a meeting, not who leads work.)
# ("Công an tỉnh là lực lượng nòng cốt, chủ trì ...": what it is, then what it leads)
_LEAD_AFTER = re.compile(r"(?:là\s+[^,;.]{1,40},\s*)?"
                         r"(?:chủ trì(?!\s+(?:hội nghị|cuộc họp|buổi|phiên|lễ|đoàn|tọa đàm|hội thảo)(?![\w]))|có trách nhiệm|"
                         r"chịu trách nhiệm|có nhiệm vụ|được giao|là cơ quan (?:chủ trì|thường trực|đầu mối))(?![\w])")
# "yêu cầu X, Y và đề nghị Z": one asker, two requests.
_COORDINATED_CUE = re.compile(r"[\s,;]*(?:và|đồng thời)?\s*(?:đề nghị|yêu cầu|giao)(?:\s+cho)?\s*(?:các\s+)?")
# A form's field naming who does the work: "Cơ quan chủ trì:", "Đơn vị phối hợp:", "Chủ trì:".
_LABEL = re.compile(r"(?:^|[\s.;])(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?\s*:$")
_OBJECT_OF = re.compile(r"(?:(?<!hợp tác )(?<!tham gia )(?<!phối hợp )(?<!vào cuộc )của|về|tại|qua|gửi|trên cơ sở|căn cứ)\s*$")
# "... phối hợp với Công an tỉnh triển khai thực hiện nhiệm vụ": no task of its own, only Y's.
_NO_TASK = re.compile(r"\s*(?:(?:tổ chức\s+)?triển khai\s+)?(?:thực hiện)?(?:\s+(?:các\s+)?(?:nhiệm vụ|nội dung|kế hoạch|"
                      r"chương trình|công việc)(?:\s+(?:này|trên|nêu trên|được giao))?)?\s*(?:[.;]|$)")
_CARRY_ON = re.compile(r"\s*(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện(?![\w])")
# "X phối hợp thực hiện.": X helps with the work of the clause before.
_HELPS_ONLY = re.compile(r"(?:chủ động\s+|tích cực\s+)?(?:(?:bố trí|cử|huy động)\s+(?:lực lượng|cán bộ|người)\s+|tham gia\s+)?"
                         r"phối hợp(?:\s+chặt chẽ)?(?:\s+(?:thực hiện|triển khai|tổ chức)){0,2}"
                         r"(?:\s+(?:theo|khi)\s+(?:đề nghị|yêu cầu|đề xuất)(?![\w])[^.;]*)?\s*(?:[.;,)]|$)")
# "Giao X phối hợp với Y": X helps, Y leads the work.
_HELPS = re.compile(r"[\s,]*(?:chủ động\s+|tích cực\s+|có trách nhiệm\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)?"
                    r"\s*(?:các\s+)?")
# Openings that do not change who the subject is: "Ngoài ra,", "Theo Kế hoạch,", "Căn cứ ..., ".
_INTRO_WORDS = (r"ngoài ra|thời hạn|đồng thời|bên cạnh đó|cùng với đó|trong đó|theo đó|đặc biệt|mặt khác|tiếp theo|trên cơ sở đó|"
                r"định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|sau đó|mặt khác|nhất là|"
                r"trước mắt|trong thời gian tới|thời gian tới|cụ thể")
# "ngày 23/4/2025 các thôn ... sẽ triển khai": a day opening the clause, with or without a comma.
_DAY_OPENING = r"ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?(?![\w/.\-])\s*,?\s*"
# "Trong các ngày tiếp công dân định kỳ của Chủ tịch UBND huyện thì ...": a time, then the clause (not a condition:
# "Nếu ... thì Chủ tịch UBND địa phương đó phải chịu trách nhiệm" holds only if so).
_THEN = r"(?:trong|khi|sau khi)(?![\w])[^;:]*?(?<![\w])thì(?![\w])\s*,?\s*"
INTRO = re.compile(rf"(?:(?:{_INTRO_WORDS})(?![\w])\s*,?\s*|{_DAY_OPENING}|{_THEN}|(?:theo|tùy|tùy vào|tùy theo|đối với|"
                   r"căn cứ|trên cơ sở|để|nhằm|trong|từ|qua|với|sau khi|khi|tại|"
                   r"trước|chậm nhất|vào|sau|đến|kết thúc|"
                   r"(?:tiếp tục\s+)?(?:thực hiện|triển khai)(?:\s+thực hiện)?\s+(?:các\s+)?(?:kế hoạch|công văn|chỉ thị|"
                   r"quyết định|nghị quyết|chương trình|văn bản|ý kiến|chỉ đạo|thông báo|kết luận))(?![\w])[^,;:]*,\s*)")


@dataclass(frozen=True)
class Assigned:
    """A name in a sentence and the role it is given there (None: cited, addressed a report, ...)."""

    mention: Mention
    role: Role | None


def assign_roles(folded: str, start: int, end: int, mentions: list[Mention],
                 is_issuer: Callable[[Mention], bool] = lambda mention: False,
                 leads_so_far: Callable[[Mention], bool] = lambda mention: False) -> list[Assigned]:
    """The role of every mention of the sentence folded[start:end]; the issuer (and who it works with
    in its own clause) gets none. `leads_so_far` tells an agency already leading work in the text."""
    if _EARLIER.match(folded, start):  # "Trước đó, Bộ Nội vụ đã gửi Công văn 8091 ... yêu cầu các bộ ...": an earlier letter
        return [Assigned(mention, None) for mention in mentions]
    groups = _lists(folded, start, mentions)
    roles: list[Role | None] = []
    acting_clauses: set[int] = set()
    actor: dict[int, str] = {}  # per clause, who acts last: the issuer or an agency given work
    previous_end = start
    for group in groups:
        clause = _clause_start(folded, start, group[0].start)
        role, by_cue = (None, False) if _in_parentheses(folded, start, group[0].start) else \
            _role(folded, start, end, group[0], group[-1], mentions)
        if any(is_issuer(mention) for mention in group):
            if not _PASSIVE.search(folded, start, group[0].start):
                actor[clause] = "issuer"  # "X được UBND tỉnh giao chủ trì, phối hợp Y": X acts, not the issuer
            if (role != "cooperating" and not (role == "lead" and not by_cue)) or all(is_issuer(mention) for mention in group):
                # ("X chủ trì cùng Văn phòng Chính phủ và các Bộ": the issuer's fellow partners cooperate; "Công an
                # tỉnh và công an các địa phương thực hiện ...": the issuer's own units act beside it)
                role = None
        elif role == "lead" and by_cue and clause in acting_clauses and not _COORDINATED_CUE.fullmatch(
                folded, previous_end, group[0].start):
            role = None  # "X tham mưu Y chỉ đạo các đơn vị ...": X's own instructions, not this directive's
        elif role == "lead" and by_cue and actor.get(clause) != "issuer" and not _CHAIR_DIRECTS.search(
                folded, clause, group[0].start) and (
                _DIRECTS.search(folded, clause, group[0].start) or _ASKED_BEFORE.search(folded, clause, group[0].start)):
            role = None  # "Sở X chỉ đạo các xã", "Chỉ đạo các xã ...": the commune is directed by X, not by this text;
            # "UBND huyện đã yêu cầu các đơn vị ...": what another body asked before, reported
        if role == "lead":
            acting_clauses.add(clause)
            actor[clause] = "agency"
        previous_end = group[-1].end
        roles.append(role)
    for index in range(len(groups) - 1):
        helped = groups[index + 1]
        # "X phối hợp với Y (who leads this work, named so before) thực hiện ...": X helps Y. (Its own task after Y's
        # name does not change that: "... phối hợp với UBND TP.Phủ Lý thực hiện bảo đảm an ninh trật tự".)
        if (roles[index] == "lead" and _HELPS.fullmatch(folded, groups[index][-1].end, helped[0].start)
                and any(leads_so_far(mention) for mention in helped)
                and (_NO_TASK.match(folded, helped[-1].end, end) or _CARRY_ON.match(folded, helped[-1].end, end))):
            roles[index], roles[index + 1] = "cooperating", "lead"
    return [Assigned(mention, None if role and is_issuer(mention) else role)
            for group, role in zip(groups, roles, strict=True) for mention in group]


def _lists(folded: str, start: int, mentions: list[Mention]) -> list[list[Mention]]:
    """Names joined by commas or "và"; a list inside "của X, ..." or opening on "Đối với X, ..." ends at its comma
    (the clause goes on)."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        gap = folded[groups[-1][-1].end:mention.start] if groups else ""
        asker_follows = _ASKER_VERB.match(folded, mention.end) is not None  # "Đối với X, UBND TP yêu cầu ..."
        if groups and _SEPARATOR.fullmatch(gap) and not (
                gap.strip() == "," and (_OBJECT_OF.search(folded, start, groups[-1][0].start) or (
                    asker_follows and _FOR_OPENING.fullmatch(folded, _clause_start(folded, start, groups[-1][0].start),
                                                             groups[-1][0].start)))):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _clause_start(folded: str, start: int, position: int) -> int:
    return max(start, max(folded.rfind(mark, start, position) for mark in ";:") + 1)


def _in_parentheses(folded: str, start: int, position: int) -> bool:
    """True for a name in brackets, an aside, unless the brackets give it work: "(Giao Phòng Văn hóa – Xã hội chuẩn
    bị nội dung)" in a work calendar."""
    before = folded[start:position]
    if before.count("(") <= before.count(")"):
        return False
    return not _BRACKETED_TASK.fullmatch(before, before.rfind("(") + 1)


def _role(folded: str, start: int, end: int, first: Mention, last: Mention,
          mentions: list[Mention]) -> tuple[Role | None, bool]:
    """The role of a list, and whether a cue word ("giao", "đề nghị") gave it rather than its place."""
    clause = _clause_start(folded, start, first.start)
    bracket = folded.rfind("(", clause, first.start)
    if bracket >= 0 and ")" not in folded[bracket:first.start]:
        close = folded.find(")", last.end, end)
        if not _BRACKET_WORK.match(folded, last.end, close if close >= 0 else end):
            return None, False  # "Văn phòng UBND tỉnh (Ban Tiếp công dân, ...)", "(Cục Phòng, chống HIV/AIDS, số 8 ...)"
        clause = bracket + 1  # "(Phòng Kinh tế và Hạ tầng chuẩn bị báo cáo)": the brackets hold a clause of their own
    label = _LABEL.search(folded, start, clause) if clause > start and not folded[clause:first.start].strip() else None
    if label:  # "Cơ quan chủ trì: Sở Tư pháp." / "Đơn vị phối hợp: ..."
        return ("cooperating" if label.group(1) == "phối hợp" else "lead"), True
    suffix = _ASIDE.sub("", folded[last.end:end]).lstrip(" ,-–:")
    if _BY_AGENT.search(_TITLES.sub("", folded[clause:first.start])) and _AGENT_DOES.match(suffix):
        # "số lượng cây do các huyện, thành phố tự bố trí", and in a list ("bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì,
        # Văn hóa đô thị do Sở VH-TT chủ trì"): the agent of each part; by its place, so the agents after the first lead.
        return "lead", False
    if clause > start and _MEMBERS_LABEL.search(folded, max(start, clause - 40), clause):
        return None, False  # "Thành phần Đoàn ... bao gồm: UBND các địa phương, Công an, ...": who is in a team
    prefix = _placeholders(folded, clause, first.start, mentions)
    if _TITLE_BEFORE.search(folded, max(start, first.start - 20), first.start) and _named_person(folded, last):
        return None, False  # "Bí thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải tặng quà ...": an official reported in person
    if _CONTACT.search(folded, max(start, clause - 40), first.start):
        return None, False  # "Mọi chi tiết xin liên hệ: Vụ Công tác học sinh, sinh viên ...": whom to ask, not work
    if _QUOTED_OFFICER.search(prefix):
        return None, False  # "Theo đồng chí Nguyễn Văn Hậu, Phó Chủ tịch UBND xã Tiến Thắng, ...": whose words, not work
    prefix = _TITLES.sub("", re.sub(r"\([^()]*\)", " ", prefix))
    about = _ABOUT.search(prefix)
    if about and not ("," in prefix[about.end():] and _LEAD_CUE.search(prefix)):
        # "... ban hành Công văn số 181 về việc chỉ đạo các xã": a document's title (not "Tại văn bản ... về việc
        # chấn chỉnh ..., Chủ tịch UBND tỉnh yêu cầu X": the title ended at its comma, then the asking)
        return None, False
    if _MANY_LETTERS.search(prefix):
        return None, True  # "UBND huyện đã ban hành nhiều văn bản chỉ đạo các xã ...": the background, not this text
    cooperating = _COOPERATING_CUE.search(prefix)
    if cooperating and _ENCOURAGED.search(prefix, 0, cooperating.end()):
        return None, True  # "khuyến khích sự tham gia của các doanh nghiệp": the lead's outreach, not an assignment
    if cooperating:  # "X đã phối hợp với Y": news of work done, nobody is given work
        done = _DONE.search(prefix, 0, cooperating.start()) or (
            _PAST_CLAUSE.search(prefix, 0, cooperating.start()) and not _ASKED_IN.search(prefix, 0, cooperating.start()))
        return (None, True) if done else ("cooperating", True)
    if _LEAD_CUE.search(prefix):
        helps = _HELPS_ONLY.match(suffix)
        if helps and not suffix[helps.end():].strip(" .;") and not helps.group(0).rstrip().endswith(",") \
                and _ASKS_TO_HELP.search(prefix):
            return "cooperating", True  # "UBND quận cũng đề nghị các sở, ngành thành phố phối hợp triển khai thực hiện."
        return "lead", True
    if _LEAD_AFTER.match(suffix) and not _OBJECT_OF.search(prefix):  # "X nhận báo cáo của Y có trách nhiệm": X's
        return "lead", False
    if (_HELPS_ONLY.match(suffix) or _JOINS_IN.match(suffix)) and not strip_intro(prefix):
        return "cooperating", False  # "Phòng Văn hóa và Thông tin huyện phối hợp thực hiện."
    opening = strip_intro(prefix)
    if _NEW_SUBJECT.search(opening) and _ACTS.match(suffix) and "phối hợp" not in opening:
        return "lead", False  # "học sinh ... tựu trường ngày 25-8 và toàn ngành giáo dục tổ chức khai giảng ..."
    if _ZONE_OF.fullmatch(opening) and _MUST.match(suffix):
        return "lead", False  # "với vùng trọng điểm gồm các huyện A, B cần tăng cường ...": the zone's places act
    if _DUTY_HEADING.fullmatch(opening) and not _AS_FOLLOWS.sub("", suffix).strip(" .;:"):
        return "lead", True
    if opening or all(mention.place for mention in mentions if first.start <= mention.start <= last.start):
        return None, False  # a place heading a clause ("TP Tuy Hòa 800 lít") is given work only by a cue
    if clause > start and not suffix.strip(" .;:,"):
        return None, False  # "...; các đơn vị hành chính, tổ chức xã hội.": the end of a list of what, no verb
    if folded[last.end:end].strip() in ("-", "–"):
        return None, False  # "- Phòng Tổng hợp – Kiểm soát TTHC -": a name set between dashes, a byline
    if _DUE_BY.match(suffix):
        return "lead", False  # "(i) các Bộ, cơ quan ngang Bộ ... là trước ngày 16/6/2020": their term
    return (None, False) if _NOT_DOER.match(suffix) else ("lead", False)


def _named_person(folded: str, mention: Mention) -> bool:
    """True when the span of a name runs on over a person's own name (the finder keeps it out of the name)."""
    return len(" ".join(folded[mention.start:mention.end].split())) > len(" ".join(mention.name.split())) + 4


def _placeholders(folded: str, start: int, end: int, mentions: list[Mention]) -> str:
    """folded[start:end] with each name in it written "X": "trên cơ sở báo cáo của X, " reads as an opening."""
    pieces, position = [], start
    for mention in mentions:
        if start <= mention.start and mention.end <= end:
            pieces += [folded[position:mention.start], "X"]
            position = mention.end
    pieces.append(folded[position:end])
    return "".join(pieces)


def strip_intro(prefix: str) -> str:
    """What is left of a clause's opening once the words that do not change its subject are removed."""
    text = _NUMBERING.sub("", prefix.lstrip(" ,.-–\"“”"))  # "đề nghị:1. X ...": a list run into one line
    while True:
        match = INTRO.match(text)
        if match is None or not match.group(0):
            return text.strip(" ,.-–\"“”")
        text = text[match.end():].lstrip(" ,.-–\"“”")
