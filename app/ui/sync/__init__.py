"""Team sync in the window: the background runner, the status-bar indicator, the sign-in
page, conflict notices and the presence line (docs/sync.md)."""
