"""Use cases shared by the window and the command line; one DB session per call, no Qt."""
