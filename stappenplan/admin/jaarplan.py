"""admin of the jaarplan area."""
