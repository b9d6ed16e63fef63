#include "DeployWizard.h"
#include "HealthPage.h"
#include "ProfileModel.h"
#include "StartPage.h"
#include "profile/ProfileJson.h"

#include "LoopbackSite.h"
#include "MemorySecretStore.h"
#include "Snapshot.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace odoodeploy;

// The health page under the offscreen platform, against the loopback nginx and
// stand-in Odoo: opened from the start page for a saved profile, lights per check,
// details on demand, the Test button's curl-like report, and red when Odoo stops.
class TestHealthPage : public QObject
{
    Q_OBJECT
    test::LoopbackSite m_site;
    QTemporaryDir m_dir;
    test::MemorySecretStore m_secrets;

    template <typename T>
    static T *find(QWidget *w, const char *name)
    {
        T *child = w->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no widget %s", name);
        return child;
    }

    QString light(QTreeWidget *tree, int row) const { return tree->topLevelItem(row)->toolTip(0); }

    // The loopback site's self-signed block (Odoo directly: no SSH server here); the
    // profile's pin stays.
    void onSelfSignedSite(HealthTarget &t) const
    {
        const QString pin = t.pin;
        t = m_site.target(m_site.httpsSelfSigned);
        t.pin = pin;
    }

    QString savedProfile()
    {
        DeploymentProfile p = m_site.profile(CertificateMode::SelfSigned);
        p.web.certificatePin = sha256Fingerprint(m_site.certificate(QStringLiteral("selfsigned")));
        const QString path = m_dir.filePath(QStringLiteral("deployed.json"));
        QString error;
        if (!ProfileJson::save(p, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // Opens the saved profile (then `change` on it) and goes to the health page, with
    // `adjust` on the target.
    void toHealth(DeployWizard &w, const std::function<void(HealthTarget &)> &adjust,
                  const std::function<void(DeploymentProfile &)> &change = {})
    {
        qobject_cast<HealthPage *>(w.page(DeployWizard::Health))->setTargetOverride(adjust);
        QVERIFY(qobject_cast<StartPage *>(w.page(DeployWizard::Start))->openProfile(savedProfile()));
        if (change)
            w.model()->edit(change);
        QTest::mouseClick(find<QPushButton>(&w, "checkHealthButton"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Health));
    }

public:
    static void initMain()
    {
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::LoopbackSite::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_site.start(), qPrintable(m_site.error));
    }

    void lightsDetailsAndTest()
    {
        const QString path = savedProfile();
        const DeploymentProfile p = ProfileJson::load(path).profile;

        DeployWizard w(nullptr, &m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
        health->setTargetOverride([this](HealthTarget &t) { onSelfSignedSite(t); });
        QSignalSpy checked(health, &HealthPage::checkFinished);

        // An unopened (incomplete) profile: the start page says so and stays.
        QVERIFY(!qobject_cast<StartPage *>(w.page(DeployWizard::Start))->checkHealth());
        QCOMPARE(w.currentId(), int(DeployWizard::Start));
        QVERIFY(find<QLabel>(&w, "openStatus")->text().contains(QStringLiteral("deployed server")));

        QVERIFY(qobject_cast<StartPage *>(w.page(DeployWizard::Start))->openProfile(path));
        test::snapshot(w, "start-opened");
        QTest::mouseClick(find<QPushButton>(&w, "checkHealthButton"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Health));
        QVERIFY(checked.wait(10000));
        auto *tree = find<QTreeWidget>(&w, "healthLights");
        QCOMPARE(tree->topLevelItemCount(), 5);
        QStringList lights;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            lights << tree->topLevelItem(i)->text(0) + QLatin1Char('=') + light(tree, i);
        QCOMPARE(lights, (QStringList{QStringLiteral("Odoo on port %1=green").arg(m_site.odooPort),
                                      QStringLiteral("Websocket on port %1=green").arg(m_site.realtimePort),
                                      QStringLiteral("HTTP on port %1=green").arg(m_site.httpPort),
                                      QStringLiteral("HTTPS on port %1=yellow").arg(m_site.httpsSelfSigned),
                                      QStringLiteral("Database manager=green")}));
        QVERIFY(find<QLabel>(&w, "healthStatus")->text().contains(QStringLiteral("yellow")));
        // The light in words as well as in colour.
        QVERIFY2(tree->topLevelItem(0)->text(1).startsWith(QLatin1String("Green: ")), qPrintable(tree->topLevelItem(0)->text(1)));
        QVERIFY2(tree->topLevelItem(3)->text(1).startsWith(QLatin1String("Yellow: ")), qPrintable(tree->topLevelItem(3)->text(1)));
        // Details on demand: the certificate, for the HTTPS line.
        tree->setCurrentItem(tree->topLevelItem(3));
        const QString details = find<QPlainTextEdit>(&w, "healthDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("self-signed")) && details.contains(p.web.certificatePin), qPrintable(details));
        test::snapshot(w, "health-yellow");

        // Test: status line, headers, timings, start of the body, as curl -v shows them.
        QSignalSpy tested(health, &HealthPage::testFinished);
        QTest::mouseClick(find<QPushButton>(&w, "testSite"), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        const QString report = find<QPlainTextEdit>(&w, "healthDetails")->toPlainText();
        for (const QString &expected : {QStringLiteral("> GET / HTTP/2"), QStringLiteral("< HTTP/2 303"), QStringLiteral("< location: https://odoo.test"),
                                        QStringLiteral("trusted by its recorded SHA-256 fingerprint"), QStringLiteral("Timings (curl's): name lookup"),
                                        QStringLiteral("Redirecting...")})
            QVERIFY2(report.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + report));
        test::snapshot(w, "health-test");
        // The same request as a command for the real curl, on the clipboard.
        auto *copy = find<QPushButton>(&w, "copyCurlCommand");
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QLatin1String("curl -v ")) && command.contains(QLatin1String("--pinnedpubkey sha256//"))
                     && command.endsWith(QStringLiteral("https://odoo.test:%1/").arg(m_site.httpsSelfSigned)),
                 qPrintable(command));
        QVERIFY(find<QPlainTextEdit>(&w, "healthDetails")->toPlainText().endsWith(command));
        const auto curl = test::run(QStringLiteral("sh"), {"-c", command});
        QVERIFY2(curl.exitCode == 0 && curl.err.contains("< HTTP/2 303"), curl.err.constData());

        // Again: the certificate is verified afresh (no kept-alive connection skips it).
        QTest::mouseClick(find<QPushButton>(&w, "checkHealth"), Qt::LeftButton);
        QVERIFY(checked.wait(10000));
        QCOMPARE(light(tree, 3), QStringLiteral("yellow"));

        // Odoo stops: red, with the reason on the line.
        m_site.stopOdoo();
        QTest::mouseClick(find<QPushButton>(&w, "checkHealth"), Qt::LeftButton);
        QVERIFY(checked.wait(10000));
        QCOMPARE(light(tree, 0), QStringLiteral("red"));
        QCOMPARE(light(tree, 3), QStringLiteral("red"));
        QVERIFY2(tree->topLevelItem(3)->text(1).contains(QStringLiteral("502")), qPrintable(tree->topLevelItem(3)->text(1)));
        tree->setCurrentItem(tree->topLevelItem(3));
        test::snapshot(w, "health-red");
        QVERIFY(m_site.startOdoo());
    }

    void uiStaysResponsiveWhileAHostHangs()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        DeployWizard w(nullptr, &m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
        QSignalSpy checked(health, &HealthPage::checkFinished);
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        toHealth(w, [&](HealthTarget &t) {
            t = m_site.target(silent.serverPort());
            t.httpPort = t.odooPort = t.realtimePort = silent.serverPort();
            t.timeoutMs = 1500;
        });
        sinceTick.start();
        tick.start(10);
        QVERIFY(checked.wait(5000));
        tick.stop();
        // A blocking check would freeze for the whole 1.5 s; the margin is for a busy CI machine.
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QVERIFY(find<QLabel>(&w, "healthStatus")->text().contains(QStringLiteral("red")));
        QVERIFY(find<QTreeWidget>(&w, "healthLights")->topLevelItem(0)->text(1).contains(QStringLiteral("1.5 s")));
    }

    void sshToAHungHostGivesUpWithTheCheck()
    {
        // The SSH port accepts TCP and never says a word: the SSH side is red within the
        // check's timeout, gives up soon after, and the next check can start.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        DeployWizard w(nullptr, &m_secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
        QSignalSpy checked(health, &HealthPage::checkFinished);
        QElapsedTimer clock;
        clock.start();
        toHealth(w, [&](HealthTarget &t) {
            onSelfSignedSite(t);
            t.odooDirect = false;
            t.checkService = true;
            t.timeoutMs = 1500;
        }, [&](DeploymentProfile &p) { p.server.port = silent.serverPort(); });
        QVERIFY(checked.wait(5000));
        // Not the 15 s SSH connect timeout of the profile: the check's own 1.5 s (plus slack).
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        const HealthReport report = checked.first().first().value<HealthReport>();
        QCOMPARE(report.find(QStringLiteral("service"))->light, HealthLight::Red);
        QCOMPARE(report.find(QStringLiteral("odoo"))->light, HealthLight::Red);
        QCOMPARE(report.find(QStringLiteral("https"))->light, HealthLight::Yellow); // the rest is unaffected
        QTRY_VERIFY_WITH_TIMEOUT(!health->isBusy(), 4000);
        QTest::mouseClick(find<QPushButton>(&w, "checkHealth"), Qt::LeftButton);
        QVERIFY(checked.wait(5000));
    }

    void speaksChinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(QM_FILE)));
        QCoreApplication::installTranslator(&zh);
        {
            DeployWizard w(nullptr, &m_secrets);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QSignalSpy checked(qobject_cast<HealthPage *>(w.page(DeployWizard::Health)), &HealthPage::checkFinished);
            toHealth(w, [this](HealthTarget &t) { onSelfSignedSite(t); });
            QVERIFY(checked.wait(10000));
            QCOMPARE(w.page(DeployWizard::Health)->title(), QStringLiteral("健康状况"));
            auto *tree = find<QTreeWidget>(&w, "healthLights");
            QVERIFY2(tree->topLevelItem(3)->text(1).contains(QStringLiteral("自签名证书")), qPrintable(tree->topLevelItem(3)->text(1)));
            tree->setCurrentItem(tree->topLevelItem(3));
            test::snapshot(w, "health-zh");
        }
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_health_page.moc"
