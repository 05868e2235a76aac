#pragma once

#include "profilestore.h"
#include "serverprofile.h"

#include <QAbstractListModel>

class QSettings;

// The user's server profiles, in order, and which one is active: the list every server picker
// shows (a QComboBox or QListView can use it directly; DisplayRole is the name, IdRole the id)
// and the one place profiles are added, changed and removed. Every change is saved to the
// settings it was given at once (QSettings writes the file in the background of the event loop).
class ProfileModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BaseUrlRole,      // QUrl
        DefaultModelRole, // QString
        ActiveRole,       // bool
    };

    // Loads from `settings` (not owned; must outlive the model). nullptr keeps profiles in
    // memory only (tests, throw-away runs).
    explicit ProfileModel(QSettings *settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<ServerProfile> &profiles() const { return m_profiles; }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    // nullptr when there is no such profile. The pointer is valid until the next change.
    const ServerProfile *find(const QString &id) const;
    const ServerProfile *findByName(const QString &name) const; // case-insensitive
    int rowOf(const QString &id) const;                         // -1 when absent
    QString idAt(int row) const;

    // Adds the profile (a new id when it has none or a taken one; a unique name) and returns its
    // id; the first profile becomes the active one.
    QString add(ServerProfile profile);
    // Replaces the profile with the same id; false when there is none or the name is taken.
    bool update(const ServerProfile &profile);
    // A copy named "<name> (copy)" right after the original; returns the new id ("" if none).
    QString duplicate(const QString &id);
    // Removes it; when it was active, the next one (or none) becomes active.
    bool remove(const QString &id);

    QString activeId() const { return m_activeId; }
    const ServerProfile *active() const { return find(m_activeId); }
    bool setActiveId(const QString &id);

    // `base`, or "base (2)", "base (3)"... whichever no other profile (but `exceptId`) uses.
    QString uniqueName(const QString &base, const QString &exceptId = {}) const;

signals:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id); // any field changed
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id); // "" when no profile is left

private:
    void save();

    QSettings *m_settings;
    QList<ServerProfile> m_profiles;
    QString m_activeId;
};
