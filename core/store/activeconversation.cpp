#include "activeconversation.h"

#include "api/vllmclient.h"
#include "asyncstore.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "conversationrecorder.h"

#include <QUuid>

namespace {
// Model changes that come from the store are not written back to it.
class Paused {
public:
    explicit Paused(ConversationRecorder *recorder)
        : m_recorder(recorder)
    {
        m_recorder->setPaused(true);
    }
    ~Paused() { m_recorder->setPaused(false); }
    Q_DISABLE_COPY_MOVE(Paused)

private:
    ConversationRecorder *m_recorder;
};

struct Loaded {
    std::optional<ConversationInfo> info;
    QList<Message> branch;
};
} // namespace

ActiveConversation::ActiveConversation(AsyncStore *store, ConversationModel *model, ChatSession *session,
                                       VllmClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
    , m_session(session)
    , m_client(client)
    , m_recorder(new ConversationRecorder(store, model, this))
{
    connect(session, &ChatSession::settingsChanged, this, &ActiveConversation::onSettingsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_recorder, &ConversationRecorder::siblingPlaceKnown, this, &ActiveConversation::onSiblingPlace);
    connect(m_recorder, &ConversationRecorder::written, this, &ActiveConversation::historyChanged);
    startNew();
}

ActiveConversation::~ActiveConversation() = default;

const ConversationInfo &ActiveConversation::info() const
{
    return m_recorder->conversation();
}

bool ActiveConversation::isStored() const
{
    return m_recorder->isStored(info().uid);
}

ConversationInfo ActiveConversation::currentSettings(ConversationInfo info) const
{
    info.systemPrompt = m_session->systemPrompt();
    info.params = m_session->params();
    info.model = m_session->model();
    info.serverUrl = m_client->server().baseUrl.toString();
    info.profileId = m_client->server().profileId;
    return info;
}

void ActiveConversation::startNew()
{
    ++m_openGeneration;
    m_session->stop();
    {
        Paused paused(m_recorder);
        m_model->clear();
    }
    ConversationInfo info;
    info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info = currentSettings(info);
    m_recorder->setConversation(info, false);
    emit started(info);
}

void ActiveConversation::open(const QString &uid)
{
    const quint64 generation = ++m_openGeneration;
    m_session->stop();
    m_recorder->flushNow(); // the stopped answer, written before the store is asked
    m_store->call<Loaded>(
        this,
        [uid](ConversationStore &store) {
            store.markInterrupted();
            Loaded loaded;
            loaded.info = store.conversation(uid);
            if (loaded.info)
                loaded.branch = store.branch(uid);
            return loaded;
        },
        [this, generation](const Loaded &loaded, const StoreError &error) {
            if (generation != m_openGeneration)
                return; // another one was asked for since
            if (!loaded.info) {
                emit failed(error.message);
                return;
            }
            m_restoring = true;
            {
                Paused paused(m_recorder);
                m_model->setMessages(loaded.branch);
            }
            m_recorder->setConversation(*loaded.info, true);
            m_session->setSystemPrompt(loaded.info->systemPrompt);
            m_session->setParams(loaded.info->params);
            m_restoring = false;
            emit opened(*loaded.info);
        });
}

int ActiveConversation::rowOfUid(const QString &uid) const
{
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (m_model->message(row).uid == uid)
            return row;
    }
    return -1;
}

bool ActiveConversation::showSibling(int row, int delta)
{
    if (m_session->isBusy() || row < 0 || row >= m_model->rowCount())
        return false;
    const Message &m = m_model->message(row);
    const int target = m.siblingIndex + delta;
    if (delta == 0 || target < 0 || target >= m.siblingCount)
        return false;
    const QString conversation = info().uid;
    const QString uid = m.uid;
    m_recorder->flushNow();
    m_store->call<QList<Message>>(
        this, [=](ConversationStore &store) { return store.selectSibling(conversation, uid, target); },
        [this, conversation, uid](const QList<Message> &tail, const StoreError &error) {
            const int at = rowOfUid(uid);
            if (conversation != info().uid || at < 0 || m_session->isBusy())
                return; // the view moved on meanwhile
            if (tail.isEmpty()) {
                emit failed(error.message);
                return;
            }
            applyBranchTail(at, tail);
        });
    return true;
}

void ActiveConversation::applyBranchTail(int row, const QList<Message> &tail)
{
    Paused paused(m_recorder);
    m_model->removeFrom(row);
    m_model->appendMessages(tail);
}

bool ActiveConversation::deleteMessage(int row)
{
    if (m_session->isBusy() || row < 0 || row >= m_model->rowCount())
        return false;
    const QString conversation = info().uid;
    const QString uid = m_model->message(row).uid;
    m_recorder->flushNow();
    m_store->call<std::optional<QList<Message>>>(
        this,
        [=](ConversationStore &store) -> std::optional<QList<Message>> {
            if (!store.deleteMessage(uid) && store.lastError().kind != StoreError::Kind::NotFound)
                return std::nullopt;
            return store.branch(conversation);
        },
        [this, conversation](const std::optional<QList<Message>> &branch, const StoreError &error) {
            if (!branch) {
                emit failed(error.message);
                return;
            }
            if (conversation != info().uid)
                return;
            Paused paused(m_recorder);
            m_model->setMessages(*branch);
            emit historyChanged();
        });
    return true;
}

void ActiveConversation::fetchRequest(int row, QObject *context,
                                      std::function<void(const QJsonObject &)> done)
{
    if (row < 0 || row >= m_model->rowCount())
        return done({});
    const Message &m = m_model->message(row);
    if (!m.request.isEmpty())
        return done(m.request);
    const QString uid = m.uid;
    m_recorder->flushNow();
    m_store->call<QJsonObject>(
        context, [uid](ConversationStore &store) { return store.request(uid); },
        [done](const QJsonObject &request, const StoreError &) { done(request); });
}

void ActiveConversation::onSiblingPlace(const QString &uid, int index, int count)
{
    const int row = rowOfUid(uid);
    if (row < 0)
        return;
    Paused paused(m_recorder);
    m_model->update(row, [&](Message &m) {
        m.siblingIndex = index;
        m.siblingCount = count;
    });
}

void ActiveConversation::onSettingsChanged()
{
    if (m_restoring)
        return;
    // The model is left out: the picker changes it whenever a server lacks the stored one;
    // what the user picks is noted by noteModelChosen, what was used with each message.
    ConversationInfo updated = info();
    updated.systemPrompt = m_session->systemPrompt();
    updated.params = m_session->params();
    if (updated.systemPrompt != info().systemPrompt || updated.params != info().params)
        m_recorder->updateConversation(updated);
}

void ActiveConversation::onRowsInserted(int first, int last)
{
    // Sending is using: the settings of that moment become the conversation's.
    if (m_recorder->isPaused())
        return;
    for (int row = first; row <= last; ++row) {
        if (m_model->message(row).role == QLatin1String("user") && !m_restoring) {
            m_recorder->updateConversation(currentSettings(info()));
            return;
        }
    }
}

void ActiveConversation::noteModelChosen(const QString &model)
{
    ConversationInfo updated = info();
    if (model.isEmpty() || updated.model == model)
        return;
    updated.model = model;
    m_recorder->updateConversation(updated);
}

void ActiveConversation::noteServer(const QString &baseUrl)
{
    ConversationInfo updated = info();
    if (updated.serverUrl == baseUrl)
        return;
    updated.serverUrl = baseUrl;
    m_recorder->updateConversation(updated);
}

void ActiveConversation::noteProfile(const QString &profileId)
{
    ConversationInfo updated = info();
    if (updated.profileId == profileId)
        return;
    updated.profileId = profileId;
    m_recorder->updateConversation(updated);
}

void ActiveConversation::notePreset(const QString &preset)
{
    ConversationInfo updated = info();
    if (updated.preset == preset)
        return;
    updated.preset = preset;
    m_recorder->updateConversation(updated);
}
