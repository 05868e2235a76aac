#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A conversation's record in the store: what the sidebar shows and what reopening it restores.
// Everything a request is built from lives here, so a conversation picks up where it was left.
struct ConversationInfo {
    qint64 id = 0; // the store's row (what loquat-cli takes); 0 until stored
    QString uid;   // stable across processes and exports
    QString title;
    bool titleSet = false; // named by the user: no longer taken from the first message
    QDateTime created;
    QDateTime updated;
    bool pinned = false;
    QString systemPrompt;
    QString profileId; // the server profile it was held with (empty: none, the plain address)
    QString serverUrl; // the OpenAI base URL, ending in /v1
    QString model;
    QJsonObject params; // only the sampling fields set explicitly, under vLLM's names
    QString preset;     // the name of the sampling preset chosen, if any

    bool isStored() const { return id > 0; }
};
