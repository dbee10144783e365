"""Registrations of the jaarplan area: gate evidence, region page, menu."""
