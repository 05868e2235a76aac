#include "sseparser.h"

#include <cstring>

namespace {

// The first CR or LF in [p, end), or nullptr. Two memchr passes beat a byte loop: both are
// vectorised, and real streams (LF only) make the CR pass a plain scan of the same bytes.
const char *findLineEnd(const char *p, const char *end)
{
    const auto size = size_t(end - p);
    const char *lf = static_cast<const char *>(std::memchr(p, '\n', size));
    const char *crLimit = lf ? lf : end;
    const char *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(crLimit - p)));
    return cr ? cr : lf;
}

} // namespace

void SseParser::feed(QByteArrayView bytes, QList<SseEvent> &out)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    if (p == end)
        return;
    if (m_lastWasCR) {
        // The CR that ended the previous chunk already ended the line; this LF is its partner.
        m_lastWasCR = false;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        const char *eol = findLineEnd(p, end);
        if (!eol) {
            m_line.append(p, end - p); // only the incomplete tail is kept
            return;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), out);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, out);
            m_line.resize(0); // keeps the capacity for the next split line
        }
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_lastWasCR = true;
            else if (eol[1] == '\n')
                ++eol;
        }
        p = eol + 1;
    }
}

bool SseParser::finish()
{
    const bool cut = !m_line.isEmpty() || m_hasPendingFields;
    reset();
    return cut;
}

void SseParser::reset()
{
    m_line.clear();
    m_lastWasCR = false;
    m_pending = SseEvent();
    m_hasPendingData = false;
    m_hasPendingFields = false;
    m_atStreamStart = true;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        // A blank line dispatches; an event without data lines is dropped (its type too).
        if (m_hasPendingData)
            out.append(std::move(m_pending));
        m_pending = SseEvent();
        m_hasPendingData = false;
        m_hasPendingFields = false;
        return;
    }
    if (line.front() == ':')
        return; // comment (keep-alive pings of proxies)

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasPendingData) {
            m_pending.data.append('\n');
            m_pending.data.append(value);
        } else {
            m_pending.data = value.toByteArray();
            m_hasPendingData = true;
        }
        m_hasPendingFields = true;
    } else if (field == "event") {
        m_pending.eventType = value.toByteArray();
        m_hasPendingFields = true;
    } else if (field == "error") {
        // llama.cpp's failure report: surfaced at once, whatever else is pending.
        SseEvent error;
        error.data = value.toByteArray();
        error.isErrorField = true;
        out.append(std::move(error));
    } else {
        // id, retry and unknown fields carry nothing for chat completions.
        m_hasPendingFields = true;
    }
}
