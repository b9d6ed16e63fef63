#include "profile/ProfileJson.h"
#include "profile/Validation.h"

#include "TestProfiles.h"

#include <QJsonArray>
#include <QtTest>

using namespace odoodeploy;

// The bad-input matrix: every profile field, read the way a profile file is read (the
// JSON loader, then validation), with values a user might type or a hostile file might
// hold. Each case gives the complete outcome: every "field: message" line, or the
// loader's error. A case that lets through more or less than that fails.
class TestBadInput : public QObject
{
    Q_OBJECT
    int m_cases = 0;

    // The outcome of loading and validating a profile, as the CLI's validate prints it.
    static QString outcome(const QByteArray &bytes)
    {
        const ProfileLoadResult loaded = ProfileJson::fromBytes(bytes);
        if (!loaded.ok)
            return "load: " + loaded.error;
        QStringList lines;
        for (const FieldIssue &issue : Validation::validate(loaded.profile))
            lines << issue.field + ": " + issue.message;
        return lines.join('\n');
    }

    static void setPath(QJsonObject &object, const QStringList &keys, const QJsonValue &value)
    {
        if (keys.size() == 1) {
            object.insert(keys.first(), value);
            return;
        }
        QJsonObject inner = object.value(keys.first()).toObject();
        setPath(inner, keys.mid(1), value);
        object.insert(keys.first(), inner);
    }

    // The valid test profile with the dotted fields of `patch` set.
    static QByteArray patched(const QJsonObject &patch)
    {
        QJsonObject root = ProfileJson::toJson(test::testProfile());
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.key().startsWith('!')) // replace a whole section by something else
                root.insert(it.key().mid(1), it.value());
            else
                setPath(root, it.key().split('.'), it.value());
        }
        return QJsonDocument(root).toJson();
    }

    static QString text(int length, char c = 'a') { return QString(length, QLatin1Char(c)); }

    void row(const char *name, const QJsonObject &patch, const QString &expected)
    {
        QTest::newRow(name) << patch << expected;
        ++m_cases;
    }

private Q_SLOTS:
    void theValidProfileIsValid()
    {
        QCOMPARE(outcome(patched({})), QString());
    }

    void profileField_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("expected");
        const QString control = "Must not contain line breaks, tabs or other control characters.";
        const QString wholeNumber = ": expected a whole number, found ";

        // name, keychainId
        row("name empty", {{"name", ""}}, "name: Give the deployment a name.");
        row("name blank", {{"name", "   "}}, "name: Give the deployment a name.");
        row("name newline", {{"name", "prod\nworkers = 99"}}, "name: " + control);
        row("name tab", {{"name", "prod\tx"}}, "name: " + control);
        row("name DEL", {{"name", "prod\x7f"}}, "name: " + control);
        row("name right-to-left override", {{"name", QString::fromUtf8("prod\u202Egnp.exe")}}, "name: " + control);
        row("name line separator", {{"name", QString::fromUtf8("prod\u2028x")}}, "name: " + control);
        row("name 81 characters", {{"name", text(81)}}, "name: Must be at most 80 characters long.");
        row("name number", {{"name", 5}}, "load: name: expected a string, found a number.");
        const QString keychain = "keychainId: The keychain id must be a UUID as odoo-deploy writes it (such as "
                                 "0b8a6f3e-5d1c-4c2a-9e7f-1a2b3c4d5e6f); it names this deployment's keychain entries and journal.";
        row("keychainId path", {{"keychainId", "../../../../tmp/x"}}, keychain);
        row("keychainId newline", {{"keychainId", "00000000-0000-4000-8000-000000000000\n"}}, keychain);
        row("keychainId upper case", {{"keychainId", "0B8A6F3E-5D1C-4C2A-9E7F-1A2B3C4D5E6F"}}, keychain);

        // server
        const QString hostName = "\" is not a valid host name: use letters, digits, '-' and '.', each part at most 63 characters.";
        row("host empty", {{"server.host", ""}}, "server.host: Enter the server's host name or IP address.");
        row("host shell", {{"server.host", "x; rm -rf /"}}, "server.host: \"x; rm -rf /" + hostName);
        row("host option", {{"server.host", "-oProxyCommand=touch"}}, "server.host: \"-oProxyCommand=touch" + hostName);
        row("host substitution", {{"server.host", "$(id)"}}, "server.host: \"$(id)" + hostName);
        row("host user@", {{"server.host", "root@host"}}, "server.host: \"root@host" + hostName);
        row("host bad ipv4", {{"server.host", "999.1.1.1"}}, "server.host: \"999.1.1.1\" is not a valid IPv4 address.");
        row("host short ipv4", {{"server.host", "10.1"}}, "server.host: \"10.1\" is not a valid IPv4 address.");
        row("host brackets", {{"server.host", "[::1]"}}, "server.host: Write an IPv6 address without brackets, for example 2001:db8::10.");
        row("host ipv6 zone", {{"server.host", "fe80::1%eth0"}}, "server.host: \"fe80::1%eth0\" is not a valid IPv6 address.");
        row("host long", {{"server.host", text(300)}}, "server.host: \"" + text(80) + hostName);
        row("host boolean", {{"server.host", true}}, "load: server.host: expected a string, found a boolean.");
        row("port 0", {{"server.port", 0}}, "server.port: Port must be between 1 and 65535.");
        row("port 65536", {{"server.port", 65536}}, "server.port: Port must be between 1 and 65535.");
        row("port string", {{"server.port", "22"}}, "load: server.port" + wholeNumber + "a string.");
        row("port fraction", {{"server.port", 22.5}}, "load: server.port" + wholeNumber + "a number.");
        row("port beyond int", {{"server.port", 1e10}}, "load: server.port" + wholeNumber + "a number.");
        const QString login = "\" is not a valid login name: use letters, digits, '_', '.' and '-', at most 32 characters.";
        row("user empty", {{"server.user", ""}}, "server.user: Enter the user name to log in with.");
        row("user option", {{"server.user", "-oProxyCommand"}}, "server.user: \"-oProxyCommand" + login);
        row("user shell", {{"server.user", "root;id"}}, "server.user: \"root;id" + login);
        row("user space", {{"server.user", "ad min"}}, "server.user: \"ad min" + login);
        row("user 33 characters", {{"server.user", text(33)}}, "server.user: \"" + text(33) + login);
        row("auth unknown", {{"server.auth", "kerberos"}}, "load: server.auth: \"kerberos\" is not one of the allowed values.");
        row("key file empty", {{"server.auth", "key"}, {"server.keyFile", ""}}, "server.keyFile: Choose a file.");
        row("key file newline", {{"server.auth", "key"}, {"server.keyFile", "/root/.ssh/id\n"}}, "server.keyFile: " + control);
        row("key file unused, newline", {{"server.auth", "agent"}, {"server.keyFile", "x\ny"}}, "server.keyFile: " + control);
        row("key file unused, too long", {{"server.auth", "password"}, {"server.keyFile", "/" + text(1000)}},
            "server.keyFile: Must be at most 1000 characters long.");
        const QString jumpForm = "server.jumpHost: Write the jump host as [user@]host[:port].";
        row("jump command", {{"server.jumpHost", "host -oProxyCommand=id"}}, jumpForm);
        row("jump two @", {{"server.jumpHost", "a@b@c"}}, jumpForm);
        row("jump newline", {{"server.jumpHost", "bastion\n"}}, jumpForm);
        row("jump zone", {{"server.jumpHost", "[fe80::1%eth0]"}}, jumpForm);
        row("jump option", {{"server.jumpHost", "-J"}}, "server.jumpHost: The jump host \"-J\" is not a valid host name or address.");
        row("jump port", {{"server.jumpHost", "host:70000"}}, "server.jumpHost: The jump host port must be between 1 and 65535.");
        const QString timeout = "server.connectTimeoutSec: The connect timeout must be between 1 and 300 seconds.";
        row("timeout 0", {{"server.connectTimeoutSec", 0}}, timeout);
        row("timeout 301", {{"server.connectTimeoutSec", 301}}, timeout);
        row("timeout negative", {{"server.connectTimeoutSec", -5}}, timeout);
        row("upgrade packages string", {{"server.upgradePackages", "yes"}}, "load: server.upgradePackages: expected true or false, found a string.");
        row("server not an object", {{"!server", "erp.example.com"}}, "load: server: expected an object, found a string.");

        // odoo
        const QString versions = "\" is not supported; choose one of 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0.";
        row("version 11.0", {{"odoo.version", "11.0"}}, "odoo.version: Odoo version \"11.0" + versions);
        row("version shell", {{"odoo.version", "17.0; id"}}, "odoo.version: Odoo version \"17.0; id" + versions);
        row("version empty", {{"odoo.version", ""}}, "odoo.version: Odoo version \"" + versions);
        const QString gitScheme = "odoo.gitUrl: Use an https://, ssh://, git:// or file:/// URL, or user@host:path.";
        const QString gitChars = "odoo.gitUrl: The git URL must not contain spaces or non-ASCII characters.";
        row("git empty", {{"odoo.gitUrl", ""}}, "odoo.gitUrl: Enter the git URL of the Odoo source.");
        row("git ext helper", {{"odoo.gitUrl", "ext::sh -c touch% /tmp/pwned"}}, gitChars);
        row("git ext", {{"odoo.gitUrl", "ext::sh"}}, gitScheme);
        row("git option", {{"odoo.gitUrl", "--upload-pack=touch"}}, gitScheme);
        row("git space", {{"odoo.gitUrl", "https://a b"}}, gitChars);
        row("git relative", {{"odoo.gitUrl", "odoo.git"}}, gitScheme);
        row("git file relative", {{"odoo.gitUrl", "file://srv/odoo.git"}}, gitScheme);
        row("git non-ascii", {{"odoo.gitUrl", QString::fromUtf8("https://例え.jp/odoo.git")}}, gitChars);
        row("git 501 characters", {{"odoo.gitUrl", "https://" + text(493)}}, "odoo.gitUrl: The git URL must be at most 500 characters long.");
        const QString branch = "\" is not a valid branch or tag name.";
        row("branch option", {{"odoo.branch", "-x"}}, "odoo.branch: \"-x" + branch);
        row("branch upload-pack", {{"odoo.branch", "--upload-pack=id"}}, "odoo.branch: \"--upload-pack=id" + branch);
        row("branch dotdot", {{"odoo.branch", "a..b"}}, "odoo.branch: \"a..b" + branch);
        row("branch lock", {{"odoo.branch", "x.lock"}}, "odoo.branch: \"x.lock" + branch);
        row("branch reflog", {{"odoo.branch", "a@{1}"}}, "odoo.branch: \"a@{1}" + branch);
        row("branch semicolon", {{"odoo.branch", "17.0;id"}}, "odoo.branch: \"17.0;id" + branch);
        row("branch trailing slash", {{"odoo.branch", "a/"}}, "odoo.branch: \"a/" + branch);
        row("branch space", {{"odoo.branch", "a b"}}, "odoo.branch: \"a b" + branch);
        row("branch 101 characters", {{"odoo.branch", text(101)}}, "odoo.branch: \"" + text(80) + branch);
        const QString dirChars = "odoo.installDir: The install folder may contain only letters, digits, '_', '.', '-' and '/', without '..' or a trailing '/'.";
        const QString dirAbsolute = "odoo.installDir: The install folder must be an absolute path, for example /opt/odoo.";
        row("dir empty", {{"odoo.installDir", ""}}, dirAbsolute);
        row("dir relative", {{"odoo.installDir", "opt/odoo"}}, dirAbsolute);
        row("dir root", {{"odoo.installDir", "/"}}, dirChars);
        row("dir dotdot", {{"odoo.installDir", "/opt/odoo/../etc"}}, dirChars);
        row("dir trailing slash", {{"odoo.installDir", "/opt/odoo/"}}, dirChars);
        row("dir space", {{"odoo.installDir", "/opt/od oo"}}, dirChars);
        row("dir quote", {{"odoo.installDir", "/opt/o'doo"}}, dirChars);
        row("dir substitution", {{"odoo.installDir", "/opt/$(id)"}}, dirChars);
        row("dir newline", {{"odoo.installDir", "/opt/odoo\n"}}, dirChars);
        row("dir /opt", {{"odoo.installDir", "/opt"}}, "odoo.installDir: /opt is a system folder; use a folder of its own such as /opt/odoo.");
        row("dir /etc", {{"odoo.installDir", "/etc"}}, "odoo.installDir: /etc is a system folder; use a folder of its own such as /opt/odoo.");
        const QString userForm = "odoo.systemUser: The system user must start with a lower-case letter or '_' and contain only "
                                 "lower-case letters, digits, '_' and '-' (at most 32).";
        row("system user root", {{"odoo.systemUser", "root"}}, "odoo.systemUser: \"root\" is a system account; Odoo needs a dedicated user such as \"odoo\".");
        row("system user postgres", {{"odoo.systemUser", "postgres"}}, "odoo.systemUser: \"postgres\" is a system account; Odoo needs a dedicated user such as \"odoo\".");
        row("system user www-data", {{"odoo.systemUser", "www-data"}}, "odoo.systemUser: \"www-data\" is a system account; Odoo needs a dedicated user such as \"odoo\".");
        row("system user upper", {{"odoo.systemUser", "Odoo"}}, userForm);
        row("system user shell", {{"odoo.systemUser", "odoo;id"}}, userForm);
        row("system user empty", {{"odoo.systemUser", ""}}, userForm);
        row("system user option", {{"odoo.systemUser", "-odoo"}}, userForm);
        const QString dbForm = "\" is not a valid database name: use 2 to 63 letters, digits, '_', '.' or '-', starting with a letter or digit.";
        row("database shell", {{"odoo.database", "x; rm -rf /"}}, "odoo.database: \"x; rm -rf /" + dbForm);
        row("database substitution", {{"odoo.database", "$(id)"}}, "odoo.database: \"$(id)" + dbForm);
        row("database quote", {{"odoo.database", "db'name"}}, "odoo.database: \"db'name" + dbForm);
        row("database one character", {{"odoo.database", "a"}}, "odoo.database: \"a" + dbForm);
        row("database underscore", {{"odoo.database", "_db"}}, "odoo.database: \"_db" + dbForm);
        row("database non-ascii", {{"odoo.database", QString::fromUtf8("数据库")}}, QString::fromUtf8("odoo.database: \"数据库") + dbForm);
        row("database 64 characters", {{"odoo.database", text(64, 'd')}}, "odoo.database: \"" + text(64, 'd') + dbForm);
        row("database empty", {{"odoo.database", ""}}, "odoo.database: Enter a database name.");
        row("database postgres", {{"odoo.database", "postgres"}}, "odoo.database: \"postgres\" is reserved by PostgreSQL.");
        row("database template0", {{"odoo.database", "template0"}}, "odoo.database: \"template0\" is reserved by PostgreSQL.");
        const QString filterForm = "odoo.dbFilter: The database filter must be a regular expression of at most 200 visible ASCII characters, without spaces.";
        row("filter regex", {{"odoo.dbFilter", "^(acme$"}}, "odoo.dbFilter: The database filter is not a valid regular expression: missing closing parenthesis.");
        row("filter newline", {{"odoo.dbFilter", "^acme$\nworkers = 99"}}, filterForm);
        row("filter space", {{"odoo.dbFilter", "^a b$"}}, filterForm);
        row("filter 201 characters", {{"odoo.dbFilter", text(201)}}, filterForm);
        const QString deb = "odoo.wkhtmltopdfDeb: The wkhtmltopdf package must be an http(s) URL of a .deb file, without spaces.";
        row("deb script", {{"odoo.wkhtmltopdfDeb", "https://example.com/install.sh"}}, deb);
        row("deb shell", {{"odoo.wkhtmltopdfDeb", "https://x/$(id).deb; rm"}}, deb);
        row("deb option", {{"odoo.wkhtmltopdfDeb", "-o/etc/passwd.deb"}}, deb);
        row("deb ftp", {{"odoo.wkhtmltopdfDeb", "ftp://x/a.deb"}}, deb);
        row("http port 80", {{"odoo.httpPort", 80}}, "odoo.httpPort: Port must be between 1024 and 65535.");
        row("http port 70000", {{"odoo.httpPort", 70000}}, "odoo.httpPort: Port must be between 1024 and 65535.");
        row("longpolling port 1023", {{"odoo.longpollingPort", 1023}}, "odoo.longpollingPort: Port must be between 1024 and 65535.");
        row("longpolling port = http port", {{"odoo.longpollingPort", 8069}},
            "odoo.longpollingPort: The long polling / websocket port must differ from the HTTP port.");
        row("demo data number", {{"odoo.demoData", 1}}, "load: odoo.demoData: expected true or false, found a number.");
        row("master hash empty", {{"odoo.masterPassword.hash", ""}},
            "odoo.masterPassword.hash: No master password yet: press Generate, or run \"odoo-deploy master-password --profile FILE\".");
        const QString hash = "odoo.masterPassword.hash: The master password hash is not a $pbkdf2-sha512$ hash; generate a new one.";
        row("master hash plain text", {{"odoo.masterPassword.hash", "admin"}}, hash);
        row("master hash newline", {{"odoo.masterPassword.hash", test::kKnownHash + "\nadmin_passwd = x"}}, hash);
        row("master mode unknown", {{"odoo.masterPassword.mode", "none"}}, "load: odoo.masterPassword.mode: \"none\" is not one of the allowed values.");

        // performance
        row("workers 65", {{"performance.workers", 65}}, "performance.workers: Workers must be between 0 (threaded mode) and 64.");
        row("workers negative", {{"performance.workers", -1}}, "performance.workers: Workers must be between 0 (threaded mode) and 64.");
        row("workers string", {{"performance.workers", "4"}}, "load: performance.workers" + wholeNumber + "a string.");
        row("cron threads 17", {{"performance.maxCronThreads", 17}}, "performance.maxCronThreads: Cron threads must be between 0 and 16.");
        row("soft memory tiny", {{"performance.limitMemorySoft", 1000}}, "performance.limitMemorySoft: The soft memory limit must be between 64 MiB and 64 GiB.");
        row("hard memory = soft", {{"performance.limitMemoryHard", 2147483648LL}},
            "performance.limitMemoryHard: The hard memory limit must be above the soft limit and at most 64 GiB.");
        row("hard memory 128 GiB", {{"performance.limitMemoryHard", 137438953472LL}},
            "performance.limitMemoryHard: The hard memory limit must be above the soft limit and at most 64 GiB.");
        row("cpu time 0", {{"performance.limitTimeCpu", 0}}, "performance.limitTimeCpu: The CPU time limit must be between 1 and 86400 seconds.");
        row("real time below cpu", {{"performance.limitTimeReal", 100}},
            "performance.limitTimeReal: The real time limit must be at least the CPU time limit and at most 86400 seconds.");
        row("request limit 0", {{"performance.limitRequest", 0}}, "performance.limitRequest: The request limit must be between 1 and 1000000.");

        // web
        const QString domainForm = "\" is not a valid domain name: use letters, digits, '-' and '.'.";
        row("domain empty", {{"web.domain", ""}}, "web.domain: Enter the domain name the site is reached at, for example erp.example.com.");
        row("domain nginx injection", {{"web.domain", "a.com; return 200"}}, "web.domain: \"a.com; return 200" + domainForm);
        row("domain brace", {{"web.domain", "a.com}"}}, "web.domain: \"a.com}" + domainForm);
        row("domain wildcard", {{"web.domain", "*.example.com"}}, "web.domain: \"*.example.com" + domainForm);
        row("domain newline", {{"web.domain", "erp.example.com\nserver_name evil"}}, "web.domain: \"erp.example.com\nserver_name evil" + domainForm);
        const QJsonObject letsEncrypt{{"web.certificate", "letsencrypt"}, {"web.letsEncryptEmail", "admin@example.org"}};
        auto withLetsEncrypt = [&](QJsonObject patch) {
            for (auto it = letsEncrypt.begin(); it != letsEncrypt.end(); ++it)
                if (!patch.contains(it.key()))
                    patch.insert(it.key(), it.value());
            return patch;
        };
        row("letsencrypt local name", withLetsEncrypt({{"web.domain", "erp.local"}}),
            "web.domain: Let's Encrypt only issues certificates for public domain names; \"erp.local\" is not one. Choose a self-signed certificate instead.");
        row("letsencrypt address", withLetsEncrypt({{"web.domain", "192.0.2.10"}}), "web.domain: \"192.0.2.10" + domainForm);
        row("acme server address", withLetsEncrypt({{"web.domain", "192.0.2.10"}, {"web.acmeServer", "https://ca.internal/acme/directory"}}),
            "web.domain: certbot asks for certificates for domain names only, not for an address.");
        row("acme server http", withLetsEncrypt({{"web.acmeServer", "http://ca.internal/directory"}}),
            "web.acmeServer: The ACME server must be the https:// URL of its directory, without spaces.");
        row("acme server unused, newline", {{"web.acmeServer", "https://a\nb"}}, "web.acmeServer: " + control);
        row("certificate unknown", {{"web.certificate", "selfsigned"}}, "load: web.certificate: \"selfsigned\" is not one of the allowed values.");
        const QString email = "web.letsEncryptEmail: Enter a valid e-mail address for the Let's Encrypt account.";
        row("email missing @", withLetsEncrypt({{"web.letsEncryptEmail", "admin"}}), email);
        row("email newline", withLetsEncrypt({{"web.letsEncryptEmail", "a@b.com\n"}}), email);
        row("email shell", withLetsEncrypt({{"web.letsEncryptEmail", "a@b.com;id"}}), email);
        row("email unused, newline", {{"web.letsEncryptEmail", "x\n"}}, "web.letsEncryptEmail: " + control);
        row("email unused, 255 characters", {{"web.letsEncryptEmail", text(255)}}, "web.letsEncryptEmail: Must be at most 254 characters long.");
        row("existing without files", {{"web.certificate", "existing"}},
            "web.certFile: Choose a file.\nweb.keyFile: Choose a file.");
        row("existing key tab", {{"web.certificate", "existing"}, {"web.certFile", "/a.crt"}, {"web.keyFile", "a\tb"}}, "web.keyFile: " + control);
        row("certificate file unused, newline", {{"web.certFile", "/a.crt\n"}}, "web.certFile: " + control);
        row("ca file missing", {{"web.caFile", "/nonexistent/ca.pem"}}, "web.caFile: Cannot read /nonexistent/ca.pem: No such file or directory");
        row("ca file newline", {{"web.caFile", "ca\n.pem"}}, "web.caFile: " + control);
        const QString pin = "web.certificatePin: The certificate fingerprint must be a SHA-256 fingerprint as openssl prints it (AB:CD:… in 32 pairs).";
        row("pin short", {{"web.certificatePin", "ab:cd"}}, pin);
        row("pin lower case", {{"web.certificatePin", "ab:" + QString("ab:").repeated(30) + "cd"}}, pin);
        row("pin newline", {{"web.certificatePin", QString("AB:").repeated(31) + "CD\n; rm -rf /"}}, pin);
        row("hsts without https", {{"web.certificate", "none"}, {"web.hsts", true}}, "web.hsts: HSTS needs HTTPS: choose a certificate or turn HSTS off.");
        row("firewall string", {{"web.firewall", "on"}}, "load: web.firewall: expected true or false, found a string.");

        // service
        const QString serviceForm = "service.name: The service name must start with a lower-case letter and contain only "
                                    "lower-case letters, digits, '_' and '-' (at most 32).";
        row("service nginx", {{"service.name", "nginx"}}, "service.name: \"nginx\" is already used by the system; choose another service name.");
        row("service ssh", {{"service.name", "ssh"}}, "service.name: \"ssh\" is already used by the system; choose another service name.");
        row("service slash", {{"service.name", "a/b"}}, serviceForm);
        row("service upper", {{"service.name", "Odoo"}}, serviceForm);
        row("service empty", {{"service.name", ""}}, serviceForm);
        row("service shell", {{"service.name", "odoo;id"}}, serviceForm);
        row("service 33 characters", {{"service.name", text(33)}}, serviceForm);
        row("init unknown", {{"service.initSystem", "upstart"}}, "load: service.initSystem: \"upstart\" is not one of the allowed values.");

        // backup
        row("keep 0", {{"backup.keep", 0}}, "backup.keep: Keep between 1 and 365 backups on the server.");
        row("keep 366", {{"backup.keep", 366}}, "backup.keep: Keep between 1 and 365 backups on the server.");
        const QString at = "backup.at: Give the time of the daily backup as HH:MM, 24-hour clock (such as 03:30).";
        row("at 24:00", {{"backup.at", "24:00"}}, at);
        row("at one digit", {{"backup.at", "3:30"}}, at);
        row("at shell", {{"backup.at", "03:30; rm -rf /"}}, at);
        row("at empty", {{"backup.at", ""}}, at);
        row("at cron", {{"backup.at", "*/5 * * * *"}}, at);

        // staging
        row("staging database = production", {{"staging.database", "acme"}}, "staging.database: The staging copy needs a database of its own, not production's.");
        row("staging database shell", {{"staging.database", "x; rm -rf /"}}, "staging.database: \"x; rm -rf /" + dbForm);
        row("staging database postgres", {{"staging.database", "postgres"}}, "staging.database: \"postgres\" is reserved by PostgreSQL.");
        row("staging copy unknown", {{"staging.copy", "snapshot"}}, "load: staging.copy: \"snapshot\" is not one of the allowed values.");
        row("staging port production's", {{"staging.httpPort", 8069}}, "staging.httpPort: Port 8069 is production's; the staging copy needs ports of its own.");
        row("staging port 80", {{"staging.httpPort", 80}}, "staging.httpPort: Port must be between 1024 and 65535.");
        row("staging ports equal", {{"staging.longpollingPort", 8079}},
            "staging.longpollingPort: The staging copy's long polling / websocket port must differ from its HTTP port.");
        row("staging domain = production", {{"staging.domain", "ERP.example.com"}},
            "staging.domain: The staging copy's name must differ from production's; leave it empty to use a port instead.");
        row("staging domain space", {{"staging.domain", "a b"}}, "staging.domain: \"a b" + domainForm);
        row("staging public 443", {{"staging.publicPort", 443}},
            "staging.publicPort: Port 443 is already used by the deployment; choose another port for the staging site.");
        row("staging public ssh", {{"staging.publicPort", 22}},
            "staging.publicPort: Port 22 is already used by the deployment; choose another port for the staging site.");
        row("staging public 70000", {{"staging.publicPort", 70000}}, "staging.publicPort: Port must be between 1 and 65535.");

        // topology (schema 2): the database with the filestore, two app servers, the proxy
        const auto host = [](const QString &name, const QStringList &roles, const QString &address) {
            return QJsonObject{{"name", name}, {"roles", QJsonArray::fromStringList(roles)}, {"privateAddress", address},
                               {"server", QJsonObject{{"host", name + ".example.com"}}}};
        };
        const auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
            o.insert(key, value);
            return o;
        };
        const auto withServer = [&](const QJsonObject &o, const QString &key, const QJsonValue &value) {
            return with(o, "server", with(o.value("server").toObject(), key, value));
        };
        const auto topology = [](const QJsonArray &hosts) { return QJsonObject{{"hosts", hosts}, {"filestore", "glusterfs"}}; };
        const QJsonObject db = host("db", {"database", "files"}, "10.0.0.11"), app1 = host("app1", {"app"}, "10.0.0.21"),
                          app2 = host("app2", {"app"}, "10.0.0.22"), proxy = host("proxy", {"proxy"}, "10.0.0.31");
        const auto four = [&](const QJsonObject &secondApp) { return QJsonObject{{"topology", topology({db, app1, secondApp, proxy})}}; };
        const QString serverName = "\" is not a server name: use up to 31 lowercase letters, digits and '-', starting with a letter (such as app1).";
        const QString notIp = "\" is not an IP address; the database and the firewalls allow servers by address, so give one (such as 10.0.0.12).";
        const QString h2 = "topology.hosts[2].";
        row("topology valid", four(app2), "");
        row("topology one app server with the proxy", {{"topology", topology({with(db, "roles", QJsonArray{"database"}), with(app1, "roles", QJsonArray{"app", "proxy"})})}}, "");
        row("topology all roles on one server", {{"topology", topology({with(db, "roles", QJsonArray{"database", "app", "proxy", "files"})})}},
            "topology.hosts[0].roles: One server can hold the database and the shared filestore, or an app server and the proxy; not database, app, proxy, files together.");
        row("topology database and app", four(with(app2, "roles", QJsonArray{"app", "database"})),
            h2 + "roles: One server can hold the database and the shared filestore, or an app server and the proxy; not database, app together.\n"
                 "topology.hosts: Only one server can have the role database; 2 have it.");
        row("topology no role", four(with(app2, "roles", QJsonArray{})), h2 + "roles: Give the server at least one role: database, app, proxy or files.");
        row("topology role unknown", four(with(app2, "roles", QJsonArray{"app", "cache"})), "load: topology.hosts[2].roles: \"cache\" is not one of the allowed values.");
        row("topology name shell", four(with(app2, "name", "app2; rm -rf /")), h2 + "name: \"app2; rm -rf /" + serverName);
        row("topology name upper case", four(with(app2, "name", "App2")), h2 + "name: \"App2" + serverName);
        row("topology name newline", four(with(app2, "name", "app\n2")), h2 + "name: \"app\n2" + serverName);
        row("topology name 32 characters", four(with(app2, "name", "a" + text(31, '2'))), h2 + "name: \"a" + text(31, '2') + serverName);
        row("topology name empty", four(with(app2, "name", "")), h2 + "name: Give the server a short name (such as db or app1).");
        row("topology name twice", four(with(app2, "name", "app1")), h2 + "name: Another server is already named \"app1\".");
        row("topology address a name", four(with(app2, "privateAddress", "app2.internal")), h2 + "privateAddress: \"app2.internal" + notIp);
        row("topology address bad ipv4", four(with(app2, "privateAddress", "10.0.0.300")), h2 + "privateAddress: \"10.0.0.300" + notIp);
        row("topology address shell", four(with(app2, "privateAddress", "10.0.0.22; id")), h2 + "privateAddress: \"10.0.0.22; id" + notIp);
        row("topology address empty", four(with(app2, "privateAddress", "")),
            h2 + "privateAddress: Give the address the other servers reach this one at (such as 10.0.0.12).");
        row("topology address twice", four(with(app2, "privateAddress", "10.0.0.21")), h2 + "privateAddress: Another server has the address 10.0.0.21.");
        row("topology ssh host shell", four(withServer(app2, "host", "x; rm -rf /")), h2 + "server.host: \"x; rm -rf /" + hostName);
        row("topology ssh host empty", four(withServer(app2, "host", "")), h2 + "server.host: Enter the server's host name or IP address.");
        row("topology ssh port 0", four(withServer(app2, "port", 0)), h2 + "server.port: Port must be between 1 and 65535.");
        row("topology ssh port string", four(withServer(app2, "port", "22")), "load: topology.hosts[2].server.port" + wholeNumber + "a string.");
        row("topology ssh user shell", four(withServer(app2, "user", "root;id")), h2 + "server.user: \"root;id" + login);
        row("topology ssh jump command", four(withServer(app2, "jumpHost", "host -oProxyCommand=id")), h2 + "server.jumpHost: Write the jump host as [user@]host[:port].");
        row("topology ssh key file empty", four(withServer(withServer(app2, "auth", "key"), "keyFile", "")), h2 + "server.keyFile: Choose a file.");
        row("topology ssh key file unused newline", four(withServer(app2, "keyFile", "/k\n")), h2 + "server.keyFile: " + control);
        row("topology ssh timeout", four(withServer(app2, "connectTimeoutSec", 0)), h2 + "server.connectTimeoutSec: The connect timeout must be between 1 and 300 seconds.");
        row("topology same login twice", four(withServer(app2, "host", "app1.example.com")),
            h2 + "server.host: Another server is reached at app1.example.com port 22 already; give one server all of its roles instead.");
        row("topology same host through another jump", four(withServer(withServer(app2, "host", "app1.example.com"), "jumpHost", "bastion")), "");
        row("topology no database", {{"topology", topology({app1, proxy})}}, "topology.hosts: One server must hold the database.");
        row("topology no app server", {{"topology", topology({db, proxy})}}, "topology.hosts: At least one server must be an app server (Odoo).");
        row("topology no proxy", {{"topology", topology({db, app1})}}, "topology.hosts: One server must be the proxy (nginx, HTTPS).");
        row("topology two proxies", four(with(with(app2, "roles", QJsonArray{"proxy"}), "privateAddress", "10.0.0.32")),
            "topology.hosts: Only one server can have the role proxy; 2 have it.");
        row("topology two filestores", four(with(app2, "roles", QJsonArray{"files"})), "topology.hosts: Only one server can have the role files; 2 have it.");
        row("topology two app servers without filestore", {{"topology", topology({with(db, "roles", QJsonArray{"database"}), app1, app2, proxy})}},
            "topology.hosts: Two or more app servers need the shared filestore: give one server the role files.");
        QJsonArray many;
        for (int i = 0; i < 17; ++i)
            many.append(host(QStringLiteral("app%1").arg(i), {"app"}, QStringLiteral("10.0.1.%1").arg(i)));
        row("topology 17 servers", {{"topology", topology(many)}}, "topology.hosts: At most 16 servers.");
        row("topology hosts an object", {{"topology", QJsonObject{{"hosts", QJsonObject{}}}}}, "load: topology.hosts: expected an array, found an object.");
        row("topology host a string", {{"topology", QJsonObject{{"hosts", QJsonArray{"db"}}}}}, "load: topology.hosts[0]: expected an object, found a string.");
        row("topology filestore unknown", {{"topology", with(topology({db, app1, app2, proxy}), "filestore", "ceph")}},
            "load: topology.filestore: \"ceph\" is not one of the allowed values.");
        row("topology unused server host newline", {{"topology", topology({db, app1, app2, proxy})}, {"server.host", "a\nb"}}, "server.host: " + control);
        row("topology unused server host empty", {{"topology", topology({db, app1, app2, proxy})}, {"server.host", ""}}, "");
        row("topology in a schema-1 file is not read", {{"schema", 1}, {"topology", topology({db})}}, "");
    }
    void profileField()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, expected);
        QCOMPARE(outcome(patched(patch)), expected);
    }

    void wholeFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto file = [this](const char *name, const QByteArray &bytes, const QString &expected) {
            QTest::newRow(name) << bytes << expected;
            ++m_cases;
        };
        file("not JSON", "{", "load: The profile is not valid JSON (line 1, column 2): unterminated object.");
        file("empty file", "", "load: The profile is not valid JSON (line 1, column 1): illegal value.");
        file("array", "[]", "load: The profile must be a JSON object.");
        file("no schema", "{}", "load: This is not an odoo-deploy profile: it has no \"schema\" number.");
        file("schema 3", "{\"schema\": 3}", "load: The profile uses schema 3, but this odoo-deploy only knows schema 2. Update odoo-deploy to open it.");
        file("schema 0", "{\"schema\": 0}", "load: The profile's schema 0 is not valid.");
        file("schema string", "{\"schema\": \"1\"}", "load: This is not an odoo-deploy profile: it has no \"schema\" number.");
        file("binary", QByteArray("\x00\xff\xfe{", 4), "load: The profile is not valid JSON (line 1, column 2): illegal value.");
    }
    void wholeFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(outcome(bytes), expected);
    }

    // Issue 10 asks for at least 150 cases; together with tst_cli's command-line rows.
    void matrixSize()
    {
        QVERIFY2(m_cases >= 150, qPrintable(QString::number(m_cases)));
        qInfo("%d profile cases", m_cases);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
