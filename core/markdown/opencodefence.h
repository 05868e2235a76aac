#pragma once

#include <QChar>
#include <QStringView>

// Follows the complete lines of IncrementalMarkdown's open block, line by line, to tell whether
// the block is a fenced code block whose closing fence has not arrived yet. While it is, no later
// line can start another top-level block, so the open block need not be parsed to look for one:
// the fast path for the largest open blocks models write (a whole file in one code block).
// Erring towards "open" only delays closing blocks (the open block is always rendered in full), so
// the rendering never depends on this class.
class OpenCodeFence final {
public:
    // The open block starts again (blocks were closed, or the text started over).
    void reset() { *this = OpenCodeFence(); }
    // Complete lines that follow those already fed, each ending in a line break.
    void feed(QStringView lines);
    bool isOpen() const { return m_state == State::Open; }

private:
    enum class State { BeforeFirstLine, Open, NotOpen };

    void feedLine(QStringView line);

    State m_state = State::BeforeFirstLine;
    QChar m_char;
    qsizetype m_length = 0;
};
