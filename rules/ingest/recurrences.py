"""Reporting cycles: "định kỳ hằng tháng (trước ngày 20)", "hằng quý, trước ngày 20 tháng cuối quý",
"6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", "trước 16 giờ thứ Năm hằng tuần", as RRULEs."""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rules.ingest.dates import DateRef, complete_year
from rules.ingest.found import Found
from rules.schedules import Recurrence

# "năm trước", "tháng trước": the period before; "năm trước ngày 15/11" is a period and its deadline.
_PAST = r"(?:đầu|cuối|qua|trước(?!\s+(?:ngày|\d)))"
_EXPLICIT = re.compile(
    r"(?:(?:hằng|hàng|mỗi)\s+(ngày|tuần|tháng|quý|năm)(?![\w])|định kỳ\s*,?\s*(?:(6|06|sáu|03|3|ba)\s+tháng|(tháng|quý|năm))"
    rf"(?![\w])(?!\s+{_PAST})(?!\s*\d))")  # "định kỳ tháng 11/2025": one named month, not a cycle
# A report named by its period: "Báo cáo tháng gửi trước ngày 15", "báo cáo quý", "Báo cáo 6 tháng", "Báo cáo
# năm" (not "báo cáo năm 2021", one year's report).
# "Báo cáo 06 (sáu) tháng đầu năm" with no year after it is the half-year report of every year.
_REPORT_OF = re.compile(r"báo cáo\s+(?:định kỳ\s+)?(?:(6|06|sáu)(?:\s*\((?:sáu|6)\))?\s+tháng"
                        r"(?:\s+(?:đầu|cuối)\s+năm(?![\w])(?!\s*(?:nay|\d)))?|(tháng|quý|năm))(?![\w])"
                        rf"(?!\s+(?:{_PAST}|\d|(?:i{{1,3}}|iv)(?![\w])))(?!\s*[/-]?\s*\d{{4}})")
# "báo cáo ... trước ngày 10 của tháng tiếp theo": the month after each month, so a monthly cycle.
_NEXT_MONTH = re.compile(r"(?<=\d)\s+(?:của\s+)?(tháng (?:sau|tiếp theo|kế tiếp))(?![\w])")
# "chậm nhất ngày 15/3 năm sau" in a standing rule: every year.
_NEXT_YEAR = re.compile(r"năm (?:sau|kế tiếp|tiếp theo)(?![\w])")
# "gửi báo cáo chậm nhất là ngày 15 tháng 01 năm kế tiếp của năm báo cáo": every report year, the next January.
_AFTER_REPORT_YEAR = re.compile(r"năm (?:sau|kế tiếp|tiếp theo|liền kề)\s+(?:của|sau)\s+năm báo cáo")
_SIX = re.compile(rf"(?:(6|06|sáu|03|3|ba)\s+tháng)(?:\s+(?:một|1)\s+lần)?(?![\w])(?!\s+{_PAST})")
# "định kỳ 06 tháng, 01 năm": the next cycle of a list, with or without a count of one.
_NEXT_IN_LIST = re.compile(r"\s*(?:\([^)]*\))?\s*(?:,|và|hoặc)\s*(?:(?:hằng|hàng|mỗi)\s+|(?:0?1|một)\s+)?"
                           rf"(?:(6|06|sáu|03|3|ba)\s+tháng|(tháng|quý|năm))(?![\w])(?!\s+{_PAST})")
_DAY_SPEC = re.compile(
    r"(?:(trước)\s+|(?:chậm nhất|vào|trong|hạn chót)\s+(?:là\s+|vào\s+)?)?(\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s*(?:,\s*)?)?"
    r"(?:ngày\s+(?:(?:mùng|mồng)\s+)?(\d{1,2})(?:\s*[/.\-]\s*(\d{1,2})(?!\s*[/.\-]\s*\d)|(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}(?![\w/.\-])"
    r"(?!\s*(?:tháng|[/.\-]\s*\d)))+)?(?!\s*[/.\-]\s*\d)"
    r"(?:\s+(?:của\s+)?(tháng cuối (?:cùng\s+)?(?:của\s+)?(?:mỗi\s+|các\s+)?quý|tháng cuối kỳ|"
    r"tháng đầu (?:của\s+)?(?:mỗi\s+)?quý(?:\s+(?:sau|tiếp theo|kế tiếp))?|"
    r"tháng (?:sau|tiếp theo|kế tiếp)|tháng báo cáo|tháng (\d{1,2})))?"
    r"|(?:ngày\s+)?thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])(?![\w]))")
# "tháng cuối cùng của mỗi quý": the quarter names the month of a day, it is not a cycle of its own.
_PART_OF_DAY = re.compile(r"tháng (?:cuối|đầu)(?:\s+cùng)?(?:\s+của)?\s*$")
# "trước ngày 15/6 và 15/12 hằng năm": several days of the year in one cycle.
_DAY_AND_MONTH = r"\d{1,2}\s*(?:[/.\-]\s*|\s+tháng\s+)\d{1,2}"
_DAY_LIST = re.compile(
    r"(?:(trước)\s+|(?:chậm nhất|vào|trong|hạn chót)\s+(?:là\s+|vào\s+)?)?(?:các\s+)?ngày\s+"
    rf"({_DAY_AND_MONTH}(?:\s*(?:,|và)\s*(?:ngày\s+)?{_DAY_AND_MONTH})+)(?!\s*[/.\-]\s*\d)(?!\s+năm\s+\d)")
_MORE_DAYS = re.compile(r"(?:,|và)\s*(?:ngày\s+)?(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*(?:[/.\-]\s*|\s+tháng\s+)(\d{1,2})")
# "thứ Sáu tuần thứ 2", "thứ Hai tuần đầu", "thứ Năm tuần cuối" (of each month).
_NTH_WEEKDAY = re.compile(r"(?:ngày\s+)?thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])\s+(?:của\s+)?tuần\s+"
                          r"(?:thứ\s+)?(nhất|đầu tiên|đầu|cuối cùng|cuối|hai|ba|tư|[1-4])(?![\w])")
# "vào các thứ Bảy, Chủ nhật hàng tuần", "từ thứ Hai đến thứ Sáu hằng tuần": several days of each week.
_ONE_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?![\w])"
_WEEKDAYS_LISTED = re.compile(
    rf"(?:vào\s+)?(?:các\s+)?(?:ngày\s+)?(?:(?P<from>từ\s+(?:ngày\s+)?{_ONE_WEEKDAY}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?{_ONE_WEEKDAY})|"
    rf"{_ONE_WEEKDAY}(?:\s*(?:,|và|hoặc)\s*(?:ngày\s+)?{_ONE_WEEKDAY})+|thứ\s+[2-7](?:\s*(?:,|và)\s*[2-7](?![\d/]))+|chủ nhật)")
# ("thứ 3,5,6": the later days written as their numbers alone)
_WEEKDAY_IN = re.compile(r"thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|(?<=[,\s])([2-7])(?![\d/])")
_WEEK_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# "... hàng tuần trong suốt tháng 7", "hằng tháng đến hết năm 2025": the end the text gives a cycle.
_UNTIL = re.compile(r"[\s,]*(?:trong\s+suốt|suốt|đến hết|cho đến hết|tới hết|cho đến|đến|tới)\s+(?:ngày\s+)?")
_WEEKDAY_LINK = re.compile(r"[\s,]*(?:và\s+|hoặc\s+)?")
_WEEKDAY_LEAD = re.compile(r"[\s,(]*(?:vào\s+)?")
# The months of a cycle whose day is not given (its last day is assumed); a monthly cycle has every month.
_LAST_MONTHS = {"quarter": "3,6,9,12", "half": "6,12", "year": "12"}
_ORDINALS = {"nhất": "1", "đầu": "1", "đầu tiên": "1", "1": "1", "hai": "2", "2": "2", "ba": "3", "3": "3", "tư": "4",
             "4": "4", "cuối": "-1", "cuối cùng": "-1"}
_WEEKDAYS = {"hai": "MO", "ba": "TU", "tư": "WE", "năm": "TH", "sáu": "FR", "bảy": "SA",
             "2": "MO", "3": "TU", "4": "WE", "5": "TH", "6": "FR", "7": "SA"}
_PREVIOUS_WEEKDAY = {"MO": "SU", "TU": "MO", "WE": "TU", "TH": "WE", "FR": "TH", "SA": "FR"}
_REPORTING = re.compile(r"báo cáo|gửi|gởi|tổng hợp|tổng kết|sơ kết|cập nhật|thống kê|đánh giá|hồ sơ|nộp")
_EVERY_YEAR = re.compile(r"(?:hằng|hàng|mỗi)\s+năm")
_RANGE_START = re.compile(r"từ\s+$")
_CLAUSE_MARK = re.compile(r"[;.](?:\s|$)")
_WORKING_DAYS = re.compile(r"(?:(?:tất cả\s+)?các\s+)?ngày làm việc\s+(?:trong\s+tuần|hằng tuần|hàng tuần)")
_CUT_OFF_DAY = re.compile(r"(?<![\w])(?:đến|tới)\s+n")
_DEADLINE_DAY = re.compile(r"(?:trước|chậm nhất)\s+(?:ngày\s+)?\d")
# "từ ngày 2 đến ngày 10 hằng tháng": the same days of every month, a span that comes back (each day of it).
_MONTHLY_SPAN = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})"
                           r"(?![\d/.\-])\s*(?:của\s+)?(?:các\s+)?$")
# Between a day and the cycle it is for: "ngày 15, hằng tháng", "ngày 15 của tháng báo cáo đối với báo cáo định kỳ
# hằng tháng".
_SPEC_GAP = re.compile(r"[\s,]*(?:của\s+)?(?:đối với\s+(?:các\s+)?(?:chế độ\s+)?(?:báo cáo\s+)?(?:định kỳ\s+)?)?")
_CUT_OFF = re.compile(r"(?:chốt|khóa sổ|tính|thời điểm(?:\s+báo cáo)?)\s+(?:số liệu\s+)?(?:(?:là|vào|đến|tới|hết)\s+)*$")
# "thời hạn gửi báo cáo là 30/10 hàng năm": a day and month without "ngày", after "là" or a colon.
_BARE_DAY = re.compile(r"(?:(?<=là )|(?<=: ))(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\s*[/.\-]\s*\d)(?![\w])")


@dataclass(frozen=True)
class _Period:
    unit: str  # day, week, month, quarter, half, year
    start: int
    end: int


@dataclass(frozen=True)
class _Day:
    before: bool
    deadline: bool  # "chậm nhất ngày 15/3": a last day, not a day of celebration
    day: int | None
    month: int | None
    where: str | None
    weekday: str | None
    start: int
    end: int
    # "trước ngày 15 và 25 hằng tháng": the days after the first, of a cycle with several days a month.
    more_days: tuple[int, ...] = ()


def find_recurrences(folded: str, start: int, end: int, refs: list[DateRef],
                     issued_on: date) -> tuple[list[Found], set[int]]:
    """The cycles of the sentence folded[start:end] and the date references their days used."""
    periods = _periods(folded, start, end, implied=not refs)
    found: list[Found] = []
    used: set[int] = set()
    shared: dict[int, list[Found]] = {}
    for position, period in enumerate(periods):
        if period.unit == "day" and not _REPORTING.search(folded, start, end):
            continue  # "trực 24/24 giờ hằng ngày": a duty kept every day, not a report to send
        listed = _weekdays_listed(folded, start, end, period) if period.unit == "week" else None
        if listed is not None:  # "vào các thứ Bảy, Chủ nhật hàng tuần"
            found.append(Found(Recurrence(listed[0], first=issued_on), listed[1], max(listed[2], period.end)))
            continue
        nth = _nth_weekdays(folded, start, end, period) if period.unit == "month" else None
        if nth is not None:  # "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hàng tháng"
            found.append(Found(Recurrence(nth[0], first=issued_on), nth[1], max(nth[2], period.end)))
            continue
        following = _next_apart(folded, periods, position, end)
        several = _days_of_year(folded, start, period, following, issued_on) if period.unit in ("year", "half") else None
        if several is not None:
            found.append(several[0])
            used.update(index for index, ref in enumerate(refs) if several[1] <= ref.start < several[2])
            continue
        span = _MONTHLY_SPAN.search(folded, max(start, period.start - 40), period.start) if period.unit == "month" else None
        if span is not None and 1 <= int(span.group(1)) < int(span.group(2)) <= 31:
            days = ",".join(str(day) for day in range(int(span.group(1)), int(span.group(2)) + 1))
            found.append(Found(Recurrence(f"FREQ=MONTHLY;BYMONTHDAY={days}", first=issued_on), span.start(), period.end))
            used.update(index for index, ref in enumerate(refs) if span.start() <= ref.start < period.end)
            continue
        # "trước ngày 15 hàng tháng, ... sau ngày 15 thì ...": a day written right before the cycle is its day.
        spec = _day_before(folded, start, period) or _day_after(folded, period, following, end)
        if (period.unit == "year" and spec is not None and spec.month is not None and not spec.before
                and not spec.deadline and not _REPORTING.search(folded, start, end)):
            continue  # "Ngày 30/7 hằng năm": a day of the year, read as such by the deadline rules
        if spec is not None and _CUT_OFF_DAY.search(folded, max(start, spec.start - 8), spec.start + 1) and \
                _DEADLINE_DAY.search(folded, start, end):
            continue  # "báo cáo tình hình ... đến ngày 20 hàng tháng, ... trước ngày 22 hàng tháng": figures up to the 20th
        rule, doubts = _rule(period, spec)
        if rule is None:
            continue
        span_start = min(period.start, spec.start) if spec else period.start
        span_end = max(period.end, spec.end) if spec else period.end
        found.append(Found(Recurrence(rule, first=issued_on), span_start, span_end, doubts=doubts,
                           assumed=period.unit != "day" and (spec is None or (spec.day is None and spec.weekday is None))))
        shared.setdefault(spec.start if spec else -1 - position, []).append(found[-1])
        if spec is not None:
            used.update(index for index, ref in enumerate(refs) if spec.start <= ref.start < spec.end)
    found = [_with_stated_end(folded, item, refs, used, issued_on) for item in found]
    working = _WORKING_DAYS.search(folded, start, end)
    if working is not None and not any(item.start <= working.start() < item.end for item in found):
        # "tiếp công dân thường xuyên vào các ngày làm việc trong tuần": Monday to Friday, every week
        found.append(Found(Recurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", first=issued_on), working.start(), working.end()))
    if _EVERY_YEAR.search(folded, start, end) or _AFTER_REPORT_YEAR.search(folded, start, end):
        found += _next_year(folded, refs, used, issued_on)
    # "hàng quý, 6 tháng và hàng năm, trước ngày 20 của tháng cuối kỳ": cycles sharing one day are one schedule.
    dropped = {id(item) for group in shared.values() for item in group} - {
        id(item) for group in shared.values() for item in without_subsumed(group)}
    return [item for item in found if id(item) not in dropped], used


def without_subsumed(found: list[Found]) -> list[Found]:
    """The cycles without those whose days another already has: "hàng quý, 6 tháng và hàng năm ... ngày 20 của
    tháng cuối kỳ" falls on 20/3, 20/6, 20/9 and 20/12, and the half-year and year reports add no day."""
    days = [_days_of(item) for item in found]
    return [item for item, mine in zip(found, days, strict=True)
            if mine is None or not any(other is not None and mine < other for other in days)]


def _days_of(item: Found) -> frozenset[tuple[int, int]] | None:
    """The (month, day) pairs of a yearly or monthly rule with a fixed day, for comparing cycles."""
    if not isinstance(item.schedule, Recurrence) or item.assumed:
        return None
    parts = dict(part.split("=", 1) for part in item.schedule.rule.split(";"))
    if set(parts) - {"FREQ", "BYMONTH", "BYMONTHDAY"} or "BYMONTHDAY" not in parts:
        return None
    months = range(1, 13) if parts["FREQ"] == "MONTHLY" else [int(month) for month in parts.get("BYMONTH", "").split(",")]
    return frozenset((month, int(day)) for month in months for day in parts["BYMONTHDAY"].split(","))


def cycle_day(folded: str, start: int, end: int, cycles: list[Found], issued_on: date) -> list[Found]:
    """The cycles of the sentence before given the day this sentence names for them: "... hàng quý, 6 tháng và
    hàng năm. ..., thời hạn gửi chậm nhất là ngày 20 của tháng cuối kỳ báo cáo" (no cycle of its own, a day of
    the period and no month). Empty when the sentence names no such day."""
    spec = None
    for match in _DAY_SPEC.finditer(folded, start, end):
        candidate = _day_of(match)
        if candidate is not None and candidate.day is not None and candidate.month is None and candidate.where:
            spec = candidate
            break
    if spec is None or _periods(folded, start, end):
        return []
    completed = []
    for item in cycles:
        unit = _unit_of(item.schedule.rule) if isinstance(item.schedule, Recurrence) else None
        rule = _rule(_Period(unit, item.start, item.end), spec)[0] if unit else None
        if rule is not None:
            completed.append(Found(Recurrence(rule, first=issued_on), item.start, item.end))
    return without_subsumed(completed)


def _unit_of(rrule: str) -> str | None:
    """The period of an assumed rule ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1" is quarterly)."""
    if rrule == "FREQ=MONTHLY;BYMONTHDAY=-1":
        return "month"
    months = rrule.removeprefix("FREQ=YEARLY;BYMONTH=").removesuffix(";BYMONTHDAY=-1")
    return next((unit for unit, listed in _LAST_MONTHS.items() if listed == months), None)


def _nth_weekdays(folded: str, start: int, end: int, period: _Period) -> tuple[str, int, int] | None:
    """"(vào) ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng": weekdays of given weeks of each
    month, written just before the monthly period (or just after it), as BYDAY=2FR,4FR."""
    before = list(_NTH_WEEKDAY.finditer(folded, max(start, period.start - 120), period.start))
    chain: list[re.Match[str]] = []
    for match in reversed(before):  # the days joined by "và" or "," that end where the period starts
        limit = chain[0].start() if chain else period.start
        if not _WEEKDAY_LINK.fullmatch(folded, match.end(), limit):
            break
        chain.insert(0, match)
    if not chain:
        after = _NTH_WEEKDAY.search(folded, period.end, min(end, period.end + 40))
        chain = [after] if after and _WEEKDAY_LEAD.fullmatch(folded, period.end, after.start()) else []
    days = [f"{_ORDINALS[match.group(2)]}{_WEEKDAYS[match.group(1)]}" for match in chain]
    if not days:
        return None
    return f"FREQ=MONTHLY;BYDAY={','.join(dict.fromkeys(days))}", chain[0].start(), chain[-1].end()


def _weekdays_listed(folded: str, start: int, end: int, period: _Period) -> tuple[str, int, int] | None:
    """"(vào) các thứ Bảy, Chủ nhật hàng tuần", "từ thứ Hai đến thứ Sáu hằng tuần", "Chủ nhật hằng tuần": the
    days of each week, written just before the weekly period (or just after it), as BYDAY=SA,SU."""
    chosen = None
    for match in _WEEKDAYS_LISTED.finditer(folded, max(start, period.start - 80), period.start):
        if _WEEKDAY_LEAD.fullmatch(folded, match.end(), period.start) or folded[match.end():period.start].strip(" ,") == "":
            chosen = match
    if chosen is None:
        after = _WEEKDAYS_LISTED.search(folded, period.end, min(end, period.end + 40))
        chosen = after if after and _WEEKDAY_LEAD.fullmatch(folded, period.end, after.start()) else None
    if chosen is None:
        return None
    days = [_WEEKDAYS[word.group(1) or word.group(2)] if word.group(1) or word.group(2) else "SU"
            for word in _WEEKDAY_IN.finditer(folded, chosen.start(), chosen.end())]
    if chosen.group("from") and len(days) == 2:
        first, last = _WEEK_ORDER.index(days[0]), _WEEK_ORDER.index(days[1])
        days = _WEEK_ORDER[first:last + 1] if first < last else days
    return f"FREQ=WEEKLY;BYDAY={','.join(dict.fromkeys(days))}", chosen.start(), chosen.end()


def _with_stated_end(folded: str, item: Found, refs: list[DateRef], used: set[int], issued_on: date) -> Found:
    """A cycle followed by its end ("hàng tuần trong suốt tháng 7") stops on that end's last day."""
    if not isinstance(item.schedule, Recurrence) or item.schedule.until is not None:
        return item
    for index, ref in enumerate(refs):
        if ref.start >= item.end and index not in used and _UNTIL.fullmatch(folded, item.end, ref.start):
            resolved = complete_year(ref, issued_on)
            if not resolved.exists() or resolved.last_day() < issued_on:
                return item
            used.add(index)
            return replace(item, schedule=replace(item.schedule, until=resolved.last_day()), end=ref.end)
    return item


def _next_apart(folded: str, periods: list[_Period], position: int, end: int) -> int:
    """Where the next cycle not listed with this one starts: "định kỳ 06 tháng, 01 năm ... trước ngày 15/6 và
    15/12" gives both cycles the days that follow the list."""
    for index in range(position + 1, len(periods)):
        joined = _NEXT_IN_LIST.match(folded, periods[index - 1].end, end)
        if joined is None or joined.end() != periods[index].end:
            return periods[index].start
    return end


def _days_of_year(folded: str, start: int, period: _Period, following: int,
                  issued_on: date) -> tuple[Found, int, int] | None:
    """"(trước) ngày 15/6 và 15/12 hằng năm": one yearly rule over the days listed, next to the period."""
    reach = min(following, clause_end(folded, period.end, len(folded)), period.end + 120)
    candidates = [match for match in _DAY_LIST.finditer(folded, max(start, period.start - 60), reach)
                  if match.end() <= period.start + 1 or match.start() >= period.end - 1]
    if not candidates:
        return None
    match = min(candidates, key=lambda match: min(abs(match.end() - period.start), abs(match.start() - period.end)))
    days = [(int(day), int(month)) for day, month in _DAY_MONTH.findall(match.group(2))]
    if not all(1 <= month <= 12 and 1 <= day <= 31 for day, month in days):
        return None
    before = bool(match.group(1))
    rules = {_rule(period, _Day(before, True, day, month, None, None, match.start(), match.end()))[0]
             for day, month in days}
    parts = [rule.split(";") for rule in rules if rule]
    same_day = len({part[-1] for part in parts}) == 1 and all(len(part) == 3 for part in parts)
    if not same_day:
        return None
    months = sorted({int(month) for part in parts for month in part[1].removeprefix("BYMONTH=").split(",")})
    rule = f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};{parts[0][-1]}"
    span = (min(match.start(), period.start), max(match.end(), period.end))
    return Found(Recurrence(rule, first=issued_on), *span), match.start(), match.end()


def _next_year(folded: str, refs: list[DateRef], used: set[int], issued_on: date) -> list[Found]:
    """"gửi chậm nhất ngày 15/3 năm sau" in a sentence about yearly work: every year on that day."""
    found: list[Found] = []
    for index, ref in enumerate(refs):
        if index in used or ref.unit != "day" or ref.year is not None or ref.month is None or ref.day is None:
            continue
        if not _NEXT_YEAR.match(folded, ref.end + 1, ref.end + 16) and not folded.startswith(" năm sau", ref.end):
            continue
        cue = _DAY_SPEC.search(folded, max(0, ref.start - 30), ref.end)
        spec = _day_of(cue) if cue and cue.end() >= ref.end else None
        if spec is None:
            continue
        rule, doubts = _rule(_Period("year", ref.start, ref.end), spec)
        if rule is not None:
            found.append(Found(Recurrence(rule, first=issued_on), spec.start, ref.end + len(" năm sau"), doubts=doubts))
            used.add(index)
    return found


def _periods(folded: str, start: int, end: int, implied: bool = False) -> list[_Period]:
    """The cycles a sentence names; `implied` reads "ngày 10 của tháng tiếp theo" as monthly when the sentence
    names no month of its own ("báo cáo trong tháng 6/2021, trước ngày 5 của tháng sau" is once)."""
    result: list[_Period] = []
    regular = "định kỳ" in folded[start:end]
    for match in _EXPLICIT.finditer(folded, start, end):
        unit = _unit(match.group(1) or match.group(3) or "", match.group(2))
        result.append(_Period(unit, match.start(), match.end()))
        position = match.end()
        while following := _NEXT_IN_LIST.match(folded, position, end):
            word_start = following.start(1) if following.group(1) else following.start(2)
            result.append(_Period(_unit(following.group(2) or "", following.group(1)), word_start, following.end()))
            position = following.end()
    for match in _REPORT_OF.finditer(folded, start, end):
        word_start = match.start(1) if match.group(1) else match.start(2)
        result.append(_Period(_unit(match.group(2) or "", match.group(1)), word_start, match.end()))
    if implied and not result and _REPORTING.search(folded, start, end):
        result += [_Period("month", match.start(1), match.end(1)) for match in _NEXT_MONTH.finditer(folded, start, end)]
    if regular:
        covered = [(period.start, period.end) for period in result]
        for match in _SIX.finditer(folded, start, end):
            if not any(low <= match.start() < high for low, high in covered):
                result.append(_Period(_unit("", match.group(1)), match.start(), match.end()))
    unique: list[_Period] = []
    result = [period for period in result if not _PART_OF_DAY.search(folded, max(start, period.start - 30), period.start)]
    for period in sorted(result, key=lambda period: (period.start, -period.end)):
        if not unique or period.start >= unique[-1].end:
            unique.append(period)
    return unique


def _unit(word: str, months: str | None) -> str:
    if months:
        return "quarter" if months in ("3", "03", "ba") else "half"
    return {"ngày": "day", "tuần": "week", "tháng": "month", "quý": "quarter", "năm": "year"}[word]


def _day_after(folded: str, period: _Period, following: int, end: int) -> _Day | None:
    paren = re.compile(r"\s*\(([^)]*)\)").match(folded, period.end, end)
    if paren:
        return _spec(folded, paren.start(1), paren.end(1))
    limit = min(following, clause_end(folded, period.end, end), period.end + 70)
    return _spec(folded, period.end, limit)


def _day_before(folded: str, start: int, period: _Period) -> _Day | None:
    window_start = max(start, period.start - 100)
    for match in _DAY_SPEC.finditer(folded, window_start, period.start):
        if _SPEC_GAP.fullmatch(folded, match.end(), period.start):
            return _day_of(match)
    for bare in _BARE_DAY.finditer(folded, window_start, period.start):
        if _SPEC_GAP.fullmatch(folded, bare.end(), period.start):
            return _bare_day(folded, bare.start(), bare.end())
    return None


def clause_end(folded: str, position: int, end: int) -> int:
    """Where the clause holding `position` ends: at the next ";" or full stop, or at `end`."""
    match = _CLAUSE_MARK.search(folded, position, end)
    return match.start() if match else end


def _spec(folded: str, start: int, end: int) -> _Day | None:
    bare = _bare_day(folded, start, end)
    for match in _DAY_SPEC.finditer(folded, start, end):
        if bare is not None and bare.start < match.start():
            return bare
        if _RANGE_START.search(folded, max(start, match.start() - 6), match.start()):
            continue  # "Số liệu ... được tính từ ngày 01 đến ...": the start of a period, not a day to report by
        if _CUT_OFF.search(folded, max(start, match.start() - 30), match.start()):
            continue  # "thời gian chốt số liệu ngày 25": the day the figures are closed, not a day to report by
        if match.group(3) or match.group(7):
            return _day_of(match)
    return bare


def _bare_day(folded: str, start: int, end: int) -> _Day | None:
    """The first day written without "ngày" ("là 30/10") in folded[start:end], unless it is a cut-off."""
    for match in _BARE_DAY.finditer(folded, start, end):
        if _CUT_OFF.search(folded, max(start, match.start() - 30), match.start()):
            continue
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return _Day(False, True, day, month, None, None, match.start(), match.end())
    return None


def _day_of(match: re.Match[str]) -> _Day | None:
    if not (match.group(3) or match.group(7)):
        return None
    before = bool(match.group(1)) and not match.group(2)  # "trước 16 giờ ngày 20": the 20th still counts
    month = int(match.group(4)) if match.group(4) else int(match.group(6)) if match.group(6) else None
    weekday = _WEEKDAYS.get(match.group(7)) if match.group(7) else None
    deadline = bool(match.group(1)) or match.group(0).startswith(("chậm nhất", "hạn chót"))
    if (month is not None and not 1 <= month <= 12) or (match.group(3) and not 1 <= int(match.group(3)) <= 31):
        return None  # "ngày 45", "tháng 13": not a day of a cycle
    more_days = tuple(int(day) for day in _MORE_DAYS.findall(match.string, match.end(3), match.end())) \
        if match.group(3) and month is None else ()
    if any(not 1 <= day <= 31 for day in more_days):
        return None
    return _Day(before, deadline, int(match.group(3)) if match.group(3) else None, month, match.group(5), weekday,
                match.start(), match.end(), more_days)


def _rule(period: _Period, spec: _Day | None) -> tuple[str | None, tuple[str, ...]]:
    """The RRULE of a cycle and what had to be assumed."""
    if period.unit == "day":
        return "FREQ=DAILY", ()
    if period.unit == "week":
        if spec is None or spec.weekday is None:
            return "FREQ=WEEKLY;BYDAY=FR", ("no weekday in the text; Friday assumed",)
        weekday = _PREVIOUS_WEEKDAY[spec.weekday] if spec.before else spec.weekday
        return f"FREQ=WEEKLY;BYDAY={weekday}", ()
    if spec is None or spec.day is None:
        months = _LAST_MONTHS.get(period.unit)
        rule = "FREQ=MONTHLY;BYMONTHDAY=-1" if months is None else f"FREQ=YEARLY;BYMONTH={months};BYMONTHDAY=-1"
        return rule, ("no day in the text; the last day of each period assumed",)
    months_of, doubts = _months_of(period, spec)
    day = spec.day
    if spec.before and day == 1:  # "trước ngày 01 tháng sau": the last day of the month before
        if months_of is None:
            return "FREQ=MONTHLY;BYMONTHDAY=-1", doubts
        months_of = [12 if month == 1 else month - 1 for month in months_of]
        return f"FREQ=YEARLY;BYMONTH={_months(months_of)};BYMONTHDAY=-1", doubts
    if spec.before:
        day -= 1
    if months_of is None:
        days = [day] + [other - 1 if spec.before else other for other in spec.more_days]
        if max(days) > 28:
            doubts += (f"day {max(days)} is missing from short months, which get no task",)
        return f"FREQ=MONTHLY;BYMONTHDAY={','.join(str(each) for each in sorted(set(days)))}", doubts
    if any(_too_short(month, day) for month in months_of):
        doubts += (f"day {day} does not exist in every month named; the last day taken",)
        return f"FREQ=YEARLY;BYMONTH={_months(months_of)};BYMONTHDAY=-1", doubts
    return f"FREQ=YEARLY;BYMONTH={_months(months_of)};BYMONTHDAY={day}", doubts


def _months_of(period: _Period, spec: _Day) -> tuple[list[int] | None, tuple[str, ...]]:
    """The months a cycle falls in (None: every month), and what was assumed."""
    if period.unit == "month":
        return None, ()
    if spec.month is not None:
        return [spec.month], ()
    if period.unit == "quarter":
        if spec.where is None:
            return [3, 6, 9, 12], ("the month of the quarter is not given; its last month assumed",)
        return ([1, 4, 7, 10] if spec.where.startswith("tháng đầu") else [3, 6, 9, 12]), ()
    if period.unit == "half":
        return [6, 12], ()
    return [12], ("the month is not given; December assumed",)


def _months(months: list[int]) -> str:
    return ",".join(str(month) for month in sorted(set(months)))


def _too_short(month: int, day: int) -> bool:
    """True when some year's `month` has fewer than `day` days (February counts as 28)."""
    following = date(2021, month, 28) + timedelta(days=4)
    return (following.replace(day=1) - timedelta(days=1)).day < day
