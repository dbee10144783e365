"""Demo data of the stappenplan app, one part per area."""

from . import demo_analyse, demo_jaarplan, demo_traject


def bouw(demo):
    demo_traject.bouw(demo)
    demo_analyse.bouw(demo)
    demo_jaarplan.bouw(demo)
