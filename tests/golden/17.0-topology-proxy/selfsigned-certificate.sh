#!/bin/sh
# Makes the self-signed certificate for erp.example.com (P-256 key, valid 825 days).
# odoo-deploy records its SHA-256 fingerprint to pin it in health checks.
set -eu
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -days 825 -nodes -keyout /etc/ssl/private/odoo-selfsigned.key -out /etc/ssl/certs/odoo-selfsigned.crt -subj '/CN=erp.example.com' -addext 'subjectAltName=DNS:erp.example.com'
chmod 0600 /etc/ssl/private/odoo-selfsigned.key
chmod 0644 /etc/ssl/certs/odoo-selfsigned.crt
