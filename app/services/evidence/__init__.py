"""Evidence of a case: attaching files, the checklist per reason, bundles and the doctor.

The file store itself (checks, sniffing, content-addressed blobs) is
`app.services.evidence_store`; this package is what the UI and the command
line call.
"""

from app.services.evidence.attach import (
    EVIDENCE_KINDS,
    NOT_ADDED_CANCELLED,
    UNCHANGED,
    AttachResult,
    attach_files,
    remove_evidence,
    restore_evidence,
    update_evidence,
)
from app.services.evidence.checklist import (
    BY_ORDER,
    CHECKLISTS,
    Checklist,
    ChecklistItem,
    case_checklists,
    evidence_checklist,
)
from app.services.evidence.doctor import (
    ORPHAN_RETENTION,
    DoctorReport,
    Problem,
    clean_orphans,
    run_doctor,
)
from app.services.evidence.export import ExportResult, copy_out, export_bundle
from app.services.evidence_store import MARKETPLACE_ATTACHMENT_LIMIT

__all__ = [
    "BY_ORDER",
    "CHECKLISTS",
    "EVIDENCE_KINDS",
    "MARKETPLACE_ATTACHMENT_LIMIT",
    "NOT_ADDED_CANCELLED",
    "ORPHAN_RETENTION",
    "UNCHANGED",
    "AttachResult",
    "Checklist",
    "ChecklistItem",
    "DoctorReport",
    "ExportResult",
    "Problem",
    "attach_files",
    "case_checklists",
    "clean_orphans",
    "copy_out",
    "evidence_checklist",
    "export_bundle",
    "remove_evidence",
    "restore_evidence",
    "run_doctor",
    "update_evidence",
]
