#!/bin/sh
# Samples a server JVM's CPU and heap during a benchmark run, every INTERVAL seconds (default 5),
# until the process ends or Ctrl+C. Output (CSV on stdout):
#   time,cpu_percent_of_one_core,rss_mb,heap_used_mb,heap_committed_mb,gc_count,gc_seconds
# CPU comes from /proc/<pid>/stat (user+system ticks between two samples, over the time really
# elapsed: jstat itself takes a second or two under load), heap from jstat -gc
# (JDK tool, same user as the server). Usage:
#   benchmark/sample-server.sh <pid> [interval] > server-samples.csv
# The WildFly JVM's pid: jps -l | grep jboss-modules  (or: pgrep -f jboss-modules.jar)
set -eu
pid=${1:?usage: sample-server.sh <pid> [interval-seconds]}
interval=${2:-5}
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "time,cpu_percent_of_one_core,rss_mb,heap_used_mb,heap_committed_mb,gc_count,gc_seconds"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
before=$(cpu_ticks)
since=$(now_ms)
while kill -0 "$pid" 2>/dev/null; do
    sleep "$interval"
    [ -r "/proc/$pid/stat" ] || break
    after=$(cpu_ticks)
    now=$(now_ms)
    cpu=$(awk -v a="$after" -v b="$before" -v t="$ticks" -v ms="$((now - since))" 'BEGIN { printf "%.0f", (a - b) * 100 / t / (ms / 1000) }')
    before=$after
    since=$now
    rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT
    heap=$(jstat -gc "$pid" | awk 'NR == 2 { printf "%.0f,%.0f,%d,%.2f", ($3 + $4 + $6 + $8) / 1024, ($1 + $2 + $5 + $7) / 1024, $13 + $15 + $17, $19 }')
    echo "$(date -u +%H:%M:%S),$cpu,$rss,$heap"
done
