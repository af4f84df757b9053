"""A corpus of delegate lists written the way the tools organizers use write them.

The headers and cell formats follow the tools' own exporters: Indico's
generate_spreadsheet_from_registrations (ID, Name "first last", the form's field titles,
"Registration date", "Registration state" as the state's title, "Tags"; countries by their
CLDR English names), pretix's order data export (sheets "Orders", "Order positions",
"Order fees"; the buyer's "Email" beside each position's "Attendee email"; attendee name
parts "Attendee name: Given name"; the position's "Company" and again the invoice's;
countries as ISO codes; the order status in lower case), Google Forms (Timestamp, the
account's "Email Address", the questions as written), Microsoft Forms (ID, Start time,
Completion time, the account's "Email" = "anonymous", "Name" empty, then the questions), a
UN list of participants (merged title rows, a blank row, one merged row per Member State
in UN names), an Excel sheet with a logo and a title above a header on row 3, and French
and Spanish CSV files (semicolons, dates of birth 12/04/1968). The people are invented.

Each builder writes its file into a folder and returns (path, expected people), every
person as (name as it must come out — given and family, or the whole name — , country).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

Person = tuple[str, str, str | None]  # given name, family name, alpha-2 (family "" = kept whole)
Built = tuple[Path, list[Person]]


def _csv(path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


# ---------------------------------------------------------------- Indico

INDICO_PEOPLE = [
    # first, last, title, country as Indico writes it (CLDR English), code, state, tags
    ("Amra", "Hadžić", "Ms", "Bosnia & Herzegovina", "BA", "Complete", "National delegation of Ghana"),
    ("Patrice", "Mbuyi Kalala", "Mr", "Congo - Kinshasa", "CD", "Complete", ""),
    ("Thiri", "Aung", "Dr", "Myanmar (Burma)", "MM", "Pending", ""),
    ("Ka-ming", "Leung", "Mr", "Hong Kong SAR China", "HK", "Complete", "Media"),
    ("Rania", "Khoury", "Ms", "Palestinian Territories", "PS", "Withdrawn", ""),
    ("Adjoua", "Kouassi", "Mrs", "Côte d’Ivoire", "CI", "Rejected", ""),
    ("Marcus", "Joseph", "Mr", "St. Lucia", "LC", "Complete", ""),
    ("Olena", "Bondarenko", "Ms", "Ukraine", "UA", "Complete", ""),
    ("Nils", "Østergaard", "Mr", "Denmark", "DK", "Unpaid", ""),
    ("Ana Clara", "Souza", "Ms", "Brazil", "BR", "Complete", ""),
]


def indico_full(folder: Path) -> Built:
    """Indico's registrant export with the personal data fields and the static columns."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Registrations"  # Indico names it after nothing in particular; mmdesk must not care
    sheet.append(
        [
            "ID",
            "Name",
            "Title",
            "First Name",
            "Last Name",
            "Email Address",
            "Affiliation",
            "Position",
            "Country",
            "Phone",
            "Registration date",
            "Registration state",
            "Tags",
        ]
    )
    for n, (first, last, title, country, _, state, tags) in enumerate(INDICO_PEOPLE, start=1):
        sheet.append(
            [
                n,
                f"{first} {last}",
                title,
                first,
                last,
                f"{first.split()[0].lower()}.{n}@example.org",
                f"City of {last}",
                "Deputy Mayor",
                country,
                f"+1 555 0100 {n:02d}",
                datetime(2026, 3, n, 9, 30),
                state,
                tags,
            ]
        )
    path = folder / "indico_registrations.xlsx"
    book.save(path)
    return path, [(f, la, code) for f, la, _, _, code, _, _ in INDICO_PEOPLE]


INDICO_NAMES = [
    ("José Luis Rodríguez Zapatero", "ES", "Spain"),
    ("Zoë Ó Briain", "IE", "Ireland"),
    ("عبد الله بن سالم", "OM", "Oman"),
    ("Ngozi Okafor", "NG", "Nigeria"),
    ("Chen Wei", "TW", "Taiwan"),
    ("Hyun-woo Park", "KR", "South Korea"),
    ("Ingrid van der Berg", "NL", "Netherlands"),
    ("Lars Nilsson", "SE", "Sweden"),
]


def indico_names_only(folder: Path) -> Built:
    """Indico's default export: one "Name" column (first and last joined by a space)."""
    rows: list[list[object]] = [["ID", "Name", "Email Address", "Country", "Registration state"]]
    for n, (name, _, country) in enumerate(INDICO_NAMES, start=1):
        rows.append([n, name, f"p{n}@example.net", country, "Complete"])
    path = _csv(folder / "indico_names.csv", rows)
    expected = []
    for name, code, _ in INDICO_NAMES:
        words = name.split()
        certain = len(words) == 2
        expected.append((words[0], words[1], code) if certain else (name, "", code))
    return path, expected


# ---------------------------------------------------------------- pretix


def pretix_orders(folder: Path) -> Built:
    """pretix's "Order data" export as one workbook (name scheme title, given, family)."""
    from openpyxl import Workbook

    orders = [
        # order code, buyer e-mail, status, invoice company,
        # attendees (title, given, family, email, company, country)
        (
            "Q7RTX",
            "protocol@accra.example.gov",
            "paid",
            "Accra Metropolitan Assembly",
            [
                (
                    "Hon.",
                    "Kwame",
                    "Asante",
                    "k.asante@accra.example.gov",
                    "Accra Metropolitan Assembly",
                    "GH",
                ),
                ("Ms", "Akosua", "Mensah", "a.mensah@accra.example.gov", "Accra Metropolitan Assembly", "GH"),
                ("Mr", "Yaw", "Boateng", "", "", "GH"),
            ],
        ),
        (
            "B2K9P",
            "office@quito.example.ec",
            "pending",
            "Municipio de Quito",
            [
                (
                    "Sra.",
                    "María Fernanda",
                    "Quishpe",
                    "mf.quishpe@quito.example.ec",
                    "Municipio de Quito",
                    "EC",
                ),
            ],
        ),
        (
            "ZZ81A",
            "events@uclg.example.org",
            "paid",
            "UCLG",
            [
                ("Mr", "Jean-Baptiste", "Ndayisenga", "jb.n@uclg.example.org", "UCLG", "BI"),
                ("Ms", "Leila", "Haddad", "l.haddad@uclg.example.org", "", "LB"),
            ],
        ),
        (
            "CX3MM",
            "someone@press.example.com",
            "canceled",
            "",
            [
                ("Mr", "Tomasz", "Zieliński", "t.z@press.example.com", "Gazeta", "PL"),
            ],
        ),
    ]
    book = Workbook()
    first = book.active
    first.title = "Orders"
    first.append(
        [
            "Event slug",
            "Order code",
            "Order total",
            "Status",
            "Email",
            "Phone number",
            "Order date",
            "Order time",
            "Company",
            "Name",
            "Title",
            "Given name",
            "Family name",
            "Address",
            "ZIP code",
            "City",
            "Country",
            "State",
            "Custom address field",
            "VAT ID",
            "Date of last payment",
            "Fees",
            "Order locale",
            "Invoice numbers",
            "Sales channel",
            "Requires special attention",
            "Comment",
            "Follow-up date",
            "Positions",
            "E-mail address verified",
            "Payment providers",
        ]
    )
    positions = book.create_sheet("Order positions")
    positions.append(
        [
            "Event slug",
            "Order code",
            "Position ID",
            "Status",
            "Email",
            "Phone number",
            "Order date",
            "Order time",
            "Product",
            "Variation",
            "Price",
            "Tax rate",
            "Tax rule",
            "Tax value",
            "Attendee name",
            "Attendee name: Title",
            "Attendee name: Given name",
            "Attendee name: Family name",
            "Attendee email",
            "Company",
            "Address",
            "ZIP code",
            "City",
            "Country",
            "State",
            "Voucher",
            "Pseudonymization ID",
            "Seat ID",
            "Seat name",
            "Seat zone",
            "Seat row",
            "Seat number",
            "Order comment",
            "Follow-up date",
            "Dietary requirements",
            "Company",
            "Invoice address name",
            "Address",
            "ZIP code",
            "City",
            "Country",
            "State",
            "VAT ID",
            "Sales channel",
            "Order locale",
            "E-mail address verified",
            "Payment providers",
        ]
    )
    fees = book.create_sheet("Order fees")
    fees.append(
        [
            "Event slug",
            "Order code",
            "Status",
            "Email",
            "Order date",
            "Order time",
            "Fee type",
            "Description",
            "Price",
            "Tax rate",
            "Tax rule",
            "Tax value",
            "Company",
            "Invoice address name",
            "Address",
            "ZIP code",
            "City",
            "Country",
            "State",
            "VAT ID",
            "Payment providers",
        ]
    )
    expected: list[Person] = []
    for code, buyer, status, company, people in orders:
        payer = people[0]
        first.append(
            [
                "imrf-2026",
                code,
                "0.00",
                status,
                buyer,
                "",
                "2026-02-14",
                "10:12:00",
                company,
                f"{payer[1]} {payer[2]}",
                payer[0],
                payer[1],
                payer[2],
                "1 Main Road",
                "00233",
                "Accra",
                payer[5],
                "",
                "",
                "",
                "",
                "0.00",
                "en",
                "",
                "web",
                "No",
                "",
                "",
                len(people),
                "Yes",
                "",
            ]
        )
        for n, (title, given, family, email, org, country) in enumerate(people, start=1):
            product = "UCLG delegation" if code == "ZZ81A" else "Press" if code == "CX3MM" else "Delegate"
            positions.append(
                [
                    "imrf-2026",
                    code,
                    n,
                    status,
                    buyer,
                    "+233 30 000 0000",
                    "2026-02-14",
                    "10:12:00",
                    product,
                    "",
                    "0.00",
                    "0.00",
                    "",
                    "0.00",
                    f"{title} {given} {family}",
                    title,
                    given,
                    family,
                    email,
                    org,
                    "",
                    "",
                    "",
                    country,
                    "",
                    "",
                    f"PSEUDO{code}{n}",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "vegetarian" if n == 2 else "",
                    company,
                    f"{payer[1]} {payer[2]}",
                    "1 Main Road",
                    "00233",
                    "Accra",
                    payer[5],
                    "",
                    "",
                    "web",
                    "en",
                    "Yes",
                    "Bank transfer",
                ]
            )
            expected.append((given, family, country))
        fees.append(
            [
                "imrf-2026",
                code,
                status,
                buyer,
                "2026-02-14",
                "10:12:00",
                "Service fee",
                "",
                "0.00",
                "0.00",
                "",
                "0.00",
                company,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        )
    path = folder / "pretix_orders.xlsx"
    book.save(path)
    return path, expected


# ---------------------------------------------------------------- forms

FORM_PEOPLE = [
    ("Fatima", "Zahra El Idrissi", "Maroc", "MA"),
    ("Bilal", "Chaudhry", "Pakistan", "PK"),
    ("Sofía", "Gómez", "Argentina", "AR"),
    ("Tendai", "Moyo", "Zimbabwe", "ZW"),
    ("Mele", "Tupou", "Tonga", "TO"),
    ("Dilnoza", "Karimova", "Uzbekistan", "UZ"),
]


def google_forms(folder: Path) -> Built:
    """A Google Form's responses sheet, downloaded as CSV: the questions are the headers."""
    rows: list[list[object]] = [
        [
            "Timestamp",
            "Email Address",
            "First name",
            "Last name",
            "Position / Job title",
            "Institución",
            "City or municipality",
            "Country of residence",
            "Phone number (WhatsApp)",
            "Do you need a visa letter?",
        ]
    ]
    for n, (given, family, country, _) in enumerate(FORM_PEOPLE, start=1):
        rows.append(
            [
                f"2026/03/0{n} 10:2{n}:33 AM GMT+1",
                f"{given.lower()}.{n}@mail.example",
                given,
                family,
                "Councillor",
                f"City Council {n}",
                f"Town {n}",
                country,
                f"+212 600 00{n}",
                "Yes" if n % 2 else "No",
            ]
        )
    return _csv(folder / "google_forms.csv", rows), [(g, f, c) for g, f, _, c in FORM_PEOPLE]


def microsoft_forms(folder: Path) -> Built:
    """A Microsoft Form's responses workbook: the account columns say "anonymous"."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Last modified time",
            "First name",
            "Last name",
            "Email address",
            "Organisation",
            "Country",
        ]
    )
    people = [
        ("Aigerim", "Sultanbekova", "Kazakhstan", "KZ"),
        ("Mateo", "Rossi", "Italia", "IT"),
        ("Nomvula", "Dlamini", "Eswatini", "SZ"),
        ("Kiri", "Walker", "Aotearoa New Zealand", None),
    ]
    for n, (given, family, country, _) in enumerate(people, start=1):
        sheet.append(
            [
                n,
                datetime(2026, 3, n, 8, 0),
                datetime(2026, 3, n, 8, 4),
                "anonymous",
                None,
                None,
                given,
                family,
                f"{family.lower()}@forms.example",
                "Town hall",
                country,
            ]
        )
    path = folder / "microsoft_forms.xlsx"
    book.save(path)
    return path, [(g, f, c) for g, f, _, c in people]


# ---------------------------------------------------------------- UN list of participants

UN_SECTIONS = [
    ("State of Palestine", "PS", [("Mr.", "Khalil", "Nasser", "Mayor", "Municipality of Hebron")]),
    (
        "Iran (Islamic Republic of)",
        "IR",
        [
            ("Ms.", "Shirin", "Rahimi", "Deputy Mayor", "Tehran Municipality"),
            ("Mr.", "Dariush", "Kamali", "Adviser", "Tehran Municipality"),
        ],
    ),
    (
        "China, Hong Kong Special Administrative Region",
        "HK",
        [("Ms.", "Mei Ling", "Chan", "Director", "Home Affairs Department")],
    ),
    ("Republic of Korea", "KR", [("Mr.", "Joon-ho", "Lee", "Mayor", "Ansan City")]),
    ("Holy See", "VA", [("Rev.", "Paolo", "Bernardi", "Observer", "Holy See Mission")]),
    (
        "Democratic Republic of the Congo",
        "CD",
        [("Mme", "Grâce", "Ilunga", "Bourgmestre", "Commune de Gombe")],
    ),
    ("Bolivia (Plurinational State of)", "BO", [("Sra.", "Wara", "Mamani", "Concejala", "GAM La Paz")]),
]


def un_list(folder: Path) -> Built:
    """A UN list of participants: merged title rows, a blank row, then one merged row per
    Member State (its UN name) above its people."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "LoP"
    sheet["A1"] = "United Nations"
    sheet["A2"] = "International Migration Review Forum — Mayors' segment"
    sheet["A3"] = "Provisional list of participants"
    for r in (1, 2, 3):
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    sheet.append([])  # row 4 stays blank
    sheet.cell(5, 1, "Title")
    for c, header in enumerate(["Title", "First name", "Family name", "Function", "Organization"], start=1):
        sheet.cell(5, c, header)
    row = 6
    expected: list[Person] = []
    for name, code, people in UN_SECTIONS:
        sheet.cell(row, 1, name.upper() if code in ("IR", "KR") else name)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        row += 1
        for person in people:
            for c, value in enumerate(person, start=1):
                sheet.cell(row, c, value)
            expected.append((person[1], person[2], code))
            row += 1
    path = folder / "un_list_of_participants.xlsx"
    book.save(path)
    return path, expected


# ---------------------------------------------------------------- a sheet with a logo


def logo_sheet(folder: Path) -> Built:
    """A city's own sheet: a logo and a title above the header, which is on row 3."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from PIL import Image as PilImage

    book = Workbook()
    sheet = book.active
    sheet.title = "Delegation"
    png = BytesIO()
    PilImage.new("RGB", (120, 40), (21, 101, 192)).save(png, format="PNG")
    png.seek(0)
    sheet.add_image(Image(png), "A1")
    sheet["C1"] = "City of Kumasi — delegation to the Mayoral Forum"
    people = [
        ("Abena", "Owusu", "Ghana", "GH"),
        ("Kojo", "Asamoah", "GHA", "GH"),
        ("Amadou", "Traoré", "Côte d'Ivoire", "CI"),
        ("Efua", "Sarpong", "288", "GH"),
        ("Kofi", "Annan-Mensah", "Atlantis", None),
    ]
    sheet.append([])
    for c, header in enumerate(["Nº", "Given name", "Family name", "City", "Country", "E-mail"], start=1):
        sheet.cell(3, c, header)
    for n, (given, family, country, _) in enumerate(people, start=1):
        for c, value in enumerate(
            [n, given, family, "Kumasi", country, f"{given.lower()}@kumasi.example.gh"], start=1
        ):
            sheet.cell(3 + n, c, value)
    path = folder / "kumasi_with_logo.xlsx"
    book.save(path)
    return path, [(g, f, c) for g, f, _, c in people]


# ---------------------------------------------------------------- French and Spanish lists


def french_csv(folder: Path) -> Built:
    """A French list: semicolons, Windows-1252, dates of birth day first."""
    people = [
        ("M.", "Jean-Pierre", "Lefèvre", "Russie", "RU", "12/04/1968"),
        ("Mme", "Aïcha", "Diop", "Sénégal", "SN", "31/03/1975"),
        ("Mme", "Béatrice", "Kabila", "République démocratique du Congo", "CD", "01/02/1980"),
        ("M.", "Yao", "Koffi", "Côte d'Ivoire", "CI", "05/11/1971"),
        ("M.", "Karim", "Benali", "Maroc", "MA", ""),
    ]
    rows: list[list[object]] = [
        [
            "Civilité",
            "Prénom",
            "Nom",
            "Fonction",
            "Organisme",
            "Ville",
            "Pays",
            "Courriel",
            "Date de naissance",
        ]
    ]
    for n, (hon, given, family, country, _, born) in enumerate(people, start=1):
        rows.append(
            [
                hon,
                given,
                family,
                "Maire adjoint",
                f"Mairie {n}",
                f"Ville {n}",
                country,
                f"{family.lower()}.{n}@mairie.example.fr",
                born,
            ]
        )
    path = _csv(folder / "liste_fr.csv", rows, delimiter=";", encoding="cp1252")
    return path, [(g, f, c) for _, g, f, _, c, _ in people]


def spanish_csv(folder: Path) -> Built:
    """A Spanish list: semicolons, UTF-8 with a BOM, English form questions mixed in."""
    people = [
        ("Lucía", "Fernández Ortega", "Rusia", "RU", "12/04/1968"),
        ("Pedro", "Mukendi", "República Democrática del Congo", "CD", "31/03/1975"),
        ("Valentina", "Rojas", "México", "MX", "07/07/1979"),
        ("Diego", "Quispe", "Perú", "PE", ""),
        ("Carmen", "Tshisekedi", "DR Congo", "CD", "23/09/1966"),
        ("Joaquín", "Ávila", "Estados Unidos", "US", "15/01/1970"),
    ]
    rows: list[list[object]] = [
        [
            "Nombre",
            "Apellidos",
            "Institución",
            "Position / Job title",
            "Ciudad",
            "Country of residence",
            "Phone number (WhatsApp)",
            "Correo electrónico",
            "Fecha de nacimiento",
        ]
    ]
    for n, (given, family, country, _, born) in enumerate(people, start=1):
        rows.append(
            [
                given,
                family,
                f"Alcaldía {n}",
                "Concejal",
                f"Ciudad {n}",
                country,
                f"+52 55 0000 000{n}",
                f"{given.lower()}.{n}@alcaldia.example.mx",
                born,
            ]
        )
    path = _csv(folder / "lista_es.csv", rows, delimiter=";", encoding="utf-8-sig")
    return path, [(g, f, c) for g, f, _, c, _ in people]


BUILDERS: dict[str, Callable[[Path], Built]] = {
    "indico": indico_full,
    "indico names": indico_names_only,
    "pretix": pretix_orders,
    "google forms": google_forms,
    "microsoft forms": microsoft_forms,
    "un list": un_list,
    "logo sheet": logo_sheet,
    "french": french_csv,
    "spanish": spanish_csv,
}


def build_all(folder: Path) -> dict[str, Built]:
    """Every file of the corpus, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder) for name, build in BUILDERS.items()}
