#pragma once
// One libcurl transfer driven by Qt's event loop (curl's multi-socket interface on
// QSocketNotifier and a QTimer): never blocks the thread, stops at once on abort().
// It records what `curl -v` prints, the headers, the start of the body, curl's own
// timings and the server's certificate chain. HttpExchange decides what to ask.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>

class QSocketNotifier;
class QTimer;
struct curl_slist;

namespace odoodeploy {

struct CurlTransferSetup {
    QByteArray url;
    QByteArray resolve;             // "name:port:address" (an address literal), or empty
    QByteArray connectTo;           // "name:port:host:port" (a host name), or empty
    QByteArray method = "GET";
    QList<QByteArray> headers;      // "Name: value"
    QByteArray body;                // sent when the method is POST
    bool verifyPeer = true;         // the chain against the CA bundle
    bool verifyHost = true;         // the certificate's names against the URL's host
    QByteArray caBundle;            // PEM; empty: the system's
    QByteArray pinnedPublicKey;     // "sha256//…" or empty
    bool http1Only = false;
    bool connectOnly = false;       // connect (and shake hands), send nothing
    int timeoutMs = 5000;
    int maxBodyBytes = 4096;        // then the transfer stops: the start is enough
    bool stopAfterHeaders = false;  // stop once the final response's headers are in
};

struct HttpExchangeTimings { // milliseconds since the start, as curl's CURLINFO_*_TIME_T; -1: not reached
    double lookup = -1, connect = -1, tls = -1, firstByte = -1, total = -1;
};

struct CurlTransferOutcome {
    int code = 0;                   // CURLcode; 0 also when we stopped it on purpose
    QString error;                  // curl's message when code != 0
    long osErrno = 0;               // the connect's errno (ECONNREFUSED, …)
    long verifyResult = 0;          // OpenSSL's X509_V_* for the peer's chain
    QByteArray statusLine;
    long statusCode = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString transcript;             // the lines `curl -v` prints, "* ", "> ", "< "
    QList<QSslCertificate> chain;   // as the server sent it, the leaf first
    HttpExchangeTimings timings;
};

class CurlTransfer : public QObject
{
    Q_OBJECT
public:
    explicit CurlTransfer(QObject *parent = nullptr);
    ~CurlTransfer() override;
    // One transfer per object.
    void start(const CurlTransferSetup &setup);
    void abort();

Q_SIGNALS:
    void finished(const odoodeploy::CurlTransferOutcome &outcome);

private:
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    static int onSocket(void *easy, int socket, int what, void *self, void *socketData);
    static int onTimer(void *multi, long timeoutMs, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    static int onDebug(void *easy, int type, char *data, size_t size, void *self);
    void watch(int socket, int what);
    static void retire(const Watch &watch);
    void act(int socket, int events);
    void collect(int code);
    void release();

    CurlTransferSetup m_setup;
    CurlTransferOutcome m_outcome;
    void *m_multi = nullptr;
    void *m_easy = nullptr;
    struct curl_slist *m_headerList = nullptr;
    struct curl_slist *m_connectTo = nullptr;
    QByteArray m_errorBuffer;
    QHash<int, Watch> m_watches;
    QTimer *m_timer;
    bool m_stoppedOnPurpose = false;
    bool m_done = false;
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::CurlTransferOutcome)
