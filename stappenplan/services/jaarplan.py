"""services of the jaarplan area."""
