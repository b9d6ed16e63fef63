#include "DeployWizard.h"
#include "HealthPage.h"
#include "LogPane.h"
#include "ProfileModel.h"
#include "Prompts.h"
#include "RunPage.h"
#include "profile/ProfileJson.h"

#include "FakePrompts.h"
#include "MemorySecretStore.h"
#include "TestHost.h"
#include "TestProfiles.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

#include "Snapshot.h"

using namespace odoodeploy;


// The wizard, driven like a user under the offscreen platform, all the way to a
// finished deploy on the end-to-end test host.
class TestE2eWizard : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_home;
    test::FakePrompts m_prompts; // trusts the host key, has no password to give
    test::MemorySecretStore m_secrets;

    QString m_pin; // the certificate fingerprint the deploy recorded

    template <typename T>
    static T *find(QWidget *root, const char *name) { return root->findChild<T *>(QString::fromLatin1(name)); }
    QByteArray head() { return m_host.onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src rev-parse HEAD")).out.trimmed(); }

    // On the maintain page: pick the action, fill in, run it on the run page, and see
    // the health page afterwards; then back to the maintain page.
    void runAction(DeployWizard &w, int action, const std::function<void()> &fill, const QString &done)
    {
        QCOMPARE(w.currentId(), int(DeployWizard::Maintain));
        auto *radio = find<QRadioButton>(&w, qPrintable(QStringLiteral("action%1").arg(action)));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
        if (fill)
            fill();
        QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(find<QLabel>(&w, "maintainProblem")->text()));
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Run));
        auto *page = qobject_cast<RunPage *>(w.currentPage());
        QSignalSpy finished(page, &RunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(&w, "startRun"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        auto *status = find<QLabel>(&w, "runStatus");
        QVERIFY2(finished.last().first().toBool(), qPrintable(status->text() + page->log()->text().right(3000)));
        QVERIFY2(status->text() == done, qPrintable(status->text()));
        auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
        QSignalSpy checked(health, &HealthPage::checkFinished);
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Health));
        QVERIFY(checked.wait(30000));
        QVERIFY2(health->report().overall() == HealthLight::Yellow, qPrintable(health->report().toText())); // self-signed, pinned
        w.back();
        w.back();
    }
    QString env(const char *key) const { return m_host.value(key); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_host.running())
            QSKIP("no test host: run through ctest (fixture e2e_testhost), as root");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        Prompts::setInstance(&m_prompts);
    }
    void cleanupTestCase() { Prompts::setInstance(nullptr); }

    void walkToAFinishedDeploy()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) {
            p = m_host.profile(QStringLiteral("e2e-wizard"));
            p.performance.workers = 3;
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() != DeployWizard::Run) {
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(w.currentId())));
            QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        }
        auto *page = qobject_cast<RunPage *>(w.currentPage());
        auto *status = find<QLabel>(&w, "runStatus");
        QSignalSpy finished(page, &RunPage::runFinished);

        // Check the server (read-only): host key asked once, facts known, Deploy enabled.
        QVERIFY(!find<QPushButton>(&w, "deploy")->isEnabled());
        QTest::mouseClick(find<QPushButton>(&w, "startRun"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(status->text() + page->log()->text().right(2000)));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY(w.model()->facts().probed);
        QTRY_VERIFY(find<QPushButton>(&w, "deploy")->isEnabled());

        // Dry run: only the worker count differs from what the CLI test left.
        QTest::mouseClick(find<QPushButton>(&w, "dryRun"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("would change something; nothing was changed")), qPrintable(status->text()));
        QVERIFY(page->log()->text().contains(QLatin1String("+workers = 3")));

        // Deploy, then deploy again: the second one changes nothing and says so.
        QTest::mouseClick(find<QPushButton>(&w, "deploy"), Qt::LeftButton);
        QVERIFY(!page->isComplete());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 600000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(status->text() + page->log()->text().right(3000)));
        QVERIFY2(status->text().startsWith(QLatin1String("Deployed:")), qPrintable(status->text()));
        test::snapshot(w, "run-deployed");
        auto *steps = find<QListWidget>(&w, "steps");
        for (int i = 0; i < steps->count(); ++i)
            QVERIFY2(!steps->item(i)->text().startsWith(QStringLiteral("✘")), qPrintable(steps->item(i)->text()));
        QTest::mouseClick(find<QPushButton>(&w, "deploy"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 120000);
        QVERIFY2(status->text().contains(QLatin1String("Nothing to change")), qPrintable(status->text()));

        const auto login = test::run(QStringLiteral("curl"), {"-sk", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))});
        QVERIFY(login.out.contains("oe_login_form"));

        // The deploy recorded the self-signed certificate's fingerprint in the profile.
        QVERIFY(!w.model()->profile().web.certificatePin.isEmpty());
        m_pin = w.model()->profile().web.certificatePin;

        // Next: the health page, through the same connection flow (SSH tunnel to 8069).
        auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
        QSignalSpy checked(health, &HealthPage::checkFinished);
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Health));
        QVERIFY(checked.wait(30000));
        const HealthReport report = health->report();
        QVERIFY2(report.overall() == HealthLight::Yellow, qPrintable(report.toText()));
        QCOMPARE(report.find(QStringLiteral("https"))->light, HealthLight::Yellow); // self-signed, pinned
        for (const QString &id : {QStringLiteral("service"), QStringLiteral("odoo"), QStringLiteral("realtime"), QStringLiteral("http"),
                                  QStringLiteral("database-manager")})
            QVERIFY2(report.find(id) && report.find(id)->light == HealthLight::Green, qPrintable(report.toText()));
        QVERIFY(report.find(QStringLiteral("odoo"))->reason.contains(QLatin1String("SSH tunnel")));
        QCOMPARE(find<QTreeWidget>(&w, "healthLights")->topLevelItemCount(), 6);
        test::snapshot(w, "health-e2e");
        w.back();
        QCOMPARE(w.currentId(), int(DeployWizard::Run));

        // Back on the preview, a changed value is compared with the file on the server.
        w.model()->edit([](DeploymentProfile &p) { p.performance.workers = 7; });
        w.back();
        QCOMPARE(w.currentId(), int(DeployWizard::Preview));
        auto *summary = find<QLabel>(&w, "previewSummary");
        QTest::mouseClick(find<QPushButton>(&w, "compareWithServer"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("Compared with")), 60000);
        auto *tabs = find<QTabWidget>(&w, "previewTabs");
        QString confDiff, siteDiff;
        for (int i = 0; i < tabs->count(); ++i) {
            auto *diff = find<QPlainTextEdit>(tabs->widget(i), "serverDiff");
            if (tabs->widget(i)->objectName() == QLatin1String("odoo.conf"))
                confDiff = diff ? diff->toPlainText() : QString();
            if (tabs->widget(i)->objectName() == QLatin1String("nginx-site"))
                siteDiff = diff ? diff->toPlainText() : QString();
        }
        QVERIFY2(confDiff.contains(QLatin1String("-workers = 3")) && confDiff.contains(QLatin1String("+workers = 7")), qPrintable(confDiff));
        QVERIFY(!confDiff.contains(QLatin1String("pbkdf2")));
        QCOMPARE(siteDiff, QStringLiteral("Same as on the server."));
        test::snapshot(w, "preview-compared");
        // Comparing changed nothing on the server.
        const auto conf = m_host.onHost(QStringLiteral("grep '^workers' /etc/odoo/odoo.conf"));
        QCOMPARE(conf.out, QByteArray("workers = 3\n"));
    }

    void maintainBackupUpdateAndRollBack()
    {
        QVERIFY(!m_pin.isEmpty());
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) {
            p = m_host.profile(QStringLiteral("e2e-wizard"));
            p.performance.workers = 3;
            p.web.certificatePin = m_pin;
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(find<QPushButton>(&w, "maintainButton"), Qt::LeftButton);
        const QByteArray deployed = head();
        const QString backups = QStringLiteral("ls /var/backups/odoo-deploy/odoo | wc -l");
        const QByteArray before = m_host.onHost(backups).out;

        // A backup, downloaded to this computer as well: what the server wrote, verified.
        QTemporaryDir local;
        runAction(w, 0, [&] {
            find<QCheckBox>(&w, "downloadBackup")->setChecked(true);
            find<QLineEdit>(&w, "downloadFolder")->setText(local.path());
        }, QStringLiteral("Back up: done."));
        QCOMPARE(m_host.onHost(backups).out.trimmed().toInt(), before.trimmed().toInt() + 1);
        const QString newest = QString::fromUtf8(m_host.onHost(QStringLiteral("ls /var/backups/odoo-deploy/odoo | tail -n 1")).out.trimmed());
        const auto verified = test::run(QStringLiteral("sh"), {"-c", QStringLiteral("cd '%1/%2' && sha256sum -c SHA256SUMS").arg(local.path(), newest)});
        QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).constData());
        QCOMPARE(m_host.onHost(QStringLiteral("cat /var/backups/odoo-deploy/odoo/%1/SHA256SUMS").arg(newest)).out,
                 test::run(QStringLiteral("cat"), {local.filePath(newest + QStringLiteral("/SHA256SUMS"))}).out);

        runAction(w, 1, [&] { QTest::keyClicks(find<QLineEdit>(&w, "updateTarget"), QStringLiteral("17.0-next")); }, QStringLiteral("Update: done."));
        QCOMPARE(m_host.onHost(QStringLiteral("cat /opt/odoo/src/RELEASE")).out, QByteArray("17.0-next\n"));
        test::snapshot(w, "maintain-e2e");

        runAction(w, 3, [&] {
            QVERIFY2(find<QLabel>(&w, "rollbackPoint")->text().contains(QString::fromLatin1(deployed.left(12))),
                     qPrintable(find<QLabel>(&w, "rollbackPoint")->text()));
        }, QStringLiteral("Roll back: done."));
        QCOMPARE(head(), deployed);

        // Restore the downloaded backup, picked from the server's list (read over SSH).
        const QString database = w.model()->profile().odoo.database;
        const QString keptCount = QStringLiteral("runuser -u postgres -- psql -X -tA -c \"SELECT count(*) FROM pg_database "
                                                 "WHERE datname LIKE '%1-before-restore-%'\"").arg(database);
        const int keptBefore = m_host.onHost(keptCount).out.trimmed().toInt();
        runAction(w, 4, [&] {
            auto *list = find<QListWidget>(&w, "serverBackups");
            QVERIFY(!list->isVisible());
            QTest::mouseClick(find<QPushButton>(&w, "listBackups"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), 60000);
            QCOMPARE(list->count(), m_host.onHost(backups).out.trimmed().toInt());
            QListWidgetItem *picked = nullptr;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == newest)
                    picked = list->item(i);
            QVERIFY(picked);
            QVERIFY2(picked->text().contains(QString::fromLatin1(deployed.left(12))), qPrintable(picked->text()));
            list->setCurrentItem(picked);
            QCOMPARE(find<QLineEdit>(&w, "backupName")->text(), newest);
            test::snapshot(w, "maintain-restore-list");
        }, QStringLiteral("Restore: done."));
        QCOMPARE(m_host.onHost(keptCount).out.trimmed().toInt(), keptBefore + 1);
    }
};

QTEST_MAIN(TestE2eWizard)
#include "tst_e2e_wizard.moc"
