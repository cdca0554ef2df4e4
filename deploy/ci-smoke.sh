#!/usr/bin/env bash
# The province deployment in miniature, as .ci/run checks it: PostgreSQL, gunicorn and a
# queue worker started with the ExecStart lines of deploy/systemd/ (paths and port adapted),
# the environment of deploy/jixiao.env.example (minus TLS: no nginx here), then
# deploy/smoke.py through them: sign in, upload a seed, wait for the job, see the plan.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seeds=${SEEDS:-../shared/seeds}
port=${SMOKE_PORT:-8811}
work=$(mktemp -d)
database=jixiao_smoke

su postgres -c "dropdb --if-exists $database" >/dev/null
su postgres -c "createdb -O jixiao $database"

# The documented environment, with this machine's database, folders and host; TLS switches
# off because the smoke test speaks plain HTTP to gunicorn (nginx terminates TLS in the guide).
set -a
# shellcheck disable=SC1091
source deploy/jixiao.env.example
DATABASE_URL=postgres://jixiao:jixiao@127.0.0.1:5432/$database
JIXIAO_SECRET_KEY_FILE=$work/secret_key
JIXIAO_DATA_DIR=$work
JIXIAO_ALLOWED_HOSTS=127.0.0.1
JIXIAO_CSRF_ORIGINS=http://127.0.0.1:$port
JIXIAO_SECURE_COOKIES=0
JIXIAO_SSL_REDIRECT=0
set +a

unit_command() {  # the ExecStart of a unit, run from this checkout
  grep '^ExecStart=' "deploy/systemd/$1" | cut -d= -f2- \
    | sed -e "s#/opt/jixiao/venv/bin/#$repo/.venv/bin/#" -e "s#127.0.0.1:8000#127.0.0.1:$port#" \
          -e "s#%H-%i#ci-smoke-1#"
}

.venv/bin/jixiao-web migrate --noinput -v0
.venv/bin/jixiao-web load_demo "$seeds" >/dev/null
web_command=$(unit_command jixiao-web.service)
worker_command=$(unit_command jixiao-worker@.service)
echo "deploy smoke: $web_command"
echo "deploy smoke: $worker_command"
(cd "$work" && exec $web_command) >"$work/gunicorn.log" 2>&1 &
web=$!
(cd "$work" && exec $worker_command) >"$work/worker.log" 2>&1 &
worker=$!
trap 'kill $web $worker 2>/dev/null; wait $web $worker 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 60); do
  .venv/bin/python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/accounts/login/')" \
    2>/dev/null && break
  sleep 1
done
.venv/bin/python deploy/smoke.py "http://127.0.0.1:$port" bianzhi jixiao-demo \
  "$seeds/002_9d52ecbd56ee9879.txt" || { tail -n 30 "$work/gunicorn.log" "$work/worker.log"; exit 1; }
.venv/bin/jixiao-web backup "$work/backup.tar.gz"
echo "部署冒烟测试通过（PostgreSQL、gunicorn、后台任务进程）"
