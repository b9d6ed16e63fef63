#include "PlanBuilder.h"

#include "base/ServiceManager.h"
#include "render/Generators.h"

namespace odoodeploy {

PlanBuilder::PlanBuilder(const DeploymentProfile &p, const HostFacts &f)
    : profile(p), facts(f), paths(DeploymentPaths::of(p)), initSystem(ServiceManager::chosen(p, f)),
      files(Generators::renderAll(p, [&] {
          // Exactly one service file: the one for the init system the plan uses.
          HostFacts chosen = f;
          chosen.init = initSystem == QLatin1String("systemd") ? HostFacts::Init::Systemd : HostFacts::Init::Sysvinit;
          return chosen;
      }()))
{
}

const RenderedFile *PlanBuilder::rendered(const QString &id) const
{
    for (const RenderedFile &file : files)
        if (file.id == id)
            return &file;
    return nullptr;
}

PlanStep &PlanBuilder::add(const QString &id, const QString &title, const QString &script, const ScriptValues &values)
{
    PlanStep s;
    s.id = id;
    s.title = title;
    s.script = script;
    s.values = {{QStringLiteral("SERVICE"), profile.service.name},
                {QStringLiteral("INIT_SYSTEM"), initSystem},
                {QStringLiteral("ODOO_USER"), profile.odoo.systemUser}};
    s.values += values;
    m_plan.steps << s;
    return m_plan.steps.last();
}

PlanStep &PlanBuilder::addFile(const QString &id, const QString &title, const QString &path, const QByteArray &content,
                               const QString &owner, const QString &group, int mode, After after, bool secret)
{
    const char *afterWord = after == After::RestartOdoo ? "restart" : after == After::ReloadNginx ? "reload" : "nothing";
    // Every file in these folders is read (logrotate, cron, certbot's hooks): a copy
    // beside the file would count twice.
    const bool wholeFolderRead = path.startsWith(QLatin1String("/etc/logrotate.d/")) || path.startsWith(QLatin1String("/etc/cron.d/"))
                                 || path.startsWith(QLatin1String("/etc/letsencrypt/renewal-hooks/"));
    PlanStep &s = add(id, title, QStringLiteral("file"),
                      {{QStringLiteral("TARGET"), path},
                       {QStringLiteral("OWNER"), owner},
                       {QStringLiteral("GROUP"), group},
                       {QStringLiteral("MODE"), QString::number(mode, 8)},
                       {QStringLiteral("AFTER"), QString::fromLatin1(afterWord)},
                       {QStringLiteral("SHOW_DIFF"), secret ? QStringLiteral("no") : QStringLiteral("yes")},
                       {QStringLiteral("BACKUP_TO"), wholeFolderRead ? paths.replacedFiles : QString()}});
    s.input = content;
    s.remotePath = path;
    return s;
}

} // namespace odoodeploy
