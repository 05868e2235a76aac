#include "logprobblob.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>

namespace {

constexpr quint32 kMagic = 0x4c514c50; // "LQLP"
constexpr quint8 kVersion = 1;
constexpr int kCompression = 6;

void writeString(QDataStream &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out << static_cast<quint32>(utf8.size());
    out.writeRawData(utf8.constData(), static_cast<int>(utf8.size()));
}

bool readString(QDataStream &in, QString &text)
{
    quint32 size = 0;
    in >> size;
    if (in.status() != QDataStream::Ok || size > (1u << 24))
        return false;
    QByteArray utf8(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (in.readRawData(utf8.data(), static_cast<int>(size)) != static_cast<int>(size))
        return false;
    text = QString::fromUtf8(utf8);
    return true;
}

} // namespace

QByteArray LogprobBlob::encode(const TokenLogprobList &tokens)
{
    if (tokens.isEmpty())
        return {};
    QByteArray raw;
    {
        QDataStream out(&raw, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << kMagic << kVersion << static_cast<quint32>(tokens.size());
        for (const TokenLogprob &token : tokens) {
            writeString(out, token.token);
            out << token.logprob << static_cast<quint8>(std::min<qsizetype>(token.top.size(), 255));
            for (qsizetype i = 0; i < std::min<qsizetype>(token.top.size(), 255); ++i) {
                writeString(out, token.top.at(i).token);
                out << token.top.at(i).logprob;
            }
        }
    }
    return qCompress(raw, kCompression);
}

TokenLogprobList LogprobBlob::decode(const QByteArray &blob)
{
    if (blob.isEmpty())
        return {};
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint8 version = 0;
    quint32 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion)
        return {};
    TokenLogprobList tokens;
    // Each token takes at least 13 bytes: a count the data cannot hold is a damaged blob.
    tokens.reserve(std::min<qsizetype>(count, raw.size() / 13));
    for (quint32 i = 0; i < count; ++i) {
        TokenLogprob token;
        double logprob = 0;
        quint8 tops = 0;
        if (!readString(in, token.token))
            return {};
        in >> logprob >> tops;
        token.logprob = logprob;
        for (quint8 t = 0; t < tops; ++t) {
            TopLogprob top;
            double value = 0;
            if (!readString(in, top.token))
                return {};
            in >> value;
            top.logprob = value;
            token.top.append(top);
        }
        if (in.status() != QDataStream::Ok)
            return {};
        tokens.append(std::move(token));
    }
    return tokens;
}
