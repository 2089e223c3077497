"""The PySide6 user interface: main window, inbox, case view, background work."""
