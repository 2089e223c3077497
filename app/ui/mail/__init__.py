"""The mail screens: the mailbox page, fetching and its status, mail import, the outbox runner."""
