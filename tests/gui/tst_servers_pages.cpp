#include "DeployWizard.h"
#include "LogPane.h"
#include "MaintainPage.h"
#include "PageList.h"
#include "PreviewPage.h"
#include "ProfileModel.h"
#include "ServersHealthPage.h"
#include "ServersPage.h"
#include "ServersRunPage.h"
#include "StepList.h"
#include "profile/TopologyProfile.h"

#include "FakePrompts.h"
#include "MemorySecretStore.h"
#include "Snapshot.h"
#include "SshServer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace odoodeploy;

// The wizard's pages for a deployment on several servers, driven as a user would: the
// one-server profile spread over servers, the Servers page (edit, check, look at each
// server over SSH), the preview of each server's files, and the run page with a tab per
// server. The servers are one real sshd on loopback listening at four addresses
// (127.0.0.1-4: the whole of 127/8 is this machine), so each is a server of its own.
class TestServersPages : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;
    test::FakePrompts m_prompts;
    test::MemorySecretStore m_secrets;

    template <typename T>
    static T *find(QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }

    // test::topologyProfile's four servers, each at its own address of this sshd.
    DeploymentProfile loopbackServers() const
    {
        DeploymentProfile p = test::topologyProfile();
        for (int i = 0; i < p.topology.hosts.size(); ++i) {
            p.topology.hosts[i].server = m_server.profile().server;
            p.topology.hosts[i].server.host = QStringLiteral("127.0.0.%1").arg(i + 1);
        }
        return p;
    }

    // Says its server's name on it and records nothing; fails on `failOn`.
    struct SaysName : Operation {
        QString server;
        bool fail = false;
        QString id() const override { return QStringLiteral("says-name"); }
        QString title() const override { return QStringLiteral("Says its name"); }
        QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override
        {
            RemoteStep s;
            s.id = QStringLiteral("name");
            s.title = QStringLiteral("name of ") + server;
            s.command = fail ? QStringLiteral("echo 'broken on purpose' >&2; exit 3") : QStringLiteral("echo this is %1").arg(server);
            RemoteStep t = s;
            t.id = QStringLiteral("again");
            t.title = QStringLiteral("again ") + server;
            t.command = QStringLiteral("echo again %1").arg(server);
            return {s, t};
        }
    };

    static TopologyRun::OperationFor sayingNames(const QString &failOn = {})
    {
        return [failOn](const DeploymentProfile &server) {
            auto op = std::make_shared<SaysName>();
            op->server = server.topology.self;
            op->fail = server.topology.self == failOn;
            return op;
        };
    }

    static QStringList tabTexts(QTabWidget *tabs)
    {
        QStringList out;
        for (int i = 0; i < tabs->count(); ++i)
            out << tabs->tabText(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        if (test::SshServer::sshdPath().isEmpty())
            QSKIP("sshd is not installed (apt-get install openssh-server)");
        m_server.extraConfig = QStringLiteral("ListenAddress 127.0.0.2\nListenAddress 127.0.0.3\nListenAddress 127.0.0.4\n");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
        // Each address must be this sshd, not another server on the port.
        for (int i = 2; i <= 4; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.%1").arg(i), quint16(m_server.port));
            QVERIFY2(socket.waitForConnected(5000), qPrintable(socket.errorString()));
            QVERIFY(socket.waitForReadyRead(5000));
            QVERIFY(socket.readLine().startsWith("SSH-2.0-OpenSSH"));
        }
        Prompts::setInstance(&m_prompts);
    }
    void cleanupTestCase()
    {
        Prompts::setInstance(nullptr);
        m_server.stop();
    }

    void spreadingTheServerLeadsToTheServersPage()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = m_server.profile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::Server));
        QTest::mouseClick(find<QPushButton>(&w, "spreadOverServers"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Servers));
        const DeploymentProfile &p = w.model()->profile();
        QCOMPARE(p.schema, DeploymentProfile::kSchemaVersion);
        QCOMPARE(p.topology.hosts.size(), 2);
        QCOMPARE(p.topology.hosts.at(0).name, QStringLiteral("db"));
        QCOMPARE(p.topology.hosts.at(1).server, m_server.profile().server); // the server it was
        QVERIFY(p.topology.hosts.at(1).roles == (HostRole::App | HostRole::Proxy));
        // Not complete: the database server has no address yet, and the page says whose.
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        const QString messages = find<QLabel>(w.page(DeployWizard::Servers), "validationMessages")->text();
        QVERIFY2(messages.contains(QLatin1String("db: ")), qPrintable(messages));
        auto *table = find<QTableWidget>(&w, "servers");
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("⚠")));
        const QStringList rows = find<PageList>(&w, "pageList")->rows();
        QVERIFY2(rows.contains(QStringLiteral("▸ Servers")), qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY(!rows.join(QLatin1Char('|')).contains(QLatin1String("Server|")));
    }

    void theServersPageEditsTheSelectedServer()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::Servers));
        auto *page = qobject_cast<ServersPage *>(w.page(DeployWizard::Servers));
        auto *table = find<QTableWidget>(&w, "servers");
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A hostile name is refused with a clear message, and nothing else is lost.
        page->selectServer(1);
        auto *name = find<QLineEdit>(&w, "serverName");
        QCOMPARE(name->text(), QStringLiteral("app1"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("x; rm -rf /"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        const QString messages = find<QLabel>(page, "validationMessages")->text();
        QVERIFY2(messages.contains(QLatin1String("is not a server name")), qPrintable(messages));
        QVERIFY(name->property("invalid").toBool());
        QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("⚠")));
        QCOMPARE(w.model()->profile().topology.hosts.at(1).server.host, QStringLiteral("127.0.0.2"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("app1"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!name->property("invalid").toBool());

        // Roles that do not go together are refused.
        page->selectServer(3); // proxy
        find<QCheckBox>(&w, "roleDatabase")->click();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(page, "validationMessages")->text().contains(QLatin1String("proxy: ")));
        find<QCheckBox>(&w, "roleDatabase")->click();
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        // A third app server: added with the next free name, then removed again.
        QTest::mouseClick(find<QPushButton>(&w, "addServer"), Qt::LeftButton);
        QCOMPARE(w.model()->profile().topology.hosts.size(), 5);
        QCOMPARE(w.model()->profile().topology.hosts.last().name, QStringLiteral("app3"));
        QCOMPARE(page->selectedServer(), 4);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no address, no host yet
        QTest::keyClicks(find<QLineEdit>(&w, "privateAddress"), QStringLiteral("10.0.0.23"));
        QTest::keyClicks(find<QLineEdit>(&w, "serverHost"), QStringLiteral("app3.example.com"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("root@app3.example.com"));
        test::snapshot(w, "servers-page");
        QTest::mouseClick(find<QPushButton>(&w, "removeServer"), Qt::LeftButton);
        QCOMPARE(w.model()->profile().topology.hosts.size(), 4);
        QCOMPARE(w.model()->profile(), [&] {
            DeploymentProfile expected = loopbackServers();
            return expected;
        }());
    }

    void eachServerIsLookedAtOverItsOwnConnection()
    {
        QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        w.next();
        auto *page = qobject_cast<ServersPage *>(w.page(DeployWizard::Servers));
        QSignalSpy probed(page, &ServersPage::probeFinished);
        m_prompts.asked.clear();
        QTest::mouseClick(find<QPushButton>(&w, "probeAllServers"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 4, 30000);
        for (const auto &signal : std::as_const(probed))
            QVERIFY2(signal.at(1).toBool(), qPrintable(signal.at(0).toString()));
        // One host key question per address: each is a server of its own to ssh.
        QCOMPARE(m_prompts.asked.size(), 4);
        for (const QString &server : {QStringLiteral("db"), QStringLiteral("app1"), QStringLiteral("app2"), QStringLiteral("proxy")})
            QCOMPARE(w.model()->hostFacts(server).cpuCount, QThread::idealThreadCount());
        auto *table = find<QTableWidget>(&w, "servers");
        QVERIFY2(table->item(2, 4)->text().contains(QStringLiteral("%1 CPUs").arg(QThread::idealThreadCount())),
                 qPrintable(table->item(2, 4)->text()));
        test::snapshot(w, "servers-looked-at");
        // The workers page sizes from the smallest app server (all equal here: the first).
        const QString reason = find<QLabel>(&w, "suggestionReason")->text();
        QVERIFY2(reason.startsWith(QLatin1String("From the smallest app server looked at, app1")), qPrintable(reason));
        QCOMPARE(find<QSpinBox>(&w, "cpuCount")->value(), QThread::idealThreadCount());

        // A refused key: that server is not looked at, and the row says why.
        QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        m_prompts.trust = false;
        page->selectServer(3);
        QTest::mouseClick(find<QPushButton>(&w, "probeSelectedServer"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 5, 30000);
        m_prompts.trust = true;
        QCOMPARE(probed.last().at(1).toBool(), false);
        QVERIFY2(table->item(3, 4)->text().startsWith(QStringLiteral("✘")), qPrintable(table->item(3, 4)->text()));
    }

    void thePreviewShowsEachServersFiles()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        while (w.currentId() != DeployWizard::Preview) {
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(w.currentId())));
            w.next();
        }
        auto *page = qobject_cast<PreviewPage *>(w.page(DeployWizard::Preview));
        auto *tabs = find<QTabWidget>(&w, "previewTabs");
        const auto contentOf = [&](const QString &remotePath) {
            for (int i = 0; i < tabs->count(); ++i) {
                auto *content = tabs->widget(i)->findChild<QPlainTextEdit *>(QStringLiteral("content"));
                if (tabs->widget(i)->findChild<QLabel *>()->text().startsWith(remotePath))
                    return content->toPlainText();
            }
            return QStringLiteral("(no %1)").arg(remotePath);
        };
        QVERIFY(find<QComboBox>(&w, "previewServer")->isVisible());
        QVERIFY(!find<QPushButton>(&w, "compareWithServer")->isEnabled());
        page->showServer(QStringLiteral("app2"));
        QVERIFY(contentOf(QStringLiteral("/etc/odoo/odoo.conf")).contains(QLatin1String("db_host = 10.0.0.11")));
        QVERIFY(contentOf(QStringLiteral("/etc/odoo/odoo.conf")).contains(QLatin1String("http_interface = 10.0.0.22")));
        page->showServer(QStringLiteral("proxy"));
        const QString site = contentOf(QStringLiteral("/etc/nginx/sites-available/odoo.conf"));
        QVERIFY2(site.contains(QLatin1String("server 10.0.0.21:8069")) && site.contains(QLatin1String("server 10.0.0.22:8069")),
                 qPrintable(site));
        QVERIFY(contentOf(QStringLiteral("/etc/odoo/odoo.conf")).startsWith(QLatin1String("(no ")));
        test::snapshot(w, "servers-preview");
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::ServersRun));
    }

    void theRunPageShowsATabPerServer()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        auto *page = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        page->setOperationFor(sayingNames(), false);
        while (w.currentId() != DeployWizard::ServersRun)
            w.next();
        auto *tabs = find<QTabWidget>(&w, "serverTabs");
        QCOMPARE(tabTexts(tabs), (QStringList{"○ db", "○ app1", "○ app2", "○ proxy"})); // in the order they run
        QSignalSpy finished(page, &ServersRunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(&w, "serversDryRun"), Qt::LeftButton);
        QVERIFY(!page->isComplete()); // no leaving while it runs
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(tabTexts(tabs), (QStringList{"✔ db", "✔ app1", "✔ app2", "✔ proxy"}));
        // Each server's own output in its own log, no other's.
        QTRY_VERIFY(page->logOf(QStringLiteral("app2"))->text().contains(QLatin1String("this is app2\n")));
        QVERIFY(!page->logOf(QStringLiteral("app2"))->text().contains(QLatin1String("this is app1")));
        QVERIFY(page->logOf(QStringLiteral("proxy"))->text().contains(QLatin1String("again proxy\n")));
        StepList *steps = page->stepsOf(QStringLiteral("app1"));
        QCOMPARE(steps->count(), 2);
        QVERIFY2(steps->item(0)->text().startsWith(QStringLiteral("△  name of app1 — would change")), qPrintable(steps->item(0)->text()));
        auto *progress = find<QProgressBar>(&w, "serversProgress");
        QCOMPARE(progress->value(), progress->maximum());
        const QString status = find<QLabel>(&w, "serversRunStatus")->text();
        QVERIFY2(status.contains(QLatin1String("8 of 8 steps would change something, on app1, app2, db, proxy")), qPrintable(status));
        test::snapshot(w, "servers-run");
    }

    void aFailedServerStopsThePhasesAfterIt()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        auto *page = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        page->setOperationFor(sayingNames(QStringLiteral("app1")), false);
        while (w.currentId() != DeployWizard::ServersRun)
            w.next();
        QSignalSpy finished(page, &ServersRunPage::runFinished);
        QTest::mouseClick(find<QPushButton>(&w, "serversDryRun"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        auto *tabs = find<QTabWidget>(&w, "serverTabs");
        // app2 ran beside app1 (same phase); the proxy's phase never started.
        QCOMPARE(tabTexts(tabs), (QStringList{"✔ db", "✘ app1", "✔ app2", "○ proxy"}));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("✘ app1"));
        QCOMPARE(page->stepsOf(QStringLiteral("proxy"))->count(), 0);
        QVERIFY(page->stepsOf(QStringLiteral("app1"))->item(0)->text().startsWith(QStringLiteral("✘")));
        const QString status = find<QLabel>(&w, "serversRunStatus")->text();
        QVERIFY2(status.contains(QLatin1String("app1")) && status.contains(QLatin1String("Not started: proxy")), qPrintable(status));
        QTRY_VERIFY(page->logOf(QStringLiteral("app1"))->text().contains(QLatin1String("broken on purpose")));
        QVERIFY(page->isComplete());
        QVERIFY(find<QPushButton>(&w, "serversDeploy")->isEnabled()); // may be tried again
        test::snapshot(w, "servers-run-failed");
    }

    // Maintenance of several servers: the update is a rolling one on the run page of the
    // servers, the backup and the module upgrade run on the first app server, a staging
    // copy on the database server, the first app server and the proxy.
    void maintainingServersOffersWhatIsBuiltForThem()
    {
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) { p = loopbackServers(); });
        w.restart();
        w.show();
        QTest::mouseClick(find<QPushButton>(&w, "maintainButton"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Maintain));
        auto *maintain = qobject_cast<MaintainPage *>(w.page(DeployWizard::Maintain));
        // Rollback and the latest backup read app1's journal, empty here.
        maintain->setAction(MaintainPage::Rollback);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(find<QLabel>(maintain, "maintainProblem")->text().contains(QLatin1String("knows of no update or module upgrade")),
                 qPrintable(find<QLabel>(maintain, "maintainProblem")->text()));
        maintain->setAction(MaintainPage::Restore);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(maintain, "maintainProblem")->text().contains(QLatin1String("made no backup of this deployment yet")));
        find<QLineEdit>(&w, "backupName")->setText(QStringLiteral("../../etc"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(maintain, "maintainProblem")->text().contains(QLatin1String("not the name of a backup folder")));
        find<QLineEdit>(&w, "backupName")->setText(QStringLiteral("20261127T154500Z-0123456789ab"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // The backups are listed from app1 (127.0.0.2), which has none.
        QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
        m_prompts.asked.clear();
        QTest::mouseClick(find<QPushButton>(&w, "listBackups"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(&w, "backupListStatus")->text(), QStringLiteral("There is no backup on the server yet."), 30000);
        QVERIFY2(m_prompts.asked.size() == 1 && m_prompts.asked.first().contains(QLatin1String("127.0.0.2")), qPrintable(m_prompts.asked.join(QLatin1Char('|'))));
        auto *run = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        w.next();
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::Restore);
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ app1", "○ app2"}));
        QCOMPARE(find<QPushButton>(&w, "serversStartMaintenance")->text(), QStringLiteral("&Restore"));
        w.back();
        const auto steps = [&] {
            QStringList out;
            const auto *list = find<QListWidget>(maintain, "maintainSteps");
            for (int i = 0; i < list->count(); ++i)
                out << list->item(i)->text();
            return out;
        };

        // A backup: app1 alone; a download folder must be a full path.
        maintain->setAction(MaintainPage::Backup);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(steps(), (QStringList{"app1: Back up the database acme and its files"}));
        find<QCheckBox>(&w, "downloadBackup")->setChecked(true);
        find<QLineEdit>(&w, "downloadFolder")->setText(QStringLiteral("backups"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(find<QLabel>(maintain, "maintainProblem")->text().contains(QLatin1String("as a full path")));
        find<QCheckBox>(&w, "downloadBackup")->setChecked(false);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::ServersRun));
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::Backup);
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ app1"}));
        QCOMPARE(find<QPushButton>(&w, "serversStartMaintenance")->text(), QStringLiteral("&Back up"));
        QVERIFY(find<QLabel>(&w, "serversRunStatus")->text().contains(QLatin1String("Ready: app1 writes the backup.")));
        test::snapshot(w, "servers-backup");
        w.back();

        // A module upgrade: on app1, with app2 stopped meanwhile and started after.
        maintain->setAction(MaintainPage::Upgrade);
        find<QLineEdit>(&w, "modules")->setText(QStringLiteral("sale;reboot"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        find<QLineEdit>(&w, "modules")->setText(QStringLiteral("sale"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        const QStringList upgradeSteps = steps();
        // app1 looks first (what it would do, room for the backup), then app2 stops, app1 upgrades, app2 starts.
        QVERIFY2(upgradeSteps.first().startsWith(QLatin1String("app1: What ")), qPrintable(upgradeSteps.join(QLatin1Char('|'))));
        const qsizetype stop = upgradeSteps.indexOf(QStringLiteral("app2: Stop Odoo"));
        QVERIFY2(stop > 0 && stop < upgradeSteps.indexOf(QStringLiteral("app1: Upgrade the modules sale in acme")), qPrintable(upgradeSteps.join(QLatin1Char('|'))));
        QCOMPARE(upgradeSteps.last(), QStringLiteral("app2: Start Odoo again"));
        test::snapshot(w, "servers-maintain-upgrade");
        w.next();
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::Upgrade);
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ app1", "○ app2"}));
        QCOMPARE(find<QPushButton>(&w, "serversStartMaintenance")->text(), QStringLiteral("Run the module &upgrade"));
        test::snapshot(w, "servers-module-upgrade");
        w.back();

        // A staging copy: every server taking part looks, then the database server, app1
        // and the proxy in turn; its removal the other way round.
        maintain->setAction(MaintainPage::Staging);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(find<QLabel>(maintain, "stagingInfo")->text().contains(QLatin1String("the copy runs on app1 with the filestore copied")),
                 qPrintable(find<QLabel>(maintain, "stagingInfo")->text()));
        const QStringList stagingSteps = steps();
        const qsizetype copied = stagingSteps.lastIndexOf(QStringLiteral("db: Database acme_staging copied from acme while production runs, then neutralised"));
        const qsizetype served = stagingSteps.lastIndexOf(QStringLiteral("proxy: nginx serves the staging site"));
        QVERIFY2(copied > 0 && copied < stagingSteps.lastIndexOf(QStringLiteral("app1: Staging service odoo-staging running on port 8079")) && served > copied
                     && stagingSteps.contains(QStringLiteral("app1: Filestore /var/lib/odoo-staging/filestore/acme_staging copied from production's shared one"))
                     && !stagingSteps.join(QLatin1Char('|')).contains(QLatin1String("app2:")),
                 qPrintable(stagingSteps.join(QLatin1Char('|'))));
        test::snapshot(w, "servers-maintain-staging");
        w.next();
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::Staging);
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ db", "○ app1", "○ proxy"}));
        QCOMPARE(find<QPushButton>(&w, "serversStartMaintenance")->text(), QStringLiteral("Make the staging co&py"));
        w.back();
        maintain->setAction(MaintainPage::RemoveStaging);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::RemoveStaging);
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ proxy", "○ app1", "○ db"}));
        w.back();

        maintain->setAction(MaintainPage::Update);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        find<QLineEdit>(&w, "updateTarget")->setText(QStringLiteral("17.0; rm -rf /"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        find<QLineEdit>(&w, "updateTarget")->setText(QStringLiteral("17.0"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::ServersRun));
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::Update);
        // The app servers and the proxy: the database server takes no part.
        QCOMPARE(tabTexts(find<QTabWidget>(&w, "serverTabs")), (QStringList{"○ app1", "○ app2", "○ proxy"}));
        QVERIFY(find<QPushButton>(&w, "serversStartMaintenance")->isVisible());
        QVERIFY(!find<QPushButton>(&w, "serversDeploy")->isVisible());
        const QStringList rows = find<PageList>(&w, "pageList")->rows();
        QVERIFY2(rows.contains(QStringLiteral("▸ Run on the servers")) && rows.contains(QStringLiteral("   Health of the servers")),
                 qPrintable(rows.join(QLatin1Char('|'))));
        test::snapshot(w, "servers-rolling-update");
        // Back, and the run page is the deployment's again.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(DeployWizard::Start));
        QCOMPARE(run->maintenance(), ServersRunPage::Maintenance::None);
    }

    // After the run, the health page of the servers: the site first, then each server
    // with something to check of its own, every row grey until its checks come in. These servers are
    // only sshd (no Odoo, no PostgreSQL): their service checks are red, and say so in words.
    void theHealthPageHasARowPerServer()
    {
        QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts"))); // unattended: never trusts a key
        DeployWizard w(nullptr, &m_secrets);
        w.model()->edit([&](DeploymentProfile &p) {
            p = loopbackServers();
            p.web.domain = QStringLiteral("127.0.0.4"); // the proxy's address: no name to resolve
        });
        w.restart();
        w.show();
        while (w.currentId() != DeployWizard::ServersRun)
            w.next();
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::ServersHealth));
        auto *page = qobject_cast<ServersHealthPage *>(w.page(DeployWizard::ServersHealth));
        QSignalSpy finished(page, &ServersHealthPage::checkFinished);
        auto *tree = find<QTreeWidget>(&w, "serversHealthLights");
        // The proxy alone has nothing to check but the site.
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("The site (through proxy)"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("db (database, files)"));
        QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("app2 (app)"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QVERIFY2(tree->topLevelItem(i)->childCount() > 0, qPrintable(tree->topLevelItem(i)->text(0)));
        QTreeWidgetItem *service = page->checkRow(QStringLiteral("app1"), QStringLiteral("service"));
        QVERIFY(service);
        QVERIFY2(service->text(1).startsWith(QLatin1String("Red: ")), qPrintable(service->text(1)));
        QVERIFY2(page->serverRow(QStringLiteral("app1"))->text(1).startsWith(QLatin1String("Red: 5 of 5 checks need attention")),
                 qPrintable(page->serverRow(QStringLiteral("app1"))->text(1)));
        QCOMPARE(page->report().overall(), HealthLight::Red);
        // A key never trusted: the row says where to trust it.
        QVERIFY2(service->toolTip(1).contains(QLatin1String("Servers page")), qPrintable(service->toolTip(1)));
        QVERIFY(find<QLabel>(&w, "serversHealthStatus")->text().contains(QLatin1String("red")));
        test::snapshot(w, "servers-health");
    }
};

QTEST_MAIN(TestServersPages)
#include "tst_servers_pages.moc"
