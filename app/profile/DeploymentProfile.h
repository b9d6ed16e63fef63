#pragma once
// The one value type that describes a deployment. Pages edit it, generators render
// files from it, the planner turns it into steps. It never holds a secret: the
// master password is kept only as the PBKDF2 hash that Odoo itself stores, and
// SSH/sudo secrets live in the keychain under keys derived from `keychainId`.

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace odoodeploy {

enum class AuthMethod { Agent, KeyFile, Password };
enum class MasterPasswordMode { Generated, Disabled };
enum class CertificateMode { None, SelfSigned, LetsEncrypt, Existing };
enum class InitSystem { Auto, Systemd, Sysvinit };

struct ServerSettings {
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;     // local path, used with AuthMethod::KeyFile
    QString jumpHost;    // optional "[user@]host[:port]"
    int connectTimeoutSec = 15;
    bool upgradePackages = false; // apt-get upgrade before installing
    bool operator==(const ServerSettings &) const = default;
};

struct MasterPassword {
    // Generated: the admin knows the password (shown once, kept in the keychain).
    // Disabled: the hash of a password nobody knows, and nginx blocks /web/database/.
    MasterPasswordMode mode = MasterPasswordMode::Disabled;
    QString hash; // "$pbkdf2-sha512$rounds$salt$checksum", never the plain text
    bool operator==(const MasterPassword &) const = default;
};

struct OdooSettings {
    QString version = QStringLiteral("17.0");
    QString gitUrl = QStringLiteral("https://github.com/odoo/odoo.git");
    QString branch;            // empty: the version's branch ("17.0")
    QString installDir = QStringLiteral("/opt/odoo");
    QString systemUser = QStringLiteral("odoo");
    QString database = QStringLiteral("odoo");
    QString dbFilter;          // empty: "^<database>$"
    bool demoData = false;
    int httpPort = 8069;
    int longpollingPort = 8072; // longpolling_port (<= 15) or gevent_port (>= 16)
    QString wkhtmltopdfDeb;     // empty: Debian's wkhtmltopdf; else the URL of a .deb (wkhtmltox)
    MasterPassword masterPassword;
    // Set only in a staging copy's derived profile (StagingProfile), never saved: its
    // odoo.conf sends mail to a server name that cannot resolve, so Odoo's fallback
    // (smtp_server, localhost:25 by default) never delivers the copy's mail.
    bool mailBlocked = false;
    bool operator==(const OdooSettings &) const = default;

    QString effectiveBranch() const { return branch.isEmpty() ? version : branch; }
    QString effectiveDbFilter() const
    {
        return dbFilter.isEmpty() ? QStringLiteral("^%1$").arg(database) : dbFilter;
    }
};

struct PerformanceSettings {
    static constexpr int kMaxWorkers = 64;
    int workers = 2;
    int maxCronThreads = 1;
    qint64 limitMemorySoft = 2147483648LL; // bytes, per worker
    qint64 limitMemoryHard = 2684354560LL; // bytes, per worker
    int limitTimeCpu = 600;                // seconds
    int limitTimeReal = 1200;              // seconds
    int limitRequest = 8192;
    bool operator==(const PerformanceSettings &) const = default;
};

struct WebSettings {
    QString domain;
    CertificateMode certificate = CertificateMode::SelfSigned;
    QString certFile;          // local files, uploaded with CertificateMode::Existing
    QString keyFile;
    QString letsEncryptEmail;  // account e-mail for certbot
    // ACME directory certbot asks (a company CA such as step-ca, or Let's Encrypt's
    // staging); empty: Let's Encrypt itself, which needs a public domain name.
    QString acmeServer;
    // A CA certificate (local PEM file) the health check trusts besides the system's:
    // for certificates from a company CA or a private ACME server.
    QString caFile;
    bool hsts = false;
    bool firewall = false;     // ufw: only SSH, HTTP and HTTPS come in
    // SHA-256 of the self-signed certificate, "AB:CD:…" as openssl prints it. Recorded
    // at deploy; the health check trusts a self-signed certificate only by it.
    QString certificatePin;
    bool operator==(const WebSettings &) const = default;

    bool https() const { return certificate != CertificateMode::None; }
};

struct ServiceSettings {
    QString name = QStringLiteral("odoo"); // unit, init script, /etc/<name>/, log folder
    InitSystem initSystem = InitSystem::Auto;
    bool operator==(const ServiceSettings &) const = default;
};

struct BackupSettings {
    static constexpr int kMaxKeep = 365;
    int keep = 7; // backups kept on the server; the oldest beyond this go after a new one
    // A backup every day at `at` (the server's local time, "HH:MM"), from a systemd
    // timer, or cron where there is no systemd.
    bool scheduled = false;
    QString at = QStringLiteral("03:30");
    bool operator==(const BackupSettings &) const = default;
};

// A staging copy on the same server (StagingProfile derives its profile): a second
// database copied from production, its filestore as hard links, its own service on its
// own local ports, and its own nginx site on `domain` (its own name, on 443/80) or,
// without one, on `publicPort` of production's name.
enum class StagingCopy { Live, Template };

struct StagingSettings {
    QString database;     // empty: "<database>_staging"
    // Live: pg_dump | pg_restore while production runs. Template: createdb --template,
    // which needs production stopped for the few seconds of the copy.
    StagingCopy copy = StagingCopy::Live;
    int httpPort = 8079;
    int longpollingPort = 8082;
    QString domain;       // empty: production's name on publicPort
    int publicPort = 0;   // 0: 8443 with HTTPS, 8080 without
    bool operator==(const StagingSettings &) const = default;
};

// A deployment on several servers (schema 2): each host has roles, its own SSH
// settings and the private address the others reach it at. The database may share its
// host with the shared filestore, the proxy with an app server; nothing else shares.
enum class HostRole { Database = 0x1, App = 0x2, Proxy = 0x4, Files = 0x8 };
Q_DECLARE_FLAGS(HostRoles, HostRole)
// The shared filestore's engine: GlusterFS (userspace, FUSE client) or NFS.
enum class FilestoreEngine { GlusterFS, Nfs };

struct TopologyHost {
    QString name;           // "db", "app1": names its steps, logs and state
    HostRoles roles;
    QString privateAddress; // an IP address: pg_hba.conf, firewall rules, upstreams
    ServerSettings server;  // how odoo-deploy reaches it over SSH
    bool operator==(const TopologyHost &) const = default;
};

struct TopologySettings {
    static constexpr int kMaxHosts = 16;
    QList<TopologyHost> hosts; // empty: everything on `server`, one machine
    FilestoreEngine filestore = FilestoreEngine::GlusterFS;
    // Set only in one server's derived profile (TopologyProfile::forHost), never saved:
    // the name of the server it is for.
    QString self;
    // Set only while a rolling update works on one app server, never saved: its name;
    // the proxy's upstreams mark it down meanwhile.
    QString resting;
    bool operator==(const TopologySettings &) const = default;

    bool spansServers() const { return !hosts.isEmpty(); }
    QList<TopologyHost> withRole(HostRole role) const;
};

struct DeploymentProfile {
    // 2: the topology. A schema-1 file loads as one server and is saved as schema 1
    // (older odoo-deploy opens it) until the user saves it in the new form.
    static constexpr int kSchemaVersion = 2;

    int schema = kSchemaVersion; // the form it is saved in

    QString name;        // shown in the UI and in file headers
    QString keychainId;  // random id: keychain entries are "odoo-deploy/<keychainId>/<secret>"
    ServerSettings server;
    OdooSettings odoo;
    PerformanceSettings performance;
    WebSettings web;
    ServiceSettings service;
    BackupSettings backup;
    StagingSettings staging;
    TopologySettings topology; // schema 2 only
    bool operator==(const DeploymentProfile &) const = default;

    // A new profile with a fresh keychain id and the defaults above.
    static DeploymentProfile create();
};

// Stable spellings used in JSON, on the command line and in the README.
QString toText(AuthMethod);
QString toText(MasterPasswordMode);
QString toText(CertificateMode);
QString toText(InitSystem);
QString toText(StagingCopy);
QString toText(HostRole);
QString toText(FilestoreEngine);
QStringList toTexts(HostRoles); // in the order Database, App, Proxy, Files
bool fromText(const QString &, AuthMethod *);
bool fromText(const QString &, MasterPasswordMode *);
bool fromText(const QString &, CertificateMode *);
bool fromText(const QString &, InitSystem *);
bool fromText(const QString &, StagingCopy *);
bool fromText(const QString &, HostRole *);
bool fromText(const QString &, FilestoreEngine *);

} // namespace odoodeploy

Q_DECLARE_OPERATORS_FOR_FLAGS(odoodeploy::HostRoles)
