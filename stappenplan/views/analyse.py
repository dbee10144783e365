"""views of the analyse area."""
