#pragma once
// The wizard's one model: the profile being edited, where it is saved, and whether
// it has unsaved edits. Pages write into it as the user types; nothing else holds a
// second copy of the values.

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace odoodeploy {

class ProfileModel : public QObject
{
    Q_OBJECT
public:
    explicit ProfileModel(QObject *parent = nullptr);

    const DeploymentProfile &profile() const { return m_profile; }
    QString path() const { return m_path; }
    bool isDirty() const { return m_dirty; }
    // What the last probe of this profile's server found (not saved in the profile).
    const HostFacts &facts() const { return m_facts; }
    void setFacts(const HostFacts &facts);
    // Of a deployment on several servers: what the last look at one of them found.
    HostFacts hostFacts(const QString &server) const { return m_hostFacts.value(server); }
    void setHostFacts(const QString &server, const HostFacts &facts);

    // Changes the profile in place and tells every page.
    void edit(const std::function<void(DeploymentProfile &)> &change);

    void startNew();
    // Loading errors come back as a message; the current profile stays untouched.
    bool open(const QString &path, QString *error);
    bool save(const QString &path, QString *error);

Q_SIGNALS:
    void changed();
    void replaced(); // a new or opened profile: pages reload their widgets
    void dirtyChanged(bool dirty);
    void factsChanged();

private:
    void setDirty(bool dirty);

    DeploymentProfile m_profile;
    QString m_path;
    bool m_dirty = false;
    HostFacts m_facts;
    QHash<QString, HostFacts> m_hostFacts;
};

} // namespace odoodeploy
