// The web side: the certificate (self-signed, ACME or uploaded files), nginx's site,
// enabled instead of the default one, and nginx running with it.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "render/Generators.h"

#include <QFile>
#include <QHostAddress>

namespace odoodeploy::PlanParts {

namespace {

// A local file to upload. An unreadable or empty file stops the plan with its name:
// never an empty certificate or key on the server.
QByteArray readLocal(PlanBuilder &plan, const QString &path, bool isKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problem(isKey ? Planner::tr("Cannot read the private key file %1: %2").arg(path, file.errorString())
                           : Planner::tr("Cannot read the certificate file %1: %2").arg(path, file.errorString()));
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        plan.problem(isKey ? Planner::tr("The private key file %1 is empty.").arg(path)
                           : Planner::tr("The certificate file %1 is empty.").arg(path));
    return bytes;
}

} // namespace

void certificate(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    switch (p.web.certificate) {
    case CertificateMode::SelfSigned: {
        const QString san = QHostAddress(p.web.domain).isNull() ? QStringLiteral("DNS:") + p.web.domain
                                                                : QStringLiteral("IP Address:") + p.web.domain;
        PlanStep &cert = plan.add(QStringLiteral("certificate"), Planner::tr("Self-signed certificate for %1").arg(p.web.domain),
                                  QStringLiteral("certificate-selfsigned"),
                                  {{QStringLiteral("CERT"), d.certificate}, {QStringLiteral("KEY"), d.certificateKey}, {QStringLiteral("SAN"), san}});
        cert.input = Generators::selfSignedCertificateScript(p).toUtf8();
        break;
    }
    case CertificateMode::Existing: {
        const QByteArray crt = readLocal(plan, p.web.certFile, false);
        const QByteArray key = readLocal(plan, p.web.keyFile, true);
        plan.addFile(QStringLiteral("certificate"), Planner::tr("Certificate %1").arg(d.certificate), d.certificate, crt,
                     QStringLiteral("root"), QStringLiteral("root"), 0644, PlanBuilder::After::ReloadNginx);
        plan.addFile(QStringLiteral("certificate-key"), Planner::tr("Private key %1 (mode 0600)").arg(d.certificateKey), d.certificateKey, key,
                     QStringLiteral("root"), QStringLiteral("root"), 0600, PlanBuilder::After::ReloadNginx, true);
        break;
    }
    case CertificateMode::LetsEncrypt: {
        PlanStep &cert = plan.add(
            QStringLiteral("certificate"),
            p.web.acmeServer.isEmpty() ? Planner::tr("Let's Encrypt certificate for %1").arg(p.web.domain)
                                       : Planner::tr("ACME certificate for %1 from %2").arg(p.web.domain, p.web.acmeServer),
            QStringLiteral("certificate-acme"),
            {{QStringLiteral("CERT"), d.certificate},
             {QStringLiteral("WEBROOT"), d.acmeWebroot},
             {QStringLiteral("EMAIL"), p.web.letsEncryptEmail},
             {QStringLiteral("DOMAIN"), p.web.domain},
             {QStringLiteral("ACME_SERVER"), p.web.acmeServer},
             {QStringLiteral("BOOT_SITE"), QStringLiteral("/etc/nginx/sites-enabled/odoo-deploy-acme-") + p.service.name + QStringLiteral(".conf")},
             {QStringLiteral("SITE_LINK"), d.nginxSiteLink}});
        cert.input = Generators::acmeChallengeSite(p).toUtf8();
        break;
    }
    case CertificateMode::None:
        break;
    }
}

void web(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    // Certificate before the site: nginx -t needs the files it names.
    certificate(plan);
    if (const RenderedFile *site = plan.rendered(QStringLiteral("nginx-site")))
        plan.addFile(QStringLiteral("nginx-site"), Planner::tr("nginx site %1").arg(site->remotePath), site->remotePath,
                     site->content.toUtf8(), site->owner, site->group, site->mode, PlanBuilder::After::ReloadNginx);
    plan.add(QStringLiteral("nginx-enable"), Planner::tr("nginx serves our site, not the default one"), QStringLiteral("nginx-enable"),
             {{QStringLiteral("SITE"), d.nginxSite}, {QStringLiteral("SITE_LINK"), d.nginxSiteLink}});
    plan.add(QStringLiteral("nginx"), Planner::tr("nginx running with the new configuration"), QStringLiteral("nginx"),
             {{QStringLiteral("WEB_PORT"), p.web.https() ? QStringLiteral("443") : QStringLiteral("80")}});
}

} // namespace odoodeploy::PlanParts
