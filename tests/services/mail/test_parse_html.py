"""HTML to text: no script, style or remote content; alternatives prefer text/plain."""

from __future__ import annotations

from app.services.mail.html_text import html_to_text
from app.services.mail.parse import parse_mail


def test_html_is_text_without_script_style_images_or_frames():
    text, flags = html_to_text(
        "<html><head><style>p{color:red}</style><script>steal()</script></head><body>"
        "<p>Lid <b>broken</b></p><img src='http://t.example/p.gif' alt='pixel'>"
        "<iframe src='http://x.example'>inner</iframe><svg><text>svg</text></svg>"
        "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>"
        "</body></html>"
    )
    assert flags == ()
    for hidden in ("steal", "color", "pixel", "http", "inner", "svg"):
        assert hidden not in text
    assert "Lid broken" in text
    assert "* one" in text
    assert "a  b" in text


def test_html_nested_deeper_than_lxml_allows_still_gives_its_words():
    text, flags = html_to_text("<div>" * 400 + "deep <script>x()</script>words" + "</div>" * 400)
    assert text.strip() == "deep words"
    assert flags == ("html_fallback",)


def test_huge_html_is_cut_and_flagged():
    text, flags = html_to_text("<p>" + "word " * 300_000 + "</p>")
    assert "html_truncated" in flags
    assert text.startswith("word word")


def test_alternative_prefers_plain_text_and_keeps_inline_named_images():
    raw = (
        b"From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="a"\r\n\r\n'
        b"--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n"
        b'--a\r\nContent-Type: multipart/related; boundary="r"\r\n\r\n'
        b"--r\r\nContent-Type: text/html\r\n\r\n<p>html words</p><img src=cid:i1>\r\n"
        b"--r\r\nContent-Type: image/png\r\nContent-ID: <i1>\r\n\r\nlogo\r\n"
        b'--r\r\nContent-Type: image/jpeg\r\nContent-Disposition: inline; filename="box.jpg"\r\n'
        b"\r\nphoto\r\n--r--\r\n--a--\r\n"
    )
    mail = parse_mail(raw)
    assert mail.full_text == "plain words"
    assert "html_only" not in mail.flags
    assert [a.filename for a in mail.attachments] == ["box.jpg"]


def test_alternative_without_plain_text_uses_html():
    raw = (
        b"From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="a"\r\n\r\n'
        b"--a\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n"
        + "<p>Крышка <i>треснула</i></p><script>x</script>".encode("cp1251")
        + b"\r\n--a--\r\n"
    )
    mail = parse_mail(raw)
    assert mail.body == "Крышка треснула"
    assert "html_only" in mail.flags
