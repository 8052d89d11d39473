"""One spelling for Vietnamese text: NFC, one tone-mark placement, lower-case search text, name keys."""

import functools
import re
import unicodedata

# The five tone marks; the other combining marks (circumflex, breve, horn) belong to the vowel.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
# "hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe": open syllables ending in oa, oe, uy carry the mark on
# either vowel depending on the writer's habit. Not after "q": in "quý" the u belongs to the consonant.
_MOVABLE = re.compile(r"(?<!q)(oa|oe|uy)$")
# The last letters a movable tone mark can sit on: a, e, y with one of the five marks, any case.
_MARKED_ENDINGS = frozenset(unicodedata.normalize("NFC", base + tone) for base in "aeyAEY" for tone in _TONES)
# Every letter that carries a tone mark, composed.
_TONED = frozenset(char for char in map(chr, range(0x00C0, 0x1EFA))
                   if char.isalpha() and any(mark in _TONES for mark in unicodedata.normalize("NFD", char)))
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Control characters: never part of a document, and not allowed in a TOML comment.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def nfc(text: str) -> str:
    """The composed Unicode form (documents arrive composed, decomposed or mixed)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, Unix line ends, no invisible characters, runs of spaces as one space, words glued by a bad copy
    parted again; line breaks kept."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _GLUED.sub(_part_glued, _CONTROLS.sub("", text).translate(_INVISIBLE))
    text = _DAY_GLUED.sub(r"\1 ", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# "trước ngày20-12-2019": the word and its day run together.
_DAY_GLUED = re.compile(r"(?<![^\W\d_])(ngày|Ngày|NGÀY)(?=\d)")
# "ĐàiPhát thanh", "tỉnhHậu Giang": a Vietnamese syllable run into the capital of the next word.
_GLUED = re.compile(r"[^\W\d_]{3,}")


# Two syllables run together in lower case ("trướcngày", "trườngchủ trì"): a coda, then an onset.
_TWO_SYLLABLES = re.compile(r"(?P<first>[^\W\d_]*?[aeiouy]+(?:ch|ng|nh|c|m|n|p|t)??)"
                            r"(?P<second>(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])[aeiouy][^\W\d_]*)")


def _bare(word: str) -> str:
    """The letters without their marks ("trướcngày" -> "truocngay"), one for one, to find where vowels are."""
    return "".join(unicodedata.normalize("NFD", char)[0] if char != "đ" else "đ" for char in word)


def _two_syllables(word: str) -> str | None:
    """"trướcngày" -> "trước ngày" when both halves carry a Vietnamese letter and read as syllables."""
    if not word.islower() or len(word) < 6:
        return None
    found = _TWO_SYLLABLES.fullmatch(_bare(word))
    if found is None:
        return None
    first, second = word[:found.end("first")], word[found.end("first"):]
    if len(first) < 3 or len(second) < 3 or first.isascii() or second.isascii():
        return None
    return f"{first} {second}"


def _part_glued(match: re.Match[str]) -> str:
    word = match.group(0)
    split = _two_syllables(word)
    if split is not None:
        return split
    parts, begin = [], 0
    for index in range(1, len(word)):
        head = word[begin:index]
        # Only when the first part carries a Vietnamese letter: "YouTube", "TikTok", "VNeID" stay as they are.
        if (word[index - 1].islower() and word[index].isupper() and not word[index:].isupper()
                and any(not char.isascii() for char in head)):
            parts.append(head)
            begin = index
    return " ".join([*parts, word[begin:]])


# "(UBND)", "(BCĐ)", "(sau đây gọi tắt là Ban Chỉ đạo)": a name's abbreviation defined in passing.
_DEFINITION = re.compile(r"\s?\((?:[A-ZĐ][A-ZĐ0-9&\-]{1,11}|Ban Chỉ đạo|sau đây (?:gọi|viết) tắt là [^()]{1,60})\)")


def mask_definitions(text: str) -> str:
    """Blank out abbreviations defined in parentheses, keeping every offset: "Ủy ban nhân dân (UBND) tỉnh"
    then reads as one name."""
    text = _DEFINITION.sub(lambda match: " " * len(match.group(0)), text)
    # The national motto names no agency (a two-column header sets it beside the issuer's name); line breaks stay.
    return _MOTTO.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


_MOTTO = re.compile(r"cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.IGNORECASE)


# "ngày 15 (mười lăm)", "06 (sáu) tháng": a number spelled out again in brackets, as legal texts write them.
_NUMBER_WORDS = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn|ngàn)"
_SPELLED_AGAIN = re.compile(rf"(?<=\d)\s*\(\s*{_NUMBER_WORDS}(?:\s+{_NUMBER_WORDS})*\s*\)")


def mask_spelled_numbers(folded: str) -> str:
    """Blank out a number's spelling in brackets after its digits, keeping every offset: "ngày 15 (mười lăm)"
    then reads as "ngày 15"."""
    return _SPELLED_AGAIN.sub(lambda match: " " * len(match.group(0)), folded)


def unify_tones(text: str) -> str:
    """Put the tone mark of oa/oe/uy syllables on the first vowel ("hoà" -> "hòa"); length is kept."""
    return _WORD.sub(_unify_word, nfc(text))


def _unify_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if sum(char in _TONED for char in word) > 1:
        word = _one_tone(word)
    if len(word) < 2 or word[-1] not in _MARKED_ENDINGS:
        return word
    parts = [unicodedata.normalize("NFD", char) for char in word]
    bases = ["".join(mark for mark in part if mark not in _TONES) for part in parts]
    tones = ["".join(mark for mark in part if mark in _TONES) for part in parts]
    plain = "".join(unicodedata.normalize("NFC", base) for base in bases).lower()
    if len(plain) != len(word) or not _MOVABLE.search(plain) or not tones[-1]:
        return word
    tones[-2], tones[-1] = tones[-1], ""
    return "".join(unicodedata.normalize("NFC", base + tone) for base, tone in zip(bases, tones, strict=True))


def _one_tone(word: str) -> str:
    """A syllable carries one tone mark: "huỵện" (a slip of the keyboard) is "huyện", the last mark kept."""
    parts = [unicodedata.normalize("NFD", char) for char in word]
    last = max(index for index, part in enumerate(parts) if any(mark in _TONES for mark in part))
    return "".join(unicodedata.normalize("NFC", part if index == last else "".join(m for m in part if m not in _TONES))
                   for index, part in enumerate(parts))


def fold(text: str) -> str:
    """Lower-case, tone-unified search text with exactly the length of `text` (offsets carry over)."""
    unified = unify_tones(text)
    return "".join(low if len(low := char.lower()) == 1 else char for char in unified)


# Abbreviations documents use for agency names, spelled out so that "Sở TT&TT" and "Sở Thông tin và
# Truyền thông" get one key. Keys are folded text; order matters (longer forms first).
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"ub\.?\s*mttqvn|ub\.?\s*mttq", "ủy ban mặt trận tổ quốc"),
    (r"mttqvn|mttq", "mặt trận tổ quốc"),
    (r"ubnd", "ủy ban nhân dân"),
    (r"hđnd", "hội đồng nhân dân"),
    (r"vksnd", "viện kiểm sát nhân dân"),
    (r"tand", "tòa án nhân dân"),
    (r"cand", "công an nhân dân"),
    (r"tt\s*&\s*tt|tt\s*-\s*tt|tttt", "thông tin truyền thông"),
    (r"gd\s*&\s*đt|gd\s*-\s*đt|gdđt", "giáo dục đào tạo"),
    (r"lđ\s*[-,]?\s*tb\s*&\s*xh|lđ\s*-\s*tb\s*-\s*xh|lđtbxh", "lao động thương binh xã hội"),
    (r"vh\s*[-,]?\s*tt\s*&\s*dl|vh\s*-\s*tt\s*-\s*dl|vhttdl|vh\s*,\s*tt\s*và\s*dl", "văn hóa thể thao du lịch"),
    (r"vh\s*&\s*tt|vh\s*-\s*tt|vhtt", "văn hóa thể thao"),
    (r"kh\s*&\s*đt|khđt", "kế hoạch đầu tư"),
    (r"kh\s*&\s*cn|khcn", "khoa học công nghệ"),
    (r"nn\s*&\s*ptnt|nnptnt", "nông nghiệp phát triển nông thôn"),
    (r"nn\s*&\s*mt", "nông nghiệp môi trường"),
    (r"tn\s*&\s*mt|tnmt", "tài nguyên môi trường"),
    (r"dt\s*&\s*tg", "dân tộc tôn giáo"),
    (r"gtvt", "giao thông vận tải"),
    (r"pt\s*&\s*th|pt\s*-\s*th|ptth", "phát thanh truyền hình"),
    (r"bchqs", "bộ chỉ huy quân sự"),
    (r"chqs", "chỉ huy quân sự"),
    (r"bđbp", "bộ đội biên phòng"),
    (r"bch", "bộ chỉ huy"),
    (r"bcđ", "ban chỉ đạo"),
    (r"lhpn", "liên hiệp phụ nữ"),
    (r"lđlđ", "liên đoàn lao động"),
    (r"ccb", "cựu chiến binh"),
    (r"tncs", "thanh niên cộng sản"),
    (r"hcm", "hồ chí minh"),
    (r"bhxh", "bảo hiểm xã hội"),
    (r"nhnn", "ngân hàng nhà nước"),
    (r"nhcsxh", "ngân hàng chính sách xã hội"),
    (r"bql", "ban quản lý"),
    (r"pctt", "phòng chống thiên tai"),
    (r"nvqs", "nghĩa vụ quân sự"),
    (r"tkcn", "tìm kiếm cứu nạn"),
    (r"kcn", "khu công nghiệp"),
    (r"kkt", "khu kinh tế"),
    (r"tp", "thành phố"),
    (r"tx", "thị xã"),
    (r"vn", "việt nam"),
)
_ABBREVIATION = re.compile("|".join(f"(?<![\\w&])(?:{pattern})(?![\\w&])" for pattern, _ in _ABBREVIATIONS))
_EXPANSIONS = [(re.compile(f"^(?:{pattern})$"), full) for pattern, full in _ABBREVIATIONS]
# Words that do not tell two names apart: "các sở, ban, ngành" = "sở, ban, ngành".
_NOISE_WORDS = frozenset({"các", "và", "những"})
# "Ủy ban MTTQ Việt Nam tỉnh" and "Ủy ban Mặt trận Tổ quốc tỉnh" are one body; "các tỉnh, thành phố trực thuộc
# Trung ương" are all the provinces, as "các tỉnh, thành phố" are.
_NOISE_PHRASES = re.compile(r"\bviệt nam\b|\btrực thuộc trung ương\b")


def expand_abbreviations(folded: str) -> str:
    """Spell out the abbreviations of agency names in folded text ("sở tt&tt" -> "sở thông tin truyền thông")."""
    def full(match: re.Match[str]) -> str:
        """The spelled-out form of one abbreviation."""
        for pattern, expansion in _EXPANSIONS:
            if pattern.match(match.group(0)):
                return expansion
        return match.group(0)

    return _ABBREVIATION.sub(full, folded)


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The key two spellings of one agency name share: folded, abbreviations spelled out, no punctuation
    and no "các"/"và"."""
    text = _NOISE_PHRASES.sub(" ", expand_abbreviations(fold(clean(name))))
    words = [word for word in re.sub(r"[^\w]+", " ", text).split() if word not in _NOISE_WORDS]
    # "tỉnh tỉnh Bình Phước": a word typed twice is one word.
    return " ".join(word for index, word in enumerate(words) if index == 0 or word != words[index - 1])
