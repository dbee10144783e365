"""models of the analyse area."""
