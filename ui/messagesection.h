#pragma once

#include "chat/message.h"
#include "markdownregion.h"

#include <QCoreApplication>
#include <QString>
#include <array>

class FragmentBuilder;
class QTextCursor;
class QTextFrame;

// One message's part of the conversation document: a QTextFrame holding, in order, a header line,
// the reasoning toggle and (when expanded) the reasoning, the content, the tool calls and a footer
// (error, "Stopped", figures). The frame moves with edits above it; inside it every region's
// length is known, so a region's position is the frame's start plus the lengths before it and an
// update rewrites only the regions that changed (for the content: only its open block).
class MessageSection final {
    Q_DECLARE_TR_FUNCTIONS(MessageSection)

public:
    MessageSection(QTextFrame *frame, quint64 id);

    quint64 id() const { return m_id; }
    QTextFrame *frame() const { return m_frame; }

    // Brings the frame up to date with the message, touching only what changed.
    void sync(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    bool hasReasoning() const { return !m_reasoning.isEmpty(); }
    bool isReasoningExpanded() const { return m_expanded; }
    // The user's choice; it holds from then on (no more automatic collapsing).
    void setReasoningExpanded(bool expanded, QTextCursor &cursor, FragmentBuilder &builder);
    // The text of code block `index` of the region that holds document position `position`.
    QString codeBlock(int position, int index) const;

    // The "reasoning-toggle:<id>" link of a message.
    static QString toggleLink(quint64 id);
    static quint64 idFromToggleLink(const QString &href); // 0 when it is not one

private:
    enum Region { Header, ReasoningToggle, ReasoningBody, Content, ToolCalls, Footer, RegionCount };

    int start(Region region) const;
    // Replaces a region rendered from one HTML snippet; skipped when the snippet is unchanged.
    void replace(Region region, const QString &html, QTextCursor &cursor, FragmentBuilder &builder);
    void syncHeader(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    void syncReasoning(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    void syncContent(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    QString toolCallsHtml(const Message &message) const;
    QString footerHtml(const Message &message) const;
    QString toggleHtml() const;

    QTextFrame *m_frame;
    quint64 m_id;
    std::array<int, RegionCount> m_length{};
    std::array<QString, RegionCount> m_shown; // the snippet each simple region shows
    MarkdownRegion m_content;
    MarkdownRegion m_reasoning;
    bool m_expanded = true;     // reasoning shown
    bool m_userToggled = false; // the user chose; automatic collapsing stops
    bool m_markdown = true;     // false for the user's own words, shown as typed
};
