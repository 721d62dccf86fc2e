#!/usr/bin/env bash
# Scans the running application with sqlmap (SQL injection in the REST API's parameters and the
# login form) and wapiti (the pages and the API: injections, XSS, file and command execution,
# CRLF, open redirects, headers, cookies). The application runs as `mvn spring-boot:run` runs it
# (scripts/classpath.sh), on 127.0.0.1 only, with the demo data on a throw-away embedded database,
# and only 127.0.0.1 is scanned.
#
#   scripts/security-scan.sh [--short] [--jar] [--write]
#
# --short  a quick form for CI (a few minutes): sqlmap at level 1 as one official and anonymously
#          on the public calls, wapiti with the core modules and a time limit
# (default) the full form: sqlmap at level 2 / risk 2 as anonymous, an official and an applicant,
#          the Accept-Language header and the login form; wapiti with more modules and attack level 2
# --jar    scans the production jar instead (Vaadin in production mode, as deployed; AVUSTUS_JAR or
#          scripts/production-jar.sh); reports and summaries are named <form>-jar
# --write  also keeps the summary and wapiti's JSON report in docs/security-scan/
#
# Reports go to target/security-scan/<form>/; the summary is summary.md there. Exits 1 when a
# finding is medium, high or critical (wapiti's level 2 or more, or sqlmap reporting an injectable
# parameter), 2 when the scan itself could not run.
# Environment: MAVEN_ARGS (e.g. -o), TIMEOUT (seconds to wait for the application, default 600), KEEP=1 keeps
# the throw-away data directory.
set -euo pipefail
cd "$(dirname "$0")/.."

form=full
write=false
jar=false
for argument in "$@"; do
  case "$argument" in
    --short) form=short ;;
    --write) write=true ;;
    --jar) jar=true ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $argument" >&2; exit 2 ;;
  esac
done
TIMEOUT=${TIMEOUT:-600}
KEEP=${KEEP:-0}
HOST=127.0.0.1
DEMO_PASSWORD=avustus2026
# Who sqlmap and wapiti act as: an official sees every organisation's cases, an applicant only its own.
OFFICIAL=virkailija
APPLICANT=hakija
ADMIN=admin

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
if ! command -v sqlmap >/dev/null || ! command -v wapiti >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlmap wapiti >/dev/null
fi

run=$form
if [ "$jar" = true ]; then run=$form-jar; fi
out=target/security-scan/$run
rm -rf "$out"
mkdir -p "$out"
out=$(realpath "$out")
if [ "$jar" = true ]; then
  application=(-jar "$(scripts/production-jar.sh)")
  target="the production jar (Vaadin in production mode)"
else
  # Not the jar that `mvn package` builds: in Vaadin's development mode it needs the project's folders,
  # and run from a jar it answered every screen with 500, so the screens' scan attacked error pages.
  application=(-cp "$(scripts/classpath.sh)" fi.avustus.AvustusApplication)
  target="the application as \`mvn spring-boot:run\` runs it (Vaadin in development mode)"
fi

now() { date +%s; }
minutes() { local s=$(($(now) - $1)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

data=$(mktemp -d -t avustus-scan.XXXXXX)
app_pid=""
stop_application() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ "$KEEP" != 1 ]; then rm -rf "$data"; fi
}
trap stop_application EXIT

started_all=$(now)
started=$started_all
port=$(free_port)
db_port=$(free_port)
base="http://$HOST:$port"
echo "starting the application on $base (log $out/application.log)" >&2
# The demo profile gives the scanners users with known passwords; the mail outbox stays unsent.
AVUSTUS_DATA_DIR="$data" AVUSTUS_DB_PORT="$db_port" SERVER_PORT="$port" SPRING_PROFILES_ACTIVE=demo \
  java "${application[@]}" --server.address=$HOST >"$out/application.log" 2>&1 &
app_pid=$!
until curl -s --max-time 2 "$base/actuator/health" | grep -q '"status":"UP"'; do
  if ! kill -0 "$app_pid" 2>/dev/null || [ $(($(now) - started)) -gt "$TIMEOUT" ]; then
    echo "the application did not come up; see $out/application.log" >&2
    exit 2
  fi
  sleep 2
done
startup=$(minutes "$started")
echo "application up in $startup" >&2
# Scanning error pages would pass for a clean scan of the screens.
login_page=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$base/login")
if [ "$login_page" != 200 ]; then
  echo "the login page answered $login_page, not 200: the screens cannot be scanned; see $out/application.log" >&2
  exit 2
fi

# A screen session as the official, through the login form as a browser sends it (with the
# CSRF token that the login page carries), for wapiti's crawl of the pages.
login() { # username, cookie jar
  local token
  token=$(curl -s -c "$2" -b "$2" "$base/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$2" -b "$2" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$1" \
    --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "_csrf=$token" "$base/login"
}
landing=$(login "$OFFICIAL" "$out/session.txt")
if [[ "$landing" == *error* ]] || ! grep -q JSESSIONID "$out/session.txt"; then
  echo "could not log in as $OFFICIAL (sent to '$landing')" >&2
  exit 2
fi

# A personal access token for each scanning user, written straight into the throw-away database as
# the tokens page would (only the SHA-256 hash is stored). HTTP basic costs a BCrypt hash on every
# request, about 0.3 s on two busy cores, which would stretch sqlmap's thousands of requests to an
# hour; a token authenticates the same user through the same filter chain and facades.
access_token() { # username
  local secret
  secret=$(python3 -c 'import base64, os; print("avt_" + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')
  psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$db_port" -U postgres -d avustus -c "
    insert into avustus.access_token (version, created_at, created_by, user_account_id, name, prefix, secret_hash, expires_at)
    select 0, now(), 'security-scan', id, 'security scan', '${secret:0:10}', '$(printf %s "$secret" | sha256sum | cut -d' ' -f1)',
      now() + interval '1 day'
    from avustus.user_account where username = '$1'" >/dev/null
  echo "$secret"
}
official_token=$(access_token "$OFFICIAL")
applicant_token=$(access_token "$APPLICANT")
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $official_token" "$base/api/v1/applications")" != 200 ]; then
  echo "the access token for $OFFICIAL does not work" >&2
  exit 2
fi

curl -s -f "$base/v3/api-docs" >"$out/api-docs.json"
# sqlmap's targets from the OpenAPI document, one file per identity: every GET operation it may
# call, query parameters filled with valid samples, and '*' (sqlmap's mark for a custom injection
# point) after each path id. A path id is one the identity can see, read from the list above it:
# sqlmap gives up on a target whose plain request fails.
python3 - "$out/api-docs.json" "$base" "$out" anonymous "$OFFICIAL:$official_token" "$APPLICANT:$applicant_token" <<'PYTHON'
import json, re, sys, urllib.request
spec, base, out, identities = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4:]

def sample(schema):
    schema = schema or {}
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].split("/")[-1]]
    if "enum" in schema:
        return str(schema["enum"][0])
    if schema.get("type") == "array":
        return sample(schema.get("items"))
    if "default" in schema:
        return str(schema["default"])
    if schema.get("format") == "date":
        return "2026-01-01"
    if schema.get("type") in ("integer", "number"):
        return str(schema.get("minimum", 1))
    if schema.get("type") == "boolean":
        return "true"
    return "test"

def first_id(collection, credentials):
    request = urllib.request.Request(base + collection, headers={"Accept": "application/json"})
    if credentials:
        request.add_header("Authorization", "Bearer " + credentials)
    try:
        items = json.load(urllib.request.urlopen(request, timeout=30)).get("items", [])
        return str(items[0]["id"]) if items and "id" in items[0] else "1"
    except Exception:
        return "1"

for identity in identities:
    credentials = None if identity == "anonymous" else identity.split(":", 1)[1]
    urls = []
    for template, operations in sorted(spec["paths"].items()):
        operation = operations.get("get")
        public = operation is not None and operation.get("security") == []
        if operation is None or public == bool(credentials):
            continue
        path, query = template, []
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "path":
                collection = template.split("{%s}" % parameter["name"])[0].rstrip("/")
                value = first_id(re.sub(r"\{[^}]+\}", "1", collection), credentials)
                path = path.replace("{%s}" % parameter["name"], value + "*")
            elif parameter["in"] == "query":
                query.append("%s=%s" % (parameter["name"], sample(parameter.get("schema"))))
        urls.append(base + path + ("?" + "&".join(query) if query else ""))
    name = identity.split(":")[0]
    with open("%s/targets-%s.txt" % (out, name), "w") as targets:
        targets.write("".join(url + "\n" for url in urls))
PYTHON
for identity in anonymous "$OFFICIAL" "$APPLICANT"; do
  if [ ! -s "$out/targets-$identity.txt" ]; then
    echo "no API operations for $identity in $out/api-docs.json" >&2
    exit 2
  fi
done

# --- sqlmap ------------------------------------------------------------------------------------
sqlmap_version=$(sqlmap --version 2>/dev/null | head -1)
if [ "$form" = short ]; then
  sqlmap_options=(--level=1 --risk=1)
else
  sqlmap_options=(--level=2 --risk=2)
fi
sqlmap_rows=()
sqlmap_findings=0
# Runs sqlmap on its own in batch mode; a name for its output, then sqlmap's arguments.
sqlmap_run() {
  local name=$1 started found targets
  shift
  started=$(now)
  sqlmap --batch --disable-coloring --flush-session --output-dir="$out/sqlmap-$name" \
    --results-file="$out/sqlmap-$name.csv" "${sqlmap_options[@]}" "$@" >"$out/sqlmap-$name.log" 2>&1 || true
  # Positive verdicts only; sqlmap's "does not seem to be injectable" must not count.
  found=$(grep -cE "identified the following injection point|parameter '.*' is vulnerable|appears to be '.*' injectable" \
    "$out/sqlmap-$name.log" || true)
  sqlmap_findings=$((sqlmap_findings + found))
  targets=$(grep -c "\[INFO\] testing URL" "$out/sqlmap-$name.log" || true)
  sqlmap_rows+=("| $name | $((targets > 0 ? targets : 1)) | $(grep -c "does not seem to be injectable" "$out/sqlmap-$name.log" || true) | $found | $(
    grep -oE "[0-9]{3} \([^)]*\) - [0-9]+ times" "$out/sqlmap-$name.log" \
      | awk '{ n[$1 " " $2 " " $3] += $(NF - 1) } END { for (c in n) { printf "%s%s × %d", sep, c, n[c]; sep = ", " } }' || true
    ) | $(minutes "$started") |")
  echo "sqlmap $name: $found injectable in $(minutes "$started")" >&2
}
sqlmap_run anonymous -m "$out/targets-anonymous.txt"
sqlmap_run "$OFFICIAL" -m "$out/targets-$OFFICIAL.txt" -H "Authorization: Bearer $official_token"
if [ "$form" = full ]; then
  sqlmap_run "$APPLICANT" -m "$out/targets-$APPLICANT.txt" -H "Authorization: Bearer $applicant_token"
  # HTTP basic on the operation with the most parameters: the same chain with the other authentication.
  sqlmap_run "$OFFICIAL-basic" -u "$(grep -m1 '/api/v1/projects?' "$out/targets-$OFFICIAL.txt")" \
    --auth-type=Basic --auth-cred="$OFFICIAL:$DEMO_PASSWORD"
  # The problem documents' language comes from this header, read by the application itself.
  sqlmap_run accept-language -u "$base/api/v1/applications?page=0&size=20" -H "Accept-Language: en*" \
    -H "Authorization: Bearer $official_token"
  # The login form, with a fresh CSRF token for every request. A username that does not exist, so
  # that the failed attempts lock no demo account.
  sqlmap_run login-form -u "$base/login" --data="username=scan-probe&password=wrong&_csrf=x" -p username,password \
    --csrf-token=_csrf --csrf-url="$base/login"
  # The engine's own REST API, which only administrators reach, and only by HTTP basic: list operations
  # with text filters, at level 1, as every request costs a BCrypt hash.
  printf '%s\n' "$base/engine-rest/task?nameLike=a&assigneeLike=a" "$base/engine-rest/process-instance?businessKeyLike=a" \
    "$base/engine-rest/history/process-instance?processInstanceBusinessKeyLike=a&processDefinitionKey=a" \
    >"$out/targets-engine-rest.txt"
  sqlmap_run "$ADMIN-engine-rest" -m "$out/targets-engine-rest.txt" --auth-type=Basic --auth-cred="$ADMIN:$DEMO_PASSWORD" \
    --level=1 --risk=1
fi

# --- wapiti ------------------------------------------------------------------------------------
wapiti_version=$(wapiti --version 2>/dev/null | tail -1)
# Debian 12's wapiti 3.0.4 builds its exclusion patterns with a regular expression that Python 3.11
# refuses (global flags at the end), so every -x fails; the same command with that function mended.
wapiti_mended() {
  /usr/bin/python3 - "$@" <<'PYTHON'
import re, sys
import wapitiCore.net.crawler as crawler
crawler.wildcard_translate = lambda pattern: re.compile(
    "(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PYTHON
}
# No module that needs a server outside this machine (ssrf, xxe and the out-of-band payloads use one,
# nikto and wapp download their databases); --endpoint points those at this host all the same.
if [ "$form" = short ]; then
  modules=sql,xss,exec,file,crlf,redirect,csp,http_headers,cookieflags
  wapiti_options=(--max-scan-time 60 --max-attack-time 15 -d 2 -l 1)
else
  modules=sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,csp,http_headers,cookieflags,csrf,backup,htaccess,methods,shellshock
  wapiti_options=(--max-scan-time 300 --max-attack-time 60 -d 4 -l 2)
fi
python3 - "$out/session.txt" "$out/wapiti-cookies.json" <<'PYTHON'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif not line or line.startswith("#"):
        continue
    domain, _, path, secure, expires, name, value = line.split("\t")
    cookies.setdefault(domain, {}).setdefault(path, {})[name] = {
        "value": value, "expires": None, "secure": secure == "TRUE", "port": None, "version": 0}
json.dump(cookies, open(sys.argv[2], "w"))
PYTHON
starts=()
while read -r url; do starts+=(-s "${url//\*/}"); done < <(cat "$out/targets-anonymous.txt" "$out/targets-$OFFICIAL.txt")
# The screens' routes without parameters: Vaadin answers each with the same start page and draws the
# screen in the browser, so wapiti finds no links in them to follow; it can still attack their URLs.
while read -r route; do starts+=(-s "$base/$route"); done < <(
  grep -rhoE '@Route\((value *= *)?"[^":]*"' src/main/java | sed -E 's/.*"([^"]*)"/\1/' | sort -u)
started=$(now)
# Logging out would end the crawl's session; the Vaadin bundles are static JavaScript.
wapiti_mended -u "$base/" --scope folder -m "$modules" "${wapiti_options[@]}" \
  -c "$out/wapiti-cookies.json" -H "Authorization: Bearer $official_token" \
  -s "$base/login" -s "$base/swagger-ui/index.html" -s "$base/v3/api-docs" "${starts[@]}" \
  -x "$base/logout" -x "$base/VAADIN/*" \
  --endpoint "$base/" --no-bugreport --flush-session --store-session "$out/wapiti-session" \
  --store-config "$out/wapiti-config" -f json -o "$out/wapiti.json" -v 1 >"$out/wapiti.log" 2>&1 || true
wapiti_time=$(minutes "$started")
if [ ! -s "$out/wapiti.json" ]; then
  echo "wapiti wrote no report; see $out/wapiti.log" >&2
  exit 2
fi
echo "wapiti: done in $wapiti_time" >&2

# --- summary -----------------------------------------------------------------------------------
wapiti_summary=$(python3 - "$out/wapiti.json" <<'PYTHON'
import collections, json, sys
report = json.load(open(sys.argv[1]))
names = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}
counts, details = collections.Counter(), collections.Counter()
for kind in ("vulnerabilities", "anomalies"):
    for category, findings in report.get(kind, {}).items():
        for finding in findings:
            level = int(finding.get("level") or 0)
            counts[level] += 1
            details[(level, category, finding.get("method", ""), finding.get("path", ""), finding.get("info", "").split("\n")[0])] += 1
print("WAPITI_SEVERE=%d" % sum(n for level, n in counts.items() if level >= 2))
print()
print("| severity | findings |")
print("|---|---|")
for level in sorted(names, reverse=True):
    print("| %s | %d |" % (names[level], counts[level]))
if details:
    print()
    print("| severity | category | request | what | times |")
    print("|---|---|---|---|---|")
    for (level, category, method, path, info), n in sorted(details.items(), reverse=True):
        print("| %s | %s | %s %s | %s | %d |" % (names[level], category, method, path, info.replace("|", "\\|"), n))
PYTHON
)
wapiti_severe=$(sed -n 's/^WAPITI_SEVERE=//p' <<<"$wapiti_summary")
crawled=$(grep -oE "Wapiti found [0-9]+ URLs and forms" "$out/wapiti.log" | grep -oE "[0-9]+" | head -1 || true)

{
  echo "# Security scan ($form form$([ "$jar" = true ] && echo ", production jar")), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Target: $target on $base with the demo data, started in $startup."
  echo "Tools: sqlmap $sqlmap_version, $wapiti_version. Total $(minutes "$started_all")."
  echo
  echo "## sqlmap ($(printf '%s ' "${sqlmap_options[@]}"))"
  echo
  echo "GET operations from the OpenAPI document: $(wc -l <"$out/targets-anonymous.txt") public, $(wc -l <"$out/targets-$OFFICIAL.txt") that need a login (\`target/security-scan/$run/targets-*.txt\`)."
  echo
  echo "| run | targets | parameters not injectable | injectable | answers other than 200 | time |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${sqlmap_rows[@]}"
  echo
  echo "Result lines:"
  echo
  echo '```'
  grep -ohE "(GET|URI|POST|\(custom\) HEADER|User-Agent|Referer|Cookie) parameter '[^']+' (does not seem to be injectable|is vulnerable.*)|identified the following injection point.*|\[CRITICAL\].*" \
    "$out"/sqlmap-*.log | sort | uniq -c | sort -rn
  echo '```'
  echo
  echo "## wapiti (modules $modules; $(printf '%s ' "${wapiti_options[@]}"))"
  echo
  echo "Found ${crawled:-?} URLs and forms to attack, in $wapiti_time."
  sed '/^WAPITI_SEVERE=/d' <<<"$wapiti_summary"
} >"$out/summary.md"
cat "$out/summary.md"

if $write; then
  mkdir -p docs/security-scan
  cp "$out/summary.md" "docs/security-scan/summary-$run.md"
  # The report's requests carry the demo official's basic credentials and a dead session id.
  python3 - "$out/wapiti.json" "docs/security-scan/wapiti-$run.json" <<'PYTHON'
import json, re, sys
text = re.sub(r"(Authorization: (Basic|Bearer) |JSESSIONID=)[A-Za-z0-9+/=._-]+", r"\1…", open(sys.argv[1]).read())
json.dump(json.loads(text), open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
PYTHON
fi

if [ "$sqlmap_findings" -gt 0 ] || [ "${wapiti_severe:-1}" -gt 0 ]; then
  echo "security scan: $sqlmap_findings sqlmap injection(s), ${wapiti_severe:-?} wapiti finding(s) of medium or higher" >&2
  exit 1
fi
echo "security scan: no medium, high or critical finding" >&2
