"""A directive's header: its number and kind, issue date, issuer, title, the directives it implements
("Căn cứ Kế hoạch số 132/KH-UBND ngày 26/5/2021") and the end of the programme it belongs to."""

import re
from dataclasses import dataclass, field
from datetime import date

from rules.ingest.dates import find_dates
from rules.ingest.mentions import MentionFinder
from rules.ingest.normalize import fold, unify_tones

Kind = str  # ke-hoach | cong-van | chi-thi | quyet-dinh | other

_KIND_WORDS = {"kế hoạch": "ke-hoach", "công văn": "cong-van", "chỉ thị": "chi-thi", "quyết định": "quyet-dinh"}
_REF_KINDS = (r"kế hoạch|công văn|chỉ thị|quyết định|nghị quyết|nghị định|thông tư(?: liên tịch)?|thông báo|chương trình|"
              r"kết luận|hướng dẫn|văn bản|công điện|báo cáo|tờ trình|luật|đề án")
# "176/KH-UBND", "01/2021/TT-TTCP"; the Party's "33-CT/TU", "05-NQ/TW".
_NUMBER = r"\d{1,5}[a-zđ]?\s?(?:(?:/\d{4})?/|-(?=[a-zđ]{2,5}/))[a-zđ][a-zđ0-9&.\-/]*[a-zđ0-9]"
_REFERENCE = re.compile(rf"({_REF_KINDS})(?:\s+(?:liên tịch|của [^,;.]{{1,40}}))?\s+(?:số\s*:?\s*)?({_NUMBER})(?![\w/])")
_LISTED_DOCUMENT = re.compile(rf"\s*(?:{_REF_KINDS})\s+(?:số\s*)?\d")
_OWN_NUMBER_LINE = re.compile(rf"(?:^|\n)\s*số\s*:?\s*({_NUMBER})", re.MULTILINE)
# "\s*" after the numbers: a bad copy glues them to the words ("Hà Nội, ngày 05tháng 04 năm 2018").
_ISSUED_LINE = re.compile(r"(?:^|\n)[^\n,]{2,60},\s*ngày\s+(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")
_ISSUE_VERB = re.compile(r"(?:vừa|đã|mới)?\s*(?:ký\s+)?ban hành")
_PARENT_OPENING = re.compile(r"^\s*(?:[-–+•]\s*)?(?:căn cứ|thực hiện|triển khai|để triển khai|nhằm triển khai|"
                             r"triển khai thực hiện|theo)(?![\w])")
_GROUNDS = re.compile(r"\s*(?:[-–+•]\s*)?căn cứ(?![\w])")
_PROGRAMME = re.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})")
_ABOUT = re.compile(r"(?:về việc|v/v)\s*:?\s*")
# The national motto, whole or broken over lines by a two-column header ("CỘNG HOÀ XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
_NATIONAL_MOTTO = re.compile(r"cộng hòa xã hội(?:\s+chủ nghĩa việt nam)?|chủ nghĩa việt nam|"
                             r"độc lập\s*-\s*tự do\s*-\s*hạnh phúc|độc lập\s*-?|tự do\s*-\s*hạnh phúc", re.IGNORECASE)
# The line under a parent body that names the unit issuing: "ỦY BAN NHÂN DÂN QUẬN 9 / TRUNG TÂM VĂN HÓA".
_UNIT_HEAD = re.compile(r"(?:ban(?!\s+nhân dân)|sở|trung tâm|văn phòng|cục|chi cục|phòng|hội đồng|thanh tra|bộ chỉ huy|"
                        r"công an)\s")
_TITLE_START = re.compile(r"(?:quy chế|quy định|quyết định|kế hoạch|công văn|thông báo|chỉ thị|báo cáo|tờ trình|"
                          r"chương trình|hướng dẫn|v/v|về việc|lịch)(?![\w])")
_NUMBER_SOON = re.compile(r"(?:^|\n)\s*số\s*:?\s*\d")
# "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH" over the "Căn cứ" lines of a decision: the authority that decides, by name.
_AUTHORITY_LINE = re.compile(r"^(?:ủy ban nhân dân|ubnd)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+\S")
_TYPE_CODES = {"kh": "ke-hoach", "ct": "chi-thi", "qđ": "quyet-dinh"}
_OTHER_CODES = {"tb", "nq", "bc", "tt", "hd", "ctr", "đa", "tr", "nđ", "cđ", "qc", "kl"}


@dataclass(frozen=True)
class Reference:
    """A document cited by kind and number at [start, end) of the text."""

    kind: str
    number: str
    start: int
    end: int


@dataclass(frozen=True)
class Header:
    """What the header says; `doubts` list what a person should check; `body_start` is where the work begins."""

    number: str | None
    kind: Kind
    issued_on: date | None
    issuer_name: str | None
    title: str | None
    implements: tuple[str, ...]
    programme_end: date | None
    body_start: int
    own_reference: Reference | None
    doubts: tuple[str, ...] = field(default=())


def references(text: str, folded: str, start: int = 0, end: int | None = None) -> list[Reference]:
    """Every "Kế hoạch số 132/KH-UBND", "Quyết định 1234/QĐ-UBND" in folded[start:end]."""
    end = len(folded) if end is None else end
    return [Reference(match.group(1), text[match.start(2):match.end(2)], match.start(), match.end())
            for match in _REFERENCE.finditer(folded, start, end)]


# "Lịch tiếp công dân ... năm 2025", "Kế hoạch ... năm 2021", "Duy trì “Ngày pháp luật” hàng tháng trong năm 2018": a
# plan, a calendar or a cycle of one year (not "giai đoạn
# 2021-2025", not "năm học 2022-2023", not a report on a year).
_ONE_YEAR = re.compile(r"^(?!.*\bbáo cáo kết quả\b)(?!.*\d{4}\s*[-–]\s*\d{4}).*"
                       r"\b(?:lịch|kế hoạch|chương trình|chiến dịch|tháng hành động|đợt|tiếp công dân|"
                       r"(?:hằng|hàng)\s+(?:tuần|tháng|quý))\b"
                       r".*\b(?<!\d\s)năm\s+(\d{4})(?!\d)")


def one_year_end(folded_title: str, issued_on: date) -> date | None:
    """The last day of the one year a plan or calendar titled so covers, when it is the issue year or the next."""
    match = _ONE_YEAR.search(folded_title)
    if match is None or not issued_on.year <= int(match.group(1)) <= issued_on.year + 1:
        return None
    return date(int(match.group(1)), 12, 31)


def read_header(text: str, folded: str) -> Header:
    """The header of a document (a full one with "Số:" and "..., ngày ...", or a news item about it)."""
    doubts: list[str] = []
    refs = references(text, folded)
    number_line = _OWN_NUMBER_LINE.search(folded, 0, _head_limit(folded))
    own: Reference | None = None
    number: str | None = None
    if number_line:
        number = text[number_line.start(1):number_line.end(1)].replace(" ", "")  # "21 /TTVH"
    else:
        own = _issued_reference(folded, refs)
        if own is None:
            candidates = [ref for ref in refs if not _is_parent(folded, ref) and ref.kind in _KIND_WORDS]
            own = candidates[0] if candidates else None
            if own is not None:
                doubts.append(f"the number {own.number} is the first document the text names; check it is this one")
        number = own.number if own else None
    kind = _kind(folded, own, number)
    issued_on, issued_doubt = _issued_on(folded, own)
    if issued_doubt:
        doubts.append(issued_doubt)
    parents = [ref.number for ref in refs if _is_parent(folded, ref) and ref.number != number and ref.kind != "luật"]
    # "CHỈ THỊ SỐ 20/CT-TTG" in a title in capitals and "Chỉ thị số 20/CT-TTg" in the text are one directive:
    # keep the spelling that is not all capitals.
    spellings: dict[str, str] = {}
    for parent in parents:
        if parent.upper() not in spellings or spellings[parent.upper()].isupper():
            spellings[parent.upper()] = parent
    implements = tuple(spellings.values())
    programme = _PROGRAMME.search(folded)
    programme_end = date(int(programme.group(2)), 12, 31) if programme else None
    if programme_end is not None and issued_on is not None and programme_end.year <= issued_on.year:
        programme_end = None
    return Header(number, kind, issued_on, _issuer(text, folded, own), _title(text, folded, own), implements,
                  programme_end, _body_start(text, folded), own, tuple(doubts))


def _head_limit(folded: str) -> int:
    """The header of a full document is in its first lines."""
    position = 0
    for _ in range(24):
        following = folded.find("\n", position)
        if following < 0:
            return len(folded)
        position = following + 1
    return position


def _issued_reference(folded: str, refs: list[Reference]) -> Reference | None:
    """The document the sentence "UBND tỉnh (vừa) ban hành Kế hoạch số ..." is about."""
    for ref in refs:
        sentence_start = max(folded.rfind(".", 0, ref.start), folded.rfind("\n", 0, ref.start)) + 1
        if _ISSUE_VERB.search(folded, max(sentence_start, ref.start - 80), ref.start) and not _is_parent(folded, ref):
            return ref
    return None


def _is_parent(folded: str, ref: Reference) -> bool:
    """Cited after "Căn cứ", "Thực hiện", "Triển khai": a directive this one implements."""
    line_start = folded.rfind("\n", 0, ref.start) + 1
    sentence_start = max(line_start, _sentence_start(folded, ref.start, ";"))
    while _LISTED_DOCUMENT.match(folded, sentence_start) and sentence_start - 2 > line_start:
        # "Thực hiện Chỉ thị số 33-CT/TU ...; Quyết định số 3545/QĐ-UBND ...": the list goes on after ";"
        sentence_start = max(line_start, _sentence_start(folded, sentence_start - 2, ";"))
    opening = folded[sentence_start:ref.start]
    if _GROUNDS.match(folded, line_start, ref.start):
        return True  # "Căn cứ Thông tư số 01/2021/TT-TTCP ...; Quyết định số 168a/QĐ-UBND ...": a line of grounds
    return bool(_PARENT_OPENING.match(opening)) and len(opening) < 200


def _kind(folded: str, own: Reference | None, number: str | None) -> Kind:
    if own is not None and own.kind in _KIND_WORDS:
        return _KIND_WORDS[own.kind]
    for line in folded[:_head_limit(folded)].split("\n"):
        word = line.strip(" .:")
        if word in _KIND_WORDS:
            return _KIND_WORDS[word]
    if number:
        code = number.lower().split("/")[-1].split("-")[0]
        if code in _TYPE_CODES:
            return _TYPE_CODES[code]
        if code in _OTHER_CODES:
            return "other"
        return "cong-van"  # a letter's number names only its issuer: "2774/UBND-NC", "13/BCĐ"
    return "other"


def _issued_on(folded: str, own: Reference | None) -> tuple[date | None, str | None]:
    line = _ISSUED_LINE.search(folded, 0, _head_limit(folded))
    if line:
        try:
            return date(int(line.group(3)), int(line.group(2)), int(line.group(1))), None
        except ValueError:
            pass
    if own is None:
        return None, None
    sentence_start = _sentence_start(folded, own.start)
    sentence_end = _sentence_end(folded, own.end)
    after = re.compile(r"\s*(?:ngày\s+)").match(folded, own.end)
    dates = [ref for ref in find_dates(folded, own.end, min(sentence_end, own.end + 40)) if ref.unit == "day"] if after \
        else []
    dates = dates or [ref for ref in find_dates(folded, sentence_start, own.start) if ref.unit == "day"]
    if not dates:
        return None, None
    ref = dates[0]
    if ref.year is not None:
        return ref.first_day(), None
    years = [int(year) for year in re.findall(r"năm\s+(\d{4})", folded[sentence_start:sentence_end])]
    years = years or [int(year) for year in re.findall(r"(?<![\d/])(20\d{2}|19\d{2})(?![\d/])", folded)]
    if not years:
        return None, None
    year = max(set(years), key=years.count)
    assert ref.month is not None and ref.day is not None
    try:
        day = date(year, ref.month, ref.day)
    except ValueError:
        return None, None
    return day, f"the issue date gives no year; {year} is the year the text names"


def _sentence_start(folded: str, position: int, marks: str = "") -> int:
    """Where the sentence holding `position` starts: after ". ", a line break, or one of `marks` + " "."""
    starts = [folded.rfind(stop + " ", 0, position) + 2 for stop in "." + marks if folded.rfind(stop + " ", 0, position) >= 0]
    return max([folded.rfind("\n", 0, position) + 1, *starts])


def _sentence_end(folded: str, position: int) -> int:
    found = [index for index in (folded.find(". ", position), folded.find("\n", position)) if index >= 0]
    return min(found) if found else len(folded)


# In an issuer written in capitals, the words after a unit are a proper name ("xã Hòa Bình"), the word after a head
# starts a department's name ("Bộ Nội vụ", "Sở Y tế").
_PROPER_AFTER = re.compile(r"(?<![\w])(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+(?!ủy(?![\w]))(.+)$")
_NAME_AFTER = re.compile(r"(?<![\w])(?<!ủy )(?:bộ|sở|tổng cục|cục|chi cục|ban|phòng|trung tâm)\s+(\w)")


# Words of a headline's verb, never of an issuer's name ("Ban Chỉ đạo", "Ban Tổ chức", "Tổ công tác triển khai" are names).
_HEADLINE_VERB = re.compile(r"(?<![\w])(?:chủ động|ra quân|tăng cường|khẩn trương|phát động|yêu cầu|đề nghị|hoàn thành|"
                            r"đẩy mạnh|quyết liệt|ứng phó|tập trung)(?![\w])")


def _from_capitals(lowered: str) -> str:
    """"ủy ban nhân dân xã hòa bình" -> "Ủy ban nhân dân xã Hòa Bình"; "bộ nội vụ" -> "Bộ Nội vụ"."""
    name = _NAME_AFTER.sub(lambda match: match.group(0)[:-1] + match.group(1).upper(), lowered)
    proper = _PROPER_AFTER.search(name)
    if proper:
        name = name[:proper.start(1)] + " ".join(word[:1].upper() + word[1:] for word in proper.group(1).split())
    return name[:1].upper() + name[1:]


def _issuer(text: str, folded: str, own: Reference | None) -> str | None:
    lines = text[:_head_limit(folded)].split("\n")
    capitals: list[str] = []
    for index, line in enumerate(lines):
        rest = _NATIONAL_MOTTO.sub(" ", unify_tones(line))  # the motto may share a line with the issuer's name
        plain = rest.lower().strip(" -–_")
        if re.match(r"số\s*:?", plain) or re.search(r",\s*ngày\s+\d", plain):
            break
        letters = [char for char in rest if char.isalpha()]
        if not letters:
            continue  # a blank line or a rule ("__________") inside the block
        if capitals and _TITLE_START.match(plain):
            break  # the document's own title ("QUY CHẾ LÀM VIỆC CỦA ...") follows the issuer's block
        if all(char.isupper() for char in letters) and plain:
            capitals.append(re.sub(r"\s+", " ", plain))
        elif capitals or plain:
            if not capitals and index == 0 and _NUMBER_SOON.search("\n".join(lines[1:12]).lower()):
                continue  # a portal's title over a document whose header follows ("Công văn gửi ...", then "Số: 21")
            break  # the issuer's block opens the document: a byline in capitals under a news item is not one
    if len(capitals) >= 2 and _UNIT_HEAD.match(capitals[-1]):
        capitals = capitals[-1:]  # "BỘ NỘI VỤ / BAN CHỈ ĐẠO ĐIỀU TRA ...": the unit under its parent issues
    if capitals:
        joined = " ".join(part for part in capitals if part)
        if joined in ("ủy ban nhân dân", "ubnd"):  # the place is given where the decision speaks
            joined = next((line.strip().lower() for line in lines
                           if line.strip().isupper() and _AUTHORITY_LINE.match(line.strip().lower())), joined)
        if _HEADLINE_VERB.search(joined):
            return None  # "XÃ TÂY TRÀ BỒNG CHỦ ĐỘNG TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG BÃO": a headline, not an issuer's block
        return _from_capitals(joined) or None
    if own is None:
        return None
    sentence_start = _sentence_start(folded, own.start)
    verbs = list(_ISSUE_VERB.finditer(folded, sentence_start, own.start))
    if not verbs:
        return None
    subjects = [_subject(text[sentence_start:verb.start()]) for verb in verbs]
    finder = MentionFinder()
    for subject in subjects:
        # "Bộ X ban hành Thông tư quy định ... ngành X đã ban hành tại Thông tư 01 ...": the first body that issues;
        # "Nhằm thực hiện tốt công tác ..., Ủy ban nhân dân huyện đã ban hành ...": the purpose first, then the body.
        names = finder.find(subject, fold(subject))
        if names and not subject[names[-1].end:].strip(" ,") and (len(names) == 1 or "," in subject[:names[-1].start]):
            return names[-1].name
    subject = subjects[-1]
    return subject or None


def _subject(words: str) -> str:
    """The words before an issuing verb without the date or the news opening: "Ngày 7/6/2021, UBND tỉnh" -> "UBND tỉnh"."""
    words = re.sub(r"^.*?\d{4}\s*,\s*|^\s*ngày\s+[\d/.]+\s*,\s*|^\s*(?:vừa qua|mới đây|gần đây|theo đó)\s*,\s*", "",
                   words, flags=re.IGNORECASE)
    return " ".join(re.sub(r"\s*\([^)]*\)", "", words).split()).strip(" ,")


def _title(text: str, folded: str, own: Reference | None) -> str | None:
    head = _head_limit(folded)
    lines = text[:head].split("\n")
    offset = 0
    for index, line in enumerate(lines):
        word = line.lower().strip(" .:")
        if word in _KIND_WORDS and index + 1 < len(lines):
            rest = [part.strip() for part in lines[index + 1:]]
            while rest and not rest[0]:
                rest.pop(0)  # a blank line between "KẾ HOẠCH" and its title
            following = rest[:3]
            title: list[str] = []
            for part in following:
                if not part or len(part) > 300 or part.lower().startswith(
                        ("căn cứ", "thực hiện", "kính gửi", "i.", "số", "ủy ban nhân dân", "chủ tịch", "bộ trưởng", "ubnd")):
                    break
                title.append(part)
            if title:
                return _sentence_case(" ".join(title))
        about = _ABOUT.match(line.lower().strip())
        if about and offset < head:
            return _sentence_case(line.strip()[about.end():])
        offset += len(line) + 1
    if own is not None:
        about = _ABOUT.search(folded, own.end, min(len(folded), own.end + 120))
        if about:
            end = _sentence_end(folded, about.end())
            return _sentence_case(text[about.end():end].strip(" ."))
    return None


def _sentence_case(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" .:")
    letters = [char for char in title if char.isalpha()]
    if letters and all(char.isupper() for char in letters):
        title = title.lower()
    return title[:1].upper() + title[1:]


def _body_start(text: str, folded: str) -> int:
    """Where a full document's header block ends: after the title, at "Căn cứ", "Kính gửi" or "I."."""
    if not _OWN_NUMBER_LINE.search(folded, 0, _head_limit(folded)):
        return 0
    match = re.compile(r"^\s*(?:căn cứ|thực hiện|kính gửi|i\s*[.)]|phần\s+i|để|nhằm|trong|theo|ngày|thời gian|"
                       r"[a-zđà-ỹ]+[^\n]{80,})", re.MULTILINE).search(folded, _issued_line_end(folded))
    return match.start() if match else 0


def _issued_line_end(folded: str) -> int:
    line = _ISSUED_LINE.search(folded, 0, _head_limit(folded))
    return line.end() if line else 0
