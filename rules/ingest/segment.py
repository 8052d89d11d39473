"""A document's structure: paragraphs with their numbering (I., 1., 1.1., a), -, +), headings and sentences."""

import re
from dataclasses import dataclass

# Numbering at the start of a line, with the depth it usually has in Vietnamese plans.
_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:phần|chương)\s+[ivxlc\d]+\s*[.:\-–]?\s+", re.IGNORECASE), 1),
    (re.compile(r"[IVX]{1,4}\s*[.)]\s*"), 1),
    (re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+"), 4),
    (re.compile(r"\d{1,2}\.\d{1,2}\.?\s+(?!\d)"), 3),
    (re.compile(r"\d{1,2}\s*[.)]\s+"), 2),
    (re.compile(r"[a-zđ]\s*[).]\s+"), 5),
    (re.compile(r"[-–—•●▪◦]\s*"), 6),
    (re.compile(r"\+\s*"), 7),
)
PLAIN = 8
_RULE_LINE = re.compile(r"[\s\-–—_=*.|]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»)]?(?=\s+[\"“«(]?[\w])")
_ABBREVIATION = re.compile(r"(?:\b(?:tp|tx|tt|ths|ts|pgs|gs|q|p|v/v|v\.v|st|no|đ/c|đc)|\b[A-ZĐ])\.$", re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[.;:!?…\"”)]$")


@dataclass(frozen=True)
class Paragraph:
    """A line (or lines wrapped by the source) of the text: its body after the numbering, its depth."""

    start: int
    end: int
    level: int
    marker: str
    heading: bool


@dataclass(frozen=True)
class Sentence:
    """A sentence of a paragraph, as [start, end) of the text."""

    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of cleaned text, lines wrapped by the source joined back to their paragraph."""
    result: list[Paragraph] = []
    offset = 0
    follows = False  # the line before was not blank
    lines = text.split("\n")
    wrapped = _hard_wrapped(lines)
    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip() or _RULE_LINE.fullmatch(line):
            follows = False  # a blank line, or a rule drawn under a header ("-------")
            continue
        marker, level = _marker(line)
        previous = result[-1] if result else None
        if follows and previous is not None and _continues(text[previous.start:previous.end], line, marker, previous,
                                                           wrapped):
            result[-1] = Paragraph(previous.start, end, previous.level, previous.marker, False)
            continue
        follows = True
        body = line[len(marker):]
        result.append(Paragraph(start + len(marker), end, level, marker.strip(), _is_heading(body, marker)))
    return result


def _hard_wrapped(lines: list[str]) -> bool:
    """True for a source cut into lines of a page's width (a PDF's text): most long lines stop mid-sentence."""
    long = [line.rstrip() for line in lines if len(line.strip()) >= 50]
    cut = [line for line in long if not _SENTENCE_CLOSE.search(line)]
    return len(long) >= 6 and len(cut) >= 0.6 * len(long)


def _continues(before: str, line: str, marker: str, previous: Paragraph, wrapped: bool = False) -> bool:
    """A line that carries on the paragraph above: it ends mid-sentence, and the line is not a new item
    ("- Thương binh và Xã hội" after "Sở Lao động" is the rest of a name cut by the page)."""
    last = before.rsplit("\n", 1)[-1]
    if _SENTENCE_CLOSE.search(before) or previous.heading or _capitals(last) or _capitals(line):
        return False
    if not marker and line[:1].islower():
        return True
    if len(last) < 40:
        return False  # a short line is a title or a field, not text wrapped by the page
    if marker:
        return marker.strip() in "-–" and previous.level == PLAIN and not previous.marker
    # A capital after a line that ends mid-sentence continues it only where the source visibly wraps its
    # lines (the paragraph already runs over two); otherwise it is a headline followed by the text.
    # ("Độc lập - Tự do - Hạnh phúc -------": a rule drawn under the motto is no hyphen cut by the page.)
    return "\n" in before or (before.endswith((",", "-", "–")) and not before.endswith(("--", "––"))) or wrapped


def _capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 4 and all(char.isupper() for char in letters)


def _marker(line: str) -> tuple[str, int]:
    for pattern, level in _MARKERS:
        match = pattern.match(line)
        if match and match.end() < len(line):
            return match.group(0), level
    return "", PLAIN


def _is_heading(body: str, marker: str) -> bool:
    """A title line: written in capitals, or numbered, short and not a finished sentence."""
    if _capitals(body):
        return True
    words = body.split()
    numbered = bool(marker) and marker.strip()[:1] not in "-–—•●▪◦+"
    return numbered and len(words) <= 14 and not body.rstrip().endswith((".", ";"))


def sentences(text: str, paragraph: Paragraph) -> list[Sentence]:
    """The sentences of a paragraph; "TP. Mỹ Tho" and "P. Liên" do not end one."""
    result: list[Sentence] = []
    start = paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        if _ABBREVIATION.search(text, max(paragraph.start, match.start() - 6), match.start() + 1):
            continue
        result.append(Sentence(start, match.end()))
        start = match.end()
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end:
        result.append(Sentence(start, paragraph.end))
    return result


def line_end(text: str, position: int = 0) -> int:
    """Where the line holding `position` ends (the end of the text when no line break follows)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end
