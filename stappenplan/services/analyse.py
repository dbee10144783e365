"""services of the analyse area."""
