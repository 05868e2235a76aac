#include "profilemodel.h"

#include <QSettings>

ProfileModel::ProfileModel(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
    if (m_settings) {
        const ProfileStore::Contents contents = ProfileStore::load(*m_settings);
        m_profiles = contents.profiles;
        m_activeId = contents.activeId;
    }
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_profiles.size())
        return {};
    const ServerProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::ToolTipRole:
        return profile.baseUrl.toString();
    case IdRole:
        return profile.id;
    case BaseUrlRole:
        return profile.baseUrl;
    case DefaultModelRole:
        return profile.defaultModel;
    case ActiveRole:
        return profile.id == m_activeId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(DefaultModelRole, "defaultModel");
    names.insert(ActiveRole, "active");
    return names;
}

const ServerProfile *ProfileModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_profiles.at(row);
}

const ServerProfile *ProfileModel::findByName(const QString &name) const
{
    for (const ServerProfile &profile : m_profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

int ProfileModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

QString ProfileModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QString();
}

QString ProfileModel::uniqueName(const QString &base, const QString &exceptId) const
{
    const QString trimmed = base.trimmed().isEmpty() ? tr("Server") : base.trimmed();
    auto taken = [&](const QString &name) {
        const ServerProfile *other = findByName(name);
        return other && other->id != exceptId;
    };
    if (!taken(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString ProfileModel::add(ServerProfile profile)
{
    if (profile.id.isEmpty() || find(profile.id))
        profile.id = ServerProfile::newId();
    profile.name = uniqueName(profile.name);
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    const bool becameActive = m_activeId.isEmpty();
    if (becameActive)
        m_activeId = profile.id;
    save();
    emit profileAdded(profile.id);
    if (becameActive)
        emit activeProfileChanged(m_activeId);
    return profile.id;
}

bool ProfileModel::update(const ServerProfile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0 || uniqueName(profile.name, profile.id) != profile.name.trimmed())
        return false;
    ServerProfile updated = profile;
    updated.name = profile.name.trimmed();
    if (m_profiles.at(row) == updated)
        return true;
    m_profiles[row] = updated;
    save();
    emit dataChanged(index(row), index(row));
    emit profileUpdated(updated.id);
    return true;
}

QString ProfileModel::duplicate(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return {};
    ServerProfile copy = m_profiles.at(row);
    copy.id = ServerProfile::newId();
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    beginInsertRows({}, row + 1, row + 1);
    m_profiles.insert(row + 1, copy);
    endInsertRows();
    save();
    emit profileAdded(copy.id);
    return copy.id;
}

bool ProfileModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    const bool wasActive = m_activeId == id;
    if (wasActive)
        m_activeId = m_profiles.isEmpty() ? QString()
                                          : m_profiles.at(std::min<int>(row, int(m_profiles.size()) - 1)).id;
    save();
    emit profileRemoved(id);
    if (wasActive) {
        if (const int activeRow = rowOf(m_activeId); activeRow >= 0)
            emit dataChanged(index(activeRow), index(activeRow), {ActiveRole});
        emit activeProfileChanged(m_activeId);
    }
    return true;
}

bool ProfileModel::setActiveId(const QString &id)
{
    if (!find(id))
        return false;
    if (id == m_activeId)
        return true;
    const int before = rowOf(m_activeId);
    m_activeId = id;
    save();
    if (before >= 0)
        emit dataChanged(index(before), index(before), {ActiveRole});
    const int after = rowOf(id);
    emit dataChanged(index(after), index(after), {ActiveRole});
    emit activeProfileChanged(id);
    return true;
}

void ProfileModel::save()
{
    if (m_settings)
        ProfileStore::save(*m_settings, {m_profiles, m_activeId});
}
