#include "profile/MasterPasswordHash.h"

#include "TestProfiles.h"

#include <QSet>
#include <QtTest>

using namespace odoodeploy;

class TestMasterPassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesIndependentImplementation()
    {
        QByteArray salt;
        for (char c = 0; c < 16; ++c)
            salt.append(c);
        QCOMPARE(MasterPasswordHash::hashWithSalt(QStringLiteral("correct horse battery staple"), salt, 1000),
                 test::kKnownHash);
    }

    void verifies()
    {
        QVERIFY(MasterPasswordHash::verify(QStringLiteral("correct horse battery staple"), test::kKnownHash));
        QVERIFY(!MasterPasswordHash::verify(QStringLiteral("correct horse battery stable"), test::kKnownHash));
        const QString fresh = MasterPasswordHash::hash(QStringLiteral("s3cret"), 2000);
        QVERIFY(MasterPasswordHash::isWellFormed(fresh));
        QVERIFY(MasterPasswordHash::verify(QStringLiteral("s3cret"), fresh));
        QVERIFY(!fresh.contains(QLatin1String("s3cret")));
        // A fresh salt every time.
        QVERIFY(MasterPasswordHash::hash(QStringLiteral("s3cret"), 2000) != fresh);
    }

    void defaultRoundsAreOdoos()
    {
        QVERIFY(MasterPasswordHash::hash(QStringLiteral("x")).startsWith(QLatin1String("$pbkdf2-sha512$600000$")));
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<bool>("valid");
        QTest::newRow("known") << test::kKnownHash << true;
        QTest::newRow("plain text") << "admin" << false;
        QTest::newRow("other algorithm") << QString(test::kKnownHash).replace("sha512", "sha256") << false;
        QTest::newRow("newline") << test::kKnownHash + "\nlist_db = True" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("zero rounds") << QString(test::kKnownHash).replace("$1000$", "$0$") << false;
    }
    void wellFormed()
    {
        QFETCH(QString, hash);
        QFETCH(bool, valid);
        QCOMPARE(MasterPasswordHash::isWellFormed(hash), valid);
    }

    void generatedPasswordsAreStrong()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString pw = MasterPasswordHash::generatePassword();
            QCOMPARE(pw.size(), 24);
            QVERIFY(!pw.contains(QLatin1Char('0')) && !pw.contains(QLatin1Char('O')) && !pw.contains(QLatin1Char('l')));
            for (QChar c : pw)
                QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
            seen.insert(pw);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestMasterPassword)
#include "tst_masterpassword.moc"
