# shellcheck shell=bash disable=SC2034,SC1090
# Shared by scripts/pi/install-kiosk, install-bridge, update-* and probe (sourced, not run).
# Every change to the system goes through `run` or `put`, so `--dry-run` prints each step and does none of them.
# Tests point the scripts at a fake system with PREPTABLE_OS_RELEASE (an os-release file) and PREPTABLE_ROOT
# (a prefix for the files the installers only read: /boot/firmware/cmdline.txt, /etc/fstab); update and probe are
# tested for real against a scratch folder with PREPTABLE_PREFIX and stub systemctl/curl on PATH.

DRY_RUN="${DRY_RUN:-0}"
ROOT="${PREPTABLE_ROOT:-}"
PREFIX="${PREPTABLE_PREFIX:-/opt/preptable}"
CONF_DIR=/etc/preptable

say() { echo "${PROG:-preptable}: $*"; }
warn() { echo "${PROG:-preptable}: WARNING: $*" >&2; }
die() { echo "${PROG:-preptable}: $1" >&2; exit "${2:-1}"; }

# run CMD ARGS...: runs a command, or prints it under --dry-run.
run() {
  if [ "$DRY_RUN" = 1 ]; then echo "[dry-run] $*"; else "$@"; fi
}

# put MODE PATH [GROUP] < content: writes a file (atomically), or prints it under --dry-run.
put() {
  local mode="$1" path="$2" group="${3:-}" tmp
  if [ "$DRY_RUN" = 1 ]; then
    echo "[dry-run] write $path (mode $mode${group:+, group $group}):"
    sed 's/^/[dry-run]   | /'
    return 0
  fi
  install -d -m 755 "$(dirname "$path")"
  tmp="$(mktemp "$path.XXXXXX")"
  cat > "$tmp"
  chmod "$mode" "$tmp"
  [ -n "$group" ] && chgrp "$group" "$tmp"
  mv -f "$tmp" "$path"
}

need_root() {
  [ "$DRY_RUN" = 1 ] || [ -n "${PREPTABLE_PREFIX:-}" ] || [ "$(id -u)" -eq 0 ] || die "run as root (sudo), or add --dry-run to see the steps"
}

# Sets OS_ID, OS_VERSION (e.g. 13), OS_CODENAME (trixie) from os-release.
read_os() {
  local file="${PREPTABLE_OS_RELEASE:-/etc/os-release}"
  [ -r "$file" ] || die "cannot read $file: is this Raspberry Pi OS or Debian?"
  OS_ID=$(. "$file"; echo "${ID:-}")
  OS_VERSION=$(. "$file"; echo "${VERSION_ID:-}")
  OS_CODENAME=$(. "$file"; echo "${VERSION_CODENAME:-}")
}

# Sets JAVA_PKG to the Debian OpenJDK package (headless=1 for the bridge) for this release, or "" when the
# release has none that is new enough (Debian 12 bookworm: 17 only; bookworm-backports has no OpenJDK, checked
# 2026-12-07 for arm64), in which case the caller needs --java.
pick_java_pkg() {
  local headless="$1" suffix=""
  [ "$headless" = 1 ] && suffix="-headless"
  case "$OS_VERSION" in
    12|11|10) JAVA_PKG="" ;;
    *) JAVA_PKG="openjdk-21-jre$suffix" ;;   # Debian 13 (trixie) has 21 and 25; newer releases: try 21, then 25
  esac
}

# check_java HEADLESS JAVA_DIR: stops before anything is installed when there is no way to a Java 21+ here.
# Debian 13's OpenJDK 21 for arm64 needs glibc 2.38 (checked with objdump, 21.0.13+9-1~deb13u2) and Debian 12 has
# 2.36, so a jlink image cut from it does not run on Debian 12 either.
check_java() {
  [ -n "$2" ] && return 0
  pick_java_pkg "$1"
  [ -n "$JAVA_PKG" ] && return 0
  die "this image is Debian $OS_VERSION ($OS_CODENAME), which packages no OpenJDK 21 or newer (not in bookworm-backports either). Flash Raspberry Pi OS based on Debian 13 (trixie) — docs/kiosk-pi.md — or copy a Java 21+ runtime for linux-aarch64 built for this glibc to the Pi and pass --java DIR" 3
}

# install_java HEADLESS JAVA_DIR: installs the JRE package, or copies the runtime in JAVA_DIR (a JDK 21+ or a jlink
# image) to /opt/preptable/runtime; either way /opt/preptable/bin/java is the java the units start.
install_java() {
  local headless="$1" java_dir="$2" target
  if [ -n "$java_dir" ]; then
    [ -x "$java_dir/bin/java" ] || [ "$DRY_RUN" = 1 ] || die "--java $java_dir: no bin/java there"
    if [ "$DRY_RUN" != 1 ]; then
      local major
      major=$("$java_dir/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')
      [ "${major:-0}" -ge 21 ] 2>/dev/null || die "--java $java_dir is Java ${major:-?}; PrepTable needs 21 or newer"
    fi
    run rm -rf "$PREFIX/runtime.new"
    run cp -a "$java_dir" "$PREFIX/runtime.new"
    run rm -rf "$PREFIX/runtime"
    run mv "$PREFIX/runtime.new" "$PREFIX/runtime"
    target="$PREFIX/runtime/bin/java"
  else
    check_java "$headless" ""
    apt_install "$JAVA_PKG" || apt_install "${JAVA_PKG/21/25}" || die "could not install $JAVA_PKG or ${JAVA_PKG/21/25}"
    target="/usr/lib/jvm/java-21-openjdk-$(deb_arch)/bin/java"
    [ "$DRY_RUN" = 1 ] || [ -x "$target" ] || target="/usr/lib/jvm/java-25-openjdk-$(deb_arch)/bin/java"
  fi
  run install -d -m 755 "$PREFIX/bin"
  run ln -sfn "$target" "$PREFIX/bin/java"
}

deb_arch() { if [ "$DRY_RUN" = 1 ]; then echo "${PREPTABLE_ARCH:-arm64}"; else dpkg --print-architecture; fi; }

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then run apt-get update -qq || return 1; APT_UPDATED=1; fi
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# The preptable system user, in every group that exists of the ones given.
make_user() {
  local groups=() g
  if [ "$DRY_RUN" = 1 ] || ! id preptable >/dev/null 2>&1; then
    run useradd --system --create-home --home-dir /var/lib/preptable --shell /usr/sbin/nologin preptable
  fi
  for g in "$@"; do
    if getent group "$g" >/dev/null 2>&1 || [ "$DRY_RUN" = 1 ]; then groups+=("$g"); fi
  done
  [ ${#groups[@]} -gt 0 ] && run usermod -aG "$(IFS=,; echo "${groups[*]}")" preptable
  return 0
}

# SD-card wear: logs in RAM with a cap (lost at reboot unless --keep-logs), and a note if / lacks noatime.
sd_card_care() {
  local keep_logs="$1"
  if [ "$keep_logs" = 1 ]; then
    put 644 /etc/systemd/journald.conf.d/preptable.conf <<'CONF'
# PrepTable (scripts/pi): logs kept across reboots, capped so the SD card is not filled or worn by them.
[Journal]
Storage=persistent
SystemMaxUse=64M
SyncIntervalSec=5m
CONF
  else
    put 644 /etc/systemd/journald.conf.d/preptable.conf <<'CONF'
# PrepTable (scripts/pi): logs in RAM only (lost at reboot) to spare the SD card; install with --keep-logs to keep them.
[Journal]
Storage=volatile
RuntimeMaxUse=48M
CONF
  fi
  run systemctl restart systemd-journald
  local fstab="$ROOT/etc/fstab"
  if [ -r "$fstab" ] && awk '$2 == "/" && $4 !~ /noatime/ {found=1} END {exit !found}' "$fstab"; then
    warn "the root file system is mounted without noatime; add it in /etc/fstab (docs/kiosk-pi.md, SD card) — not changed here"
  else
    say "root file system: noatime already set (or no fstab entry), nothing to do"
  fi
}

# Tells whether the clock is synchronised; bumps, ticket ages and session cookies need a right clock.
check_time_sync() {
  if [ "$DRY_RUN" = 1 ]; then echo "[dry-run] check: systemctl is-active systemd-timesyncd; timedatectl show -p NTPSynchronized"; return 0; fi
  if ! systemctl is-active --quiet systemd-timesyncd 2>/dev/null; then
    warn "systemd-timesyncd is not running: ticket ages will be wrong without a synchronised clock (a Pi has no battery clock). 'apt-get install systemd-timesyncd' or configure chrony/NTP"
  elif [ "$(timedatectl show -p NTPSynchronized --value 2>/dev/null)" != yes ]; then
    warn "the clock is not synchronised yet (timedatectl). Check that the Pi reaches an NTP server; set NTP= in /etc/systemd/timesyncd.conf for a local one"
  else
    say "time sync: systemd-timesyncd active, clock synchronised"
  fi
}

# The probe, the update command and this library go to /opt/preptable/bin for later use on the Pi.
install_tools() {
  local here="$1" f
  run install -d -m 755 "$PREFIX/bin"
  for f in lib.sh probe update update-kiosk update-bridge; do
    run install -m 755 "$here/$f" "$PREFIX/bin/$f"
  done
  run install -m 644 "$here/preptable-probe@.service" /etc/systemd/system/preptable-probe@.service
  run install -m 644 "$here/preptable-probe@.timer" /etc/systemd/system/preptable-probe@.timer
}
