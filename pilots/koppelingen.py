"""What the business case and the pilots add to the region's pages."""


def registreer() -> None:
    """The pages are reached from the plan's activities that name them as their tool."""
