#include "requestbody.h"

#include "contentparts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Stands for the base64 in a media part's JSON while it is cut in two. The part's JSON holds
// only the type, MIME type and format (never user text), so the marker cannot collide.
const QString kMarker = QStringLiteral("\x01");
const QByteArray kEncodedMarker = QByteArrayLiteral("\\u0001");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `{"a":1}` plus key and raw JSON value → `{"a":1,"key":value`, left open for the value's end.
void openKey(QByteArray &out, const QJsonObject &rest, const char *key)
{
    QByteArray head = compact(rest);
    head.chop(1); // the closing brace
    out += head;
    if (!rest.isEmpty())
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

class Builder {
public:
    QList<BodySegment> segments;

    void literal(const QByteArray &bytes)
    {
        if (!segments.isEmpty() && !segments.last().isFile())
            segments.last().bytes += bytes;
        else
            segments.append(BodySegment{bytes, {}, 0});
    }
    // A part with its payload cut out around `file`.
    void splitPart(const QJsonObject &part, const QString &path, qint64 bytes)
    {
        const QByteArray json = compact(part);
        const qsizetype at = json.indexOf(kEncodedMarker);
        Q_ASSERT(at >= 0);
        literal(json.left(at));
        segments.append(BodySegment{{}, path, bytes});
        literal(json.mid(at + kEncodedMarker.size()));
    }

    // A recorded message (a replay): every part that stands for a stored file gets its bytes.
    void rawMessage(const QJsonObject &m, const QHash<QString, QString> &files)
    {
        const QJsonArray parts = m.value(QLatin1String("content")).toArray();
        bool any = false;
        for (const QJsonValue &part : parts)
            any = any || ContentParts::recordedFile(part.toObject()).has_value();
        if (!any) {
            literal(compact(m));
            return;
        }
        QJsonObject rest = m;
        rest.remove(QLatin1String("content"));
        QByteArray head;
        openKey(head, rest, "content");
        head += '[';
        literal(head);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                literal(",");
            const QJsonObject part = parts.at(i).toObject();
            const auto recorded = ContentParts::recordedFile(part);
            if (recorded && files.contains(recorded->sha256))
                splitPart(ContentParts::withPayload(part, kMarker), files.value(recorded->sha256),
                          recorded->bytes);
            else
                literal(compact(part));
        }
        literal("]}");
    }

    void message(const ChatMessage &m)
    {
        if (m.attachments.isEmpty()) {
            literal(compact(m.toJson()));
            return;
        }
        QJsonObject rest = m.toJson();
        rest.remove(QLatin1String("content"));
        QByteArray head;
        openKey(head, rest, "content");
        head += '[';
        literal(head);
        bool first = true;
        for (const Attachment &a : m.attachments) {
            if (!first)
                literal(",");
            first = false;
            if (a.isReference()) {
                literal(compact(ContentParts::media(a, {})));
                continue;
            }
            splitPart(ContentParts::media(a, kMarker), a.filePath, a.bytes);
        }
        if (!m.content.isEmpty()) {
            if (!first)
                literal(",");
            literal(compact(ContentParts::text(m.content)));
        }
        literal("]}");
    }
};

} // namespace

qint64 BodySegment::encodedSize() const
{
    return isFile() ? (fileBytes + 2) / 3 * 4 : bytes.size();
}

bool RequestBody::hasFiles(const ChatRequest &request)
{
    if (!request.rawMessages.isEmpty())
        return !request.rawFiles.isEmpty();
    for (const ChatMessage &m : request.messages) {
        for (const Attachment &a : m.attachments) {
            if (!a.isReference())
                return true;
        }
    }
    return false;
}

QList<BodySegment> RequestBody::segments(const ChatRequest &request)
{
    QJsonObject rest = request.toJson();
    rest.remove(QLatin1String("messages"));
    Builder b;
    QByteArray head;
    openKey(head, rest, "messages");
    head += '[';
    b.literal(head);
    if (!request.rawMessages.isEmpty()) {
        for (qsizetype i = 0; i < request.rawMessages.size(); ++i) {
            if (i > 0)
                b.literal(",");
            b.rawMessage(request.rawMessages.at(i).toObject(), request.rawFiles);
        }
    } else {
        for (qsizetype i = 0; i < request.messages.size(); ++i) {
            if (i > 0)
                b.literal(",");
            b.message(request.messages.at(i));
        }
    }
    b.literal("]}");
    return b.segments;
}

QByteArray RequestBody::assemble(const QList<BodySegment> &segments)
{
    QByteArray out;
    for (const BodySegment &s : segments) {
        if (!s.isFile()) {
            out += s.bytes;
            continue;
        }
        QFile file(s.filePath);
        if (file.open(QIODevice::ReadOnly))
            out += file.readAll().toBase64();
    }
    return out;
}

QString RequestBody::checkFiles(const ChatRequest &request)
{
    for (const QJsonValue &message : request.rawMessages) {
        for (const QJsonValue &part : message.toObject().value(QLatin1String("content")).toArray()) {
            const auto recorded = ContentParts::recordedFile(part.toObject());
            if (!recorded || !request.rawFiles.contains(recorded->sha256))
                continue;
            const QFileInfo info(request.rawFiles.value(recorded->sha256));
            if (!info.isFile() || info.size() != recorded->bytes)
                return QCoreApplication::translate("RequestBody",
                                                   "the attachment %1 is no longer stored at %2")
                    .arg(recorded->sha256.left(12), info.filePath());
        }
    }
    for (const ChatMessage &m : request.messages) {
        for (const Attachment &a : m.attachments) {
            if (a.isReference())
                continue;
            const QFileInfo info(a.filePath);
            if (!info.isFile() || info.size() != a.bytes)
                return QCoreApplication::translate("RequestBody",
                                                   "the attachment “%1” is no longer stored at %2")
                    .arg(a.name, a.filePath);
        }
    }
    return {};
}
