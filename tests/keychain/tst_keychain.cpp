#include "profile/ProfileJson.h"
#include "secrets/KeychainSecretStore.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// Against a real Secret Service: ctest starts this under dbus-run-session with an
// unlocked gnome-keyring (label keychain). The second ctest entry runs it with no
// session bus at all, where the store must say that there is no keychain.
class TestKeychain : public QObject
{
    Q_OBJECT
    KeychainSecretStore m_store{nullptr, 15000};
    const bool m_expectNone = qEnvironmentVariableIntValue("ODOO_DEPLOY_EXPECT_NO_KEYCHAIN") == 1;

    SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
    {
        SecretResult result;
        bool done = false;
        start([&](const SecretResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return result;
    }

private Q_SLOTS:
    void roundTrip()
    {
        if (m_expectNone)
            QSKIP("this run has no keychain on purpose");
        const QString key = SecretStore::keyFor(QStringLiteral("test-%1").arg(QCoreApplication::applicationPid()), SecretKind::SshPassword);
        const QString secret = QStringLiteral("pässwörd with spaces 密码 $(id)");
        SecretResult r = wait([&](auto cb) { m_store.write(key, secret, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto cb) { m_store.read(key, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, secret);
        r = wait([&](auto cb) { m_store.remove(key, cb); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto cb) { m_store.read(key, cb); });
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }

    void secretNeverReachesTheProfile()
    {
        if (m_expectNone)
            QSKIP("this run has no keychain on purpose");
        DeploymentProfile p = test::testProfile();
        const QString secret = QStringLiteral("remembered-ssh-password-42");
        const QString key = SecretStore::keyFor(p.keychainId, SecretKind::SshPassword);
        QVERIFY(wait([&](auto cb) { m_store.write(key, secret, cb); }).ok());
        QVERIFY(!ProfileJson::toBytes(p).contains(secret.toUtf8()));
        QVERIFY(ProfileJson::toBytes(p).contains(p.keychainId.toUtf8())); // only the reference
        QVERIFY(wait([&](auto cb) { m_store.remove(key, cb); }).ok());
    }

    void withoutKeychainItSaysSo()
    {
        if (!m_expectNone)
            QSKIP("runs in the no-keychain ctest entry");
        QElapsedTimer clock;
        clock.start();
        const SecretResult r = wait([&](auto cb) { m_store.read(QStringLiteral("odoo-deploy/x/ssh-password"), cb); });
        QCOMPARE(r.status, SecretResult::Status::NoKeychain);
        QVERIFY2(r.message.contains(QLatin1String("asked each time")), qPrintable(r.message));
        QVERIFY(clock.elapsed() < 16000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
