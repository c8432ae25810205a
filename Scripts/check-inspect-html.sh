#!/usr/bin/env bash
# Renders a corpus article with `salvo inspect --html` and checks the page in a real
# headless browser (Debian's `chromium`; apt-get install -y chromium):
#   1. a screenshot of the page is produced and is not blank (Scripts/inspect-html/png_check.py,
#      standard library only);
#   2. after the page's script ran, opening the page at an event trigger's id fills the
#      details panel with that event (chromium --dump-dom).
# Usage: Scripts/check-inspect-html.sh [ARTICLE] [OUT_DIR]
# Leaves OUT_DIR (default .build/inspect-html) with page.html, page.png and panel.html.
set -euo pipefail
cd "$(dirname "$0")/.."

article=${1:-Corpus/001_d277ff9554e8a9ac.txt}
out=${2:-.build/inspect-html}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "check-inspect-html: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

swift build --product salvo >/dev/null
salvo=$(swift build --show-bin-path)/salvo
"$salvo" inspect "$article" --html "$out/page.html"

# The page must name no other address: no http(s) resource, no @import, no url().
if grep -Eq '(src|href)="(https?:)?//|@import|url\(' "$out/page.html"; then
  echo "check-inspect-html: the page refers to an outside resource" >&2
  exit 1
fi

# Well-formed for Python's html.parser: tags balance, ids are unique, in-page references
# (href="#…", data-span, data-refs, data-spans) name existing ids.
python3 - "$out/page.html" <<'PY'
import sys
from html.parser import HTMLParser

VOID = {"meta", "input", "br", "hr", "img", "link", "wbr"}

class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ids, self.refs, self.problems = [], {}, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids[attrs["id"]] = self.ids.get(attrs["id"], 0) + 1
        href = attrs.get("href") or ""
        if href.startswith("#"):
            self.refs.append(href[1:])
        for key in ("data-span", "data-refs", "data-spans"):
            self.refs += (attrs.get(key) or "").split()
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else ''}>")
        else:
            self.stack.pop()

check = Check()
check.feed(open(sys.argv[1], encoding="utf-8").read())
check.close()
check.problems += [f"<{tag}> never closed" for tag in check.stack]
check.problems += [f"id {i} used {n} times" for i, n in check.ids.items() if n > 1]
check.problems += sorted({f"missing id {r}" for r in check.refs if r not in check.ids})
if check.problems:
    sys.exit("check-inspect-html: " + "; ".join(check.problems[:10]))
print(f"html.parser: well-formed, {len(check.ids)} ids, {len(check.refs)} references resolve")
PY

# --no-sandbox: CI containers run as root. A profile of our own keeps runs independent.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --user-data-dir="$out/profile" --virtual-time-budget=2000)

rm -f "$out/page.png"
timeout 120 "$browser" "${flags[@]}" --window-size=1400,2400 \
  --screenshot="$out/page.png" "file://$out/page.html" 2>/dev/null
[ -s "$out/page.png" ] || { echo "check-inspect-html: no screenshot" >&2; exit 1; }
python3 Scripts/inspect-html/png_check.py "$out/page.png"

# The first event's trigger: the page opened at its id shows that event in the panel.
trigger=$(grep -o 'id="a1-t[0-9]*-[0-9]*" data-span="[^"]*" data-label="[a-z+]*trigger' \
  "$out/page.html" | head -1 | sed 's/^id="\([^"]*\)".*/\1/')
if [ -z "$trigger" ]; then
  echo "check-inspect-html: $article has no event trigger to open" >&2
  exit 1
fi
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$out/page.html#$trigger" \
  >"$out/panel.html" 2>/dev/null
python3 - "$out/panel.html" "$trigger" <<'PY'
import re, sys
dom, trigger = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
panel = re.search(r'<div class="panel-body">(.*?)</div></aside>', dom, re.S)
if not panel or 'class="card"' not in panel.group(1):
    sys.exit(f"check-inspect-html: the panel did not show the event of {trigger}")
if not re.search(r'id="%s"[^>]*' % re.escape(trigger), dom) or "sel" not in re.search(
    r'<span class="([^"]*)" id="%s"' % re.escape(trigger), dom).group(1):
    sys.exit(f"check-inspect-html: {trigger} was not selected")
print(f"panel: {trigger} selected, its event shown")
PY
echo "check-inspect-html: ok ($out/page.png)"
