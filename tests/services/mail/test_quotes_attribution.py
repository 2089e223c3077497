"""The line that introduces a quoted earlier message is cut with the quote in any language
and mail program, also where no pattern knows its words; a buyer's own line ending in a
colon stays."""

from __future__ import annotations

import pytest

from app.services.mail.quotes import cut_quotes

ATTRIBUTIONS = [
    "في ٢ ديسمبر ٢٠٢٦، كتب Harbour Goods <service@harbour-goods.example>:",
    "في الأربعاء، ٢ ديسمبر ٢٠٢٦ في ١٠:١٥ ص تمت كتابة ما يلي بواسطة Harbour Goods:",
    "ср, 2 дек. 2026 г. в 10:15, Harbour Goods <service@harbour-goods.example>:",
    '02.12.2026, 10:15, "Harbour Goods" <service@harbour-goods.example>:',
    "2 Ara 2026 Çar, 10:15 tarihinde Harbour Goods <service@harbour-goods.example> şunu yazdı:",
    "ב-2 בדצמ׳ 2026, 10:15, מאת Harbour Goods ‏<service@harbour-goods.example>‏:",
]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_an_attribution_line_goes_with_its_quote(attribution):
    text = (
        f"New text from the buyer.\nSecond line.\n\n{attribution}\n> Our earlier answer.\n> More."
    )
    cut = cut_quotes(text)
    assert cut.body == "New text from the buyer.\nSecond line."
    assert cut.quote_cut


def test_a_buyer_line_ending_in_a_colon_without_date_or_address_stays():
    cut = cut_quotes("Hi.\nHere is what I need:\n> size L\n> colour black")
    assert cut.body.splitlines()[:2] == ["Hi.", "Here is what I need:"]


def test_a_message_that_is_only_an_attribution_and_a_quote_is_kept():
    text = "ср, 2 дек. 2026 г. в 10:15, Shop <a@b.example>:\n> Earlier."
    assert "Shop" in cut_quotes(text).body
