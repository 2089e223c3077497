"""Fixtures of the mail tests: a throwaway Dovecot, a keyring in a temporary file, and the
mailbox account that connects the two (defined in dovecot.py, shared with the UI tests)."""

from tests.services.mail.dovecot import dovecot, mail_account, test_keyring

__all__ = ["dovecot", "mail_account", "test_keyring"]
