"""The agencies registry as the drafter sees it (codes, names, aliases, groups) and matching names to it."""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rules.ingest.normalize import clean, fold, name_key

GROUP_PREFIX = "group:"
# "sở y tế tỉnh tiền giang" and "sở y tế tỉnh" name the department of the province the registry is about;
# "sở y tế tỉnh quảng nam" does not.
_PLACE = re.compile(r"\s(?:tỉnh|thành phố|tp|thị xã|huyện|quận)(?:\s\S+){0,3}$")
_BARE_PLACE = re.compile(r"\s(?:tỉnh|thành phố)$")
_UNIT_END = re.compile(r"(?:tỉnh|thành phố|tp|thị xã|huyện|quận|xã|phường|thị trấn)$")
_NAMED_PLACE = re.compile(r"(?:tỉnh|thành phố|tp|thị xã|huyện|quận)\s\S")


@dataclass(frozen=True)
class RegistryAgency:
    """An agency: its code, name, aliases and supervisor."""

    code: str
    name: str
    aliases: tuple[str, ...] = field(default=())
    supervisor: str | None = None


@dataclass(frozen=True)
class RegistryGroup:
    """A group of agencies as documents address them."""

    code: str
    name: str
    members: tuple[str, ...]
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Registry:
    """Every agency and group the draft may name."""

    agencies: tuple[RegistryAgency, ...]
    groups: tuple[RegistryGroup, ...] = field(default=())

    def codes(self) -> set[str]:
        """Agency codes, and group codes as group:CODE."""
        return {agency.code for agency in self.agencies} | {GROUP_PREFIX + group.code for group in self.groups}

    def folded_names(self) -> tuple[str, ...]:
        """Every name and alias, folded: extra patterns for the mention finder."""
        return _folded(tuple(name for name, _ in self.named()))

    def named(self) -> Iterable[tuple[str, str]]:
        """Every (name or alias, code) pair; groups as group:CODE."""
        for agency in self.agencies:
            for name in (agency.name, *agency.aliases):
                yield name, agency.code
        for group in self.groups:
            for name in (group.name, *group.aliases):
                yield name, GROUP_PREFIX + group.code


@functools.lru_cache(maxsize=16)
def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    """Folded names, remembered: the web app drafts against the same registry again and again."""
    return tuple(fold(clean(name)) for name in names)


def place_free(key: str) -> str:
    """A name key without a trailing place ("sở y tế tỉnh" -> "sở y tế"); kept when only a head would remain."""
    stripped = _PLACE.sub("", key)
    return stripped if len(stripped.split()) >= 2 and stripped != key else key


class Resolver:
    """Names as written -> registry codes ("CODE" or "group:CODE"), by key, then by key without place."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._exact: dict[str, set[str]] = {}
        self._loose: dict[str, set[str]] = {}
        for name, code in registry.named():
            key = name_key(name)
            self._exact.setdefault(key, set()).add(code)
            self._loose.setdefault(place_free(key), set()).add(code)

    def resolve(self, name: str, alternatives: Iterable[str] = ()) -> str | None:
        """The one code a name (or, failing that, one of its alternatives) stands for; None if unknown or ambiguous."""
        for candidate in (name, *alternatives):
            key = name_key(candidate)
            for table, lookup in ((self._exact, key), (self._loose, _BARE_PLACE.sub("", key))):
                codes = table.get(lookup)
                if codes and len(codes) == 1:
                    return next(iter(codes))
        for candidate in (name, *alternatives):
            code = self._by_prefix(name_key(candidate))
            if code is not None:
                return code
        return None

    def _by_prefix(self, key: str) -> str | None:
        """A known name followed by a description: "thường trực ban chỉ đạo phòng chống tội phạm ... các cấp"."""
        words = key.split()
        for length in range(len(words) - 1, 2, -1):
            rest = " ".join(words[length:])
            if _NAMED_PLACE.match(rest) or _UNIT_END.search(" ".join(words[:length])):
                continue  # "ủy ban nhân dân tỉnh" + "bình định": another place, not a description
            codes = self._exact.get(" ".join(words[:length]))
            if codes and len(codes) == 1:
                return next(iter(codes))
        return None

    def top_agency(self) -> str | None:
        """The agency most others report to (the province's People's Committee in a provincial registry)."""
        counts: dict[str, int] = {}
        for agency in self.registry.agencies:
            if agency.supervisor:
                counts[agency.supervisor] = counts.get(agency.supervisor, 0) + 1
        if counts:
            return max(sorted(counts), key=lambda code: counts[code])
        return self.registry.agencies[0].code if self.registry.agencies else None
