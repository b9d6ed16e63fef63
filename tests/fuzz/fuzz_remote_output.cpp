// What a server prints is input too: a hostile or broken server may answer the probe,
// the backup list, the certificate and service checks with anything. The parsers answer
// every byte string; what they return stays within what the code after them expects.

#include "FuzzSupport.h"
#include "TestProfiles.h"
#include "health/ServiceHealth.h"
#include "plan/Backup.h"
#include "plan/CertificatePin.h"
#include "plan/HostProbe.h"
#include "profile/HostFactsJson.h"
#include "profile/Validation.h"
#include "profile/WorkerSuggestion.h"
#include "remote/SshSession.h"

using namespace odoodeploy;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString output = QString::fromUtf8(bytes);

    // The probe's facts size the workers and shape the files and the plan.
    const HostFacts facts = HostProbe::parse(output);
    if (facts.cpuCount < 0 || facts.ramBytes < 0 || facts.diskFreeBytes < 0)
        fuzz::fail("negative facts from the probe", output);
    const WorkerSuggestion suggestion = WorkerSizing::suggest(facts.cpuCount, facts.ramBytes);
    DeploymentProfile profile = test::testProfile();
    profile.performance = suggestion.settings;
    if (const FieldIssues issues = Validation::validate(profile); !issues.isEmpty())
        fuzz::fail("the suggested workers and limits are not valid", issues.first().message + QLatin1Char('\n') + output);
    Planner::refusals(profile, facts);
    fuzz::checkRendered(Generators::renderAll(profile, facts));

    // A listed backup's name is used in the next command: only real backup names.
    for (const Backup::Listed &listed : Backup::parseList(output))
        if (!Backup::isBackupName(listed.name))
            fuzz::fail("a listed backup that is not a backup name", listed.name);
    Backup::parse(output);
    Backup::parseRestore(output);

    // The fingerprint read at deploy is written into the profile: a valid one or none.
    profile.web.certificatePin = CertificatePin::parse(output);
    if (!Validation::filtered(Validation::validate(profile), {QStringLiteral("web.certificatePin")}).isEmpty())
        fuzz::fail("a recorded fingerprint the profile would refuse", profile.web.certificatePin);

    // The process group id read from a step's first stderr bytes goes into a kill command.
    QByteArray stderrHead = bytes;
    QByteArray pgid;
    SshSession::takePgidMarker(stderrHead, &pgid);
    for (const char c : pgid)
        if (c < '0' || c > '9')
            fuzz::fail("a process group id that is not a number", QString::fromLatin1(pgid));

    ServiceHealth::parse(output);
    HostFacts fromJson;
    QString error;
    if (!hostFactsFromJson(bytes, &fromJson, &error) && error.isEmpty())
        fuzz::fail("host facts refused without a message", output);
    if (fromJson.cpuCount < 0 || fromJson.ramBytes < 0 || fromJson.diskFreeBytes < 0)
        fuzz::fail("negative host facts from JSON", output);
    return 0;
}
