"""Demo data of the jaarplan area: a draft jaarplan of Regio Voorbeeld for the current year."""

from datetime import date, timedelta

from django.utils import timezone

from .models.jaarplan import GeplandeHerziening, Jaarplan, JaarplanKanaal
from .services import jaarplan as services

HERZIENINGEN = [
    # onderwerp, soort, eigenaar, over hoeveel dagen, toelichting
    (
        "Verwijskaart",
        GeplandeHerziening.Soort.INSTRUMENT,
        "coordinator@example.org",
        140,
        "Met de eigenaren van de vermeldingen; daarna een nieuwe versie publiceren en verspreiden.",
    ),
    (
        "Ontwikkelscan: herhaalmeting",
        GeplandeHerziening.Soort.INSTRUMENT,
        "coordinator@example.org",
        200,
        "Zelfde vragenlijst als de nulmeting, zodat de verandering zichtbaar wordt.",
    ),
    (
        "Patiëntjourneys met de patiëntvertegenwoordiging",
        GeplandeHerziening.Soort.INSTRUMENT,
        "patient@example.org",
        90,
        "Loopt de route na ontslag nu zoals afgesproken?",
    ),
    (
        "SMARTI-doel: casemanager binnen 10 werkdagen na ontslag",
        GeplandeHerziening.Soort.UITKOMST,
        "teamlid@example.org",
        120,
        "Meting over de eerste helft van het jaar.",
    ),
    (
        "Ervaringen van naasten met het casemanagement",
        GeplandeHerziening.Soort.UITKOMST,
        None,
        60,
        "Korte vragenlijst via de hersenletselvereniging.",
    ),
]

VERVOLGSTAPPEN = [
    (
        "Casemanagement ook aanbieden aan mensen met traumatisch hersenletsel die niet zijn opgenomen.",
        True,
        "coordinator@example.org",
        220,
    ),
    (
        "Afspraken over overdracht met de huisartsenpost vastleggen.",
        False,
        "huisarts@example.org",
        130,
    ),
]


def bouw(demo):
    regio = demo.voorbeeld
    vandaag = timezone.localdate()
    jaar = vandaag.year
    if Jaarplan.objects.filter(regio=regio, jaar=jaar).exists():
        demo.log.append("Jaarplan: bestond al")
        return
    plan = services.jaarplan_aanmaken(regio=regio, jaar=jaar)
    services.jaarplan_opslaan(
        jaarplan=plan,
        data={
            "resultaten": (
                "Mensen met hersenletsel die uit het ziekenhuis of de revalidatie naar huis gaan, "
                "krijgen een vaste NAH-casemanager. Huisartsen, wijkverpleging en het Wmo-loket "
                "weten via de verwijskaart waar zij naartoe verwijzen. Naasten worden vanaf de "
                "opname gewezen op cliëntondersteuning en lotgenotencontact."
            ),
            "kanalen": [
                JaarplanKanaal.NIEUWSBRIEF,
                JaarplanKanaal.WEBSITES,
                JaarplanKanaal.INTRANET,
                JaarplanKanaal.BIJEENKOMST,
            ],
            "kanalen_toelichting": (
                "Vier keer per jaar een nieuwsbrief van het netwerk; de verwijskaart staat op de "
                "websites en het intranet van de partners. In het najaar een netwerkbijeenkomst."
            ),
            "samenwerkingsovereenkomst": (
                "Ziekenhuis De Linde, Revalidatiecentrum Het Anker, Thuiszorg Dichtbij en de "
                "gemeente tekenen een samenwerkingsovereenkomst voor drie jaar."
            ),
            "overlegstructuur": (
                "Het implementatieteam blijft als regionaal NAH-overleg bestaan en komt zes keer "
                "per jaar bijeen; de bestuurders één keer per jaar."
            ),
            "financiering": "",
            "evaluatie_datum": max(vandaag + timedelta(days=21), date(jaar, 12, 1)),
        },
    )
    for onderwerp, soort, email, dagen, toelichting in HERZIENINGEN:
        services.herziening_opslaan(
            jaarplan=plan,
            data={
                "onderwerp": onderwerp,
                "soort": soort,
                "eigenaar": demo.users[email] if email else None,
                "datum": vandaag + timedelta(days=dagen),
                "toelichting": toelichting,
            },
        )
    for omschrijving, cyclus, email, dagen in VERVOLGSTAPPEN:
        services.vervolgstap_opslaan(
            jaarplan=plan,
            data={
                "omschrijving": omschrijving,
                "nieuwe_cyclus": cyclus,
                "eigenaar": demo.users[email],
                "streefdatum": vandaag + timedelta(days=dagen),
            },
        )
    demo.log.append(f"Jaarplan {jaar}: concept met {len(HERZIENINGEN)} herzieningen")
