#include "replayrequest.h"

#include "asyncstore.h"
#include "media/replaymedia.h"
#include "media/streamedbody.h"

#include <QJsonDocument>
#include <QSaveFile>

void ReplayRequest::prepare(AsyncStore *store, const QJsonObject &body, QObject *context, Done done)
{
    ChatRequest request = ChatRequest::fromJson(body);
    if (ReplayMedia::recordedFiles(request.rawMessages).isEmpty())
        return done(request, {});
    if (!store)
        return done({},
                    tr("Not sent: this request's attachments are kept in the history, which is not open."));
    const QJsonArray raw = request.rawMessages;
    store->call<ReplayMedia::Resolution>(
        context,
        [raw](ConversationStore &conversations) {
            return ReplayMedia::resolve(raw, AttachmentStore(conversations.attachmentRoot()));
        },
        [request, done](ReplayMedia::Resolution resolution, const StoreError &) mutable {
            if (!resolution.isComplete())
                return done({}, ReplayMedia::missingMessage(resolution.missing));
            request.rawFiles = resolution.files;
            done(request, {});
        });
}

bool ReplayRequest::saveFullBody(const ChatRequest &request, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = true;
    if (RequestBody::hasFiles(request)) {
        const QString missing = RequestBody::checkFiles(request);
        if (!missing.isEmpty()) {
            file.cancelWriting();
            *error = tr("Not saved: %1.").arg(missing);
            return false;
        }
        StreamedBody body(RequestBody::segments(request));
        body.open(QIODevice::ReadOnly);
        QByteArray chunk;
        while (ok && !body.atEnd()) {
            chunk = body.read(1 << 20);
            ok = !chunk.isEmpty() && file.write(chunk) == chunk.size();
        }
    } else {
        const QByteArray bytes = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        ok = file.write(bytes) == bytes.size();
    }
    if (!ok || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = tr("Not saved: writing %1 failed (%2). Nothing was left behind.").arg(path, reason);
        return false;
    }
    return true;
}
