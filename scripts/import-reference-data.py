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


# The world map (issue 20): Natural Earth's 1:50m countries (the scale that
# still has the small island states), reduced to what the map draws: each
# country's ISO alpha-2 code, name and outline rings, the points in hundredths
# of a degree, simplified (Douglas-Peucker, 0.08 degree) so the file stays small.
import json


def simplify(points, tolerance):
    """Douglas-Peucker on a ring, iteratively; keeps the first and last points."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, None
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


alpha2_of = {}
with open(out / "countries.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        alpha2_of[row["alpha-3"]] = row["alpha-2"]
# Natural Earth draws these apart from the ISO country they belong to (or
# gives no ISO code): the catalogue counts them with it.
belongs_to = {"SOL": "SO", "CYN": "CY", "KAS": "IN"}
world = json.load(open(ref / "maps/ne_50m_admin_0_countries.json", encoding="utf-8"))
countries = []
for feature in world["features"]:
    p = feature["properties"]
    code = p["ISO_A2"] if p["ISO_A2"] not in ("-99", None, "") else alpha2_of.get(p["ADM0_A3"], "")
    code = belongs_to.get(p["ADM0_A3"], code)
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    rings = []
    for polygon in polygons:
        for ring in polygon[:1]:  # outer rings only: at this size holes are lakes
            reduced = simplify(ring, 0.08)
            if len(reduced) < 4:
                reduced = ring  # a small island keeps its shape
            flat = []
            for x, y in reduced:
                flat += [round(x * 100), round(y * 100)]
            rings.append(flat)
    countries.append({"code": code, "adm0": p["ADM0_A3"], "name": p["NAME"], "rings": rings})
countries.sort(key=lambda c: (c["code"], c["adm0"]))
with open(out / "world-map.json", "w", encoding="utf-8") as f:
    json.dump({"source": "Natural Earth 1:50m admin-0 countries 4.0.0 (public domain), via "
                         "martynafford/natural-earth-geojson 50m/cultural/ne_50m_admin_0_countries.json",
               "units": "hundredths of a degree, longitude then latitude",
               "countries": countries}, f, ensure_ascii=False, separators=(",", ":"))
