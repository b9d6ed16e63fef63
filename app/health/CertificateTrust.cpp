#include "CertificateTrust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslKey>

namespace odoodeploy {

namespace {

// Errors that say only "no trusted CA vouches for this certificate".
bool pinCanExcuse(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray publicKeyPin(const QSslCertificate &certificate)
{
    // The SHA-256 of the DER SubjectPublicKeyInfo, in base64.
    return "sha256//" + QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

TlsVerdict judgeCertificate(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &pin)
{
    TlsVerdict v;
    if (errors.isEmpty()) {
        v.trusted = true;
        return v;
    }
    for (const QSslError &e : errors) {
        if (!pinCanExcuse(e.error())) {
            v.reason = e.errorString();
            return v;
        }
    }
    const QString actual = sha256Fingerprint(peer);
    if (pin.isEmpty()) {
        v.reason = QCoreApplication::translate("health", "The certificate is not signed by a trusted authority and no fingerprint was recorded "
                      "for it (deploy again to record it). Its SHA-256 is %1.").arg(actual);
        return v;
    }
    if (actual.compare(pin, Qt::CaseInsensitive) != 0) {
        v.reason = QCoreApplication::translate("health", "Certificate fingerprint mismatch: the server sent %1, the recorded one is %2.").arg(actual, pin);
        return v;
    }
    v.trusted = v.pinned = true;
    return v;
}

QString describeCertificate(const QSslCertificate &c)
{
    if (c.isNull())
        return {};
    QStringList names;
    const auto alternatives = c.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names << it.value();
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(c.expiryDate());
    return QCoreApplication::translate("health", "subject: %1\nnames: %2\nissuer: %3\nvalid: %4 to %5 (%6 days left)\nSHA-256: %7\n")
        .arg(c.subjectDisplayName(), names.join(QStringLiteral(", ")), c.issuerDisplayName(),
             c.effectiveDate().toString(Qt::ISODate), c.expiryDate().toString(Qt::ISODate))
        .arg(days)
        .arg(sha256Fingerprint(c));
}

} // namespace odoodeploy
