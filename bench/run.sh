#!/usr/bin/env bash
# Banc de charge reproductible d'AVA : démarrage, puis wrk sur quatre scénarios.
# Usage : bench/run.sh [--build] [--port N]
#   --build   reconstruit le jar même s'il existe (./mvnw -q -B -DskipTests package)
#   --port N  premier port essayé (8099 par défaut ; le suivant libre sinon)
# Variables : WARMUP=10s DURATION=30s THREADS=2 CONNECTIONS=32 JAVA_OPTS="-Xmx512m"
#             CDS=1 (jar extrait et archive CDS, comme Spring Boot le conseille en production ; CDS=0 : java -jar)
#             BUILD_TRIES=3 (essais de construction, une minute entre deux)
#             APP_ARGS="--cle=valeur ..." (arguments Spring ajoutés, pour essayer un réglage)
#             SETTLE_MAX=30 (après le préchauffage, attendre au plus ce temps que le JIT se calme)
#             STARTUP_RUNS=3 (démarrages mesurés, médiane retenue)
#             ONLY=motif (seulement les scénarios dont le chemin contient ce motif)
#             QUIET_MAX=15 QUIET_WAIT=300 (avant chaque mesure, attendre au plus QUIET_WAIT s
#             que les autres processus prennent moins de QUIET_MAX % d'un cœur)
# Toute la charge vise 127.0.0.1 ; l'application est arrêtée à la sortie.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WARMUP="${WARMUP:-10s}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
CDS="${CDS:-1}"
APP_ARGS="${APP_ARGS:-}"
read -r -a APP_ARGV <<<"$APP_ARGS" || true
BUILD_TRIES="${BUILD_TRIES:-3}"
STARTUP_TIMEOUT_S="${STARTUP_TIMEOUT_S:-120}"
PORT=8099
BUILD=0

while [[ $# -gt 0 ]]; do
	case "$1" in
		--build) BUILD=1; shift ;;
		--port) PORT="$2"; shift 2 ;;
		--port=*) PORT="${1#--port=}"; shift ;;
		-h|--help) sed -n '2,14p' "$0"; exit 0 ;;
		*) echo "argument inconnu : $1" >&2; exit 2 ;;
	esac
done

# Scénarios : nom|chemin|débit cible (req/s)|p99 cible en ms (vide : aucune)
SCENARIOS=(
	"page fonction|/referentiel/1.0/fonctions/veille|2000|50"
	"API arbre version|/api/v1/versions/1.0|1000|"
	"recherche (page)|/recherche?q=benevole|1000|"
	"recherche (API)|/api/v1/recherche?q=subventions|1000|"
	"export en cache|/api/v1/versions/1.0/export.xlsx|500|"
	"livret PDF en cache|/api/v1/versions/1.0/export.pdf|500|"
)
STARTUP_TARGET_S=10
if [[ -n "${ONLY:-}" ]]; then # ONLY=motif : seulement les scénarios dont le chemin le contient
	kept=()
	for s in "${SCENARIOS[@]}"; do [[ "$s" == *"$ONLY"* ]] && kept+=("$s"); done
	((${#kept[@]})) || { echo "aucun scénario ne correspond à ONLY=$ONLY" >&2; exit 2; }
	SCENARIOS=("${kept[@]}")
fi

log() { printf '[bench] %s\n' "$*" >&2; }

# --- outils -----------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
	log "wrk absent : installation du paquet Debian"
	apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in java curl wrk awk; do
	command -v "$tool" >/dev/null 2>&1 || { echo "outil manquant : $tool" >&2; exit 1; }
done
HAVE_JSTAT=0
command -v jstat >/dev/null 2>&1 && HAVE_JSTAT=1

# --- jar ------------------------------------------------------------------------
find_jar() { ls -1t "$ROOT"/target/ava-*.jar 2>/dev/null | head -n1 || true; }

JAR="$(find_jar)"
if [[ -z "$JAR" || "$BUILD" == 1 ]]; then
	built=0
	for ((try = 1; try <= BUILD_TRIES; try++)); do
		log "construction du jar (essai $try/$BUILD_TRIES)"
		if (cd "$ROOT" && ./mvnw -q -B -DskipTests package); then built=1; break; fi
		JAR="$(find_jar)"
		if [[ -n "$JAR" && "$BUILD" == 1 ]]; then log "échec : on garde le jar existant"; built=1; break; fi
		if ((try < BUILD_TRIES)); then log "échec : nouvel essai dans 60 s"; sleep 60; fi
	done
	[[ "$built" == 1 ]] || { echo "construction impossible" >&2; exit 1; }
	JAR="$(find_jar)"
	[[ -n "$JAR" ]] || { echo "aucun target/ava-*.jar après la construction" >&2; exit 1; }
fi

# Copie du jar : une reconstruction concurrente ne doit pas le remplacer sous l'appli.
WORK="$(mktemp -d /tmp/ava-bench.XXXXXX)"
cp "$JAR" "$WORK/app.jar"
log "jar : $JAR ; journaux et sorties brutes : $WORK"

# Démarrage rapide recommandé par Spring Boot : jar extrait et archive CDS des classes chargées au
# démarrage, faite par une exécution d'entraînement qui s'arrête dès le contexte prêt.
APP_DIR="$WORK"
CDS_OPTS=""
if [[ "$CDS" == 1 ]]; then
	log "extraction du jar et archive CDS (exécution d'entraînement)"
	java -Djarmode=tools -jar "$WORK/app.jar" extract --destination "$WORK/extrait" >/dev/null
	if (cd "$WORK/extrait" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar \
		"--spring.datasource.url=jdbc:h2:mem:cds" >"$WORK/cds.log" 2>&1); then
		APP_DIR="$WORK/extrait"
		CDS_OPTS="-XX:SharedArchiveFile=app.jsa"
	else
		log "archive CDS impossible (voir $WORK/cds.log) : démarrage par java -jar"
	fi
fi

# --- port libre ----------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for ((i = 0; i < 50; i++)); do port_busy "$PORT" || break; PORT=$((PORT + 1)); done
port_busy "$PORT" && { echo "aucun port libre trouvé" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

# --- outils de mesure -----------------------------------------------------------
TCK="$(getconf CLK_TCK)"
proc_ticks() { if [[ -n "$1" && -r "/proc/$1/stat" ]]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
machine_ticks() { awk '/^cpu / {idle = $5 + $6; t = 0; for (i = 2; i <= 9; i++) t += $i; print t - idle, t}' /proc/stat; }
gc_total() { # nombre de GC et temps cumulé (s), via jstat (colonnes YGC, FGC, CGC, GCT)
	local g=""
	[[ "$HAVE_JSTAT" == 1 ]] && g="$(jstat -gcutil "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $(NF-6) + $(NF-4) + $(NF-2), $NF}')" || true
	echo "${g:-0 0}"
}
to_ms() { # "1.23ms" / "850.00us" / "1.02s" / "1.5m" -> ms
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
		printf "%.2f", n }'
}
# CPU des autres processus (hors appli) en % d'un cœur, sur 2 s
other_cpu() {
	local a0 a1 b0 t0 b1 t1
	a0="$(proc_ticks "$APP_PID")"; read -r b0 t0 <<<"$(machine_ticks)"
	sleep 2
	a1="$(proc_ticks "$APP_PID")"; read -r b1 t1 <<<"$(machine_ticks)"
	awk -v b=$((b1 - b0 - (a1 - a0))) -v tck="$TCK" 'BEGIN {v = 100 * b / tck / 2; if (v < 0) v = 0; printf "%.0f", v}'
}
# Étalon : durée (ms) de la même boucle de calcul lancée sur chaque cœur ; elle monte si l'hôte
# (machine virtuelle) ou d'autres processus prennent du CPU : des mesures à comparer ont le même étalon.
calibrate() {
	local t0 n k
	n="$(nproc)"; t0="$(now_ms)"
	for ((k = 0; k < n; k++)); do awk 'BEGIN {for (i = 0; i < 3e6; i++) s += i}' & done
	wait
	echo $(($(now_ms) - t0))
}

# Après le préchauffage, le JIT compile encore en tâche de fond : attendre (SETTLE_MAX s au plus)
# que l'appli, sans charge, prenne moins de 10 % d'un cœur sur une seconde.
SETTLE_MAX="${SETTLE_MAX:-30}"
settle() {
	local start t_end a0 a1 t0 t1
	start="$(now_ms)"; t_end=$((start + SETTLE_MAX * 1000))
	while (($(now_ms) < t_end)); do
		a0="$(proc_ticks "$APP_PID")"; t0="$(now_ms)"; sleep 1; a1="$(proc_ticks "$APP_PID")"; t1="$(now_ms)"
		if (((a1 - a0) * 1000 * 100 / TCK < 10 * (t1 - t0))); then
			log "appli au repos après $(((t1 - start) / 1000)) s"
			return 0
		fi
	done
	log "l'appli travaille encore après ${SETTLE_MAX} s d'attente"
}

# Attente d'une machine calme (compilations, tests... faussent la mesure) : QUIET_MAX % d'un cœur, QUIET_WAIT s au plus
QUIET_MAX="${QUIET_MAX:-15}"
QUIET_WAIT="${QUIET_WAIT:-300}"
NOISY=0
wait_quiet() {
	local until_ms=$(($(now_ms) + QUIET_WAIT * 1000)) o
	while :; do
		o="$(other_cpu)"
		((o <= QUIET_MAX)) && return 0
		if (($(now_ms) >= until_ms)); then log "machine toujours occupée ($o % d'un cœur hors appli) : mesure faite quand même"; NOISY=1; return 0; fi
		log "machine occupée par d'autres processus ($o % d'un cœur) : attente"
		sleep 3
	done
}

# --- lancement ----------------------------------------------------------------
APP_PID=""
stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
cleanup() {
	stop_app
	rm -rf "$WORK/app.jar" "$WORK/extrait"
}
trap cleanup EXIT INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }

IFS='|' read -r _ first_path _ _ <<<"${SCENARIOS[0]}"
# Lance l'appli ; STARTUP_MS : du lancement à la 1re réponse 200 de « / » ; READY_MS : à celle de la 1re page mesurée
# (le référentiel est chargé par un ApplicationRunner, après que Tomcat écoute).
start_app() {
	local t0 deadline
	t0="$(now_ms)"
	# shellcheck disable=SC2086
	(cd "$APP_DIR" && exec java $JAVA_OPTS $CDS_OPTS -jar app.jar \
		--server.port="$PORT" --server.address=127.0.0.1 \
		"--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" "${APP_ARGV[@]}" \
		>"$WORK/app.log" 2>&1) &
	APP_PID=$!
	deadline=$((t0 + STARTUP_TIMEOUT_S * 1000))
	until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" 2>/dev/null || true)" == 200 ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "l'application s'est arrêtée ; voir $WORK/app.log" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
		(($(now_ms) < deadline)) || { echo "pas de page servie après ${STARTUP_TIMEOUT_S} s" >&2; exit 1; }
		sleep 0.1
	done
	STARTUP_MS=$(($(now_ms) - t0))
	until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$first_path" 2>/dev/null || true)" == 200 ]]; do
		(($(now_ms) < deadline)) || break
		sleep 0.1
	done
	READY_MS=$(($(now_ms) - t0))
}

# Démarrage mesuré STARTUP_RUNS fois (médiane retenue) ; la dernière instance sert aux mesures de charge.
STARTUP_RUNS="${STARTUP_RUNS:-3}"
STARTS=()
PDFS=()
for ((run = 1; run <= STARTUP_RUNS; run++)); do
	wait_quiet
	ETALON0="$(calibrate)"
	log "démarrage $run/$STARTUP_RUNS sur $BASE (H2 en mémoire, $JAVA_OPTS${CDS_OPTS:+ $CDS_OPTS}${APP_ARGS:+, $APP_ARGS})"
	start_app
	SPRING_STARTED="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || echo '?')"
	log "première page servie après ${STARTUP_MS} ms, $first_path après ${READY_MS} ms (Spring : $SPRING_STARTED)"
	STARTS+=("$STARTUP_MS")
	# Le livret est produit une première fois en tâche de fond, juste après le démarrage (JVM neuve,
	# rien en cache) ; l'appli journalise sa durée. La génération hors cache se mesure par bench/livret-pdf.sh.
	for ((t = 0; t < 600; t++)); do grep -q 'export pdf prêt en' "$WORK/app.log" && break; sleep 0.1; done
	pdf_ms="$(grep -o 'export pdf prêt en [0-9]* ms' "$WORK/app.log" | grep -o '[0-9]*' || echo 999999)"
	log "livret PDF produit en tâche de fond en ${pdf_ms} ms"
	PDFS+=("$pdf_ms")
	((run == STARTUP_RUNS)) || stop_app
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
STARTUP_MS="$(median "${STARTS[@]}")"
PDF_MS="$(median "${PDFS[@]}")"

for s in "${SCENARIOS[@]}"; do
	IFS='|' read -r name path _ _ <<<"$s"
	code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' "$BASE$path")"
	[[ "$code" == 200 ]] || { echo "$path répond $code" >&2; exit 1; }
done

# --- mesures --------------------------------------------------------------------
# Tableau markdown aligné (largeur en caractères, accents compris)
cell() { local LC_ALL=C.UTF-8 s="$1" w="$2" a="${3:-l}"; local n=$((w - ${#s})); ((n < 0)) && n=0
	if [[ "$a" == r ]]; then printf ' %*s%s |' "$n" '' "$s"; else printf ' %s%*s |' "$s" "$n" ''; fi; }
row() { # row "l18:texte" "r8:123" ...
	local out="|" spec
	for spec in "$@"; do
		local head="${spec%%:*}" val="${spec#*:}"
		out+="$(cell "$val" "${head:1}" "${head:0:1}")"
	done
	printf '%s\n' "$out"
}
sep() { local out="|" w; for w in "$@"; do out+="$(printf -- '-%.0s' $(seq 1 $((w + 2))))|"; done; printf '%s\n' "$out"; }

ROWS=()
DIAG=()
ALL_OK=1
i=0
for s in "${SCENARIOS[@]}"; do
	IFS='|' read -r name path rps_target p99_target <<<"$s"
	i=$((i + 1))
	wait_quiet
	log "$name : préchauffage $WARMUP"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE$path" >"$WORK/warmup-$i.txt"

	settle
	etalon="$(calibrate)"
	log "$name : mesure $DURATION (étalon CPU $etalon ms)"
	a0="$(proc_ticks "$APP_PID")"; read -r mb0 mt0 <<<"$(machine_ticks)"; read -r gn0 gt0 <<<"$(gc_total)"
	TIMEFORMAT='%U %S %R'
	{ time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' \
		"$BASE$path" >"$WORK/run-$i.txt"; } 2>"$WORK/time-$i.txt"
	a1="$(proc_ticks "$APP_PID")"; read -r mb1 mt1 <<<"$(machine_ticks)"; read -r gn1 gt1 <<<"$(gc_total)"

	out="$WORK/run-$i.txt"
	rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")"; rps="${rps:-0}"
	p50="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
	p99="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
	non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$out")"
	sockerr="$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' "$out")"
	read -r wu ws wr <<<"$(tail -n1 "$WORK/time-$i.txt")"

	ok=OK
	((rps >= rps_target)) || ok=KO
	target="≥ $rps_target req/s"
	if [[ -n "$p99_target" ]]; then
		target="$target, p99 < $p99_target ms"
		awk -v p="$p99" -v t="$p99_target" 'BEGIN {exit !(p < t)}' || ok=KO
	fi
	[[ -z "$non2xx" ]] || ok=KO
	[[ "$ok" == OK ]] || ALL_OK=0
	ROWS+=("$(row "l18:$name" "l34:$path" "r6:$rps" "r8:$p50" "r8:$p99" "l28:$target" "l2:$ok")")
	read -r capp cwrk coth cmach <<<"$(awk -v a=$((a1 - a0)) -v tck="$TCK" -v wu="$wu" -v ws="$ws" -v wr="$wr" \
		-v mb=$((mb1 - mb0)) -v mt=$((mt1 - mt0)) -v n="$(nproc)" \
		'BEGIN { app = 100 * a / tck / wr; w = 100 * (wu + ws) / wr; m = 100 * mb / mt * n; o = m - app - w; if (o < 0) o = 0
		         printf "%.0f %.0f %.0f %.0f", app, w, o, 100 * mb / mt }')"
	gcn=$((gn1 - gn0)); gct="$(awk -v a="$gt0" -v b="$gt1" 'BEGIN {printf "%.3f", b - a}')"
	DIAG+=("$(row "l18:$name" "r9:$capp %" "r7:$cwrk %" "r7:$coth %" "r7:$cmach %" "r4:$gcn" "r6:$gct" "r7:${non2xx:-0}" "r6:$etalon" "l40:${sockerr:-aucune}")")
done

# --- résumé -------------------------------------------------------------------
st_ok=OK; ((STARTUP_MS < STARTUP_TARGET_S * 1000)) || { st_ok=KO; ALL_OK=0; }
echo
echo "AVA — banc de charge du $(date '+%Y-%m-%d %H:%M') — $(nproc) cœurs,${APP_ARGS:+ $APP_ARGS,} wrk -t$THREADS -c$CONNECTIONS, préchauffage $WARMUP, mesure $DURATION, Accept-Encoding: gzip"
echo
row "l18:scénario" "l34:chemin" "r6:req/s" "r8:p50 (ms)" "r8:p99 (ms)" "l28:cible" "l2:ok"
sep 18 34 6 8 8 28 2
printf '%s\n' "${ROWS[@]}"
row "l18:démarrage" "l34:/ (1re réponse 200, médiane)" "r6:-" "r8:-" "r8:$(awk -v m="$STARTUP_MS" 'BEGIN {printf "%.2f s", m / 1000}')" "l28:< $STARTUP_TARGET_S s" "l2:$st_ok"
row "l18:livret PDF, JVM neuve" "l34:1re génération, en tâche de fond" "r6:-" "r8:-" "r8:$(awk -v m="$PDF_MS" 'BEGIN {printf "%.2f s", m / 1000}')" "l28:(mesure ; cible : livret-pdf.sh)" "l2:-"
echo
echo "Diagnostic pendant la mesure (appli, wrk, autres : % d'un cœur ; machine : % des $(nproc) cœurs ; étalon : ms de calcul fixe juste avant) :"
row "l18:scénario" "r9:CPU appli" "r7:CPU wrk" "r7:autres" "r7:machine" "r4:GC" "r6:GC (s)" "r7:non-2xx" "r6:étalon" "l40:erreurs socket"
sep 18 9 7 7 7 4 6 7 6 40
printf '%s\n' "${DIAG[@]}"
echo "(livret PDF à froid : $(printf '%s ' "${PDFS[@]}")ms ; démarrage : ${#STARTS[@]} essais, $(printf '%s ' "${STARTS[@]}")ms, étalon $ETALON0 ms ; dernier essai : $first_path servie après $READY_MS ms, Spring démarré en $SPRING_STARTED ; sorties brutes de wrk et journal : $WORK)"
[[ "$NOISY" == 0 ]] || echo "ATTENTION : d'autres processus chargeaient la machine ; chiffres pessimistes."
if [[ "$ALL_OK" == 1 ]]; then echo "Toutes les cibles sont atteintes."; else echo "Au moins une cible est manquée (KO)."; exit 1; fi
