#!/usr/bin/env bash
# Banc des comptes d'AVA : durée d'une connexion par mot de passe (BCrypt au coût réel) et débit d'une page
# authentifiée (/positionnements par défaut) avec les sessions en base (Spring Session JDBC) : sur H2 en mémoire, puis sur
# PostgreSQL (profil postgres) si AVA_BENCH_POSTGRES_URL est donnée.
# Usage : bench/comptes.sh [--build] [--port N]
#   --build   reconstruit le jar même s'il existe (./mvnw -q -B -DskipTests package)
#   --port N  premier port essayé (8109 par défaut ; le suivant libre sinon)
# Variables : CONNEXIONS=30 (connexions mesurées, l'une après l'autre ; GET /connexion puis POST /connexion)
#             PRECHAUFFE_CONNEXIONS=5 (connexions faites avant, non comptées)
#             PAGE=/positionnements (la page authentifiée mesurée : la liste qu'une accompagnatrice ouvre le plus
#             souvent ; /mon-compte, avec ses cinq formulaires, est la plus lourde des pages du compte)
#             WARMUP=60s DURATION=30s THREADS=2 CONNECTIONS=32 JAVA_OPTS="-Xmx512m" (wrk sur la page ; les pages
#             Thymeleaf demandent un long travail au JIT : 10 s de préchauffage n'y suffisent pas)
#             SESSIONS=1 (sessions connectées que wrk se partage : 1, un seul cookie SESSION pour toutes les
#             connexions de wrk ; N, un cookie différent à chaque requête, tour à tour)
#             AVA_BENCH_POSTGRES_URL=jdbc:postgresql://localhost:5432/ava_bench (base dédiée au banc : les
#             migrations y sont appliquées, rien n'y est effacé) ; AVA_BENCH_POSTGRES_USER=ava AVA_BENCH_POSTGRES_PASSWORD=ava
#             JAR=chemin (mesurer ce jar-là, sans construction, par exemple celui d'avant une modification)
#             CDS=1 BUILD_TRIES=3 APP_ARGS="--cle=valeur ..." SETTLE_MAX=30 QUIET_MAX=15 QUIET_WAIT=300 : comme bench/run.sh
# Le compte mesuré est créé au démarrage (--ava.comptes.administrateur.*) ; toute la charge vise 127.0.0.1 ;
# l'application est arrêtée à la sortie. Code de sortie 1 si une cible est manquée.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNEXIONS="${CONNEXIONS:-30}"
PRECHAUFFE_CONNEXIONS="${PRECHAUFFE_CONNEXIONS:-5}"
WARMUP="${WARMUP:-60s}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
SESSIONS="${SESSIONS:-1}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
CDS="${CDS:-1}"
APP_ARGS="${APP_ARGS:-}"
read -r -a APP_ARGV <<<"$APP_ARGS" || true
BUILD_TRIES="${BUILD_TRIES:-3}"
STARTUP_TIMEOUT_S="${STARTUP_TIMEOUT_S:-120}"
PG_URL="${AVA_BENCH_POSTGRES_URL:-}"
PG_USER="${AVA_BENCH_POSTGRES_USER:-ava}"
PG_PASSWORD="${AVA_BENCH_POSTGRES_PASSWORD:-ava}"
PORT=8109
BUILD=0

while [[ $# -gt 0 ]]; do
	case "$1" in
		--build) BUILD=1; shift ;;
		--port) PORT="$2"; shift 2 ;;
		--port=*) PORT="${1#--port=}"; shift ;;
		-h|--help) sed -n '2,21p' "$0"; exit 0 ;;
		*) echo "argument inconnu : $1" >&2; exit 2 ;;
	esac
done

# Cibles : connexion (p95, ms) et page authentifiée (req/s)
CONNEXION_CIBLE_MS=300
PAGE_CIBLE_RPS=1000
PAGE="${PAGE:-/positionnements}"
# Le compte du banc : son mot de passe suit la règle d'AVA (12 caractères, 3 sortes, ni nom ni adresse)
EMAIL="banc.comptes@ava.test"
MOT_DE_PASSE="Mesure-Charge-2026!"
NOM="Banc des comptes"

log() { printf '[banc comptes] %s\n' "$*" >&2; }

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

JAR_DONNE="${JAR:-}"
JAR="${JAR_DONNE:-$(find_jar)}"
[[ -z "$JAR_DONNE" || -f "$JAR_DONNE" ]] || { echo "JAR=$JAR_DONNE : fichier absent" >&2; exit 1; }
if [[ -z "$JAR_DONNE" && ( -z "$JAR" || "$BUILD" == 1 ) ]]; then
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
WORK="$(mktemp -d /tmp/ava-banc-comptes.XXXXXX)"
cp "$JAR" "$WORK/app.jar"
log "jar : $JAR ; journaux et sorties brutes : $WORK"

# Démarrage comme en production (voir bench/run.sh) : jar extrait et archive CDS.
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

# --- outils de mesure (les mêmes que bench/run.sh) ------------------------------
now_ms() { echo $(($(date +%s%N) / 1000000)); }
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
to_bytes() { # "1.23GB" / "850.00KB" / "12B" -> octets (wrk compte en puissances de 1024)
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "KB") n *= 1024; else if (u == "MB") n *= 1048576; else if (u == "GB") n *= 1073741824; else if (u == "TB") n *= 1099511627776
		printf "%.0f", n }'
}
# CPU des autres processus (hors appli) en % d'un cœur, sur 2 s
other_cpu() {
	local a0 a1 b0 t0 b1 t1
	a0="$(proc_ticks "$APP_PID")"; read -r b0 t0 <<<"$(machine_ticks)"
	sleep 2
	a1="$(proc_ticks "$APP_PID")"; read -r b1 t1 <<<"$(machine_ticks)"
	awk -v b=$((b1 - b0 - (a1 - a0))) -v tck="$TCK" 'BEGIN {v = 100 * b / tck / 2; if (v < 0) v = 0; printf "%.0f", v}'
}
# Étalon : durée (ms) d'une même boucle de calcul lancée sur chaque cœur (voir bench/run.sh)
calibrate() {
	local t0 n k
	n="$(nproc)"; t0="$(now_ms)"
	for ((k = 0; k < n; k++)); do awk 'BEGIN {for (i = 0; i < 3e6; i++) s += i}' & done
	wait
	echo $(($(now_ms) - t0))
}
# Attendre (SETTLE_MAX s au plus) que l'appli, sans charge, prenne moins de 10 % d'un cœur sur une seconde
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
# Attente d'une machine calme : QUIET_MAX % d'un cœur hors appli, QUIET_WAIT s au plus
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
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
p95() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {r = int(0.95 * NR); if (r < 0.95 * NR) r++; print v[r]}'; } # rang le plus proche

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

# start_app <nom> <arguments Spring...> : lance l'appli, attend la première réponse 200 de « / »
# (le mot de passe de PostgreSQL passe par l'environnement, pas par la ligne de commande)
start_app() {
	local nom="$1" t0 deadline
	shift
	t0="$(now_ms)"
	# shellcheck disable=SC2086
	(cd "$APP_DIR" && SPRING_DATASOURCE_PASSWORD="$DATASOURCE_PASSWORD" exec java $JAVA_OPTS $CDS_OPTS -jar app.jar \
		--server.port="$PORT" --server.address=127.0.0.1 \
		"--ava.comptes.administrateur.email=$EMAIL" "--ava.comptes.administrateur.nom=$NOM" \
		"--ava.comptes.administrateur.mot-de-passe=$MOT_DE_PASSE" "$@" "${APP_ARGV[@]}" \
		>"$WORK/app-$nom.log" 2>&1) &
	APP_PID=$!
	deadline=$((t0 + STARTUP_TIMEOUT_S * 1000))
	until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" 2>/dev/null || true)" == 200 ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "l'application s'est arrêtée ; voir $WORK/app-$nom.log" >&2; tail -n 30 "$WORK/app-$nom.log" >&2; exit 1; }
		(($(now_ms) < deadline)) || { echo "pas de page servie après ${STARTUP_TIMEOUT_S} s" >&2; exit 1; }
		sleep 0.1
	done
	log "$nom : première page servie après $(($(now_ms) - t0)) ms"
}

# Une connexion comme un navigateur neuf : GET /connexion (jeton CSRF, cookie de session), POST /connexion.
# Affiche « ms_total ms_get ms_post » ; laisse le cookie SESSION de la session connectée dans $WORK/session.
connexion() {
	local jar="$WORK/cookies.txt" page token get_ms post code cible post_ms
	rm -f "$jar"
	page="$(curl -s -c "$jar" -b "$jar" -w '\n%{http_code} %{time_total}' "$BASE/connexion")"
	read -r code get_ms <<<"$(tail -n1 <<<"$page")"
	[[ "$code" == 200 ]] || { echo "GET /connexion répond $code" >&2; exit 1; }
	token="$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n1 | sed 's/.*value="//; s/"$//')"
	[[ -n "$token" ]] || { echo "pas de jeton CSRF dans /connexion" >&2; exit 1; }
	post="$(curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url} %{time_total}' \
		--data-urlencode "email=$EMAIL" --data-urlencode "motDePasse=$MOT_DE_PASSE" --data-urlencode "_csrf=$token" \
		"$BASE/connexion")"
	read -r code cible post_ms <<<"$post"
	[[ "$code" == 302 && "$cible" == */mon-compte ]] || {
		echo "la connexion échoue (POST /connexion : $code vers $cible) ; un compte $EMAIL existait-il avec un autre mot de passe ?" >&2
		exit 1
	}
	awk '$6 == "SESSION" {print $7}' "$jar" >"$WORK/session"
	awk -v g="$get_ms" -v p="$post_ms" 'BEGIN {printf "%.1f %.1f %.1f\n", 1000 * (g + p), 1000 * g, 1000 * p}'
}

# Code et taille (en-têtes + corps gzip) de la réponse de la page pour ce cookie
page() {
	local r code h d
	r="$(curl -s -m 60 -o "$WORK/page.html" -H 'Accept-Encoding: gzip' -H "Cookie: SESSION=$1" \
		-w '%{http_code} %{size_header} %{size_download}' "$BASE$PAGE")" || true
	read -r code h d <<<"$r"
	echo "${code:-000} $((${h:-0} + ${d:-0}))"
}

# --- tableau (comme bench/run.sh) -----------------------------------------------
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
NOTES=()
ALL_OK=1

# mesurer <base> <arguments Spring...> : une instance, ses connexions puis la charge sur la page authentifiée
mesurer() {
	local base="$1"
	shift
	wait_quiet
	start_app "$base" "$@"
	settle
	local premiere
	premiere="$(connexion | awk '{print $1}')"
	for ((k = 0; k < PRECHAUFFE_CONNEXIONS; k++)); do connexion >/dev/null; done

	# (a) connexions l'une après l'autre
	wait_quiet
	local etalon durees=() gets=() posts=() r t g p
	etalon="$(calibrate)"
	log "$base : $CONNEXIONS connexions l'une après l'autre (étalon CPU $etalon ms)"
	for ((k = 0; k < CONNEXIONS; k++)); do
		r="$(connexion)"
		read -r t g p <<<"$r"
		durees+=("$t"); gets+=("$g"); posts+=("$p")
	done
	local med p95v ok=OK
	med="$(median "${durees[@]}")"; p95v="$(p95 "${durees[@]}")"
	awk -v p="$p95v" -v c="$CONNEXION_CIBLE_MS" 'BEGIN {exit !(p <= c)}' || { ok=KO; ALL_OK=0; }
	ROWS+=("$(row "l34:connexion (GET + POST /connexion)" "l10:$base" "r7:-" "r20:$med" "r17:$p95v" "l26:p95 ≤ $CONNEXION_CIBLE_MS ms" "l2:$ok")")
	NOTES+=("$base : première connexion après le démarrage $premiere ms ; médianes GET $(median "${gets[@]}") ms, POST $(median "${posts[@]}") ms ; min $(printf '%s\n' "${durees[@]}" | sort -n | head -n1) ms, max $(printf '%s\n' "${durees[@]}" | sort -n | tail -n1) ms")

	# (b) la page authentifiée sous charge, sessions en base
	local cookies=() code taille
	for ((k = 0; k < SESSIONS; k++)); do connexion >/dev/null; cookies+=("$(cat "$WORK/session")"); done
	read -r code taille <<<"$(page "${cookies[0]}")"
	[[ "$code" == 200 ]] || { echo "$PAGE répond $code avec la session connectée" >&2; exit 1; }
	grep -q "$NOM" <(gzip -dc "$WORK/page.html" 2>/dev/null || cat "$WORK/page.html") \
		|| { echo "$PAGE ne montre pas le nom du compte connecté" >&2; exit 1; }
	local charge=(-H 'Accept-Encoding: gzip')
	if ((SESSIONS == 1)); then
		charge+=(-H "Cookie: SESSION=${cookies[0]}")
	else # un cookie différent à chaque requête, tour à tour (un état Lua par fil de wrk)
		cat >"$WORK/sessions.lua" <<-'LUA'
			local cookies, n = {}, 0
			function init(args) for i, c in ipairs(args) do cookies[i] = "SESSION=" .. c end end
			function request() n = n % #cookies + 1; wrk.headers["Cookie"] = cookies[n]; return wrk.format() end
		LUA
		charge+=(-s "$WORK/sessions.lua")
	fi
	local lua_args=()
	((SESSIONS == 1)) || lua_args=(-- "${cookies[@]}")
	wait_quiet
	log "$base : $PAGE, préchauffage $WARMUP ($SESSIONS session(s) connectée(s))"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${charge[@]}" "$BASE$PAGE" "${lua_args[@]}" >"$WORK/warmup-$base.txt"
	local err_prechauffe
	err_prechauffe="$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$WORK/warmup-$base.txt")"
	[[ -z "$err_prechauffe" ]] || NOTES+=("$base : $err_prechauffe réponses en erreur pendant le préchauffage de $PAGE (voir $WORK/app-$base.log)")
	settle
	etalon="$(calibrate)"
	log "$base : $PAGE, mesure $DURATION (étalon CPU $etalon ms)"
	local a0 a1 mb0 mt0 mb1 mt1 gn0 gt0 gn1 gt1 wu ws wr
	a0="$(proc_ticks "$APP_PID")"; read -r mb0 mt0 <<<"$(machine_ticks)"; read -r gn0 gt0 <<<"$(gc_total)"
	TIMEFORMAT='%U %S %R'
	{ time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${charge[@]}" "$BASE$PAGE" "${lua_args[@]}" \
		>"$WORK/run-$base.txt"; } 2>"$WORK/time-$base.txt"
	a1="$(proc_ticks "$APP_PID")"; read -r mb1 mt1 <<<"$(machine_ticks)"; read -r gn1 gt1 <<<"$(gc_total)"

	local out="$WORK/run-$base.txt" rps p50 p99 non2xx sockerr requetes lu moyenne
	rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")"; rps="${rps:-0}"
	p50="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
	p99="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
	non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$out")"
	sockerr="$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' "$out")"
	requetes="$(awk '/requests in/ {print $1}' "$out")"
	lu="$(to_bytes "$(awk '/requests in/ {print $(NF-1)}' "$out")")"
	moyenne=$((lu / (requetes > 0 ? requetes : 1)))
	read -r wu ws wr <<<"$(tail -n1 "$WORK/time-$base.txt")"

	ok=OK
	((rps >= PAGE_CIBLE_RPS)) || ok=KO
	[[ -z "$non2xx" ]] || ok=KO
	# wrk ne compte pas une redirection (302 vers /connexion) comme une erreur : une session perdue se voit
	# à la taille moyenne des réponses, qui doit rester celle de la page (± 20 %), et à la page servie après.
	if ((requetes == 0)); then ok=KO; NOTES+=("$base : aucune réponse pendant la mesure (voir $WORK/app-$base.log)")
	elif ((moyenne * 10 < taille * 8)); then ok=KO; NOTES+=("$base : réponses de $moyenne octets en moyenne pour une page de $taille : la session a été perdue ?"); fi
	read -r code _ <<<"$(page "${cookies[0]}")"
	[[ "$code" == 200 ]] || { ok=KO; NOTES+=("$base : $PAGE répond $code juste après la charge, au lieu de 200"); }
	[[ "$ok" == OK ]] || ALL_OK=0
	ROWS+=("$(row "l34:$PAGE ($SESSIONS session(s), -c$CONNECTIONS)" "l10:$base" "r7:$rps" "r20:$p50" "r17:$p99" "l26:≥ $PAGE_CIBLE_RPS req/s" "l2:$ok")")
	local capp cwrk coth cmach gcn gct
	read -r capp cwrk coth cmach <<<"$(awk -v a=$((a1 - a0)) -v tck="$TCK" -v wu="$wu" -v ws="$ws" -v wr="$wr" \
		-v mb=$((mb1 - mb0)) -v mt=$((mt1 - mt0)) -v n="$(nproc)" \
		'BEGIN { app = 100 * a / tck / wr; w = 100 * (wu + ws) / wr; m = 100 * mb / mt * n; o = m - app - w; if (o < 0) o = 0
		         printf "%.0f %.0f %.0f %.0f", app, w, o, 100 * mb / mt }')"
	gcn=$((gn1 - gn0)); gct="$(awk -v a="$gt0" -v b="$gt1" 'BEGIN {printf "%.3f", b - a}')"
	DIAG+=("$(row "l10:$base" "r9:$capp %" "r7:$cwrk %" "r7:$coth %" "r7:$cmach %" "r4:$gcn" "r6:$gct" "r7:${non2xx:-0}" "r8:$moyenne" "r6:$etalon" "l30:${sockerr:-aucune}")")
	stop_app
}

DATASOURCE_PASSWORD=""
mesurer H2 "--spring.datasource.url=jdbc:h2:mem:banc;DB_CLOSE_DELAY=-1"
if [[ -n "$PG_URL" ]]; then
	DATASOURCE_PASSWORD="$PG_PASSWORD"
	mesurer PostgreSQL --spring.profiles.active=postgres "--ava.url-publique=http://127.0.0.1" "--spring.datasource.url=$PG_URL" "--spring.datasource.username=$PG_USER"
else
	NOTES+=("PostgreSQL non mesuré : AVA_BENCH_POSTGRES_URL n'est pas donnée")
fi

# --- résumé -------------------------------------------------------------------
echo
echo "AVA — banc des comptes du $(date '+%Y-%m-%d %H:%M') — $(nproc) cœurs,${APP_ARGS:+ $APP_ARGS,} $CONNEXIONS connexions l'une après l'autre (après $PRECHAUFFE_CONNEXIONS de préchauffage) ; $PAGE : wrk -t$THREADS -c$CONNECTIONS, préchauffage $WARMUP, mesure $DURATION, Accept-Encoding: gzip"
echo
row "l34:scénario" "l10:base" "r7:req/s" "r20:médiane / p50 (ms)" "r17:p95 / p99 (ms)" "l26:cible" "l2:ok"
sep 34 10 7 20 17 26 2
printf '%s\n' "${ROWS[@]}"
echo "(connexion : médiane et p95 de la durée GET + POST ; $PAGE : p50 et p99 de wrk)"
echo
echo "Diagnostic pendant la charge (appli, wrk, autres : % d'un cœur ; machine : % des $(nproc) cœurs ; octets : taille moyenne d'une réponse) :"
row "l10:base" "r9:CPU appli" "r7:CPU wrk" "r7:autres" "r7:machine" "r4:GC" "r6:GC (s)" "r7:non-2xx" "r8:octets" "r6:étalon" "l30:erreurs socket"
sep 10 9 7 7 7 4 6 7 8 6 30
printf '%s\n' "${DIAG[@]}"
printf '%s\n' "${NOTES[@]}"
echo "(sorties brutes de wrk et journaux : $WORK)"
[[ "$NOISY" == 0 ]] || echo "ATTENTION : d'autres processus chargeaient la machine ; chiffres pessimistes."
if [[ "$ALL_OK" == 1 ]]; then echo "Toutes les cibles sont atteintes."; else echo "Au moins une cible est manquée (KO)."; exit 1; fi
