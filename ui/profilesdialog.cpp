#include "profilesdialog.h"

#include "local/localservers.h"
#include "profileeditor.h"
#include "settings/serverdirectory.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ServerDirectory *directory, LocalServers *localServers, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_localServers(localServers)
    , m_list(new QListView(this))
    , m_editor(new ProfileEditor(directory, localServers, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Server profiles"));
    m_list->setModel(m_directory->profiles());
    m_list->setAccessibleName(tr("Server profiles"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(180);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);
    resize(900, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (m_editor->isModified() && !m_editor->save())
            return;
        selectProfile(m_directory->profiles()->duplicate(selectedId()));
    });
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_editor, &ProfileEditor::useRequested, this, &ProfilesDialog::useRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                onCurrentChanged(current.data(ProfileModel::IdRole).toString());
            });
    connect(m_directory->profiles(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_directory->profiles()->find(m_editor->profileId()))
            onCurrentChanged(selectedId());
    });
    selectProfile(m_directory->activeProfileId());
    updateButtons();
}

QString ProfilesDialog::selectedId() const
{
    return m_list->currentIndex().data(ProfileModel::IdRole).toString();
}

void ProfilesDialog::selectProfile(const QString &id)
{
    const int row = m_directory->profiles()->rowOf(id);
    m_list->setCurrentIndex(row < 0 ? QModelIndex() : m_directory->profiles()->index(row));
    if (row < 0)
        onCurrentChanged({});
}

QString ProfilesDialog::addProfile()
{
    if (m_editor->isModified() && !m_editor->save())
        return {};
    ServerProfile profile;
    profile.name = tr("New server");
    const QString id = m_directory->profiles()->add(profile);
    selectProfile(id);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    return id;
}

void ProfilesDialog::onCurrentChanged(const QString &id)
{
    if (m_reselecting || id == m_editor->profileId())
        return;
    if (m_editor->isModified() && m_directory->profiles()->find(m_editor->profileId()) && !m_editor->save()) {
        // Keep the user on the profile whose changes could not be saved.
        m_reselecting = true;
        m_list->setCurrentIndex(
            m_directory->profiles()->index(m_directory->profiles()->rowOf(m_editor->profileId())));
        m_reselecting = false;
        return;
    }
    m_editor->setProfile(id);
    updateButtons();
}

void ProfilesDialog::deleteSelected()
{
    const QString id = selectedId();
    const ServerProfile *profile = m_directory->profiles()->find(id);
    if (!profile)
        return;
    if (m_confirmDeletion) {
        const auto answer = QMessageBox::question(
            this, tr("Delete the profile?"),
            tr("Delete \"%1\" and its API key? Conversations that used it keep their text but will ask for "
               "another server.")
                .arg(profile->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_localServers->remove(id);
    m_editor->setProfile({}); // its unsaved changes go with it
    m_directory->removeProfile(id);
    onCurrentChanged(selectedId());
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
}
