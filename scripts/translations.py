#!/usr/bin/python3
"""Helps translators work on translations/ssc_LANG.ts without Qt Linguist.

  translations.py update                 run lupdate over src/ into every .ts file
  translations.py todo LANG OUT.json     write the unfinished messages of one language
  translations.py merge LANG IN.json     take translations from IN.json into the .ts,
                                         refusing any whose placeholders differ
  translations.py check                  list unfinished or missing entries; exit 1 if any

A message is keyed by context, source text and disambiguation comment. In the
JSON each entry is {"context", "source", "comment", "numerus", "translation"},
where a numerus (plural) entry's translation is a list with one text per
plural form of the language (Qt's rules: 2 for fr/es/pt, 6 for ar, 3 for ru,
1 for zh_CN).
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / 'translations'
LANGUAGES = ['fr', 'es', 'pt', 'ar', 'zh_CN', 'ru']
PLURAL_FORMS = {'fr': 2, 'es': 2, 'pt': 2, 'ar': 6, 'zh_CN': 1, 'ru': 3, 'en': 2}
LUPDATE = '/usr/lib/qt6/bin/lupdate'
PLACEHOLDER = re.compile(r'%(?:L?\d+|n|Ln)')


def ts_path(lang):
    return TS_DIR / f'ssc_{lang}.ts'


def update():
    for lang in LANGUAGES:
        subprocess.run([LUPDATE, '-no-obsolete', '-locations', 'relative', '-source-language',
                        'en', '-target-language', lang, str(ROOT / 'src'), '-ts',
                        str(ts_path(lang))], check=True)
    subprocess.run([LUPDATE, '-no-obsolete', '-locations', 'none', '-pluralonly',
                    '-source-language', 'en', '-target-language', 'en', str(ROOT / 'src'),
                    '-ts', str(ts_path('en'))], check=True)


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def key(context, message):
    return (context, message.findtext('source') or '', message.findtext('comment') or '')


def unfinished(message):
    tr = message.find('translation')
    if tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return True
    if message.get('numerus') == 'yes':
        forms = tr.findall('numerusform')
        return not forms or any(not (f.text or '').strip() for f in forms)
    return not (tr.text or '').strip()


def todo(lang, out):
    root = ET.parse(ts_path(lang)).getroot()
    items = []
    for context, message in messages(root):
        if unfinished(message):
            c, s, comment = key(context, message)
            items.append({'context': c, 'source': s, 'comment': comment,
                          'numerus': message.get('numerus') == 'yes',
                          'forms': PLURAL_FORMS[lang] if message.get('numerus') == 'yes' else 1,
                          'translation': None})
    Path(out).write_text(json.dumps(items, ensure_ascii=False, indent=1))
    print(f'{len(items)} unfinished messages written to {out}')


def placeholders(text):
    found = set(PLACEHOLDER.findall(text))
    # %Ln and %n are the same number; a form may leave it out when the
    # language's grammar names the number in words (Arabic dual).
    return {p.replace('%Ln', '%n') for p in found}


def problems(source, texts, numerus):
    wanted = placeholders(source)
    out = []
    for t in texts:
        have = placeholders(t)
        if numerus:
            have.discard('%n')
            if (wanted - {'%n'}) != have:
                out.append(f'placeholders {sorted(have)} instead of {sorted(wanted - {"%n"})}')
        elif have != wanted:
            out.append(f'placeholders {sorted(have)} instead of {sorted(wanted)}')
        if source.count('&') and t.count('&') == 0 and re.search(r'&\w', source):
            out.append('the keyboard accelerator (&) is missing')
    return out


def merge(lang, infile):
    tree = ET.parse(ts_path(lang))
    root = tree.getroot()
    entries = json.loads(Path(infile).read_text())
    wanted = {(e['context'], e['source'], e.get('comment') or ''): e for e in entries
              if e.get('translation') not in (None, '', [])}
    taken = refused = 0
    for context, message in messages(root):
        k = key(context, message)
        if k not in wanted:
            continue
        e = wanted[k]
        numerus = message.get('numerus') == 'yes'
        texts = e['translation'] if isinstance(e['translation'], list) else [e['translation']]
        bad = problems(k[1], texts, numerus)
        if numerus and len(texts) != PLURAL_FORMS[lang]:
            bad.append(f'{len(texts)} plural forms instead of {PLURAL_FORMS[lang]}')
        if bad:
            refused += 1
            print(f'refused {k[0]} "{k[1][:60]}": ' + '; '.join(bad), file=sys.stderr)
            continue
        tr = message.find('translation')
        if tr is None:
            tr = ET.SubElement(message, 'translation')
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            for t in texts:
                ET.SubElement(tr, 'numerusform').text = t
        else:
            tr.text = texts[0]
        taken += 1
    ET.indent(tree, space='    ')
    with open(ts_path(lang), 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    print(f'{lang}: {taken} translations taken, {refused} refused, '
          f'{len(wanted) - taken - refused} not found in the .ts')
    return refused == 0


def check():
    bad = 0
    for lang in LANGUAGES:
        root = ET.parse(ts_path(lang)).getroot()
        left = [key(c, m) for c, m in messages(root) if unfinished(m)]
        if left:
            bad += len(left)
            print(f'{lang}: {len(left)} unfinished, first: {left[0]}')
    return bad == 0


if __name__ == '__main__':
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'update':
        update()
    elif cmd == 'todo' and len(sys.argv) == 4:
        todo(sys.argv[2], sys.argv[3])
    elif cmd == 'merge' and len(sys.argv) == 4:
        sys.exit(0 if merge(sys.argv[2], sys.argv[3]) else 1)
    elif cmd == 'check':
        sys.exit(0 if check() else 1)
    else:
        print(__doc__)
        sys.exit(2)
