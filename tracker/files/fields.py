"""Field types shared by the coordinator's files: codes, dates written day-first, emails, text."""

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, StringConstraints

from rules.dates import DateError, parse_day_first

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
# Deliberately simple: one @, a dot in the domain, no spaces or line breaks (which could inject headers).
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def _person_date(value: Any) -> Any:
    if isinstance(value, datetime):
        raise ValueError("write a date (2021-06-10 or \"10/6/2021\"), not a date-time")
    if isinstance(value, str):
        try:
            return parse_day_first(value)
        except DateError as error:
            raise ValueError(str(error)) from None
    return value


def _nfc(value: str) -> str:
    # Vietnamese text arrives composed or decomposed; store one form so matching and sorting agree.
    return unicodedata.normalize("NFC", value).strip()


def _code(value: str) -> str:
    if not _CODE.match(value):
        raise ValueError(f"'{value}' is not a code: use letters, digits, '-', '_' or '.'")
    return value


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError(f"'{value}' is not an email address")
    return value.lower()


PersonDate = Annotated[date, BeforeValidator(_person_date)]
Text = Annotated[str, AfterValidator(_nfc), StringConstraints(min_length=1, max_length=1000)]
LongText = Annotated[str, AfterValidator(_nfc)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64), AfterValidator(_code)]
Email = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_email)]
