#include "HttpExchange.h"

#include "CurlTransfer.h"
#include "base/ShellQuote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QHash>
#include <QRegularExpression>
#include <QSslConfiguration>

#include <curl/curl.h>

#include <cerrno>

namespace odoodeploy {

namespace {

// OpenSSL's verdicts (X509_V_ERR_*) that say only "no trusted CA vouches for this
// certificate": the ones a recorded fingerprint may excuse (see CertificateTrust).
QSslError::SslError excusable(long verifyResult)
{
    switch (verifyResult) {
    case 18: return QSslError::SelfSignedCertificate;            // DEPTH_ZERO_SELF_SIGNED_CERT
    case 19: return QSslError::SelfSignedCertificateInChain;     // SELF_SIGNED_CERT_IN_CHAIN
    case 20: return QSslError::UnableToGetLocalIssuerCertificate;
    case 2: return QSslError::UnableToGetIssuerCertificate;
    case 21: return QSslError::UnableToVerifyFirstCertificate;   // UNABLE_TO_VERIFY_LEAF_SIGNATURE
    case 27: return QSslError::CertificateUntrusted;
    default: return QSslError::NoError;
    }
}

// The verdicts that say the certificate itself is wrong (X509_V_ERR_*), in Qt's words:
// OpenSSL's own text for them ("rsa routines::invalid padding") tells an admin nothing.
QString certificateRefusal(long verifyResult)
{
    static const QHash<long, QSslError::SslError> known{
        {4, QSslError::UnableToDecryptCertificateSignature},
        {6, QSslError::UnableToDecodeIssuerPublicKey},
        {7, QSslError::CertificateSignatureFailed},
        {9, QSslError::CertificateNotYetValid},
        {10, QSslError::CertificateExpired},
        {13, QSslError::InvalidNotBeforeField},
        {14, QSslError::InvalidNotAfterField},
        {24, QSslError::InvalidCaCertificate},
        {25, QSslError::PathLengthExceeded},
        {26, QSslError::InvalidPurpose},
        {28, QSslError::CertificateRejected},
        {29, QSslError::SubjectIssuerMismatch},
        {62, QSslError::HostNameMismatch},
    };
    const auto it = known.constFind(verifyResult);
    return it == known.cend() ? QString() : QSslError(*it).errorString();
}

QByteArray hostForUrl(const QString &host)
{
    return QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol ? "[" + host.toUtf8() + "]" : host.toUtf8();
}

// Where we connect when it is not the URL's host: curl's --resolve for an address,
// --connect-to for a host name. Empty option: the URL's host itself.
struct Redirect {
    QString option;
    QString value;
};
Redirect redirect(const HttpExchangeRequest &r)
{
    if (r.address == r.serverName)
        return {};
    const QString name = QStringLiteral("%1:%2:").arg(QString::fromUtf8(hostForUrl(r.serverName))).arg(r.port);
    if (QHostAddress(r.address).isNull())
        return {QStringLiteral("--connect-to"), name + QStringLiteral("%1:%2").arg(r.address).arg(r.port)};
    return {QStringLiteral("--resolve"), name + QString::fromUtf8(hostForUrl(r.address))};
}

// The system's certificate authorities and the profile's own, as one PEM bundle.
QByteArray caBundle(const QList<QSslCertificate> &extra)
{
    if (extra.isEmpty())
        return {};
    QByteArray pem;
    for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates() + extra)
        pem += c.toPem();
    return pem;
}

// A word for a POSIX shell: as it is when nothing in it is special, else quoted.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    return plain.match(word).hasMatch() ? word : shellQuote(word);
}

} // namespace

QString HttpExchangeRequest::url() const
{
    const bool defaultPort = port == (tls ? 443 : 80);
    return QStringLiteral("%1://%2%3%4")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), QString::fromUtf8(hostForUrl(serverName)),
             defaultPort ? QString() : QStringLiteral(":%1").arg(port), path);
}

QByteArray HttpExchangeResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpExchange::HttpExchange(QObject *parent) : QObject(parent) { qRegisterMetaType<HttpExchangeResult>(); }

HttpExchange::~HttpExchange() { abort(); }

void HttpExchange::start(const HttpExchangeRequest &request)
{
    abort();
    m_request = request;
    m_result = HttpExchangeResult();
    m_done = false;
    m_clock.start();
    attempt(request.tls ? Attempt::Certificate : Attempt::Verified);
}

void HttpExchange::attempt(Attempt kind)
{
    m_attempt = kind;
    const HttpExchangeRequest &r = m_request;
    CurlTransferSetup s;
    s.url = r.url().toUtf8();
    const Redirect to = redirect(r);
    (to.option == QLatin1String("--resolve") ? s.resolve : s.connectTo) = to.value.toUtf8();
    s.method = r.method.toUtf8();
    s.body = r.body;
    for (const auto &[name, value] : r.headers)
        s.headers << name + ": " + value;
    s.timeoutMs = std::max<int>(1, r.timeoutMs - int(m_clock.elapsed()));
    s.maxBodyBytes = r.maxBodyBytes;
    s.stopAfterHeaders = r.stopAfterHeaders;
    s.http1Only = r.http1Only;
    switch (kind) {
    case Attempt::Certificate: // only to read it: nothing is sent, nothing trusted
        s.connectOnly = true;
        s.verifyPeer = s.verifyHost = false;
        break;
    case Attempt::Pinned: // curl checks the name and the pinned key; nobody vouches for the chain
        s.verifyPeer = false;
        s.pinnedPublicKey = m_result.pinnedPublicKey;
        break;
    case Attempt::Verified:
        s.caBundle = caBundle(r.extraCaCertificates);
        break;
    }
    auto *transfer = new CurlTransfer(this);
    m_transfer = transfer;
    connect(transfer, &CurlTransfer::finished, this, &HttpExchange::onAttempt);
    transfer->start(s);
}

void HttpExchange::onAttempt(const CurlTransferOutcome &o)
{
    if (m_transfer)
        m_transfer->deleteLater();
    if (m_done)
        return;
    if (m_attempt == Attempt::Certificate) {
        onCertificate(o);
        return;
    }
    HttpExchangeResult &x = m_result;
    x.transcript += o.transcript;
    x.statusLine = o.statusLine;
    x.statusCode = int(o.statusCode);
    x.headers = o.headers;
    x.body = o.body;
    x.timings = o.timings;
    if (!o.chain.isEmpty())
        x.certificate = o.chain.constFirst();
    static const QRegularExpression connection(QStringLiteral("SSL connection using (\\S+) / "));
    if (const auto m = connection.match(o.transcript); m.hasMatch())
        x.tlsProtocol = m.captured(1);
    if (o.code == CURLE_OK && (x.statusCode < 100 || x.statusCode > 599)) {
        // curl takes "HTTP/anything" without a status for an HTTP/1.0 answer (found by
        // fuzz_http_response); no status is no HTTP answer, never a green light.
        QByteArray shown = x.statusLine.left(80);
        for (char &c : shown)
            if (c < 0x20 || c > 0x7e)
                c = '?';
        finish(QCoreApplication::translate("health", "The answer is not HTTP: \"%1\".").arg(QString::fromLatin1(shown)));
    } else if (o.code == CURLE_OK) {
        x.tls.trusted = m_request.tls;
        x.tls.pinned = m_attempt == Attempt::Pinned;
        finish();
    } else if (m_attempt == Attempt::Verified && (o.code == CURLE_PEER_FAILED_VERIFICATION || o.code == CURLE_SSL_CONNECT_ERROR)) {
        onVerified(o);
    } else {
        finish(networkError(o));
    }
}

void HttpExchange::onCertificate(const CurlTransferOutcome &o)
{
    HttpExchangeResult &x = m_result;
    if (o.code != CURLE_OK || o.chain.isEmpty()) {
        x.transcript += o.transcript;
        x.timings = o.timings;
        finish(o.code != CURLE_OK ? networkError(o) : QCoreApplication::translate("health", "The server sent no certificate."));
        return;
    }
    x.certificate = o.chain.constFirst();
    const QString fingerprint = sha256Fingerprint(x.certificate);
    if (m_request.pin.isEmpty() || fingerprint.compare(m_request.pin, Qt::CaseInsensitive) != 0) {
        attempt(Attempt::Verified); // a CA may vouch for it; if not, onVerified says why
        return;
    }
    // A self-signed certificate is its own issuer: nobody checks its dates along a chain.
    // Neither a pin nor we excuse them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (x.certificate.expiryDate() < now || x.certificate.effectiveDate() > now) {
        const auto error = x.certificate.expiryDate() < now ? QSslError::CertificateExpired : QSslError::CertificateNotYetValid;
        x.tls.reason = QSslError(error, x.certificate).errorString();
        finish(x.tls.reason);
        return;
    }
    x.pinnedPublicKey = publicKeyPin(x.certificate);
    if (x.pinnedPublicKey.isEmpty()) { // never fetch unpinned with the chain unchecked
        finish(QCoreApplication::translate("health", "The certificate's public key cannot be read."));
        return;
    }
    x.transcript += QCoreApplication::translate("health", "* odoo-deploy: the certificate's SHA-256 fingerprint is the recorded one: "
                                                          "fetching with its public key pinned (--pinnedpubkey %1)\n")
                        .arg(QString::fromLatin1(x.pinnedPublicKey));
    attempt(Attempt::Pinned);
}

void HttpExchange::onVerified(const CurlTransferOutcome &o)
{
    // Curl refused the certificate (or broke off the handshake while it checked it, as
    // OpenSSL does for a broken signature). CertificateTrust words why, when that is only
    // "nobody vouches for it" (no fingerprint recorded, or another one); else curl does.
    HttpExchangeResult &x = m_result;
    const QSslError::SslError error = excusable(o.verifyResult);
    const QString refusal = certificateRefusal(o.verifyResult);
    QString reason = o.error;
    if (!refusal.isEmpty())
        reason = QCoreApplication::translate("health", "The server's certificate is refused: %1 (%2)").arg(refusal, o.error);
    else if (o.code == CURLE_SSL_CONNECT_ERROR) // its handshake passed unverified: what failed is checking the certificate
        reason = QCoreApplication::translate("health", "The server's certificate failed verification; it may be damaged (%1)").arg(o.error);
    x.tls = error == QSslError::NoError || x.certificate.isNull() ? TlsVerdict{false, false, reason}
                                                                  : judgeCertificate({QSslError(error, x.certificate)}, x.certificate, m_request.pin);
    x.tls.trusted = x.tls.pinned = false; // a matching pin went the pinned way, not here
    finish(x.tls.reason.isEmpty() ? o.error : x.tls.reason);
}

QString HttpExchange::networkError(const CurlTransferOutcome &o) const
{
    switch (o.code) {
    case CURLE_COULDNT_CONNECT:
        if (o.osErrno == ECONNREFUSED)
            return QCoreApplication::translate("health", "Connection refused: nothing listens on port %1.").arg(m_request.port);
        return o.error;
    case CURLE_COULDNT_RESOLVE_HOST:
        return QCoreApplication::translate("health", "Host %1 not found.").arg(m_request.address);
    case CURLE_OPERATION_TIMEDOUT:
        return QCoreApplication::translate("health", "No answer within %1 s (%2).").arg(m_request.timeoutMs / 1000.0).arg(o.error);
    case CURLE_GOT_NOTHING:
        return QCoreApplication::translate("health", "The server closed the connection without answering.");
    default:
        return o.error;
    }
}

void HttpExchange::abort()
{
    m_done = true;
    if (m_transfer) {
        m_transfer->abort();
        m_transfer->deleteLater();
    }
}

void HttpExchange::finish(const QString &error)
{
    if (m_done)
        return;
    m_result.error = error;
    m_done = true;
    Q_EMIT finished(m_result);
}

QString HttpExchangeResult::verboseText() const
{
    auto ms = [](double v) { return v < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1); };
    QString t = transcript;
    if (tls.pinned)
        t += QCoreApplication::translate("health", "* odoo-deploy: trusted by its recorded SHA-256 fingerprint, its public key pinned\n");
    if (!error.isEmpty())
        t += QStringLiteral("* %1\n").arg(error);
    t += QCoreApplication::translate("health", "* Timings (curl's): name lookup %1, connect %2, TLS %3, first byte %4, total %5\n")
             .arg(ms(timings.lookup), ms(timings.connect), ms(timings.tls), ms(timings.firstByte), ms(timings.total));
    if (!body.isEmpty())
        t += QCoreApplication::translate("health", "* Start of the body (%1 bytes):\n").arg(body.size()) + QString::fromUtf8(body) + QLatin1Char('\n');
    return t;
}

QString HttpExchangeResult::curlCommand(const HttpExchangeRequest &r) const
{
    QStringList words{QStringLiteral("curl"), QStringLiteral("-v"), QStringLiteral("--max-time"), QString::number(std::max(1, r.timeoutMs / 1000))};
    if (r.http1Only)
        words << QStringLiteral("--http1.1");
    if (const Redirect to = redirect(r); !to.option.isEmpty())
        words << to.option << to.value;
    if (r.tls && !pinnedPublicKey.isEmpty())
        // The command line has no "check the name but not the chain": the pinned key is
        // what makes -k safe here.
        words << QStringLiteral("--insecure") << QStringLiteral("--pinnedpubkey") << QString::fromLatin1(pinnedPublicKey);
    else if (r.tls && !r.caFile.isEmpty())
        words << QStringLiteral("--cacert") << r.caFile;
    if (r.method != QLatin1String("GET"))
        words << QStringLiteral("--request") << r.method;
    if (!r.body.isEmpty())
        words << QStringLiteral("--data-binary") << QString::fromUtf8(r.body);
    for (const auto &[name, value] : r.headers)
        words << QStringLiteral("--header") << QString::fromUtf8(name + ": " + value);
    words << r.url();
    QStringList quoted;
    for (const QString &w : std::as_const(words))
        quoted << shellWord(w);
    return quoted.join(QLatin1Char(' '));
}

} // namespace odoodeploy
