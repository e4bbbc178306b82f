#!/usr/bin/env python3
"""Copies and converts the reference data SSC Catalogue needs from
../shared/reference into data/. Run from the repository root:
    python3 scripts/import-reference-data.py ../shared/reference
Countries and SDG goals are copied unchanged; the DAC sector, currency and SDG
target codelists are converted from IATI codelist XML to CSV (code,name,...)."""
import csv
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
out = Path("data")

shutil.copyfile(ref / "countries/all.csv", out / "countries.csv")
shutil.copyfile(ref / "sdg/sdg-goals-derived.csv", out / "sdg-goals.csv")


def english_name(item):
    for n in item.findall("name/narrative"):
        if n.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en"):
            return (n.text or "").strip()
    return ""


def convert(xml_name, csv_name, with_category, folder="iati-codelists"):
    root = ET.parse(ref / folder / xml_name).getroot()
    with open(out / csv_name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "category", "withdrawn"] if with_category else ["code", "name", "withdrawn"])
        for item in root.iter("codelist-item"):
            code = item.findtext("code").strip()
            withdrawn = "1" if item.get("status") == "withdrawn" else "0"
            row = [code, english_name(item)]
            if with_category:
                row.append((item.findtext("category") or "").strip())
            row.append(withdrawn)
            w.writerow(row)


convert("Sector.xml", "dac-sectors.csv", True)
convert("SectorCategory.xml", "dac-sector-categories.csv", False)
convert("Currency.xml", "currencies.csv", False)
# The editor offers each SDG goal's targets ("3.2") to tick.
convert("UNSDG-Targets.xml", "sdg-targets.csv", False, "sdg")


# The IATI codelists the importer checks codes against (list,code,name,withdrawn).
with open(out / "iati-codelists.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["list", "code", "name", "withdrawn"])
    for name in ["ActivityDateType", "ActivityStatus", "CollaborationType", "Country", "Currency",
                 "DescriptionType", "Language", "OrganisationRole", "OrganisationType", "Region",
                 "Sector", "SectorCategory", "SectorVocabulary", "TagVocabulary", "TransactionType",
                 "Version"]:
        root = ET.parse(ref / "iati-codelists" / (name + ".xml")).getroot()
        for item in root.iter("codelist-item"):
            withdrawn = "1" if item.get("status") == "withdrawn" else "0"
            w.writerow([name, item.findtext("code").strip(), english_name(item), withdrawn])
