#pragma once
// One HTTP request over a plain socket, timed the way `curl -v` reports it: name
// lookup, connect, TLS handshake, first byte, total. Used where QNetworkAccessManager
// hides what we need: the Test button's timing breakdown and the websocket handshake
// (a 101 answer). TLS trust follows CertificateTrust (pinning, never "ignore all").

#include "CertificateTrust.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

class QSslSocket;
class QTimer;

namespace odoodeploy {

struct HttpExchangeRequest {
    QString address;          // where to connect
    int port = 443;
    bool tls = true;
    QString serverName;       // TLS server name (SNI) and the name the certificate must carry
    QByteArray request;       // the whole request: line, headers, blank line, body
    QString pin;
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 5000;
    int maxBodyBytes = 4096;  // the start of the body is enough
    bool stopAfterHeaders = false;

    // "GET path HTTP/1.1" with Host, User-Agent, Accept and Connection: close.
    static QByteArray get(const QString &host, const QString &path, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
};

struct HttpExchangeTimings { // milliseconds since the start, as curl's time_*; -1: not reached
    double lookup = -1, connect = -1, tls = -1, firstByte = -1, total = -1;
};

struct HttpExchangeResult {
    QString error;            // empty: a response arrived
    QHostAddress peer;
    QByteArray statusLine;
    int statusCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;          // its start
    HttpExchangeTimings timings;
    QSslCertificate certificate;
    TlsVerdict tls;
    QString tlsProtocol;
    QString cipher;

    QByteArray header(const QByteArray &name) const;
    // What `curl -v` would show: connection, TLS and certificate lines, the request
    // and response headers, the timings and the start of the body.
    QString verboseText(const HttpExchangeRequest &request) const;
};

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    explicit HttpExchange(QObject *parent = nullptr);
    void start(const HttpExchangeRequest &request);
    void abort();

Q_SIGNALS:
    void finished(const odoodeploy::HttpExchangeResult &result);

private:
    double now() const { return m_clock.nsecsElapsed() / 1e6; }
    void connectTo(const QHostAddress &address);
    void onReadyRead();
    void finish(const QString &error = QString());
    bool parseHead();

    HttpExchangeRequest m_request;
    HttpExchangeResult m_result;
    QElapsedTimer m_clock;
    QPointer<QSslSocket> m_socket;
    QTimer *m_deadline;
    QByteArray m_buffer;
    bool m_headDone = false;
    qint64 m_contentLength = -1;
    bool m_done = true;
    QString m_stage;
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::HttpExchangeResult)
