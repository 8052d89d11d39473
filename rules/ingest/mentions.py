"""Agency names in running text: "Sở TT&TT", "UBND các huyện, thành, thị", "Công an tỉnh - Thường trực
Ban Chỉ đạo ...", "các sở, ban, ngành"; found by pattern, with or without a registry."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rules.ingest import lexicon

_WORD_START = re.compile(r"(?<![\w&/\-.])[\w&]")
_NEXT_WORD = re.compile(r"\.?\s*([^\s,;:.()\"“”!?…]+)")
_PLACE_WORD = re.compile(r"tỉnh|huyện|quận")
_MEMBERS = re.compile(r"\s+(?:là\s+)?thành viên\s+")
# "các Sở: Tư pháp, Y tế, Lao động - Thương binh và Xã hội": one head shared by a list of departments.
_SHARED_HEAD = re.compile(rf"(?:các\s+)?(sở|phòng|bộ)\s*:?\s*(?={lexicon.DEPARTMENT}\s*(?:,|và))")
# "các sở, ngành(, gồm): Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Y tế, Giao thông Vận tải": a label, then the bodies.
# "Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Nông nghiệp ...": the same with bodies of any kind.
_LABEL_HEAD = re.compile(r"các\s+(?:(sở|bộ)\s*,\s*(?:ban\s*,\s*)?ngành|(cơ quan|đơn vị)(?:\s*,\s*đơn vị)?)"
                         r"(?:\s*,?\s*(?:bao gồm|gồm có|gồm))?\s*:\s*")
_DEPARTMENT = re.compile(f"{lexicon.DEPARTMENT}(?![\\w&])")
_PARENT = re.compile(r"\s+(?:trực\s+)?thuộc\s+")
_LIST_LINK = re.compile(r"\s*(?:,|và|;)\s*(?:và\s+)?")
_ITEM_END = re.compile(r"(?![\w&])(?!\s+(?:tỉnh|thành phố|huyện|và (?:phát triển|đầu tư|môi trường|xã hội|du lịch)))")
_APPOSITION = re.compile(r"\s*[-–]\s*")
# ", Thú y và Thủy sản": a comma inside a name of fields joined by "và".
_NAMES_AND = re.compile(r",\s+(?=([A-ZĐ])\w*(?:\s+\w+)?\s+và\s+[A-ZĐ])")
# "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": the same in lower case, over the fields such bodies serve.
_FIELD = (r"(?:đầu tư|thương mại|du lịch|dịch vụ|văn hóa|thể thao|thông tin|truyền thông|khoa học|công nghệ|môi trường|"
          r"xây dựng|giao thông|nông nghiệp|thủy sản|lâm nghiệp|công nghiệp|khuyến công|đô thị|hạ tầng|xã hội)")
_PREVENT_AND_FIGHT = re.compile(r"(?<=phòng),\s*(?=chống(?![\w]))")
_FIELDS_AND = re.compile(rf",\s+{_FIELD}(?:\s*,\s*{_FIELD})*\s+và\s+{_FIELD}(?![\w])")
# "Sở VHTTDL các tỉnh:" (the places follow the colon), "UBND huyện Quang Bình, Bắc Quang" (more places follow).
_PLACES_LABEL = re.compile(r"\s+các\s+(?:tỉnh|huyện|quận|thị xã|xã|phường)(?![\w])")
_COLON = re.compile(r"\s*:\s*")
_COMMITTEE_ONLY = re.compile(r"(?:ủy ban nhân dân|ubnd)(?=\s)(?!\s+cộng hòa)")  # (not the motto beside it)
_PLURAL_PLACES = re.compile(r"(?<![\w])các\s+(tỉnh|huyện|quận|thị xã|xã|phường)\s+(?=[^\W\d_])")
_BY_UNIT = re.compile(r"(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|công an)\s*$")
_LAST_UNIT = re.compile(r"(?<![\w])(?:huyện|quận|thị xã|xã(?!\s+hội)|phường|thị trấn)(?=\s+[^\W\d_])")
_MORE_PLACE = re.compile(r"\s*(?:,|và)\s*[A-ZĐ]")
_PROVINCE = re.compile(lexicon.PROVINCE)
_PROVINCE_AFTER = re.compile(rf"\s+(?:tỉnh\s+)?{lexicon.PROVINCE}")
_PLACE_LINK = re.compile(r"\s*(?:,|và)\s*")
_SPACES = re.compile(r"\s*")
_ALIAS_OPEN = re.compile(r"\s*\(\s*")
_ALIAS_CLOSE = re.compile(r"\s*\)")
_STOP = re.compile(rf"(?:{lexicon.NAME_STOPS})(?![\w])")
_NAMED_UNIT = re.compile(lexicon.NAMED_UNIT)
# A person's name: a common family name and one or two given names, all capitalised.
_PERSON = re.compile(r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trịnh|Mai|"
                     r"Lương|Cao|Lâm|Tạ|Đoàn|Vương|Trương|Tô|Châu|Thái|Kiều|Lại|Quách|Chu|Hà)"
                     r" (?:[A-ZĐ][^\W\d_]*)(?: [A-ZĐ][^\W\d_]*)?(?![\w])")
_SITE_NAMED = re.compile(r"(?:đền|chùa|đình|lăng)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}$")
_MORE_SITES = re.compile(r"\s*,\s*(?:đền|chùa|đình|lăng)\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,2}(?![\w])")
_TITLE_AHEAD = re.compile(r"(?:và\s+)?(?:thủ trưởng|giám đốc|chủ tịch|chánh văn phòng|chỉ huy trưởng)(?![\w])")
_CAPITAL_AFTER_HEAD = re.compile(r"(?<!trụ )(?<!cơ )(?<!Cơ )(?<!Trụ )sở\s+[A-ZĐ]")
_PERSON_AFTER = re.compile(rf" (?:{_PERSON.pattern})")
_END = r"(?![\w&])"
# "phòng giáo dục và đào tạo các huyện, thị xã, thành phố": a department's offices in every district, in lower case.
_OFFICES_OF_UNITS = re.compile(rf"(?:sở|phòng)\s+{lexicon.DEPARTMENT}\s+các\s+"
                               r"(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường)(?![\w])")
_UNITS_AT = re.compile(f"{lexicon.UNITS}{_END}")
_UNITS_AFTER = re.compile(f"\\s+{lexicon.UNITS}{_END}")
_AGAIN = re.compile(r"\s*(?:,|\svà)\s*(?=các\s)")
_LIST_JOIN = re.compile(r",|\svà\s|/")
_SECTOR_NEXT = re.compile(rf"\s*,\s*(?=(?:các\s+)?(?:tổ chức|doanh nghiệp)\s+(?:{lexicon.SECTOR})(?![\w]))")
# "các cấp, các ngành": one phrase, though "các" comes again.
_ONE_PHRASE = re.compile(r"các cấp\s*,\s*các ngành")
_MORE_NAMES = re.compile(r"\s*(?:,|và)(?= [A-ZĐ])")
_MORE_PLACES = re.compile(rf"\s*(?:,|và)\s*{lexicon.LOCAL_UNIT}(?![\w.])")
# "các tỉnh, thành phố ven biển từ Quảng Ninh đến Khánh Hòa": proper names, one to three words each.
_FROM = re.compile(r"\s+từ\s+")
_TO = re.compile(r"\s+đến\s+")
_WORD = re.compile(r"\w+")
# A local government named by its place: "TP Chí Linh", "thị xã Kinh Môn", "huyện Cái Bè", "quận 1".
_PLACE = re.compile(rf"{lexicon.LOCAL_UNIT}(?=\s)")


@dataclass(frozen=True)
class Mention:
    """An agency or a collective named at [start, end); `name` is the naming words as written."""

    start: int
    end: int
    name: str
    collective: bool
    # Other names the span carries ("Thường trực Ban Chỉ đạo" after "Công an tỉnh - "), for the registry.
    alternatives: tuple[str, ...] = field(default=())
    # Named only by its place ("huyện Cái Bè"): an agency when a cue gives it work, often just a place.
    place: bool = False


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    collective: bool
    # Always followed by a unit ("ủy ban nhân dân các huyện"): a name even when written in lower case.
    lower_ok: bool = False


def _compile() -> list[_Pattern]:
    patterns = [_Pattern(re.compile(f"(?:{group}){_END}"), True) for group in lexicon.GROUPS]
    for head, unit in lexicon.HEADS:
        units = "" if unit == 0 else f"\\s+{lexicon.UNITS}" if unit == 2 else f"(?:\\s+{lexicon.UNITS})?"
        patterns.append(_Pattern(re.compile(f"(?:{head}){units}{_END}"), False, unit == 2))
    patterns.append(_Pattern(re.compile(f"(?:{lexicon.STEERING}){_END}"), False))
    patterns.append(_Pattern(re.compile(f"(?:{lexicon.MANAGEMENT_BOARD}){_END}"), False))
    patterns.append(_Pattern(re.compile(f"(?:{lexicon.STANDING_BODY}){_END}"), False, True))
    return patterns


_PATTERNS = _compile()
# Any of the patterns, tried once at a word before each is tried: most words start no name, and one failed match of the
# whole alternation costs far less than one failed match per pattern.
_ANY_PATTERN = re.compile("|".join(f"(?:{pattern.regex.pattern})" for pattern in _PATTERNS))
_GENERIC = re.compile(f"{lexicon.GENERIC_HEADS}{_END}")


class MentionFinder:
    """Finds agency names; `known` adds the registry's names and aliases (folded) to the patterns."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        names = sorted({name for name in known if len(name) >= 4}, key=len, reverse=True)
        self._known = re.compile("(?:" + "|".join(re.escape(name) for name in names) + f"){_END}") if names else None

    def find(self, text: str, folded: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every mention in text[start:end], left to right, longest first, appositions merged."""
        end = len(text) if end is None else end
        found: list[Mention] = []
        position = start
        while position < end:
            word = _WORD_START.search(folded, position, end)
            if word is None:
                break
            shared = self._shared_head(text, folded, word.start(), end)
            if shared:
                found.extend(shared)
                position = shared[-1].end
                continue
            mention = self._at(text, folded, word.start(), end)
            if mention is None:
                position = word.end()
                while position < end and (folded[position].isalnum() or folded[position] == "&"):
                    position += 1
                continue
            found.append(mention)
            position = mention.end
        return _settled(text, folded, _merge_appositions(text, _places_listed(text, folded, found, end)), start)

    def _shared_head(self, text: str, folded: str, position: int, end: int) -> list[Mention]:
        """"Các Sở: Tư pháp, Y tế, ..." as one mention per department, each named "Sở Tư pháp", "Sở Y tế"; a list
        may go on with other names ("Các sở Y tế, Giao thông vận tải, Công an tỉnh"). The first mention starts at the
        head, so the words before the list ("phối hợp với") are read as its cue."""
        head = _SHARED_HEAD.match(folded, position, end) or _LABEL_HEAD.match(folded, position, end)
        if head is None or not (text[head.start(head.lastindex or 1)].isupper() or folded.startswith("các", position)):
            return []
        label = 1 if head.group(1) else 2
        word = text[head.start(label):head.end(label)]
        mentions: list[Mention] = []
        current = head.end()
        while current < end:
            department = _DEPARTMENT.match(folded, current, end)
            if department is not None and _ITEM_END.match(folded, department.end(), end):
                begin = position if not mentions else department.start()
                mentions.append(Mention(begin, department.end(),
                                        f"{word[:1].upper()}{word[1:]} {text[department.start():department.end()]}",
                                        False))
            else:
                other = self._at(text, folded, current, end)
                if other is None or not mentions and head.re is _SHARED_HEAD:
                    break
                mentions.append(other if mentions else Mention(position, other.end, other.name, other.collective,
                                                               other.alternatives, other.place))
            parent = _PARENT.match(folded, mentions[-1].end, end)
            if parent is not None and (above := self._at(text, folded, parent.end(), end)) is not None:
                # "Chi nhánh ... thành phố Đà Lạt thuộc Văn phòng Đăng ký đất đai tỉnh": the unit, not its parent
                mentions[-1] = Mention(mentions[-1].start, above.end, mentions[-1].name, mentions[-1].collective,
                                       mentions[-1].alternatives, mentions[-1].place)
            link = _LIST_LINK.match(folded, mentions[-1].end, end)
            if link is None:
                break
            current = link.end()
        return mentions if len(mentions) >= 2 else []

    def _at(self, text: str, folded: str, position: int, end: int) -> Mention | None:
        best_end, collective, lower_ok = -1, False, False
        for pattern in _PATTERNS if _ANY_PATTERN.match(folded, position, end) else ():
            match = pattern.regex.match(folded, position, end)
            if match and match.end() > best_end:
                best_end, collective, lower_ok = match.end(), pattern.collective, pattern.lower_ok
        if self._known is not None:
            match = self._known.match(folded, position, end)
            if match and match.end() > best_end and not _cut_short(folded, position, match.end(), end):
                best_end, collective, lower_ok = match.end(), folded.startswith("các ", position), False
        if best_end < 0:
            best_end = _generic(text, folded, position, end)
            collective = False
            committee = _COMMITTEE_ONLY.match(folded, position, end) if best_end < 0 else None
            if committee is not None and not _starts_agency(folded, committee.end(), end):
                # "UBND Đà Lạt": a committee named by its place alone, without "thành phố"
                named = _named_tail(text, folded, committee.end(), end)
                best_end = named if named > committee.end() else -1
            if best_end < 0:
                return _place(text, folded, position, end)
        if best_end <= position:
            return None
        best_end = _trim(folded, position, best_end)
        if collective:
            best_end = _sector_cut(folded, position, _restart(folded, position, best_end))
        members = _MEMBERS.match(folded, best_end, end) if collective else None
        if members:  # "các sở, ban, ngành, đoàn thể là thành viên Ban Chỉ đạo tỉnh": one collective
            body = self._at(text, folded, members.end(), end)
            if body is not None:
                best_end = body.end
        if not collective:
            # ("Đối với sở Xây dựng, ...": a head in lower case before a capitalised name is a slip of the copy)
            if not (text[position].isupper() or lower_ok or _CAPITAL_AFTER_HEAD.match(text, position, best_end)
                    or _OFFICES_OF_UNITS.match(folded, position, best_end)):
                return None
            named = _named_tail(text, folded, best_end, end)
            if named > best_end and "các " in folded[position:best_end]:
                # "UBND các huyện, thị xã Kiến Tường và TP.Tân An": the units of the collective, some by name
                while (more := _MORE_PLACES.match(folded, named, end) or _MORE_NAMES.match(text, named, end)) and (
                        tail := _named_tail(text, folded, more.end(), end)) > more.end():
                    named = tail  # "UBND các địa phương Đông Triều, Uông Bí, Quảng Yên": the places, one by one
            best_end = named
            while (site := _MORE_SITES.match(text, best_end, end)) and _SITE_NAMED.search(folded, position, best_end):
                best_end = site.end()  # "Ban Quản lý Khu di tích ... đền Trần, chùa Tháp": the sites it runs
        elif _NAMED_UNIT.search(folded, 0, best_end):
            named = _named_tail(text, folded, best_end, end)  # "các cơ quan báo chí của TP Hà Nội"
            if named > best_end and _PLURAL_PLACES.search(folded, position, named):
                # "các huyện Thanh Hà, Tứ Kỳ, Kim Thành và Ninh Giang": the districts, one by one
                while (more := _MORE_NAMES.match(text, named, end)) and (
                        tail := _named_tail(text, folded, more.end(), end)) > more.end():
                    named = tail
            best_end = named
        if "các " in folded[position:best_end]:
            best_end = _place_range(text, best_end, end)
        province = _PROVINCE_AFTER.match(folded, best_end, end) if collective and folded.startswith("ngành", position) else None
        if province is not None:
            best_end = province.end()  # "ngành nông nghiệp Thái Bình": a sector of one province
        name = " ".join(text[position:best_end].split())
        person = _PERSON_AFTER.match(text, best_end, end) if not collective else None
        # "Chủ tịch UBND phường Hạc Thành Lê Bá Hải phát biểu": the span covers the chairman's name, so the
        # words after it are read as what the body does; the name stays the body's.
        return Mention(position, person.end() if person else best_end, name, collective)


def _places_listed(text: str, folded: str, mentions: list[Mention], end: int) -> list[Mention]:
    """One body per place a name lists: "UBND huyện Quang Bình, Bắc Quang" is UBND huyện Quang Bình and UBND huyện
    Bắc Quang; "Sở VHTTDL các tỉnh: Đắk Lắk, Kon Tum" is Sở VHTTDL Đắk Lắk and Sở VHTTDL Kon Tum."""
    result: list[Mention] = []
    for index, mention in enumerate(mentions):
        limit = mentions[index + 1].start if index + 1 < len(mentions) else end
        label = None if mention.collective else _PLACES_LABEL.search(folded, mention.start, mention.end)
        colon = _COLON.match(folded, mention.end, limit) if label is not None and label.end() == mention.end else None
        unit = None if mention.collective else _LAST_UNIT.search(folded, mention.start, mention.end)
        named = _named_places(text, folded, mention) or _named_kinds(text, folded, mention)
        if named:
            result.extend(named)
            continue
        if colon is not None and label is not None:
            base, position, link = text[mention.start:label.start()].rstrip(), colon.end(), _SPACES
            if _BY_UNIT.search(folded, mention.start, label.start()):  # "UBND các huyện: Bắc Hà" is UBND huyện Bắc Hà
                base += " " + folded[label.start():label.end()].split()[-1]
        elif unit is not None and unit.end() < mention.end and _MORE_PLACE.match(text, mention.end, limit):
            base, position, link = text[mention.start:unit.end()], mention.end, _PLACE_LINK
            result.append(mention)
        else:
            result.append(mention)
            continue
        # The first place after a label starts where the label does, so the cue before it reads for all.
        listed = [Mention(mention.start if link is _SPACES and index == 0 else place_start, place_end,
                          f"{base} {' '.join(text[place_start:place_end].split())}", False, place=mention.place)
                  for index, (place_start, place_end) in enumerate(_place_spans(text, folded, position, limit, link,
                                                                                   below_province=unit is not None))]
        if not listed and colon is not None:
            result.append(mention)  # no place follows the label after all
        result.extend(listed)
    return result


def _named_places(text: str, folded: str, mention: Mention) -> list[Mention]:
    """"Ủy ban nhân dân các huyện Giồng Riềng, Vĩnh Thuận và Gò Quao": one committee per district named; empty when
    the name does not end on such a list."""
    plural = _PLURAL_PLACES.search(folded, mention.start, mention.end)
    if plural is None or not text[plural.end():plural.end() + 1].isupper():
        return []
    base = f"{text[mention.start:plural.start()].rstrip()} {plural.group(1)}".lstrip()
    spans = _place_spans(text, folded, plural.end(), mention.end, _SPACES)
    if len(spans) < 2 or spans[-1][1] != mention.end:
        return []
    return [Mention(mention.start if index == 0 else place_start, place_end,
                    f"{base} {' '.join(text[place_start:place_end].split())}", False)
            for index, (place_start, place_end) in enumerate(spans)]


# "UBND các huyện, thị xã và thành phố Huế": kinds of units after one head, the last given by its own name after "và"
# (not "UBND các huyện, thành phố Cà Mau": the province's districts and city, its name ending the list).
_KIND = r"(?:huyện|quận|thị xã|xã|phường|thị trấn|thành phố)"
_KINDS_THEN_NAMED = re.compile(rf"(?<![\w])các\s+({_KIND}(?:\s*(?:,|và)\s*{_KIND}(?![\w]))*)\s*,?\s*và\s+"
                               rf"({lexicon.LOCAL_UNIT})\s*(?=[A-ZĐ])", re.IGNORECASE)


def _named_kinds(text: str, folded: str, mention: Mention) -> list[Mention]:
    """"Ủy ban nhân dân các huyện, thị xã và thành phố Huế" is two bodies: the committees of the districts and towns,
    and the committee of the city named (a named body starts a new entry); empty for any other name."""
    if mention.collective:
        return []
    kinds = _KINDS_THEN_NAMED.search(text, mention.start, mention.end)
    if kinds is None or _proper_name(text, kinds.end(), mention.end) != mention.end:
        return []
    head = text[mention.start:kinds.start()].rstrip()
    if not head or "," in head:
        return []
    collective_end = kinds.end(1)
    return [Mention(mention.start, collective_end, " ".join(text[mention.start:collective_end].split()), True),
            Mention(kinds.start(2), mention.end, f"{head} {' '.join(text[kinds.start(2):mention.end].split())}", False)]


def _place_spans(text: str, folded: str, position: int, limit: int, link: re.Pattern[str],
                 below_province: bool = False) -> list[tuple[int, int]]:
    """The proper names of places listed from `position` ("Đắk Lắk, Kon Tum và Gia Lai"), `link` before the first,
    "," or "và" between the others; the list ends at a name that starts an agency, or, after a district or a
    commune, at the name of a province (its parent: "huyện Nông Sơn, Quảng Nam")."""
    spans: list[tuple[int, int]] = []
    while (joined := link.match(text, position, limit)) is not None:
        name_end = _proper_name(text, joined.end(), limit)
        if name_end <= joined.end() or _starts_agency(folded, joined.end(), limit) or (
                below_province and _PROVINCE.fullmatch(folded, joined.end(), name_end)):
            break
        spans.append((joined.end(), name_end))
        position, link = name_end, _PLACE_LINK
    return spans


def _place_range(text: str, position: int, end: int) -> int:
    """Past "từ Quảng Ninh đến Khánh Hòa" after a collective of provinces or districts: the range says which."""
    opening = _FROM.match(text, position, end)
    if opening is None:
        return position
    first = _proper_name(text, opening.end(), end)
    link = _TO.match(text, first, end) if first > opening.end() else None
    last = _proper_name(text, link.end(), end) if link else position
    return last if link and last > link.end() else position


def _proper_name(text: str, position: int, end: int) -> int:
    """The end of up to three capitalised words from position ("Khánh Hòa" in "Khánh Hòa lãnh đạo")."""
    reached = position
    for count, word in enumerate(_WORD.finditer(text, position, end)):
        if count == 3 or not word.group(0)[0].isupper() or text[reached:word.start()] not in ("", " "):
            break
        reached = word.end()
    return reached


def _sector_cut(folded: str, start: int, end: int) -> int:
    """Where a list of collectives reaches one named by its sector: "các địa phương, tổ chức thủy lợi" is two."""
    cut = _SECTOR_NEXT.search(folded, start, end)
    return cut.start() if cut else end


def _restart(folded: str, start: int, end: int) -> int:
    """Where a list of collective nouns starts again with "các": "các Sở, Ban, ngành, các hội, đoàn thể" and
    "các địa phương, các tổ chức thủy lợi" name two collectives ("các cấp, các ngành" is one)."""
    for again in _AGAIN.finditer(folded, start, end):
        if _LIST_JOIN.search(folded, start, again.start()) or not _ONE_PHRASE.match(folded, start, end):
            return again.start()
    return end


def _cut_short(folded: str, start: int, stop: int, end: int) -> bool:
    """True when a registry name ends inside a longer name the patterns read from one of its words: "các thành
    viên Ban Chỉ đạo" in "các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp" is not that group."""
    for word in _WORD_START.finditer(folded, start + 1, stop):
        if any((match := pattern.regex.match(folded, word.start(), end)) and match.end() > stop for pattern in _PATTERNS):
            return True
    return False


def _place(text: str, folded: str, position: int, end: int) -> Mention | None:
    """A district, town or commune by its unit and proper name; None when no capitalised name follows."""
    unit = _PLACE.match(folded, position, end)
    if unit is None:
        return None
    name_end = _named_tail(text, folded, unit.end(), end)
    if name_end == unit.end():
        return None
    return Mention(position, name_end, " ".join(text[position:name_end].split()), False, place=True)


def _trim(folded: str, start: int, end: int) -> int:
    """Drop trailing punctuation and spaces a pattern may have taken."""
    while end > start and folded[end - 1] in " ,-–/":
        end -= 1
    return end


def _two_capitals(text: str, folded: str, match: re.Match[str], end: int) -> bool:
    """The word matched and the next are both capitalised, with one space between: a proper name ("Cần Thơ"); not a
    cue before a title ("huyện Giao Chủ tịch UBND xã": "giao" written with a capital)."""
    following = _NEXT_WORD.match(text, match.end(), end)
    return (match.group(1)[:1].isupper() and following is not None and text[match.end():following.start(1)] == " "
            and following.group(1)[:1].isupper() and match.group(1).lower() not in _CUES_CAPITALISED
            and not _TITLE_AHEAD.match(folded, following.start(1), end))


_CUES_CAPITALISED = frozenset({"giao", "đề", "yêu", "chỉ", "phối", "chủ", "căn", "theo", "thực"})


def _named_tail(text: str, folded: str, position: int, end: int) -> int:
    """The place name that follows a name: after "tỉnh", "huyện", "thành phố" ("huyện Cái Bè", "quận 1"), or
    straight after the name ("Đài Phát thanh và Truyền hình Thừa Thiên Huế", "Sở Y tế Hà Nội")."""
    after_unit = _NAMED_UNIT.search(folded, 0, position) is not None
    if not after_unit:
        following = _NEXT_WORD.match(text, position, end)
        if following is None or text[position:following.start(1)] != " " or not following.group(1)[:1].isupper():
            return position
    current, taken = position, 0
    while taken < 4:
        match = _NEXT_WORD.match(text, current, end)
        if match is None:
            break
        word = match.group(1)
        # ("phường Tân Lập": a capital inside a place's name is part of it, though "lập" alone is a verb.)
        if not (word[0].isupper() or (taken == 0 and word.isdigit())) or (
                _STOP.match(folded, match.start(1)) and not (after_unit and taken > 0)
                and not (after_unit and _two_capitals(text, folded, match, end))):
            break  # (but "TP Cần Thơ": a place's name may open on a word that is a verb in lower case)
        if taken == 0 and _starts_agency(folded, match.start(1), end):
            break
        if taken == 0 and folded.endswith("tỉnh", 0, position) and _PERSON.match(text, match.start(1), end) and not \
                _PROVINCE.match(folded, match.start(1), end):
            break  # "Chủ tịch UBND tỉnh Nguyễn Văn Dũng": the chairman, not a province
        if taken >= 2 and _PERSON.match(text, match.start(1), end):
            break  # "Chủ tịch UBND phường Hạc Thành Lê Bá Hải": the chairman's own name after the place's
        current, taken = match.end(), taken + 1
    return current


def _starts_agency(folded: str, position: int, end: int) -> bool:
    return any(pattern.regex.match(folded, position, end) for pattern in _PATTERNS)


def _generic(text: str, folded: str, position: int, end: int) -> int:
    """A head ("Trung tâm", "Cục", "Sở") and the name that follows, up to a verb or a cue word."""
    head = _GENERIC.match(folded, position, end)
    if head is None:
        return -1
    current, taken, capitals = head.end(), 0, 0
    while taken < 14:
        fields = _FIELDS_AND.match(folded, current, end) if taken > 0 else None
        if fields is not None:
            current, taken = fields.end(), taken + 1
            continue
        against = _PREVENT_AND_FIGHT.match(folded, current, end) if taken > 0 else None
        if against is not None:  # "Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai ...": one name
            current = against.end()
            continue
        listed = _NAMES_AND.match(text, current, end) if taken > 0 else None
        if listed is not None and not _starts_agency(folded, listed.start(1), end):
            current, taken = listed.start(1), taken + 1  # "Chi cục Chăn nuôi, Thú y và Thủy sản": one name, a list inside
        match = _NEXT_WORD.match(text, current, end)
        if match is None or text[current:match.start(1)].strip():
            break
        word = match.group(1)
        if taken == 0 and not word[0].isupper():
            return -1
        if taken > 0 and _TITLE_AHEAD.match(folded, match.start(1), end):
            break  # "Chi cục Thủy sản và Thủ trưởng các cơ quan ...": a title opens the next name
        capital = word[:1].isupper() and not _starts_agency(folded, match.start(1), end)
        if taken > 0 and not capital and _STOP.match(folded, match.start(1)) and not _joins_names(text, folded, match, end):
            break
        if capitals >= 3 and not capital and not _PLACE_WORD.fullmatch(folded, match.start(1), match.end(1)) \
                and word != "và":
            break  # "Công ty CP đầu tư Lan Anh Đà Lạt khắc phục": a proper name ends the name, a verb follows
        # (a run of proper names; "TNHH", "MTV", "CP" are the company's kind, not a name: "Công ty TNHH MTV Khai thác ...")
        capitals = capitals + 1 if capital and not word.isupper() else 0
        current, taken = match.end(), taken + 1
        if _PLACE_WORD.fullmatch(folded, match.start(1), match.end(1)):
            units = _UNITS_AT.match(folded, match.start(1), end)  # "Trung tâm Y tế quận, huyện": units of one kind
            if units is not None and units.end() > match.end() and _named_tail(text, folded, units.end(), end) == units.end():
                return units.end()
            return _named_tail(text, folded, current, end)  # "... tỉnh", "... huyện Cái Bè": the name ends there
    if taken == 0:
        return -1
    units = _UNITS_AFTER.match(folded, current, end)
    return units.end() if units else current


def _joins_names(text: str, folded: str, match: re.Match[str], end: int) -> bool:
    """"và" between two capitalised words belongs to the name: "Trung tâm Văn hóa - Thể thao và Truyền thanh"."""
    if match.group(1) != "và":
        return False
    following = _NEXT_WORD.match(text, match.end(), end)
    # "Chi cục Kiểm lâm và Đài Khí tượng Thủy văn tỉnh": a second head starts a second agency.
    # ("Công ty Cổ phần Đồng Xuân và UBND các phường": a committee after "và" starts a name of its own)
    return following is not None and following.group(1)[:1].isupper() and not _GENERIC.match(
        folded, following.start(1), end) and not _starts_agency(folded, following.start(1), end)


# "Các thành viên Ban Chỉ huy ... tỉnh", "các cơ quan thành viên Ban Chỉ đạo": the members of a board, one collective.
_MEMBERS_OF = re.compile(r"(?<![\w])(?:các\s+)?(?:cơ quan\s+)?thành viên\s+$")
_BOARD = re.compile(r"(?:ban|hội đồng|ủy ban(?!\s+nhân dân)|tổ công tác|bcđ|bch)(?![\w])")


# "các địa phương ven biển, đơn vị liên quan": kinds of bodies under one "các", the first narrowed before the next.
_BODY_KIND = r"(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|đoàn thể)"
_KINDS_HEAD = re.compile(rf"các\s+(?:{_BODY_KIND}|sở|ngành|ban)(?![\w])")
_NEXT_KIND = re.compile(rf"\s*,\s*{_BODY_KIND}(?:\s*,\s*{_BODY_KIND})*\s+(?:(?:có\s+)?liên quan|chức năng|khác)(?![\w])")


_COMMITTEE_HEAD = re.compile(r"(?:ubnd|ủy ban nhân dân)(?=\s)", re.IGNORECASE)
_LISTED_ON = re.compile(r"\s*(?:,|và)\s*")


def _settled(text: str, folded: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The names of a stretch once lists are read whole: places after a committees' collective, kinds of bodies
    under one "các", a board's members."""
    return _boards_members(text, folded, _kinds_joined(text, folded, _committees_of_places(folded, mentions)), start)


def _committees_of_places(folded: str, mentions: list[Mention]) -> list[Mention]:
    """"Chủ tịch UBND các huyện ven biển, thành phố Đồng Hới, thị xã Ba Đồn": the places listed after a committee
    (or committees) are named by their committees."""
    result: list[Mention] = []
    for mention in mentions:
        committee = _COMMITTEE_HEAD.match(result[-1].name) if result else None
        if committee is not None and mention.place and _LISTED_ON.fullmatch(folded, result[-1].end, mention.start):
            mention = Mention(mention.start, mention.end, f"{committee.group(0)} {mention.name}", False,
                              mention.alternatives)
        result.append(mention)
    return result


def _kinds_joined(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """"các địa phương ven biển, đơn vị liên quan": kinds of bodies under one "các" are one collective, though a
    qualifier came between them."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (previous is not None and previous.collective and mention.collective
                and _KINDS_HEAD.match(folded, previous.start) and not folded[previous.end:mention.start].strip(" ,")
                and (kinds := _NEXT_KIND.match(folded, previous.end)) is not None and kinds.end() == mention.end):
            result[-1] = Mention(previous.start, mention.end, " ".join(text[previous.start:mention.end].split()), True)
        else:
            result.append(mention)
    return result


def _boards_members(text: str, folded: str, mentions: list[Mention], start: int) -> list[Mention]:
    """A board named after "các thành viên" stands for its members: the span and the name take the words in."""
    result: list[Mention] = []
    for mention in mentions:
        members = _MEMBERS_OF.search(folded, max(start, mention.start - 30), mention.start)
        if members is not None and not mention.collective and _BOARD.match(folded, mention.start):
            mention = Mention(members.start(), mention.end, " ".join(text[members.start():mention.end].split()), True,
                              mention.alternatives)
        result.append(mention)
    return result


def _merge_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Công an tỉnh - Thường trực Ban Chỉ đạo ...": one agency, named by its first part."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and _ALIAS_OPEN.fullmatch(text, previous.end, mention.start) and \
                _ALIAS_CLOSE.match(text, mention.end):  # "Viễn thông Đồng Nai (VNPT Đồng Nai)": one agency
            merged[-1] = Mention(previous.start, previous.end, previous.name, previous.collective,
                                 previous.alternatives + (mention.name,), previous.place)
            continue
        if (previous is not None and not previous.collective and not mention.collective
                and _APPOSITION.fullmatch(text, previous.end, mention.start)):
            merged[-1] = Mention(previous.start, mention.end, previous.name, False,
                                 previous.alternatives + (mention.name,) + mention.alternatives)
            continue
        merged.append(mention)
    return merged
