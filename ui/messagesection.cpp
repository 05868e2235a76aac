#include "messagesection.h"

#include "fragmentbuilder.h"
#include "messageaction.h"
#include "metricstext.h"

#include <QJsonDocument>
#include <QTextCursor>

#include <numeric>

namespace {

const QString kToggleScheme = QStringLiteral("loquat-toggle:");
const QLatin1String kChoiceScheme("loquat-choice:");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The document lays out a paragraph as a whole, on the UI thread, at roughly a microsecond per
// character: a degenerate answer of megabytes (one 10 MB event, a model repeating one line
// without a blank line) would freeze the window for seconds. So the view shows at most the
// first kMaxShownChars of a text, cut at a line end; the model, the store, Copy and export keep
// every character. The cut is stable while the text grows, so streaming past it costs nothing.
constexpr qsizetype kMaxShownChars = 500'000;

bool isClipped(const QString &text)
{
    return text.size() > kMaxShownChars;
}

QString shownPart(const QString &text)
{
    if (!isClipped(text))
        return text;
    const qsizetype lineEnd = text.lastIndexOf(QLatin1Char('\n'), kMaxShownChars - 1);
    return text.left(lineEnd > 0 ? lineEnd + 1 : kMaxShownChars);
}

// Tool arguments are JSON text; shown indented when they parse, as sent when they do not.
QString prettyArguments(const QString &arguments)
{
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8());
    return json.isNull() ? arguments : QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
}

QString actionLink(MessageAction::Kind kind, quint64 id, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(MessageAction::link(kind, id), escaped(label));
}

} // namespace

MessageSection::MessageSection(quint64 id)
    : m_id(id)
{
    QTextCharFormat dimmed;
    dimmed.setFontItalic(true);
    m_reasoning.setOverlay(dimmed);
}

QString MessageSection::toggleLink(quint64 id)
{
    return kToggleScheme + QString::number(id);
}

quint64 MessageSection::idFromToggleLink(const QString &href)
{
    if (!href.startsWith(kToggleScheme))
        return 0;
    bool ok = false;
    const quint64 id = QStringView(href).mid(kToggleScheme.size()).toULongLong(&ok);
    return ok ? id : 0;
}

bool MessageSection::choiceFromLink(const QString &href, quint64 *id, int *choice)
{
    if (!href.startsWith(kChoiceScheme))
        return false;
    const QStringList parts = href.mid(kChoiceScheme.size()).split(QLatin1Char(':'));
    bool okId = false, okChoice = false;
    if (parts.size() != 2)
        return false;
    *id = parts.at(0).toULongLong(&okId);
    *choice = parts.at(1).toInt(&okChoice);
    return okId && okChoice && *choice >= 0;
}

int MessageSection::length() const
{
    return std::accumulate(m_length.cbegin(), m_length.cend(), 0);
}

int MessageSection::start(Region region) const
{
    return m_start + std::accumulate(m_length.cbegin(), m_length.cbegin() + region, 0);
}

void MessageSection::replace(Region region, const QString &html, QTextCursor &cursor,
                             FragmentBuilder &builder)
{
    if (m_shown[region] == html)
        return;
    const int at = start(region);
    FragmentBuilder::remove(cursor, at, m_length[region]);
    m_length[region] = builder.insert(cursor, at, html);
    m_shown[region] = html;
}

void MessageSection::sync(int sectionStart, const Message &message, QTextCursor &cursor,
                          FragmentBuilder &builder)
{
    m_start = sectionStart;
    m_markdown = message.role != QLatin1String("user");
    replace(Header, headerHtml(message), cursor, builder);
    syncReasoning(message, cursor, builder);
    syncContent(message, cursor, builder);
    replace(ToolCalls, toolCallsHtml(message), cursor, builder);
    replace(Footer, footerHtml(message), cursor, builder);
}

QString MessageSection::headerHtml(const Message &message) const
{
    if (!m_markdown) {
        // The user's turn is one tinted box holding their words exactly as typed (no markdown,
        // line breaks kept); it never changes while it is shown.
        return QStringLiteral(
                   "<table class=\"user\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>"
                   "<p class=\"userhead\"><span class=\"role\">%1</span>%3&nbsp;&nbsp;&nbsp;<span "
                   "class=\"actions\">%4</span></p>"
                   "<p class=\"user\" style=\"white-space:pre-wrap\">%2</p>%5</td></tr></table>")
            .arg(escaped(tr("You")), escaped(message.content), versionsHtml(message), actionsHtml(message),
                 m_attachmentsHtml);
    }
    QString role;
    if (message.role == QLatin1String("assistant"))
        role = tr("Assistant");
    else if (message.role == QLatin1String("system"))
        role = tr("System prompt");
    else if (message.role == QLatin1String("tool"))
        role = tr("Tool result");
    else
        role = message.role;
    QString html = QStringLiteral("<p class=\"head\"><span class=\"role\">%1</span>").arg(escaped(role));
    if (!message.model.isEmpty())
        html += QStringLiteral("<span class=\"dim\"> · %1</span>").arg(escaped(message.model));
    return html + choicesHtml(message) + versionsHtml(message) + QStringLiteral("</p>");
}

QString MessageSection::versionsHtml(const Message &message) const
{
    // "‹ 2 / 3 ›": the other versions of this turn (edits, regenerations), one click away.
    if (message.siblingCount < 2)
        return {};
    const QString previous = message.siblingIndex > 0
                                 ? actionLink(MessageAction::Kind::Previous, m_id, QStringLiteral("‹"))
                                 : QStringLiteral("<span class=\"dim\">‹</span>");
    const QString next = message.siblingIndex + 1 < message.siblingCount
                             ? actionLink(MessageAction::Kind::Next, m_id, QStringLiteral("›"))
                             : QStringLiteral("<span class=\"dim\">›</span>");
    return QStringLiteral("&nbsp;&nbsp;<span class=\"versions\">%1 %2 %3</span>")
        .arg(previous, escaped(tr("%1 / %2").arg(message.siblingIndex + 1).arg(message.siblingCount)), next);
}

QString MessageSection::actionsHtml(const Message &message) const
{
    // Nothing to act on while it arrives.
    if (message.state == MessageState::Streaming)
        return {};
    QStringList links;
    if (message.role == QLatin1String("user"))
        links << actionLink(MessageAction::Kind::Edit, m_id, tr("Edit"));
    links << actionLink(MessageAction::Kind::Copy, m_id, tr("Copy"));
    if (message.role == QLatin1String("assistant"))
        links << actionLink(MessageAction::Kind::Regenerate, m_id, tr("Regenerate"));
    // Every answer can be reproduced from the exact body that produced it.
    if (message.role == QLatin1String("assistant") && (!message.request.isEmpty() || message.requestStored))
        links << actionLink(MessageAction::Kind::Request, m_id, tr("Request"));
    if (!message.logprobs.isEmpty())
        links << actionLink(MessageAction::Kind::Probabilities, m_id, tr("Probabilities"));
    links << actionLink(MessageAction::Kind::Delete, m_id, tr("Delete"));
    return links.join(QStringLiteral(" · "));
}

void MessageSection::syncReasoning(const Message &message, QTextCursor &cursor, FragmentBuilder &builder)
{
    const bool changed = m_reasoning.setText(shownPart(message.reasoning));
    // While the model only thinks, its thinking is what there is to watch; once the answer
    // starts, the answer is, so the reasoning folds away unless the user chose otherwise.
    const bool expanded =
        m_userToggled ? m_expanded : message.content.isEmpty() && message.toolCalls.isEmpty();
    const bool visibilityChanged = expanded != m_expanded;
    m_expanded = expanded;
    replace(ReasoningToggle, m_reasoning.isEmpty() ? QString() : toggleHtml(), cursor, builder);
    if (visibilityChanged && !m_expanded) {
        m_reasoning.remove(cursor, start(ReasoningBody));
        m_length[ReasoningBody] = 0;
    } else if (m_expanded && (changed || visibilityChanged)) {
        m_length[ReasoningBody] = m_reasoning.sync(cursor, start(ReasoningBody), builder);
    }
}

void MessageSection::setReasoningExpanded(int sectionStart, bool expanded, QTextCursor &cursor,
                                          FragmentBuilder &builder)
{
    m_start = sectionStart;
    m_userToggled = true;
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    if (m_expanded) {
        m_length[ReasoningBody] = m_reasoning.sync(cursor, start(ReasoningBody), builder);
    } else {
        m_reasoning.remove(cursor, start(ReasoningBody));
        m_length[ReasoningBody] = 0;
    }
    replace(ReasoningToggle, toggleHtml(), cursor, builder);
}

void MessageSection::syncContent(const Message &message, QTextCursor &cursor, FragmentBuilder &builder)
{
    if (!m_markdown)
        return; // the user's words are part of the header box
    // With n > 1 the chosen alternative is shown in the answer's place, like a tab.
    const bool alternative = m_choice > 0 && m_choice <= message.alternatives.size();
    if (m_content.setText(shownPart(alternative ? message.alternatives.at(m_choice - 1) : message.content)))
        m_length[Content] = m_content.sync(cursor, start(Content), builder);
}

bool MessageSection::redrawMarkdownShowing(int sectionStart, QStringView needle, QTextCursor &cursor,
                                           FragmentBuilder &builder)
{
    m_start = sectionStart;
    bool drawn = false;
    // Removed and synced: with no closed block left in the document, every block is inserted anew.
    if (m_expanded && m_reasoning.shows(needle)) {
        m_reasoning.remove(cursor, start(ReasoningBody));
        m_length[ReasoningBody] = m_reasoning.sync(cursor, start(ReasoningBody), builder);
        drawn = true;
    }
    if (m_markdown && m_content.shows(needle)) {
        m_content.remove(cursor, start(Content));
        m_length[Content] = m_content.sync(cursor, start(Content), builder);
        drawn = true;
    }
    return drawn;
}

QString MessageSection::toggleHtml() const
{
    const QString label = m_expanded ? tr("▾ Reasoning") : tr("▸ Reasoning");
    return QStringLiteral("<p class=\"toggle\"><a href=\"%1\">%2</a></p>")
        .arg(toggleLink(m_id), escaped(label));
}

QString MessageSection::toolCallsHtml(const Message &message) const
{
    QString html;
    for (const ToolCall &call : message.toolCalls) {
        html +=
            QStringLiteral("<p class=\"tool\">%1 <b>%2</b></p><pre class=\"toolargs\">%3</pre>")
                .arg(escaped(tr("Tool call")), escaped(call.name), escaped(prettyArguments(call.arguments)));
    }
    return html;
}

QString MessageSection::choicesHtml(const Message &message) const
{
    if (message.alternatives.isEmpty())
        return {};
    QString html = QStringLiteral("<span class=\"dim\"> · %1</span>").arg(escaped(tr("Answers:")));
    for (int k = 0; k <= message.alternatives.size(); ++k) {
        if (k == m_choice)
            html += QStringLiteral(" <b>[%1]</b>").arg(k + 1);
        else
            html +=
                QStringLiteral(" <a href=\"%1%2:%3\">%4</a>").arg(kChoiceScheme).arg(m_id).arg(k).arg(k + 1);
    }
    return html;
}

QString MessageSection::footerHtml(const Message &message) const
{
    const QString figures = MetricsText::format(message.metrics);
    // The user's actions sit in their box's header; everyone else's on a line of their own.
    QString actions = m_markdown && message.state != MessageState::Streaming
                          ? QStringLiteral("<p class=\"actions\">%1</p>").arg(actionsHtml(message))
                          : QString();
    if (m_markdown && isClipped(message.content)) {
        const QString note = tr("This answer is too long to show whole: the view shows its first %L1 "
                                "characters of %L2. Copy takes all of it.")
                                 .arg(m_content.text().size())
                                 .arg(message.content.size());
        actions.prepend(QStringLiteral("<p class=\"dim\">%1</p>").arg(escaped(note)));
    } else if (m_markdown && isClipped(message.reasoning)) {
        const QString note = tr("The reasoning is too long to show whole: the view shows its first %L1 "
                                "characters of %L2.")
                                 .arg(m_reasoning.text().size())
                                 .arg(message.reasoning.size());
        actions.prepend(QStringLiteral("<p class=\"dim\">%1</p>").arg(escaped(note)));
    }
    switch (message.state) {
    case MessageState::Streaming:
        if (message.content.isEmpty() && message.reasoning.isEmpty() && message.toolCalls.isEmpty())
            return QStringLiteral("<p class=\"dim\">%1</p>").arg(escaped(tr("Waiting for the answer…")));
        return {};
    case MessageState::Failed:
        return QStringLiteral("<p class=\"error\">%1</p>")
                   .arg(escaped(message.errorText.isEmpty() ? tr("The answer failed.") : message.errorText)) +
               actions;
    case MessageState::Stopped:
        return QStringLiteral("<p class=\"metrics\">%1</p>")
                   .arg(escaped(figures.isEmpty() ? tr("■ Stopped") : tr("■ Stopped · %1").arg(figures))) +
               actions;
    case MessageState::Interrupted:
        return QStringLiteral("<p class=\"metrics\">%1</p>")
                   .arg(escaped(tr("Interrupted: the app ended while this answer arrived"))) +
               actions;
    case MessageState::Complete:
        break;
    }
    if (message.role != QLatin1String("assistant"))
        return actions;
    QString line = figures;
    if (message.finishReason == QLatin1String("length"))
        line = figures.isEmpty() ? tr("Cut off at the token limit")
                                 : tr("Cut off at the token limit · %1").arg(figures);
    return (line.isEmpty() ? QString() : QStringLiteral("<p class=\"metrics\">%1</p>").arg(escaped(line))) +
           actions;
}

QString MessageSection::codeBlock(int offset, int index) const
{
    const int reasoningStart = m_length[Header] + m_length[ReasoningToggle];
    const bool inReasoning = offset > reasoningStart && offset < reasoningStart + m_length[ReasoningBody];
    const QStringList blocks = inReasoning ? m_reasoning.codeBlocks() : m_content.codeBlocks();
    return index >= 0 && index < blocks.size() ? blocks.at(index) : QString();
}
