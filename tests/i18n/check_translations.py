#!/usr/bin/python3
"""Every translation is complete for the program as it is now.

Runs lupdate over src/ into copies of translations/*.ts (so that a string
added or changed in the code since the last `scripts/translations.py update`
shows up as unfinished), then fails when any message of any language is
unfinished, has the wrong number of plural forms, or has placeholders that
differ from its source. Usage: check_translations.py REPO_ROOT
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
sys.path.insert(0, str(root / 'scripts'))
import translations  # noqa: E402  (the project's own helper)

failures = []
with tempfile.TemporaryDirectory() as tmp:
    for lang in translations.LANGUAGES + ['en']:
        copy = Path(tmp) / f'ssc_{lang}.ts'
        shutil.copy(translations.ts_path(lang), copy)
        args = [translations.LUPDATE, '-no-obsolete', '-locations', 'none', '-target-language',
                lang, str(root / 'src'), '-ts', str(copy)]
        if lang == 'en':
            args.insert(1, '-pluralonly')
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode != 0:
            failures.append(f'lupdate failed for {lang}: {run.stderr}')
            continue
        tree = ET.parse(copy).getroot()
        count = 0
        for context, message in translations.messages(tree):
            count += 1
            c, source, _ = translations.key(context, message)
            where = f'{lang} [{c}] "{source[:70]}"'
            if translations.unfinished(message):
                failures.append(f'{where}: not translated')
                continue
            numerus = message.get('numerus') == 'yes'
            tr = message.find('translation')
            texts = [f.text or '' for f in tr.findall('numerusform')] if numerus else [tr.text or '']
            if numerus and len(texts) != translations.PLURAL_FORMS[lang]:
                failures.append(f'{where}: {len(texts)} plural forms, expected '
                                f'{translations.PLURAL_FORMS[lang]}')
            for problem in translations.problems(source, texts, numerus):
                failures.append(f'{where}: {problem}')
        minimum = 20 if lang == 'en' else 1000
        if count < minimum:
            failures.append(f'{lang}: only {count} messages; did lupdate read src/?')
        print(f'{lang}: {count} messages checked')

for f in failures[:60]:
    print(f)
if failures:
    print(f'{len(failures)} problems; run scripts/translations.py update, then translate '
          f'what `scripts/translations.py todo LANG FILE` lists')
    sys.exit(1)
