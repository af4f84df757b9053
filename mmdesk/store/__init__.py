"""SQLAlchemy 2 models, the engine and the unit of work."""
