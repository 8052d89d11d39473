"""Builders shared by the benchmarks: a province of communes and plans addressed to all of them."""

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

T = TypeVar("T")


def agencies_toml(communes: int) -> bytes:
    """A registry: the province, its police, and `communes` communes in one group."""
    lines = ['[[agencies]]\ncode = "UBND-T"\nname = "UBND tỉnh"\nemails = ["vanthu@ubnd.example"]\n',
             '[[agencies]]\ncode = "CA-T"\nname = "Công an tỉnh"\nemails = ["ca@ca.example"]\nsupervisor = "UBND-T"\n']
    lines += [f'[[agencies]]\ncode = "XA-{n:05d}"\nname = "UBND xã {n}"\nemails = ["xa{n}@xa.example"]\n'
              f'supervisor = "UBND-T"\n' for n in range(communes)]
    members = ", ".join(f'"XA-{n:05d}"' for n in range(communes))
    lines.append(f'[[groups]]\ncode = "xa"\nname = "UBND các xã"\nmembers = [{members}]\n')
    return "\n".join(lines).encode()


def directive_toml(number: int, due_dates: list[date], issued_on: date = date(2026, 1, 5)) -> bytes:
    """A plan addressed to every commune, one deadline item per due date."""
    text = (f'number = "{number}/KH-UBND"\nkind = "ke-hoach"\ntitle = "Kế hoạch {number}"\nissuer = "UBND-T"\n'
            f'issued_on = {issued_on.isoformat()}\ncoordinator = "CA-T"\n')
    for ref, due in enumerate(due_dates, start=1):
        text += f'\n[[items]]\nref = "{ref}"\ntitle = "Việc {ref}"\nlead = ["group:xa"]\ndue = {due.isoformat()}\n'
    return text.encode()


def timed(label: str, action: Callable[[], T]) -> T:
    """Run action, print how long it took, return its result."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<64} {time.perf_counter() - start:8.3f} s", flush=True)
    return result
