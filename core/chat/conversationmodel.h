#pragma once

#include "message.h"

#include <QAbstractListModel>
#include <QList>
#include <functional>

// The messages of one conversation, in order. Views read it through the roles or message(); the
// streaming answer changes in place through update(), which emits dataChanged for that row only.
class ConversationModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        RoleRole = Qt::UserRole + 1,
        ContentRole,
        ReasoningRole,
        StateRole, // int(MessageState)
        ErrorTextRole,
        RevisionRole,
        IdRole,
        ModelRole,
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Message &message(int row) const { return m_messages.at(row); }
    const QList<Message> &messages() const { return m_messages; }
    int rowOfId(quint64 id) const; // -1 when absent

    // Appends a message (its id, and a uid and creation time when it has none, are assigned
    // here) and returns its row.
    int append(Message message);
    // Replaces everything with `messages` in one reset (a conversation opened from the store).
    void setMessages(QList<Message> messages);
    // Appends many messages as one insertion (the rest of a branch switched to).
    void appendMessages(QList<Message> messages);
    // Changes one message in place; bumps its revision and emits dataChanged for the row.
    void update(int row, const std::function<void(Message &)> &change);
    void removeFrom(int row); // removes the row and everything after it
    void clear();

private:
    static void prepare(Message &message);

    QList<Message> m_messages;
};
