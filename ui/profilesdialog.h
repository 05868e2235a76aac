#pragma once

#include <QDialog>

class LocalServers;
class ProfileEditor;
class QListView;
class QPushButton;
class ServerDirectory;

// The server profiles: the list on the left (add, duplicate, delete), the selected profile's
// editor on the right. Not modal: it can stay open beside the chat (to watch a local server's
// log). Unsaved changes are saved when another profile is selected; when they cannot be (an
// invalid address), the selection stays and the editor says why.
class ProfilesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    ProfilesDialog(ServerDirectory *directory, LocalServers *localServers, QWidget *parent = nullptr);

    void selectProfile(const QString &id);
    // Adds "New server" (localhost:8000) and selects it with its name ready to type.
    QString addProfile();
    QString selectedId() const;

    QListView *list() const { return m_list; }
    ProfileEditor *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *deleteButton() const { return m_delete; }

    // Deleting asks first; tests (and scripted use) may turn that off.
    void setConfirmDeletion(bool confirm) { m_confirmDeletion = confirm; }

signals:
    void useRequested(const QString &id);

private:
    void onCurrentChanged(const QString &id);
    void deleteSelected();
    void updateButtons();

    ServerDirectory *m_directory;
    LocalServers *m_localServers;
    QListView *m_list;
    ProfileEditor *m_editor;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    bool m_confirmDeletion = true;
    bool m_reselecting = false;
};
