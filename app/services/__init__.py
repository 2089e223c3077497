"""Domain rules and operations. No Qt here: the CLI, the UI and sync all call these."""
