#!/usr/bin/env bash
# Banc JMH de l'export DOCX d'une fiche de poste complète (fr.ava.fichedeposte.FicheDocxBenchmark) :
# la première génération dans une JVM neuve (5 JVM), la première après la préparation faite au démarrage
# (5 JVM), puis la génération dans une JVM qui en a déjà fait.
# Cible : 500 ms au plus. Usage : bench/fiche-docx.sh [options JMH, par exemple -f 3]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath-banc.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/classpath-banc.txt)" org.openjdk.jmh.Main \
	-jvmArgs "-Xmx512m" FicheDocxBenchmark "$@"
