"""Who follows the directive up: the standing office reports go through ("qua Công an tỉnh"), the
"Thường trực Ban Chỉ đạo", or the agency told to "theo dõi, đôn đốc"."""

import re
from dataclasses import dataclass

from rules.ingest.mentions import Mention
from rules.ingest.normalize import fold
from rules.ingest.reading import Reading

_THROUGH = re.compile(r"(?:qua|thông qua)\s*$")
_FOLLOW_UP = re.compile(r"theo dõi,?\s*(?:đôn đốc|kiểm tra)|đôn đốc,?\s*(?:kiểm tra|theo dõi)|cơ quan thường trực|"
                        r"đầu mối (?:theo dõi|tổng hợp)")


@dataclass(frozen=True)
class Candidate:
    """A mention that may be the coordinator, and whether the text says so plainly."""

    mention: Mention
    sure: bool
    reason: str


def coordinator_candidates(reading: Reading) -> list[Candidate]:
    """Candidates in order of how plainly the text makes them the coordinator."""
    folded = fold(reading.text)
    found: list[Candidate] = []
    for mention in reading.mentions:
        names = " ".join(fold(name) for name in (mention.name, *mention.alternatives))
        before = folded[max(0, mention.start - 12):mention.start]
        if _THROUGH.search(before):
            found.append(Candidate(mention, True, "reports go through it (\"qua ...\")"))
        elif "thường trực" in names and not mention.name.lower().startswith("thường trực"):
            found.append(Candidate(mention, True, "it is the standing office (\"Thường trực\")"))
    for assigned in reading.assignments:
        if assigned.role != "lead":
            continue
        sentence_end = folded.find(".", assigned.mention.end)
        sentence = folded[assigned.mention.end:sentence_end if sentence_end > 0 else len(folded)]
        if _FOLLOW_UP.search(sentence):
            found.append(Candidate(assigned.mention, False, "it is told to follow the work up"))
    return found
