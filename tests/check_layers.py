#!/usr/bin/env python3
"""Checks that the code's layers point one way.

src/core's folders are layers, lowest first (LAYERS); a file may include
only from its own folder and the folders before it. Core includes no
widgets, and above core: report below cli and gui, cli and gui apart.
SQL text (a string starting with SELECT, INSERT INTO, ...) appears only in
core/storage. Prints each breach as file:line and exits 1 when there is one.
"""
import os
import re
import sys

LAYERS = ['base', 'domain', 'query', 'storage', 'index', 'io/format', 'io/iati', 'io/csv',
          'io/json', 'io', 'generator', 'catalogue', 'team']
# Above core: what each top-level folder may include besides core.
TOP = {'core': set(), 'report': set(), 'cli': {'report'}, 'gui': {'report'}}
INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]([^">]+)[">]')
SQL = re.compile(r'"\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL)|'
                 r'DROP (TABLE|INDEX)|PRAGMA)\b')


def layer_of(path):
    """The core layer a path below src/core belongs to (longest match)."""
    best = None
    for layer in LAYERS:
        if path == layer or path.startswith(layer + '/'):
            if best is None or len(layer) > len(best):
                best = layer
    return best


def main(src):
    breaches = []
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(('.h', '.cpp')):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, src)
            top = rel.split('/')[0]
            here = layer_of(os.path.dirname(rel)[len('core/'):]) if top == 'core' else None
            if top == 'core' and here is None:
                breaches.append('%s: in no layer of core (add its folder to LAYERS)' % rel)
                continue
            with open(full, encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    where = '%s:%d' % (rel, number)
                    m = INCLUDE.match(line)
                    if m:
                        target = m.group(1)
                        if top == 'core' and re.match(r'Q(t?Widgets|Widget|Dialog|MainWindow|MessageBox)\b', target):
                            breaches.append('%s: core includes widgets (%s)' % (where, target))
                        first = target.split('/')[0]
                        if first == 'core' and top == 'core':
                            there = layer_of(os.path.dirname(target)[len('core/'):])
                            if there is None or LAYERS.index(there) > LAYERS.index(here):
                                breaches.append('%s: %s (layer %s) includes %s from a higher layer'
                                                % (where, rel, here, target))
                        elif first in TOP and first != top and first != 'core' and top in TOP:
                            if first not in TOP[top]:
                                breaches.append('%s: %s includes %s' % (where, top, target))
                    if SQL.search(line) and not (top == 'core' and here == 'storage'):
                        breaches.append('%s: SQL outside core/storage' % where)
    for b in breaches:
        print(b)
    return 1 if breaches else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'src'))
