#include "tokenbudget.h"

#include "api/vllmclient.h"

#include <QJsonDocument>

namespace {

// What identifies a request for counting: its body without the stream fields.
QByteArray keyOf(const ChatRequest &request)
{
    ChatRequest copy = request;
    copy.stream = false;
    return QJsonDocument(copy.toJson()).toJson(QJsonDocument::Compact);
}

bool isCountable(const ChatRequest &request)
{
    if (request.model.isEmpty())
        return false;
    for (const ChatMessage &message : request.messages) {
        if (message.role == QLatin1String("user") && !message.content.trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

TokenBudget::TokenBudget(VllmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &TokenBudget::settle);
    connect(client, &VllmClient::serverChanged, this, [this] {
        ++m_generation; // answers from the old server are dropped
        m_inFlightKey.clear();
        m_countedKey.clear();
        m_unsupported = false;
        m_count = -1;
        m_maxModelLen = -1;
        m_fallbackMaxModelLen = -1;
        setState(State::Idle);
        invalidate();
    });
}

qint64 TokenBudget::reservedOutput(const ChatRequest &request)
{
    for (const char *field : {"max_completion_tokens", "max_tokens"}) {
        const qint64 value = request.params.value(QLatin1String(field)).toInteger(-1);
        if (value > 0)
            return value;
    }
    return 1;
}

void TokenBudget::setSource(RequestSource source)
{
    m_source = std::move(source);
    invalidate();
}

void TokenBudget::invalidate()
{
    if (!m_source || m_unsupported)
        return;
    if (m_state == State::Known)
        setState(State::Counting);
    m_settle.start();
}

void TokenBudget::setFallbackMaxModelLen(qint64 maxModelLen)
{
    if (maxModelLen == m_fallbackMaxModelLen)
        return;
    m_fallbackMaxModelLen = maxModelLen;
    emit changed();
}

void TokenBudget::settle()
{
    if (!m_source || m_unsupported)
        return;
    const ChatRequest request = m_source();
    if (!isCountable(request)) {
        m_countedKey.clear();
        setState(State::Idle);
        return;
    }
    const QByteArray key = keyOf(request);
    if (key == m_countedKey) {
        setState(State::Known);
        return;
    }
    if (!m_inFlightKey.isEmpty()) {
        if (key != m_inFlightKey)
            m_settle.start(); // one at a time: look again once this one is answered
        return;
    }
    setState(State::Counting);
    count(request, key);
}

void TokenBudget::count(const ChatRequest &request, const QByteArray &key)
{
    m_inFlightKey = key;
    const quint64 generation = m_generation;
    const qint64 reserved = reservedOutput(request);
    m_client->tokenize(
        request, this, [this, generation, key, reserved](const TokenCount &tokens, const ApiError &error) {
            if (generation != m_generation)
                return;
            m_inFlightKey.clear();
            if (error.isError()) {
                const bool missing =
                    error.kind == ApiError::Kind::MalformedResponse ||
                    (error.kind == ApiError::Kind::Http &&
                     (error.httpStatus == 404 || error.httpStatus == 405 || error.httpStatus == 501));
                m_unsupported = missing;
                m_countedKey.clear();
                setState(missing ? State::Unsupported : State::Failed);
                return;
            }
            m_count = tokens.count;
            m_reserved = reserved;
            if (tokens.maxModelLen > 0)
                m_maxModelLen = tokens.maxModelLen;
            m_countedKey = key;
            const bool wasKnown = m_state == State::Known;
            setState(State::Known);
            if (wasKnown)
                emit changed();
            if (m_settle.isActive())
                return; // more typing: settle() counts the newer text
            // Something changed while this was counted: look once more.
            m_settle.start();
        });
}

bool TokenBudget::isFor(const ChatRequest &request) const
{
    return m_state == State::Known && !m_countedKey.isEmpty() && keyOf(request) == m_countedKey;
}

bool TokenBudget::cannotFit(const ChatRequest &request) const
{
    const qint64 limit = maxModelLen();
    return limit > 0 && m_count >= 0 && isFor(request) && m_count + reservedOutput(request) > limit;
}

void TokenBudget::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit changed();
}
