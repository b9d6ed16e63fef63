#include "CertificateTrust.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDateTime>

#include <openssl/x509.h>

#include <memory>

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
    // The SHA-256 of the DER SubjectPublicKeyInfo, in base64, taken from the certificate's
    // own bytes: Qt 6.4's QSslCertificate::publicKey() crashes on a key OpenSSL cannot
    // decode (found by fuzz_certificate), and a server chooses its certificate.
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &cursor, long(der.size())), &X509_free);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(QByteArrayView(spki, length), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return "sha256//" + hash.toBase64();
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
