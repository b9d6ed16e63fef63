// Whatever a web server answers, the health checks and the Test button (HttpExchange on
// libcurl, CurlTransfer's header and body callbacks) end with a result: a response within
// the bounds (1000 headers, the start of the body, a bounded transcript) or an error.
// Each input is served, as the whole answer, by a loopback server of this program's own.

#include "FuzzSupport.h"
#include "health/HttpExchange.h"

#include <QEventLoop>
#include <QTimer>

#include <arpa/inet.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace odoodeploy;

namespace {

// Accepts one connection at a time, reads the request, answers with the current input
// and closes.
class AnswerServer
{
public:
    AnswerServer()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_socket, 16) != 0 || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            fuzz::fail("the loopback server did not start", QString::fromLocal8Bit(strerror(errno)));
        m_port = ntohs(address.sin_port);
        std::thread([this] { serve(); }).detach(); // lives as long as the process
    }
    int port() const { return m_port; }
    void setAnswer(const QByteArray &answer)
    {
        std::lock_guard lock(m_mutex);
        m_answer = answer;
    }

private:
    void serve()
    {
        for (;;) {
            const int client = ::accept4(m_socket, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n") && request.size() < 65536) {
                const ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            QByteArray answer;
            {
                std::lock_guard lock(m_mutex);
                answer = m_answer;
            }
            for (qsizetype sent = 0; sent < answer.size();) {
                const ssize_t n = ::send(client, answer.constData() + sent, size_t(answer.size() - sent), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
            ::shutdown(client, SHUT_RDWR);
            ::close(client);
        }
    }

    int m_socket = -1;
    int m_port = 0;
    std::mutex m_mutex;
    QByteArray m_answer;
};

AnswerServer *g_server = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    g_server = new AnswerServer; // never deleted: its thread runs until the end
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_server->setAnswer(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    HttpExchangeRequest request;
    request.address = QStringLiteral("127.0.0.1");
    request.port = g_server->port();
    request.tls = false;
    request.serverName = QStringLiteral("fuzz.test");
    request.timeoutMs = 5000;

    HttpExchange exchange;
    HttpExchangeResult result;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&exchange, &HttpExchange::finished, &loop, [&](const HttpExchangeResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    exchange.start(request);
    if (!finished)
        loop.exec();

    if (result.error.isEmpty() && (result.statusCode < 100 || result.statusCode > 599))
        fuzz::fail("a response without a status", QString::fromLatin1(result.statusLine));
    if (result.headers.size() > 1000 || result.body.size() > request.maxBodyBytes)
        fuzz::fail("an answer beyond the bounds", QString::number(result.headers.size()));
    if (result.transcript.size() > 300 * 1024)
        fuzz::fail("a transcript beyond its bound", QString::number(result.transcript.size()));
    result.verboseText();
    result.curlCommand(request);
    return 0;
}
