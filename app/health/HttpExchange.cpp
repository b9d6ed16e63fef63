#include "HttpExchange.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace odoodeploy {

QByteArray HttpExchangeRequest::get(const QString &host, const QString &path, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray r = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host.toUtf8()
                   + "\r\nUser-Agent: odoo-deploy/" ODOO_DEPLOY_VERSION "\r\nAccept: */*\r\n";
    for (const auto &[name, value] : extraHeaders)
        r += name + ": " + value + "\r\n";
    bool upgrade = false;
    for (const auto &h : extraHeaders)
        upgrade |= h.first.compare("Upgrade", Qt::CaseInsensitive) == 0;
    if (!upgrade)
        r += "Connection: close\r\n";
    return r + "\r\n";
}

QByteArray HttpExchangeResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpExchange::HttpExchange(QObject *parent) : QObject(parent), m_deadline(new QTimer(this))
{
    qRegisterMetaType<HttpExchangeResult>();
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(tr("No answer within %1 s (%2).").arg(m_request.timeoutMs / 1000.0).arg(m_stage));
    });
}

void HttpExchange::start(const HttpExchangeRequest &request)
{
    abort();
    m_request = request;
    m_result = HttpExchangeResult();
    m_buffer.clear();
    m_headDone = false;
    m_contentLength = -1;
    m_done = false;
    m_clock.start();
    m_deadline->start(request.timeoutMs);
    m_stage = tr("looking up %1").arg(request.address);
    QHostAddress literal;
    if (literal.setAddress(request.address)) {
        m_result.timings.lookup = now();
        connectTo(literal);
        return;
    }
    QHostInfo::lookupHost(request.address, this, [this](const QHostInfo &info) {
        if (m_done)
            return;
        m_result.timings.lookup = now();
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(tr("Cannot resolve %1: %2").arg(m_request.address, info.errorString()));
            return;
        }
        connectTo(info.addresses().constFirst());
    });
}

void HttpExchange::connectTo(const QHostAddress &address)
{
    m_result.peer = address;
    m_stage = tr("connecting to %1 port %2").arg(address.toString()).arg(m_request.port);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_request.extraCaCertificates.isEmpty())
        tls.addCaCertificates(m_request.extraCaCertificates);
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(m_request.serverName);
    connect(socket, &QSslSocket::connected, this, [this, socket] {
        m_result.timings.connect = now();
        if (!m_request.tls) {
            m_stage = tr("waiting for the answer");
            socket->write(m_request.request);
            return;
        }
        m_stage = tr("TLS handshake");
        socket->startClientEncryption();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        m_result.certificate = socket->peerCertificate();
        m_result.tls = judgeCertificate(errors, m_result.certificate, m_request.pin);
        if (m_result.tls.trusted)
            socket->ignoreSslErrors(errors); // exactly these, for this certificate
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_result.timings.tls = now();
        m_result.certificate = socket->peerCertificate();
        if (m_result.tls.reason.isEmpty())
            m_result.tls.trusted = true;
        m_result.tlsProtocol = socket->sessionCipher().protocolString();
        m_result.cipher = socket->sessionCipher().name();
        m_stage = tr("waiting for the answer");
        socket->write(m_request.request);
    });
    connect(socket, &QSslSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        if (m_headDone)
            finish();
        else
            finish(m_result.timings.firstByte < 0 ? tr("The server closed the connection without answering (%1).").arg(m_stage)
                                                   : tr("The answer ended before its headers did."));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() decides
        if (!m_result.tls.reason.isEmpty())
            finish(m_result.tls.reason);
        else
            finish(tr("%1 (%2).").arg(socket->errorString(), m_stage));
    });
    socket->connectToHost(address, quint16(m_request.port));
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_done)
        return;
    if (m_result.timings.firstByte < 0)
        m_result.timings.firstByte = now();
    m_buffer += m_socket->readAll();
    if (!m_headDone && !parseHead())
        return;
    m_result.body = m_buffer.left(m_request.maxBodyBytes);
    const bool complete = m_request.stopAfterHeaders || m_buffer.size() >= m_request.maxBodyBytes
                          || (m_contentLength >= 0 && m_buffer.size() >= m_contentLength);
    if (complete)
        finish();
}

bool HttpExchange::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_result.statusLine = lines.value(0).trimmed();
    m_result.statusCode = m_result.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_result.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    bool ok = false;
    const qint64 length = m_result.header("Content-Length").toLongLong(&ok);
    m_contentLength = ok ? length : -1;
    m_buffer.remove(0, end + 4);
    m_headDone = true;
    return true;
}

void HttpExchange::abort()
{
    m_done = true;
    m_deadline->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void HttpExchange::finish(const QString &error)
{
    if (m_done)
        return;
    m_result.timings.total = now();
    m_result.error = error;
    abort();
    Q_EMIT finished(m_result);
}

QString HttpExchangeResult::verboseText(const HttpExchangeRequest &request) const
{
    QString t;
    auto ms = [](double v) { return v < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1); };
    t += QCoreApplication::translate("health", "*   Trying %1:%2...\n").arg(peer.isNull() ? request.address : peer.toString()).arg(request.port);
    if (timings.connect >= 0)
        t += QCoreApplication::translate("health", "* Connected to %1 (%2) port %3\n").arg(request.serverName, peer.toString()).arg(request.port);
    if (request.tls && !certificate.isNull()) {
        if (!tlsProtocol.isEmpty())
            t += QCoreApplication::translate("health", "* SSL connection using %1 / %2\n").arg(tlsProtocol, cipher);
        t += QCoreApplication::translate("health", "* Server certificate:\n");
        for (const QString &line : describeCertificate(certificate).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            t += QStringLiteral("*  %1\n").arg(line);
        t += tls.pinned ? QCoreApplication::translate("health", "*  trusted by its recorded SHA-256 fingerprint\n")
             : tls.trusted ? QCoreApplication::translate("health", "*  SSL certificate verify ok.\n")
                           : QStringLiteral("*  %1\n").arg(tls.reason);
    }
    if (timings.connect >= 0)
        for (const QByteArray &line : request.request.split('\n'))
            if (!line.trimmed().isEmpty())
                t += QStringLiteral("> %1\n").arg(QString::fromUtf8(line.trimmed()));
    if (!statusLine.isEmpty()) {
        t += QStringLiteral("< %1\n").arg(QString::fromUtf8(statusLine));
        for (const auto &[name, value] : headers)
            t += QStringLiteral("< %1: %2\n").arg(QString::fromUtf8(name), QString::fromUtf8(value));
    }
    if (!error.isEmpty())
        t += QStringLiteral("* %1\n").arg(error);
    t += QCoreApplication::translate("health", "* Timings: name lookup %1, connect %2, TLS %3, first byte %4, total %5\n")
             .arg(ms(timings.lookup), ms(timings.connect), ms(timings.tls), ms(timings.firstByte), ms(timings.total));
    if (!body.isEmpty())
        t += QCoreApplication::translate("health", "* Start of the body (%1 bytes):\n").arg(body.size()) + QString::fromUtf8(body) + QLatin1Char('\n');
    return t;
}

} // namespace odoodeploy
