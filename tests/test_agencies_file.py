"""The agencies file: upsert, groups, supervisors, and its errors."""

import json

from conftest import FIXTURES


def test_load_creates_agencies_groups_and_supervisors(cli, loaded):
    agencies = {row["code"]: row for row in json.loads(cli("agencies", "list", "--json").stdout)}
    assert agencies["CA-TG"]["supervisor"] == "UBND-TG"
    assert agencies["CA-TG"]["aliases"] == ["Công an tỉnh", "Thường trực Ban Chỉ đạo"]
    assert agencies["UBND-MT"]["groups"] == ["ubnd-huyen"]
    groups = {row["code"]: row["members"] for row in json.loads(cli("agencies", "groups", "--json").stdout)}
    assert groups["ubnd-huyen"] == ["UBND-CB", "UBND-MT"]


def test_loading_again_updates_in_place(cli, loaded, workdir):
    text = (FIXTURES / "agencies.toml").read_text(encoding="utf-8").replace(
        "vanthu@stttt.tiengiang.example", "vanphong@stttt.tiengiang.example")
    (workdir / "agencies.toml").write_text(text, encoding="utf-8")
    run = cli("agencies", "load", str(workdir / "agencies.toml"))
    assert "0 agencies created, 1 updated, 4 unchanged" in run.stdout
    agencies = {row["code"]: row for row in json.loads(cli("agencies", "list", "--json").stdout)}
    assert agencies["STTTT"]["emails"] == ["vanphong@stttt.tiengiang.example"]


def test_unknown_supervisor_and_member_are_refused_with_lines(cli, engine, workdir):
    path = workdir / "agencies.toml"
    path.write_text('[[agencies]]\ncode = "A"\nname = "Cơ quan A"\nsupervisor = "Z"\n\n'
                    '[[groups]]\ncode = "g"\nname = "Nhóm"\nmembers = ["A", "B"]\n', encoding="utf-8")
    run = cli("agencies", "load", str(path))
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [f"{path}:4: unknown supervisor 'Z'", f"{path}:9: unknown agency 'B'"]
    assert json.loads(cli("agencies", "list", "--json").stdout) == []


def test_bad_email_is_refused(cli, engine, workdir):
    path = workdir / "agencies.toml"
    path.write_text('[[agencies]]\ncode = "A"\nname = "Cơ quan A"\nemails = ["vanthu@a.example\\nBcc: x@y.z"]\n',
                    encoding="utf-8")
    run = cli("agencies", "load", str(path))
    assert run.exit_code == 2
    assert f"{path}:4: agencies[1].emails[1]:" in run.stderr
