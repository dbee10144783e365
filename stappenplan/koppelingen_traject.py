"""Registrations of the traject area: gate evidence, region page, menu."""
