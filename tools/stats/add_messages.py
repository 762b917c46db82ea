"""Append this app's new interface strings to the catalogues without rewriting the rest.

    DEBUG=1 python manage.py makemessages -l es -l en --ignore=.venv --ignore=staticfiles
    (copy the two regenerated .po files to /tmp, `git checkout locale`, then)
    python tools/stats/add_messages.py /tmp/new_es.po /tmp/new_en.po

Only entries missing from the committed catalogues are added; Spanish ones get the
translation from tools/stats/es_messages.py, English ones stay empty.
"""

import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from es_messages import ES  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def add(new_path, lang):
    new = polib.pofile(new_path)
    path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    old = polib.pofile(str(path))
    have = {(e.msgctxt, e.msgid) for e in old}
    missing = []
    for entry in new:
        if entry.obsolete or (entry.msgctxt, entry.msgid) in have:
            continue
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        if lang == "es":
            if entry.msgid not in ES:
                missing.append(entry.msgid)
            entry.msgstr = ES.get(entry.msgid, "")
        else:
            entry.msgstr = ""
            if entry.msgid_plural:
                entry.msgstr_plural = {0: "", 1: ""}
        old.append(entry)
    old.save(str(path))
    return missing


if __name__ == "__main__":
    untranslated = add(sys.argv[1], "es")
    add(sys.argv[2], "en")
    if untranslated:
        raise SystemExit("No Spanish for: " + "; ".join(untranslated))
