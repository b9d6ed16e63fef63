#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "base/ServiceManager.h"

namespace odoodeploy {

RenderedFiles Generators::renderAll(const DeploymentProfile &p, const HostFacts &facts)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    RenderedFiles files;

    RenderedFile config;
    config.id = QStringLiteral("odoo.conf");
    config.title = tr("Odoo configuration");
    config.remotePath = paths.configFile;
    config.content = odooConfig(p);
    config.group = p.odoo.systemUser; // Odoo reads it, cannot change it
    config.mode = 0640;
    files << config;

    if (ServiceManager::wantsSystemd(p, facts)) {
        RenderedFile unit;
        unit.id = QStringLiteral("systemd-unit");
        unit.title = tr("systemd unit");
        unit.remotePath = paths.systemdUnit;
        unit.content = systemdUnit(p);
        files << unit;
    }
    if (ServiceManager::wantsSysvinit(p, facts)) {
        RenderedFile script;
        script.id = QStringLiteral("sysvinit-script");
        script.title = tr("SysV init script");
        script.remotePath = paths.initScript;
        script.content = sysvinitScript(p);
        script.mode = 0755;
        files << script;
    }

    RenderedFile site;
    site.id = QStringLiteral("nginx-site");
    site.title = tr("nginx site");
    site.remotePath = paths.nginxSite;
    site.content = nginxSite(p, facts);
    files << site;

    if (p.web.certificate == CertificateMode::SelfSigned) {
        RenderedFile cert;
        cert.kind = RenderedFile::Kind::Command;
        cert.id = QStringLiteral("selfsigned-certificate.sh");
        cert.title = tr("Self-signed certificate (command)");
        cert.content = selfSignedCertificateScript(p);
        cert.mode = 0755;
        files << cert;
    }
    return files;
}

} // namespace odoodeploy
