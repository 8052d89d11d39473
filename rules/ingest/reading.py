"""Read a directive's text into work items: each sentence or paragraph that assigns work, with who leads,
who cooperates and its schedule. No registry here: names are kept as written."""

import re
from dataclasses import dataclass, field, replace
from datetime import date

from rules.ingest.dates import complete_year, find_dates
from rules.ingest.found import Context, Found
from rules.ingest.header import Header, one_year_end, read_header
from rules.ingest.issuer import ASKED, DAY_OPENING, clause_opening, issuer_of_text
from rules.ingest.mentions import Mention, MentionFinder
from rules.ingest.normalize import clean, fold, mask_definitions, mask_spelled_numbers, name_key
from rules.ingest.recurrences import cycle_day
from rules.ingest.roles import Assigned, assign_roles, strip_intro
from rules.ingest.schedules import ending_with_the_year, find_schedules
from rules.ingest.segment import PLAIN, Paragraph, Sentence, line_end, paragraphs, sentences
from rules.ingest.titles import title_of, words_of
from rules.schedules import Recurrence

_PURPOSE = re.compile(r"mục đích|yêu cầu|mục tiêu|quan điểm|căn cứ|sự cần thiết|tình hình|kết quả đạt được|đánh giá|"
                      r"phạm vi|đối tượng|nguyên tắc|chỉ tiêu|tồn tại|hạn chế|nguyên nhân|bối cảnh")
_TASKS = re.compile(r"nhiệm vụ|giải pháp|tổ chức thực hiện|nội dung|phân công|trách nhiệm|hoạt động|biện pháp|"
                    r"chế độ báo cáo|thông tin báo cáo|thời gian|kinh phí|đề nghị|kiến nghị")
_TIME_LINE = re.compile(r"\s*(?:thời gian|thời hạn)(?![\w])")
_ROLE_LINE = re.compile(r"\s*(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp)(?:\s+thực hiện)?\s*:")
# Sentences that describe (a weather forecast, the situation) rather than ask: their dates are not schedules.
_DESCRIPTION = re.compile(r"(?:\S{2,8}\s*[-–]\s*)?(?:(?:theo\s+)?(?:dự báo|nhận định|đánh giá)|"
                          r"hiện nay|thời gian qua|năm qua|kết quả)")
# "Theo Trung tâm dự báo khí tượng thủy văn, bão số 7 ... trong các ngày 19 – 20/10": a forecast's days, not a term.
_FORECAST = re.compile(r"(?:\S{2,8}\s*[-–]\s*)?theo\s+(?:[^,;:.]{0,60}?(?<![\w]))?(?:dự báo|bản tin)(?![\w])")
# "Chỉ đạo điều hành của UBND tỉnh ... từ ngày 23-25/7/2025", "Chỉ đạo, điều hành nổi bật tháng 7/2017": the title
# of a portal's digest names the days it covers, not a term.
_DIGEST_TITLE = re.compile(r"(?:\S{2,8}\s*[-–]\s*)?(?:những\s+)?(?:nội dung\s+)?chỉ đạo\s*,?\s*(?:và\s+)?điều hành(?![\w])")
# "(Tuần thứ 07 từ ngày 09/02/2026 đến ngày 13/02/2026)" under a work calendar's title: the week it covers.
_CALENDAR_WEEK = re.compile(r"\(?\s*tuần\s+(?:thứ\s+)?\d{1,2}(?![\d/])")
# Sentences whose days set no term: a forecast, a digest's title, a work calendar's week.
_SETS_NO_TERM = re.compile(f"{_FORECAST.pattern}|{_DIGEST_TITLE.pattern}|{_CALENDAR_WEEK.pattern}")
# A report of what was done ("... đã có nhiều nỗ lực"): the day it celebrates is not a schedule.
_PAST = re.compile(r"(?<![\w])đã\s+(?!được)")
_ASKING = re.compile(r"(?<![\w])(?:giao|đề nghị|yêu cầu|chỉ đạo|phân công|chủ trì|có trách nhiệm|sẽ|tiếp tục|cần|phải)(?![\w])")
# Where a letter's body ends: the copy list and the signature follow.
_RECIPIENTS = re.compile(r"\s*nơi nhận\s*:")
# "Chánh Văn phòng ..., Giám đốc các Sở ... chịu trách nhiệm thi hành Quyết định này": the standard
# closing clause of a decision, not tracked work.
_ENFORCEMENT = re.compile(r"chịu trách nhiệm thi hành|thi hành quyết định này|chịu trách nhiệm thực hiện quyết định này")
_CARRY_OUT = re.compile(r"thi hành (?:quyết định|chỉ thị|kế hoạch|văn bản|thông báo)(?: này)?", re.IGNORECASE)
# Where that clause can end at the latest: a full stop ("./." closes a decision's article) or a blank line.
_FULL_STOP = re.compile(r"\.(?:/\.?)?(?:\s|$)|\n\s*\n")
# A People's Committee named without its place ("UBND tỉnh") is the issuer speaking of itself.
_COMMITTEE_LEVEL = re.compile(r"ủy ban nhân dân (tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)(?![\w])")
_BARE_COMMITTEE = re.compile(r"ủy ban nhân dân (?:tỉnh|thành phố|huyện|thị xã|quận)")
_COUNCIL_ASKS = re.compile(r"(?:hđnd|hội đồng nhân dân|tỉnh ủy|thành ủy|huyện ủy|mặt trận tổ quốc|mttq)[^,;:.]{0,40}"
                           r"(?<![\w])(?:đề nghị|yêu cầu)\s*$")
_BARE_LOCAL_COMMITTEE = re.compile(r"ủy ban nhân dân (?:huyện|quận|thị xã|xã|phường|thị trấn)")
_PROVINCE_COMMITTEE = re.compile(r"ủy ban nhân dân (?:tỉnh|thành phố) ")
_CHAIR = re.compile(r"chủ tịch\s*$")
_HEAD_TITLE = re.compile(r"(?:phó\s+)?(?:chủ tịch|giám đốc|bộ trưởng|thủ trưởng)\s*$")
_CAPITALS_ONLY = re.compile(r"[\sA-ZĐ&,.\-–/]*")
_ADDRESSEES = re.compile(r"\s*kính gửi\s*:?")
# The first words of a sentence that gives work: "Tổ chức ...", "Tăng cường ...", "Chủ động ...".
_WORK = re.compile(
    r"(?:tổ chức|triển khai|thực hiện|tăng cường|đẩy mạnh|xây dựng|chủ động|tập trung|tiếp tục|phối hợp|báo cáo|tham mưu|"
    r"rà soát|kiểm tra|hướng dẫn|tuyên truyền|phổ biến|nâng cao|quán triệt|duy trì|phát huy|lồng ghép|đa dạng|bố trí|"
    r"huy động|cung cấp|hỗ trợ|kịp thời|thường xuyên|định kỳ|chỉ đạo|theo dõi|nghiên cứu|đánh giá|tổng hợp|nắm|"
    r"phát hiện|xử lý|đấu tranh|ngăn chặn|tiếp nhận|xác minh|giải quyết|vận động|củng cố|kiện toàn|bảo đảm|đảm bảo|"
    r"gửi|lập|ban hành|hoàn thành|mở|phát động|treo|in|biên soạn|đưa|lựa chọn|khen thưởng|động viên|tích cực|"
    r"nghiêm túc|khẩn trương|quan tâm|ưu tiên|giám sát|thanh tra|quản lý|phòng ngừa|triệt phá|truy|điều tra|giáo dục|"
    r"hưởng ứng|cập nhật|sơ kết|tổng kết|tập huấn|bồi dưỡng|đào tạo|thống kê|cử|chuẩn bị|phân công|giao|yêu cầu|"
    r"đề nghị|đề xuất|trình|cải thiện|tạo|thu hút|nhân rộng|kết nối|rà|đôn đốc|chấn chỉnh|khắc phục|tăng|giảm|"
    r"kiểm soát|phòng|chống|tiến hành|bổ sung|sửa đổi|hoàn thiện|thẩm định|công khai|niêm yết|tiếp tục|làm tốt|"
    r"sử dụng|ứng dụng|thiết lập|vận hành|đầu tư|phát triển|xác định|coi|gắn|kết hợp|chú trọng|đặc biệt|"
    r"bảo vệ|giải cứu|trợ giúp|khảo sát|thẩm tra|lắp đặt|phát|đăng|sản xuất|biên tập|dịch|tiếp)(?![\w])")


_LEADS_WORK = re.compile(r"(?:chủ trì|có trách nhiệm|chịu trách nhiệm)(?![\w])")


class NoIssueDate(ValueError):
    """The text gives no issue date and none was passed in: dates without a year cannot be read."""


@dataclass(frozen=True)
class Item:
    """A line of work read from [start, end) of the text: its title, who leads (`inherited` when the
    lead comes from a heading or an earlier sentence), who cooperates, and its schedule if one is written."""

    start: int
    end: int
    title: str
    lead: tuple[Mention, ...]
    inherited: bool
    cooperating: tuple[Mention, ...]
    schedule: Found | None
    quote_start: int
    quote_end: int


@dataclass(frozen=True)
class Reading:
    """Everything read from a text: the cleaned text every offset refers to, header, items, assignments."""

    text: str
    header: Header
    issued_on: date
    issued_on_source: str  # "given", "header", "text" (first full date) or "today"
    items: tuple[Item, ...]
    assignments: tuple[Assigned, ...]
    mentions: tuple[Mention, ...]


@dataclass
class _Frame:
    level: int
    leads: tuple[Mention, ...] | None
    tasks: bool | None


@dataclass
class _Draft:
    start: int
    end: int
    lead: tuple[Mention, ...]
    inherited: bool
    sentences: list[Sentence] = field(default_factory=list)
    cooperating: list[Mention] = field(default_factory=list)
    schedules: list[tuple[Found, Sentence]] = field(default_factory=list)
    title: str | None = None  # set when the words of the sentences do not make one ("Thi hành Quyết định này")


def read_text(raw: str, *, issued_on: date | None = None, today: date | None = None,
              known_names: tuple[str, ...] = ()) -> Reading:
    """Read a directive's text; `issued_on` overrides the header's date, `today` is the last resort for it."""
    text = clean(raw)
    masked = mask_definitions(text).replace("|", " ")  # the cells of a table flattened by a web page
    parts = paragraphs(masked)
    masked = _join_wrapped(masked, parts)
    folded = mask_spelled_numbers(fold(masked))
    finder = MentionFinder(known_names)
    header = read_header(masked, folded)
    if header.issuer_name is None:
        header = replace(header, issuer_name=issuer_of_text(masked, folded, finder))
    issued, source = _issue_date(folded, header, issued_on, today)
    programme_end = header.programme_end if header.programme_end and header.programme_end.year > issued.year else None
    # A news item without a title says what year its campaign is in its first lines ("Hưởng ứng đợt thi đua ... năm
    # 2018. ... vào các ngày thứ 3,5,6 hàng tuần").
    cycles_end = ((one_year_end(fold(header.title), issued) if header.title else None)
                  or one_year_end(folded[:line_end(folded)], issued)
                  or (one_year_end(_opening_sentences(folded), issued) if header.number is None else None)
                  or _calendar_week_end(folded, issued))
    reader = _Reader(masked, folded, header, Context(issued, programme_end, cycles_end), finder)
    reader.run(parts)
    finished = [item for draft in reader.drafts for item in reader.finish(draft)]
    items = _without_echoes(finished)
    assigned = reader.addressed(finished) + reader.assigned
    return Reading(text, header, issued, source, items, tuple(assigned), tuple(reader.mentions))


def _calendar_week_end(folded: str, issued: date) -> date | None:
    """The last day of the week a work calendar covers ("LỊCH LÀM VIỆC ... (Tuần thứ 07 từ ngày 09/02/2026 đến ngày
    13/02/2026)"): its daily and weekly duties end with it."""
    week = _CALENDAR_WEEK.search(folded, 0, 400)
    if week is None:
        return None
    days = [ref for ref in find_dates(folded, week.start(), line_end(folded, week.start())) if ref.unit == "day"]
    return complete_year(days[-1], issued).last_day() if len(days) >= 2 else None


def _opening_sentences(folded: str) -> str:
    """The first sentences of a text's body (up to 400 characters), one line: where a news item names its campaign."""
    return folded[:400].replace("\n", " ")


def _issue_date(folded: str, header: Header, given: date | None, today: date | None) -> tuple[date, str]:
    if given is not None:
        return given, "given"
    if header.issued_on is not None:
        return header.issued_on, "header"
    for ref in find_dates(folded):
        if ref.unit == "day" and ref.year is not None:
            return ref.first_day(), "text"
    if today is not None:
        return today, "today"
    raise NoIssueDate("the text gives no issue date")


class _Reader:
    """Walks the paragraphs once, keeping the headings' and the last subject's lead as context."""

    def __init__(self, text: str, folded: str, header: Header, context: Context, finder: MentionFinder) -> None:
        self.text, self.folded, self.header, self.context, self.finder = text, folded, header, context, finder
        self.stack: list[_Frame] = []
        self.plain_context: tuple[Mention, ...] | None = None
        self.drafts: list[_Draft] = []
        self.assigned: list[Assigned] = []
        self.addressees: list[Mention] = []
        self.mentions: list[Mention] = []
        self.lead_keys: set[str] = set()

    def run(self, parts: list[Paragraph]) -> None:
        """Read every paragraph after the header block."""
        addressees = False
        for paragraph in parts:
            if paragraph.end <= self.header.body_start:
                continue
            if _RECIPIENTS.match(self.folded, paragraph.start):
                break
            if _ADDRESSEES.match(self.folded, paragraph.start) or (addressees and paragraph.level < PLAIN):
                addressees = self._addressees(paragraph)
                continue
            addressees = False
            if paragraph.heading and not self._colon_body(paragraph):
                self._heading(paragraph)
                if not (self._dated(paragraph) or self._assigns(paragraph)):
                    continue
            if self._in_tasks():
                self._paragraph(paragraph)

    def _addressees(self, paragraph: Paragraph) -> bool:
        """"Kính gửi: - Các sở, ban, ngành; - UBND các huyện": the letter's addressees lead its requests."""
        mentions = self.finder.find(self.text, self.folded, paragraph.start, paragraph.end)
        self.mentions.extend(mentions)
        leads = tuple(mention for mention in mentions if not self._is_issuer(mention))
        self.addressees.extend(leads)  # assigned only if an item of the letter falls to them (see `addressed`)
        self.plain_context = (self.plain_context or ()) + leads
        return True

    def addressed(self, items: list[Item]) -> list[Assigned]:
        """The addressees, when the letter gives them work: an item falls to them, or to a collective that stands for
        them ("Đề nghị các cơ quan ..."); a letter that only informs them ("Kính báo ... để biết") gives them nothing."""
        inherited = {id(mention) for item in items if item.inherited for mention in item.lead}
        # ("đề nghị Quý Cơ quan ...": the letter's own word for them is the entry, convention 4, not the addressees)
        pointed = any(mention.collective and not mention.name.lower().startswith("quý ")
                      for item in items if not item.inherited for mention in item.lead)
        return [Assigned(mention, "lead") for mention in self.addressees if pointed or id(mention) in inherited]

    def _dated(self, paragraph: Paragraph) -> bool:
        """A numbered line that sets a date is work, not only a heading ("3. Tập huấn trước ngày 30/6")."""
        found = find_schedules(self.text, self.folded, paragraph.start, paragraph.end, self.context)
        return any(not item.assumed for item in found)

    def _assigns(self, paragraph: Paragraph) -> bool:
        """A numbered line that gives its lead work is an item too ("1. Sở Y tế chỉ đạo xã Sen Thủy")."""
        leads = self.stack[-1].leads if self.stack else None
        if not leads or not self._in_tasks():
            return False
        rest = self.folded[leads[-1].end:paragraph.end].lstrip(" ,-–")
        return len(rest.split()) >= 2 and bool(_WORK.match(rest) or _LEADS_WORK.match(rest))

    def _colon_body(self, paragraph: Paragraph) -> bool:
        colon = self.text.find(":", paragraph.start, paragraph.end)
        return colon >= 0 and bool(self.text[colon + 1:paragraph.end].strip())

    def _heading(self, paragraph: Paragraph) -> None:
        while self.stack and self.stack[-1].level >= paragraph.level:
            self.stack.pop()
        self.plain_context = None
        heading = self.folded[paragraph.start:paragraph.end]
        mentions = self.finder.find(self.text, self.folded, paragraph.start, paragraph.end)
        self.mentions.extend(mentions)
        leads = tuple(a.mention for a in assign_roles(self.folded, paragraph.start, paragraph.end, mentions,
                                                      self._is_issuer) if a.role == "lead")
        # A news item's caption ("ĐÁNH GIÁ SÁT, ĐÚNG TỒN TẠI, HẠN CHẾ ĐỂ KHẮC PHỤC") sums up what follows; a section
        # of a plan ("I. MỤC ĐÍCH, YÊU CẦU", "KẾT QUẢ ĐẠT ĐƯỢC") is numbered or short.
        caption = not paragraph.marker and len(heading.split()) > 6
        tasks = None if leads or caption else (False if _PURPOSE.search(heading) and not _TASKS.search(heading)
                                               else True if _TASKS.search(heading) else None)
        self.stack.append(_Frame(paragraph.level, leads or None, tasks))
        if leads and self._in_tasks():
            self.assigned.extend(Assigned(mention, "lead") for mention in leads)

    def _in_tasks(self) -> bool:
        for frame in reversed(self.stack):
            if frame.tasks is not None:
                return frame.tasks
        return True

    def _context_leads(self) -> tuple[Mention, ...]:
        if self.plain_context:
            return self.plain_context
        for frame in reversed(self.stack):
            if frame.leads:
                return frame.leads
        return ()

    def _is_issuer(self, mention: Mention) -> bool:
        """The issuer named in its own text: "UBND tỉnh", or its name as the header gives it."""
        key = name_key(mention.name)
        if _BARE_COMMITTEE.fullmatch(key):
            # "Thường trực HĐND TP Hà Nội đề nghị UBND TP ...": the council asks, the committee is asked.
            # "UBND TP. Hải Phòng ... Giao UBND huyện yêu cầu ...": a committee of another level is not the issuer.
            level = _COMMITTEE_LEVEL.match(name_key(self.header.issuer_name or ""))
            if level is not None and level.group(1) != key.removeprefix("ủy ban nhân dân "):
                return False
            return not _COUNCIL_ASKS.search(self.folded, max(0, mention.start - 120), mention.start)
        issuer = self.header.issuer_name
        if (_PROVINCE_COMMITTEE.match(key) and "các " not in self.folded[mention.start:mention.end]  # not "UBND các tỉnh"
                and _CHAIR.search(self.folded, max(0, mention.start - 30), mention.start)
                and not ASKED.search(self.folded, max(0, mention.start - 50), mention.start)
                and not (issuer and _PROVINCE_COMMITTEE.match(name_key(issuer)))):
            # "Chủ tịch UBND tỉnh Hòa Bình ... có ý kiến": the committee that issues, by its chairman (unless another
            # committee is known to issue: "UBND tỉnh Hà Nam ... giao Chủ tịch UBND TP.Phủ Lý ...")
            return True
        if not issuer:
            return False
        if mention.place and name_key(issuer).endswith(" " + key):
            return True  # "huyện Thoại Sơn được giao 165 chỉ tiêu" in UBND huyện Thoại Sơn's own news
        mine, theirs = _compact(key), _compact(name_key(issuer))
        if _BARE_LOCAL_COMMITTEE.fullmatch(name_key(issuer)) and key.startswith(name_key(issuer) + " ") \
                and "các " not in key and "," not in mention.name:
            return True  # "Ủy ban nhân dân Quận 10" in the news of "Ủy ban nhân dân quận": its own name, spelled out
        return bool(mine) and (mine == theirs or (theirs.startswith(mine) and len(mine) >= 12))

    def _paragraph(self, paragraph: Paragraph) -> None:
        current: _Draft | None = None
        describing = False  # "Theo dự báo, ... . Từ tháng 3 đến tháng 7, ...": a description goes on
        for position, sentence in enumerate(sentences(self.text, paragraph)):
            header_sentence = self._is_header_sentence(sentence)
            if header_sentence is None:
                continue
            if self._enforcement(sentence):
                self._enforce(sentence)
                continue
            mentions = self.finder.find(self.text, self.folded, sentence.start, sentence.end)
            self.mentions.extend(mentions)
            if self._byline(paragraph, mentions):
                continue
            roles = assign_roles(self.folded, sentence.start, sentence.end, mentions, self._is_issuer,
                                 lambda mention: name_key(mention.name) in self.lead_keys)
            if self._held(sentence):
                roles = [replace(assigned, role=None) for assigned in roles]
            leads = tuple(a.mention for a in roles if a.role == "lead")
            cooperating = [a.mention for a in roles if a.role == "cooperating"]
            self.assigned.extend(a for a in roles if a.role is not None)
            self.lead_keys.update(name_key(mention.name) for mention in leads)
            body = self.folded[sentence.start:sentence.end].rstrip()
            describing = not leads and not cooperating and (describing or bool(_DESCRIPTION.match(body)))
            schedules = [] if _SETS_NO_TERM.match(body) else [
                found for found in find_schedules(self.text, self.folded, sentence.start, sentence.end, self.context)
                if not (found.named and _PAST.search(body))]
            if body.endswith(":") and not any(not found.assumed for found in schedules):
                if leads:  # "UBND tỉnh yêu cầu các sở ... thực hiện tốt các nội dung sau:"
                    self.plain_context = leads
                continue
            if not leads and _TIME_LINE.match(body) and self.drafts and schedules:
                self.drafts[-1].schedules.extend((found, sentence) for found in schedules)
                continue
            if _ROLE_LINE.match(body) and self.drafts and current is None and (leads or cooperating):
                self._fill_in(self.drafts[-1], sentence, leads, cooperating, schedules)  # "Cơ quan chủ trì: ..."
                continue
            if leads:
                current = _Draft(sentence.start, sentence.end, leads, False)
                self.drafts.append(current)
                if position == 0:
                    self.plain_context = leads
            elif current is None:
                if header_sentence and not any(not found.assumed for found in schedules):
                    continue
                dated = any(not found.assumed for found in schedules)
                if not (header_sentence or cooperating or (dated and not describing)
                        or self._is_work(sentence, paragraph)):
                    continue
                issuer_acts = self._issuer_acts(mentions)
                current = _Draft(sentence.start, sentence.end, () if issuer_acts else self._context_leads(), not issuer_acts)
                self.drafts.append(current)
            if not schedules:
                self._complete_cycles(current, sentence)
            current.end = sentence.end
            current.sentences.append(sentence)
            current.cooperating.extend(cooperating)
            current.schedules.extend((found, sentence) for found in schedules)

    def _issuer_acts(self, mentions: list[Mention]) -> bool:
        """True when the issuer (or its head) is the subject of the sentence: "..., Chủ tịch UBND tỉnh Hậu Giang đi công
        tác tại Hà Nội" is its own doing, which falls to nobody else."""
        return any(self._is_issuer(mention) and not _HEAD_TITLE.sub("", strip_intro(
            self.folded[clause_opening(self.folded, mention.start):mention.start])).strip() for mention in mentions)

    def _held(self, sentence: Sentence) -> bool:
        """True for news of what was done on a day up to the item's own ("Ngày 31-7, UBND phường ... phối hợp Trạm
        Y tế ... tổ chức ra quân"): it names who took part, it gives nobody work."""
        opening = DAY_OPENING.match(self.folded, sentence.start, sentence.end)
        if opening is None or _ASKING.search(self.folded, sentence.start, sentence.end):
            return False
        refs = [ref for ref in find_dates(self.folded, sentence.start, opening.end()) if ref.unit == "day"]
        if not refs or refs[0].day is None or refs[0].month is None:
            return False
        try:
            return complete_year(refs[0], self.context.issued_on).last_day() <= self.context.issued_on
        except ValueError:
            return False

    def _complete_cycles(self, draft: _Draft, sentence: Sentence) -> None:
        """Cycles named without a day take the day a following sentence of the item gives them ("... hàng quý, 6
        tháng và hàng năm. ... thời hạn gửi chậm nhất là ngày 20 của tháng cuối kỳ báo cáo")."""
        open_cycles = [(found, said) for found, said in draft.schedules
                       if found.assumed and isinstance(found.schedule, Recurrence)]
        if not open_cycles:
            return
        completed = ending_with_the_year(cycle_day(self.folded, sentence.start, sentence.end,
                                                   [found for found, _ in open_cycles], self.context.issued_on),
                                         self.context)
        if completed:
            said = open_cycles[0][1]
            draft.schedules = [pair for pair in draft.schedules if pair not in open_cycles]
            draft.schedules += [(found, said) for found in completed]

    def _enforce(self, sentence: Sentence) -> None:
        """"Chánh Văn phòng UBND tỉnh; Giám đốc các Sở ...; Chủ tịch UBND các huyện ... chịu trách nhiệm thi hành
        Quyết định này": the bodies named lead one item, carrying the decision out (the clause may run over lines)."""
        mentions = self.finder.find(self.text, self.folded, sentence.start, sentence.end)
        self.mentions.extend(mentions)
        leads = tuple(mention for mention in mentions if not self._is_issuer(mention))
        self.assigned.extend(Assigned(mention, "lead") for mention in leads)
        current = self.drafts[-1] if self.drafts and self.drafts[-1].title and self.drafts[-1].end >= sentence.start - 3 \
            else None
        if current is None:
            current = _Draft(sentence.start, sentence.end, leads, False, title="Thi hành văn bản")
            self.drafts.append(current)
        else:
            current.lead += leads
        current.end = sentence.end
        current.sentences.append(sentence)
        said = _CARRY_OUT.search(self.text, sentence.start, sentence.end)
        if said:
            current.title = self.text[said.start()].upper() + self.text[said.start() + 1:said.end()]

    def _enforcement(self, sentence: Sentence) -> bool:
        """True for the closing clause of a decision, whose list of names may run over lines ended by ";"."""
        full_stop = _FULL_STOP.search(self.folded, sentence.end - 1, sentence.end + 600)
        return bool(_ENFORCEMENT.search(self.folded, sentence.start, full_stop.end() if full_stop else sentence.end))

    def _byline(self, paragraph: Paragraph, mentions: list[Mention]) -> bool:
        """A plain line that is only a name ("Văn phòng HĐND-UBND" under a news item): who wrote or signed it."""
        if paragraph.level < PLAIN or not mentions:
            return False
        rest = self.text[paragraph.start:mentions[0].start] + self.text[mentions[-1].end:paragraph.end]
        # ("Trung tâm VH, TT&TT": the rest of the name in capitals, abbreviated, is still the signature)
        return len(mentions) == 1 and (not rest.strip(" .,;:-–\"“”()") or _CAPITALS_ONLY.fullmatch(rest) is not None)

    def _fill_in(self, draft: _Draft, sentence: Sentence, leads: tuple[Mention, ...], cooperating: list[Mention],
                 schedules: list[Found]) -> None:
        """A field line of the item above ("Cơ quan chủ trì: X", "Đơn vị phối hợp: Y") completes that item."""
        if leads:
            draft.lead = leads if draft.inherited else draft.lead + leads
            draft.inherited = False
        draft.cooperating.extend(cooperating)
        draft.schedules.extend((found, sentence) for found in schedules)
        draft.end = max(draft.end, sentence.end)

    def _is_header_sentence(self, sentence: Sentence) -> bool | None:
        """True for the sentence announcing the directive (read for names, not an item unless it assigns
        work), None for a bare "Căn cứ ..." line (skipped), False otherwise."""
        body = self.folded[sentence.start:sentence.end]
        if body.startswith("căn cứ") and len(strip_intro(body).split()) < 3:
            return None
        own = self.header.own_reference
        return own is not None and sentence.start <= own.start < sentence.end

    def _is_work(self, sentence: Sentence, paragraph: Paragraph) -> bool:
        """A sentence that asks for work though it names nobody: a bullet of a task section, or one that
        opens with a verb and reads as a sentence (a headline or a caption does not)."""
        body = strip_intro(self.folded[sentence.start:sentence.end])
        if len(body.split()) < 6:
            return False
        if paragraph.level < PLAIN:
            return True
        finished = bool(re.search(r"[.;:!?…\"”)]\s*$", self.folded[paragraph.start:paragraph.end]))
        return finished and bool(_WORK.match(body))

    def finish(self, draft: _Draft) -> list[Item]:
        """One item per schedule the draft's sentences set (or one without a schedule)."""
        first = draft.sentences[0]
        leads_in_first = draft.lead if not draft.inherited else ()
        cooperating = tuple(dict.fromkeys(draft.cooperating))
        if not draft.schedules:
            title = draft.title or title_of(self.text, self.folded, first, leads_in_first, cooperating, [])
            return [Item(draft.start, draft.end, title, draft.lead, draft.inherited, cooperating, None,
                         draft.start, draft.end)]
        unique: dict[object, tuple[Found, Sentence]] = {}
        real = [(found, sentence) for found, sentence in draft.schedules if not found.assumed]
        for found, sentence in real or draft.schedules[:1]:
            unique.setdefault((found.schedule, found.before), (found, sentence))
        draft.schedules = list(unique.values())
        items = []
        several = len(draft.schedules) > 1
        titles: list[str] = []
        for found, sentence in draft.schedules:
            base = first if not several else sentence
            focus = found.start if several else None
            titles.append(title_of(self.text, self.folded, base, leads_in_first if base == first else (), cooperating,
                                   [found for found, _ in draft.schedules], focus))
        for (found, sentence), title in zip(draft.schedules, titles, strict=True):
            if titles.count(title) > 1:  # one clause, several dates: say which
                title = f"{title} – {words_of(self.text, found)}"
            quote = (sentence.start, sentence.end) if several else (draft.start, draft.end)
            items.append(Item(draft.start, draft.end, title, draft.lead, draft.inherited, cooperating, found, *quote))
        return items


def _without_echoes(items: list[Item]) -> tuple[Item, ...]:
    """Items without the ones that only echo another's schedule with nobody named: "Ngày 03/7, UBND tỉnh ban hành
    Kế hoạch ... hưởng ứng Ngày toàn dân ... - 30/7" announces what the items below assign."""
    assigned = {item.schedule.schedule for item in items if item.schedule is not None and item.lead}
    return tuple(item for item in items
                 if item.lead or item.schedule is None or item.schedule.schedule not in assigned)


def _join_wrapped(text: str, parts: list[Paragraph]) -> str:
    """Line breaks inside a paragraph (a source wrapped by hand) read as spaces; offsets are kept."""
    chars = list(text)
    for paragraph in parts:
        for position in range(paragraph.start, paragraph.end):
            if chars[position] == "\n":
                chars[position] = " "
    return "".join(chars)


def _compact(key: str) -> str:
    """A name key without spaces or "và": survives words glued by a bad copy ("THƯƠNG BINHVÀ XÃ HỘI")."""
    return key.replace(" ", "").replace("và", "")
