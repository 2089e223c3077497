"""A batch of mails is parsed in helper processes: the same outcomes as parsing here, in
order, and a helper that dies loses no mail (the batch is parsed here instead)."""

from __future__ import annotations

import concurrent.futures as futures
import os
from pathlib import Path

import pytest

from app.services.mail import parse_pool

CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"


def _raws() -> list[bytes]:
    files = sorted((CORPUS / "relay").glob("*.eml")) + sorted((CORPUS / "threads").glob("*.eml"))
    raws = [path.read_bytes() for path in files]
    raws += [b"", b"\x00\xff junk"]  # refused, in their places
    assert len(raws) >= parse_pool.POOL_FROM
    return raws


@pytest.fixture(autouse=True)
def fresh_pool():
    parse_pool.shutdown()
    yield
    parse_pool.shutdown()


def test_a_batch_parsed_by_the_helpers_is_what_parsing_here_gives():
    raws = _raws()
    here = parse_pool.parse_each(raws)
    there = parse_pool.parse_many(raws)
    assert parse_pool._pool is not None  # it really went to the helper processes
    assert there == here
    assert [kind for kind, _ in there[-2:]] == ["refused", "refused"]
    korean = [v for k, v in there if k == "ok" and "님" in v.full_text]
    assert korean and all(mail.body.strip() for mail in korean)


def test_a_few_mails_are_parsed_here():
    raws = _raws()[:3]
    assert parse_pool.parse_many(raws) == parse_pool.parse_each(raws)
    assert parse_pool._pool is None


def test_a_helper_that_dies_loses_no_mail():
    raws = _raws()
    pool = parse_pool._get_pool()
    with pytest.raises(futures.process.BrokenProcessPool):
        pool.submit(os._exit, 3).result()  # as if a hostile mail crashed the parser
    assert parse_pool.parse_many(raws) == parse_pool.parse_each(raws)
    assert parse_pool._pool is not pool  # dropped; a new one starts next time
