// Health-check speed (issue 5): all checks against a real nginx and the stand-in Odoo
// on loopback (LoopbackSite, the tests' harness), and a dead host (accepts TCP, never
// answers) that must turn red within the configured timeout, never later.
//
//   build/bench/health_bench [--rounds 30] [--timeout-ms 5000]

#include "health/HealthChecker.h"

#include "LoopbackSite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>

using namespace odoodeploy;

namespace {

// Milliseconds from start() to finished(), and the overall light.
QPair<double, HealthLight> timeOneCheck(HealthChecker &checker, const HealthTarget &target)
{
    QSignalSpy done(&checker, &HealthChecker::finished);
    QElapsedTimer clock;
    clock.start();
    checker.start(target);
    done.wait(target.timeoutMs + 5000);
    return {clock.nsecsElapsed() / 1e6, checker.report().overall()};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Measured rounds."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("The checks' timeout."), QStringLiteral("MS"), QStringLiteral("5000")});
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt();

    test::LoopbackSite site;
    if (!site.start()) {
        std::fprintf(stderr, "cannot start the loopback site: %s\n", qPrintable(site.error));
        return 1;
    }
    HealthTarget target = site.target(site.httpsCa);
    target.timeoutMs = timeoutMs;

    // A fresh checker per round, as the wizard and `check` start fresh connections.
    QList<double> times;
    for (int i = 0; i < rounds + 1; ++i) {
        HealthChecker checker;
        const auto [ms, light] = timeOneCheck(checker, target);
        if (light != HealthLight::Green) {
            std::fprintf(stderr, "round %d was not green:\n%s", i, qPrintable(checker.report().toText()));
            return 1;
        }
        if (i > 0) // the first round warms the TLS library and the stand-in's threads
            times << ms;
    }
    std::printf("all checks on loopback, %d rounds: median %.1f ms, max %.1f ms (target < 300 ms)\n", rounds, median(times),
                *std::max_element(times.cbegin(), times.cend()));

    QTcpServer silent; // a hung host: the TCP handshake succeeds, nothing ever answers
    silent.listen(QHostAddress::LocalHost, 0);
    HealthTarget dead = target;
    dead.httpPort = dead.httpsPort = dead.odooPort = dead.realtimePort = silent.serverPort();
    QList<double> deadTimes;
    for (int i = 0; i < 3; ++i) {
        HealthChecker checker;
        const auto [ms, light] = timeOneCheck(checker, dead);
        if (light != HealthLight::Red) {
            std::fprintf(stderr, "the dead host was not red\n");
            return 1;
        }
        deadTimes << ms;
    }
    std::printf("dead host, timeout %d ms: red after %.0f / %.0f / %.0f ms (target: within the timeout)\n", timeoutMs,
                deadTimes[0], deadTimes[1], deadTimes[2]);
    return 0;
}
