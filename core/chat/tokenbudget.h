#pragma once

#include "api/chatrequest.h"

#include <QObject>
#include <QTimer>

#include <functional>

class VllmClient;

// How many tokens the next request's prompt takes, against the model's context (max_model_len):
// POST /tokenize with the request's messages, so the server's own chat template counts. The
// request comes from a source function, asked only once things settle: kSettleMs after the last
// invalidate() (a keystroke), so typing costs nothing but a timer restart. One request at a time;
// an answer for an older request is not shown. A server without /tokenize's chat form
// (llama.cpp, proxies) is not asked again until the server changes: the budget is then unknown.
class TokenBudget final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBudget)

public:
    static constexpr int kSettleMs = 400;

    enum class State {
        Idle,        // nothing to count (no model, nothing typed)
        Counting,    // waiting for typing to settle, or for the server
        Known,       // count() and maxModelLen() describe the current request
        Unsupported, // this server cannot count a chat prompt
        Failed,      // the server did not answer (down, an error): unknown for now
    };
    Q_ENUM(State)

    using RequestSource = std::function<ChatRequest()>;

    explicit TokenBudget(VllmClient *client, QObject *parent = nullptr);

    // What would be sent now. A request without a model or without any text counts as nothing.
    void setSource(RequestSource source);
    // The request may have changed: count again once it has been unchanged for kSettleMs.
    void invalidate();
    // max_model_len from /v1/models, used when /tokenize does not report it.
    void setFallbackMaxModelLen(qint64 maxModelLen);

    State state() const { return m_state; }
    qint64 count() const { return m_count; }
    qint64 maxModelLen() const { return m_maxModelLen > 0 ? m_maxModelLen : m_fallbackMaxModelLen; }
    // The output tokens the counted request reserves (reservedOutput() of it).
    qint64 reservedCount() const { return m_reserved; }
    // max_completion_tokens / max_tokens when set, else 1 (an answer needs one token at least).
    static qint64 reservedOutput(const ChatRequest &request);
    // Whether the figures are for exactly `request`.
    bool isFor(const ChatRequest &request) const;
    // True only when the figures are for exactly `request` and prompt + reserved output exceed
    // the context (vLLM would refuse it with a 400).
    bool cannotFit(const ChatRequest &request) const;

signals:
    void changed();

private:
    void settle();
    void count(const ChatRequest &request, const QByteArray &key);
    void setState(State state);

    VllmClient *m_client;
    RequestSource m_source;
    QTimer m_settle;
    QByteArray m_countedKey;  // the request the figures are for
    QByteArray m_inFlightKey; // the request being counted
    quint64 m_generation = 0;
    bool m_unsupported = false;
    State m_state = State::Idle;
    qint64 m_count = -1;
    qint64 m_maxModelLen = -1;
    qint64 m_fallbackMaxModelLen = -1;
    qint64 m_reserved = 1;
};
