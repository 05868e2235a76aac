#include "streamedbody.h"

#include <algorithm>
#include <cstring>

namespace {

// Files are read in multiples of three bytes so each read encodes to whole base64 quartets.
constexpr qint64 kReadGroups = 16 * 1024; // 48 KiB of file, 64 KiB of base64 per read at most

} // namespace

StreamedBody::StreamedBody(QList<BodySegment> segments, QObject *parent)
    : QIODevice(parent)
    , m_segments(std::move(segments))
{
    for (const BodySegment &s : std::as_const(m_segments)) {
        m_starts.append(m_size);
        m_size += s.encodedSize();
    }
}

bool StreamedBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    return QIODevice::seek(pos);
}

qint64 StreamedBody::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < m_size) {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), at);
        const qsizetype index = (it - m_starts.cbegin()) - 1;
        const qint64 got = readSegment(index, at - m_starts.at(index), data + done, maxSize - done);
        if (got < 0)
            return done > 0 ? done : -1;
        if (got == 0)
            break;
        done += got;
        at += got;
    }
    return done;
}

qint64 StreamedBody::readSegment(qsizetype index, qint64 offset, char *data, qint64 maxSize)
{
    const BodySegment &s = m_segments.at(index);
    if (!s.isFile()) {
        const qint64 n = std::min<qint64>(maxSize, s.bytes.size() - offset);
        std::memcpy(data, s.bytes.constData() + offset, size_t(n));
        return n;
    }
    if (m_file.fileName() != s.filePath || !m_file.isOpen()) {
        m_file.close();
        m_file.setFileName(s.filePath);
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(m_file.errorString());
            return -1;
        }
    }
    const qint64 group = offset / 4;
    const qint64 skip = offset % 4;
    const qint64 wantedChars = std::min<qint64>(maxSize + skip, s.encodedSize() - group * 4);
    const qint64 groups = std::min<qint64>((wantedChars + 3) / 4, kReadGroups);
    if (!m_file.seek(group * 3)) {
        setErrorString(m_file.errorString());
        return -1;
    }
    const QByteArray raw = m_file.read(groups * 3);
    const qint64 expected = std::min<qint64>(groups * 3, s.fileBytes - group * 3);
    if (raw.size() != expected) {
        // The file shrank or vanished since it was attached: better an error than a corrupt body.
        setErrorString(tr("the attachment %1 could not be read whole").arg(s.filePath));
        return -1;
    }
    const QByteArray encoded = raw.toBase64();
    const qint64 n = std::min<qint64>(maxSize, encoded.size() - skip);
    std::memcpy(data, encoded.constData() + skip, size_t(n));
    return n;
}
