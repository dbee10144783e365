"""forms of the analyse area."""
