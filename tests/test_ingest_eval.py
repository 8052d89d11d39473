"""The accuracy scorer of issue 5 (benchmarks/ingest_eval.py): what counts as the same agency."""

import importlib.util
from pathlib import Path

import pytest

from rules.ingest.registry import Registry, Resolver

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "ingest_eval.py"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("ingest_eval", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def resolver():
    return Resolver(Registry(agencies=(), groups=()))


@pytest.mark.parametrize(("written", "drafted"), [
    ("Y tế", "Sở Y tế"), ("Công an", "Bộ Công an"), ("Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch"),
    ("Sở Y tế tỉnh", "Sở Y tế"),
])
def test_a_department_listed_after_a_shared_head_is_that_heads_department(scorer, resolver, written, drafted):
    assert scorer.same_agency(written, drafted, resolver)


@pytest.mark.parametrize(("written", "drafted"), [("Công an tỉnh", "Bộ Công an"), ("Y tế", "Trung tâm Y tế"),
                                                  ("Ban tổ chức", "Ban Tổ chức Tỉnh ủy")])
def test_different_bodies_are_not_the_same_agency(scorer, resolver, written, drafted):
    assert not scorer.same_agency(written, drafted, resolver)


@pytest.mark.parametrize(("written", "drafted"), [
    ("Ủy ban nhân dân xã, phường, thị trấn", "Ủy ban nhân dân phường, xã, thị trấn"),
    ("UBND quận, huyện", "UBND các quận, huyện"),
])
def test_a_collective_spelled_in_another_order_or_with_cac_is_one_agency(scorer, resolver, written, drafted):
    assert scorer.same_agency(written, drafted, resolver)


def test_word_order_alone_does_not_join_two_single_names(scorer, resolver):
    assert not scorer.same_agency("Phòng Kinh tế Hạ tầng", "Phòng Hạ tầng Kinh tế", resolver)
