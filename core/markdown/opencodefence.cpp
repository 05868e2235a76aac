#include "opencodefence.h"

namespace {
struct Fence {
    QChar character;
    qsizetype length = 0;
    QStringView rest; // what follows the fence characters on the line
};

// The fence at the start of `line` per CommonMark: up to three spaces, then three or more
// backticks or tildes. Tabs in the indentation are not followed (a tab may indent four columns);
// the caller treats "no fence" conservatively.
Fence fenceAt(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size())
        return {};
    const QChar c = line.at(i);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return {};
    qsizetype end = i;
    while (end < line.size() && line.at(end) == c)
        ++end;
    if (end - i < 3)
        return {};
    return {c, end - i, line.mid(end)};
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}
} // namespace

void OpenCodeFence::feed(QStringView lines)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < lines.size() && m_state != State::NotOpen; ++i) {
        const QChar c = lines.at(i);
        // "\r\n" may be split between two feeds; the "\n" then reads as a blank line, which
        // changes nothing here (blank lines neither open nor close a fence).
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        feedLine(lines.mid(start, i - start));
        if (c == QLatin1Char('\r') && i + 1 < lines.size() && lines.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
}

void OpenCodeFence::feedLine(QStringView line)
{
    if (m_state == State::BeforeFirstLine) {
        if (isBlank(line))
            return;
        const Fence fence = fenceAt(line);
        // A backtick fence's info string may not contain backticks ("```x```" is inline code).
        if (fence.length == 0 ||
            (fence.character == QLatin1Char('`') && fence.rest.contains(QLatin1Char('`')))) {
            m_state = State::NotOpen;
            return;
        }
        m_state = State::Open;
        m_char = fence.character;
        m_length = fence.length;
        return;
    }
    if (m_state != State::Open)
        return;
    const Fence fence = fenceAt(line);
    // Anything that might close the fence ends the fast path; cmark decides from then on.
    if (fence.character == m_char && fence.length >= m_length)
        m_state = State::NotOpen;
}
