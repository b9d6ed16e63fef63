# An ACME certificate CERT for DOMAIN by certbot's webroot method (WEBROOT), account
# EMAIL, from ACME_SERVER (empty: Let's Encrypt). The first time our site is not
# enabled yet (SITE_LINK; it needs this very certificate): the port-80-only site on
# standard input answers the challenge as BOOT_SITE meanwhile, and goes right after.
check() {
    [ -s "$CERT" ] && openssl x509 -in "$CERT" -noout -checkend 2592000 >/dev/null
}
change() {
    install -d "$WEBROOT"
    if [ ! -e "$SITE_LINK" ]; then
        install -m 0644 "$INPUT" "$BOOT_SITE"
        nginx_test
        if service_active nginx; then service_do reload nginx; else service_do start nginx; fi
    fi
    set -- certonly --non-interactive --agree-tos -m "$EMAIL" --webroot -w "$WEBROOT" -d "$DOMAIN"
    [ -z "$ACME_SERVER" ] || set -- "$@" --server "$ACME_SERVER"
    if certbot "$@"; then
        rm -f "$BOOT_SITE"
    else
        rc=$?
        rm -f "$BOOT_SITE"
        exit "$rc"
    fi
    mark_reload
}
