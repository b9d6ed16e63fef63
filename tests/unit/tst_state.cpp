#include "ops/Operations.h"
#include "plan/Backup.h"
#include "profile/DeploymentState.h"
#include "profile/ProfileJson.h"
#include "profile/Validation.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The deployment state apart from the profile: where it lives, the journal's round
// trip, what a damaged or newer file does (left alone, said), and the backup settings.
class TestState : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); }

    void livesInTheDataFolderByKeychainId()
    {
        const DeploymentProfile p = test::testProfile();
        QCOMPARE(StateStore::pathFor(p), m_data.filePath(QStringLiteral("odoo-deploy/state/%1.json").arg(p.keychainId)));
    }

    void journalRoundTrip()
    {
        DeploymentProfile p = test::testProfile();
        p.keychainId = QStringLiteral("11111111-0000-4000-8000-000000000000");
        DeploymentState empty;
        QString error;
        QVERIFY(StateStore::load(p, &empty, &error)); // no file yet: empty, not an error
        QVERIFY(empty.journal.isEmpty());

        JournalEntry deploy{QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC), QStringLiteral("deploy"),
                            QStringLiteral("erp.example.com"), true, {}};
        JournalEntry failed = deploy;
        failed.operation = QStringLiteral("backup");
        failed.success = false;
        JournalEntry backup = failed;
        backup.success = true;
        backup.time = backup.time.addSecs(60);
        backup.details = {{QStringLiteral("backup"), QStringLiteral("/var/backups/odoo-deploy/odoo/x")}, {QStringLiteral("commit"), QStringLiteral("abc")}};
        for (const JournalEntry &e : {deploy, backup, failed})
            QVERIFY2(StateStore::append(p, e, &error), qPrintable(error));

        DeploymentState state;
        QVERIFY(StateStore::load(p, &state, &error));
        QCOMPARE(state.journal.size(), 3);
        QCOMPARE(state.journal.at(1).time, backup.time);
        QCOMPARE(state.journal.at(1).details, backup.details);
        // The newest that worked, not the newest.
        QVERIFY(state.last(QStringLiteral("backup")));
        QCOMPARE(state.last(QStringLiteral("backup"))->details.value(QStringLiteral("commit")).toString(), QStringLiteral("abc"));
        QVERIFY(!state.last(QStringLiteral("restore")));
        // No secret can be in it: the profile's hash is not written either.
        QFile file(StateStore::pathFor(p));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pbkdf2"));
    }

    void damagedOrNewerStateIsLeftAlone()
    {
        DeploymentProfile p = test::testProfile();
        p.keychainId = QStringLiteral("22222222-0000-4000-8000-000000000000");
        QDir().mkpath(QFileInfo(StateStore::pathFor(p)).absolutePath());
        for (const QByteArray &content : {QByteArray("{not json"), QByteArray("{\"schema\": 99, \"journal\": []}")}) {
            QFile file(StateStore::pathFor(p));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            QString error;
            QVERIFY(!StateStore::append(p, {QDateTime::currentDateTimeUtc(), QStringLiteral("deploy"), {}, true, {}}, &error));
            QVERIFY2(error.contains(StateStore::pathFor(p)), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content); // nothing lost
            file.close();
        }
    }

    void backupKeepIsValidatedAndSaved()
    {
        DeploymentProfile p = test::testProfile();
        QCOMPARE(p.backup.keep, 7);
        for (int bad : {0, -1, 366}) {
            p.backup.keep = bad;
            const FieldIssues issues = Validation::validate(p);
            QCOMPARE(issues.value(0).field, QStringLiteral("backup.keep"));
            QVERIFY(issues.value(0).message.contains(QLatin1String("between 1 and 365")));
        }
        p.backup.keep = 30;
        QVERIFY(Validation::validate(p).isEmpty());
        const ProfileLoadResult back = ProfileJson::fromBytes(ProfileJson::toBytes(p));
        QVERIFY(back.ok);
        QCOMPARE(back.profile.backup.keep, 30);
        // A wrongly typed count is refused with the field's name.
        QByteArray json = ProfileJson::toBytes(p);
        json.replace("\"keep\": 30", "\"keep\": \"many\"");
        const ProfileLoadResult wrong = ProfileJson::fromBytes(json);
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.error.contains(QLatin1String("backup.keep")), qPrintable(wrong.error));
    }

    void onlyBackupFolderNamesAreAccepted()
    {
        QVERIFY(Backup::isBackupName(QStringLiteral("20261127T154500Z-0123456789ab")));
        QVERIFY(Backup::isBackupName(QStringLiteral("20261127T154500Z-unknown")));
        for (const char *bad : {"latest", "../20261127T154500Z-0123456789ab", "20261127T154500Z-0123456789ab/../../etc",
                                "20261127T154500Z-", "20261127T154500Z-ab cd", "20261127T154500Z-ab\n", "/var/backups/x", ""})
            QVERIFY2(!Backup::isBackupName(QString::fromLatin1(bad)), bad);
        // Refused before anything runs, with the name in the reason.
        const RestoreOperation restore(QStringLiteral("../../etc"), false, false);
        const QList<Requirement> reasons = restore.requirements(test::testProfile(), {});
        QCOMPARE(reasons.size(), 1);
        QVERIFY(reasons.first().mandatory);
        QVERIFY(reasons.first().text.contains(QLatin1String("../../etc")));
    }

    void backupOutputIsRead()
    {
        const Backup::Written w = Backup::parse(QStringLiteral("noise\nbackup=/var/backups/odoo-deploy/odoo/20261127T100000Z-0123456789ab\n"
                                                               "commit=0123456789abcdef\nsize=12M\nremoved the old backup /x\n"));
        QCOMPARE(w.folder, QStringLiteral("/var/backups/odoo-deploy/odoo/20261127T100000Z-0123456789ab"));
        QCOMPARE(w.commit, QStringLiteral("0123456789abcdef"));
        QCOMPARE(w.size, QStringLiteral("12M"));
        QVERIFY(Backup::parse(QStringLiteral("A backup needs about 9 MiB")).folder.isEmpty());
    }

    void backupListIsRead()
    {
        // list-backups.sh's lines; anything that names no backup folder is left out.
        const QList<Backup::Listed> listed = Backup::parseList(QStringLiteral(
            "20261127T100000Z-0123456789ab acme 0123456789ab 12M\n"
            "warning: something else entirely\n"
            "../../etc acme 0123456789ab 1K\n"
            "20261128T020000Z-unknown other ? 4.0K\n"));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first(), (Backup::Listed{QStringLiteral("20261127T100000Z-0123456789ab"), QStringLiteral("acme"),
                                                 QStringLiteral("0123456789ab"), QStringLiteral("12M")}));
        QCOMPARE(listed.last().database, QStringLiteral("other"));
        QVERIFY(Backup::parseList(QString()).isEmpty());
    }

    void newestBackupIsAnyOperationsBackup()
    {
        // A backup taken by an update (even one that failed after it) is a backup all the same.
        DeploymentState state;
        QVERIFY(state.newestBackup().isEmpty());
        JournalEntry backup, update, deploy;
        backup.operation = QStringLiteral("backup");
        backup.success = true;
        backup.details = {{QStringLiteral("backup"), QStringLiteral("/b/1")}};
        update.operation = QStringLiteral("update");
        update.details = {{QStringLiteral("backup"), QStringLiteral("/b/2")}};
        deploy.operation = QStringLiteral("deploy");
        deploy.success = true;
        state.journal << backup << update << deploy;
        QCOMPARE(state.newestBackup(), QStringLiteral("/b/2"));
    }
};

QTEST_GUILESS_MAIN(TestState)
#include "tst_state.moc"
