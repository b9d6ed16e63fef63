#include "profile/ProfileJson.h"
#include "profile/Validation.h"

#include "AllScripts.h"
#include "TestProfiles.h"

#include <QCryptographicHash>
#include <QSet>
#include <QtTest>

using namespace odoodeploy;

// Every shell script made from the valid profiles fuzz_profile found (FUZZED_PROFILES:
// the folder it kept them in) passes sh -n and shellcheck, on both init systems.
class TestFuzzedScripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScriptPassesShellcheck()
    {
        const QDir fuzzed(qEnvironmentVariable("FUZZED_PROFILES"));
        const QStringList files = fuzzed.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no fuzzed profiles in \"%1\" (run fuzz_profile first)").arg(fuzzed.path())));
        QTemporaryDir out;
        QStringList paths;
        QSet<QByteArray> seen; // the same script twice is checked once
        int profiles = 0;
        for (const QString &name : files.mid(0, 15)) { // a sample bounds shellcheck's time
            const ProfileLoadResult loaded = ProfileJson::load(fuzzed.filePath(name));
            QVERIFY2(loaded.ok, qPrintable(name + QLatin1String(": ") + loaded.error));
            QVERIFY2(Validation::validate(loaded.profile).isEmpty(), qPrintable(name));
            ++profiles;
            for (const HostFacts::Init init : {HostFacts::Init::Systemd, HostFacts::Init::Sysvinit}) {
                HostFacts facts;
                facts.probed = true;
                facts.init = init;
                const QMap<QString, QString> scripts = test::allScripts(loaded.profile, facts);
                for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
                    const QByteArray digest = QCryptographicHash::hash(it.value().toUtf8(), QCryptographicHash::Sha1);
                    if (seen.contains(digest))
                        continue;
                    seen.insert(digest);
                    const QString path = out.filePath(QStringLiteral("%1.sh").arg(paths.size()));
                    test::writeFile(path, it.value(), QFile::ReadOwner | QFile::WriteOwner);
                    paths << path;
                }
            }
        }
        // sh -n on each in one shell; it names the files that fail.
        const QString eachFile = QStringLiteral("for f in \"$@\"; do sh -n \"$f\" || echo \"$f\"; done");
        const auto syntax = test::run(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), eachFile, QStringLiteral("sh")} + paths, {}, 600000);
        QVERIFY2(syntax.exitCode == 0 && syntax.out.isEmpty(), (syntax.out + syntax.err).left(4000).constData());
        // One shellcheck for all of them: it starts slowly and reads many files fast.
        const auto lint = test::run(QStringLiteral("shellcheck"), QStringList{QStringLiteral("-s"), QStringLiteral("sh")} + paths, {}, 600000);
        QVERIFY2(lint.started, "shellcheck did not start");
        QVERIFY2(lint.exitCode == 0, lint.out.left(4000).constData());
        qInfo("%d fuzzed profiles, %lld scripts: sh -n and shellcheck clean", profiles, qlonglong(paths.size()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzedScripts)
#include "tst_fuzzed_scripts.moc"
