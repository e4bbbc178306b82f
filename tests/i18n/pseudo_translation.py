#!/usr/bin/python3
"""Writes a pseudo-translation of a complete .ts file: every text made 40%
longer and its letters accented, placeholders, markup and accelerators kept,
so that a GUI test can find labels and buttons too narrow for a longer
language. Usage: pseudo_translation.py IN.ts OUT.ts
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans('aceinouyAEIOUCN', 'áçéîñöüýÅÉÎÖÜÇÑ')
# Placeholders, HTML tags and entities, accelerators, and printf-like words
# are kept as they are; the text between them is accented.
KEEP = re.compile(r'(%L?\d+|%L?n|<[^>]+>|&[a-zA-Z]+;|&&|&(?=\w))')


def pseudo(text):
    if not text:
        return text
    parts = KEEP.split(text)
    out = ''.join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    visible = len(re.sub(r'<[^>]+>', '', text))
    padding = math.ceil(visible * 0.4)
    # Lengthen each line, so that multi-line texts grow in width too.
    lines = out.split('\n')
    per_line = max(1, math.ceil(padding / len(lines)))
    return '\n'.join(line + '·' * per_line if line.strip() else line for line in lines)


tree = ET.parse(sys.argv[1])
root = tree.getroot()
for message in root.iter('message'):
    source = message.findtext('source') or ''
    tr = message.find('translation')
    if tr is None:
        tr = ET.SubElement(message, 'translation')
    tr.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        for child in list(tr):
            tr.remove(child)
        for _ in range(2):
            ET.SubElement(tr, 'numerusform').text = pseudo(source)
    else:
        tr.text = pseudo(source)
root.set('language', 'fr')
tree.write(sys.argv[2], encoding='utf-8', xml_declaration=True)
