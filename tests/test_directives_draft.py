"""`tracker directives draft`: a directive file from its text, that `tracker directives add` loads as written."""

import tomllib
from datetime import date
from pathlib import Path

import pytest
from conftest import FIXTURES

from rules.dates import parse_day_first

EXAMPLES = Path(__file__).parent.parent / "examples"
INGEST = FIXTURES / "ingest"
LETTER = ("Ngày 07/6/2021, UBND tỉnh ban hành Công văn số 2774/UBND-NC về việc triển khai Chương trình.\n"
          "Giao Công an tỉnh chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra, hoàn thành trước ngày 30/6/2021.\n"
          "Sở Tài chính bố trí kinh phí thực hiện.\n")


def passages(seeds: bool) -> list[tuple[str, Path | None, date, bool]]:
    """(name, text file or None when missing, issued_on, has [header]) of the annotated passages."""
    found = []
    for note_path in sorted(INGEST.glob("seed-*.toml" if seeds else "[0-9]*.toml")):
        note = tomllib.loads(note_path.read_text(encoding="utf-8"))
        text = note_path.with_suffix(".txt")
        if not text.exists():
            candidates = [folder / note["source"] for folder in note_path.parents]
            text = next((candidate for candidate in candidates if candidate.is_file()), None)
        found.append((note_path.stem, text, parse_day_first(str(note["issued_on"])), "header" in note))
    return found


@pytest.fixture
def registry(cli, engine) -> None:
    """The example registry loaded into the test database."""
    assert cli("agencies", "load", str(EXAMPLES / "agencies.toml")).exit_code == 0


def draft_and_add(cli, workdir: Path, name: str, text: Path, issued_on: date, has_header: bool) -> None:
    """Draft one passage against the database registry, then register the draft unedited."""
    out = workdir / f"{name}.toml"
    given = [] if has_header else ["--issued-on", issued_on.strftime("%d/%m/%Y")]
    drafted = cli("directives", "draft", str(text), *given, "-o", str(out))
    assert drafted.exit_code == 0, f"{name}: {drafted.stderr}"
    added = cli("directives", "add", str(out), "--now", f"{issued_on.isoformat()}T09:00")
    assert added.exit_code == 0, f"{name}: {added.stderr}"
    assert "registered" in added.stdout


def test_draft_of_every_fixture_passage_loads_with_directives_add(cli, registry, workdir):
    found = passages(seeds=False)
    assert len(found) >= 12
    for name, text, issued_on, has_header in found:
        assert text is not None, name
        draft_and_add(cli, workdir, name, text, issued_on, has_header)


def test_draft_of_every_seed_loads_with_directives_add(cli, registry, workdir):
    found = passages(seeds=True)
    if not found or any(text is None for _, text, _, _ in found):
        pytest.skip("the seed texts (../shared/seeds) are not beside this checkout")
    for name, text, issued_on, has_header in found:
        assert text is not None
        draft_and_add(cli, workdir, name, text, issued_on, has_header)


@pytest.fixture
def letter(workdir) -> Path:
    """A short letter: one lead the registry knows, one cooperating and one lead it does not."""
    path = workdir / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_unknown_names_are_listed_at_the_top_and_their_work_goes_to_the_coordinator(cli, letter, workdir):
    out = workdir / "draft.toml"
    run = cli("directives", "draft", str(letter), "--agencies", str(FIXTURES / "agencies.toml"), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    header, items = text.split("\n[[items]]", 1)[0], text.split("[[items]]")[1:]
    assert '"Sở Y tế": cooperating of item 1' in header and '"Sở Tài chính": lead of item 2' in header
    # Nobody is named to follow the work up: the issuer coordinates until someone says otherwise.
    assert "# KIỂM TRA: the text does not say who follows the work up; the issuer placed\ncoordinator = \"UBND-TG\"" in text
    assert 'lead = ["CA-TG"]' in items[0] and "due = { before = 2021-06-30 }" in items[0]
    assert "KIỂM TRA: cooperating 'Sở Y tế' not in the registry" in items[0]
    assert 'lead = ["UBND-TG"]' in items[1]
    assert "KIỂM TRA: lead 'Sở Tài chính' not in the registry; the coordinator UBND-TG placed" in items[1]
    assert "2 items" in run.stdout and "2 names not in the registry" in run.stdout


def test_each_item_is_preceded_by_the_sentence_it_came_from(cli, letter, workdir):
    out = workdir / "draft.toml"
    cli("directives", "draft", str(letter), "--agencies", str(FIXTURES / "agencies.toml"), "-o", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    quotes = [lines[index - 1] for index, line in enumerate(lines) if line == "[[items]]"]
    assert quotes == ["# « Giao Công an tỉnh chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra, hoàn thành trước ngày "
                      "30/6/2021. »", "# « Sở Tài chính bố trí kinh phí thực hiện. »"]


def test_draft_matches_names_against_the_database_registry_and_prints_without_output(cli, loaded, letter):
    run = cli("directives", "draft", str(letter))
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("# Draft read from letter.txt") and 'issuer = "UBND-TG"' in run.stdout
    assert "2774/UBND-NC: 2 items" in run.stderr


def test_text_without_an_issue_date_takes_today_and_marks_it(cli, workdir):
    path = workdir / "bare.txt"
    path.write_text("Giao Công an tỉnh tổ chức kiểm tra, hoàn thành trước ngày 30/6.\n", encoding="utf-8")
    run = cli("directives", "draft", str(path), "--agencies", str(FIXTURES / "agencies.toml"), "--now", "2021-06-08T09:00")
    assert run.exit_code == 0, run.stderr
    assert "# KIỂM TRA: no issue date in the header; today taken\nissued_on = 2021-06-08" in run.stdout
    assert "due = { before = 2021-06-30 }" in run.stdout


def test_bad_input_is_refused_with_its_place_and_nothing_is_written(cli, letter, workdir):
    out = workdir / "draft.toml"
    agencies = ["--agencies", str(FIXTURES / "agencies.toml"), "-o", str(out)]
    bad_day = cli("directives", "draft", str(letter), "--issued-on", "31/6/2021", *agencies)
    assert bad_day.exit_code == 2 and bad_day.stderr.startswith("--issued-on: '31/6/2021' is not a real date")
    bad_issuer = cli("directives", "draft", str(letter), "--issuer", "KHONG-CO", *agencies)
    assert bad_issuer.exit_code == 2 and bad_issuer.stderr.strip() == "--issuer: unknown agency 'KHONG-CO'"
    latin1 = workdir / "latin1.txt"
    latin1.write_bytes("Dòng một\nGiao Sở Y tế".encode() + b"\xe9\n")
    not_utf8 = cli("directives", "draft", str(latin1), *agencies)
    assert not_utf8.exit_code == 2 and not_utf8.stderr.startswith(f"{latin1}:2: not UTF-8 text")
    empty = workdir / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    assert cli("directives", "draft", str(empty), *agencies).exit_code == 2
    assert not out.exists()
