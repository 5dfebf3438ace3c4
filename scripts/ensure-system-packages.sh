#!/usr/bin/env bash
# Installs the Debian packages the given needs call for, when they are missing.
# Usage: scripts/ensure-system-packages.sh <need>...   needs: chromium postgresql fonts-cjk build-tools
# As root it runs `apt-get update` once and `apt-get install`; otherwise (or when apt fails) it
# prints exactly what to install and exits 1.
set -euo pipefail

has_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# Prints the Debian packages a need still lacks (nothing when it is met).
missing_for() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] || echo chromium ;;
    postgresql) compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || echo postgresql ;;
    # Without a CJK font, Chinese text renders as empty boxes in screenshots.
    fonts-cjk) has_package fonts-noto-cjk || compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK-*" >/dev/null || echo fonts-noto-cjk ;;
    # better-sqlite3 compiles from source during `npm ci` (its prebuilt binaries are not reachable).
    build-tools)
      command -v make >/dev/null || echo make
      command -v g++ >/dev/null || echo g++
      command -v python3 >/dev/null || echo python3
      ;;
    *) echo "unknown need: $1" >&2; exit 2 ;;
  esac
}

missing=()
for need in "$@"; do
  while read -r package; do [ -n "$package" ] && missing+=("$package"); done < <(missing_for "$need")
done
[ ${#missing[@]} -eq 0 ] && exit 0

command_line="apt-get install -y --no-install-recommends ${missing[*]}"
explain() {
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them as root, then run again:  apt-get update && $command_line" >&2
}

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  explain
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && $command_line -qq; }; then
  echo "apt-get failed." >&2
  explain
  exit 1
fi

still_missing=()
for need in "$@"; do
  while read -r package; do [ -n "$package" ] && still_missing+=("$package"); done < <(missing_for "$need")
done
if [ ${#still_missing[@]} -gt 0 ]; then
  echo "Still missing after apt-get install: ${still_missing[*]}" >&2
  exit 1
fi
