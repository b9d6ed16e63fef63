# A self-signed certificate CERT with key KEY for SAN (DNS:name or IP Address:addr),
# made by the script on standard input; renewed 30 days before it expires.
check() {
    [ -s "$CERT" ] && [ -s "$KEY" ] &&
        openssl x509 -in "$CERT" -noout -ext subjectAltName 2>/dev/null | grep -qF "$SAN" &&
        openssl x509 -in "$CERT" -noout -checkend 2592000 >/dev/null
}
change() {
    backup_file "$CERT"
    backup_file "$KEY"
    sh "$INPUT"
    mark_reload
    openssl x509 -in "$CERT" -noout -fingerprint -sha256
}
