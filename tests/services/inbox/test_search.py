"""The search language and full-text search across scripts (DESIGN.md section 4)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.cases.operations import NewCase, add_message, add_note, create_case
from app.services.core.profile import Profile
from app.services.inbox.queries import InboxQuery, QueryProblem, View, case_rowids
from app.services.inbox.search import fts_phrase, parse_query


def _search(profile, text: str, view: View = View.ALL) -> set[str]:
    """The refs a search finds."""
    with profile.engine.connect() as connection:
        rowids = list(case_rowids(connection, InboxQuery(view=view, search=text, agent="tester")))
        if not rowids:
            return set()
        marks = ", ".join("?" for _ in rowids)
        rows = connection.exec_driver_sql(
            f"SELECT subject FROM cases WHERE rowid IN ({marks})", tuple(rowids)
        )
        return {r[0] for r in rows}


# ----------------------------------------------------------------------------- parse_query


def test_parse_query_splits_filters_and_text():
    parsed = parse_query('status:open Reason:defective "wrong  size" belt lang:ko')
    assert parsed.filters == [("status", "open"), ("reason", "defective"), ("lang", "ko")]
    assert parsed.text == "wrong  size belt"


def test_parse_query_quoted_filter_values():
    parsed = parse_query('customer:"Anna Schmidt" tag:vip order:123-1234567-1234567')
    assert parsed.filters == [
        ("customer", "Anna Schmidt"),
        ("tag", "vip"),
        ("order", "123-1234567-1234567"),
    ]
    assert parsed.text == ""


def test_parse_query_keeps_odd_text_with_colons_as_text():
    parsed = parse_query('10:30 http://x.de Note: Заказ:12 주문:3 "col:foo" "unclosed')
    assert parsed.filters == [] and parsed.problems == []
    assert parsed.text == '10:30 http://x.de Note: Заказ:12 주문:3 col:foo "unclosed'
    assert parse_query("").text == ""
    assert parse_query('""').text == ""


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("status:", ["status: needs a value", "status:open"]),
        ("lang: belt", ["lang: needs a value", "lang:ko"]),
        ('tag:""', ["tag: needs a value", "tag:vip"]),
        ("Customer:", ["customer: needs a value"]),
        ("foo:bar", ["no filter foo:", "status, reason, lang", '"foo:bar"']),
        ('col:"x y"', ["no filter col:", '"col:x y"']),
    ],
)
def test_parse_query_names_filters_that_cannot_match(query, words):
    parsed = parse_query(query)
    assert parsed.filters == []
    (problem,) = parsed.problems
    for text in words:
        assert text in problem


def test_a_filter_that_cannot_match_raises_instead_of_matching_nothing(fixed_corpus):
    with fixed_corpus.engine.connect() as connection:
        for search in ("status:", "foo:bar", 'lang:"" belt'):
            with pytest.raises(QueryProblem):
                case_rowids(connection, InboxQuery(view=View.ALL, search=search))


def test_fts_phrase_doubles_quotes():
    assert fts_phrase('say "hi"') == '"say ""hi"""'


# ----------------------------------------------------------------------------- full text


@pytest.fixture
def corpus(profile):
    for subject, body in [
        ("Gürtel zu kurz", "Der Gürtel ist zu kurz, bitte Umtausch."),
        ("벨트가 너무 짧아요", "주문한 벨트가 너무 짧습니다. 교환 가능할까요?"),
        ("皮带太短", "我买的皮带太短了，可以换货吗？"),
        ("الحزام قصير", "الحزام الذي طلبته قصير جدا"),
        ("Ремень короткий", "ПРИВЕТ, ремень оказался коротким."),
        ("Order ok?", 'Is the OK button broken? AND (maybe) NEAR(x y) -foo col:bar * "quoted"'),
    ]:
        create_case(profile, NewCase(subject=subject, body=body))
    return profile


@pytest.mark.parametrize(
    ("query", "subject"),
    [
        ("gürtel", "Gürtel zu kurz"),
        ("GÜRTEL", "Gürtel zu kurz"),
        ("Umtausch", "Gürtel zu kurz"),
        ("짧습니", "벨트가 너무 짧아요"),
        ("교환 가능", "벨트가 너무 짧아요"),
        ("可以换货", "皮带太短"),
        ("买的皮", "皮带太短"),
        ("لحزا", "الحزام قصير"),  # inside a word: Arabic prefixes glue to words
        ("طلبته", "الحزام قصير"),
        ("привет", "Ремень короткий"),
        ("РЕМЕНЬ", "Ремень короткий"),
        ("оказался КОРОТ", "Ремень короткий"),
    ],
)
def test_substring_search_in_every_script(corpus, query, subject):
    assert _search(corpus, query) == {subject}


@pytest.mark.parametrize(
    ("query", "subject"),
    [
        ("벨트", "벨트가 너무 짧아요"),
        ("皮带", "皮带太短"),
        ("ok", "Order ok?"),
        ("OK", "Order ok?"),
    ],
)
def test_short_queries_use_the_substring_fallback(corpus, query, subject):
    assert _search(corpus, query) == {subject}


@pytest.mark.parametrize(
    "query",
    # "col:bar" in quotes: unquoted, col: reads as an unknown filter (a QueryProblem)
    ["AND (", '"', '"quoted"', "*", "NEAR(x y)", "NEAR(", "-foo", '"col:bar"', "OR", "^x", "a*b"],
)
def test_fts_syntax_is_matched_literally(corpus, query):
    found = _search(corpus, query)
    assert found <= {"Order ok?"}
    if query in ("AND (", "NEAR(x y)", "-foo", '"col:bar"', "*", '"quoted"'):
        assert found == {"Order ok?"}


def test_empty_or_nul_text_is_no_text_filter(corpus):
    assert len(_search(corpus, '""')) == 6
    assert len(_search(corpus, "\x00\x00\x00")) == 6
    assert _search(corpus, "gür\x00tel") == {"Gürtel zu kurz"}


def test_search_combines_with_filters(corpus):
    assert _search(corpus, "status:new gürtel") == {"Gürtel zu kurz"}
    assert _search(corpus, "status:resolved gürtel") == set()


def test_search_covers_notes_and_replies_but_not_deleted_messages(profile):
    created = create_case(profile, NewCase(subject="Case"))
    add_note(profile, created.case_id, "internal: refund approved by Jana")
    assert _search(profile, "approved by") == {"Case"}
    add_message(profile, created.case_id, "inbound", "Danke schön")
    assert _search(profile, "schön") == {"Case"}
    with profile.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE messages SET deleted_at = '2026-11-23T10:00:00.000000Z'")
    assert _search(profile, "schön") == set()
    assert _search(profile, "sc") == set()


def test_search_finds_customer_and_order_ids(profile):
    create_case(
        profile,
        NewCase(
            subject="Late",
            customer_name="Hyun-woo Park",
            customer_email="hw@example.kr",
            marketplace="amazon.com",
            order_external_id="111-2223334-4445556",
        ),
    )
    assert _search(profile, "hyun-woo") == {"Late"}
    assert _search(profile, "example.kr") == {"Late"}
    assert _search(profile, "2223334") == {"Late"}


# ----------------------------------------------------------------------------- property

# Scripts whose SQLite trigram case folding agrees with Python's str.casefold().
# (They differ for a few letters: ß -> ss, İ, ligatures like ﬀ, Cherokee; those
# are left out of the alphabet on purpose.)
ALPHABET = st.sampled_from(
    list("abcXYZ019 -.,?'") + list("абвАБВёЁ") + list("가나다") + list("皮带短") + list("حزام")
)
CORPUS = [
    ("Gürtel zu kurz", "abc xyz 019"),
    ("ремень АБВ", "ёЁ абв"),
    ("벨트 가나다", "皮带短 皮带"),
    ("حزام قصير", "-.,?' 가나"),
    ("Xyz Abc", "ZZZ 皮短带"),
]


@pytest.fixture(scope="module")
def fixed_corpus(tmp_path_factory):
    profile = Profile.open(tmp_path_factory.mktemp("corpus"), agent="tester")
    for subject, body in CORPUS:
        create_case(profile, NewCase(subject=subject, body=body))
    yield profile
    profile.close()


def _brute_force(text: str) -> set[str]:
    needle = text.casefold()
    return {s for s, b in CORPUS if needle in s.casefold() or needle in b.casefold()}


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(ALPHABET, min_size=1, max_size=6))
def test_search_equals_a_brute_force_substring_check(fixed_corpus, text):
    parsed = parse_query(text)
    if parsed.filters:
        return
    query = parsed.text
    if not query:
        return
    assert _search(fixed_corpus, query) == _brute_force(query)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30))
def test_any_query_text_never_raises(fixed_corpus, text):
    with fixed_corpus.engine.connect() as connection:
        try:
            case_rowids(connection, InboxQuery(view=View.ALL, search=text))
        except QueryProblem:
            parsed = parse_query(text)
            assert parsed.filters or parsed.problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ['"', "(", ")", "*", "AND", "OR", "NOT", "NEAR", ":", "-", "^", "+", "ab", "皮"]
        ),
        max_size=8,
    )
)
def test_fts_operators_in_any_order_never_raise(fixed_corpus, parts):
    text = " ".join(parts)
    with fixed_corpus.engine.connect() as connection:
        case_rowids(connection, InboxQuery(view=View.ALL, search=text))


def test_short_queries_treat_like_wildcards_literally(profile):
    from app.services.cases import operations as cases
    from app.services.inbox.queries import InboxQuery, View, case_rowids

    discount = cases.create_case(profile, cases.NewCase(subject="Coupon", body="Take 5% off"))
    cases.create_case(profile, cases.NewCase(subject="Fifty", body="Costs 50 euros"))
    with profile.engine.connect() as connection:
        found = case_rowids(connection, InboxQuery(view=View.ALL, search="5%"))
        underscore = case_rowids(connection, InboxQuery(view=View.ALL, search="_5"))
    with profile.engine.connect() as connection:
        rowid = connection.exec_driver_sql(
            "SELECT rowid FROM cases WHERE id = ?", (discount.case_id.bytes,)
        ).scalar_one()
    assert list(found) == [rowid]
    assert list(underscore) == []
