#include "CurlTransfer.h"

#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <mutex>

namespace odoodeploy {

namespace {

// curl -v keeps going for a long answer; the transcript need not.
constexpr qsizetype kMaxTranscript = 256 * 1024;
constexpr qsizetype kMaxHeaders = 1000;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

double ms(CURL *easy, CURLINFO info)
{
    curl_off_t us = 0;
    if (curl_easy_getinfo(easy, info, &us) != CURLE_OK || us <= 0)
        return -1;
    return us / 1000.0;
}

QList<QSslCertificate> certificateChain(CURL *easy)
{
    QList<QSslCertificate> chain;
    struct curl_certinfo *info = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &info) != CURLE_OK || !info)
        return chain;
    for (int i = 0; i < info->num_of_certs; ++i)
        for (struct curl_slist *field = info->certinfo[i]; field; field = field->next)
            if (qstrncmp(field->data, "Cert:", 5) == 0)
                chain << QSslCertificate(QByteArray(field->data + 5), QSsl::Pem);
    return chain;
}

} // namespace

CurlTransfer::CurlTransfer(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    qRegisterMetaType<CurlTransferOutcome>();
    initCurlOnce();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlTransfer::~CurlTransfer() { release(); }

void CurlTransfer::start(const CurlTransferSetup &setup)
{
    m_setup = setup;
    m_outcome = {};
    m_errorBuffer = QByteArray(CURL_ERROR_SIZE + 1, '\0');
    m_easy = curl_easy_init();
    m_multi = curl_multi_init();
    CURL *e = m_easy;
    curl_easy_setopt(e, CURLOPT_URL, m_setup.url.constData());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer.data());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(m_setup.timeoutMs));
    curl_easy_setopt(e, CURLOPT_USERAGENT, "odoo-deploy/" ODOO_DEPLOY_VERSION);
    // Every exchange makes its own connection: a reused one would skip the handshake,
    // and with it the certificate's verification.
    curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, m_setup.http1Only ? CURL_HTTP_VERSION_1_1 : CURL_HTTP_VERSION_2TLS);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, m_setup.verifyPeer ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, m_setup.verifyHost ? 2L : 0L);
    curl_easy_setopt(e, CURLOPT_CERTINFO, 1L);
    if (!m_setup.caBundle.isEmpty()) {
        struct curl_blob blob{m_setup.caBundle.data(), size_t(m_setup.caBundle.size()), CURL_BLOB_COPY};
        curl_easy_setopt(e, CURLOPT_CAINFO_BLOB, &blob);
    }
    if (!m_setup.pinnedPublicKey.isEmpty())
        curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, m_setup.pinnedPublicKey.constData());
    if (!m_setup.resolve.isEmpty()) {
        m_connectTo = curl_slist_append(nullptr, m_setup.resolve.constData());
        curl_easy_setopt(e, CURLOPT_RESOLVE, m_connectTo);
    } else if (!m_setup.connectTo.isEmpty()) {
        m_connectTo = curl_slist_append(nullptr, m_setup.connectTo.constData());
        curl_easy_setopt(e, CURLOPT_CONNECT_TO, m_connectTo);
    }
    if (m_setup.connectOnly)
        curl_easy_setopt(e, CURLOPT_CONNECT_ONLY, 1L);
    for (const QByteArray &header : std::as_const(m_setup.headers))
        m_headerList = curl_slist_append(m_headerList, header.constData());
    if (m_headerList)
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headerList);
    if (m_setup.method == "POST") {
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, long(m_setup.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, m_setup.body.constData());
    }
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &CurlTransfer::onDebug);
    curl_easy_setopt(e, CURLOPT_DEBUGDATA, this);

    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlTransfer::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlTransfer::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_add_handle(m_multi, e); // asks for a timer: the transfer starts from the event loop
}

void CurlTransfer::abort()
{
    m_done = true;
    release();
}

int CurlTransfer::onSocket(void *, int socket, int what, void *self, void *)
{
    static_cast<CurlTransfer *>(self)->watch(socket, what);
    return 0;
}

int CurlTransfer::onTimer(void *, long timeoutMs, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    if (timeoutMs < 0)
        t->m_timer->stop();
    else
        t->m_timer->start(int(timeoutMs)); // 0: as soon as the event loop runs
    return 0;
}

void CurlTransfer::watch(int socket, int what)
{
    Watch &w = m_watches[socket];
    if (what == CURL_POLL_REMOVE) {
        retire(w);
        m_watches.remove(socket);
        return;
    }
    auto notifier = [this, socket](QSocketNotifier::Type type, int events) {
        auto *n = new QSocketNotifier(socket, type, this);
        connect(n, &QSocketNotifier::activated, this, [this, socket, events] { act(socket, events); });
        return n;
    };
    if (!w.read)
        w.read = notifier(QSocketNotifier::Read, CURL_CSELECT_IN);
    if (!w.write)
        w.write = notifier(QSocketNotifier::Write, CURL_CSELECT_OUT);
    w.read->setEnabled(what & CURL_POLL_IN);
    w.write->setEnabled(what & CURL_POLL_OUT);
}

void CurlTransfer::retire(const Watch &watch)
{
    // Possibly inside this notifier's own signal: disable now, delete later.
    for (QSocketNotifier *n : {watch.read, watch.write})
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
}

void CurlTransfer::act(int socket, int events)
{
    if (m_done || !m_multi)
        return;
    int running = 0;
    curl_multi_socket_action(m_multi, curl_socket_t(socket), events, &running);
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg == CURLMSG_DONE) {
            collect(message->data.result);
            return;
        }
    }
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    CurlTransferOutcome &o = t->m_outcome;
    if (line.startsWith("HTTP/")) { // a new response (after a 100 Continue, say)
        o.statusLine = line;
        o.statusCode = line.split(' ').value(1).toLong();
        o.headers.clear();
    } else if (line.isEmpty()) {
        const bool informational = o.statusCode >= 100 && o.statusCode < 200 && o.statusCode != 101;
        if (t->m_setup.stopAfterHeaders && !informational) {
            t->m_stoppedOnPurpose = true;
            return 0; // curl stops with a write error that we asked for
        }
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        if (o.headers.size() >= kMaxHeaders)
            return 0; // a hostile server's endless headers: stop (curl says "Failed writing header")
        o.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

size_t CurlTransfer::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    QByteArray &body = t->m_outcome.body;
    const qsizetype room = std::max<qsizetype>(0, t->m_setup.maxBodyBytes - body.size());
    body.append(data, std::min<qsizetype>(room, qsizetype(size * count)));
    if (body.size() >= t->m_setup.maxBodyBytes) {
        t->m_stoppedOnPurpose = true;
        return 0;
    }
    return size * count;
}

int CurlTransfer::onDebug(void *, int type, char *data, size_t size, void *self)
{
    const char *prefix = nullptr;
    switch (curl_infotype(type)) {
    case CURLINFO_TEXT: prefix = "* "; break;
    case CURLINFO_HEADER_IN: prefix = "< "; break;
    case CURLINFO_HEADER_OUT: prefix = "> "; break;
    default: return 0; // data and TLS records: curl -v does not print them either
    }
    QString &transcript = static_cast<CurlTransfer *>(self)->m_outcome.transcript;
    if (transcript.size() > kMaxTranscript)
        return 0;
    for (const QByteArray &line : QByteArray(data, qsizetype(size)).split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (!text.isEmpty())
            transcript += QLatin1String(prefix) + QString::fromUtf8(text) + QLatin1Char('\n');
    }
    return 0;
}

void CurlTransfer::collect(int code)
{
    CURL *e = m_easy;
    CurlTransferOutcome &o = m_outcome;
    o.code = m_stoppedOnPurpose && code == CURLE_WRITE_ERROR ? CURLE_OK : code;
    if (o.code != CURLE_OK)
        o.error = QString::fromUtf8(m_errorBuffer.constData()).trimmed();
    if (o.code != CURLE_OK && o.error.isEmpty())
        o.error = QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    curl_easy_getinfo(e, CURLINFO_OS_ERRNO, &o.osErrno);
    curl_easy_getinfo(e, CURLINFO_SSL_VERIFYRESULT, &o.verifyResult);
    o.timings = {ms(e, CURLINFO_NAMELOOKUP_TIME_T), ms(e, CURLINFO_CONNECT_TIME_T), ms(e, CURLINFO_APPCONNECT_TIME_T),
                 ms(e, CURLINFO_STARTTRANSFER_TIME_T), ms(e, CURLINFO_TOTAL_TIME_T)};
    o.chain = certificateChain(e);
    m_done = true;
    const CurlTransferOutcome outcome = o;
    release();
    Q_EMIT finished(outcome);
}

void CurlTransfer::release()
{
    m_timer->stop();
    if (m_multi && m_easy)
        curl_multi_remove_handle(m_multi, m_easy); // closes its sockets through onSocket
    if (m_easy)
        curl_easy_cleanup(m_easy);
    if (m_multi)
        curl_multi_cleanup(m_multi);
    m_easy = m_multi = nullptr;
    for (const Watch &w : std::as_const(m_watches))
        retire(w);
    m_watches.clear();
    curl_slist_free_all(m_headerList);
    curl_slist_free_all(m_connectTo);
    m_headerList = m_connectTo = nullptr;
}

} // namespace odoodeploy
