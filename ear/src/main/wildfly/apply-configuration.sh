#!/usr/bin/env bash
# Applies the configure-*.cli scripts to a freshly unpacked WildFly, once: a marker file records it,
# so a second build on the same target/ does not apply them twice. Called by the ear module's build.
#   apply-configuration.sh <wildfly home> <mariadb-java-client.jar>
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
marker="$home/.inserre-configured"
scripts=(configure-datasource.cli configure-security.cli)

digest=$(cat "${scripts[@]/#/$here/}" | sha256sum | cut -d' ' -f1)
if [[ -f $marker && $(cat "$marker") == "$digest" ]]; then
  echo "WildFly at $home already configured by these scripts"
  exit 0
fi
if [[ -f $marker ]]; then
  echo "The configuration scripts changed since $home was configured: run 'mvn clean' first" >&2
  exit 1
fi
export JBOSS_HOME=$home
for script in "${scripts[@]}"; do
  echo "Applying $script to $home"
  "$home/bin/jboss-cli.sh" -Dmariadb.driver.jar="$driver" --file="$here/$script"
done
echo "$digest" > "$marker"
