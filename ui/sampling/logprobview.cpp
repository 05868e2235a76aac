#include "logprobview.h"

#include <QHelpEvent>
#include <QTextCursor>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

double probabilityOf(double logprob)
{
    return std::clamp(std::exp(logprob), 0.0, 1.0);
}

QString percent(double logprob)
{
    const double p = probabilityOf(logprob) * 100.0;
    return p >= 10 ? QString::number(p, 'f', 1) + QLatin1Char('%')
                   : QString::number(p, 'g', 2) + QLatin1Char('%');
}

// Whitespace made visible, so an alternative that is a space or a newline can be told apart.
QString visible(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('\n'), QStringLiteral("↵")).replace(QLatin1Char('\t'), QStringLiteral("⇥"));
    if (out.trimmed().isEmpty())
        out.replace(QLatin1Char(' '), QStringLiteral("␣"));
    return out;
}

} // namespace

LogprobView::LogprobView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("logprobView"));
    setOpenLinks(false);
    setMouseTracking(true);
}

QColor LogprobView::shade(double probability)
{
    const double p = std::clamp(probability, 0.0, 1.0);
    // Hue from red (unsure) through yellow to green (sure); unsure tokens are also more opaque.
    return QColor::fromHsvF(float(0.33 * p), 0.6f, 1.0f, float(0.25 + 0.45 * (1.0 - p)));
}

void LogprobView::setTokens(const TokenLogprobList &tokens)
{
    m_tokens = tokens;
    m_starts.clear();
    m_starts.reserve(std::size_t(tokens.size()));
    clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const TokenLogprob &token : tokens) {
        m_starts.push_back(cursor.position());
        QTextCharFormat format;
        format.setBackground(shade(probabilityOf(token.logprob)));
        QString text = token.token;
        // A newline token gets a visible mark before its line break.
        text.replace(QLatin1Char('\n'), QStringLiteral("↵\n"));
        cursor.insertText(text, format);
    }
    cursor.endEditBlock();
}

int LogprobView::tokenAt(int position) const
{
    if (m_starts.empty() || position < m_starts.front())
        return -1;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    const int index = int(it - m_starts.begin()) - 1;
    const int end = std::size_t(index + 1) < m_starts.size() ? m_starts[std::size_t(index + 1)]
                                                             : document()->characterCount() - 1;
    return position < end ? index : -1;
}

QString LogprobView::tooltipFor(int index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    const TokenLogprob &token = m_tokens.at(index);
    QString html = tr("<b>%1</b> · %2 (logprob %3)")
                       .arg(visible(token.token).toHtmlEscaped(), percent(token.logprob))
                       .arg(token.logprob, 0, 'f', 3);
    if (!token.top.isEmpty()) {
        html += QStringLiteral("<table>");
        for (const TopLogprob &top : token.top) {
            const bool chosen = top.token == token.token;
            html += QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%4</td></tr>")
                        .arg(chosen ? QStringLiteral("<b>") : QString(), visible(top.token).toHtmlEscaped(),
                             chosen ? QStringLiteral("</b>") : QString(), percent(top.logprob));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

bool LogprobView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int index = tokenAt(cursorForPosition(inViewport).position());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::event(event);
}
