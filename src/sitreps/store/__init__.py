"""The event store: SQLite by default, PostgreSQL + PostGIS for teams, one code path (SQLAlchemy 2)."""
