#!/usr/bin/env bash
# Banc de l'analyse de fiches de poste, de bout en bout sur l'appli lancée (HTTP, lecture par Tika, rapprochement,
# réponse) : (a) une fiche de deux pages en DOCX envoyée à POST /api/v1/analyses, N fois l'une après l'autre ;
# (b) un corpus de 1 000 fiches d'une page (les 51 du jeu d'évaluation à tour de rôle, en TXT), déposé par un
# administrateur en 5 archives ZIP de 200 sur /fiches-de-poste/corpus.
# Usage : bench/analyse.sh [--build]     Variables : N=50 PRECHAUFFE=30 PORT=8119 JAVA_OPTS="-Xmx1g"
# Cibles : (a) p95 ≤ 300 ms ; (b) ≤ 30 s. Il faut java, curl, zip et libreoffice (conversion TXT → DOCX).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-50}"
PRECHAUFFE="${PRECHAUFFE:-30}"
PORT="${PORT:-8119}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
EVALUATION="$ROOT/src/test/resources/fiches-de-poste/evaluation"
EMAIL="banc.analyse@ava.test"
MOT_DE_PASSE="Mesure-Analyse-2026!"
BASE="http://127.0.0.1:$PORT"
log() { printf '[banc analyse] %s\n' "$*" >&2; }

for outil in java curl zip libreoffice awk; do command -v "$outil" >/dev/null || { echo "outil manquant : $outil" >&2; exit 1; }; done
if [[ "${1:-}" == --build || -z "$(ls "$ROOT"/target/ava-*.jar 2>/dev/null)" ]]; then
	(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR="$(ls -1t "$ROOT"/target/ava-*.jar | head -n1)"
WORK="$(mktemp -d /tmp/ava-banc-analyse.XXXXXX)"
log "jar : $JAR ; fichiers de travail : $WORK"

# La fiche de deux pages : les fiches 01 et 04 bout à bout (1 343 mots), en DOCX par LibreOffice
cat "$EVALUATION"/01-*.txt "$EVALUATION"/04-*.txt >"$WORK/fiche-deux-pages.txt"
(cd "$WORK" && libreoffice --headless --convert-to docx fiche-deux-pages.txt >/dev/null 2>&1)
[[ -s "$WORK/fiche-deux-pages.docx" ]] || { echo "conversion en DOCX impossible" >&2; exit 1; }
# Le corpus : 1 000 fiches d'une page, en 5 archives de 200 (la limite d'un envoi)
mapfile -t FICHES < <(ls "$EVALUATION"/*.txt)
for ((lot = 0; lot < 5; lot++)); do
	mkdir -p "$WORK/lot$lot"
	for ((k = 0; k < 200; k++)); do
		i=$((lot * 200 + k))
		cp "${FICHES[$((i % ${#FICHES[@]}))]}" "$WORK/lot$lot/fiche-$i.txt"
	done
	(cd "$WORK/lot$lot" && zip -q "../lot$lot.zip" ./*.txt)
done

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
	"--spring.datasource.url=jdbc:h2:mem:banc-analyse;DB_CLOSE_DELAY=-1" \
	"--ava.comptes.administrateur.email=$EMAIL" "--ava.comptes.administrateur.nom=Banc" \
	"--ava.comptes.administrateur.mot-de-passe=$MOT_DE_PASSE" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -s -o /dev/null "$BASE/" && break; sleep 0.5; done

# (a) la fiche de deux pages
analyse() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -F "fichier=@$WORK/fiche-deux-pages.docx" "$BASE/api/v1/analyses"; }
for ((k = 0; k < PRECHAUFFE; k++)); do analyse >/dev/null; done
: >"$WORK/durees.txt"
for ((k = 0; k < N; k++)); do
	read -r code duree <<<"$(analyse)"
	[[ "$code" == 200 ]] || { echo "POST /api/v1/analyses répond $code" >&2; exit 1; }
	awk -v d="$duree" 'BEGIN {printf "%.1f\n", 1000 * d}' >>"$WORK/durees.txt"
done
read -r mediane p95 <<<"$(sort -n "$WORK/durees.txt" | awk '{v[NR] = $1} END {r = int(0.95 * NR); if (r < 0.95 * NR) r++; print v[int((NR + 1) / 2)], v[r]}')"

# (b) le corpus, par un compte connecté (jeton CSRF de la page)
JAR_COOKIES="$WORK/cookies.txt"
page="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/connexion")"
jeton() { grep -o 'name="_csrf" value="[^"]*"' <<<"$1" | head -n1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "email=$EMAIL" \
	--data-urlencode "motDePasse=$MOT_DE_PASSE" --data-urlencode "_csrf=$(jeton "$page")" "$BASE/connexion"
page="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/fiches-de-poste/corpus")"
debut=$(date +%s%N)
cible="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -F "_csrf=$(jeton "$page")" \
	-F "nom=Banc de mille fiches" -F employeur=COMMUNE -F territoire=URBAIN -F "fichiers=@$WORK/lot0.zip" "$BASE/fiches-de-poste/corpus")"
[[ "$cible" == */fiches-de-poste/corpus/* ]] || { echo "la création du corpus échoue (voir $WORK/app.log)" >&2; exit 1; }
for lot in 1 2 3 4; do
	page="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$cible")"
	code="$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" -F "_csrf=$(jeton "$page")" \
		-F employeur=COMMUNE -F territoire=URBAIN -F "fichiers=@$WORK/lot$lot.zip" "$cible/fiches")"
	[[ "$code" == 302 ]] || { echo "lot $lot : $code" >&2; exit 1; }
done
corpus_ms=$((($(date +%s%N) - debut) / 1000000))
lues="$(curl -s -b "$JAR_COOKIES" "$cible" | grep -o '[0-9]* fiches analysées' | head -n1)"

echo
echo "AVA — banc de l'analyse du $(date '+%Y-%m-%d %H:%M') — $(nproc) cœurs"
echo "| mesure | valeur | cible |"
echo "|---|---:|---|"
echo "| fiche de 2 pages (DOCX, $(wc -w <"$WORK/fiche-deux-pages.txt") mots) par l'API, $N fois : médiane / p95 | $mediane / $p95 ms | p95 ≤ 300 ms |"
echo "| corpus de 1 000 fiches d'une page (5 ZIP de 200), dépôt et analyse : $lues | $corpus_ms ms | ≤ 30 000 ms |"
