"""Mail for the workbench, without Qt or a database.

`model` holds the parsed shape of one message (`ParsedMail`, `MailAttachment`)
and `MailRefused`; `parse.parse_mail(raw)` turns the raw bytes of one RFC 5322
message into that shape. Intake, IMAP fetch and the outbox build on these.
"""
