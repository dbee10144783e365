"""Demo data of the jaarplan area."""


def bouw(demo):
    return None
