#!/usr/bin/env bash
# Banc de l'auto-positionnement : temps de la page de résultats (toutes les compétences évaluées) et
# enregistrement au fil de l'eau par 100 personnes à la fois (p95), sur H2 en mémoire, sur un fichier H2
# (H2=fichier ; H2_REGLAGES ajoute des réglages à son adresse, « ;WRITE_DELAY=0 » par défaut comme l'appli,
# H2_REGLAGES= pour le délai de 500 ms de H2) ou, si AVA_BENCH_POSTGRES_URL est donnée, sur PostgreSQL
# (profil postgres ; base dédiée au banc).
# Usage : bench/positionnement.sh  (le jar target/ava-*.jar doit exister : ./mvnw -q -B -DskipTests package)
# Variables : PERSONNES=20 (comptes créés, chacun avec son positionnement), CONNECTIONS=100 (personnes qui
#             répondent en même temps), PAUSE_MS=1000 (temps de réflexion de chacune entre deux réponses : une
#             réponse par seconde, bien plus vite qu'une personne réelle), DURATION=30s, WARMUP=20s,
#             MESURES=100 (demandes de la page de résultats), JAVA_OPTS="-Xmx512m"
# Un second passage sans pause donne le débit maximal (charge en boucle fermée, pour information).
# Sans serveur SMTP, l'appli écrit les liens de confirmation dans son journal : le banc les y lit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PERSONNES="${PERSONNES:-20}"
CONNECTIONS="${CONNECTIONS:-100}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-20s}"
MESURES="${MESURES:-100}"
PAUSE_MS="${PAUSE_MS:-1000}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
PORT="${PORT:-8119}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/ava-banc-positionnement.XXXXXX)"
MOT_DE_PASSE="Banc-Positionnement-2026"
log() { printf '[banc positionnement] %s\n' "$*" >&2; }

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
JAR="$(ls -1t "$ROOT"/target/ava-*.jar | head -n1)"
BASE_ARGS=("--spring.datasource.url=jdbc:h2:mem:banc;DB_CLOSE_DELAY=-1")
BASE_NOM="H2 en mémoire"
if [[ "${H2:-}" == fichier ]]; then
	BASE_ARGS=("--spring.datasource.url=jdbc:h2:file:$WORK/banc;AUTO_SERVER=FALSE${H2_REGLAGES-;WRITE_DELAY=0}")
	BASE_NOM="fichier H2 (${H2_REGLAGES-;WRITE_DELAY=0})"
fi
if [[ -n "${AVA_BENCH_POSTGRES_URL:-}" ]]; then
	BASE_ARGS=(--spring.profiles.active=postgres "--ava.url-publique=$BASE" "--spring.datasource.url=$AVA_BENCH_POSTGRES_URL"
		"--spring.datasource.username=${AVA_BENCH_POSTGRES_USER:-ava}" "--spring.datasource.password=${AVA_BENCH_POSTGRES_PASSWORD:-ava}")
fi
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --ava.export.preparer-au-demarrage=false \
	"${BASE_ARGS[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
until curl -s -o /dev/null "$BASE/"; do kill -0 $APP_PID || { tail -20 "$WORK/app.log"; exit 1; }; sleep 0.3; done
log "appli prête ($BASE, journal $WORK/app.log)"

jeton() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n1 | sed 's/.*value="//;s/"$//'; }

# Une personne : inscription, lien du journal, confirmation, connexion, positionnement sur tout le référentiel
SESSIONS=(); IDS=(); JETONS=()
for ((i = 0; i < PERSONNES; i++)); do
	email="banc-$i-$RANDOM@exemple.fr"; pot="$WORK/cookies-$i"
	curl -s -c "$pot" -b "$pot" "$BASE/inscription" -o "$WORK/page"
	curl -s -c "$pot" -b "$pot" -o /dev/null --data-urlencode "email=$email" --data-urlencode "nomAffiche=Personne $i" \
		--data-urlencode "motDePasse=$MOT_DE_PASSE" --data-urlencode "confirmation=$MOT_DE_PASSE" \
		--data-urlencode "_csrf=$(jeton "$WORK/page")" "$BASE/inscription"
	for _ in $(seq 50); do grep -q "courriel non envoyé à $email" "$WORK/app.log" && break; sleep 0.1; done
	lien="$(grep -A8 "courriel non envoyé à $email" "$WORK/app.log" | grep -o 'jeton=[A-Za-z0-9_-]*' | head -n1)"
	curl -s -c "$pot" -b "$pot" "$BASE/connexion" -o "$WORK/page"
	curl -s -c "$pot" -b "$pot" -o /dev/null --data-urlencode "${lien}" --data-urlencode "_csrf=$(jeton "$WORK/page")" \
		"$BASE/inscription/confirmation"
	curl -s -c "$pot" -b "$pot" "$BASE/connexion" -o "$WORK/page"
	curl -s -c "$pot" -b "$pot" -o /dev/null --data-urlencode "email=$email" --data-urlencode "motDePasse=$MOT_DE_PASSE" \
		--data-urlencode "_csrf=$(jeton "$WORK/page")" "$BASE/connexion"
	curl -s -c "$pot" -b "$pot" "$BASE/positionnements/nouveau" -o "$WORK/page"
	perimetres=$(grep -o 'name="perimetre" value="[A-Z0-9]*"' "$WORK/page" | sed 's/.*value="//;s/"//' | sed 's/^/-d perimetre=/' | tr '\n' ' ')
	# shellcheck disable=SC2086
	adresse="$(curl -s -c "$pot" -b "$pot" -o /dev/null -w '%{redirect_url}' $perimetres -d "_csrf=$(jeton "$WORK/page")" "$BASE/positionnements")"
	id="${adresse##*/}"
	session="$(awk '$6 == "SESSION" {print $7}' "$pot")"
	# Every competency of every page rated, through the plain form
	curl -s -b "$pot" "$BASE/positionnements/$id" -o "$WORK/page"
	for code in $(grep -o "/positionnements/$id/perimetres/[A-Z0-9]*" "$WORK/page" | sed 's|.*/||' | sort -u); do
		curl -s -b "$pot" "$BASE/positionnements/$id/perimetres/$code" -o "$WORK/q"
		reponses=$(grep -o 'name="n_[A-Z0-9-]*"' "$WORK/q" | sort -u | sed 's/name="//;s/"//' | awk '{printf "-d %s=%d ", $1, NR % 5}')
		# shellcheck disable=SC2086
		curl -s -b "$pot" -o /dev/null $reponses -d "_csrf=$(jeton "$WORK/q")" "$BASE/positionnements/$id/perimetres/$code"
	done
	SESSIONS+=("$session"); IDS+=("$id"); JETONS+=("$(jeton "$WORK/q")")
done
competences="$(curl -s -b "SESSION=${SESSIONS[0]}" "$BASE/api/v1/moi/positionnements/${IDS[0]}" | grep -o '"niveau":"[A-Z_]*"' | wc -l)"
log "$PERSONNES personnes, chacune avec un positionnement de $competences compétences évaluées"

# 1. Page de résultats : durée vue du client sur la boucle locale (≈ temps serveur), après préchauffage
for _ in $(seq 300); do curl -s -o /dev/null -b "SESSION=${SESSIONS[0]}" "$BASE/positionnements/${IDS[0]}/resultats"; done
for _ in $(seq "$MESURES"); do
	curl -s -o /dev/null -w '%{time_starttransfer}\n' -b "SESSION=${SESSIONS[0]}" "$BASE/positionnements/${IDS[0]}/resultats"
done | sort -n >"$WORK/resultats.txt"
p50="$(awk -v n="$MESURES" 'NR == int(n * 0.5) {printf "%.1f", $1 * 1000}' "$WORK/resultats.txt")"
p95="$(awk -v n="$MESURES" 'NR == int(n * 0.95) {printf "%.1f", $1 * 1000}' "$WORK/resultats.txt")"

# 2. Enregistrement au fil de l'eau : chaque requête, la réponse d'une personne à une compétence (htmx)
{
	echo "local personnes = {"
	for ((i = 0; i < PERSONNES; i++)); do echo "  {\"${SESSIONS[$i]}\", \"${IDS[$i]}\", \"${JETONS[$i]}\"},"; done
	echo "}"
	echo "local pause = tonumber(os.getenv('PAUSE_MS') or '0')"
	cat <<'LUA'
local n = 0
delay = function()
  return pause
end
request = function()
  n = n + 1
  local p = personnes[(n % #personnes) + 1]
  local corps = "n_M1-C0" .. ((n % 9) + 1) .. "=" .. (n % 5) .. "&_csrf=" .. p[3]
  return wrk.format("POST", "/positionnements/" .. p[2] .. "/perimetres/M1",
    {["Cookie"] = "SESSION=" .. p[1], ["HX-Request"] = "true",
     ["Content-Type"] = "application/x-www-form-urlencoded"}, corps)
end
done = function(summary, latency, requests)
  io.write(string.format("P95_MS %.2f\nP50_MS %.2f\nERREURS %d\n", latency:percentile(95) / 1000,
    latency:percentile(50) / 1000, summary.errors.status))
end
LUA
} >"$WORK/autosave.lua"
PAUSE_MS=0 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/autosave.lua" "$BASE" >/dev/null
PAUSE_MS="$PAUSE_MS" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/autosave.lua" "$BASE" >"$WORK/autosave.txt"
PAUSE_MS=0 wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/autosave.lua" "$BASE" >"$WORK/saturation.txt"
saturation="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$WORK/saturation.txt")"
s95="$(awk '/^P95_MS/ {print $2}' "$WORK/saturation.txt")"
debit="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$WORK/autosave.txt")"
a95="$(awk '/^P95_MS/ {print $2}' "$WORK/autosave.txt")"; a50="$(awk '/^P50_MS/ {print $2}' "$WORK/autosave.txt")"
erreurs="$(awk '/^ERREURS/ {print $2}' "$WORK/autosave.txt")"

ok() { awk -v v="$1" -v c="$2" 'BEGIN {print (v <= c) ? "OK" : "KO"}'; }
echo
echo "AVA — banc de l'auto-positionnement du $(date '+%Y-%m-%d %H:%M') — $(nproc) cœurs, base ${AVA_BENCH_POSTGRES_URL:+PostgreSQL}${AVA_BENCH_POSTGRES_URL:-$BASE_NOM}"
echo
echo "| mesure | p50 | p95 | cible | |"
echo "|---|---:|---:|---|---|"
echo "| page de résultats, $competences compétences évaluées ($MESURES demandes) | $p50 ms | $p95 ms | ≤ 50 ms | $(ok "$p95" 50) |"
echo "| enregistrement au fil de l'eau, $CONNECTIONS personnes en même temps, une réponse par ${PAUSE_MS} ms chacune ($debit req/s, $erreurs non-2xx) | $a50 ms | $a95 ms | p95 ≤ 100 ms | $(ok "$a95" 100) |"
echo "| débit maximal sans pause (pour information) : $saturation req/s, p95 $s95 ms | | | | |"
