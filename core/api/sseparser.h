#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// One dispatched server-sent event.
struct SseEvent {
    QByteArray eventType; // value of an `event:` line, empty when none was sent
    QByteArray data;      // the event's `data:` lines joined with '\n'
    // llama.cpp reports failures after the stream started as an `error: {json}` line. A spec-only
    // parser drops unknown fields, which would hide the failure, so such a line is surfaced as an
    // event of its own with this flag set and the line's value in `data`.
    bool isErrorField = false;
};

// Incremental parser for text/event-stream (WHATWG HTML §9.2). Bytes may arrive split anywhere:
// inside a line, inside a UTF-8 character, inside "[DONE]"; lines end in LF, CRLF or CR (a CR at the
// end of one chunk followed by LF at the start of the next is one line end). Data is kept as bytes
// and only complete events are handed out, so a split UTF-8 character is never decoded half-way.
// Not a QObject: a plain value type, cheap enough for the per-token path.
class SseParser final {
public:
    // Parses `bytes` and appends every event completed by them to `out`.
    void feed(QByteArrayView bytes, QList<SseEvent> &out);
    // The stream ended. Returns true when it ended in the middle of an event (bytes that never
    // reached their terminating blank line); per the spec such an event is discarded.
    bool finish();
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;        // an incomplete line carried over from the previous chunk
    bool m_lastWasCR = false; // the previous chunk ended in CR: a leading LF is part of that line end
    SseEvent m_pending;       // fields of the event being assembled
    bool m_hasPendingData = false;
    bool m_hasPendingFields = false;
    bool m_atStreamStart = true; // the first line may begin with a UTF-8 BOM, which is stripped
};
