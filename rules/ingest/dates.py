"""Dates as Vietnamese documents write them: "10/6/2021", "1.7", "ngày 07 tháng 6 năm 2021",
"tháng 6/2021", "quý III/2021", "năm 2021"; found in folded text, resolved against the issue date."""

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

Unit = Literal["day", "month", "quarter", "year"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# "\s*" around the numbers: a bad copy glues them to the words ("ngày 05tháng 04 năm 2018").
_SPELLED = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*(?:năm\s+|/\s*)(\d{4}))?(?!\d)")
# "trong các ngày 27, 28, 29 tháng 12/2019": the last day of a list spelled with "tháng" (the first ones are read
# around it, as a stretch of days).
# ("(23-24 tháng 4 năm 2024)": two days without "ngày", the year written)
_LISTED_SPELLED = re.compile(r"(?:ngày\s+|(?<![\w/.,\-])(?=\d{1,2}\s*[-–]\s*\d{1,2}\s*tháng\s*\d{1,2}\s*(?:năm\s+|/\s*)\d{4}))"
                             r"\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*\s*(?:,|và|-|–)\s*(\d{1,2})\s*tháng\s*(\d{1,2})"
                             r"(?:\s*(?:năm\s+|/\s*)(\d{4}))?(?!\d)")
# Day-first with one separator used twice: "10/6/2021", "1.7.2021", "01-7-2021", and "30/7", "1.7".
_NUMERIC = re.compile(r"(?<![\w/.,\-])(\d{1,2})\s?([/.\-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}))?(?![\w/%]|[.,\-]\d)")
# "từ 16-30/9/2021", "từ 16-21/9": two days of one month joined by a dash.
_DAY_RANGE = re.compile(r"(?<![\w/.,\-])(\d{1,2})\s?[-–]\s?(\d{1,2})\s?([/.])\s?(\d{1,2})(?:\s?\3\s?(\d{4}))?(?![\w/%]|[.,\-]\d)")
# "cùng ngày": the day named last before it.
_SAME_DAY = re.compile(r"(?<![\w])cùng ngày(?![\w])(?!\s*\d)")
_SAME_DAY_REACH = 400
_MONTH = re.compile(r"(?<!\d\s)tháng\s+(\d{1,2})(?:\s*(?:/|-|năm|\.)\s*(\d{4}))?(?![\d/]|[.\-]\d)")
# "từ tháng 8 – 12/2019": the second month of a range, written without its "tháng".
_MONTH_RANGE_END = re.compile(r"tháng\s+\d{1,2}\s*(?:-|–|đến|tới)\s*(\d{1,2})\s*(?:/|-|năm)\s*(\d{4})(?!\d)")
_YEAR_RANGE = re.compile(r"năm\s+\d{4}\s*[-–]\s*(\d{4})(?!\d)")
_QUARTER = re.compile(r"quý\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|năm)\s*(\d{4}))?")
_YEAR = re.compile(r"năm\s+(\d{4})(?![\d/])")
# A lunar date: "5.2 năm Quý Mão", "15/8 âm lịch", "10/3 (AL)", "16.1 tháng Giêng": not a day of the civil calendar.
_LUNAR_AFTER = re.compile(r"\s*(?:\(\s*)?(?:âm lịch|al\)|âl(?![\w])|tháng\s+(?:giêng|chạp)(?![\w])|"
                          r"năm\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+"
                          r"(?:tý|sửu|dần|mão|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi))(?![\w])")
# "1.7" or "2.3" without a year is a date only where a date is expected ("mục 2.3" is not one).
_DATE_CONTEXT = re.compile(r"(?:ngày|từ|đến|tới|trước|hết|và|sau|nhất|,|\(|-|–)\s*$")
# "đạt 2/3 số hộ", "bằng 1/10 chiều rộng", "đến 2/3 chiều cao": a share of something, not a day and month.
# ("không quá 30/6", "không muộn hơn 30/6" are deadlines: "quá" and "hơn" are not cues here.)
_SHARE_BEFORE = re.compile(r"(?:khoảng|đạt|trên|dưới|bằng|gần|ít nhất|tối thiểu|chiếm)\s*$")
_SHARE_AFTER = re.compile(r"\s*(?:tổng\s+)?(?:số|diện tích|chiều|dân số|khối lượng|lượng|kinh phí|vốn|giá trị|quân số|"
                          r"thành viên|đại biểu|trở lên|trở xuống|lá cờ|cột|kích thước|công suất|sản lượng)(?![\w])")


@dataclass(frozen=True)
class DateRef:
    """A date, month, quarter or year as written at [start, end) of the text; year None if left out."""

    start: int
    end: int
    unit: Unit
    year: int | None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None

    def with_year(self, year: int) -> "DateRef":
        """The same reference with its year filled in."""
        return DateRef(self.start, self.end, self.unit, year, self.month, self.day, self.quarter)

    def exists(self) -> bool:
        """True when the year is known and the day is real in it (29/2 of 2021 is not)."""
        try:
            self.first_day()
        except (AssertionError, ValueError):
            return False
        return True

    def first_day(self) -> date:
        """The first day it covers (the year must be known)."""
        assert self.year is not None
        if self.unit == "day":
            assert self.month is not None and self.day is not None
            return date(self.year, self.month, self.day)
        if self.unit == "month":
            assert self.month is not None
            return date(self.year, self.month, 1)
        if self.unit == "quarter":
            assert self.quarter is not None
            return date(self.year, 3 * self.quarter - 2, 1)
        return date(self.year, 1, 1)

    def last_day(self) -> date:
        """The last day it covers: "trong tháng 6/2021" ends on 30/6/2021, "quý III/2021" on 30/9/2021."""
        assert self.year is not None
        if self.unit == "day":
            return self.first_day()
        if self.unit == "month":
            assert self.month is not None
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        if self.unit == "quarter":
            assert self.quarter is not None
            month = 3 * self.quarter
            return date(self.year, month, calendar.monthrange(self.year, month)[1])
        return date(self.year, 12, 31)


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[DateRef]:
    """Every date reference in folded[start:end], in text order, overlaps resolved (longest first)."""
    end = len(folded) if end is None else end
    found: list[DateRef] = []
    for match in _SPELLED.finditer(folded, start, end):
        ref = _day(match.start(), match.end(), match.group(1), match.group(2), match.group(3))
        if ref and not _LUNAR_AFTER.match(folded, match.end()):
            found.append(ref)
    for match in _LISTED_SPELLED.finditer(folded, start, end):
        ref = _day(match.start(1), match.end(), match.group(1), match.group(2), match.group(3))
        if ref and not _LUNAR_AFTER.match(folded, match.end()):
            found.append(ref)
    for match in _NUMERIC.finditer(folded, start, end):
        expected = _DATE_CONTEXT.search(folded[max(0, match.start() - 12):match.start()])
        if match.group(4) is None and match.group(2) != "/" and not expected:
            continue
        if match.group(4) is None and _is_share(folded, match.start(), match.end()):
            continue
        if _LUNAR_AFTER.match(folded, match.end()):
            continue
        ref = _day(match.start(), match.end(), match.group(1), match.group(3), match.group(4))
        if ref:
            found.append(ref)
    for match in _DAY_RANGE.finditer(folded, start, end):  # "16-30/9/2021": the last day; the first is read around it
        ref = _day(match.start(2), match.end(), match.group(2), match.group(4), match.group(5))
        if ref and not _LUNAR_AFTER.match(folded, match.end()):
            found.append(ref)
    for match in _MONTH.finditer(folded, start, end):
        month = int(match.group(1))
        if 1 <= month <= 12:
            found.append(DateRef(match.start(), match.end(), "month", _year(match.group(2)), month=month))
    for match in _MONTH_RANGE_END.finditer(folded, start, end):
        month = int(match.group(1))
        if 1 <= month <= 12:
            found.append(DateRef(match.start(1), match.end(), "month", _year(match.group(2)), month=month))
    for match in _YEAR_RANGE.finditer(folded, start, end):  # "trong năm 2022 - 2023": the work runs to the second
        found.append(DateRef(match.start(), match.end(), "year", int(match.group(1))))
    for match in _QUARTER.finditer(folded, start, end):
        quarter = _ROMAN.get(match.group(1)) or int(match.group(1))
        found.append(DateRef(match.start(), match.end(), "quarter", _year(match.group(2)), quarter=quarter))
    for match in _YEAR.finditer(folded, start, end):
        found.append(DateRef(match.start(), match.end(), "year", int(match.group(1))))
    for match in _SAME_DAY.finditer(folded, start, end):
        named = [ref for ref in find_dates(folded, max(0, match.start() - _SAME_DAY_REACH), match.start())
                 if ref.unit == "day" and not _SAME_DAY.match(folded, ref.start)]
        if named:  # "từ 7 giờ ngày 28-11 ... phải vào nơi neo đậu trước 18 giờ cùng ngày": the day named before
            found.append(replace(named[-1], start=match.start(), end=match.end()))
    found.sort(key=lambda ref: (ref.start, -(ref.end - ref.start)))
    result: list[DateRef] = []
    for ref in found:
        if result and ref.start < result[-1].end:
            continue
        result.append(ref)
    return result


def _is_share(folded: str, start: int, end: int) -> bool:
    """True for a fraction written like a day and month: "2/3 số hộ", "khoảng 1/10"."""
    return bool(_SHARE_BEFORE.search(folded, max(0, start - 12), start) or _SHARE_AFTER.match(folded, end))


def _day(start: int, end: int, day_text: str, month_text: str, year_text: str | None) -> DateRef | None:
    day, month, year = int(day_text), int(month_text), _year(year_text)
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29/2 without a year is allowed here
    except ValueError:
        return None
    return DateRef(start, end, "day", year, month=month, day=day)


def _year(text: str | None) -> int | None:
    return int(text) if text else None


_RECALLED_DAYS = 45


def complete_year(ref: DateRef, issued_on: date) -> DateRef:
    """Fill in a year left out: the issue year, or the next one if the date would fall before the issue by more
    than a few weeks (a date just before the issue is one of its own year, recalled: "từ ngày 3/9 - 20/10" in a
    plan of 28/10 is over, not a term eleven months ahead)."""
    if ref.year is not None:
        return ref
    for year in range(issued_on.year, issued_on.year + 5):  # 29/2 waits for a leap year
        candidate = ref.with_year(year)
        earliest = issued_on - timedelta(days=_RECALLED_DAYS) if year == issued_on.year else issued_on
        if candidate.exists() and candidate.last_day() >= earliest:
            return candidate
    return ref.with_year(issued_on.year + 1)


def day_before(day: date) -> date:
    """The day before: "trước ngày 10/6" leaves 9/6 as the last day."""
    return day - timedelta(days=1)
