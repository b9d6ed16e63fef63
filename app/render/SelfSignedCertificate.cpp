#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "base/ShellQuote.h"

#include <QHostAddress>

namespace odoodeploy {

QString Generators::selfSignedCertificateScript(const DeploymentProfile &p)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    // Browsers match the subjectAltName, not the CN: an IP address needs "IP:".
    const bool isAddress = !QHostAddress(p.web.domain).isNull();
    const QString san = (isAddress ? QStringLiteral("subjectAltName=IP:") : QStringLiteral("subjectAltName=DNS:"))
                        + p.web.domain;
    const QString openssl = shellCommand({
        QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
        QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-sha256"), QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), paths.certificateKey,
        QStringLiteral("-out"), paths.certificate,
        QStringLiteral("-subj"), QStringLiteral("/CN=") + p.web.domain,
        QStringLiteral("-addext"), san,
    });
    return QStringLiteral(
               "#!/bin/sh\n"
               "# Makes the self-signed certificate for %1 (P-256 key, valid 825 days).\n"
               "# odoo-deploy records its SHA-256 fingerprint to pin it in health checks.\n"
               "set -eu\n"
               "umask 077\n"
               "%2\n"
               "chmod 0600 %3\n"
               "chmod 0644 %4\n")
        .arg(p.web.domain, openssl, shellQuote(paths.certificateKey), shellQuote(paths.certificate));
}

} // namespace odoodeploy
