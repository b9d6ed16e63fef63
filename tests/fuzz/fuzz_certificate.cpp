// The certificate a server presents is input: the health check and the Test button read
// it (DER from curl, or PEM), show it, fingerprint it and judge it against the pin.
// Any bytes give a result; a fingerprint we compute is one the profile accepts.

#include "FuzzSupport.h"
#include "TestProfiles.h"
#include "health/CertificateTrust.h"
#include "profile/Validation.h"

using namespace odoodeploy;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    certificates += QSslCertificate::fromData(bytes, QSsl::Pem);
    DeploymentProfile profile = test::testProfile();
    for (const QSslCertificate &certificate : certificates) {
        describeCertificate(certificate);
        publicKeyPin(certificate);
        const QString fingerprint = sha256Fingerprint(certificate);
        profile.web.certificatePin = fingerprint;
        if (!certificate.isNull()
            && !Validation::filtered(Validation::validate(profile), {QStringLiteral("web.certificatePin")}).isEmpty())
            fuzz::fail("a fingerprint the profile would refuse", fingerprint);
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, certificate),
                                      QSslError(QSslError::HostNameMismatch, certificate)};
        const TlsVerdict pinned = judgeCertificate(errors, certificate, fingerprint);
        if (pinned.trusted)
            fuzz::fail("a pin excused a wrong name", describeCertificate(certificate));
        const TlsVerdict other = judgeCertificate({QSslError(QSslError::SelfSignedCertificate, certificate)}, certificate,
                                                  QStringLiteral("AB:").repeated(31) + QStringLiteral("CD"));
        if (other.trusted && fingerprint != QStringLiteral("AB:").repeated(31) + QStringLiteral("CD"))
            fuzz::fail("another pin trusted the certificate", describeCertificate(certificate));
    }
    return 0;
}
