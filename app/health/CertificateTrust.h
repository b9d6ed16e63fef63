#pragma once
// When to trust a server certificate. A CA-signed one is trusted as usual. A
// self-signed one only when its SHA-256 fingerprint equals the one recorded at
// deploy (pinning): that excuses only "nobody vouches for it" errors, never an
// expired certificate or a wrong name. There is no "ignore all SSL errors".

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace odoodeploy {

// "AB:CD:…", as `openssl x509 -fingerprint -sha256` prints it.
QString sha256Fingerprint(const QSslCertificate &certificate);
// "sha256//…": its public key, as curl's --pinnedpubkey takes it.
QByteArray publicKeyPin(const QSslCertificate &certificate);

struct TlsVerdict {
    bool trusted = false;
    bool pinned = false;   // trusted by the recorded fingerprint
    QString reason;        // why not trusted, one line, translated
};

TlsVerdict judgeCertificate(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &pin);

// Subject, names, issuer, validity and fingerprint, one per line.
QString describeCertificate(const QSslCertificate &certificate);

} // namespace odoodeploy
