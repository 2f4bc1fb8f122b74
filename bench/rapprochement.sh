#!/usr/bin/env bash
# Banc JMH du rapprochement de textes (fr.ava.recherche.RapprochementBenchmark) : une fiche de poste de
# deux pages (la première dans une JVM neuve, 5 JVM ; puis dans l'application lancée) et un corpus de
# 1 000 fiches d'une page analysées sur deux fils.
# Usage : bench/rapprochement.sh [options JMH, par exemple -f 3 ou un nom de banc]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath-banc.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/classpath-banc.txt)" org.openjdk.jmh.Main \
	-jvmArgs "-Xmx512m" RapprochementBenchmark "$@"
