"""selectors of the analyse area."""
