# Sourced by the scripts: makes sure JAVA_HOME points at a JDK 21 or newer, because the machine's default
# `java` may be older (Debian 12 ships 17). Looks at JAVA_HOME, then `java` on PATH, then /usr/lib/jvm.

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

preptable_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "PrepTable needs a JDK 21 or newer, and none was found (JAVA_HOME, java on PATH, /usr/lib/jvm)." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk, or a Temurin JDK) or set JAVA_HOME to it." >&2
  return 1
}

preptable_need_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "PrepTable builds with Apache Maven 3.8+, and 'mvn' is not on PATH. Install it (apt-get install maven)." >&2
    return 1
  fi
}

preptable_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
