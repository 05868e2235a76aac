#pragma once

#include "requestbody.h"

#include <QFile>
#include <QIODevice>

// A request body that encodes its files to base64 as it is read. Random access with a known
// size, so QNetworkAccessManager streams it in small reads instead of buffering it, and can
// rewind it (seek(0)) to send it again after a redirect or a lost keep-alive connection. At most
// one read's worth of any file is in memory at a time.
class StreamedBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamedBody)

public:
    explicit StreamedBody(QList<BodySegment> segments, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Copies up to maxSize bytes of segment `index` from `offset` within it; -1 on a read error.
    qint64 readSegment(qsizetype index, qint64 offset, char *data, qint64 maxSize);

    QList<BodySegment> m_segments;
    QList<qint64> m_starts; // where each segment begins in the body
    qint64 m_size = 0;
    QFile m_file; // the file segment last read from, kept open between reads
};
