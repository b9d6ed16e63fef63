#include "Planner.h"

#include "CertificatePin.h"
#include "ShellQuote.h"
#include "profile/OdooVersions.h"
#include "profile/WorkerSuggestion.h"
#include "render/DeploymentPaths.h"
#include "render/Generators.h"

#include <QFile>
#include <QHostAddress>

namespace odoodeploy {

namespace {

QString q(const QString &value) { return shellQuote(value); }

QString modeText(int mode) { return QString::number(mode, 8); }

// Markers in /run: a changed configuration asks for a restart of Odoo or a reload of
// nginx, done by the later "running" step, which is otherwise unchanged.
QString restartMarker(const DeploymentProfile &p) { return QStringLiteral("/run/odoo-deploy/%1.restart").arg(p.service.name); }
QString reloadMarker(const DeploymentProfile &p) { return QStringLiteral("/run/odoo-deploy/%1.nginx-reload").arg(p.service.name); }

QString asUser(const DeploymentProfile &p, const QString &command)
{
    return QStringLiteral("runuser -u %1 -- %2").arg(q(p.odoo.systemUser), command);
}

// A file in place, with owner and mode: backed up before it is replaced.
PlanStep fileStep(const QString &id, const QString &title, const QString &path, const QByteArray &content,
                  const QString &owner, const QString &group, int mode, const QString &marker)
{
    PlanStep s;
    s.id = id;
    s.title = title;
    s.input = content;
    s.remotePath = path;
    const QString p = q(path);
    s.check = QStringLiteral("[ -f %1 ] && cmp -s \"$ODT_INPUT\" %1 && [ \"$(stat -c '%U:%G %a' %1)\" = %2 ]")
                  .arg(p, q(QStringLiteral("%1:%2 %3").arg(owner, group, modeText(mode))));
    s.change = QStringLiteral("mkdir -p \"$(dirname %1)\"\n"
                              "if [ -e %1 ]; then cp -a %1 %1.odoo-deploy-$(date +%Y%m%d-%H%M%S); echo \"backed up %1\"; fi\n"
                              "install -o %2 -g %3 -m %4 \"$ODT_INPUT\" %1\n"
                              "echo \"wrote %1\"")
                   .arg(p, q(owner), q(group), modeText(mode));
    if (!marker.isEmpty())
        s.change += QStringLiteral("\nmkdir -p /run/odoo-deploy && touch %1").arg(q(marker));
    // The master password hash is masked in diffs all the same.
    s.diff = QStringLiteral("if [ -e %1 ]; then diff -u --label %2 --label %3 %1 \"$ODT_INPUT\" | sed 's/^\\([-+ ]admin_passwd = \\).*/\\1******/'; "
                            "else echo \"new file %1\"; fi; true")
                 .arg(p, q(path + QStringLiteral(" (on the server)")), q(path + QStringLiteral(" (after the deployment)")));
    return s;
}

QString listeningCheck(int port)
{
    // /proc/net/tcp* rather than ss or netstat, which a minimal server may lack.
    return QStringLiteral("awk -v p=%1 'NR > 1 && $4 == \"0A\" && toupper(substr($2, index($2, \":\") + 1)) == p {f = 1} "
                          "END {exit !f}' /proc/net/tcp /proc/net/tcp6")
        .arg(QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper());
}

QString waitUntilListening(int port, int seconds)
{
    return QStringLiteral("i=0; until %1; do i=$((i + 1)); [ $i -le %2 ] || { echo \"nothing listens on port %3\" >&2; exit 1; }; sleep 0.5; done")
        .arg(listeningCheck(port)).arg(seconds * 2).arg(port);
}

} // namespace

QStringList Planner::packages(const DeploymentProfile &p)
{
    // Runtime and build dependencies of Odoo's requirements.txt, PostgreSQL, nginx and
    // Debian's wkhtmltopdf (PDF reports).
    QStringList list{QStringLiteral("postgresql"), QStringLiteral("postgresql-client"), QStringLiteral("python3"),
                     QStringLiteral("python3-venv"), QStringLiteral("python3-dev"), QStringLiteral("python3-psycopg2"),
                     QStringLiteral("build-essential"), QStringLiteral("libpq-dev"), QStringLiteral("libxml2-dev"),
                     QStringLiteral("libxslt1-dev"), QStringLiteral("libldap2-dev"), QStringLiteral("libsasl2-dev"),
                     QStringLiteral("libjpeg-dev"), QStringLiteral("zlib1g-dev"), QStringLiteral("libffi-dev"),
                     QStringLiteral("libssl-dev"), QStringLiteral("git"), QStringLiteral("nginx"),
                     QStringLiteral("openssl"), QStringLiteral("fonts-dejavu-core")};
    // Debian's wkhtmltopdf, unless the profile names the upstream .deb (installed by its own step).
    list << (p.odoo.wkhtmltopdfDeb.isEmpty() ? QStringLiteral("wkhtmltopdf") : QStringLiteral("curl"));
    if (p.web.certificate == CertificateMode::LetsEncrypt)
        list << QStringLiteral("certbot");
    if (p.web.firewall)
        list << QStringLiteral("ufw");
    return list;
}

QStringList Planner::refusals(const DeploymentProfile &p, const HostFacts &f)
{
    QStringList out;
    if (!f.probed) {
        out << tr("The server has not been probed; nothing can be planned without its facts.");
        return out;
    }
    if (f.osId != QLatin1String("debian") && f.osId != QLatin1String("ubuntu"))
        out << tr("%1 is not Debian or Ubuntu; only those are supported.").arg(f.osName.isEmpty() ? f.osId : f.osName);
    const OdooVersionTraits *traits = OdooVersions::find(p.odoo.version);
    const QStringList py = f.pythonVersion.split(QLatin1Char('.'));
    if (traits && py.size() >= 2 && !traits->python.contains(py.at(0).toInt(), py.at(1).toInt()))
        out << tr("Odoo %1 needs Python 3.%2 to 3.%3; the server has Python %4. Choose another Odoo version or server.")
                   .arg(p.odoo.version).arg(traits->python.minMinor).arg(traits->python.maxMinor).arg(f.pythonVersion);
    // A port taken by something that is not ours.
    const bool nginxThere = !f.nginxVersion.isEmpty();
    for (int port : {80, 443})
        if (f.listeningPorts.contains(port) && !nginxThere)
            out << tr("Port %1 is already used by another program than nginx; nginx needs it.").arg(port);
    for (int port : {p.odoo.httpPort, p.odoo.longpollingPort})
        if (f.listeningPorts.contains(port) && !f.odooInstalled)
            out << tr("Port %1 is already used by another program; Odoo needs it (choose other local ports).").arg(port);
    if (p.service.initSystem == InitSystem::Systemd && f.init != HostFacts::Init::Systemd)
        out << tr("The profile asks for a systemd unit, but the server does not run systemd; choose \"detect\" or SysV init.");
    const int processes = std::max(p.performance.workers, 1) + p.performance.maxCronThreads;
    const double neededMiB = processes * WorkerSizing::kPerProcessMiB;
    if (f.ramBytes > 0 && neededMiB > double(f.ramBytes) / (1024 * 1024))
        out << tr("%1 workers and cron threads need about %2 MiB of RAM; the server has %3 MiB. Use fewer workers.")
                   .arg(processes).arg(qRound(neededMiB)).arg(f.ramBytes / (1024 * 1024));
    constexpr qint64 kMinDisk = 3LL * 1024 * 1024 * 1024;
    if (f.diskFreeBytes > 0 && f.diskFreeBytes < kMinDisk)
        out << tr("Only %1 MiB are free on the server's disk; at least 3 GiB are needed.").arg(f.diskFreeBytes / (1024 * 1024));
    return out;
}

QList<PlanStep> Planner::plan(const DeploymentProfile &p, const HostFacts &f)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    // The profile's choice, else what the server runs (refusals() rejected a mismatch).
    const bool systemd = p.service.initSystem == InitSystem::Systemd
                         || (p.service.initSystem == InitSystem::Auto && f.init == HostFacts::Init::Systemd);
    const QString user = q(p.odoo.systemUser);
    const QString db = q(p.odoo.database);
    QList<PlanStep> steps;
    auto add = [&steps](const QString &id, const QString &title, const QString &check, const QString &change,
                        const QString &verify = QString()) {
        PlanStep s;
        s.id = id;
        s.title = title;
        s.check = check;
        s.change = change;
        s.verify = verify;
        steps << s;
    };
    auto serviceActive = [systemd](const QString &service) {
        return systemd ? QStringLiteral("systemctl is-active -q %1").arg(q(service))
                       : QStringLiteral("service %1 status >/dev/null 2>&1").arg(q(service));
    };
    auto serviceDo = [systemd](const char *verb, const QString &service) {
        return systemd ? QStringLiteral("systemctl %1 %2").arg(QLatin1String(verb), q(service))
                       : QStringLiteral("service %2 %1").arg(QLatin1String(verb), q(service));
    };
    auto enableAndRestart = [systemd](const QString &service) {
        return systemd ? QStringLiteral("systemctl daemon-reload\nsystemctl enable %1\nsystemctl restart %1").arg(q(service))
                       : QStringLiteral("update-rc.d %1 defaults >/dev/null\nservice %1 restart").arg(q(service));
    };

    add(QStringLiteral("apt-update"), tr("Refresh the package lists"),
        QStringLiteral("[ -n \"$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -newermt '-1 day' 2>/dev/null | head -n 1)\" ]"),
        QStringLiteral("apt-get -o DPkg::Lock::Timeout=300 update -q"));
    if (p.server.upgradePackages)
        add(QStringLiteral("apt-upgrade"), tr("Upgrade the installed packages"),
            QStringLiteral("[ -z \"$(apt-get -s -o Debug::NoLocking=1 upgrade | grep '^Inst ')\" ]"),
            QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 upgrade -y -q"));
    const QStringList pkgs = packages(p);
    QStringList quoted;
    for (const QString &pkg : pkgs)
        quoted << q(pkg);
    add(QStringLiteral("packages"), tr("Install PostgreSQL, nginx, Python and build packages"),
        QStringLiteral("[ \"$(dpkg-query -W -f='${db:Status-Status}\\n' %1 2>/dev/null | grep -cx installed)\" -eq %2 ]")
            .arg(quoted.join(QLatin1Char(' '))).arg(pkgs.size()),
        // An earlier run cut off mid-way (a dropped connection) may have left dpkg
        // half-done or apt still holding its lock: finish and wait, then install.
        QStringLiteral("export DEBIAN_FRONTEND=noninteractive\n"
                       "i=0\n"
                       "until out=$(dpkg --configure -a 2>&1); do\n"
                       "    case \"$out\" in\n"
                       "        *lock*) [ $i -gt 0 ] || echo 'waiting for another package run to finish...'\n"
                       "                i=$((i + 1)); [ $i -le 300 ] || { echo \"$out\" >&2; exit 1; }; sleep 1 ;;\n"
                       "        *) echo \"$out\" >&2; exit 1 ;;\n"
                       "    esac\n"
                       "done\n"
                       "[ -z \"$out\" ] || echo \"$out\"\n"
                       "apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends %1")
            .arg(quoted.join(QLatin1Char(' '))));
    if (!p.odoo.wkhtmltopdfDeb.isEmpty())
        add(QStringLiteral("wkhtmltopdf"), tr("wkhtmltopdf from %1").arg(p.odoo.wkhtmltopdfDeb),
            QStringLiteral("dpkg-query -W -f='${db:Status-Status}' wkhtmltox 2>/dev/null | grep -qx installed"),
            QStringLiteral("deb=$(mktemp --suffix=.deb)\ntrap 'rm -f \"$deb\"' EXIT\n"
                           "curl -fsSL --retry 3 -o \"$deb\" -- %1\n"
                           "DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q \"$deb\"")
                .arg(q(p.odoo.wkhtmltopdfDeb)));
    add(QStringLiteral("postgresql"), tr("PostgreSQL running and enabled"),
        QStringLiteral("pg_isready -q"),
        systemd ? QStringLiteral("systemctl enable --now postgresql") : QStringLiteral("update-rc.d postgresql defaults >/dev/null; service postgresql start"),
        QStringLiteral("i=0; until pg_isready -q; do i=$((i + 1)); [ $i -le 60 ] || exit 1; sleep 0.5; done"));
    add(QStringLiteral("system-user"), tr("System user %1 (no login)").arg(p.odoo.systemUser),
        QStringLiteral("id -u %1 >/dev/null 2>&1").arg(user),
        QStringLiteral("adduser --system --group --home %1 --shell /usr/sbin/nologin --gecos 'Odoo' %2").arg(q(p.odoo.installDir), user));
    add(QStringLiteral("db-role"), tr("PostgreSQL role %1, not a superuser").arg(p.odoo.systemUser),
        QStringLiteral("runuser -u postgres -- psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '%1'\" | grep -qx 1").arg(p.odoo.systemUser),
        QStringLiteral("runuser -u postgres -- createuser --no-superuser --no-createdb --no-createrole %1").arg(user));
    add(QStringLiteral("database"), tr("Database %1 owned by %2").arg(p.odoo.database, p.odoo.systemUser),
        QStringLiteral("runuser -u postgres -- psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '%1'\" | grep -qx 1").arg(p.odoo.database),
        QStringLiteral("runuser -u postgres -- createdb --owner %1 --encoding UTF8 --template template0 %2").arg(user, db));

    const QString branch = q(p.odoo.effectiveBranch());
    const QString src = q(d.sourceDir);
    add(QStringLiteral("source"), tr("Odoo %1 source from git (%2)").arg(p.odoo.version, p.odoo.effectiveBranch()),
        QStringLiteral("[ -d %1/.git ] && [ \"$(%2)\" = \"$(%3 | head -n 1 | cut -f 1)\" ]")
            .arg(src, asUser(p, QStringLiteral("git -C %1 rev-parse HEAD").arg(src)),
                 asUser(p, QStringLiteral("git ls-remote -- %1 refs/heads/%2 refs/tags/%2").arg(q(p.odoo.gitUrl), p.odoo.effectiveBranch()))),
        QStringLiteral("install -d -o %1 -g %1 %2\n"
                       "if [ -d %3/.git ]; then\n"
                       "    %4\n"
                       "    %5\n"
                       "    %6\n"
                       "else\n"
                       "    %7\n"
                       "fi\n"
                       "%8\n"
                       "mkdir -p /run/odoo-deploy && touch %9")
            .arg(user, q(p.odoo.installDir), src,
                 asUser(p, QStringLiteral("git -C %1 tag -f odoo-deploy-previous HEAD").arg(src)),
                 asUser(p, QStringLiteral("git -C %1 fetch -q --depth 1 origin %2").arg(src, branch)),
                 asUser(p, QStringLiteral("git -C %1 checkout -q --force FETCH_HEAD").arg(src)),
                 asUser(p, QStringLiteral("git clone -q --depth 1 --branch %1 -- %2 %3").arg(branch, q(p.odoo.gitUrl), src)),
                 asUser(p, QStringLiteral("git -C %1 log -1 --format='now at %%h %%s'").arg(src)),
                 q(restartMarker(p))));

    const QString stamp = q(d.venvDir + QStringLiteral("/.odoo-deploy-requirements"));
    add(QStringLiteral("venv"), tr("Python virtual environment with Odoo's requirements"),
        QStringLiteral("[ -x %1 ] && cmp -s %2 %3/requirements.txt").arg(q(d.python), stamp, src),
        QStringLiteral("%1\n%2\ncp %3/requirements.txt %4\nmkdir -p /run/odoo-deploy && touch %5")
            .arg(asUser(p, QStringLiteral("python3 -m venv --system-site-packages %1").arg(q(d.venvDir))),
                 asUser(p, QStringLiteral("%1/bin/pip install -q -r %2/requirements.txt").arg(q(d.venvDir), src)), src, stamp,
                 q(restartMarker(p))),
        QStringLiteral("%1 -c 'import sys; print(sys.version)'").arg(q(d.python)));

    for (const auto &[id, dir, title] : {std::tuple{QStringLiteral("data-dir"), d.dataDir, tr("Data folder %1").arg(d.dataDir)},
                                        std::tuple{QStringLiteral("log-dir"), d.logDir, tr("Log folder %1").arg(d.logDir)}})
        add(id, title,
            QStringLiteral("[ -d %1 ] && [ \"$(stat -c '%U:%G %a' %1)\" = %2 ]").arg(q(dir), q(p.odoo.systemUser + QLatin1Char(':') + p.odoo.systemUser + QStringLiteral(" 750"))),
            QStringLiteral("install -d -o %1 -g %1 -m 0750 %2").arg(user, q(dir)));

    const RenderedFiles files = Generators::renderAll(p, f);
    auto rendered = [&files](const QString &id) -> const RenderedFile * {
        for (const RenderedFile &file : files)
            if (file.id == id)
                return &file;
        return nullptr;
    };
    if (const RenderedFile *conf = rendered(QStringLiteral("odoo.conf")))
        steps << fileStep(QStringLiteral("config"), tr("Odoo configuration %1").arg(conf->remotePath), conf->remotePath,
                          conf->content.toUtf8(), conf->owner, conf->group, conf->mode, restartMarker(p));

    add(QStringLiteral("db-init"), tr("Initialise the database (base module)"),
        asUser(p, QStringLiteral("psql -d %1 -tAc \"SELECT 1 FROM ir_module_module WHERE name = 'base' AND state = 'installed'\" 2>/dev/null | grep -qx 1").arg(db)),
        asUser(p, QStringLiteral("%1 %2 -c %3 -d %4 -i base --stop-after-init%5")
                      .arg(q(d.python), q(d.odooBin), q(d.configFile), db,
                           p.odoo.demoData ? QString() : QStringLiteral(" --without-demo=all"))));

    HostFacts chosen = f;
    chosen.init = systemd ? HostFacts::Init::Systemd : HostFacts::Init::Sysvinit;
    const RenderedFiles initFiles = Generators::renderAll(p, chosen);
    const RenderedFile *unit = nullptr;
    for (const RenderedFile &file : initFiles)
        if (file.id == (systemd ? QLatin1String("systemd-unit") : QLatin1String("sysvinit-script")))
            unit = &file;
    if (unit)
        steps << fileStep(QStringLiteral("service-file"), tr("Service definition %1").arg(unit->remotePath), unit->remotePath,
                          unit->content.toUtf8(), unit->owner, unit->group, unit->mode, restartMarker(p));
    const QString marker = q(restartMarker(p));
    add(QStringLiteral("service"), tr("Odoo service running, enabled at boot"),
        QStringLiteral("%1 && [ ! -e %2 ] && %3").arg(serviceActive(p.service.name), marker, listeningCheck(p.odoo.httpPort)),
        QStringLiteral("%1\nrm -f %2").arg(enableAndRestart(p.service.name), marker),
        waitUntilListening(p.odoo.httpPort, 60));

    // Certificate before the site: nginx -t needs the files it names.
    if (p.web.certificate == CertificateMode::SelfSigned) {
        const QString san = QHostAddress(p.web.domain).isNull() ? QStringLiteral("DNS:") + p.web.domain
                                                                : QStringLiteral("IP Address:") + p.web.domain;
        PlanStep cert;
        cert.id = QStringLiteral("certificate");
        cert.title = tr("Self-signed certificate for %1").arg(p.web.domain);
        cert.check = QStringLiteral("[ -s %1 ] && [ -s %2 ] && openssl x509 -in %1 -noout -ext subjectAltName 2>/dev/null | grep -qF %3 "
                                    "&& openssl x509 -in %1 -noout -checkend 2592000 >/dev/null")
                         .arg(q(d.certificate), q(d.certificateKey), q(san));
        cert.change = QStringLiteral("for f in %1 %2; do [ -e \"$f\" ] && cp -a \"$f\" \"$f.odoo-deploy-$(date +%Y%m%d-%H%M%S)\"; done; true\n"
                                     "sh \"$ODT_INPUT\"\nmkdir -p /run/odoo-deploy && touch %3\n"
                                     "openssl x509 -in %1 -noout -fingerprint -sha256")
                          .arg(q(d.certificate), q(d.certificateKey), q(reloadMarker(p)));
        cert.input = Generators::selfSignedCertificateScript(p).toUtf8();
        steps << cert;
    } else if (p.web.certificate == CertificateMode::Existing) {
        QFile crt(p.web.certFile), key(p.web.keyFile);
        const QByteArray crtBytes = crt.open(QIODevice::ReadOnly) ? crt.readAll() : QByteArray();
        const QByteArray keyBytes = key.open(QIODevice::ReadOnly) ? key.readAll() : QByteArray();
        steps << fileStep(QStringLiteral("certificate"), tr("Certificate %1").arg(d.certificate), d.certificate, crtBytes,
                          QStringLiteral("root"), QStringLiteral("root"), 0644, reloadMarker(p));
        steps << fileStep(QStringLiteral("certificate-key"), tr("Private key %1 (mode 0600)").arg(d.certificateKey), d.certificateKey,
                          keyBytes, QStringLiteral("root"), QStringLiteral("root"), 0600, reloadMarker(p));
        steps.last().diff = QStringLiteral("echo 'the private key differs (not shown)'");
    } else if (p.web.certificate == CertificateMode::LetsEncrypt) {
        // The first time, our site is not enabled yet (it needs this very certificate):
        // a port-80-only site answers the challenge meanwhile, and goes right after.
        // Later renewals go through the real site's challenge location.
        const QString bootstrap = QStringLiteral("/etc/nginx/sites-enabled/odoo-deploy-acme-%1.conf").arg(p.service.name);
        PlanStep cert;
        cert.id = QStringLiteral("certificate");
        cert.title = p.web.acmeServer.isEmpty() ? tr("Let's Encrypt certificate for %1").arg(p.web.domain)
                                                : tr("ACME certificate for %1 from %2").arg(p.web.domain, p.web.acmeServer);
        cert.check = QStringLiteral("[ -s %1 ] && openssl x509 -in %1 -noout -checkend 2592000 >/dev/null").arg(q(d.certificate));
        cert.change = QStringLiteral("install -d %1\n"
                                     "boot=%5\n"
                                     "if [ ! -e %6 ]; then\n"
                                     "  install -m 0644 \"$ODT_INPUT\" \"$boot\"\n"
                                     "  nginx -t\n"
                                     "  if %7; then %8; else %9; fi\n"
                                     "fi\n"
                                     "if certbot certonly --non-interactive --agree-tos -m %2 --webroot -w %1 -d %3%4; then rm -f \"$boot\"; "
                                     "else rc=$?; rm -f \"$boot\"; exit $rc; fi\n"
                                     "mkdir -p /run/odoo-deploy && touch %10")
                          .arg(q(d.acmeWebroot), q(p.web.letsEncryptEmail), q(p.web.domain),
                               p.web.acmeServer.isEmpty() ? QString() : QStringLiteral(" --server %1").arg(q(p.web.acmeServer)),
                               q(bootstrap), q(d.nginxSiteLink), serviceActive(QStringLiteral("nginx")),
                               serviceDo("reload", QStringLiteral("nginx")), serviceDo("start", QStringLiteral("nginx")))
                          .arg(q(reloadMarker(p)));
        cert.input = Generators::acmeChallengeSite(p).toUtf8();
        steps << cert;
    }

    if (const RenderedFile *site = rendered(QStringLiteral("nginx-site")))
        steps << fileStep(QStringLiteral("nginx-site"), tr("nginx site %1").arg(site->remotePath), site->remotePath,
                          site->content.toUtf8(), site->owner, site->group, site->mode, reloadMarker(p));
    add(QStringLiteral("nginx-enable"), tr("nginx serves our site, not the default one"),
        QStringLiteral("[ \"$(readlink %1)\" = %2 ] && [ ! -e /etc/nginx/sites-enabled/default ]").arg(q(d.nginxSiteLink), q(d.nginxSite)),
        QStringLiteral("ln -sfn %1 %2\nrm -f /etc/nginx/sites-enabled/default\nmkdir -p /run/odoo-deploy && touch %3")
            .arg(q(d.nginxSite), q(d.nginxSiteLink), q(reloadMarker(p))));
    const QString reload = q(reloadMarker(p));
    add(QStringLiteral("nginx"), tr("nginx running with the new configuration"),
        QStringLiteral("%1 && [ ! -e %2 ]").arg(serviceActive(QStringLiteral("nginx")), reload),
        QStringLiteral("nginx -t\n"
                       "if %1; then %2; else %3; fi\n"
                       "rm -f %4")
            .arg(serviceActive(QStringLiteral("nginx")),
                 serviceDo("reload", QStringLiteral("nginx")),
                 systemd ? QStringLiteral("systemctl enable --now nginx") : QStringLiteral("update-rc.d nginx defaults >/dev/null; service nginx start"),
                 reload),
        waitUntilListening(p.web.https() ? 443 : 80, 30));

    if (p.web.firewall) {
        // The SSH port this very connection uses is allowed first, so that enabling the
        // firewall can never lock the deployment out (sudo drops SSH_CONNECTION: then
        // the profile's port).
        const QString sshPort = QStringLiteral("port=${SSH_CONNECTION##* }; [ -n \"$port\" ] || port=%1; ").arg(p.server.port);
        add(QStringLiteral("firewall"), tr("Firewall: only SSH, HTTP and HTTPS come in"),
            sshPort + QStringLiteral("ufw status | grep -qx 'Status: active' && ufw status | grep -q \"^$port/tcp .*ALLOW\" "
                                     "&& ufw status | grep -q '^80/tcp .*ALLOW' && ufw status | grep -q '^443/tcp .*ALLOW'"),
            sshPort + QStringLiteral("ufw allow \"$port/tcp\"\nufw allow 80/tcp\nufw allow 443/tcp\n"
                                     "ufw default deny incoming\nufw default allow outgoing\nufw --force enable"),
            QStringLiteral("ufw status verbose"));
    }
    return steps;
}

static QString prelude(const PlanStep &step)
{
    // cd /: tools run as other users (postgres, odoo) must not start in root's home.
    QString text = QStringLiteral("set -e\ncd /\n");
    if (!step.input.isEmpty())
        text += QStringLiteral("ODT_INPUT=$(mktemp)\ntrap 'rm -f \"$ODT_INPUT\"' EXIT\ncat > \"$ODT_INPUT\"\n");
    return text;
}

RemoteStep Planner::toRunStep(const PlanStep &step)
{
    RemoteStep r;
    r.id = step.id;
    r.title = step.title;
    r.asRoot = true;
    r.timeoutSec = step.timeoutSec;
    r.input = step.input;
    r.command = prelude(step)
                + QStringLiteral("if ( %1 ) >/dev/null 2>&1; then echo 'already so: nothing to change'; exit %2; fi\n%3\n")
                      .arg(step.check).arg(RemoteStep::kUnchangedExitStatus).arg(step.change);
    if (!step.verify.isEmpty())
        r.command += QStringLiteral("%1\n").arg(step.verify);
    return r;
}

RemoteStep Planner::toCheckStep(const PlanStep &step)
{
    RemoteStep r;
    r.id = step.id;
    r.title = step.title;
    r.asRoot = true;
    r.timeoutSec = 120;
    r.input = step.input;
    r.command = prelude(step)
                + QStringLiteral("if ( %1 ) >/dev/null 2>&1; then exit %2; fi\n%3\nexit 0\n")
                      .arg(step.check).arg(RemoteStep::kUnchangedExitStatus).arg(step.diff.isEmpty() ? QStringLiteral("true") : step.diff);
    return r;
}

QList<RemoteStep> Planner::remoteSteps(const DeploymentProfile &profile, const HostFacts &facts, bool checkMode)
{
    QList<RemoteStep> steps;
    for (const PlanStep &step : plan(profile, facts))
        steps << (checkMode ? toCheckStep(step) : toRunStep(step));
    if (!checkMode && profile.web.certificate == CertificateMode::SelfSigned)
        steps << CertificatePin::step(profile);
    return steps;
}

} // namespace odoodeploy
