#include "DeployWizard.h"
#include "LogPane.h"
#include "ProfileModel.h"
#include "Prompts.h"
#include "RunPage.h"
#include "secrets/SecretMask.h"

#include "FakePrompts.h"
#include "MemorySecretStore.h"
#include "SshServer.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include "Snapshot.h"

using namespace odoodeploy;


// The wizard's connection and run page, driven like a user would, against a real sshd.
class TestRunPage : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;
    test::FakePrompts m_prompts;
    test::MemorySecretStore m_secrets;

    template <typename T>
    static T *find(QWidget *root, const char *name) { return root->findChild<T *>(QString::fromLatin1(name)); }


    void configure(DeployWizard &w, AuthMethod auth = AuthMethod::KeyFile)
    {
        w.model()->edit([&](DeploymentProfile &p) {
            p = test::testProfile();
            p.server.host = QStringLiteral("127.0.0.1");
            p.server.port = m_server.port;
            p.server.user = test::SshServer::currentUser();
            p.server.auth = auth;
            p.server.keyFile = m_server.path(QStringLiteral("client_key"));
            p.server.connectTimeoutSec = 5;
        });
    }
    QByteArray remote(const QString &command)
    {
        SshSession session;
        session.connect(ConnectionSettings::fromProfile([&] {
                            DeploymentProfile p = test::testProfile();
                            p.server.host = QStringLiteral("127.0.0.1");
                            p.server.port = m_server.port;
                            p.server.user = test::SshServer::currentUser();
                            p.server.auth = AuthMethod::KeyFile;
                            p.server.keyFile = m_server.path(QStringLiteral("client_key"));
                            return p;
                        }()),
                        {}, m_server.hostKeyFingerprint());
        QByteArray out;
        session.run(command, [&](OutputStream s, const QByteArray &d) { if (s == OutputStream::Stdout) out += d; });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        if (test::SshServer::sshdPath().isEmpty())
            QSKIP("sshd is not installed (apt-get install openssh-server)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
        Prompts::setInstance(&m_prompts);
    }
    void cleanupTestCase()
    {
        Prompts::setInstance(nullptr);
        m_server.stop();
        test::run(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 300[5-9]")});
    }

    void probeAsksForTheHostKeyAndFillsTheWorkersPage()
    {
        DeployWizard w(nullptr, &m_secrets);
        configure(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::Server));
        m_prompts.asked.clear();
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        auto *status = find<QLabel>(&w, "probeStatus");
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->facts().probed, 15000);
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY(m_prompts.asked.first().contains(m_server.hostKeyFingerprint()));
        QVERIFY2(status->text().contains(QStringLiteral("%1 CPUs").arg(QThread::idealThreadCount())), qPrintable(status->text()));
        QCOMPARE(w.model()->facts().cpuCount, QThread::idealThreadCount());
        test::snapshot(w, "server-probed");

        // Trusted now: a second probe asks nothing.
        m_prompts.asked.clear();
        w.model()->setFacts({});
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->facts().probed, 15000);
        QVERIFY(m_prompts.asked.isEmpty());
        QCOMPARE(find<QSpinBox>(&w, "cpuCount")->value(), QThread::idealThreadCount());
    }

    void refusedHostKeyConnectsNothing()
    {
        QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        DeployWizard w(nullptr, &m_secrets);
        configure(w);
        w.show();
        w.next();
        m_prompts.trust = false;
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        auto *status = find<QLabel>(&w, "probeStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("not trusted")), 15000);
        m_prompts.trust = true;
        QVERIFY(!w.model()->facts().probed);
    }

    void runShowsStepsLogAndRetries()
    {
        DeployWizard w(nullptr, &m_secrets);
        configure(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = qobject_cast<RunPage *>(w.page(DeployWizard::Run));
        const QString flag = m_home.filePath(QStringLiteral("retry-flag"));
        page->setPlan({
            {QStringLiteral("one"), QStringLiteral("First step"), QStringLiteral("echo first"), false, 0, {}},
            {QStringLiteral("two"), QStringLiteral("Needs a file"), QStringLiteral("test -e %1 && echo found").arg(flag), false, 0, {}},
            {QStringLiteral("three"), QStringLiteral("Last step"), QStringLiteral("echo last >&2"), false, 0, {}},
        });
        while (w.currentId() != DeployWizard::Run) {
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(w.currentId())));
            w.next();
        }
        auto *steps = find<QListWidget>(&w, "steps");
        QCOMPARE(steps->count(), 3);
        QSignalSpy finished(page, &RunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(&w, "startRun"), Qt::LeftButton);
        QVERIFY(!page->isComplete()); // no leaving while it runs
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(steps->item(0)->text().startsWith(QStringLiteral("✔")));
        QVERIFY(steps->item(1)->text().startsWith(QStringLiteral("✘")));
        QVERIFY(steps->item(1)->text().contains(QLatin1String("exit status 1")));
        QVERIFY(steps->item(2)->text().startsWith(QStringLiteral("○")));
        auto *retry = find<QPushButton>(&w, "retryRun");
        QVERIFY(retry->isEnabled());
        test::snapshot(w, "run-failed");

        QFile f(flag);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QCOMPARE(finished.last().first().toBool(), true);
        const QString log = page->log()->text();
        QCOMPARE(log.count(QStringLiteral("▶ First step")), 1); // retry started at the failed step
        QCOMPARE(log.count(QStringLiteral("▶ Needs a file")), 2);
        QVERIFY(log.contains(QLatin1String("found\n")));
        QVERIFY(log.contains(QLatin1String("last\n")));
        QVERIFY(steps->item(2)->text().startsWith(QStringLiteral("✔")));
        QVERIFY(find<QLabel>(&w, "runStatus")->text().contains(QLatin1String("All 3 steps finished")));
    }

    void cancelStopsTheRemoteCommand()
    {
        DeployWizard w(nullptr, &m_secrets);
        configure(w);
        w.show();
        auto *page = qobject_cast<RunPage *>(w.page(DeployWizard::Run));
        page->setPlan({{QStringLiteral("long"), QStringLiteral("Long"), QStringLiteral("echo waiting; sleep 3005"), false, 0, {}}});
        while (w.currentId() != DeployWizard::Run)
            w.next();
        QSignalSpy finished(page, &RunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(&w, "startRun"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->log()->text().contains(QLatin1String("waiting")), 15000);
        QTest::mouseClick(find<QPushButton>(&w, "cancelRun"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(find<QListWidget>(&w, "steps")->item(0)->text().startsWith(QStringLiteral("⊘")));
        QCOMPARE(remote(QStringLiteral("pgrep -f 'slee[p] 3005' || echo gone")), QByteArray("gone\n"));
    }

    void passwordIsAskedRememberedAndMasked()
    {
        // Password authentication fails on this sshd (no user password is known), but
        // the flow must ask, remember only when told, and never show the secret.
        DeployWizard w(nullptr, &m_secrets);
        configure(w, AuthMethod::Password);
        w.show();
        w.next();
        m_prompts.asked.clear();
        m_prompts.secret = QStringLiteral("typed-secret-1");
        m_prompts.remember = true;
        int asks = 0;
        // Answer twice, then cancel (empty) so that the flow ends.
        struct CountingPrompts : test::FakePrompts {
            int *asks;
            void askSecret(QWidget *p, const QString &t, const QString &l, const QString &n, SecretAnswer a) override
            {
                ++*asks;
                secret = *asks >= 3 ? QString() : QStringLiteral("typed-secret-%1").arg(*asks);
                FakePrompts::askSecret(p, t, l, n, a);
            }
        } counting;
        counting.asks = &asks;
        counting.remember = true;
        Prompts::setInstance(&counting);
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        auto *status = find<QLabel>(&w, "probeStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("no password was given")), 20000);
        Prompts::setInstance(&m_prompts);
        QCOMPARE(asks, 3);
        QVERIFY(counting.asked.at(1).contains(QLatin1String("Wrong password")));
        const QString key = SecretStore::keyFor(w.model()->profile().keychainId, SecretKind::SshPassword);
        QVERIFY(!m_secrets.values.contains(key)); // a password that never worked is not kept
        QVERIFY(!status->text().contains(QLatin1String("typed-secret")));
    }

    void passphraseThatWorksIsRemembered()
    {
        const QString locked = m_home.filePath(QStringLiteral("locked_key"));
        QVERIFY(test::SshServer::makeKey(locked, QStringLiteral("ed25519"), QStringLiteral("open sesame")));
        QVERIFY(m_server.authorize(locked));

        DeployWizard w(nullptr, &m_secrets);
        configure(w);
        w.model()->edit([&](DeploymentProfile &p) { p.server.keyFile = locked; });
        w.show();
        w.next();
        m_prompts.secret = QStringLiteral("open sesame");
        m_prompts.remember = true;
        m_prompts.asked.clear();
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->facts().probed, 15000);
        QCOMPARE(m_prompts.asked.size(), 1);
        const QString key = SecretStore::keyFor(w.model()->profile().keychainId, SecretKind::KeyPassphrase);
        QTRY_COMPARE(m_secrets.values.value(key), QStringLiteral("open sesame"));

        // Next time it comes from the keychain: nothing is asked.
        m_prompts.asked.clear();
        w.model()->setFacts({});
        QTest::mouseClick(find<QPushButton>(&w, "probeServer"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->facts().probed, 15000);
        QVERIFY(m_prompts.asked.isEmpty());
        m_prompts.secret.clear();
        m_prompts.remember = false;
    }
};

QTEST_MAIN(TestRunPage)
#include "tst_run_page.moc"
