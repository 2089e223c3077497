"""The data layer: tables, the database opener and migrations. No Qt here."""
