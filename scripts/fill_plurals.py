# ruff: noqa: E501 - translation tables, one message a line
"""The plural forms of the window (Qt %n strings) in French, Spanish and English (mmdesk_en.ts
holds only plurals), and helper K's new window strings. Run after scripts/update-translations.sh,
under the lock of COMMON.md; it rebuilds the .qm files."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path("/work/main")
TS = ROOT / "resources" / "translations"
PLURALS = {
    "%n nomination(s)": (["%n candidature", "%n candidatures"], ["%n nominación", "%n nominaciones"]),
    "Reason for %n nomination(s):": (["Motif pour %n candidature :", "Motif pour %n candidatures :"],
                                     ["Motivo para %n nominación:", "Motivo para %n nominaciones:"]),
    "Only the %n selected delegate(s)": (["Seulement le délégué sélectionné", "Seulement les %n délégués sélectionnés"],
                                         ["Solo el delegado seleccionado", "Solo los %n delegados seleccionados"]),
    "%n change(s)": (["%n modification", "%n modifications"], ["%n cambio", "%n cambios"]),
    "%n delegate(s)": (["%n délégué", "%n délégués"], ["%n delegado", "%n delegados"]),
    "Delete %n delegate(s) with their accreditations, badges and speaking slots? This cannot be undone.": (
        ["Supprimer %n délégué avec ses accréditations, badges et interventions ? Impossible à annuler.",
         "Supprimer %n délégués avec leurs accréditations, badges et interventions ? Impossible à annuler."],
        ["¿Eliminar %n delegado con sus acreditaciones, credenciales e intervenciones? No se puede deshacer.",
         "¿Eliminar %n delegados con sus acreditaciones, credenciales e intervenciones? No se puede deshacer."]),
    "All %n delegate(s)": (["Le seul délégué (%n)", "Tous les %n délégués"], ["El único delegado (%n)", "Todos los %n delegados"]),
    "The %n delegate(s) the filters show": (["Le délégué affiché par les filtres (%n)", "Les %n délégués affichés par les filtres"],
                                            ["El delegado que muestran los filtros (%n)", "Los %n delegados que muestran los filtros"]),
    "The %n selected delegate(s)": (["Le délégué sélectionné (%n)", "Les %n délégués sélectionnés"],
                                    ["El delegado seleccionado (%n)", "Los %n delegados seleccionados"]),
    "%n session(s) would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.": (
        ["%n séance tomberait hors de ces jours : %1%2. Déplacez-la ou supprimez-la d’abord, ou gardez des jours qui la contiennent.",
         "%n séances tomberaient hors de ces jours : %1%2. Déplacez-les ou supprimez-les d’abord, ou gardez des jours qui les contiennent."],
        ["%n sesión quedaría fuera de estos días: %1%2. Muévala o elimínela primero, o mantenga días que la incluyan.",
         "%n sesiones quedarían fuera de estos días: %1%2. Muévalas o elimínelas primero, o mantenga días que las incluyan."]),
    "%n session(s) exported to %1": (["%n séance exportée vers %1", "%n séances exportées vers %1"],
                                     ["%n sesión exportada a %1", "%n sesiones exportadas a %1"]),
    "… and %n more page(s)": (["… et %n page de plus", "… et %n pages de plus"], ["… y %n página más", "… y %n páginas más"]),
    "%n page(s)": (["%n page", "%n pages"], ["%n página", "%n páginas"]),
    "Delete “%1” with its %n speaker(s)? Edit › Undo brings it back.": (
        ["Supprimer « %1 » avec son intervenant ? Édition › Annuler la rétablit.",
         "Supprimer « %1 » avec ses %n intervenants ? Édition › Annuler la rétablit."],
        ["¿Eliminar «%1» con su orador? Editar › Deshacer la recupera.",
         "¿Eliminar «%1» con sus %n oradores? Editar › Deshacer la recupera."]),
    "Version %1 was released on %2 by %3; %n change(s) since then.": (
        ["La version %1 a été publiée le %2 par %3 ; %n modification depuis.",
         "La version %1 a été publiée le %2 par %3 ; %n modifications depuis."],
        ["La versión %1 se publicó el %2 por %3; %n cambio desde entonces.",
         "La versión %1 se publicó el %2 por %3; %n cambios desde entonces."]),
    "%n badge(s) handed over": (["%n badge remis", "%n badges remis"], ["%n credencial entregada", "%n credenciales entregadas"]),
    "%n printed badge(s) of this delegation waiting:": (
        ["%n badge imprimé de cette délégation en attente :", "%n badges imprimés de cette délégation en attente :"],
        ["%n credencial impresa de esta delegación en espera:", "%n credenciales impresas de esta delegación en espera:"]),
    "%n error(s)": (["%n erreur", "%n erreurs"], ["%n error", "%n errores"]),
    "%n warning(s)": (["%n alerte", "%n alertes"], ["%n advertencia", "%n advertencias"]),
}
#: helper K's new window strings
MINE = {
    "Times in the event's time zone (%1)": ("Heures dans le fuseau horaire de l’événement (%1)",
                                            "Horas en la zona horaria del evento (%1)"),
    "4 A6 badges on A4, with crop marks": ("4 badges A6 sur A4, avec traits de coupe", "4 credenciales A6 en A4, con marcas de corte"),
    "8 A7 badges on A4 landscape, with crop marks": ("8 badges A7 sur A4 à l’italienne, avec traits de coupe", "8 credenciales A7 en A4 apaisado, con marcas de corte"),
    "A6 badge with photo (105 × 148 mm)": ("Badge A6 avec photo (105 × 148 mm)", "Credencial A6 con foto (105 × 148 mm)"),
    "A6 badge (105 × 148 mm)": ("Badge A6 (105 × 148 mm)", "Credencial A6 (105 × 148 mm)"),
    "A7 badge (74 × 105 mm)": ("Badge A7 (74 × 105 mm)", "Credencial A7 (74 × 105 mm)"),
    "ID-1 card with photo (85.6 × 54 mm)": ("Carte ID-1 avec photo (85,6 × 54 mm)", "Tarjeta ID-1 con foto (85,6 × 54 mm)"),
    "ID-1 card (85.6 × 54 mm)": ("Carte ID-1 (85,6 × 54 mm)", "Tarjeta ID-1 (85,6 × 54 mm)"),
    "Label 4 × 3 in (Zebra, 101.6 × 76.2 mm)": ("Étiquette 4 × 3 po (Zebra, 101,6 × 76,2 mm)", "Etiqueta 4 × 3 pulg. (Zebra, 101,6 × 76,2 mm)"),
    "Label 62 × 100 mm (Brother QL, 62 mm continuous)": ("Étiquette 62 × 100 mm (Brother QL, rouleau continu de 62 mm)", "Etiqueta 62 × 100 mm (Brother QL, rollo continuo de 62 mm)"),
}


def english(source: str) -> list[str]:
    """English singular and plural of a "(s)" source."""
    one = source.replace("All %n delegate(s)", "The only delegate (%n)")
    one = re.sub(r"\((s|es)\)", "", one)
    other = re.sub(r"\((s|es)\)", r"\1", source)
    if source.startswith("Only the %n selected"):
        one = "Only the selected delegate"
    elif source.startswith("The %n selected"):
        one = "The selected delegate (%n)"
    elif source.startswith("The %n delegate(s) the filters show"):
        one = "The delegate the filters show (%n)"
    elif "%n speaker(s)" in source:
        one = source.replace("with its %n speaker(s)", "with its speaker")
    return [one, other]


def fill(lang: str) -> list[str]:
    path = TS / f"mmdesk_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    left = []
    for m in tree.getroot().iter("message"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        if m.get("numerus") == "yes":
            forms = english(source) if lang == "en" else (PLURALS.get(source, (None, None))[0 if lang == "fr" else 1])
            if forms is None:
                left.append(source)
                continue
            for n in list(tr):
                tr.remove(n)
            tr.text = "\n            "
            for i, f in enumerate(forms):
                e = ET.SubElement(tr, "numerusform")
                e.text = f
                e.tail = "\n            " if i < len(forms) - 1 else "\n        "
            tr.attrib.pop("type", None)
        elif lang != "en" and source in MINE and tr.get("type") == "unfinished":
            tr.text = MINE[source][0 if lang == "fr" else 1]
            tr.attrib.pop("type", None)
    head = text[:text.index("<TS")]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(head + body + "\n", encoding="utf-8")
    return left


if __name__ == "__main__":
    sources = sorted(str(p) for p in (ROOT / "mmdesk" / "ui").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(TS / "mmdesk_en.ts"), "-pluralonly",
                    "-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", "en"],
                   check=True, capture_output=True)
    for lang in ("fr", "es", "en"):
        left = fill(lang)
        print(lang, "numerus left:", left)
        subprocess.run(["pyside6-lrelease", str(TS / f"mmdesk_{lang}.ts"), "-qm", str(TS / f"mmdesk_{lang}.qm")],
                       check=True, capture_output=True)
