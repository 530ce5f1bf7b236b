# Sourced by scripts/run, scripts/aot-train and scripts/bench/*: the gateway's start-up cache (issue 23; the decision
# is in docs/decisions/api-and-kitchen-display.md, "Start-up cache and API warm-up").
#   JDK 25+:   an AOT cache (JEP 483/514/515): the classes the gateway loads, already parsed and linked, and the
#              method profiles of a training run, so the JIT starts from them. -XX:AOTCacheOutput=F on a run writes
#              F when that JVM exits cleanly; -XX:AOTCache=F uses it.
#   JDK 21-24: a dynamic CDS archive (classes only): -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=F uses F
#              and (re)writes it at exit when it is missing or was made by another JVM.
# One file per jar build and JVM under gateway/target/aot/ (cleaned with the jar by `mvn clean`, never committed):
# the name carries the jar's size and mtime and the `java -version`, so a rebuilt jar or another JDK gets a new
# file and never a stale one; the JVM checks the jar again itself and, on a mismatch, warns and runs without.
# Needs JAVA_HOME (scripts/lib/java.sh) and java_major.

preptable_aot_dir=gateway/target/aot

# The cache file for JAR and $JAVA_HOME's JVM (it may not exist yet).
preptable_aot_file() {
  local jar=$1 major key
  major=$(java_major "$JAVA_HOME/bin/java")
  key=$( { stat -c '%s %Y' "$jar"; "$JAVA_HOME/bin/java" -version 2>&1; } | sha256sum | cut -c1-16)
  if [ "${major:-0}" -ge 25 ]; then
    echo "$preptable_aot_dir/gateway-$key.aot"
  else
    echo "$preptable_aot_dir/gateway-$key.jsa"
  fi
}

# The JVM flags for JAR: MODE "use" (use the cache if it exists) or "record" (write it when this JVM exits, as
# FILE.new: preptable_aot_adopt checks it before it is used). On JDK 21-24 both are the same self-managing dynamic
# archive. Prints nothing when MODE is "use" and there is no cache for JAR, or when PREPTABLE_AOT=false.
preptable_aot_flags() {
  local jar=$1 mode=$2 file major
  [ "${PREPTABLE_AOT:-true}" != false ] || return 0
  file=$(preptable_aot_file "$jar")
  major=$(java_major "$JAVA_HOME/bin/java")
  if [ "${major:-0}" -ge 25 ]; then
    if [ "$mode" = record ]; then
      # the assembly at exit lists every class it leaves out at warning level: hundreds of lines, none actionable
      echo "-XX:AOTCacheOutput=$file.new -Xlog:aot=error,cds=error"
    elif [ -f "$file" ]; then
      echo "-XX:AOTCache=$file"
    fi
  elif [ "$mode" = record ] || [ -f "$file" ]; then
    # the archive sits on the JDK's own, which was dumped without --enable-native-access: the JVM says so at error
    # level at every start and only gives up its archived module graph; the classes still come from the archive
    echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$file -Xlog:cds=off"
  fi
}

# Puts the cache an earlier run recorded for JAR (FILE.new) in place once this JVM maps it with these flags
# (-XX:AOTMode=on fails when it cannot): a cache cut short by a second Ctrl-C during its assembly, or made with
# other JVM options, is dropped instead of being warned about at every start. About 0.1 s, once.
preptable_aot_adopt() {
  local jar=$1 file
  file=$(preptable_aot_file "$jar")
  [ -f "$file.new" ] || return 0
  # shellcheck disable=SC2086 # PREPTABLE_JAVA_OPTS is a list of flags, as in scripts/run
  if "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${PREPTABLE_JAVA_OPTS:-} -XX:AOTMode=on \
      -XX:AOTCache="$file.new" -cp "$jar" -version >/dev/null 2>&1; then
    mv -f "$file.new" "$file"
  else
    echo "preptable: the start-up cache recorded last time does not load; dropped (a new one is recorded)" >&2
    rm -f "$file.new"
  fi
}

# Removes the caches of other jar builds and JVMs, keeping JAR's (and the one being recorded for it).
preptable_aot_prune() {
  local keep
  keep=$(basename "$(preptable_aot_file "$1")")
  mkdir -p "$preptable_aot_dir"
  find "$preptable_aot_dir" -maxdepth 1 -type f -name 'gateway-*' ! -name "$keep*" -delete 2>/dev/null || true
}
