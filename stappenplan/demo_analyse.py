"""Demo data of the analyse area."""


def bouw(demo):
    return None
