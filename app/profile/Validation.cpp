#include "Validation.h"

#include "MasterPasswordHash.h"
#include "OdooVersions.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

#include <utility>

namespace odoodeploy {

namespace {

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    return false;
}

bool matches(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(text).hasMatch();
}

bool looksLikeIpv4Attempt(const QString &host)
{
    return matches(QStringLiteral("[0-9.]+"), host);
}

bool isHostname(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    static const QString label = QStringLiteral("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    return matches(QStringLiteral("%1(\\.%1)*").arg(label), host) && !looksLikeIpv4Attempt(host);
}

bool isIpAddress(const QString &host, QAbstractSocket::NetworkLayerProtocol *protocol = nullptr)
{
    QHostAddress address;
    // QHostAddress also accepts forms like "1" or "010.1"; insist on the plain forms.
    if (host.contains(QLatin1Char('%')) || !address.setAddress(host))
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol
        && !matches(QStringLiteral("(\\d{1,3}\\.){3}\\d{1,3}"), host))
        return false;
    if (protocol)
        *protocol = address.protocol();
    return true;
}


} // namespace

QString Validation::checkPlainText(const QString &text, int maxLength)
{
    if (hasControlCharacter(text))
        return tr("Must not contain line breaks, tabs or other control characters.");
    if (text.size() > maxLength)
        return tr("Must be at most %1 characters long.").arg(maxLength);
    return {};
}

QString Validation::checkHost(const QString &host)
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or IP address.");
    if (host.startsWith(QLatin1Char('[')))
        return tr("Write an IPv6 address without brackets, for example 2001:db8::10.");
    if (host.contains(QLatin1Char(':')))
        return isIpAddress(host) ? QString() : tr("\"%1\" is not a valid IPv6 address.").arg(host);
    if (looksLikeIpv4Attempt(host))
        return isIpAddress(host) ? QString() : tr("\"%1\" is not a valid IPv4 address.").arg(host);
    if (!isHostname(host))
        return tr("\"%1\" is not a valid host name: use letters, digits, '-' and '.', "
                  "each part at most 63 characters.").arg(host.left(80));
    return {};
}

QString Validation::checkDomain(const QString &domain, bool publicNameRequired)
{
    if (domain.trimmed().isEmpty())
        return tr("Enter the domain name the site is reached at, for example erp.example.com.");
    if (!publicNameRequired && isIpAddress(domain))
        return {};
    if (!isHostname(domain))
        return tr("\"%1\" is not a valid domain name: use letters, digits, '-' and '.'.")
            .arg(domain.left(80));
    if (publicNameRequired) {
        static const QStringList privateSuffixes{
            QStringLiteral("localhost"), QStringLiteral("local"), QStringLiteral("test"),
            QStringLiteral("example"),   QStringLiteral("invalid"), QStringLiteral("internal"),
            QStringLiteral("lan"),       QStringLiteral("home.arpa")};
        const QString lower = domain.toLower();
        bool isPrivate = !lower.contains(QLatin1Char('.'));
        for (const QString &suffix : privateSuffixes)
            isPrivate = isPrivate || lower == suffix || lower.endsWith(QLatin1Char('.') + suffix);
        if (isPrivate)
            return tr("Let's Encrypt only issues certificates for public domain names; "
                      "\"%1\" is not one. Choose a self-signed certificate instead.").arg(domain);
    }
    return {};
}

QString Validation::checkPort(int port, int minimum)
{
    if (port < minimum || port > 65535)
        return tr("Port must be between %1 and 65535.").arg(minimum);
    return {};
}

QString Validation::checkLoginName(const QString &user)
{
    if (user.isEmpty())
        return tr("Enter the user name to log in with.");
    if (user.size() > 32 || !matches(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]*"), user))
        return tr("\"%1\" is not a valid login name: use letters, digits, '_', '.' and '-', "
                  "at most 32 characters.").arg(user.left(40));
    return {};
}

QString Validation::checkSystemUser(const QString &user)
{
    if (user.isEmpty() || user.size() > 32 || !matches(QStringLiteral("[a-z_][a-z0-9_-]*"), user))
        return tr("The system user must start with a lower-case letter or '_' and contain "
                  "only lower-case letters, digits, '_' and '-' (at most 32).");
    static const QStringList reserved{QStringLiteral("root"), QStringLiteral("postgres"),
                                      QStringLiteral("www-data"), QStringLiteral("nobody"),
                                      QStringLiteral("daemon"), QStringLiteral("bin"),
                                      QStringLiteral("sys")};
    if (reserved.contains(user))
        return tr("\"%1\" is a system account; Odoo needs a dedicated user such as \"odoo\".")
            .arg(user);
    return {};
}

QString Validation::checkDatabaseName(const QString &name)
{
    // Odoo's own rule (odoo.service.db DBNAME_PATTERN), plus PostgreSQL's 63-byte limit.
    if (name.isEmpty())
        return tr("Enter a database name.");
    if (!matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]+"), name) || name.size() > 63)
        return tr("\"%1\" is not a valid database name: use 2 to 63 letters, digits, '_', '.' "
                  "or '-', starting with a letter or digit.").arg(name.left(80));
    static const QStringList reserved{QStringLiteral("postgres"), QStringLiteral("template0"),
                                      QStringLiteral("template1")};
    if (reserved.contains(name))
        return tr("\"%1\" is reserved by PostgreSQL.").arg(name);
    return {};
}

QString Validation::checkDbFilter(const QString &filter)
{
    if (filter.isEmpty())
        return {};
    if (filter.size() > 200 || !matches(QStringLiteral("[\\x21-\\x7e]+"), filter))
        return tr("The database filter must be a regular expression of at most 200 visible "
                  "ASCII characters, without spaces.");
    // %h and %d are Odoo's placeholders for the host and the first domain part.
    QString probe = filter;
    probe.replace(QLatin1String("%h"), QLatin1String("host")).replace(QLatin1String("%d"), QLatin1String("db"));
    const QRegularExpression re(probe);
    if (!re.isValid())
        return tr("The database filter is not a valid regular expression: %1.").arg(re.errorString());
    return {};
}

QString Validation::checkGitUrl(const QString &url)
{
    if (url.isEmpty())
        return tr("Enter the git URL of the Odoo source.");
    if (url.size() > 500)
        return tr("The git URL must be at most 500 characters long.");
    if (!matches(QStringLiteral("[\\x21-\\x7e]+"), url))
        return tr("The git URL must not contain spaces or non-ASCII characters.");
    // Only plain transports: "ext::" and other remote helpers run commands.
    const bool scheme = matches(QStringLiteral("(https?|ssh|git)://[A-Za-z0-9\\[][^\\s]*"), url)
                        || matches(QStringLiteral("file:///[^\\s]+"), url);
    const bool scpLike = matches(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9_.-]*@[A-Za-z0-9][A-Za-z0-9.-]*:[^\\s:][^\\s]*"), url);
    if (!scheme && !scpLike)
        return tr("Use an https://, ssh://, git:// or file:/// URL, or user@host:path.");
    return {};
}

QString Validation::checkGitBranch(const QString &branch)
{
    if (branch.isEmpty())
        return {};
    // The rules of git check-ref-format, and never an option ("-...").
    const bool bad = branch.size() > 100 || branch.startsWith(QLatin1Char('-'))
                     || branch.startsWith(QLatin1Char('/')) || branch.endsWith(QLatin1Char('/'))
                     || branch.endsWith(QLatin1String(".lock")) || branch.endsWith(QLatin1Char('.'))
                     || branch.contains(QLatin1String("..")) || branch.contains(QLatin1String("//"))
                     || branch.contains(QLatin1String("@{")) || branch == QLatin1String("@")
                     || !matches(QStringLiteral("[A-Za-z0-9_./+-]+"), branch);
    if (bad)
        return tr("\"%1\" is not a valid branch or tag name.").arg(branch.left(80));
    return {};
}

QString Validation::checkInstallDir(const QString &dir)
{
    if (!dir.startsWith(QLatin1Char('/')))
        return tr("The install folder must be an absolute path, for example /opt/odoo.");
    if (dir.size() > 200 || !matches(QStringLiteral("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+"), dir)
        || dir.contains(QLatin1String("/..")) || dir.contains(QLatin1String("/./")) || dir.endsWith(QLatin1String("/.")))
        return tr("The install folder may contain only letters, digits, '_', '.', '-' and '/', "
                  "without '..' or a trailing '/'.");
    static const QStringList systemDirs{
        QStringLiteral("/bin"),  QStringLiteral("/boot"),  QStringLiteral("/dev"),
        QStringLiteral("/etc"),  QStringLiteral("/home"),  QStringLiteral("/lib"),
        QStringLiteral("/lib64"), QStringLiteral("/opt"),  QStringLiteral("/proc"),
        QStringLiteral("/root"), QStringLiteral("/run"),   QStringLiteral("/sbin"),
        QStringLiteral("/srv"),  QStringLiteral("/sys"),   QStringLiteral("/tmp"),
        QStringLiteral("/usr"),  QStringLiteral("/var"),   QStringLiteral("/usr/local"),
        QStringLiteral("/var/lib"), QStringLiteral("/var/log")};
    if (systemDirs.contains(dir))
        return tr("%1 is a system folder; use a folder of its own such as /opt/odoo.").arg(dir);
    return {};
}

QString Validation::checkServiceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32 || !matches(QStringLiteral("[a-z][a-z0-9_-]*"), name))
        return tr("The service name must start with a lower-case letter and contain only "
                  "lower-case letters, digits, '_' and '-' (at most 32).");
    static const QStringList taken{QStringLiteral("nginx"), QStringLiteral("postgresql"),
                                   QStringLiteral("ssh"), QStringLiteral("sshd"),
                                   QStringLiteral("cron"), QStringLiteral("networking"),
                                   QStringLiteral("default")};
    if (taken.contains(name))
        return tr("\"%1\" is already used by the system; choose another service name.").arg(name);
    return {};
}

QString Validation::checkJumpHost(const QString &jump)
{
    if (jump.isEmpty())
        return {};
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(?:([A-Za-z0-9_][A-Za-z0-9_.-]*)@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::(\\d{1,5}))?")));
    const auto m = re.match(jump);
    if (!m.hasMatch())
        return tr("Write the jump host as [user@]host[:port].");
    QString host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    if (!checkHost(host).isEmpty())
        return tr("The jump host \"%1\" is not a valid host name or address.").arg(host);
    if (!m.captured(3).isEmpty() && !checkPort(m.captured(3).toInt()).isEmpty())
        return tr("The jump host port must be between 1 and 65535.");
    return {};
}

QString Validation::checkEmail(const QString &email)
{
    if (!matches(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), email))
        return tr("Enter a valid e-mail address for the Let's Encrypt account.");
    return {};
}

QString Validation::checkDebUrl(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (url.size() > 500 || !matches(QStringLiteral("https?://[A-Za-z0-9\\[][\\x21-\\x7e]*\\.deb"), url))
        return tr("The wkhtmltopdf package must be an http(s) URL of a .deb file, without spaces.");
    return {};
}

QString Validation::checkAcmeServer(const QString &url)
{
    if (url.isEmpty())
        return {};
    // An ACME directory is always HTTPS (RFC 8555 section 6.1).
    if (url.size() > 500 || !matches(QStringLiteral("https://[A-Za-z0-9\\[][\\x21-\\x7e]*"), url))
        return tr("The ACME server must be the https:// URL of its directory, without spaces.");
    return {};
}

QString Validation::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (const QString problem = checkLocalPath(path); !problem.isEmpty())
        return problem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    if (!file.read(1024 * 1024).contains("-----BEGIN CERTIFICATE-----"))
        return tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path);
    return {};
}

QString Validation::checkHostKeyFingerprint(const QString &fingerprint)
{
    if (!matches(QStringLiteral("SHA256:[A-Za-z0-9+/]{43}"), fingerprint))
        return tr("\"%1\" is not a host key fingerprint as odoo-deploy shows it (SHA256: and 43 more characters).")
            .arg(fingerprint.left(80));
    return {};
}

QString Validation::checkLocalPath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("Choose a file.");
    return checkPlainText(path, 1000);
}

void Validation::add(FieldIssues &issues, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        issues.append({field, message});
}

QString Validation::checkPrivateAddress(const QString &address)
{
    if (address.trimmed().isEmpty())
        return tr("Give the address the other servers reach this one at (such as 10.0.0.12).");
    if (!isIpAddress(address))
        return tr("\"%1\" is not an IP address; the database and the firewalls allow servers by address, so give one (such as 10.0.0.12).")
            .arg(address.left(80));
    return {};
}

void Validation::validateServer(const QString &prefix, const ServerSettings &server, FieldIssues &issues)
{
    add(issues, prefix + QStringLiteral(".host"), checkHost(server.host));
    add(issues, prefix + QStringLiteral(".port"), checkPort(server.port));
    add(issues, prefix + QStringLiteral(".user"), checkLoginName(server.user));
    // A field the chosen mode does not use is kept in the profile: still no control
    // characters and no endless text in it.
    add(issues, prefix + QStringLiteral(".keyFile"), server.auth == AuthMethod::KeyFile
                                                         ? checkLocalPath(server.keyFile)
                                                         : checkPlainText(server.keyFile, 1000));
    add(issues, prefix + QStringLiteral(".jumpHost"), checkJumpHost(server.jumpHost));
    if (server.connectTimeoutSec < 1 || server.connectTimeoutSec > 300)
        add(issues, prefix + QStringLiteral(".connectTimeoutSec"), tr("The connect timeout must be between 1 and 300 seconds."));
}

FieldIssues Validation::filtered(const FieldIssues &issues, const QStringList &prefixes)
{
    FieldIssues out;
    for (const auto &issue : issues)
        for (const QString &prefix : prefixes)
            if (issue.field.startsWith(prefix)) {
                out.append(issue);
                break;
            }
    return out;
}

FieldIssues Validation::validate(const DeploymentProfile &p)
{
    FieldIssues issues;
    if (p.name.trimmed().isEmpty())
        add(issues, QStringLiteral("name"), tr("Give the deployment a name."));
    else
        add(issues, QStringLiteral("name"), checkPlainText(p.name, 80));

    // It names the keychain entries and the journal file: never a path.
    static const QRegularExpression uuid(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    if (!p.keychainId.isEmpty() && !uuid.match(p.keychainId).hasMatch())
        add(issues, QStringLiteral("keychainId"),
            tr("The keychain id must be a UUID as odoo-deploy writes it (such as "
               "0b8a6f3e-5d1c-4c2a-9e7f-1a2b3c4d5e6f); it names this deployment's keychain entries and journal."));

    // Server: the one machine, or the topology's servers (then `server` is not used,
    // but it is kept in the profile: no control characters and no endless text in it).
    if (p.schema < 1 || p.schema > DeploymentProfile::kSchemaVersion)
        add(issues, QStringLiteral("schema"), tr("The profile's schema %1 is not valid.").arg(p.schema));
    if (p.topology.spansServers()) {
        for (const auto &[field, text] : {std::pair{"server.host", &p.server.host}, {"server.user", &p.server.user},
                                          {"server.keyFile", &p.server.keyFile}, {"server.jumpHost", &p.server.jumpHost}})
            add(issues, QString::fromLatin1(field), checkPlainText(*text, 1000));
        validateTopology(p, issues);
    } else {
        validateServer(QStringLiteral("server"), p.server, issues);
    }

    // Odoo
    if (!OdooVersions::find(p.odoo.version))
        add(issues, QStringLiteral("odoo.version"),
            tr("Odoo version \"%1\" is not supported; choose one of %2.")
                .arg(p.odoo.version.left(20), OdooVersions::names().join(QLatin1String(", "))));
    add(issues, QStringLiteral("odoo.gitUrl"), checkGitUrl(p.odoo.gitUrl));
    add(issues, QStringLiteral("odoo.branch"), checkGitBranch(p.odoo.branch));
    add(issues, QStringLiteral("odoo.installDir"), checkInstallDir(p.odoo.installDir));
    add(issues, QStringLiteral("odoo.systemUser"), checkSystemUser(p.odoo.systemUser));
    add(issues, QStringLiteral("odoo.database"), checkDatabaseName(p.odoo.database));
    add(issues, QStringLiteral("odoo.dbFilter"), checkDbFilter(p.odoo.dbFilter));
    add(issues, QStringLiteral("odoo.wkhtmltopdfDeb"), checkDebUrl(p.odoo.wkhtmltopdfDeb));
    add(issues, QStringLiteral("odoo.httpPort"), checkPort(p.odoo.httpPort, 1024));
    add(issues, QStringLiteral("odoo.longpollingPort"), checkPort(p.odoo.longpollingPort, 1024));
    if (p.odoo.httpPort == p.odoo.longpollingPort)
        add(issues, QStringLiteral("odoo.longpollingPort"),
            tr("The long polling / websocket port must differ from the HTTP port."));
    if (p.odoo.masterPassword.hash.isEmpty())
        add(issues, QStringLiteral("odoo.masterPassword.hash"),
            tr("No master password yet: press Generate, or run "
               "\"odoo-deploy master-password --profile FILE\"."));
    else if (!MasterPasswordHash::isWellFormed(p.odoo.masterPassword.hash))
        add(issues, QStringLiteral("odoo.masterPassword.hash"),
            tr("The master password hash is not a $pbkdf2-sha512$ hash; generate a new one."));

    // Performance
    const auto &perf = p.performance;
    if (perf.workers < 0 || perf.workers > PerformanceSettings::kMaxWorkers)
        add(issues, QStringLiteral("performance.workers"),
            tr("Workers must be between 0 (threaded mode) and %1.").arg(PerformanceSettings::kMaxWorkers));
    if (perf.maxCronThreads < 0 || perf.maxCronThreads > 16)
        add(issues, QStringLiteral("performance.maxCronThreads"),
            tr("Cron threads must be between 0 and 16."));
    constexpr qint64 MiB = 1024 * 1024;
    if (perf.limitMemorySoft < 64 * MiB || perf.limitMemorySoft > 64 * 1024 * MiB)
        add(issues, QStringLiteral("performance.limitMemorySoft"),
            tr("The soft memory limit must be between 64 MiB and 64 GiB."));
    if (perf.limitMemoryHard <= perf.limitMemorySoft || perf.limitMemoryHard > 64 * 1024 * MiB)
        add(issues, QStringLiteral("performance.limitMemoryHard"),
            tr("The hard memory limit must be above the soft limit and at most 64 GiB."));
    if (perf.limitTimeCpu < 1 || perf.limitTimeCpu > 86400)
        add(issues, QStringLiteral("performance.limitTimeCpu"),
            tr("The CPU time limit must be between 1 and 86400 seconds."));
    if (perf.limitTimeReal < perf.limitTimeCpu || perf.limitTimeReal > 86400)
        add(issues, QStringLiteral("performance.limitTimeReal"),
            tr("The real time limit must be at least the CPU time limit and at most 86400 seconds."));
    if (perf.limitRequest < 1 || perf.limitRequest > 1000000)
        add(issues, QStringLiteral("performance.limitRequest"),
            tr("The request limit must be between 1 and 1000000."));

    // Web
    // Let's Encrypt itself needs a public name; a company's own ACME server may issue
    // for internal names, but certbot only asks for names, never for addresses.
    const bool acme = p.web.certificate == CertificateMode::LetsEncrypt;
    add(issues, QStringLiteral("web.domain"), checkDomain(p.web.domain, acme && p.web.acmeServer.isEmpty()));
    if (acme && !p.web.acmeServer.isEmpty() && isIpAddress(p.web.domain))
        add(issues, QStringLiteral("web.domain"), tr("certbot asks for certificates for domain names only, not for an address."));
    add(issues, QStringLiteral("web.acmeServer"), acme ? checkAcmeServer(p.web.acmeServer) : checkPlainText(p.web.acmeServer, 500));
    add(issues, QStringLiteral("web.caFile"), checkCaFile(p.web.caFile));
    const bool existing = p.web.certificate == CertificateMode::Existing;
    add(issues, QStringLiteral("web.certFile"), existing ? checkLocalPath(p.web.certFile) : checkPlainText(p.web.certFile, 1000));
    add(issues, QStringLiteral("web.keyFile"), existing ? checkLocalPath(p.web.keyFile) : checkPlainText(p.web.keyFile, 1000));
    add(issues, QStringLiteral("web.letsEncryptEmail"), acme ? checkEmail(p.web.letsEncryptEmail) : checkPlainText(p.web.letsEncryptEmail, 254));
    static const QRegularExpression pin(QRegularExpression::anchoredPattern(QStringLiteral("(?:[0-9A-F]{2}:){31}[0-9A-F]{2}")));
    if (!p.web.certificatePin.isEmpty() && !pin.match(p.web.certificatePin).hasMatch())
        add(issues, QStringLiteral("web.certificatePin"),
            tr("The certificate fingerprint must be a SHA-256 fingerprint as openssl prints it (AB:CD:… in 32 pairs)."));
    if (p.web.hsts && !p.web.https())
        add(issues, QStringLiteral("web.hsts"), tr("HSTS needs HTTPS: choose a certificate or turn HSTS off."));

    // Service
    add(issues, QStringLiteral("service.name"), checkServiceName(p.service.name));

    // Backups
    if (p.backup.keep < 1 || p.backup.keep > BackupSettings::kMaxKeep)
        add(issues, QStringLiteral("backup.keep"), tr("Keep between 1 and %1 backups on the server.").arg(BackupSettings::kMaxKeep));
    static const QRegularExpression time(QRegularExpression::anchoredPattern(QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]")));
    if (!time.match(p.backup.at).hasMatch())
        add(issues, QStringLiteral("backup.at"), tr("Give the time of the daily backup as HH:MM, 24-hour clock (such as 03:30)."));

    // Staging copy
    const StagingSettings &st = p.staging;
    if (!st.database.isEmpty()) {
        add(issues, QStringLiteral("staging.database"), checkDatabaseName(st.database));
        if (st.database == p.odoo.database)
            add(issues, QStringLiteral("staging.database"), tr("The staging copy needs a database of its own, not production's."));
    }
    add(issues, QStringLiteral("staging.httpPort"), checkPort(st.httpPort, 1024));
    add(issues, QStringLiteral("staging.longpollingPort"), checkPort(st.longpollingPort, 1024));
    const QList<int> productionPorts{p.odoo.httpPort, p.odoo.longpollingPort};
    if (st.httpPort == st.longpollingPort)
        add(issues, QStringLiteral("staging.longpollingPort"), tr("The staging copy's long polling / websocket port must differ from its HTTP port."));
    for (int port : {st.httpPort, st.longpollingPort})
        if (productionPorts.contains(port))
            add(issues, port == st.httpPort ? QStringLiteral("staging.httpPort") : QStringLiteral("staging.longpollingPort"),
                tr("Port %1 is production's; the staging copy needs ports of its own.").arg(port));
    if (!st.domain.isEmpty()) {
        add(issues, QStringLiteral("staging.domain"), checkDomain(st.domain, acme && p.web.acmeServer.isEmpty()));
        if (st.domain.compare(p.web.domain, Qt::CaseInsensitive) == 0)
            add(issues, QStringLiteral("staging.domain"), tr("The staging copy's name must differ from production's; leave it empty to use a port instead."));
    }
    if (st.publicPort != 0) {
        add(issues, QStringLiteral("staging.publicPort"), checkPort(st.publicPort));
        if (QList<int>{80, 443, p.server.port, st.httpPort, st.longpollingPort, p.odoo.httpPort, p.odoo.longpollingPort}.contains(st.publicPort))
            add(issues, QStringLiteral("staging.publicPort"), tr("Port %1 is already used by the deployment; choose another port for the staging site.").arg(st.publicPort));
    }
    return issues;
}

} // namespace odoodeploy
