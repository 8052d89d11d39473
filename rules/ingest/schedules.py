"""Schedules in a sentence: deadlines ("trước ngày 10/6/2021", "chậm nhất ngày 10/6", "trong quý III/2021"),
windows ("từ ngày 1.7 đến hết 30.9"), reporting cycles ("định kỳ hằng quý, trước ngày 20 tháng cuối quý")
and days of the year ("Ngày toàn dân phòng, chống mua bán người - 30/7")."""

import re
from dataclasses import replace
from datetime import date, timedelta

from rules.ingest.dates import DateRef, complete_year, day_before, find_dates
from rules.ingest.found import Context, Found
from rules.ingest.recurrences import clause_end, find_recurrences
from rules.schedules import Annual, Deadline, Recurrence, Schedule, ScheduleError, Window, validate

# "vào ngày Chủ Nhật 21/9/2025", "thứ 2 ngày 17": the weekday written before the date.
_WEEKDAY_NAME = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?![\w])"
_WEEKDAY = rf"(?:{_WEEKDAY_NAME}\s*,?\s*)"
# A time of day before the date: "10 giờ 30 phút", "10h00'", "14h", "14:00".
_HOUR = (r"(?:(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?|\d{1,2}:\d{2})(?:\s*(?:phút|'|’|′))?\s*(?:,\s*)?"
         r"(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?)")
_BEFORE = re.compile(r"(?:chậm nhất\s+|muộn nhất\s+|hạn chót\s+|xong\s+|hoàn thành\s+)?trước\s+(?:ngày\s+)?$")
# ("trước trưa ngày 26/5": before a part of the day, that day is the last)
_BEFORE_HOUR = re.compile(rf"trước\s+(?:{_HOUR}|(?:sáng|trưa|chiều|tối)\s+(?:ngày\s+)?)$")
# "tiếp tục thực hiện Chỉ thị 16 thêm 7 ngày, tính từ 0 giờ ngày 8.10": N days counted from a day, that day included.
_DAYS_FROM = re.compile(rf"(?:thêm|trong(\s+vòng)?|kéo dài)\s+(\d{{1,3}})\s+ngày\s*,?\s*(?:(?:tính|kể)\s+)?từ\s+{_HOUR}?"
                        r"(?:ngày\s+)?$")
# "từ 23 giờ 15 ngày 4.2.2023, Ban tổ chức sẽ thực hiện nghi lễ": an event that starts at an hour of a day.
# (Not "giãn cách từ 0 giờ ngày 18/7": a measure in force from then on; a ceremony must follow.)
_FROM_HOUR = re.compile(rf"(?<![\w])từ\s+{_HOUR}$")
# "Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ Bảy, ngày 28 tháng 3 năm 2020": hours of one day.
_HOURS_OF_DAY = re.compile(rf"(?<![\w])từ\s+{_HOUR}\s*(?:đến|tới|-|–)\s*{_HOUR}\s*(?:\(\s*)?{_WEEKDAY}?(?:ngày\s+)?$")
_CEREMONY = re.compile(r"(?<![\w])(?:nghi lễ|lễ|khai mạc|bế mạc|khai hội)(?![\w])")
_ON = re.compile(
    r"(?:chậm nhất|muộn nhất|hạn chót|thời hạn|không muộn hơn|không quá|đến hết|tới hết|hết|cho đến|đến|tới|trong|vào|"
    r"hoàn thành(?:\s+xong)?|xong|(?:chuyển|dời|lùi)\s+(?:sang|vào))"
    rf"(?:\s*(?::|là|vào|trong|đến|hết|lúc|sáng|chiều|tối|ngày|cuối))*\s*{_HOUR}?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?"
    rf"{_WEEKDAY}?$")
_TIME_FIELD = re.compile(
    r"(?:thời (?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành|(tổ chức|diễn ra)|triển khai|báo cáo|gửi|nộp))?|"
    r"hạn (?:cuối|chót|nộp)(?:\s+[^\s.;:]+){0,4}?\s*:)"
    rf"\s*:?\s*(?:dự kiến\s+)?(?:(trước)\s+|(từ)\s+|trong\s+|vào\s+)?(?P<hour>{_HOUR})?(?:ngày\s+)?$")
# "Thời gian tổ chức Lễ Khai mạc là 20 giờ, ngày 6/12/2019": when an event is held, said as a sentence.
# ("Thời gian tổ chức kỳ họp thứ 15 Hội đồng nhân dân huyện ngày 26 tháng 6 năm 2020", not "thời gian tổ chức thực hiện")
_TIME_IS = re.compile(rf"thời gian (?:tổ chức(?!\s+thực hiện)|diễn ra)(?:\s+[^;:.]{{1,60}}?)?\s+(?:là\s+|vào\s+)?{_HOUR}?"
                      r"(?:ngày\s+)?$")
_BARE_TIME_FIELD = re.compile(r"thời gian\s*:")
# "Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025": the last day for the work, said as a sentence.
_DUE_IS = re.compile(rf"(?:thời hạn|hạn chót|hạn cuối)(?:\s+[^;:.]{{1,60}}?)?\s+là\s+{_HOUR}?(?:ngày\s+)?$")
_YEAR_CUE = re.compile(r"(?:đến hết|tới hết|hết|chậm nhất(?:\s+trong)?|hoàn thành(?:\s+xong)?(?:\s+trong)?|"
                       r"thời (?:gian|hạn) (?:hoàn thành|hoàn thiện|thực hiện)(?:\s+[^\s:;.]+){0,3}?\s*:?|thời hạn\s*:)"
                       r"\s*(?:trong\s+)?(?:năm\s+)?$")
# "từ 08h00 ngày 10/3 đến 17h00 ngày 12/3": hours may stand before either day.
# ("từ 19h ngày 4/5 (thứ 7) đến hết 24h ngày 5/5": the first day's weekday in brackets)
_RANGE_LINK = re.compile(rf"(?:\s*\(\s*{_WEEKDAY_NAME}\s*\))?\s*(?:đến|tới|cho đến|-|–)\s*(?:hết\s+)?{_HOUR}?(?:ngày\s+)?")
# "bắt đầu từ ngày 6/9/2024 và kết thúc vào 15/1/2025": a term's first and last day (only after an opening word).
_END_LINK = re.compile(r"\s*,?\s*(?:và\s+)?kết thúc\s+(?:vào\s+)?(?:ngày\s+)?")
_RANGE_OPEN = re.compile(rf"(?:từ|trong thời gian|thời gian|bắt đầu(?:\s+vào)?)\s*(?::\s*)?{_HOUR}?(?:ngày\s+)?$")
_FROM_DAY = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$")
_DAY_PAIR = re.compile(r"(?:các|\d+|hai|ba)\s+ngày\s*[:,]?\s*(\d{1,2})(?:\s*,\s*\d{1,2})*\s*(?:và|-|–|,)\s*(?:ngày\s+)?$")
# "ngày 6 và 7/10", "ngày 25, 26/10": two days in a row are one stretch of time; "ngày 6 và 20/10" are two days.
# "ngày 23-24 tháng 4 năm 2024", "(23-24 tháng 4 năm 2024)": the first day of a spelled range, before its dash.
_DASH_DAYS = re.compile(r"(?:(?<![\w])ngày\s+|\(\s*)(\d{1,2})\s*[-–]\s*$")
_TWO_DAYS = re.compile(r"(?<![\w])ngày\s+(\d{1,2})\s*(?:và|,)\s*(?:ngày\s+)?$")
# The period a report covers or its figures are counted over ("Số liệu ... được tính từ ngày 01/01 đến ngày
# 30/6", "báo cáo kết quả thực hiện ... từ ngày 30/01/2020 đến ngày 24/4/2020"): not a time to do work in.
# ("Kỳ hạn báo cáo là 01 năm, tính từ ngày 01 tháng 01 đến ngày 31 tháng 12 của năm báo cáo": the period reported on)
_COVERED = re.compile(r"(?:số liệu|được tính|tính (?:từ|đến)|báo cáo (?:kết quả|tình hình)|kỳ (?:hạn\s+)?báo cáo)(?![\w])"
                      r"[^;:.]*$|(?<![\w])tính\s*$")
# "Số liệu báo cáo tính đến hết ngày 30/6/2021": the day figures are counted to, not a deadline.
# "Tính đến chiều 15/7, tỉnh có 35 ca mắc": the news counting up to a time, not a deadline either.
_COUNTED_TO = re.compile(rf"(?:số liệu|tính)\s+(?:đến|tới)\s+(?:hết\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?{_HOUR}?(?:ngày\s+)?$")
# "Đến 9h ngày 26/9, toàn thành phố có 497 tàu": a clause opening on a time up to the item's own date counts what
# was reached by then (news), it sets no deadline.
_COUNT_OPENING = re.compile(rf"\s*(?:[-–+]\s*)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?{_HOUR}?"
                            r"(?:ngày\s+)?")
_NEWS_OPENING = re.compile(r"\s*(?:[-–+]\s*)?(?:(?:trong|vào|đầu|cuối|giữa|từ)\s+)?(?:ngày\s+)?")
# ("Trong ngày 7.10, toàn tỉnh có thêm 24 ca nhiễm mới": a count of the day, news too)
_DONE = re.compile(r"(?<![\w])(?:đã|vừa|ghi nhận|có thêm)(?![\w])")
# "Thời gian chốt số liệu tính từ ngày 15 tháng 12 ... đến ngày 14 tháng 3": the days a report's figures span.
_FIGURES = re.compile(r"(?:chốt|khóa sổ)\s+số liệu|số liệu(?:\s+[^\s;:.]+){0,6}?\s+(?:được\s+)?tính(?![\w])")
_FROM_NOW = re.compile(r"từ nay\s*(?:đến|tới|cho đến)\s*(?:hết\s+|cuối\s+)?(?:ngày\s+)?$")
# (Not a page's "Ngày cập nhật 24/04/2020", "Ngày đăng", "Ngày ban hành": when the page or text came out.)
_NAMED_DAY = re.compile(r"(?<![\w])Ngày\s+(?!\d)(?!(?:cập nhật|đăng|ban hành|ký|hiệu lực|gửi|xuất bản)(?![\w]))"
                        r"[^;:]{3,100}?[\s(\-–]*$")
_EVERY_YEAR = re.compile(r"(?:hằng|hàng|mỗi)\s+năm")
# "(thay cho mốc thời gian 25/6 trước đây)": the date a new one replaces.
_REPLACED = re.compile(r"thay (?:cho|vì)(?:\s+[^\s,;()]+){0,4}?\s*$")
# Events held on a day, named right before or right after it.
_EVENTS = r"khai giảng|khai mạc|bế mạc|tựu trường|tập trung|ra quân|diễn ra|treo cờ|mít tinh|thi"
# ("dự kiến diễn ra trong 1 ngày, ngày 20/12/2025": how long it lasts may come between)
# ("chương trình khai mạc (ngày 13-11)", "lễ cúng trăng (ngày 14-11)": a programme's events, dated in brackets)
_EVENT_BEFORE = re.compile(rf"(?<![\w])(?:{_EVENTS}|lễ(?:\s+[^\s,;.()]+){{1,3}})\)?(?:\s+(?:tại|ở)\s+[^,;.()]{{1,40}}?)?"
                           r"(?:\s+trong\s+(?:01|1|một)\s+ngày\s*,?)?(?:\s+(?:lúc|vào lúc)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?)?"
                           r"\s*\(?\s*(?:vào\s+)?ngày\s+$")
_EVENT_DATE_FIRST = re.compile(r"\s*ngày\s+")
# A day heading a work calendar: "* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)", "THỨ HAI (09/02/2026):".
# (Not a news item's dateline "Thứ Sáu, 15/11/2019 10:00": no comma after the weekday there.)
# ("THỨ HAI, NGÀY 27/5": a comma is allowed before "ngày", not before the bare date of a dateline)
_CALENDAR_DAY = re.compile(rf"\s*[*\-–•+]*\s*{_WEEKDAY_NAME}\s*(?:\(\s*|,\s*(?=ngày))?(?:ngày\s+)?")
_FULL_STOP = re.compile(r"\.(?:\s|$)")
_STORM_AHEAD = re.compile(r"(?<![\w])(?:bão|áp thấp nhiệt đới|mưa lớn|lũ)(?![\w])[^;.]*?(?<![\w])(?:có khả năng|dự kiến|dự báo)"
                          r"(?![\w])[^;.]*$")
_FIGURES_THROUGH = re.compile(r"(?<![\w])(?:tình hình|kết quả)(?![\w])(?:(?!hoàn thành|xong|phải|yêu cầu|đề nghị)[^;:])*?"
                              r"(?:(?:dự kiến|ước)\s+)?(?:đến|tới)\s+(?:hết\s+)?$")
_STATE = re.compile(r"(?<![\w])(?:cách ly|giãn cách|phong tỏa|tạm dừng|tạm ngừng|tạm đình chỉ|nghỉ|cấm|đóng cửa|dừng|hạn chế)"
                    r"(?![\w])")
_OCCASION = re.compile(r"(?<![\w])(?:chào mừng|nhân dịp|hướng tới|hướng về)(?![\w])[^;:.]*$")
_AFTER_DONE = re.compile(r"(?<![\w])sau khi(?![\w])[^;:.]*$")
_PURPOSE_BY = re.compile(r"(?<![\w])để\s+(?:đến|tới)\s+(?:ngày\s+)?$")
_WILL = re.compile(r"[^,;:.]{0,60}?(?<![\w])sẽ(?![\w])")
# "Ngày 17/9/2017, huyện Cần Giuộc, tỉnh Long An tiến hành bầu cử ...": what takes place on a day still to come.
_TAKES_PLACE = re.compile(r"[^;:.]{0,80}?(?<![\w])(?:tiến hành|diễn ra|tổ chức lễ|tổ chức ra quân)(?![\w])")
_EVENT_AFTER = re.compile(rf"\s*,?\s*(?:{_EVENTS})(?![\w])")
# "vào ngày 20/4", "được chuyển sang thứ 2 ngày 17 tháng 10": the day something takes place (or is moved to).
_EVENT_CUE = re.compile(rf"(?:vào|(?:chuyển|dời|lùi)\s+(?:sang|vào))\s+(?:các\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
                        rf"{_WEEKDAY}?(?:ngày\s+)?\d")
# Words that make a date the end of work ("hoàn thành ... vào ngày", "báo cáo vào ngày"), not an event's day.
_WORK_DUE = re.compile(r"(?<![\w])(?:hoàn thành|kết thúc|xong|chậm nhất|muộn nhất|hạn|trước|báo cáo|gửi|gởi|nộp|"
                       r"(?<!chương )trình|đăng ký|cung cấp|hoàn tất|ban hành|phê duyệt|tổng hợp)(?![\w])")
# "ngày Khai giảng năm học là 5/9/2022", "ngày tựu trường ... là ngày 9/9/2021": a day named, then given.
# ("Ngày bầu cử ... dự kiến là ngày chủ nhật, ngày 23-5-2021": the weekday may come first)
_NAMED_IS = re.compile(r"(?<![\w])ngày\s+(?![\d\s])((?:(?!(?<![\w])(?:ngày|là)(?![\w]))[^;:.()]){2,120}?)\s+là\s+"
                       rf"(?:ngày\s+)?{_WEEKDAY}?(?:ngày\s+)?$")
# "lần thứ nhất phải hoàn thành chậm nhất vào ngày 17-2, lần thứ hai là ngày 19-3": the next round of the same work.
_NEXT_ROUND = re.compile(r"(?<![\w])lần\s+(?:thứ\s+)?(?:hai|ba|tư|năm|\d)\s+(?:là\s+|vào\s+)*(?:ngày\s+)?$")
# "Trường hợp đặc biệt cần khai giảng trước ngày 5/9, giao ...": a date inside a condition sets no schedule.
# "Trường hợp có khó khăn, vướng mắc ..., phải báo cáo chậm nhất trong ngày 3/1": what it sets holds only if so.
_CONDITION = re.compile(r"\s*(?:\d{1,2}[.)]\s*|[-–+]\s*)?(?:trong\s+)?(?:trường hợp|nếu)(?![\w])")
# "vào mùng 2 Tết Mậu Tý (8-2)": the civil date in brackets stands for the lunar one, and takes its cue.
_LUNAR_ASIDE = re.compile(r"(?:ngày\s+)?(?:mùng|mồng)\s+\d{1,2}[^()\d;:.]{0,30}\(\s*$")
_YEAR_AFTER = re.compile(r"[\s\"”)]*năm\s+(\d{4})(?!\d)")


def find_schedules(text: str, folded: str, start: int, end: int, context: Context) -> list[Found]:
    """Every schedule the sentence text[start:end] sets, in text order."""
    refs = find_dates(folded, start, end)
    found, used = find_recurrences(folded, start, end, refs, context.issued_on)
    found = ending_with_the_year(found, context)
    taken = set(used)
    found += _windows(folded, start, refs, taken, context)
    for index, ref in enumerate(refs):
        if index in taken:
            continue
        try:
            schedule = _deadline(text, folded, start, end, ref, context)
        except ValueError:  # a day that does not exist in its year ("29/2/2021") sets no schedule
            continue
        if schedule is not None:
            found.append(schedule)
            taken.add(index)
    found = _cycles_within_windows(found)
    unique: list[Found] = []
    found = [item for item in found if not _past(item.schedule, context.issued_on)]
    for item in sorted((item for item in found if _valid(item.schedule)), key=lambda item: item.start):
        if all(item.schedule != kept.schedule for kept in unique):  # "định kỳ hằng tháng, trước ngày 25 hằng tháng"
            unique.append(item)
    return unique


def _cycles_within_windows(found: list[Found]) -> list[Found]:
    """A cycle and a window in one sentence ("từ ngày 09/02/2026 đến ngày 13/02/2026, ... tất cả các ngày làm việc
    trong tuần"): the cycle runs within the window, which is then no schedule of its own."""
    windows = [item for item in found if isinstance(item.schedule, Window) and item.schedule.start < item.schedule.end]
    cycles = [item for item in found if isinstance(item.schedule, Recurrence) and item.schedule.until is None]
    if len(windows) != 1 or not cycles:
        return found
    window = windows[0].schedule
    assert isinstance(window, Window)
    bounded = {id(item): replace(item, schedule=Recurrence(item.schedule.rule, max(item.schedule.first, window.start),
                                                           window.end))
               for item in cycles if isinstance(item.schedule, Recurrence)}
    return [bounded.get(id(item), item) for item in found if item is not windows[0]]


def ending_with_the_year(found: list[Found], context: Context) -> list[Found]:
    """The cycles of a one-year plan or calendar stop with its year; other schedules are kept as they are."""
    if context.cycles_end is None:
        return found
    return [replace(item, schedule=replace(item.schedule, until=context.cycles_end))
            if isinstance(item.schedule, Recurrence) and item.schedule.until is None else item for item in found]


def _past(schedule: Schedule, issued_on: date) -> bool:
    """A deadline or a window over before the text's own date: an earlier letter's term ("thời hạn gửi về Bộ Y tế
    trước ngày 23 tháng 02 năm 2021" recalled in May), not work this text sets."""
    if isinstance(schedule, Deadline):
        return schedule.due < issued_on
    return isinstance(schedule, Window) and schedule.end < issued_on


def _valid(schedule: Schedule) -> bool:
    try:
        validate(schedule)
    except ScheduleError:
        return False
    return True


def _windows(folded: str, start: int, refs: list[DateRef], taken: set[int], context: Context) -> list[Found]:
    """"từ ngày 1.7 đến hết 30.9", "từ ngày 15 đến ngày 30/6", "trong 2 ngày 26 và 27/6", "từ nay đến hết 31/12"."""
    found: list[Found] = []
    for index, ref in enumerate(refs):
        if index in taken:
            continue
        before_start = max(start, ref.start - 40)
        before = folded[before_start:ref.start]
        single = _same_month_range(before, before_start, ref, context) or _from_now(before, before_start, ref, context)
        if single is not None or _FROM_DAY.search(before) or _DAY_PAIR.search(before) or _FROM_NOW.search(before):
            if single is not None:
                found += [] if _covered(folded, start, single) else [single]
                taken.add(index)
            continue
        if index + 1 < len(refs) and index + 1 not in taken:
            window = _range(folded, before, before_start, ref, refs[index + 1], context)
            if window is not None:
                done = _span_done(folded, start, window, refs[index + 1], context)
                found += [] if _covered(folded, start, window) or _historic(window, context) or done else [window]
                taken.update({index, index + 1})
    return found


def _covered(folded: str, start: int, window: Found) -> bool:
    """True when the window is what a report covers or its figures count, read in its clause before it."""
    return bool(_COVERED.search(folded, _clause_start(folded, start, window.start), window.start))


def _clause_start(folded: str, start: int, position: int, marks: str = ";:.") -> int:
    """Where the clause holding `position` starts: after the last of `marks` before it, or at `start`."""
    return max(start, *(folded.rfind(mark, start, position) + 1 for mark in marks))


def _span_done(folded: str, start: int, window: Found, last: DateRef, context: Context) -> bool:
    """"Từ ngày 1.1 đến ngày 6.7, UBND tỉnh giao 833 nhiệm vụ ...; 585 nhiệm vụ đã hoàn thành": a span opening
    a sentence of news, over by the item's date in its own year, counts what was done in it."""
    sentence_end = _sentence_end(folded, window.end)
    return (_NEWS_OPENING.fullmatch(folded, _clause_start(folded, start, window.start, ";:.,"), window.start) is not None
            and folded.startswith(",", window.end) and _up_to(last, context.issued_on)
            and _DONE.search(folded, window.end, sentence_end) is not None)


def _sentence_end(folded: str, position: int) -> int:
    match = _FULL_STOP.search(folded, position)
    return match.start() if match else len(folded)


def _historic(window: Found, context: Context) -> bool:
    """"(19/5/1890 - 19/5/2018)": a span of history that opened years before the issue, not a time to work in."""
    assert isinstance(window.schedule, Window)
    return window.schedule.start.year < context.issued_on.year - 1


def _same_month_range(before: str, offset: int, ref: DateRef, context: Context) -> Found | None:
    """"từ ngày 15 đến ngày 30/6/2021", "trong 2 ngày 26 và 27/6/2025", "ngày 6 và 7/10": the first day borrows
    the month."""
    opening = _FROM_DAY.search(before) or _DAY_PAIR.search(before) or _DASH_DAYS.search(before)
    consecutive_only = opening is None
    opening = opening or _TWO_DAYS.search(before)
    if opening is None or ref.unit != "day" or ref.month is None:
        return None
    last = _resolve(ref, context)
    try:
        first = date(last.first_day().year, last.first_day().month, int(opening.group(1)))
    except ValueError:
        return None
    if first > last.first_day() or (consecutive_only and (last.first_day() - first).days != 1):
        return None
    return Found(Window(first, last.last_day()), offset + opening.start(), ref.end)


def _from_now(before: str, offset: int, ref: DateRef, context: Context) -> Found | None:
    """"từ nay đến hết ngày 31/12/2021": a window opening on the issue date."""
    opening = _FROM_NOW.search(before)
    if opening is None:
        return None
    last = _resolve(ref, context).last_day()
    if last < context.issued_on:
        return None
    return Found(Window(context.issued_on, last), offset + opening.start(), ref.end,
                 doubts=("\"từ nay\": the window is taken to open on the issue date",))


def _range(folded: str, before: str, offset: int, ref: DateRef, following: DateRef, context: Context) -> Found | None:
    """Two dates joined by "đến"/"-": a window, when opened by "từ"/"thời gian" or written as two days."""
    opener = _RANGE_OPEN.search(before)
    link = _RANGE_LINK.fullmatch(folded, ref.end, following.start) or (
        _END_LINK.fullmatch(folded, ref.end, following.start) if opener else None)
    if link is None or (opener is None and (ref.unit != "day" or following.unit != "day")):
        return None
    if ref.unit == "year" and (following.unit != "year" or opener is None):
        return None
    if not (ref.year is None or ref.exists()) or not (following.year is None or following.exists()):
        return None
    first_ref, last_ref = _pair(ref, following, context)
    if not (first_ref.exists() and last_ref.exists()):
        return None
    begin = offset + opener.start() if opener else ref.start
    return Found(Window(first_ref.first_day(), last_ref.last_day()), begin, following.end)


def _pair(first: DateRef, last: DateRef, context: Context) -> tuple[DateRef, DateRef]:
    """Years for a range: a start without a year takes the end's ("từ 1.7 đến 30.9.2022")."""
    if last.year is None and first.year is not None:
        last = last.with_year(first.year)
        if last.last_day() < first.first_day():
            last = last.with_year(first.year + 1)
        return first, last
    last = _resolve(last, context)
    if first.year is None:
        assert last.year is not None
        first = first.with_year(last.year)
        if first.first_day() > last.last_day():
            first = first.with_year(last.year - 1)
    return first, last


def _resolve(ref: DateRef, context: Context) -> DateRef:
    return complete_year(ref, context.issued_on)


def _deadline(text: str, folded: str, start: int, end: int, ref: DateRef, context: Context) -> Found | None:
    before = folded[max(start, ref.start - 60):ref.start]
    offset = ref.start - len(before)
    clause = _clause_start(folded, start, ref.start)
    if _CONDITION.match(folded, clause, ref.start):
        return None
    lunar = _LUNAR_ASIDE.search(before)
    before = before[:lunar.start()] if lunar else before
    resolved = _resolve(ref, context)
    doubts = _year_doubt(ref, resolved, context)
    year_cue = _YEAR_CUE.search(before) if ref.unit == "year" else None
    if ref.unit == "year" and year_cue is None:
        return None
    if year_cue is not None:  # "hoàn thành trong năm 2026", "Thời gian hoàn thiện đề án: Năm 2020": by the year's end
        return Found(Deadline(resolved.last_day()), offset + year_cue.start(), ref.end, doubts=doubts)
    if ref.unit == "day" and _EVERY_YEAR.search(folded, ref.end, min(end, ref.end + 12)):
        return _named_day(text, folded, start, end, ref, context)
    if _COUNTED_TO.search(before) or _REPLACED.search(before) or _FIGURES.search(folded, clause, ref.start):
        return None
    if (_COUNT_OPENING.fullmatch(folded, _clause_start(folded, start, ref.start, ";:.,"), ref.start)
            and folded.startswith(",", ref.end) and _up_to(ref, context.issued_on)):
        return None
    if (_NEWS_OPENING.fullmatch(folded, _clause_start(folded, start, ref.start), ref.start)
            and folded.startswith(",", ref.end) and _DONE.search(folded, ref.end, end)):
        return None  # "Trong tháng 3/2021, UBND tỉnh đã ban hành quyết định": when news happened, not a term
    if _STORM_AHEAD.search(folded, _clause_start(folded, start, ref.start, ";."), ref.start):
        return None  # "cơn bão số 12 ... có khả năng ảnh hưởng trực tiếp (dự kiến vào ngày 23/10)": a forecast
    if _AFTER_DONE.search(folded, clause, ref.start) and _up_to(ref, context.issued_on):
        return None  # "sau khi ông Út có chuyến khảo sát thực địa ... vào ngày 9/7": what happened before the asking
    if ref.unit in ("month", "quarter") and _FIGURES_THROUGH.search(folded, clause, ref.start):
        return None  # "báo cáo tình hình giải ngân ... đến hết tháng 4/2018, dự kiến đến hết tháng 6/2018": figures' span
    if _PURPOSE_BY.search(before):
        return None  # "hoàn thành ... trước ngày 30/6 để đến ngày 1/7, các xã được vận hành": the state work leads to
    counted = _DAYS_FROM.search(before)
    if counted and ref.unit == "day" and 1 <= int(counted.group(2)) <= 366:
        first_day = resolved.first_day()
        last_day = first_day + timedelta(days=int(counted.group(2)) - 1)
        if counted.group(1) and not _STATE.search(folded, clause, ref.start):
            # "tự tháo dỡ trong vòng 10 ngày, từ ngày 13/9": work due within the days counted (not "cách ly toàn xã hội
            # trong vòng 15 ngày kể từ ...": a state that lasts them)
            return Found(Deadline(last_day), offset + counted.start(), ref.end, doubts=doubts)
        return Found(Window(first_day, last_day), offset + counted.start(), ref.end, doubts=doubts)
    starts = _FROM_HOUR.search(before)
    if (starts and ref.unit == "day" and _CEREMONY.search(folded, ref.end, clause_end(folded, ref.end, end))
            and _event_day(folded, start, ref, offset + starts.start())):
        return _one_day(resolved, offset + starts.start(), ref.end, doubts)
    hours = _HOURS_OF_DAY.search(before)
    if hours and ref.unit == "day":
        return _one_day(resolved, offset + hours.start(), ref.end, doubts)
    hour = _BEFORE_HOUR.search(before)
    if hour:
        return Found(Deadline(resolved.last_day()), offset + hour.start(), ref.end, doubts=doubts)
    cue = _BEFORE.search(before)
    if cue:
        return Found(Deadline(day_before(resolved.first_day())), offset + cue.start(), ref.end, True, doubts)
    due = _DUE_IS.search(folded, max(start, ref.start - 120), ref.start)
    if due and ref.unit == "day":
        return Found(Deadline(resolved.last_day()), due.start(), ref.end, doubts=doubts)
    held = _TIME_IS.search(folded, max(start, ref.start - 120), ref.start)
    if held and ref.unit == "day":
        return _one_day(resolved, held.start(), ref.end, doubts)
    field_cue = _TIME_FIELD.search(before)
    if field_cue:
        if field_cue.group(2):
            return Found(Deadline(day_before(resolved.first_day())), offset + field_cue.start(), ref.end, True, doubts)
        # "Thời gian tổ chức: ngày 15/6/2024", "Thời gian: Từ 19h00 ngày 01/12/2018": the event's day
        # "Thời gian: 7h00 ngày 02/8/2025": a bare time field with an hour says when something takes place.
        bare_hour = bool(field_cue.group("hour")) and _BARE_TIME_FIELD.match(field_cue.group(0)) is not None
        if (field_cue.group(1) or field_cue.group(3) or bare_hour) and ref.unit == "day":
            return _one_day(resolved, offset + field_cue.start(), ref.end, doubts)
        return Found(Deadline(resolved.last_day()), offset + field_cue.start(), ref.end, doubts=doubts)
    if ref.unit == "day" and _CALENDAR_DAY.fullmatch(folded, _line_start(folded, start, ref.start), ref.start):
        return _one_day(resolved, ref.start, ref.end, doubts)  # "* THỨ BẢY 11/01/2025": a day of a work calendar
    round_ = _NEXT_ROUND.search(before)
    if round_ and ref.unit == "day" and _WORK_DUE.search(folded, clause, offset + round_.start()):
        return Found(Deadline(resolved.last_day()), offset + round_.start(), ref.end, doubts=doubts)
    named = _NAMED_IS.search(folded, clause, ref.start)
    if named and ref.unit == "day":
        if _WORK_DUE.search(named.group(1)):  # "ngày hết hạn nộp hồ sơ là 30/10": the last day for the work
            return Found(Deadline(resolved.last_day()), named.start(), ref.end, doubts=doubts)
        return _one_day(resolved, named.start(), ref.end, doubts)
    cue = _ON.search(before)
    if cue and not re.search(r"từ\s+(?:ngày\s+)?\S*\s*$", before[:cue.start()]):
        if _EVENT_CUE.match(folded, offset + cue.start()) and _event_day(folded, start, ref, offset + cue.start()):
            # "Lễ khánh thành diễn ra vào ngày 20/4": held on that day, not done by it
            return _one_day(resolved, offset + cue.start(), ref.end, doubts)
        return Found(Deadline(resolved.last_day()), offset + cue.start(), ref.end, doubts=doubts)
    event = _EVENT_BEFORE.search(before)
    begin = offset + event.start() if event else ref.start
    opening = _EVENT_DATE_FIRST.fullmatch(folded, _clause_start(folded, start, ref.start, ";:.,"), ref.start)
    # "Theo đó, ngày 23/4/2025 các thôn ... sẽ triển khai lấy ý kiến cử tri": what will take place on that day.
    will = opening is not None and (_WILL.match(folded, ref.end, end) or (
        _TAKES_PLACE.match(folded, ref.end, end) is not None and not _up_to(ref, context.issued_on)))
    if (event or (opening and (_EVENT_AFTER.match(folded, ref.end) or will))) and _event_day(folded, start, ref, begin):
        return _one_day(resolved, begin, ref.end, doubts)  # "tựu trường ngày 29/8", "Ngày 5/9 khai giảng": an event's day
    return _named_day(text, folded, start, end, ref, context)


def _line_start(folded: str, start: int, position: int) -> int:
    return max(start, folded.rfind("\n", 0, position) + 1)


def _up_to(ref: DateRef, issued_on: date) -> bool:
    """True when the date is on or before the issue date, its year read as the issue year if left out ("Đến ngày
    4.1, Sở ... vẫn chưa nhận được báo cáo" in an item of 5/1: the day before, not next January)."""
    same_year = ref if ref.year is not None else ref.with_year(issued_on.year)
    return same_year.exists() and same_year.last_day() <= issued_on


def _one_day(resolved: DateRef, begin: int, end: int, doubts: tuple[str, ...]) -> Found:
    """An event held on one day: a window that opens and closes on it."""
    day = resolved.first_day()
    return Found(Window(day, day), begin, end, doubts=doubts)


def _event_day(folded: str, start: int, ref: DateRef, words: int) -> bool:
    """True when the words at `words` date an event held on the day `ref` (a ceremony, an exam) rather than the
    end of some work: nothing in their clause speaks of finishing, reporting or a limit."""
    return ref.unit == "day" and not _WORK_DUE.search(folded, _clause_start(folded, start, words, ";:.,("), words)


def _year_doubt(ref: DateRef, resolved: DateRef, context: Context) -> tuple[str, ...]:
    if ref.year is None and resolved.year != context.issued_on.year:
        return (f"no year in the text; {resolved.year} taken (the date has passed in the issue year)",)
    return ()


def _named_day(text: str, folded: str, start: int, end: int, ref: DateRef, context: Context) -> Found | None:
    """"Ngày toàn dân phòng, chống mua bán người - 30/7": a day of the year; "ngày 30/7 hằng năm" too."""
    if ref.unit != "day" or ref.month is None or ref.day is None:
        return None
    before = text[max(start, ref.start - 110):ref.start]
    named = _NAMED_DAY.search(before)
    around = folded[max(start, ref.start - 25):min(end, ref.end + 25)]
    yearly = bool(_EVERY_YEAR.search(around))
    if named is None and not yearly:
        return None
    begin = ref.start - len(before) + named.start() if named else ref.start
    if named and not yearly and _OCCASION.search(folded, _clause_start(folded, start, begin, ";:."), begin):
        return None  # "Chào mừng kỷ niệm ..., Ngày Quốc tế lao động 01/5, sáng ngày 25/4 ...": the occasion, not a term
    if yearly or (context.programme_end is not None and ref.year is None):
        until = context.programme_end
        annual = Annual(ref.month, ref.day, first=context.issued_on, until=until)
        doubts = () if yearly else (f"a day of the year of a programme that ends on {until}; every year until then",)
        return Found(annual, begin, ref.end, doubts=doubts, named=named is not None)
    written_year = _YEAR_AFTER.match(folded, ref.end, end)
    resolved = ref.with_year(int(written_year.group(1))) if written_year and ref.year is None else _resolve(ref, context)
    return Found(Deadline(resolved.last_day()), begin, ref.end,
                 doubts=("the day itself is taken as the deadline of this year's activities",), named=True)
