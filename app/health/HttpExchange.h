#pragma once
// One HTTP(S) request through libcurl, as `curl -v` makes it: its transcript, curl's
// own timings, the status, headers and the start of the body. Used by the Test button
// and by every health check over HTTP. TLS trust follows CertificateTrust: a CA-signed
// certificate is verified by curl as usual; a self-signed one whose SHA-256 fingerprint
// is the recorded one is then fetched with its public key pinned (curl's
// --pinnedpubkey) and its name still checked. Never "ignore all certificate errors".

#include "CertificateTrust.h"
#include "CurlTransfer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

namespace odoodeploy {

struct HttpExchangeRequest {
    QString address;          // where to connect (name or address)
    int port = 443;
    bool tls = true;
    QString serverName;       // the URL's host: Host header, TLS server name, the certificate's name
    QString method = QStringLiteral("GET");
    QString path = QStringLiteral("/");
    QList<QPair<QByteArray, QByteArray>> headers; // besides Host, User-Agent and Accept
    QByteArray body;          // for POST
    QString pin;              // recorded SHA-256 fingerprint of a self-signed certificate
    QList<QSslCertificate> extraCaCertificates;
    QString caFile;           // where extraCaCertificates came from, for the curl command
    int timeoutMs = 5000;
    int maxBodyBytes = 4096;  // the start of the body is enough
    bool stopAfterHeaders = false;
    bool http1Only = false;   // a websocket handshake needs HTTP/1.1

    QString url() const;
};

struct HttpExchangeResult {
    QString error;            // empty: a response arrived
    QByteArray statusLine;
    int statusCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;          // its start
    HttpExchangeTimings timings;
    QSslCertificate certificate{}; // braces: its constructors are explicit, and clang insists
    TlsVerdict tls;
    QByteArray pinnedPublicKey; // "sha256//…" when the pinned certificate's key was enforced
    QString tlsProtocol;      // "TLSv1.3", as curl reports the connection
    QString transcript;       // what curl -v printed, for every attempt

    QByteArray header(const QByteArray &name) const;
    // The transcript, how the certificate was trusted, the timings and the start of the body.
    QString verboseText() const;
    // The command that makes the same request with the real curl: `curl -v …`.
    QString curlCommand(const HttpExchangeRequest &request) const;

};

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;
    void start(const HttpExchangeRequest &request);
    void abort();

Q_SIGNALS:
    void finished(const odoodeploy::HttpExchangeResult &result);

private:
    // A TLS exchange first fetches the certificate (no request, nothing verified), then
    // makes the request verified by curl: against the CAs, or with the key pinned when
    // the certificate's fingerprint is the recorded one.
    enum class Attempt { Certificate, Verified, Pinned };
    void attempt(Attempt kind);
    void onAttempt(const CurlTransferOutcome &outcome);
    void onCertificate(const CurlTransferOutcome &outcome);
    void onVerified(const CurlTransferOutcome &outcome);
    void finish(const QString &error = QString());
    QString networkError(const CurlTransferOutcome &outcome) const;

    HttpExchangeRequest m_request;
    HttpExchangeResult m_result;
    QPointer<CurlTransfer> m_transfer;
    QElapsedTimer m_clock;       // one timeout for every attempt together
    Attempt m_attempt = Attempt::Verified;
    bool m_done = true;
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::HttpExchangeResult)
