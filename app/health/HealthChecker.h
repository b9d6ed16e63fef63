#pragma once
// Runs the health checks concurrently, on the calling thread's event loop, and never
// blocks it: HTTP on port 80, HTTPS on 443 (certificate, Odoo through nginx), the
// database manager, Odoo itself and its realtime port (through the SSH tunnel that the
// caller opens, or directly), and the service state that the caller fetches over SSH;
// on one server of several, those of its roles (HealthTarget::fromProfile), with the
// database server reached from an app server and PostgreSQL on the database server.
// Every check ends by the target's timeout, counted from start(): never later.

#include "HealthReport.h"
#include "HealthTarget.h"
#include "HttpExchange.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;

namespace odoodeploy {

struct StateLine;

class HealthChecker : public QObject
{
    Q_OBJECT
public:
    explicit HealthChecker(QObject *parent = nullptr);

    // Starts every check that needs no SSH. With odooDirect, Odoo's ports too.
    void start(const HealthTarget &target);
    // The tunnel's local ports (0: that forward failed): starts the checks through it.
    void setTunnel(int odooLocalPort, int realtimeLocalPort);
    // No tunnel (SSH failed): Odoo and its realtime port are red for this reason.
    void setTunnelFailed(const QString &reason);
    // SSH did not connect: the service and everything behind the tunnel are red for it.
    void setSshFailed(const QString &reason);
    // The output of ServiceHealth::step(), or why it could not run.
    void setServiceOutput(const QString &output);
    void setServiceFailed(const QString &reason);
    // A forwarded connection failed on the server's side (forward 0: Odoo, 1: its
    // realtime port, as healthForwards() orders them): the reason for that red check.
    void noteTunnelProblem(int forwardIndex, const QString &message);

    bool isRunning() const { return m_running; }
    // After start(): the checks that will report, in order, and their titles.
    const QStringList &expected() const { return m_expected; }
    QString title(const QString &id) const;
    const HealthReport &report() const { return m_report; }

Q_SIGNALS:
    void resultReady(const odoodeploy::HealthResult &result);
    void finished(const odoodeploy::HealthReport &report);

private:
    // Every check makes its own connection (HttpExchange): a kept-alive one would skip
    // the TLS handshake, and with it the certificate's verification.
    HttpExchangeRequest request(bool tls, const QString &host, int port, const QString &path) const;
    void fetch(const HttpExchangeRequest &request, const std::function<void(const HttpExchangeResult &)> &done);
    int remainingMs() const;
    void checkHttp();
    void checkHttps();
    void checkDatabaseManager();
    void checkOdoo(const QString &host, int port);
    void checkRealtime(const QString &host, int port);
    void report(HealthResult result);
    void reportStateLine(const QString &id, const StateLine &line, const QString &output, const QString &good);
    void reportUnreachable(HealthResult result, int forwardIndex, const QString &networkReason);
    void failPending(const QString &reason);

    HealthTarget m_target;
    HealthReport m_report;
    QStringList m_expected;
    QString m_tunnelProblem[2];
    QTimer *m_deadline;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::HealthResult)
Q_DECLARE_METATYPE(odoodeploy::HealthReport)
