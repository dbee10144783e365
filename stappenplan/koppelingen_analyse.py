"""Registrations of the analyse area: gate evidence, region page, menu."""
