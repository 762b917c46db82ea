"""Read the ZIF Portal's API from Python, with the standard library only.

Lists Morona Santiago's cantons as they stood when the ZIF was defined (21 January
2003) and today, and the source that gives each canton's seat.
"""

import json
import sys
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        return json.load(response)


def codes(path):
    """Every code of a list, page after page."""
    found, url = [], path
    while url:
        page = get(url)
        found += [unit["code"] for unit in page["results"]]
        url = page["next"] and page["next"].removeprefix(BASE)
    return found


then = codes("/api/v1/territories/?parent=EC-14&as_of=2003-01-21")
today = codes("/api/v1/territories/?parent=EC-14")
print(f"Morona Santiago: {len(then)} cantons in 2003, {len(today)} today")
print("Created since:", ", ".join(sorted(set(today) - set(then))))

canton = get("/api/v1/territories/EC-1401/")
for citation in canton["citations"]:
    if citation["field"] == "seat":
        print(f"{canton['name']}: seat {canton['seat']}, from {citation['source']}")
