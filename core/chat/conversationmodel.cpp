#include "conversationmodel.h"

#include <QUuid>

namespace {
// Ids only need to be unique while the process runs: view caches key on them.
quint64 nextMessageId()
{
    static quint64 counter = 0;
    return ++counter;
}
} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case RoleRole:
        return m.role;
    case ReasoningRole:
        return m.reasoning;
    case StateRole:
        return static_cast<int>(m.state);
    case ErrorTextRole:
        return m.errorText;
    case RevisionRole:
        return m.revision;
    case IdRole:
        return m.id;
    case ModelRole:
        return m.model;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {
        {RoleRole, "role"},    {ContentRole, "content"},     {ReasoningRole, "reasoning"},
        {StateRole, "state"},  {ErrorTextRole, "errorText"}, {RevisionRole, "revision"},
        {IdRole, "messageId"}, {ModelRole, "model"},
    };
}

int ConversationModel::rowOfId(quint64 id) const
{
    // Searched from the end: the message asked about is nearly always the streaming one.
    for (qsizetype row = m_messages.size() - 1; row >= 0; --row) {
        if (m_messages.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void ConversationModel::prepare(Message &message)
{
    message.id = nextMessageId();
    if (!message.created.isValid())
        message.created = QDateTime::currentDateTimeUtc();
    if (message.uid.isEmpty())
        message.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int ConversationModel::append(Message message)
{
    const int row = static_cast<int>(m_messages.size());
    prepare(message);
    beginInsertRows({}, row, row);
    m_messages.append(std::move(message));
    endInsertRows();
    return row;
}

void ConversationModel::setMessages(QList<Message> messages)
{
    beginResetModel();
    for (Message &m : messages)
        prepare(m);
    m_messages = std::move(messages);
    endResetModel();
}

void ConversationModel::appendMessages(QList<Message> messages)
{
    if (messages.isEmpty())
        return;
    const int first = static_cast<int>(m_messages.size());
    for (Message &m : messages)
        prepare(m);
    beginInsertRows({}, first, first + static_cast<int>(messages.size()) - 1);
    m_messages.append(std::move(messages));
    endInsertRows();
}

void ConversationModel::update(int row, const std::function<void(Message &)> &change)
{
    if (row < 0 || row >= m_messages.size())
        return;
    Message &m = m_messages[row];
    change(m);
    ++m.revision;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void ConversationModel::removeFrom(int row)
{
    if (row < 0 || row >= m_messages.size())
        return;
    beginRemoveRows({}, row, static_cast<int>(m_messages.size()) - 1);
    m_messages.remove(row, m_messages.size() - row);
    endRemoveRows();
}

void ConversationModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}
