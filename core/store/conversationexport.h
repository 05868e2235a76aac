#pragma once

#include "conversationinfo.h"
#include "storedmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

class ConversationStore;

// Conversations as files. Markdown is for reading (the branch shown, as a transcript). JSON is
// for keeping and moving: "messages" holds the branch in the OpenAI messages format (system
// prompt first), so any OpenAI-compatible tool can replay it; "loquat" holds every version of
// every turn with its metadata (model, state, metrics, the exact request), so importing the
// file gives back the same conversation, and exporting that again gives the same bytes.
// Attachments travel inside the JSON as data: URLs (in "messages" as the content parts a request
// sends, in "loquat" beside each attachment's metadata); an import puts them back into the
// attachment store beside the database. Markdown written to a file gets them in a folder beside
// it (MarkdownExport); printed, it names them only.
class ConversationExport final {
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    static constexpr int kFormatVersion = 1;

    // An attachment's bytes as an export carries them (a data: URL), until an import puts them
    // into the attachment store.
    struct EmbeddedFile {
        QString format;
        QByteArray bytes;
    };

    struct Conversation {
        ConversationInfo info;
        QList<StoredMessage> messages;      // every branch, parents first
        QHash<QString, EmbeddedFile> files; // from an import: sha256 -> the attachment's bytes
    };

    // `files`, when given: each attachment file's relative path beside the Markdown by digest
    // (MarkdownExport), or an empty path for one that could not be copied; without it attachments
    // are named only (a transcript printed to a terminal).
    static QString toMarkdown(const ConversationInfo &info, const QList<Message> &branch,
                              const QHash<QString, QString> *files = nullptr);
    static QJsonObject toJson(const Conversation &conversation);
    // One conversation as an object; several as {"format": "loquat.conversations", ...}.
    static QByteArray toJsonFile(const QList<Conversation> &conversations);
    static QString toMarkdownFile(const QList<std::pair<ConversationInfo, QList<Message>>> &conversations,
                                  const QHash<QString, QString> *files = nullptr);

    // Reads our own files (one or all), an OpenAI request body ({"model", "messages": [...]}) or
    // a bare messages array. Returns an empty list and `error` for anything else.
    static QList<Conversation> fromJson(const QByteArray &json, QString *error);

    // Store helpers: read a conversation for export; insert imported ones (returning their ids).
    static std::optional<Conversation> read(ConversationStore &store, const QString &uid);
    static QList<ConversationInfo> import(ConversationStore &store, const QList<Conversation> &conversations);

    // The bytes of an export file of `uids` (every conversation when empty), Markdown or JSON;
    // nullopt and `error` when the store could not read them.
    static std::optional<QByteArray> render(ConversationStore &store, const QStringList &uids, bool markdown,
                                            QString *error);
    // The conversations `uids` (every one when empty), for export; nullopt and `error` when the
    // store could not read them.
    static std::optional<QList<Conversation>> readAll(ConversationStore &store, const QStringList &uids,
                                                      QString *error);
    // Writes `bytes` to `path` atomically (a full disk leaves any older file as it was).
    static bool save(const QString &path, const QByteArray &bytes, QString *error);

    // The branch that the tree's active flags pick, as ConversationStore::branch would show it.
    static QList<Message> activeBranch(const QList<StoredMessage> &messages);
};
