"""An item's title: the verb phrase of the sentence it came from, without who does it and when."""

import re

from rules.ingest.found import Found
from rules.ingest.mentions import Mention
from rules.ingest.roles import INTRO
from rules.ingest.segment import Sentence

_MAX = 160
_FILLER = re.compile(
    r"[\s,:\-–]*(?:(?:chủ trì|có trách nhiệm|chịu trách nhiệm|cần|tiếp tục chủ trì|là cơ quan (?:chủ trì|thường trực|đầu mối))"
    r"[\s,:]*|(?:căn cứ|theo) chức năng,?\s*nhiệm vụ(?: được giao)?[\s,:]*|phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s*)*")
_CLAUSE_END = re.compile(r"[;:.](?:\s|$)|…")
# "Bộ Nội vụ đề nghị các Bộ ...", "UBND tỉnh yêu cầu Sở Y tế ...": the asker, before the agency given work.
# "Trên cơ sở ..., Phó Chủ tịch UBND tỉnh Hoàng Nghĩa Hiếu yêu cầu các sở": whatever opens the clause, the asking
# verb right before the first agency given work ends the asker's part.
_HEADS = r"(?:bí thư|chủ tịch|giám đốc|thủ trưởng|lãnh đạo|người đứng đầu)"
_ASKED = re.compile(rf"(?<![\w])(?:đề nghị|yêu cầu|giao)(?:\s+cho)?\s*:?\s*(?:{_HEADS}\s+)*$")
# What may stand between the agencies at the head of a title: cue words, "và", the titles of their heads.
_BETWEEN_NAMES = re.compile(rf"[\s,;:\-–]*(?:(?:giao|đề nghị|yêu cầu|đối với|riêng)(?:\s+cho)?\s*|và\s*|với\s*|"
                            rf"{_HEADS}\s*)*")
# A news item's dateline or site tag: "(Baonghean.vn) - ", "BHG - ", "VOV.VN – ", "TTĐT - ".
NEWS_TAG = re.compile(r"\s*(?:\([^()\n]{2,30}\)|[A-ZĐ][A-ZĐa-z0-9.]{1,15})\s*[-–]\s+")
_ASKER = re.compile(r"[^,;:()]{3,60}?\s+(?:cũng\s+|tiếp tục\s+)?(?:đề nghị|yêu cầu|giao)(?:\s+cho)?\s*")


def title_of(text: str, folded: str, sentence: Sentence, leads: tuple[Mention, ...], cooperating: tuple[Mention, ...],
             schedules: list[Found], focus: int | None = None) -> str:
    """The work the sentence asks for, from its first verb to the end of its first clause (or of the clause
    holding `focus`, when one sentence gives several items), schedules left out."""
    cursor = sentence.start
    if focus is not None:
        cursor = max(sentence.start, folded.rfind(";", sentence.start, focus) + 1)
        while cursor < sentence.end and folded[cursor] == " ":
            cursor += 1
    dateline = NEWS_TAG.match(text, cursor, sentence.end) if focus is None else None
    if dateline:
        cursor = dateline.end()
    named = sorted((m for m in leads + cooperating if sentence.start <= m.start < sentence.end), key=lambda m: m.start)
    while True:
        intro = INTRO.match(folded, cursor, sentence.end)
        if intro is None or not intro.group(0):
            break
        cursor = intro.end()
    first = next((mention for mention in named if mention.start >= cursor), None)
    if first is not None and ((text[cursor:cursor + 1].isupper() and _ASKER.fullmatch(folded, cursor, first.start))
                              or _ASKED.search(folded, cursor, first.start)):
        cursor = first.start
    for mention in named:
        if mention.start < cursor:
            continue
        gap = folded[cursor:mention.start]
        if _BETWEEN_NAMES.fullmatch(gap) or \
                _FILLER.fullmatch(gap):
            cursor = mention.end
    filler = _FILLER.match(folded, cursor, sentence.end)
    if filler:
        cursor = filler.end()
    end = _CLAUSE_END.search(folded, cursor, sentence.end)
    stop = end.start() if end else sentence.end
    pieces, position = [], cursor
    for found in sorted(schedules, key=lambda found: found.start):
        cut_start, cut_end = max(found.start, position), min(_closing(text, found), stop)
        if cut_end > cut_start and not found.named:
            pieces.append(text[position:cut_start])
            position = cut_end
    pieces.append(text[position:stop])
    title = _tidy(" ".join("".join(pieces).split()))
    if len(title.split()) < 3:
        title = _tidy(" ".join(text[sentence.start:sentence.end].split()))
    return _shorten(title)


def words_of(text: str, found: Found) -> str:
    """The words a schedule was read from, its parenthesis closed: "6 tháng (trước ngày 15/6)"."""
    return " ".join(text[found.start:_closing(text, found)].split())


def _closing(text: str, found: Found) -> int:
    """The end of a schedule's words, with the ")" of a parenthesis they open ("6 tháng (trước ngày 15/6)")."""
    words = text[found.start:found.end]
    if words.count("(") > words.count(")"):
        close = text.find(")", found.end, found.end + 3)
        if close >= 0:
            return close + 1
    return found.end


def _tidy(title: str) -> str:
    title = re.sub(r"\s+([,;.])", r"\1", title)
    title = re.sub(r"\(\s*\)", "", title)
    title = title.strip(" ,;:.-–\"“”(")
    title = re.sub(r"^(?:và|hoặc|,)\s+", "", title)
    return title[:1].upper() + title[1:]


def _shorten(title: str) -> str:
    if len(title) <= _MAX:
        return title
    cut = title.rfind(", ", 0, _MAX)
    if cut < _MAX // 2:
        cut = title.rfind(" ", 0, _MAX - 1)
    return title[:cut].rstrip(" ,;") + "…"
