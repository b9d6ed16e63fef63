#!/bin/bash
# The deployment chapter's steps as one plain shell script, the way an admin pipes it
# through `ssh host bash -s`: no checks, every file rewritten, apt update every time.
# The files come from `odoo-deploy render` (unpacked in /tmp/rendered by the bench).
# Arguments: GIT_URL BRANCH DATABASE
set -e
GIT_URL=$1 BRANCH=$2 DB=$3
export DEBIAN_FRONTEND=noninteractive
cd /
apt-get update -q
apt-get install -y -q --no-install-recommends postgresql postgresql-client python3 python3-venv python3-dev \
    python3-psycopg2 build-essential libpq-dev libxml2-dev libxslt1-dev libldap2-dev libsasl2-dev libjpeg-dev \
    zlib1g-dev libffi-dev libssl-dev git nginx openssl wkhtmltopdf fonts-dejavu-core
update-rc.d postgresql defaults >/dev/null; service postgresql start
until pg_isready -q; do sleep 0.5; done
id -u odoo >/dev/null 2>&1 || adduser --system --group --home /opt/odoo --shell /usr/sbin/nologin --gecos Odoo odoo
runuser -u postgres -- createuser --no-superuser --no-createdb --no-createrole odoo 2>/dev/null || true
runuser -u postgres -- createdb --owner odoo --encoding UTF8 --template template0 "$DB" 2>/dev/null || true
install -d -o odoo -g odoo /opt/odoo
if [ -d /opt/odoo/src/.git ]; then
    runuser -u odoo -- git -C /opt/odoo/src fetch -q --depth 1 origin "$BRANCH"
    runuser -u odoo -- git -C /opt/odoo/src checkout -q --force FETCH_HEAD
else
    runuser -u odoo -- git clone -q --depth 1 --branch "$BRANCH" -- "$GIT_URL" /opt/odoo/src
fi
runuser -u odoo -- python3 -m venv --system-site-packages /opt/odoo/venv
runuser -u odoo -- /opt/odoo/venv/bin/pip install -q -r /opt/odoo/src/requirements.txt
install -d -o odoo -g odoo -m 0750 /var/lib/odoo /var/log/odoo
install -D -o root -g odoo -m 640 /tmp/rendered/etc/odoo/odoo.conf /etc/odoo/odoo.conf
runuser -u odoo -- /opt/odoo/venv/bin/python3 /opt/odoo/src/odoo-bin -c /etc/odoo/odoo.conf -d "$DB" -i base --stop-after-init --without-demo=all
install -m 755 /tmp/rendered/etc/init.d/odoo /etc/init.d/odoo
update-rc.d odoo defaults >/dev/null; service odoo restart
sh /tmp/rendered/commands/selfsigned-certificate.sh
install -m 644 /tmp/rendered/etc/nginx/sites-available/odoo.conf /etc/nginx/sites-available/odoo.conf
ln -sfn /etc/nginx/sites-available/odoo.conf /etc/nginx/sites-enabled/odoo.conf
rm -f /etc/nginx/sites-enabled/default
nginx -t
update-rc.d nginx defaults >/dev/null
if service nginx status >/dev/null 2>&1; then service nginx reload; else service nginx start; fi
