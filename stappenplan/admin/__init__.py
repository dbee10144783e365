from . import analyse, jaarplan, traject  # noqa: F401
