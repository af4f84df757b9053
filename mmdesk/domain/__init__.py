"""Plain rules of the forum: states, ordering, conflicts. No Qt, no SQL."""
