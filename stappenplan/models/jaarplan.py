"""models of the jaarplan area."""
