# ruff: noqa: E501 - translation tables, one message a line
"""Helper "window-words"'s window strings in French and Spanish (and the English plural forms of
every %n string still unfinished in mmdesk_en.ts). Run after scripts/update-translations.sh, under
the lock of COMMON.md; it rebuilds the three .qm files."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"

#: source → (French, Spanish), filled where unfinished
WORDS = {
    "Reference": ("Référence", "Referencia"),
    "Honorific": ("Titre", "Tratamiento"),
    "Given name": ("Prénom", "Nombre"),
    "Family name": ("Nom", "Apellido"),
    "Full name (split)": ("Nom complet (à séparer)", "Nombre completo (a separar)"),
    "Name on badge": ("Nom sur le badge", "Nombre en la credencial"),
    "Position": ("Fonction", "Cargo"),
    "Organisation": ("Organisation", "Organización"),
    "City": ("Ville", "Ciudad"),
    "Country": ("Pays", "País"),
    "Region": ("Région", "Región"),
    "Category": ("Catégorie", "Categoría"),
    "Gender": ("Genre", "Género"),
    "E-mail": ("Courriel", "Correo electrónico"),
    "Phone": ("Téléphone", "Teléfono"),
    "Languages": ("Langues", "Idiomas"),
    "Dietary needs": ("Régime alimentaire", "Necesidades alimentarias"),
    "Access needs": ("Besoins d'accessibilité", "Necesidades de accesibilidad"),
    "Notes": ("Notes", "Notas"),
    "Accreditation route": ("Voie d’accréditation", "Vía de acreditación"),
    "Accreditation state": ("État de l’accréditation", "Estado de la acreditación"),
    "Tags or product (a route's name nominates)": ("Étiquettes ou produit (le nom d’une voie y inscrit)",
                                                  "Etiquetas o producto (el nombre de una vía inscribe)"),
    "Passport number": ("Numéro de passeport", "Número de pasaporte"),
    "Date of birth": ("Date de naissance", "Fecha de nacimiento"),
    "reprinted": ("réimprimé", "reimpresa"),
    "reprinted: %1": ("réimprimé : %1", "reimpresa: %1"),
    "lost": ("perdu", "perdida"),
    "damaged": ("abîmé", "dañada"),
    "name corrected": ("nom corrigé", "nombre corregido"),
    "Country code": ("Code du pays", "Código del país"),
    "Registered on": ("Inscrit le", "Inscrito el"),
    "Photo file": ("Fichier de la photo", "Archivo de la foto"),
    "Level of representation": ("Niveau de représentation", "Nivel de representación"),
    "Forum exported to %1: %2": ("Forum exporté vers %1 : %2", "Foro exportado a %1: %2"),
}
#: (context, source) → translations replaced even when finished (too long for the widget at
#: 1280×800, or another word than the rest of the window uses)
OVERRIDE = {
    ("CheckInPage", "Scan a badge, or type a name or the badge's six-digit number, then Enter"): (
        None, "Escanee una credencial o escriba un nombre o su número de 6 cifras; luego Intro"),
    ("ImportWizard", "E-mail"): ("Courriel", None),
    # counts as "label: number", so that no "(s)" is needed for one or many
    ("ForumWorkbook", "%1: %2 created, %3 updated"): ("%1 — créés : %2, mis à jour : %3",
                                                      "%1 — creados: %2, actualizados: %3"),
    ("ForumWorkbook", "Route %1: %2 nominated (%3 new), %4 already on the route."): (
        "Voie %1 — proposés : %2 (nouveaux : %3), déjà sur la voie : %4.",
        "Vía %1 — propuestos: %2 (nuevos: %3), ya en la vía: %4."),
}
#: %n sources → ([French one, other], [Spanish one, other])
PLURALS = {
    "Nothing was imported: %n problem(s) in the workbook.": (
        ["Rien n’a été importé : %n problème dans le classeur.", "Rien n’a été importé : %n problèmes dans le classeur."],
        ["No se importó nada: %n problema en el libro.", "No se importó nada: %n problemas en el libro."]),
    "%n room(s)": (["%n salle", "%n salles"], ["%n sala", "%n salas"]),
    "%n route(s)": (["%n voie", "%n voies"], ["%n vía", "%n vías"]),
    "%n session(s)": (["%n séance", "%n séances"], ["%n sesión", "%n sesiones"]),
    "%n delegate(s)": (["%n délégué", "%n délégués"], ["%n delegado", "%n delegados"]),
    "%n letter(s) printed;": (["%n lettre imprimée ;", "%n lettres imprimées ;"],
                              ["%n carta impresa;", "%n cartas impresas;"]),
    "%n delegate(s) left out:": (["%n délégué laissé de côté :", "%n délégués laissés de côté :"],
                                 ["%n delegado omitido:", "%n delegados omitidos:"]),
    "Revocation list as of %1 UTC: %n badge(s) revoked here now, %2 already revoked.": (
        ["Liste de révocation au %1 UTC : %n badge révoqué ici maintenant, %2 déjà révoqués.",
         "Liste de révocation au %1 UTC : %n badges révoqués ici maintenant, %2 déjà révoqués."],
        ["Lista de revocación al %1 UTC: %n credencial revocada aquí ahora, %2 ya revocadas.",
         "Lista de revocación al %1 UTC: %n credenciales revocadas aquí ahora, %2 ya revocadas."]),
}


def english(source: str) -> list[str]:
    """The English one/other forms of a "%n thing(s)" source."""
    return [re.sub(r"\((s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)]


def _set_forms(tr: ET.Element, forms: list[str]) -> None:
    for n in list(tr):
        tr.remove(n)
    tr.text = "\n            "
    for i, f in enumerate(forms):
        e = ET.SubElement(tr, "numerusform")
        e.text = f
        e.tail = "\n            " if i < len(forms) - 1 else "\n        "
    tr.attrib.pop("type", None)


def fill(lang: str) -> list[str]:
    path = TS / f"mmdesk_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    done = []
    for context in tree.getroot().iter("context"):
        for m in context.iter("message"):
            done += _fill_message(lang, context.findtext("name") or "", m)
    head = text[:text.index("<TS")]
    path.write_text(head + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return done


def _fill_message(lang: str, context: str, m: ET.Element) -> list[str]:
    """Fill one message where it is ours (or an English plural); the sources filled."""
    done: list[str] = []
    source = m.findtext("source") or ""
    tr = m.find("translation")
    if tr is None:
        return done
    unfinished = tr.get("type") == "unfinished"
    if m.get("numerus") == "yes":
        if lang == "en":
            if unfinished:
                _set_forms(tr, english(source))
                done.append(source)
        elif source in PLURALS and (unfinished or not list(tr) or not (list(tr)[0].text or "")):
            _set_forms(tr, PLURALS[source][0 if lang == "fr" else 1])
            done.append(source)
    elif lang != "en":
        wanted = OVERRIDE.get((context, source), (None, None))[0 if lang == "fr" else 1]
        if wanted is None and unfinished and source in WORDS:
            wanted = WORDS[source][0 if lang == "fr" else 1]
        if wanted is not None:
            tr.text = wanted
            tr.attrib.pop("type", None)
            done.append(source)
    return done


if __name__ == "__main__":
    sources = sorted(str(p) for p in (ROOT / "mmdesk" / "ui").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(TS / "mmdesk_en.ts"), "-pluralonly",
                    "-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", "en"],
                   check=True, capture_output=True)
    for lang in ("fr", "es", "en"):
        print(lang, "filled:", len(fill(lang)))
        subprocess.run(["pyside6-lrelease", str(TS / f"mmdesk_{lang}.ts"), "-qm", str(TS / f"mmdesk_{lang}.qm")],
                       check=True, capture_output=True)
