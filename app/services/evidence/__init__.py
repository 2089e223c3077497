"""Evidence of a case: attaching files, the checklist per reason, bundles and the doctor.

The file store itself (checks, sniffing, content-addressed blobs) is
`app.services.evidence.store`; this package is what the UI and the command
line call.
"""
