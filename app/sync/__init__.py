"""Offline-first sync (DESIGN.md section 8): protocol, client and server. No Qt here."""
