#pragma once
// A real nginx in front of the stand-in Odoo, all on 127.0.0.1 with free ports, for
// the health checks: certificates made here with openssl (a test CA, a certificate it
// signed, one expiring in 10 days, a self-signed one and another self-signed one),
// one HTTPS server block per certificate, and one that exposes the database manager.
// Everything lives in a temporary folder and stops with the object.

#include "SshServer.h"
#include "TestProfiles.h"
#include "health/HealthTarget.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace odoodeploy::test {

class LoopbackSite
{
public:
    static constexpr const char *kDomain = "odoo.test";
    QTemporaryDir dir;
    QProcess nginx;
    QProcess odoo;
    QString error;
    int odooPort = 0, realtimePort = 0, httpPort = 0;
    int httpsCa = 0, httpsExpiring = 0, httpsSelfSigned = 0, httpsDatabaseManager = 0;
    QString odooVersion = QStringLiteral("17.0");

    QString path(const QString &name) const { return dir.filePath(name); }

    static bool available(QString *why)
    {
        for (const char *tool : {"nginx", "openssl", "python3"}) {
            if (programPath(QString::fromLatin1(tool)).isEmpty()) {
                *why = QStringLiteral("%1 is not installed (scripts/install-deps.sh --test)").arg(QString::fromLatin1(tool));
                return false;
            }
        }
        return true;
    }

    QSslCertificate certificate(const QString &name) const
    {
        QFile f(path(name + QStringLiteral(".crt")));
        f.open(QIODevice::ReadOnly);
        return QSslCertificate(f.readAll());
    }

    // The checks' view of this site: HTTPS on `httpsPort` (one per certificate), the
    // test CA trusted, Odoo's ports checked directly (no SSH here).
    HealthTarget target(int httpsPort) const
    {
        HealthTarget t;
        t.address = QStringLiteral("127.0.0.1");
        t.domain = QString::fromLatin1(kDomain);
        t.httpPort = httpPort;
        t.httpsPort = httpsPort;
        t.extraCaCertificates = {certificate(QStringLiteral("ca"))};
        t.odooMajor = 17;
        t.odooDirect = true;
        t.odooPort = odooPort;
        t.realtimePort = realtimePort;
        t.checkService = false;
        return t;
    }

    // A profile whose server and domain are this site's.
    DeploymentProfile profile(CertificateMode certificate) const
    {
        DeploymentProfile p = testProfile(odooVersion, certificate, InitSystem::Auto);
        p.server.host = QStringLiteral("127.0.0.1");
        p.web.domain = QString::fromLatin1(kDomain);
        return p;
    }

    bool start()
    {
        for (const char *sub : {"logs", "tmp"})
            QDir().mkpath(path(QString::fromLatin1(sub)));
        if (!makeCertificates() || !startOdoo())
            return false;
        httpPort = SshServer::freePort();
        httpsCa = SshServer::freePort();
        httpsExpiring = SshServer::freePort();
        httpsSelfSigned = SshServer::freePort();
        httpsDatabaseManager = SshServer::freePort();
        QString servers = QStringLiteral(
                              "server { listen 127.0.0.1:%1; server_name %2; location / { return 301 https://$host$request_uri; } }\n")
                              .arg(httpPort).arg(QString::fromLatin1(kDomain));
        auto https = [&](int port, const QString &cert, const QString &extra) {
            servers += QStringLiteral("server { listen 127.0.0.1:%1 ssl http2; server_name %2;\n"
                                      "  ssl_certificate %3.crt; ssl_certificate_key %3.key;\n"
                                      "  %4\n"
                                      "  location / { proxy_pass http://127.0.0.1:%5; proxy_set_header Host $host;\n"
                                      "    proxy_set_header X-Forwarded-Proto $scheme; proxy_set_header X-Forwarded-Host $host; } }\n")
                           .arg(port).arg(QString::fromLatin1(kDomain), path(cert), extra).arg(odooPort);
        };
        const QString blocked = QStringLiteral("location ~ ^/web/database { deny all; }");
        https(httpsCa, QStringLiteral("server"), blocked);
        https(httpsExpiring, QStringLiteral("expiring"), blocked);
        https(httpsSelfSigned, QStringLiteral("selfsigned"), blocked);
        https(httpsDatabaseManager, QStringLiteral("server"),
              QStringLiteral("location = /web/database/manager { return 200 'Database manager'; }"));
        const QString tmp = path(QStringLiteral("tmp"));
        QFile conf(path(QStringLiteral("nginx.conf")));
        conf.open(QIODevice::WriteOnly);
        conf.write(QStringLiteral("%1worker_processes 1;\nerror_log %2/logs/error.log;\npid %2/nginx.pid;\nevents {}\n"
                                  "http {\n access_log off;\n client_body_temp_path %3/body; proxy_temp_path %3/proxy;\n"
                                  " fastcgi_temp_path %3/fastcgi; uwsgi_temp_path %3/uwsgi; scgi_temp_path %3/scgi;\n%4}\n")
                       .arg(getuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir.path(), tmp, servers)
                       .toUtf8());
        conf.close();
        nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        test::endsWithTheTest(nginx);
        nginx.start(programPath(QStringLiteral("nginx")),
                    {QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), conf.fileName(), QStringLiteral("-g"), QStringLiteral("daemon off;")});
        if (!nginx.waitForStarted() || !waitForPort(httpsDatabaseManager)) {
            error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(readFile(path(QStringLiteral("logs/error.log"))));
            return false;
        }
        return true;
    }

    bool startOdoo()
    {
        if (!odooPort) {
            odooPort = SshServer::freePort();
            realtimePort = SshServer::freePort();
            QDir().mkpath(path(QStringLiteral("odoo")));
            QFile::copy(QStringLiteral(FAKE_ODOO_DIR "/odoo-bin"), path(QStringLiteral("odoo/odoo-bin")));
            writeFile(path(QStringLiteral("odoo/VERSION")), odooVersion.toUtf8());
            writeFile(path(QStringLiteral("odoo.conf")),
                      QStringLiteral("[options]\nhttp_interface = 127.0.0.1\nhttp_port = %1\n%2 = %3\nworkers = 2\n"
                                     "proxy_mode = True\nlist_db = False\nlogfile = %4\n")
                          .arg(odooPort)
                          .arg(odooVersion.toDouble() >= 16 ? QStringLiteral("gevent_port") : QStringLiteral("longpolling_port"))
                          .arg(realtimePort)
                          .arg(path(QStringLiteral("logs/odoo.log")))
                          .toUtf8());
        }
        test::endsWithTheTest(odoo);
        odoo.start(programPath(QStringLiteral("python3")),
                   {path(QStringLiteral("odoo/odoo-bin")), QStringLiteral("-c"), path(QStringLiteral("odoo.conf"))});
        if (!odoo.waitForStarted() || !waitForPort(odooPort) || !waitForPort(realtimePort)) {
            error = QStringLiteral("the stand-in Odoo did not start: ") + QString::fromUtf8(odoo.readAllStandardError());
            return false;
        }
        return true;
    }

    void stopOdoo()
    {
        odoo.terminate();
        odoo.waitForFinished(5000);
    }

    ~LoopbackSite()
    {
        stopOdoo();
        nginx.terminate(); // SIGTERM: nginx's fast shutdown, workers included
        nginx.waitForFinished(5000);
    }

private:
    static QByteArray readFile(const QString &name)
    {
        QFile f(name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(name);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    }
    static bool waitForPort(int port)
    {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (s.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    bool openssl(const QStringList &args)
    {
        const ProcessResult r = test::run(QStringLiteral("openssl"), args);
        if (r.exitCode != 0)
            error = QStringLiteral("openssl %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(r.err));
        return r.exitCode == 0;
    }

    bool selfSigned(const QString &name, int days)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"),
                        QStringLiteral("/CN=%1").arg(QString::fromLatin1(kDomain)), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=DNS:%1").arg(QString::fromLatin1(kDomain)), QStringLiteral("-keyout"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"), path(name + QStringLiteral(".crt"))});
    }

    bool signedByCa(const QString &name, int days)
    {
        writeFile(path(QStringLiteral("san.ext")), QStringLiteral("subjectAltName=DNS:%1\n").arg(QString::fromLatin1(kDomain)).toUtf8());
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(QString::fromLatin1(kDomain)), QStringLiteral("-keyout"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"), path(name + QStringLiteral(".csr"))})
               && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(name + QStringLiteral(".csr")),
                           QStringLiteral("-CA"), path(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                           QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"),
                           path(QStringLiteral("san.ext")), QStringLiteral("-out"), path(name + QStringLiteral(".crt"))});
    }

    bool makeCertificates()
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("400"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=odoo-deploy test CA"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                        QStringLiteral("-out"), path(QStringLiteral("ca.crt"))})
               && signedByCa(QStringLiteral("server"), 365) && signedByCa(QStringLiteral("expiring"), 10)
               && selfSigned(QStringLiteral("selfsigned"), 365) && selfSigned(QStringLiteral("other"), 365);
    }
};

} // namespace odoodeploy::test
