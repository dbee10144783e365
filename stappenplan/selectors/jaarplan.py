"""selectors of the jaarplan area."""
