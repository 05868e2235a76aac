#pragma once

#include "chat/message.h"
#include "markdownregion.h"

#include <QCoreApplication>
#include <QString>
#include <array>

class FragmentBuilder;
class QTextCursor;

// One message's run of blocks in the conversation document: in order, a header line, the
// reasoning toggle and (when expanded) the reasoning, the content, the tool calls and a footer
// (error, "Stopped", figures). Every region is "separator, block, separator, block ..." (see
// FragmentBuilder) and its length in characters is known, so a region's position is the
// section's start plus the lengths before it, and an update rewrites only the regions that
// changed (for the content: only its open block). The view tells the section where it starts.
class MessageSection final {
    Q_DECLARE_TR_FUNCTIONS(MessageSection)

public:
    explicit MessageSection(quint64 id);

    quint64 id() const { return m_id; }
    // Characters the section takes in the document.
    int length() const;

    // Brings the section, which starts at `start`, up to date with the message, touching only
    // what changed.
    void sync(int sectionStart, const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    // The user's attachments (thumbnails and captions, see ConversationView), shown in their box.
    void setAttachmentsHtml(const QString &html) { m_attachmentsHtml = html; }
    bool hasReasoning() const { return !m_reasoning.isEmpty(); }
    bool isReasoningExpanded() const { return m_expanded; }
    // The user's choice; it holds from then on (no more automatic collapsing).
    void setReasoningExpanded(int sectionStart, bool expanded, QTextCursor &cursor, FragmentBuilder &builder);
    // Draws the answer and the shown reasoning again where their markdown holds `needle` (an
    // image placeholder whose image changed); returns whether anything was drawn.
    bool redrawMarkdownShowing(int sectionStart, QStringView needle, QTextCursor &cursor,
                               FragmentBuilder &builder);
    // The text of code block `index` of the region holding `offset` (from the section's start).
    QString codeBlock(int offset, int index) const;

    // The "reasoning-toggle:<id>" link of a message.
    static QString toggleLink(quint64 id);
    static quint64 idFromToggleLink(const QString &href); // 0 when it is not one
    // With n > 1 the header's "loquat-choice:<id>:<k>" shows alternative k (0 is the first choice).
    static bool choiceFromLink(const QString &href, quint64 *id, int *choice);
    // Which of an n > 1 answer's choices the section shows.
    int choice() const { return m_choice; }
    void setChoice(int choice) { m_choice = choice; }

private:
    enum Region { Header, ReasoningToggle, ReasoningBody, Content, ToolCalls, Footer, RegionCount };

    int start(Region region) const;
    // Replaces a region rendered from one HTML snippet; skipped when the snippet is unchanged.
    void replace(Region region, const QString &html, QTextCursor &cursor, FragmentBuilder &builder);
    QString headerHtml(const Message &message) const;
    QString versionsHtml(const Message &message) const;
    QString actionsHtml(const Message &message) const; // Edit · Copy · Regenerate · Delete
    void syncReasoning(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    void syncContent(const Message &message, QTextCursor &cursor, FragmentBuilder &builder);
    QString toolCallsHtml(const Message &message) const;
    QString footerHtml(const Message &message) const;
    QString toggleHtml() const;
    QString choicesHtml(const Message &message) const;

    quint64 m_id;
    int m_start = 0; // where the section starts, as told by the last call
    std::array<int, RegionCount> m_length{};
    std::array<QString, RegionCount> m_shown; // the snippet each simple region shows
    MarkdownRegion m_content;
    MarkdownRegion m_reasoning;
    bool m_expanded = true;     // reasoning shown
    bool m_userToggled = false; // the user chose; automatic collapsing stops
    bool m_markdown = true;     // false for the user's own words, shown as typed
    int m_choice = 0;           // n > 1: the choice shown (0: `content`, k: alternatives[k - 1])
    QString m_attachmentsHtml;
};
