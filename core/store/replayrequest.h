#pragma once

#include "api/chatrequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <functional>

class AsyncStore;

// Turns an answer's recorded request back into one that can be sent again. A request whose
// messages had attachments was recorded with placeholders instead of their data
// (ContentParts::recordPayload); replaying it finds each file in the attachment store beside
// the history (by digest, on the store's thread, never the UI's), so the server gets the same
// bytes as the first time. When a file is gone the request is not made: `error` says which.
class ReplayRequest final {
    Q_DECLARE_TR_FUNCTIONS(ReplayRequest)

public:
    using Done = std::function<void(const ChatRequest &request, const QString &error)>;
    // `done` runs on this thread (at once when there is nothing to look up), unless `context`
    // is destroyed first. `store` may be null only for bodies without attachments.
    static void prepare(AsyncStore *store, const QJsonObject &body, QObject *context, Done done);

    // Writes the body as it would be sent, attachments' data included, to `path` atomically
    // (QSaveFile: a full disk leaves nothing that looks complete). Reads the files as it goes,
    // never whole: call it off the UI thread. False with `error` in one sentence.
    static bool saveFullBody(const ChatRequest &request, const QString &path, QString *error);
};
