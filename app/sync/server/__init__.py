"""The team sync service (docs/sync.md): storage, merge, accounts, blobs, presence, HTTP.

Never imports Qt or `app.services`: it stores operations, it does not run the shop's
rules. Both ends share `app.sync.protocol` and `app.sync.rules`.
"""
