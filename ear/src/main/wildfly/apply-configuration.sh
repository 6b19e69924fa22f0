#!/usr/bin/env bash
# Applies the configure-*.cli scripts to an unpacked WildFly, each once: a marker per script records
# the digest of what was applied, so a second build on the same target/ applies only the scripts added
# since (a new configure-x.cli reaches a WildFly configured by an older checkout without 'mvn clean').
# A script changed since it was applied cannot be re-applied on top of itself: 'mvn clean' then.
# Called by the ear module's build.
#   apply-configuration.sh <wildfly home> <mariadb-java-client.jar>
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
markers="$home/.inserre-configured.d"
scripts=(configure-datasource.cli configure-security.cli configure-compression.cli)

# A WildFly configured before markers were per script: one marker, the digest of the first two scripts.
legacy="$home/.inserre-configured"
if [[ -f $legacy && ! -d $markers ]]; then
  if [[ $(cat "$legacy") != $(cat "$here/configure-datasource.cli" "$here/configure-security.cli" | sha256sum | cut -d' ' -f1) ]]; then
    echo "The configuration scripts changed since $home was configured: run 'mvn clean' first" >&2
    exit 1
  fi
  mkdir -p "$markers"
  for script in configure-datasource.cli configure-security.cli; do
    sha256sum < "$here/$script" | cut -d' ' -f1 > "$markers/$script"
  done
  rm "$legacy"
fi
mkdir -p "$markers"

export JBOSS_HOME=$home
for script in "${scripts[@]}"; do
  digest=$(sha256sum < "$here/$script" | cut -d' ' -f1)
  if [[ -f $markers/$script ]]; then
    if [[ $(cat "$markers/$script") == "$digest" ]]; then
      echo "$script already applied to $home"
      continue
    fi
    echo "$script changed since it was applied to $home: run 'mvn clean' first" >&2
    exit 1
  fi
  echo "Applying $script to $home"
  "$home/bin/jboss-cli.sh" -Dmariadb.driver.jar="$driver" --file="$here/$script"
  echo "$digest" > "$markers/$script"
done
