"""views of the jaarplan area."""
