#pragma once
// A local port that leads, through an SSH connection, to a port on the server's side:
// every connection accepted on 127.0.0.1 gets its own direct-tcpip channel, as with
// `ssh -L`. Used to reach Odoo, which behind the proxy listens on the server's
// loopback only. It lives in the session's thread and is pumped by that thread's
// event loop (libssh sessions are not shared between threads).

#include "SshSession.h"

#include <QObject>
#include <QString>

#include <vector>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;
struct ssh_channel_struct;

namespace odoodeploy {

struct ForwardTarget {
    QString host = QStringLiteral("127.0.0.1"); // as the server sees it
    int port = 0;
};

class SshForward : public QObject
{
    Q_OBJECT
public:
    SshForward(SshSession &session, ForwardTarget target, QObject *parent = nullptr);
    ~SshForward() override;

    // Listens on 127.0.0.1 on a free port. False (with *error) when that fails.
    bool listen(QString *error);
    int localPort() const;
    const ForwardTarget &target() const { return m_target; }

Q_SIGNALS:
    // A connection could not be forwarded (the server refused the channel, or nothing
    // listens at the target): the local socket is closed, and this says why.
    void channelFailed(const QString &message);

private:
    struct Pipe {
        QTcpSocket *socket = nullptr;
        ssh_channel_struct *channel = nullptr;
    };
    void accept();
    void pump();
    void toServer(Pipe &pipe);
    void close(QTcpSocket *socket);
    void updateNotifier();

    SshSession &m_session;
    ForwardTarget m_target;
    QTcpServer *m_server;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_poll;
    std::vector<Pipe> m_pipes;
};

} // namespace odoodeploy
