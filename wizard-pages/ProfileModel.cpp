#include "ProfileModel.h"

#include "profile/ProfileJson.h"

namespace odoodeploy {

ProfileModel::ProfileModel(QObject *parent)
    : QObject(parent), m_profile(DeploymentProfile::create())
{
}

void ProfileModel::edit(const std::function<void(DeploymentProfile &)> &change)
{
    const DeploymentProfile before = m_profile;
    change(m_profile);
    if (m_profile == before)
        return;
    setDirty(true);
    Q_EMIT changed();
}

void ProfileModel::setFacts(const HostFacts &facts)
{
    m_facts = facts;
    Q_EMIT factsChanged();
}

void ProfileModel::setHostFacts(const QString &server, const HostFacts &facts)
{
    m_hostFacts.insert(server, facts);
    Q_EMIT factsChanged();
}

void ProfileModel::startNew()
{
    m_profile = DeploymentProfile::create();
    m_path.clear();
    m_facts = {};
    m_hostFacts.clear();
    setDirty(false);
    Q_EMIT replaced();
    Q_EMIT changed();
}

bool ProfileModel::open(const QString &path, QString *error)
{
    const ProfileLoadResult loaded = ProfileJson::load(path);
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    m_profile = loaded.profile;
    m_facts = {};
    m_hostFacts.clear();
    if (m_profile.keychainId.isEmpty())
        m_profile.keychainId = DeploymentProfile::create().keychainId;
    m_path = path;
    setDirty(false);
    Q_EMIT replaced();
    Q_EMIT changed();
    return true;
}

bool ProfileModel::save(const QString &path, QString *error)
{
    if (!ProfileJson::save(m_profile, path, error))
        return false;
    m_path = path;
    setDirty(false);
    return true;
}

void ProfileModel::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

} // namespace odoodeploy
