"""Case references: short, stable, forgiving of how people type them."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.ids import case_ref, new_id, normalise_ref

CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_new_ids_are_time_ordered_uuid7():
    ids = [new_id() for _ in range(200)]
    assert all(i.version == 7 for i in ids)
    assert len(set(ids)) == 200
    assert ids == sorted(ids)


def test_case_ref_is_stable_short_and_crockford():
    case_id = uuid.UUID("01935f2e-7c4a-7b3e-9f10-2a6c8d4e5b71")
    ref = case_ref(case_id)
    assert ref == case_ref(uuid.UUID(str(case_id)))
    assert len(ref) == 11
    assert ref[5] == "-"
    assert set(ref.replace("-", "")) <= CROCKFORD
    assert not set(ref) & set("ILOU")


def test_case_ref_uses_the_random_low_bits():
    # Two ids made in the same millisecond differ in their random bits, so in their refs.
    a = uuid.UUID("01935f2e-7c4a-7000-8000-000000000000")
    b = uuid.UUID("01935f2e-7c4a-7000-8000-000000000001")
    assert case_ref(a) == "00000-00000"
    assert case_ref(b) == "00000-00001"
    assert case_ref(uuid.UUID(int=(1 << 50) - 1)) == "ZZZZZ-ZZZZZ"


def test_normalise_ref_accepts_what_people_type():
    assert normalise_ref("K7Q2M-9XA3F") == "K7Q2M-9XA3F"
    assert normalise_ref("k7q2m-9xa3f") == "K7Q2M-9XA3F"
    assert normalise_ref("k7q2m9xa3f") == "K7Q2M-9XA3F"
    assert normalise_ref("  K7Q2M 9XA3F ") == "K7Q2M-9XA3F"
    assert normalise_ref("OO1IL-ABCDE") == "00111-ABCDE"
    assert normalise_ref("oo1il-abcde") == "00111-ABCDE"


def test_normalise_ref_refuses_what_is_not_a_ref():
    assert normalise_ref("") is None
    assert normalise_ref("K7Q2M-9XA3") is None  # too short
    assert normalise_ref("K7Q2M-9XA3FF") is None  # too long
    assert normalise_ref("K7Q2M-9XA3U") is None  # U is not Crockford
    assert normalise_ref("123-1234567-1234567") is None  # an order id
    assert normalise_ref(str(uuid.uuid4())) is None
    assert normalise_ref("K7Q2M-9XA3#") is None


@settings(max_examples=100, deadline=None)
@given(st.uuids())
def test_normalise_ref_round_trips_every_ref(case_id):
    ref = case_ref(case_id)
    assert normalise_ref(ref) == ref
    assert normalise_ref(ref.lower()) == ref
    assert normalise_ref(ref.replace("-", "")) == ref
    assert normalise_ref(ref.replace("0", "O").replace("1", "l")) == ref
