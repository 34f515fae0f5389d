#!/usr/bin/env bash
# The Linux installer, end to end: build the .deb (and .rpm) with the Tauri CLI,
# check what the .deb holds, install it with apt-get, launch the installed app
# under Xvfb on the user's default data directory (holding data written before
# by the CLI), see its window render, remove the package, check the user's data
# survived, and install it again over that data.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target="${CARGO_TARGET_DIR:-$root/target}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
fail() { echo "install test: $*" >&2; exit 1; }

[ -d node_modules/@tauri-apps/cli ] || npm ci --no-audit --no-fund --loglevel=error
npx tauri build --ci --bundles deb,rpm
deb=$(ls -t "$target"/release/bundle/deb/*.deb | head -1)
rpm=$(ls -t "$target"/release/bundle/rpm/*.rpm | head -1)
[ -f "$deb" ] && [ -f "$rpm" ] || fail "no .deb or .rpm built"

# What the package holds.
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/bulletin-desktop usr/share/applications/Bulletin.desktop \
  usr/share/icons/hicolor/32x32/apps/bulletin-desktop.png \
  usr/share/icons/hicolor/128x128/apps/bulletin-desktop.png; do
  grep -Eq " (\./)?$path\$" <<<"$contents" || fail "$path missing from $(basename "$deb")"
done
package=$(dpkg-deb -f "$deb" Package)
[ "$(dpkg-deb -f "$deb" Version)" = "$(cargo metadata --no-deps --format-version 1 | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="bulletin-desktop"))')" ] \
  || fail "the package version is not the crate's"
desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards '*usr/share/applications/Bulletin.desktop')
grep -q '^Exec=bulletin-desktop' <<<"$desktop" || fail ".desktop entry does not run bulletin-desktop"
grep -q '^Categories=.*News' <<<"$desktop" || fail ".desktop entry is not in the News category"
deb_bytes=$(stat -c %s "$deb")
rpm_bytes=$(stat -c %s "$rpm")
printf 'installers: %s %.1f MB, %s %.1f MB\n' "$(basename "$deb")" "$(bc -l <<<"$deb_bytes/1000000")" \
  "$(basename "$rpm")" "$(bc -l <<<"$rpm_bytes/1000000")"
[ "$deb_bytes" -lt 15000000 ] || fail ".deb is $deb_bytes bytes; the goal is < 15 MB"

# The app runs in a session of its own (setsid: its own session id; its own
# D-Bus session bus and runtime dir). A desktop's services that its bus starts
# — xdg-desktop-portal, the document portal and its FUSE mount, the
# permission store, gnome-keyring, at-spi — belong to that session: ending it
# by its id ends them all, and nothing else on the machine is touched.
app_sid=""

# Unmounts every mount point under $1, deepest first (the document portal's FUSE).
unmount_under() {
  awk -v dir="$1/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r | while read -r point; do
    fusermount3 -u "$point" 2>/dev/null || fusermount -u "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || true
  done
}

# Ends every process of session $1 (TERM, then KILL after 5 s) and what it mounted.
end_session() {
  local sid=$1
  pkill -TERM -s "$sid" 2>/dev/null || true
  for _ in $(seq 50); do pgrep -s "$sid" >/dev/null || break; sleep 0.1; done
  pkill -KILL -s "$sid" 2>/dev/null || true
  for _ in $(seq 20); do pgrep -s "$sid" >/dev/null || break; sleep 0.1; done
  unmount_under "$home"
}

cleanup() {
  [ -n "$app_sid" ] && end_session "$app_sid"
  $sudo apt-get remove -y -qq "$package" >/dev/null 2>&1 || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null
  unmount_under "$home"
  rm -rf "$home"
}

# A user's data, written before the install by the CLI: a feed and a saved article.
home=$(mktemp -d)
trap cleanup EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export HOME="$home/home" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset BULLETIN_DB
python3 -m http.server --bind 127.0.0.1 0 --directory crates/core/tests/fixtures >"$home/http.log" 2>&1 &
server=$!
for _ in $(seq 50); do port=$(grep -o 'port [0-9]*' "$home/http.log" | grep -o '[0-9]*' || true); [ -n "$port" ] && break; sleep 0.1; done
[ -n "$port" ] || fail "fixture server did not start"
cli="$target/debug/bulletin"
"$cli" feeds add "http://127.0.0.1:$port/rss2.xml" --category "World News" >/dev/null
saved=$("$cli" articles --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$cli" save "$saved" >/dev/null
db="$XDG_DATA_HOME/bulletin/bulletin.db"
[ -f "$db" ] || fail "the CLI did not write $db"

# Launches the installed app on a virtual display; passes when its window is
# mapped and shows more than a blank colour.
launch() {
  local shot="$home/window-$1.png"
  # Xvfb picks a free display and writes its number to fd 5.
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$home/display" >/dev/null 2>&1 &
  local xvfb=$!
  for _ in $(seq 50); do [ -s "$home/display" ] && break; sleep 0.1; done
  local display=":$(cat "$home/display")"
  # A background job is not a process-group leader, so setsid makes this
  # process the leader of a new session: its pid is the session id.
  DISPLAY=$display setsid dbus-run-session -- /usr/bin/bulletin-desktop >"$home/app-$1.log" 2>&1 &
  local app=$!
  app_sid=$app
  local ok=""
  for _ in $(seq 60); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Bulletin"'; then
      sleep 2
      DISPLAY=$display import -window root "$shot"
      local spread
      spread=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
      if [ "$(bc -l <<<"$spread > 0.05")" = 1 ]; then ok=1; break; fi
    fi
    sleep 0.5
  done
  end_session "$app_sid"
  wait "$app" 2>/dev/null || true
  local left
  left=$(pgrep -s "$app_sid" -a || true)
  [ -z "$left" ] || fail "processes of the app's session outlived it ($1): $left"
  app_sid=""
  grep -q " $home/" /proc/mounts && fail "the app's session left a mount under $home ($1)"
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  [ -n "$ok" ] || { cat "$home/app-$1.log" >&2; fail "the installed app's window did not render ($1)"; }
  mkdir -p tests/artifacts && cp "$shot" "tests/artifacts/installed-$1.png"
  echo "installed app rendered its window ($1)"
}

saved_ids() { "$cli" articles --saved --json | python3 -c 'import json,sys; print(" ".join(str(a["id"]) for a in json.load(sys.stdin)))'; }

$sudo apt-get install -y -qq "$deb" >/dev/null
[ -x /usr/bin/bulletin-desktop ] || fail "installing put no /usr/bin/bulletin-desktop"
launch first
[ "$(saved_ids)" = "$saved" ] || fail "the saved article is gone after the first launch"

$sudo apt-get remove -y -qq "$package" >/dev/null
[ ! -e /usr/bin/bulletin-desktop ] || fail "removing left /usr/bin/bulletin-desktop"
dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && fail "$package still installed"
[ -f "$db" ] || fail "removing the package removed the user's database"

$sudo apt-get install -y -qq "$deb" >/dev/null
launch reinstalled
[ "$(saved_ids)" = "$saved" ] || fail "the saved article is gone after reinstalling"
$sudo apt-get remove -y -qq "$package" >/dev/null
echo "install test: ok"
