#include "DeployWizard.h"
#include "FileDialogs.h"
#include "PageList.h"
#include "ProfileModel.h"
#include "RecentProfiles.h"
#include "WizardHost.h"
#include "i18n/Translations.h"
#include "profile/DeploymentState.h"
#include "profile/ProfileJson.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include "FakePrompts.h"
#include "Snapshot.h"
#include "TestProfiles.h"

using namespace odoodeploy;

// Answers file dialogs at once with the path the test chose ("next answer" seam).
class FakeFileDialogs : public FileDialogs
{
public:
    QString nextOpen;
    QString nextSave;
    void askOpenPath(QWidget *, const QString &, const QString &, Answer answer) override { answer(nextOpen); }
    void askSavePath(QWidget *, const QString &, const QString &, const QString &, Answer answer) override { answer(nextSave); }
};

class TestWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeFileDialogs m_dialogs;
    test::FakePrompts m_prompts;

    template <typename T>
    static T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }
    static QString messages(DeployWizard &w)
    {
        return find<QLabel>(w.currentPage(), "validationMessages")->text();
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

public:
    static void initMain()
    {
        // Recent profiles (QSettings) go to a throwaway config folder.
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("odoo-deploy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
        FileDialogs::setInstance(&m_dialogs);
    }
    void cleanupTestCase() { FileDialogs::setInstance(nullptr); }

    void walkThroughSaveAndReopen()
    {
        DeployWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractButton *next = w.button(QWizard::NextButton);

        // Start
        retype(find<QLineEdit>(&w, "profileName"), QStringLiteral("production"));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Server));

        // Server: an empty host blocks Next, visibly.
        QVERIFY(!next->isEnabled());
        QVERIFY(messages(w).contains(QLatin1String("host name or IP address")));
        test::snapshot(w, "server-empty");
        auto *host = find<QLineEdit>(&w, "host");
        QTest::keyClicks(host, QStringLiteral("erp example"));
        QVERIFY(!next->isEnabled());
        QVERIFY(host->property("invalid").toBool());
        retype(host, QStringLiteral("erp.example.com"));
        QVERIFY(next->isEnabled());
        QVERIFY(messages(w).isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Odoo));
        // The side list: where we are, what is done, what is ahead.
        auto *pageList = w.findChild<PageList *>(QStringLiteral("pageList"));
        QVERIFY(pageList && pageList->isVisible());
        QCOMPARE(pageList->rows().mid(0, 4), (QStringList{QStringLiteral("✓ Welcome"), QStringLiteral("✓ Server"),
                                                          QStringLiteral("▸ Odoo"), QStringLiteral("   Workers and service")}));
        QCOMPARE(pageList->rows().size(), 9);

        // Odoo: a shell-ish database name is refused with a clear message.
        auto *database = find<QLineEdit>(&w, "database");
        retype(database, QStringLiteral("x; rm -rf /"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(messages(w).contains(QLatin1String("\"x; rm -rf /\" is not a valid database name")), qPrintable(messages(w)));
        test::snapshot(w, "odoo-invalid-db");
        retype(database, QStringLiteral("acme"));
        // No master password hash yet: Generate it (hashing runs off the UI thread).
        QVERIFY(!next->isEnabled());
        find<QRadioButton>(&w, "managerGenerated")->click();
        QTest::mouseClick(find<QPushButton>(&w, "generateMasterPassword"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000);
        const QString shownPassword = find<QLineEdit>(&w, "masterPassword")->text();
        QCOMPARE(shownPassword.size(), 24);
        test::snapshot(w, "odoo-generated");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Workers));

        // Workers: out of bounds blocks; the suggestion fixes it.
        find<QSpinBox>(&w, "workers")->setValue(100);
        QVERIFY(!next->isEnabled());
        QVERIFY(messages(w).contains(QLatin1String("Workers must be between")));
        find<QSpinBox>(&w, "cpuCount")->setValue(2);
        find<QDoubleSpinBox>(&w, "ramGiB")->setValue(4);
        QTest::mouseClick(find<QPushButton>(&w, "suggestWorkers"), Qt::LeftButton);
        QCOMPARE(find<QSpinBox>(&w, "workers")->value(), 5);
        QVERIFY(find<QLabel>(&w, "suggestionReason")->text().contains(QLatin1String("30 concurrent users")));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Certificate));
        test::snapshot(w, "certificate-empty");

        // Certificate
        auto *domain = find<QLineEdit>(&w, "domain");
        QCOMPARE(domain->text(), QStringLiteral("erp.example.com")); // offered from the host
        retype(domain, QStringLiteral("erp..example.com"));
        QVERIFY(!next->isEnabled());
        retype(domain, QStringLiteral("erp.example.com"));
        auto *mode = find<QComboBox>(&w, "certificateMode");
        mode->setCurrentIndex(mode->findData(int(CertificateMode::LetsEncrypt)));
        QVERIFY(!next->isEnabled()); // Let's Encrypt needs an e-mail
        QVERIFY(messages(w).contains(QLatin1String("e-mail")));
        mode->setCurrentIndex(mode->findData(int(CertificateMode::SelfSigned)));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Upkeep));

        // Backups and staging: out-of-range values block with a message; what an empty
        // field means is shown in it.
        auto *keep = find<QSpinBox>(&w, "backupKeep");
        QCOMPARE(keep->value(), 7);
        keep->setValue(0);
        QVERIFY(!next->isEnabled());
        QVERIFY2(messages(w).contains(QLatin1String("Keep between 1 and 365 backups")), qPrintable(messages(w)));
        keep->setValue(14);
        auto *at = find<QLineEdit>(&w, "backupAt");
        QVERIFY(!at->isEnabled());
        find<QCheckBox>(&w, "backupScheduled")->setChecked(true);
        QVERIFY(at->isEnabled());
        retype(at, QStringLiteral("25:00"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(messages(w).contains(QLatin1String("HH:MM")), qPrintable(messages(w)));
        QVERIFY(at->property("invalid").toBool());
        retype(at, QStringLiteral("04:15"));
        QCOMPARE(find<QLineEdit>(&w, "stagingDatabase")->placeholderText(), QStringLiteral("acme_staging"));
        QCOMPARE(find<QLineEdit>(&w, "stagingDomain")->placeholderText(), QStringLiteral("empty: https://erp.example.com:8443/"));
        QCOMPARE(find<QSpinBox>(&w, "stagingPublicPort")->specialValueText(), QStringLiteral("8443 (the default)"));
        auto *stagingDomain = find<QLineEdit>(&w, "stagingDomain");
        retype(stagingDomain, QStringLiteral("erp.example.com"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(messages(w).contains(QLatin1String("must differ from production's")), qPrintable(messages(w)));
        QVERIFY(!find<QSpinBox>(&w, "stagingPublicPort")->isEnabled()); // its own name: 443
        retype(stagingDomain, QStringLiteral("staging.example.com"));
        retype(find<QLineEdit>(&w, "stagingDatabase"), QStringLiteral("x; rm -rf /"));
        QVERIFY(!next->isEnabled());
        retype(find<QLineEdit>(&w, "stagingDatabase"), QStringLiteral("acme_try"));
        auto *copy = find<QComboBox>(&w, "stagingCopy");
        copy->setCurrentIndex(copy->findData(int(StagingCopy::Template)));
        QVERIFY2(next->isEnabled(), qPrintable(messages(w)));
        const StagingSettings staging = w.model()->profile().staging;
        QCOMPARE(staging.domain, QStringLiteral("staging.example.com"));
        QCOMPARE(staging.database, QStringLiteral("acme_try"));
        QCOMPARE(staging.copy, StagingCopy::Template);
        QCOMPARE(w.model()->profile().backup, (BackupSettings{14, true, QStringLiteral("04:15")}));
        test::snapshot(w, "upkeep");
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Preview));

        // Preview: every file, exactly as rendered.
        auto *tabs = find<QTabWidget>(&w, "previewTabs");
        // odoo.conf, systemd, sysvinit (init not known yet), nginx, certificate, logrotate,
        // and the scheduled backup's job, timer and cron entry (init not known yet)
        QVERIFY2(tabs->count() > 6, qPrintable(QString::number(tabs->count())));
        bool sawTimer = false;
        for (int i = 0; i < tabs->count(); ++i)
            sawTimer |= find<QPlainTextEdit>(tabs->widget(i), "content")->toPlainText().contains(QLatin1String("OnCalendar=*-*-* 04:15:00"));
        QVERIFY(sawTimer);
        const QString conf = find<QPlainTextEdit>(tabs->widget(0), "content")->toPlainText();
        QVERIFY(conf.contains(QLatin1String("db_name = acme")));
        QVERIFY(conf.contains(QLatin1String("workers = 5")));
        QVERIFY(!conf.contains(shownPassword));
        bool sawSite = false;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == QLatin1String("nginx-site"))
                sawSite = find<QPlainTextEdit>(tabs->widget(i), "content")->toPlainText().contains(QLatin1String("server_name erp.example.com;"));
        QVERIFY(sawSite);
        test::snapshot(w, "preview");

        // Save: the profile file holds the hash, never the password.
        QVERIFY(w.isWindowModified());
        const QString path = m_dir.filePath(QStringLiteral("production.json"));
        m_dialogs.nextSave = path;
        QSignalSpy saved(&w, &DeployWizard::profileSaved);
        QTest::mouseClick(w.button(QWizard::CustomButton2), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QLatin1String("production.json")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(shownPassword.toUtf8()));
        const ProfileLoadResult loaded = ProfileJson::fromBytes(bytes);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.profile, w.model()->profile());
        QCOMPARE(RecentProfiles::list().value(0), QFileInfo(path).absoluteFilePath());

        // Reopen in a fresh wizard: the values come back into the pages.
        DeployWizard again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(find<QListWidget>(&again, "recentProfiles")->count(), 1);
        m_dialogs.nextOpen = path;
        QTest::mouseClick(find<QPushButton>(&again, "openProfileButton"), Qt::LeftButton);
        QCOMPARE(again.model()->profile(), loaded.profile);
        QVERIFY(find<QLabel>(&again, "openStatus")->text().contains(QLatin1String("production.json")));
        QTest::mouseClick(again.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(&again, "host")->text(), QStringLiteral("erp.example.com"));
        QTest::mouseClick(again.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(&again, "database")->text(), QStringLiteral("acme"));
        QVERIFY(find<QLineEdit>(&again, "masterPassword")->text().isEmpty()); // shown once only
    }

    void aboutSaysWhatThisBuildIs()
    {
        DeployWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(find<QPushButton>(&w, "aboutButton"), Qt::LeftButton);
        auto *about = w.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        const QString text = find<QLabel>(about, "aboutText")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Odoo Deploy " ODOO_DEPLOY_VERSION " (commit ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY2(QRegularExpression(QStringLiteral("libssh 0\\.\\d+\\.\\d+")).match(text).hasMatch(), qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("QtKeychain \\d+\\.\\d+")).match(text).hasMatch(), qPrintable(text));
        test::snapshot(*about, "about");
        about->close();
        QTRY_VERIFY(!w.findChild<QDialog *>(QStringLiteral("aboutDialog"))); // closed and gone
    }

    void brokenProfileLosesNothing()
    {
        DeployWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        retype(find<QLineEdit>(&w, "profileName"), QStringLiteral("work in progress"));
        const DeploymentProfile before = w.model()->profile();

        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": 1, \"server\": ");
        f.close();
        m_dialogs.nextOpen = broken;
        QTest::mouseClick(find<QPushButton>(&w, "openProfileButton"), Qt::LeftButton);
        const QString status = find<QLabel>(&w, "openStatus")->text();
        QVERIFY2(status.contains(QLatin1String("Could not open the profile; nothing was changed.")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("not valid JSON")));
        QCOMPARE(w.model()->profile(), before);
        QCOMPARE(find<QLineEdit>(&w, "profileName")->text(), QStringLiteral("work in progress"));

        // A failed save says why and keeps the edits.
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("no/such/folder/p.json"));
        QSignalSpy failed(&w, &DeployWizard::saveFailed);
        QTest::mouseClick(w.button(QWizard::CustomButton2), Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("Cannot save")));
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.model()->profile(), before);
    }

    // A profile an earlier Odoo Deploy wrote stays in its form until the user takes
    // the offer; a save that fails changes nothing.
    void aSchemaOneProfileIsOfferedTheNewForm()
    {
        const QString folder = m_dir.filePath(QStringLiteral("earlier"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/production.json");
        QVERIFY(QFile::copy(QStringLiteral(EXAMPLES_DIR "/production.json"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        DeployWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *offer = find<QPushButton>(&w, "saveInNewFormButton");
        QVERIFY(!offer->isVisible());
        m_dialogs.nextOpen = path;
        QTest::mouseClick(find<QPushButton>(&w, "openProfileButton"), Qt::LeftButton);
        QCOMPARE(w.model()->profile().schema, 1);
        QVERIFY(offer->isVisible());
        auto *status = find<QLabel>(&w, "openStatus");
        QVERIFY2(status->text().contains(QLatin1String("An earlier Odoo Deploy wrote it (schema 1)")), qPrintable(status->text()));
        test::snapshot(w, "start-schema-one");

        // Its folder gone: the save fails, and the profile stays as it is on disk.
        QVERIFY(QDir().rename(folder, folder + QStringLiteral("-away")));
        QTest::mouseClick(offer, Qt::LeftButton);
        QVERIFY2(status->text().startsWith(QLatin1String("Could not save the profile in the new form; it is unchanged.")), qPrintable(status->text()));
        QCOMPARE(w.model()->profile().schema, 1);
        QVERIFY(offer->isVisible());
        QVERIFY(QDir().rename(folder + QStringLiteral("-away"), folder));

        QTest::mouseClick(offer, Qt::LeftButton);
        QCOMPARE(status->text(), QStringLiteral("Saved production.json in the new form (schema 2)."));
        QVERIFY(!offer->isVisible());
        const ProfileLoadResult saved = ProfileJson::load(path);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.profile.schema, 2);
        QCOMPARE(saved.profile, w.model()->profile());
        QVERIFY(!w.isWindowModified());
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        Prompts::setInstance(&m_prompts);
        DeployWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Nothing changed: closes without a question.
        {
            DeployWizard clean;
            clean.show();
            m_prompts.asked.clear();
            clean.reject();
            QVERIFY(!clean.isVisible());
            QVERIFY(m_prompts.asked.isEmpty());
        }
        w.model()->edit([](DeploymentProfile &p) { p.name = QStringLiteral("unsaved-work"); });

        // Cancel: the wizard stays, with the edit.
        m_prompts.unsaved = Prompts::UnsavedChoice::Cancel;
        w.reject();
        QVERIFY(w.isVisible());
        QCOMPARE(m_prompts.asked.last(), QStringLiteral("unsaved: unsaved-work"));
        // Save, but the save dialog is cancelled: still open, still unsaved.
        m_prompts.unsaved = Prompts::UnsavedChoice::Save;
        m_dialogs.nextSave.clear();
        w.reject();
        QVERIFY(w.isVisible());
        QVERIFY(w.model()->isDirty());
        // Save to a place that cannot be written: the error is shown, nothing is lost.
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("no-such-folder/x.json"));
        QSignalSpy failed(&w, &DeployWizard::saveFailed);
        w.accept();
        QCOMPARE(failed.count(), 1);
        QVERIFY(w.isVisible());
        // Save for real: written, then closed.
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("closing.json"));
        w.accept();
        QVERIFY(!w.isVisible());
        QCOMPARE(ProfileJson::load(m_dialogs.nextSave).profile.name, QStringLiteral("unsaved-work"));

        // Discard: closes, and writes nothing.
        DeployWizard other;
        other.show();
        other.model()->edit([](DeploymentProfile &p) { p.name = QStringLiteral("thrown-away"); });
        m_prompts.unsaved = Prompts::UnsavedChoice::Discard;
        m_dialogs.nextSave = m_dir.filePath(QStringLiteral("never.json"));
        other.reject();
        QVERIFY(!other.isVisible());
        QVERIFY(!QFile::exists(m_dialogs.nextSave));
        Prompts::setInstance(nullptr);
    }

    void maintainPicksAnActionAndShowsItsSteps()
    {
        QTemporaryDir data; // the deployment state (journal) of this test only
        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        DeployWizard w;
        w.model()->edit([](DeploymentProfile &p) { p = test::testProfile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractButton *next = w.button(QWizard::NextButton);
        QTest::mouseClick(find<QPushButton>(&w, "maintainButton"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Maintain));
        QCOMPARE(w.findChild<PageList *>(QStringLiteral("pageList"))->rows(),
                 (QStringList{QStringLiteral("✓ Welcome"), QStringLiteral("▸ Maintain a deployment"), QStringLiteral("   Run"),
                              QStringLiteral("   Health")}));
        auto *steps = find<QListWidget>(&w, "maintainSteps");
        auto *problem = find<QLabel>(&w, "maintainProblem");
        auto titles = [steps] {
            QStringList out;
            for (int i = 0; i < steps->count(); ++i)
                out << steps->item(i)->text();
            return out;
        };
        auto choose = [&](int action) {
            auto *radio = find<QRadioButton>(&w, qPrintable(QStringLiteral("action%1").arg(action)));
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2)); // on the circle
            QVERIFY(radio->isChecked());
        };

        // A backup, the first choice: one step, ready.
        QCOMPARE(titles(), QStringList{QStringLiteral("Back up the database acme and its files")});
        QVERIFY(next->isEnabled());
        // Downloaded as well: a second step; the folder must be a full path.
        find<QCheckBox>(&w, "downloadBackup")->setChecked(true);
        QCOMPARE(titles().size(), 2);
        QVERIFY2(titles().last().startsWith(QLatin1String("Download the newest backup to /")), qPrintable(titles().last()));
        retype(find<QLineEdit>(&w, "downloadFolder"), QStringLiteral("backups"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("as a full path")), qPrintable(problem->text()));
        retype(find<QLineEdit>(&w, "downloadFolder"), QStringLiteral("/tmp/odoo-backups"));
        QCOMPARE(titles().last(), QStringLiteral("Download the newest backup to /tmp/odoo-backups"));
        find<QCheckBox>(&w, "downloadBackup")->setChecked(false);
        QCOMPARE(titles().size(), 1);

        // Update: fetch, backup, move; a target that is no ref name is refused.
        choose(1);
        QCOMPARE(titles().size(), 3);
        QVERIFY2(titles().first().startsWith(QLatin1String("Fetch 17.0")), qPrintable(titles().join(QLatin1Char('|'))));
        auto *target = find<QLineEdit>(&w, "updateTarget");
        QTest::keyClicks(target, QStringLiteral("--upload-pack=touch /tmp/x"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("not a valid branch or tag name")), qPrintable(problem->text()));
        retype(target, QStringLiteral("v17.0.1"));
        QVERIFY(next->isEnabled());
        QVERIFY(titles().first().startsWith(QLatin1String("Fetch v17.0.1")));
        test::snapshot(w, "maintain-update");

        // Upgrade: module names are checked as typed.
        choose(2);
        QVERIFY(!next->isEnabled());
        auto *modules = find<QLineEdit>(&w, "modules");
        QTest::keyClicks(modules, QStringLiteral("sale;id"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("not an Odoo module name")), qPrintable(problem->text()));
        retype(modules, QStringLiteral("sale,stock"));
        QVERIFY(next->isEnabled());
        QCOMPARE(titles().size(), 2);

        // Rollback: nothing in the journal yet, so nothing to roll back to.
        choose(3);
        QVERIFY(!next->isEnabled());
        QVERIFY2(find<QLabel>(&w, "rollbackPoint")->text().contains(QLatin1String("nothing to roll back to")),
                 qPrintable(find<QLabel>(&w, "rollbackPoint")->text()));
        JournalEntry update;
        update.time = QDateTime::currentDateTimeUtc();
        update.operation = QStringLiteral("update");
        update.success = false;
        update.details = {{QStringLiteral("backup"), QStringLiteral("/var/backups/odoo-deploy/odoo/20261127T100000Z-0123456789ab")},
                          {QStringLiteral("commit"), QStringLiteral("0123456789abcdef0123456789abcdef01234567")}};
        QString error;
        QVERIFY2(StateStore::append(w.model()->profile(), update, &error), qPrintable(error));
        choose(0);
        choose(3);
        QVERIFY(next->isEnabled());
        QVERIFY2(find<QLabel>(&w, "rollbackPoint")->text().contains(QLatin1String("commit 0123456789ab")),
                 qPrintable(find<QLabel>(&w, "rollbackPoint")->text()));
        QVERIFY(titles().first().startsWith(QLatin1String("Roll back to 0123456789ab")));

        // Restore: "latest" is the newest backup in the journal; a path is no name.
        choose(4);
        QVERIFY(next->isEnabled());
        QVERIFY2(titles().first().contains(QLatin1String("20261127T100000Z-0123456789ab")), qPrintable(titles().join(QLatin1Char('|'))));
        retype(find<QLineEdit>(&w, "backupName"), QStringLiteral("../../etc"));
        QVERIFY(!next->isEnabled());
        QVERIFY2(problem->text().contains(QLatin1String("\"../../etc\" is not the name of a backup folder")), qPrintable(problem->text()));
        // The server's list comes on request (tst_e2e_wizard reads a real one).
        QVERIFY(find<QPushButton>(&w, "listBackups")->isVisible());
        QVERIFY(!find<QListWidget>(&w, "serverBackups")->isVisible());

        // Staging: the copy's steps, the note about the shared login cookie (a warning:
        // it may go ahead), and how the copy is made, kept in the profile.
        choose(5);
        QVERIFY(next->isEnabled());
        QVERIFY2(titles().contains(QStringLiteral("Database acme_staging copied from acme while production runs, then neutralised")),
                 qPrintable(titles().join(QLatin1Char('|'))));
        QVERIFY2(problem->text().contains(QLatin1String("login cookie")), qPrintable(problem->text()));
        QVERIFY2(find<QLabel>(&w, "stagingInfo")->text().contains(QLatin1String("https://erp.example.com:8443/")),
                 qPrintable(find<QLabel>(&w, "stagingInfo")->text()));
        find<QCheckBox>(&w, "stagingTemplate")->setChecked(true);
        QCOMPARE(w.model()->profile().staging.copy, StagingCopy::Template);
        QVERIFY2(titles().at(1).contains(QLatin1String("createdb --template")), qPrintable(titles().at(1)));
        test::snapshot(w, "maintain-staging");
        choose(6);
        QVERIFY(next->isEnabled());
        QCOMPARE(titles().size(), 2); // and the firewall's rule for its port, when ufw is on
        QVERIFY(titles().first().startsWith(QLatin1String("Staging copy removed")));

        // Check mode of an update, on to the run page: that operation, nothing else.
        choose(1);
        find<QCheckBox>(&w, "checkOnly")->setChecked(true);
        QCOMPARE(titles().size(), 2); // no checkout, no restart
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w.currentId(), int(DeployWizard::Run));
        QVERIFY2(find<QPushButton>(&w, "startRun")->text().contains(QLatin1String("What an update would change")),
                 qPrintable(find<QPushButton>(&w, "startRun")->text()));
        QVERIFY(!find<QPushButton>(&w, "deploy")->isVisible());
        QCOMPARE(find<QListWidget>(w.currentPage(), "steps")->count(), 2);
        // Back to the start and on through the deployment: the run page is the deployment's again.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(DeployWizard::Start));
        auto *run = qobject_cast<QWizardPage *>(w.page(DeployWizard::Run));
        run->initializePage();
        QVERIFY(find<QPushButton>(run, "startRun")->text().contains(QLatin1String("Check the")));
        qunsetenv("XDG_DATA_HOME");
    }

    void languageSwitchesInTheWindowAndIsRemembered()
    {
        WizardHost host;
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(host.wizard()));
        retype(find<QLineEdit>(host.wizard(), "profileName"), QStringLiteral("production"));
        QVERIFY(host.model()->isDirty());
        const QRect where = host.wizard()->geometry();
        auto choose = [&host](const QString &code) {
            QPointer<DeployWizard> old = host.wizard();
            auto *box = find<QComboBox>(old, "language");
            box->setFocus();
            // By keyboard, as a user would: Home, then Down until the language is current.
            QTest::keyClick(box, Qt::Key_Home);
            for (int i = 0; i < box->count() && box->currentData().toString() != code; ++i)
                QTest::keyClick(box, Qt::Key_Down);
            QCOMPARE(box->currentData().toString(), code);
            QTRY_VERIFY(old.isNull()); // replaced, the old window gone
            QVERIFY(QTest::qWaitForWindowExposed(host.wizard()));
        };
        auto *box = find<QComboBox>(host.wizard(), "language");
        QCOMPARE(box->currentData().toString(), QString()); // the system's, until chosen
        QCOMPARE(box->itemText(2), QStringLiteral("简体中文"));
        bool labelled = false; // a screen reader reads the label with the box
        for (QLabel *label : host.wizard()->findChildren<QLabel *>())
            labelled = labelled || label->buddy() == box;
        QVERIFY(labelled);

        choose(QStringLiteral("zh_CN"));
        DeployWizard *zh = host.wizard();
        const QString welcome = zh->currentPage()->title();
        QVERIFY2(welcome != QLatin1String("Welcome") && welcome.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(welcome));
        QVERIFY2(zh->windowTitle().contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(zh->windowTitle()));
        // Nothing lost: the typed name, the unsaved mark, the place on screen.
        QCOMPARE(find<QLineEdit>(zh, "profileName")->text(), QStringLiteral("production"));
        QVERIFY(host.model()->isDirty() && zh->isWindowModified());
        QCOMPARE(zh->geometry(), where);
        QCOMPARE(find<QComboBox>(zh, "language")->currentData().toString(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN")); // for the next start
        QCOMPARE(Translations::chosen(), QStringLiteral("zh_CN"));
        // The new wizard works like the first: on to the server page, in Chinese.
        QTest::mouseClick(zh->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(zh->currentId(), int(DeployWizard::Server));
        QVERIFY(zh->currentPage()->title() != QLatin1String("Server"));
        zh->back();

        choose(QStringLiteral("en"));
        QCOMPARE(host.wizard()->currentPage()->title(), QStringLiteral("Welcome"));
        QCOMPARE(find<QLineEdit>(host.wizard(), "profileName")->text(), QStringLiteral("production"));
        QCOMPARE(Translations::chosen(), QStringLiteral("en"));
        // Back to the system's language: the choice is forgotten.
        choose(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QCOMPARE(host.wizard()->currentPage()->title(), QStringLiteral("Welcome")); // the tests' system speaks English
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
