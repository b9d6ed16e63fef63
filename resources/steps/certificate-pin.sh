# Read-only: the SHA-256 fingerprint of the certificate CERT, if there is one, for the
# health check to pin. Exit 100: nothing changed.
if [ -s "$CERT" ]; then openssl x509 -in "$CERT" -noout -fingerprint -sha256; fi
exit 100
