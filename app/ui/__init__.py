"""The PySide6 user interface: main window, inbox, case view, background work."""

# Before any widget is made: keeps the binding's reference leaks from killing the process.
from app.ui.core import qt_compat  # noqa: F401
