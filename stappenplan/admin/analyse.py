"""admin of the analyse area."""
