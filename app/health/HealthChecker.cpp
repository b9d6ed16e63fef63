#include "HealthChecker.h"

#include "ServiceHealth.h"
#include "profile/TopologyProfile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

namespace odoodeploy {

namespace {

const QString kService = QStringLiteral("service");
const QString kOdoo = QStringLiteral("odoo");
const QString kRealtime = QStringLiteral("realtime");
const QString kHttp = QStringLiteral("http");
const QString kHttps = QStringLiteral("https");
const QString kDatabaseManager = QStringLiteral("database-manager");
const QString kDatabase = QStringLiteral("database");
const QString kPostgresql = QStringLiteral("postgresql");
const QString kFilestore = QStringLiteral("filestore");

// "HTTP 403 Forbidden". HTTP/2 has no reason phrase: the usual one for the code.
QString statusText(const HttpExchangeResult &x)
{
    QString reason = QString::fromUtf8(x.statusLine).section(QLatin1Char(' '), 2);
    if (reason.isEmpty()) {
        static const QHash<int, QString> usual{{200, QStringLiteral("OK")}, {301, QStringLiteral("Moved Permanently")}, {302, QStringLiteral("Found")},
                                               {303, QStringLiteral("See Other")}, {307, QStringLiteral("Temporary Redirect")},
                                               {308, QStringLiteral("Permanent Redirect")}, {400, QStringLiteral("Bad Request")},
                                               {401, QStringLiteral("Unauthorized")}, {403, QStringLiteral("Forbidden")}, {404, QStringLiteral("Not Found")},
                                               {500, QStringLiteral("Internal Server Error")}, {502, QStringLiteral("Bad Gateway")},
                                               {503, QStringLiteral("Service Unavailable")}, {504, QStringLiteral("Gateway Timeout")}};
        reason = usual.value(x.statusCode);
    }
    return QStringLiteral("HTTP %1 %2").arg(x.statusCode).arg(reason).trimmed();
}

constexpr int kReportMarginMs = 20;

QString seconds(qint64 ms) { return QString::number(ms / 1000.0, 'f', ms < 10000 ? 2 : 1); }

} // namespace

HealthChecker::HealthChecker(QObject *parent)
    : QObject(parent), m_deadline(new QTimer(this))
{
    qRegisterMetaType<HealthResult>();
    qRegisterMetaType<HealthReport>();
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late: "never later"
    connect(m_deadline, &QTimer::timeout, this, [this] {
        failPending(tr("No answer within %1 s.").arg(m_target.timeoutMs / 1000.0));
    });
}

QString HealthChecker::title(const QString &id) const
{
    if (id == kService)
        return tr("Service %1").arg(m_target.serviceName);
    if (id == kOdoo)
        return tr("Odoo on port %1").arg(m_target.odooPort);
    if (id == kRealtime)
        return m_target.odooMajor >= 16 ? tr("Websocket on port %1").arg(m_target.realtimePort)
                                        : tr("Long polling on port %1").arg(m_target.realtimePort);
    if (id == kHttp)
        return tr("HTTP on port %1").arg(m_target.httpPort);
    if (id == kHttps)
        return tr("HTTPS on port %1").arg(m_target.httpsPort);
    if (id == kDatabase)
        return tr("Database server from here");
    if (id == kFilestore)
        return tr("Shared filestore");
    if (id == kPostgresql)
        return tr("PostgreSQL on port %1").arg(TopologyProfile::kPostgresqlPort);
    return tr("Database manager");
}

void HealthChecker::start(const HealthTarget &target)
{
    m_target = target;
    m_report = {};
    m_tunnelProblem[0].clear();
    m_tunnelProblem[1].clear();
    m_clock.start();
    m_running = true;
    m_expected.clear();
    if (target.checkService)
        m_expected << kService;
    if (target.checkOdoo) {
        m_expected << kOdoo;
        if (target.realtime)
            m_expected << kRealtime;
    }
    if (target.checkDatabase)
        m_expected << kDatabase;
    if (target.checkFilestore)
        m_expected << kFilestore;
    if (target.checkPostgresql)
        m_expected << kPostgresql;
    if (target.checkSite)
        m_expected << kHttp << kHttps << kDatabaseManager;
    // A few milliseconds early: reporting and stopping what still runs takes a moment,
    // and a red light must be there within the timeout, not just after it.
    m_deadline->start(std::max(1, target.timeoutMs - kReportMarginMs));

    if (target.checkSite) {
        checkHttp();
        checkHttps();
        checkDatabaseManager();
    }
    if (target.checkOdoo && target.odooDirect) {
        checkOdoo(target.address, target.odooPort);
        if (target.realtime)
            checkRealtime(target.address, target.realtimePort);
    }
}

void HealthChecker::setTunnel(int odooLocalPort, int realtimeLocalPort)
{
    if (!m_running)
        return;
    const QString loopback = QStringLiteral("127.0.0.1");
    if (odooLocalPort > 0)
        checkOdoo(loopback, odooLocalPort);
    else
        setTunnelFailed(tr("The SSH tunnel could not be opened."));
    if (m_target.realtime && realtimeLocalPort > 0)
        checkRealtime(loopback, realtimeLocalPort);
}

void HealthChecker::setTunnelFailed(const QString &reason)
{
    for (const QString &id : {kOdoo, kRealtime})
        report({id, title(id), HealthLight::Red, tr("Not checked: %1").arg(reason), {}, m_clock.elapsed()});
}

void HealthChecker::setSshFailed(const QString &reason)
{
    setServiceFailed(reason);
    setTunnelFailed(reason);
}

void HealthChecker::reportStateLine(const QString &id, const StateLine &line, const QString &output, const QString &good)
{
    HealthResult r{id, title(id), HealthLight::Green, good, output, m_clock.elapsed()};
    if (!line.known) {
        r.light = HealthLight::Red;
        r.reason = tr("The server's answer could not be understood.");
    } else if (!line.ok) {
        r.light = HealthLight::Red;
        r.reason = tr("The server says: %1").arg(line.detail);
    }
    report(r);
}

void HealthChecker::setServiceOutput(const QString &output)
{
    const ServiceState state = ServiceHealth::parse(output);
    m_report.odooLog = state.odooLog;
    m_report.nginxLog = state.nginxLog;
    HealthResult r{kService, title(kService), HealthLight::Green, tr("Running."), output, m_clock.elapsed()};
    if (!state.known) {
        r.light = HealthLight::Red;
        r.reason = tr("The server's answer could not be understood.");
    } else if (!state.running) {
        r.light = HealthLight::Red;
        r.reason = tr("Not running (%1).").arg(state.detail);
    }
    r.details = tr("The server says: %1").arg(state.detail);
    report(r);
    reportStateLine(kDatabase, state.database, output, tr("This server logs in to the database server over TLS."));
    reportStateLine(kPostgresql, state.postgresql, output, tr("Accepts connections."));
    reportStateLine(kFilestore, state.filestore, output, tr("Mounted; Odoo writes to it."));
}

void HealthChecker::setServiceFailed(const QString &reason)
{
    // Everything the server's side says fails with it.
    for (const QString &id : {kService, kDatabase, kPostgresql, kFilestore})
        report({id, title(id), HealthLight::Red, reason, {}, m_clock.elapsed()});
}

int HealthChecker::remainingMs() const { return std::max<int>(1, m_target.timeoutMs - int(m_clock.elapsed())); }

HttpExchangeRequest HealthChecker::request(bool tls, const QString &host, int port, const QString &path) const
{
    // The server by its address, the site by its name: Host, TLS server name and the
    // certificate's expected name are the domain, as a browser would send them.
    HttpExchangeRequest r = m_target.request(tls, host, port, path);
    r.headers = {{"User-Agent", "odoo-deploy/" ODOO_DEPLOY_VERSION " health check"}};
    r.timeoutMs = remainingMs() + 1000; // the checker's one deadline ends every check, with one reason
    return r;
}

void HealthChecker::fetch(const HttpExchangeRequest &request, const std::function<void(const HttpExchangeResult &)> &done)
{
    auto *exchange = new HttpExchange(this);
    connect(this, &HealthChecker::finished, exchange, [exchange] { // past the deadline: stop it
        exchange->abort();
        exchange->deleteLater();
    });
    connect(exchange, &HttpExchange::finished, this, [exchange, done](const HttpExchangeResult &x) {
        exchange->deleteLater();
        done(x);
    });
    exchange->start(request);
}

void HealthChecker::checkHttp()
{
    fetch(request(false, m_target.address, m_target.httpPort, QStringLiteral("/")), [this](const HttpExchangeResult &x) {
        HealthResult r{kHttp, title(kHttp), HealthLight::Red, {}, {}, m_clock.elapsed()};
        const int status = x.statusCode;
        const QString location = QString::fromUtf8(x.header("Location"));
        r.details = QStringLiteral("%1\nLocation: %2").arg(statusText(x), location);
        if (!x.error.isEmpty()) {
            r.reason = x.error;
        } else if (m_target.https) {
            if (status >= 300 && status < 400 && location.startsWith(QLatin1String("https://"))) {
                r.light = HealthLight::Green;
                r.reason = tr("Redirects to %1 (HTTP %2).").arg(location).arg(status);
            } else {
                r.reason = tr("%1 instead of a redirect to HTTPS.").arg(statusText(x));
            }
        } else if (status < 400) {
            r.light = HealthLight::Yellow;
            r.reason = tr("Odoo answers over plain HTTP: no certificate is configured, passwords travel unencrypted.");
        } else {
            r.reason = statusText(x);
        }
        report(r);
    });
}

void HealthChecker::checkHttps()
{
    if (!m_target.https) {
        report({kHttps, title(kHttps), HealthLight::Skipped, tr("No certificate is configured."), {}, 0});
        return;
    }
    const QString path = m_target.odooMajor >= 15 ? QStringLiteral("/web/health") : QStringLiteral("/web/login");
    const qint64 started = m_clock.elapsed();
    fetch(request(true, m_target.address, m_target.httpsPort, path), [this, path, started](const HttpExchangeResult &x) {
        const qint64 elapsed = m_clock.elapsed() - started;
        HealthResult r{kHttps, title(kHttps), HealthLight::Red, {}, {}, m_clock.elapsed()};
        const int status = x.statusCode;
        r.details = describeCertificate(x.certificate) + QStringLiteral("GET %1: %2 in %3 s\n").arg(path, statusText(x), seconds(elapsed));
        if (!x.error.isEmpty()) {
            r.reason = x.error;
        } else if (status == 502 || status == 504) {
            r.reason = tr("%1: nginx answers, but Odoo behind it does not.").arg(statusText(x));
        } else if (status != 200) {
            r.reason = tr("%1 for %2.").arg(statusText(x), path);
        } else if (m_target.odooMajor >= 15 && QJsonDocument::fromJson(x.body).object().value(QStringLiteral("status")).toString() != QLatin1String("pass")) {
            r.reason = tr("Odoo's health endpoint does not say \"pass\": %1").arg(QString::fromUtf8(x.body.left(200)));
        } else {
            QStringList attention;
            if (x.tls.pinned)
                attention << tr("self-signed certificate (trusted by its recorded fingerprint)");
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(x.certificate.expiryDate());
            if (!x.certificate.isNull() && days < m_target.expiryWarningDays)
                attention << tr("the certificate expires in %1 days").arg(days);
            if (elapsed > m_target.slowMs)
                attention << tr("slow answer (%1 s)").arg(seconds(elapsed));
            r.light = attention.isEmpty() ? HealthLight::Green : HealthLight::Yellow;
            r.reason = attention.isEmpty() ? tr("Odoo answers through nginx in %1 s; the certificate is valid for %2 more days.").arg(seconds(elapsed)).arg(days)
                                           : tr("Works, but: %1.").arg(attention.join(QStringLiteral("; ")));
        }
        report(r);
    });
}

void HealthChecker::checkDatabaseManager()
{
    const int port = m_target.https ? m_target.httpsPort : m_target.httpPort;
    fetch(request(m_target.https, m_target.address, port, QStringLiteral("/web/database/manager")), [this](const HttpExchangeResult &x) {
        HealthResult r{kDatabaseManager, title(kDatabaseManager), HealthLight::Green, {}, statusText(x), m_clock.elapsed()};
        if (!x.error.isEmpty()) {
            r.light = HealthLight::Skipped;
            r.reason = tr("Not checked: %1").arg(x.error);
        } else if (x.statusCode == 200) {
            r.light = HealthLight::Yellow;
            r.reason = tr("Reachable from outside: anyone can try the master password and copy or drop databases.");
        } else {
            r.reason = tr("Not reachable from outside (%1).").arg(statusText(x));
        }
        report(r);
    });
}

void HealthChecker::checkOdoo(const QString &host, int port)
{
    const QString path = m_target.odooMajor >= 15 ? QStringLiteral("/web/health") : QStringLiteral("/web/login");
    const QString via = m_target.odooDirect ? tr("directly") : tr("through the SSH tunnel");
    fetch(request(false, host, port, path), [this, path, via](const HttpExchangeResult &x) {
        HealthResult r{kOdoo, title(kOdoo), HealthLight::Red, {}, {}, m_clock.elapsed()};
        r.details = tr("GET %1 %2: %3").arg(path, via, x.error.isEmpty() ? statusText(x) : x.error);
        if (!x.error.isEmpty())
            return reportUnreachable(r, 0, x.error);
        if (x.statusCode != 200) {
            r.reason = tr("%1 for %2.").arg(statusText(x), path);
        } else {
            r.light = HealthLight::Green;
            r.reason = tr("Answers (%1).").arg(via);
        }
        report(r);
    });
}

void HealthChecker::checkRealtime(const QString &host, int port)
{
    const QString via = m_target.odooDirect ? tr("directly") : tr("through the SSH tunnel");
    if (m_target.odooMajor < 16) {
        // Long polling (<= 15): the gevent server answers any JSON route; version_info needs no database.
        HttpExchangeRequest req = request(false, host, port, QStringLiteral("/web/webclient/version_info"));
        req.method = QStringLiteral("POST");
        req.headers << QPair<QByteArray, QByteArray>("Content-Type", "application/json");
        req.body = R"({"jsonrpc":"2.0","method":"call","params":{},"id":1})";
        fetch(req, [this, via](const HttpExchangeResult &x) {
            HealthResult r{kRealtime, title(kRealtime), HealthLight::Red, {}, {}, m_clock.elapsed()};
            if (!x.error.isEmpty())
                return reportUnreachable(r, 1, x.error);
            const QJsonObject result = QJsonDocument::fromJson(x.body).object().value(QStringLiteral("result")).toObject();
            if (result.contains(QStringLiteral("server_version"))) {
                r.light = HealthLight::Green;
                r.reason = tr("Answers as Odoo %1 (%2).").arg(result.value(QStringLiteral("server_version")).toString(), via);
            } else {
                r.reason = tr("%1 without Odoo's version.").arg(statusText(x));
            }
            report(r);
        });
        return;
    }
    // Websocket (>= 16): a real handshake; the answer must be 101 with the right accept key.
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    const QByteArray key = nonce.toBase64();
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
    HttpExchangeRequest req = request(false, host, port, QStringLiteral("/websocket"));
    req.http1Only = true;
    req.stopAfterHeaders = true;
    req.headers += QList<QPair<QByteArray, QByteArray>>{
        {"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Key", key}, {"Sec-WebSocket-Version", "13"},
        {"Origin", ((m_target.https ? QStringLiteral("https://") : QStringLiteral("http://")) + m_target.domain).toUtf8()}};
    fetch(req, [this, accept, via](const HttpExchangeResult &x) {
        HealthResult r{kRealtime, title(kRealtime), HealthLight::Red, {}, QString::fromUtf8(x.statusLine), m_clock.elapsed()};
        if (!x.error.isEmpty())
            return reportUnreachable(r, 1, x.error);
        if (x.statusCode != 101)
            r.reason = tr("%1 instead of 101 Switching Protocols.").arg(QString::fromUtf8(x.statusLine));
        else if (x.header("Sec-WebSocket-Accept") != accept)
            r.reason = tr("Switched protocols, but with a wrong Sec-WebSocket-Accept.");
        else {
            r.light = HealthLight::Green;
            r.reason = tr("The websocket handshake succeeds (%1).").arg(via);
        }
        report(r);
    });
}

void HealthChecker::reportUnreachable(HealthResult result, int forwardIndex, const QString &networkReason)
{
    if (m_target.odooDirect) {
        result.reason = networkReason;
        report(result);
        return;
    }
    // Through the tunnel a refused connection shows here only as "closed"; the server's
    // reason travels separately from the SSH thread: give it a moment to arrive.
    QTimer::singleShot(100, this, [this, result, forwardIndex, networkReason]() mutable {
        result.reason = m_tunnelProblem[forwardIndex].isEmpty() ? networkReason : m_tunnelProblem[forwardIndex];
        report(result);
    });
}

void HealthChecker::noteTunnelProblem(int forwardIndex, const QString &message)
{
    if (forwardIndex >= 0 && forwardIndex < 2 && m_tunnelProblem[forwardIndex].isEmpty())
        m_tunnelProblem[forwardIndex] = message;
}

void HealthChecker::report(HealthResult result)
{
    if (!m_running || !m_expected.contains(result.id))
        return;
    for (const HealthResult &r : std::as_const(m_report.results))
        if (r.id == result.id)
            return; // the first word on a check stands (the deadline may have spoken)
    m_report.results << result;
    Q_EMIT resultReady(result);
    if (m_report.results.size() < m_expected.size())
        return;
    std::sort(m_report.results.begin(), m_report.results.end(), [this](const HealthResult &a, const HealthResult &b) {
        return m_expected.indexOf(a.id) < m_expected.indexOf(b.id);
    });
    m_running = false;
    m_deadline->stop();
    Q_EMIT finished(m_report);
}

void HealthChecker::failPending(const QString &reason)
{
    const QStringList expected = m_expected;
    for (const QString &id : expected) {
        const bool viaSsh = id == kService || id == kDatabase || id == kPostgresql || id == kFilestore || (!m_target.odooDirect && (id == kOdoo || id == kRealtime));
        report({id, title(id), HealthLight::Red,
                viaSsh ? tr("%1 (over SSH; the server may be down or SSH slow)").arg(reason) : reason, {}, m_clock.elapsed()});
    }
}

} // namespace odoodeploy
