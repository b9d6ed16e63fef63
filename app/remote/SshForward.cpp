#include "SshForward.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <libssh/libssh.h>

namespace odoodeploy {

SshForward::SshForward(SshSession &session, ForwardTarget target, QObject *parent)
    : QObject(parent), m_session(session), m_target(std::move(target)), m_server(new QTcpServer(this)), m_poll(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SshForward::accept);
    // The notifier wakes us when the server sends; the timer catches what libssh has
    // already buffered while a blocking call of the same session read the socket.
    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &SshForward::pump);
    if (ssh_session native = m_session.native()) {
        const socket_t fd = ssh_get_fd(native);
        if (fd >= 0) {
            m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
            m_notifier->setEnabled(false);
            connect(m_notifier, &QSocketNotifier::activated, this, &SshForward::pump);
        }
    }
}

SshForward::~SshForward()
{
    while (!m_pipes.empty())
        close(m_pipes.back().socket);
}

bool SshForward::listen(QString *error)
{
    if (!m_session.isConnected()) {
        *error = tr("Not connected.");
        return false;
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

int SshForward::localPort() const { return m_server->serverPort(); }

void SshForward::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ssh_channel channel = ssh_channel_new(m_session.native());
        const QByteArray host = m_target.host.toUtf8();
        if (!channel || ssh_channel_open_forward(channel, host.constData(), m_target.port, "127.0.0.1", socket->peerPort()) != SSH_OK) {
            Q_EMIT channelFailed(tr("The server could not connect to %1:%2: %3")
                                     .arg(m_target.host).arg(m_target.port)
                                     .arg(QString::fromUtf8(ssh_get_error(m_session.native()))));
            if (channel)
                ssh_channel_free(channel);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_pipes.push_back({socket, channel});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            for (Pipe &pipe : m_pipes) {
                if (pipe.socket == socket) {
                    toServer(pipe); // may close it: the loop ends here
                    break;
                }
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { close(socket); });
        toServer(m_pipes.back()); // what arrived before the channel was open
    }
    updateNotifier();
}

void SshForward::toServer(Pipe &pipe)
{
    const QByteArray data = pipe.socket->readAll();
    if (!data.isEmpty() && ssh_channel_write(pipe.channel, data.constData(), uint32_t(data.size())) == SSH_ERROR)
        close(pipe.socket);
}

void SshForward::pump()
{
    char buffer[32 * 1024];
    std::vector<QTcpSocket *> ended;
    for (Pipe &pipe : m_pipes) {
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(pipe.channel, buffer, sizeof buffer, 0)) > 0)
            pipe.socket->write(buffer, n);
        if (n == SSH_ERROR || n == SSH_EOF || ssh_channel_is_eof(pipe.channel))
            ended.push_back(pipe.socket);
    }
    for (QTcpSocket *socket : ended) {
        socket->disconnectFromHost(); // after what is still queued for it
        close(socket);
    }
}

void SshForward::close(QTcpSocket *socket)
{
    for (auto it = m_pipes.begin(); it != m_pipes.end(); ++it) {
        if (it->socket != socket)
            continue;
        if (ssh_channel_is_open(it->channel)) {
            ssh_channel_send_eof(it->channel);
            ssh_channel_close(it->channel);
        }
        ssh_channel_free(it->channel);
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        m_pipes.erase(it);
        break;
    }
    updateNotifier();
}

void SshForward::updateNotifier()
{
    // With no channel open there is nothing to read for, and a readable socket (a
    // keep-alive) would wake us for nothing, again and again.
    const bool active = !m_pipes.empty();
    if (m_notifier)
        m_notifier->setEnabled(active);
    if (active)
        m_poll->start();
    else
        m_poll->stop();
}

} // namespace odoodeploy
