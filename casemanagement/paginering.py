"""One way to split a long list into pages: a bounded page size, and page links that keep
every other parameter of the address (filters, sorting)."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator

PARAMETER = "pagina"


@dataclass(frozen=True)
class Paginalink:
    nummer: int | None  # None: a gap ("…")
    url: str = ""
    huidig: bool = False


@dataclass(frozen=True)
class Paginering:
    pagina: Page
    vorige: str | None
    volgende: str | None
    links: list[Paginalink]

    @property
    def rijen(self):
        return self.pagina.object_list

    @property
    def meer_dan_een(self) -> bool:
        return self.pagina.paginator.num_pages > 1


def pagineer(request, rijen, *, per_pagina: int) -> Paginering:
    """The page of `rijen` (a query set: counted and sliced in SQL) asked for in the address.
    A page number that is not a number or out of range gives the first or last page."""
    paginator = Paginator(rijen, per_pagina)
    pagina = paginator.get_page(request.GET.get(PARAMETER))

    def url(nummer: int) -> str:
        params = request.GET.copy()
        params[PARAMETER] = str(nummer)
        return "?" + params.urlencode()

    links = [
        Paginalink(n, url(n), n == pagina.number) if isinstance(n, int) else Paginalink(None)
        for n in paginator.get_elided_page_range(pagina.number, on_each_side=2, on_ends=1)
    ]
    return Paginering(
        pagina=pagina,
        vorige=url(pagina.previous_page_number()) if pagina.has_previous() else None,
        volgende=url(pagina.next_page_number()) if pagina.has_next() else None,
        links=links,
    )
