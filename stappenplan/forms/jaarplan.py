"""forms of the jaarplan area."""
