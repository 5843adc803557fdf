# Sourced by the bench scripts (run.sh, virtuoso.sh, endpoint.sh, build-pairs.sh; from the
# repository root): a JDK 21 or newer ($JAVA), the product jar ($jar), the jar with the test
# classes, where the harness lives, as a java command ($JCP), and free_port. Stops the script when
# no such JDK is found.
JAVA=""
for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java; do
  [ -x "$c" ] && "$c" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && { JAVA="$c"; break; }
done
[ -n "$JAVA" ] || { echo "bench: no JDK 21 or newer found (set JAVA_HOME)" >&2; exit 1; }
jar="$PWD/target/csto-kg.jar"
JCP=("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$jar:$PWD/target/test-classes")
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
