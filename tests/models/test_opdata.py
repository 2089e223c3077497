"""Operation data as compact bytes: every JSON value comes back exactly, and the bytes are
what they say (field numbers, ids/times/dates as extensions, no copy of a row's text)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.opdata import (
    FIELDS,
    ROW_VALUE,
    ZLIB,
    OperationDataError,
    decode,
    encode,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=12) | st.sampled_from(FIELDS), inner, max_size=5)
    ),
    max_leaves=20,
)
# Text that looks like what the packer turns into an extension, canonical or nearly so.
lookalikes = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=9)))).map(
        lambda d: d.isoformat()
    ),
    st.datetimes().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat().replace("-", "/")),
    st.just("2026-02-30"),
    st.just("0000-00-00T00:00:00+00:00"),
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_every_json_value_comes_back_exactly(value):
    assert decode(encode(value)) == value
    assert json.dumps(decode(encode(value))) == json.dumps(value)  # types too: 1 is not 1.0


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), st.tuples(lookalikes, lookalikes)))
def test_text_that_looks_like_an_id_or_a_time_comes_back_as_written(changes):
    data = {k: [a, b] for k, (a, b) in changes.items()}
    assert decode(encode(data)) == data
    created = {k: [None, b] for k, (_a, b) in changes.items()}
    assert decode(encode(created)) == created


def test_a_create_costs_its_values_not_its_field_names_or_nulls():
    case_id = uuid.uuid4()
    at = dt.datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=dt.UTC).isoformat()
    data = {
        "customer_id": [None, str(case_id)],
        "created_at": [None, at],
        "updated_at": [None, at],
        "delivered_on": [None, "2026-11-20"],
        "status": [None, "new"],
        "priority_rank": [None, 1],
    }
    stored = encode(data)
    assert decode(stored) == data
    as_json = json.dumps(data, separators=(",", ":")).encode()
    assert len(stored) < len(as_json) / 3
    assert b"customer_id" not in stored and str(case_id).encode() not in stored
    assert case_id.bytes in stored  # 16 bytes, not 36 characters


def test_long_text_is_compressed_only_when_that_pays():
    body = "The strap broke after two days. " * 40
    stored = encode({"note": [None, body]})
    assert stored[0] == ZLIB and len(stored) < len(body) / 4
    assert decode(stored) == {"note": [None, body]}
    short = encode({"note": [None, "ok"]})
    assert short[0] != ZLIB


def test_a_value_held_by_the_row_is_one_marker():
    stored = encode({"body": [None, ROW_VALUE], "direction": [None, "inbound"]})
    assert decode(stored) == {"body": [None, ROW_VALUE], "direction": [None, "inbound"]}
    with pytest.raises(TypeError):
        json.dumps(decode(stored))  # never shown or sent as it is: the row's value goes there


@pytest.mark.parametrize(
    "stored",
    [
        b"",
        b"\x09abc",
        b"\x01\xc1",
        b"\x02not zlib",
        b"\x01\x92\x07\x80",
        b"\x01\x92\x00\x81\xcd\xff\xff\xc0",
    ],
)
def test_damaged_or_unknown_data_is_an_error_that_says_so(stored):
    with pytest.raises(OperationDataError):
        decode(stored)
