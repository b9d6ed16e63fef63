// Profile files as a careless or hostile hand might write them. The loader and the
// validation answer every byte string with a result, never a crash; every profile they
// accept renders files and a plan whose syntax no value can break (FuzzSupport.h).
// With FUZZ_VALID_PROFILES=DIR, accepted profiles are also written there, for
// check-fuzzed-profiles.sh to render and run through sh -n and shellcheck.

#include "FuzzSupport.h"
#include "profile/ProfileJson.h"
#include "profile/Validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace odoodeploy;

namespace {

void keep(const QByteArray &bytes)
{
    static const QString dir = qEnvironmentVariable("FUZZ_VALID_PROFILES");
    static int kept = 0;
    if (dir.isEmpty() || kept >= 500)
        return;
    QFile file(QDir(dir).filePath(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()) + QStringLiteral(".json")));
    if (!file.exists() && file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
        ++kept;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProfileLoadResult loaded = ProfileJson::fromBytes(bytes);
    if (!loaded.ok) {
        if (loaded.error.isEmpty())
            fuzz::fail("a refused profile without a message", QString::fromUtf8(bytes));
        return 0;
    }
    if (!Validation::validate(loaded.profile).isEmpty())
        return 0;
    // A saved profile reads back as itself.
    const ProfileLoadResult again = ProfileJson::fromBytes(ProfileJson::toBytes(loaded.profile));
    if (!again.ok || !(again.profile == loaded.profile))
        fuzz::fail("a valid profile does not read back as itself", QString::fromUtf8(bytes));
    for (const HostFacts::Init init : {HostFacts::Init::Systemd, HostFacts::Init::Sysvinit}) {
        HostFacts facts;
        facts.init = init;
        facts.probed = true;
        facts.osId = QStringLiteral("debian");
        facts.osVersion = QStringLiteral("12");
        facts.pythonVersion = QStringLiteral("3.11.2");
        facts.nginxVersion = QStringLiteral("1.22.1");
        fuzz::checkRendered(Generators::renderAll(loaded.profile, facts));
        fuzz::checkPlan(loaded.profile, facts);
    }
    keep(bytes);
    return 0;
}
