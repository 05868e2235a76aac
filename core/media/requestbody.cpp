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
    void file(const Attachment &a) { segments.append(BodySegment{{}, a.filePath, a.bytes}); }

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
            const QByteArray part = compact(ContentParts::media(a, kMarker));
            const qsizetype at = part.indexOf(kEncodedMarker);
            Q_ASSERT(at >= 0);
            literal(part.left(at));
            file(a);
            literal(part.mid(at + kEncodedMarker.size()));
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
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        if (i > 0)
            b.literal(",");
        b.message(request.messages.at(i));
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
