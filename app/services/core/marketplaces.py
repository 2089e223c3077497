"""The marketplaces the workbench knows, and the shape of their order ids."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.core.errors import InvalidInput


@dataclass(frozen=True)
class Marketplace:
    code: str  # the store's domain, e.g. "amazon.de"
    country: str  # ISO 3166 alpha-2
    currency: str
    timezone: str
    default_locale: str


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        Marketplace("amazon.com", "US", "USD", "America/Los_Angeles", "en-US"),
        Marketplace("amazon.ca", "CA", "CAD", "America/Toronto", "en-CA"),
        Marketplace("amazon.co.uk", "GB", "GBP", "Europe/London", "en-GB"),
        Marketplace("amazon.de", "DE", "EUR", "Europe/Berlin", "de-DE"),
        Marketplace("amazon.fr", "FR", "EUR", "Europe/Paris", "fr-FR"),
        Marketplace("amazon.it", "IT", "EUR", "Europe/Rome", "it-IT"),
        Marketplace("amazon.es", "ES", "EUR", "Europe/Madrid", "es-ES"),
        Marketplace("amazon.nl", "NL", "EUR", "Europe/Amsterdam", "nl-NL"),
        Marketplace("amazon.se", "SE", "SEK", "Europe/Stockholm", "sv-SE"),
        Marketplace("amazon.pl", "PL", "PLN", "Europe/Warsaw", "pl-PL"),
        Marketplace("amazon.com.be", "BE", "EUR", "Europe/Brussels", "fr-BE"),
        Marketplace("amazon.co.jp", "JP", "JPY", "Asia/Tokyo", "ja-JP"),
        Marketplace("amazon.in", "IN", "INR", "Asia/Kolkata", "en-IN"),
        Marketplace("amazon.ae", "AE", "AED", "Asia/Dubai", "ar-AE"),
        Marketplace("amazon.sa", "SA", "SAR", "Asia/Riyadh", "ar-SA"),
    )
}

_AMAZON_ORDER = re.compile(r"\d{3}-\d{7}-\d{7}")


# A country code names its marketplace too (`--marketplace DE`); UK is the usual name of GB.
BY_COUNTRY: dict[str, str] = {m.country: m.code for m in MARKETPLACES.values()} | {
    "UK": "amazon.co.uk"
}


def check_marketplace(code: str | None) -> str | None:
    """The marketplace's code (its store domain) from a code or a country code; None for
    none; InvalidInput naming the known ones for anything else."""
    if code is None or code == "":
        return None
    text = code.strip()
    by_country = BY_COUNTRY.get(text.upper())
    if by_country is not None:
        return by_country
    text = text.lower()
    if text.startswith("www."):
        text = text[4:]
    if text not in MARKETPLACES:
        known = ", ".join(sorted(MARKETPLACES))
        countries = ", ".join(sorted(BY_COUNTRY))
        raise InvalidInput(
            f"Unknown marketplace {code!r}. Known marketplaces: {known} "
            f"(or their country codes: {countries})."
        )
    return text


def check_order_id(marketplace: str | None, order_id: str) -> str:
    order_id = order_id.strip()
    if not order_id:
        raise InvalidInput("The order id is empty.")
    if marketplace and marketplace.startswith("amazon.") and not _AMAZON_ORDER.fullmatch(order_id):
        raise InvalidInput(
            f"{order_id!r} is not an Amazon order id; they look like 123-1234567-1234567."
        )
    return order_id
