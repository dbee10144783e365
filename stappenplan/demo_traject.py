"""Demo data of the traject area."""


def bouw(demo):
    return None
