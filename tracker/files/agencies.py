"""The agencies file: [[agencies]] and [[groups]], validated, cross-checked and located by line."""

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tracker.errors import InputError, Problem
from tracker.files.fields import Code, Email, Text
from tracker.tomlfile import TomlDocument
from tracker.validation import problems_of


class AgencySpec(BaseModel):
    """One [[agencies]] entry."""

    model_config = ConfigDict(extra="forbid")

    code: Code
    name: Text
    emails: list[Email] = Field(default_factory=list)
    aliases: list[Text] = Field(default_factory=list)
    supervisor: Code | None = None


class GroupSpec(BaseModel):
    """One [[groups]] entry: a named set of agency codes."""

    model_config = ConfigDict(extra="forbid")

    code: Code
    name: Text
    members: list[Code] = Field(min_length=1)
    aliases: list[Text] = Field(default_factory=list)


class AgenciesFile(BaseModel):
    """The whole agencies file."""

    model_config = ConfigDict(extra="forbid")

    agencies: list[AgencySpec] = Field(default_factory=list)
    groups: list[GroupSpec] = Field(default_factory=list)


def read_agencies(document: TomlDocument, *, known_codes: set[str]) -> AgenciesFile:
    """Validate an agencies file; codes may refer to agencies in the file or already registered."""
    try:
        parsed = AgenciesFile.model_validate(document.data)
    except ValidationError as error:
        raise InputError(problems_of(error, document), document.path) from None
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, agency in enumerate(parsed.agencies):
        if agency.code in seen:
            problems.append(document.problem(("agencies", index, "code"), f"agency '{agency.code}' appears twice"))
        seen.add(agency.code)
    codes = seen | known_codes
    for index, agency in enumerate(parsed.agencies):
        loc = ("agencies", index, "supervisor")
        if agency.supervisor == agency.code:
            problems.append(document.problem(loc, f"agency '{agency.code}' cannot supervise itself"))
        elif agency.supervisor is not None and agency.supervisor not in codes:
            problems.append(document.problem(loc, f"unknown supervisor '{agency.supervisor}'"))
    group_codes: set[str] = set()
    for index, group in enumerate(parsed.groups):
        if group.code in group_codes:
            problems.append(document.problem(("groups", index, "code"), f"group '{group.code}' appears twice"))
        group_codes.add(group.code)
        for member in group.members:
            if member not in codes:
                problems.append(document.problem(("groups", index, "members"), f"unknown agency '{member}'"))
    if problems:
        raise InputError(problems, document.path)
    return parsed
